//! Button: lets the citizen act, such as continue or submit.

use crate::classes::classes;
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
/// not called.
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
    let modifier = format!("kk-button--{}", variant.as_str());
    let on_click_handler = move |ev: MouseEvent| {
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
    view! {
        <button
            type=button_type.as_str()
            id=id
            class=classes(["kk-button", modifier.as_str(), class.as_str()])
            disabled=move || disabled.get()
            aria-disabled=move || disabled.get().then_some("true")
            data-prevent-double-click=prevent_double_click.then_some("true")
            on:click=on_click_handler
        >
            {children()}
            {arrow}
        </button>
    }
}
