//! Breadcrumbs: where the current page sits in the site.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{BreadcrumbItem, BreadcrumbsTone};

/// `<nav class="kk-breadcrumbs" aria-label="Brødkrummesti">` around an ordered list of
/// the pages above this one, each a link, and the current page last, not a link, with
/// `aria-current="page"`.
///
/// The separators are drawn by CSS, so screen readers hear only the page names.
#[component]
pub fn Breadcrumbs(
    /// The trail, from the top page down to the current page.
    #[prop(into)]
    items: Signal<Vec<BreadcrumbItem>>,
    /// The navigation's accessible name; "Brødkrummesti"/"Breadcrumb" when not given.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// The colours.
    #[prop(optional)]
    tone: BreadcrumbsTone,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let aria_label = move || {
        label
            .get()
            .unwrap_or_else(|| locale.get().breadcrumbs_label().to_string())
    };
    let list = move || {
        items
            .get()
            .into_iter()
            .map(|item| {
                let text = item.text;
                match item.href {
                    Some(href) => view! {
                        <li class="kk-breadcrumbs__item">
                            <a class="kk-breadcrumbs__link" href=href>
                                {move || text.get()}
                            </a>
                        </li>
                    }
                    .into_any(),
                    None => view! {
                        <li class="kk-breadcrumbs__item" aria-current="page">
                            {move || text.get()}
                        </li>
                    }
                    .into_any(),
                }
            })
            .collect_view()
    };
    let modifier = format!("kk-breadcrumbs--{}", tone.as_str());
    view! {
        <nav
            class=classes(["kk-breadcrumbs", modifier.as_str(), class.as_str()])
            aria-label=aria_label
        >
            <ol class="kk-breadcrumbs__list">{list}</ol>
        </nav>
    }
}
