//! Pagination: moves between the pages of a long list, such as search results.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;
use web_sys::MouseEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{page_items, PageItem, PageLink};

/// `<nav class="kk-pagination" aria-label="Sider">` with a "Forrige" link, the numbered
/// links ([`page_items`]) and a "Næste" link.
///
/// The current page's link has `aria-current="page"`; every number link is named
/// "Side n"/"Page n"; "Forrige"/"Næste" carry a hidden "side"/"page"; the arrows are
/// hidden from screen readers. Previous and next are left out on the first and last
/// page. Links stay the same elements while the page changes, so focus stays put when
/// a link is followed inside the app ([`on_navigate`](PaginationProps::on_navigate)).
#[component]
pub fn Pagination(
    /// The page shown, from 1.
    #[prop(into)]
    current: Signal<u32>,
    /// How many pages there are.
    #[prop(into)]
    pages: Signal<u32>,
    /// The address of page n.
    #[prop(into)]
    href: Callback<u32, String>,
    /// Called with the page number instead of following the link, to change page
    /// inside the app.
    #[prop(optional, into)]
    on_navigate: Option<Callback<u32>>,
    /// The navigation's accessible name; "Sider"/"Pages" when not given.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let go = move |page: u32| {
        move |ev: MouseEvent| {
            if let Some(on_navigate) = on_navigate {
                ev.prevent_default();
                on_navigate.run(page);
            }
        }
    };
    let edge = move |link: PageLink| {
        let target = move || link.target(current.get(), pages.get());
        let element_class = format!("kk-pagination__{}", link.as_str());
        let icon_class = format!("kk-pagination__icon kk-pagination__icon--{}", link.as_str());
        let path = match link {
            PageLink::Previous => "M6.5 0 0 6.5 6.5 13l1.4-1.4-4.1-4.1H15v-2H3.8l4.1-4.1z",
            PageLink::Next => "M8.5 0 7.1 1.4l4.1 4.1H0v2h11.2l-4.1 4.1 1.4 1.4L15 6.5z",
        };
        let on_click = move |ev: MouseEvent| {
            if let Some(page) = target() {
                go(page)(ev);
            }
        };
        view! {
            <Show when=move || target().is_some()>
                <div class=element_class.clone()>
                    <a
                        class="kk-pagination__link"
                        href=move || target().map(|p| href.run(p)).unwrap_or_default()
                        rel=link.as_str()
                        on:click=on_click
                    >
                        <svg
                            class=icon_class.clone()
                            aria-hidden="true"
                            focusable="false"
                            xmlns="http://www.w3.org/2000/svg"
                            width="15"
                            height="13"
                            viewBox="0 0 15 13"
                        >
                            <path fill="currentColor" d=path></path>
                        </svg>
                        <span class="kk-pagination__link-title">
                            {move || link.label(locale.get())}
                            <span class="kk-visually-hidden">
                                {move || format!(" {}", locale.get().pagination_page_word())}
                            </span>
                        </span>
                    </a>
                </div>
            </Show>
        }
    };
    // Keyed entries: a number link that stays in the list stays the same element.
    let keyed = move || {
        let items = page_items(current.get(), pages.get());
        let mut seen_ellipsis = false;
        items
            .into_iter()
            .map(|item| {
                let key = match item {
                    PageItem::Page(n) => n,
                    PageItem::Ellipsis if !seen_ellipsis => {
                        seen_ellipsis = true;
                        0
                    }
                    PageItem::Ellipsis => u32::MAX,
                };
                (key, item)
            })
            .collect::<Vec<_>>()
    };
    let entry = move |(_, item): (u32, PageItem)| match item {
        PageItem::Page(n) => {
            let is_current = move || current.get() == n;
            view! {
                <li class=move || {
                    if is_current() {
                        "kk-pagination__item kk-pagination__item--current"
                    } else {
                        "kk-pagination__item"
                    }
                }>
                    <a
                        class="kk-pagination__link"
                        href=href.run(n)
                        aria-label=move || locale.get().pagination_page(n)
                        aria-current=move || is_current().then_some("page")
                        on:click=go(n)
                    >
                        {n}
                    </a>
                </li>
            }
            .into_any()
        }
        PageItem::Ellipsis => view! {
            <li class="kk-pagination__item kk-pagination__item--ellipsis">"⋯"</li>
        }
        .into_any(),
    };
    let aria_label = move || {
        label
            .get()
            .unwrap_or_else(|| locale.get().pagination_label().to_string())
    };
    view! {
        <nav class=classes(["kk-pagination", class.as_str()]) aria-label=aria_label>
            {edge(PageLink::Previous)}
            <ul class="kk-pagination__list">
                <For each=keyed key=|(key, _)| *key children=entry/>
            </ul>
            {edge(PageLink::Next)}
        </nav>
    }
}
