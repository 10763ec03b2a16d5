//! Spinner: shows and announces that something is loading.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::SpinnerSize;

/// `<div class="kk-spinner" role="status" aria-live="polite">`: a live region that stays
/// in the page, so what it says is announced politely when loading starts and ends.
///
/// While `active` it holds a circle drawn for the eye (`aria-hidden`) and the text
/// (`kk-spinner__text`), visually hidden unless `text_visible`; once loading has ended
/// only `done_text`, if given (not before anything has loaded). Under
/// `prefers-reduced-motion` the circle does not spin.
#[component]
pub fn Spinner(
    /// Whether something is loading; true when not given.
    #[prop(optional, into, default = Signal::stored(true))]
    active: Signal<bool>,
    /// What is loading, such as "Henter dine sager …"; "Indlæser …"/"Loading …" when
    /// not given.
    #[prop(optional, into)]
    text: MaybeProp<String>,
    /// What is announced when loading has finished, such as "Dine sager er hentet".
    #[prop(optional, into)]
    done_text: MaybeProp<String>,
    /// Whether the text shows beside the circle, not only to screen readers.
    #[prop(optional)]
    text_visible: bool,
    /// The circle's size.
    #[prop(optional)]
    size: SpinnerSize,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let text_class = if text_visible {
        "kk-spinner__text"
    } else {
        "kk-spinner__text kk-visually-hidden"
    };
    let loading_text = move || {
        text.get()
            .unwrap_or_else(|| locale.get().loading().to_string())
    };
    // The done text is true only once something has loaded.
    let has_loaded = RwSignal::new(active.get_untracked());
    Effect::new(move |_| {
        if active.get() {
            has_loaded.set(true);
        }
    });
    let modifier = format!("kk-spinner--{}", size.as_str());
    view! {
        <div
            class=classes(["kk-spinner", modifier.as_str(), class.as_str()])
            role="status"
            aria-live="polite"
        >
            <Show
                when=move || active.get()
                fallback=move || {
                    done_text
                        .get()
                        .filter(|_| has_loaded.get())
                        .map(|done| view! { <span class="kk-visually-hidden">{done}</span> })
                }
            >
                <span class="kk-spinner__circle" aria-hidden="true"></span>
                <span class=text_class>{loading_text}</span>
            </Show>
        </div>
    }
}
