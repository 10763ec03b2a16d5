//! Service navigation: the service's name and its few main pages, under the header.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{MenuState, ServiceNavItem};

/// `<div class="kk-service-navigation">`: the service's name, then
/// `<nav aria-label="Menu">` with a list of links (`{id}-list`); the page shown has
/// `aria-current="page"`.
///
/// On narrow screens the list collapses behind a "Menu" button (`{id}-toggle`) with
/// `aria-controls="{id}-list"` and `aria-expanded`; Escape inside the open menu closes it
/// and returns focus to the button. From tablet width the links always show and the
/// button is not displayed.
#[component]
pub fn ServiceNavigation(
    /// The navigation's id, the stem of `{id}-toggle` and `{id}-list`.
    #[prop(into)]
    id: String,
    /// The links.
    #[prop(into)]
    items: Signal<Vec<ServiceNavItem>>,
    /// The service's name, shown before the links.
    #[prop(optional, into)]
    service_name: MaybeProp<String>,
    /// Where the service's name links to.
    #[prop(optional, into)]
    service_href: Option<String>,
    /// The navigation's accessible name and the button's text; "Menu" when not given.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let state = RwSignal::new(MenuState::Closed);
    let toggle_id = format!("{id}-toggle");
    let list_id = format!("{id}-list");
    let menu_text = move || {
        label
            .get()
            .unwrap_or_else(|| locale.get().service_menu().to_string())
    };
    let on_keydown = {
        let toggle_id = toggle_id.clone();
        move |ev: KeyboardEvent| {
            if ev.key() == "Escape" && state.get_untracked() == MenuState::Open {
                state.set(MenuState::Closed);
                if let Some(toggle) = crate::dom::html_element_by_id(&toggle_id) {
                    let _ = toggle.focus();
                }
            }
        }
    };
    let name = move || {
        service_name.get().map(|name| match service_href.clone() {
            Some(href) => view! {
                <a class="kk-service-navigation__service-name" href=href>
                    {name}
                </a>
            }
            .into_any(),
            None => {
                view! { <span class="kk-service-navigation__service-name">{name}</span> }.into_any()
            }
        })
    };
    let links = move || {
        items
            .get()
            .into_iter()
            .map(|item| {
                let text = item.text;
                let item_class = if item.current {
                    "kk-service-navigation__item kk-service-navigation__item--current"
                } else {
                    "kk-service-navigation__item"
                };
                view! {
                    <li class=item_class>
                        <a
                            class="kk-service-navigation__link"
                            href=item.href
                            aria-current=item.current.then_some("page")
                        >
                            {move || text.get()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let list_class = move || {
        if state.get() == MenuState::Open {
            "kk-service-navigation__list kk-service-navigation__list--open"
        } else {
            "kk-service-navigation__list"
        }
    };
    view! {
        <div class=classes(["kk-service-navigation", class.as_str()]) id=id>
            <div class="kk-service-navigation__container">
                {name}
                <nav
                    class="kk-service-navigation__nav"
                    aria-label=menu_text
                    on:keydown=on_keydown
                >
                    <button
                        type="button"
                        class="kk-service-navigation__toggle"
                        id=toggle_id
                        aria-controls=list_id.clone()
                        aria-expanded=move || state.get().as_str()
                        on:click=move |_| state.update(|s| *s = s.toggled())
                    >
                        {menu_text}
                    </button>
                    <ul class=list_class id=list_id>
                        {links}
                    </ul>
                </nav>
            </div>
        </div>
    }
}
