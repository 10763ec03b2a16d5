//! Phase banner: says that a service is new and asks for feedback.

use crate::classes::classes;
use crate::locale::use_locale;
use crate::tag::{Tag, TagColour};
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::Phase;

/// `<div class="kk-phase-banner">` under the header: a tag naming the phase ("Beta"),
/// then a short text, usually with a link to give feedback.
#[component]
pub fn PhaseBanner(
    /// The phase; beta when not given.
    #[prop(optional)]
    phase: Phase,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The text after the tag.
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let modifier = format!("kk-phase-banner--{}", phase.as_str());
    view! {
        <div class=classes(["kk-phase-banner", modifier.as_str(), class.as_str()])>
            <p class="kk-phase-banner__content">
                <Tag colour=TagColour::Blue class="kk-phase-banner__tag">
                    {move || phase.label(locale.get())}
                </Tag>
                <span class="kk-phase-banner__text">{children()}</span>
            </p>
        </div>
    }
}
