//! Notification banner: news the citizen should see at the top of a page.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::{html, prelude::*};

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::BannerKind;

/// `<div class="kk-notification-banner kk-notification-banner--{kind}">` with a small
/// title (`{id}-title`) over the content.
///
/// An important banner is `role="region"` and a success banner `role="alert"`; both are
/// named by their title (`aria-labelledby`). With `take_focus` the banner has
/// `tabindex="-1"` and takes focus when it appears, so a screen reader reads it first
/// after an action, as GOV.UK does for success banners.
#[component]
pub fn NotificationBanner(
    /// The banner's id; its title's id is `{id}-title`.
    #[prop(optional, into, default = "notification-banner".to_string())]
    id: String,
    /// Important or success.
    #[prop(optional)]
    kind: BannerKind,
    /// The title; "Vigtigt"/"Important" or "Gennemført"/"Success" when not given.
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// Whether the banner takes focus when it appears.
    #[prop(optional)]
    take_focus: bool,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The content: a heading-like first line (`kk-notification-banner__heading`) and
    /// text or links.
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let banner = NodeRef::<html::Div>::new();
    if take_focus {
        Effect::new(move |_| {
            if let Some(element) = banner.get() {
                let _ = element.focus();
            }
        });
    }
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let title_text = move || {
        title
            .get()
            .unwrap_or_else(|| kind.title(locale.get()).to_string())
    };
    let modifier = format!("kk-notification-banner--{}", kind.as_str());
    view! {
        <div
            node_ref=banner
            id=id
            class=classes(["kk-notification-banner", modifier.as_str(), class.as_str()])
            role=kind.role()
            aria-labelledby=labelled_by
            tabindex=take_focus.then_some("-1")
        >
            <div class="kk-notification-banner__header">
                <h2 class="kk-notification-banner__title" id=title_id>
                    {title_text}
                </h2>
            </div>
            <div class="kk-notification-banner__content">{children()}</div>
        </div>
    }
}
