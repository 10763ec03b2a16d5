//! Button: lets the citizen act, such as continue or submit.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;
use web_sys::MouseEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{ButtonType, ButtonVariant, ClickGuard};

/// `<button type="submit" class="kk-button kk-button--primary">`.
///
/// With `prevent_double_click`, a click within one second of an accepted click is
/// ignored: its default action (submitting the form) is prevented and `on_click` is
/// not called. When the button turns from disabled or loading back to ready, the
/// second is over: what the click started has finished, so the next click is a new
/// request (sending again after a failure that came at once, say).
///
/// With `loading`, while it is true the button stays in the tab order but is
/// `aria-disabled="true"`, gets `kk-button--loading` and a turning circle hidden from
/// screen readers, and ignores clicks. A polite live region beside the button
/// (`kk-button__status`) then says the loading text, so it is announced when loading
/// starts; it is only there for buttons given `loading`.
#[component]
pub fn Button(
    /// The button's text.
    children: Children,
    /// How the button looks.
    #[prop(optional)]
    variant: ButtonVariant,
    /// Whether the button submits its form (the default) or only calls `on_click`.
    #[prop(optional)]
    button_type: ButtonType,
    /// Whether to ignore a second click within a second of the first.
    #[prop(optional)]
    prevent_double_click: bool,
    /// Whether the button is disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Whether the action the button started is still running.
    #[prop(optional, into)]
    loading: Option<Signal<bool>>,
    /// What the live region says while loading; "Indlæser …"/"Loading …" when not
    /// given.
    #[prop(optional, into)]
    loading_text: MaybeProp<String>,
    /// Called when the button is clicked (and the click is not ignored).
    #[prop(optional, into)]
    on_click: Option<Callback<MouseEvent>>,
    /// The id.
    #[prop(optional, into)]
    id: Option<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let guard = StoredValue::new(ClickGuard::new());
    let locale = use_locale();
    let is_loading = move || loading.is_some_and(|l| l.get());
    let modifier = format!("kk-button--{}", variant.as_str());
    if prevent_double_click {
        Effect::new(move |was_busy: Option<bool>| {
            let busy = disabled.get() || is_loading();
            if was_busy == Some(true) && !busy {
                guard.update_value(ClickGuard::reset);
            }
            busy
        });
    }
    let on_click_handler = move |ev: MouseEvent| {
        if is_loading() {
            ev.prevent_default();
            return;
        }
        let accepted = !prevent_double_click
            || guard
                .try_update_value(|g| g.accept(js_sys::Date::now()))
                .unwrap_or(true);
        if !accepted {
            ev.prevent_default();
            return;
        }
        if let Some(on_click) = on_click {
            on_click.run(ev);
        }
    };
    let arrow = (variant == ButtonVariant::Start).then(|| {
        view! {
            <svg
                class="kk-button__start-icon"
                xmlns="http://www.w3.org/2000/svg"
                width="17.5"
                height="19"
                viewBox="0 0 33 40"
                aria-hidden="true"
                focusable="false"
            >
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path>
            </svg>
        }
    });
    let indicator = move || {
        is_loading().then(|| view! { <span class="kk-button__spinner" aria-hidden="true"></span> })
    };
    let status = loading.map(|_| {
        let says = move || {
            is_loading().then(|| {
                loading_text
                    .get()
                    .unwrap_or_else(|| locale.get().loading().to_string())
            })
        };
        view! {
            <span class="kk-button__status kk-visually-hidden" role="status" aria-live="polite">
                {says}
            </span>
        }
    });
    let class = move || {
        let loading_class = if is_loading() {
            "kk-button--loading"
        } else {
            ""
        };
        classes([
            "kk-button",
            modifier.as_str(),
            loading_class,
            class.as_str(),
        ])
    };
    view! {
        <button
            type=button_type.as_str()
            id=id
            class=class
            disabled=move || disabled.get()
            aria-disabled=move || (disabled.get() || is_loading()).then_some("true")
            aria-busy=move || is_loading().then_some("true")
            data-prevent-double-click=prevent_double_click.then_some("true")
            on:click=on_click_handler
        >
            {children()}
            {arrow}
            {indicator}
        </button>
        {status}
    }
}
