//! Language switch: lets the citizen change the portal's language.

use crate::classes::classes;
use crate::locale::{use_locale, Locale};
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<nav class="kk-language-switch" aria-label="Sprog">` with one button per language.
///
/// Each button names its language in that language and carries a `lang` attribute, so
/// screen readers pronounce it right. The active one has `aria-current="true"`.
#[component]
pub fn LanguageSwitch(
    /// The language in use.
    #[prop(into)]
    current: Signal<Locale>,
    /// Called with the chosen language when the citizen picks another one.
    #[prop(into)]
    on_change: Callback<Locale>,
    /// The name of the navigation; "Sprog"/"Language" when not given. A page with a
    /// second language switch names it apart, since no two navigations may share a name.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let items = Locale::ALL
        .into_iter()
        .map(|option| {
            let is_current = move || current.get() == option;
            view! {
                <li class="kk-language-switch__item">
                    <button
                        type="button"
                        class="kk-language-switch__button"
                        lang=option.as_str()
                        aria-current=move || is_current().then_some("true")
                        on:click=move |_| {
                            if current.get_untracked() != option {
                                on_change.run(option);
                            }
                        }
                    >
                        {option.native_name()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav
            class=classes(["kk-language-switch", class.as_str()])
            aria-label=move || {
                label.map_or_else(|| locale.get().language_nav_label().to_string(), |l| l.get())
            }
        >
            <ul class="kk-language-switch__list">{items}</ul>
        </nav>
    }
}
