//! Footer: contact details and links at the bottom of every page.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<footer class="kk-footer">` holding the app's contact details and links.
#[component]
pub fn Footer(
    /// A heading above the contents, such as "Kontakt".
    #[prop(optional, into)]
    heading: MaybeProp<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The contents: contact details, links to the accessibility statement, ...
    children: Children,
) -> impl IntoView {
    let heading = move || {
        heading
            .get()
            .map(|h| view! { <h2 class="kk-footer__heading">{h}</h2> })
    };
    view! {
        <footer class=classes(["kk-footer", class.as_str()])>
            <div class="kk-footer__container kk-width-container">
                {heading}
                <div class="kk-footer__content">{children()}</div>
            </div>
        </footer>
    }
}
