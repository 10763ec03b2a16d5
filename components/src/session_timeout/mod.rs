//! Session-timeout warning: tells the citizen before the session ends and lets them
//! extend it.

use crate::classes::classes;
use crate::locale::use_locale;
use crate::modal::Modal;
use leptos::prelude::*;
use std::time::Duration;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{
    countdown_text, duration_text, is_announced, next_announcement, TimeoutPhase, TimeoutTexts,
    DEFAULT_WARNING_SECS, MIN_WARNING_SECS,
};

/// A warning, built on [`Modal`], that opens `warn_before_secs` seconds (at least 20)
/// before the session ends at `expires_at`.
///
/// It shows a countdown that changes every second, and says the time left in a polite
/// live region (`{id}-status`) when it opens, at every whole minute and at 30, 20 and
/// 10 seconds. "Fortsæt" / "Continue" and Esc call `on_extend`; "Log af" / "Sign out"
/// calls `on_sign_out`; `on_expire` is called once when the time runs out. The owner
/// moves `expires_at` (or clears it), and the warning closes by itself.
///
/// The time comes from `now` when given, so tests and apps can drive the clock; else
/// the component reads the browser's clock every second while mounted.
#[component]
pub fn SessionTimeout(
    /// The id of the warning; the dialog is `{id}-dialog`, the buttons `{id}-extend`
    /// and `{id}-sign-out`.
    #[prop(optional, into, default = "session-timeout".to_string())]
    id: String,
    /// When the session ends, in milliseconds since 1970 (`Date.now()`); `None` while
    /// there is no session.
    #[prop(into)]
    expires_at: Signal<Option<f64>>,
    /// How long before the end the warning opens, in seconds; at least 20.
    #[prop(optional, default = DEFAULT_WARNING_SECS)]
    warn_before_secs: u32,
    /// The current time in milliseconds since 1970; the browser's clock when not given.
    #[prop(optional, into)]
    now: Option<Signal<f64>>,
    /// Called when the citizen chooses to stay signed in.
    #[prop(into)]
    on_extend: Callback<()>,
    /// Called when the citizen chooses to sign out now.
    #[prop(into)]
    on_sign_out: Callback<()>,
    /// Called once when the session runs out.
    #[prop(optional, into)]
    on_expire: Option<Callback<()>>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let root = NodeRef::<leptos::html::Div>::new();
    let now = match now {
        Some(now) => now,
        None => {
            let clock = RwSignal::new(0.0);
            // Only in the browser: the root exists once mounted.
            Effect::new(move |_| {
                if root.get().is_none() {
                    return;
                }
                clock.set(js_sys::Date::now());
                let handle = set_interval_with_handle(
                    move || {
                        clock.try_set(js_sys::Date::now());
                    },
                    Duration::from_secs(1),
                );
                if let Ok(handle) = handle {
                    on_cleanup(move || handle.clear());
                }
            });
            clock.into()
        }
    };
    let phase = Memo::new(move |_| TimeoutPhase::at(now.get(), expires_at.get(), warn_before_secs));
    let warning = Signal::derive(move || matches!(phase.get(), TimeoutPhase::Warning { .. }));
    let announced = Memo::new(move |previous: Option<&String>| {
        next_announcement(
            locale.get(),
            phase.get(),
            previous.map(String::as_str).unwrap_or_default(),
        )
    });
    let expired_before = StoredValue::new(false);
    Effect::new(move |_| {
        let expired = phase.get() == TimeoutPhase::Expired;
        let was = expired_before.get_value();
        expired_before.set_value(expired);
        if expired && !was {
            if let Some(on_expire) = on_expire {
                on_expire.run(());
            }
        }
    });

    let texts = move || TimeoutTexts::of(locale.get());
    let countdown = move || {
        phase
            .get()
            .remaining_secs()
            .map(|secs| countdown_text(locale.get(), secs))
    };
    view! {
        <div class=classes(["kk-session-timeout", class.as_str()]) node_ref=root>
            <Modal
                id=format!("{id}-dialog")
                title=Signal::derive(move || texts().title.to_string())
                open=warning
                on_close=on_extend
                close_button=false
                class="kk-session-timeout__dialog"
            >
                <p class="kk-body">{move || texts().intro}</p>
                <p class="kk-body kk-session-timeout__countdown" aria-hidden="true">
                    {countdown}
                </p>
                <p class="kk-visually-hidden" id=format!("{id}-status") role="status">
                    {move || announced.get()}
                </p>
                <div class="kk-modal__actions">
                    <button
                        type="button"
                        class="kk-button kk-button--primary"
                        id=format!("{id}-extend")
                        on:click=move |_| on_extend.run(())
                    >
                        {move || texts().extend}
                    </button>
                    <button
                        type="button"
                        class="kk-button kk-button--secondary"
                        id=format!("{id}-sign-out")
                        on:click=move |_| on_sign_out.run(())
                    >
                        {move || texts().sign_out}
                    </button>
                </div>
            </Modal>
        </div>
    }
}
