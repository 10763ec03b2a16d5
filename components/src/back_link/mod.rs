//! Back link: takes the citizen to the previous page of a journey.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;
use web_sys::MouseEvent;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<a class="kk-back-link" href>Tilbage</a>`, placed before the main content.
#[component]
pub fn BackLink(
    /// The address of the previous page.
    #[prop(into)]
    href: Signal<String>,
    /// The link text; "Tilbage"/"Back" in the current language when not given.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Called on click, for instance to navigate inside the app.
    #[prop(optional, into)]
    on_click: Option<Callback<MouseEvent>>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let text = move || {
        label
            .get()
            .unwrap_or_else(|| locale.get().back().to_string())
    };
    view! {
        <a
            class=classes(["kk-back-link", class.as_str()])
            href=move || href.get()
            on:click=move |ev: MouseEvent| {
                if let Some(on_click) = on_click {
                    on_click.run(ev);
                }
            }
        >
            {text}
        </a>
    }
}
