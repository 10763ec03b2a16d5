//! Behaviour in a real browser of the header's sign-out button.
//!
//! Run with wasm-bindgen-test-runner in headless Chromium:
//! `cargo test -p kommunekit-components --target wasm32-unknown-unknown --test browser_header`.
//!
//! A key press made by script is not trusted, so the browser does not turn it into a
//! click; here it shows that the button leaves Enter to the browser (a handler of its
//! own would call back twice on a real press). Enter on the button is pressed for real
//! in the end-to-end keyboard test (tests/e2e/components-keyboard-controls.test.mjs).
#![cfg(target_arch = "wasm32")]

use kommunekit_components::*;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{container, document, settle};

/// The sign-out button inside `root`, if there is one.
fn sign_out_button(root: &HtmlElement) -> Option<HtmlElement> {
    root.query_selector(".kk-header__sign-out")
        .ok()
        .flatten()
        .map(JsCast::unchecked_into)
}

#[wasm_bindgen_test]
async fn sign_out_calls_back_once_per_click_leaves_enter_to_the_browser_and_then_shows_no_one() {
    let calls = RwSignal::new(0);
    let signed_in = RwSignal::new(Some("Jens Hansen".to_string()));
    let root = container();
    let _handle = mount_to(root.clone(), move || {
        view! {
            <Header
                municipality_name="Eksempel Kommune"
                signed_in_as=signed_in
                on_sign_out=move |()| {
                    calls.update(|n| *n += 1);
                    signed_in.set(None);
                }
            />
        }
    });
    settle().await;
    let button = sign_out_button(&root).expect("a sign-out button while signed in");
    assert_eq!(button.text_content().as_deref(), Some("Log af"));
    button.focus().expect("focusable");
    assert!(
        document().active_element().is_some_and(|e| e == *button),
        "the button takes focus from the keyboard"
    );

    let init = KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let enter = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("a key");
    button.dispatch_event(&enter).expect("dispatched");
    settle().await;
    assert_eq!(
        calls.get_untracked(),
        0,
        "Enter is the browser's to turn into a click"
    );

    button.click();
    settle().await;
    assert_eq!(calls.get_untracked(), 1, "one click, one call");
    assert!(
        sign_out_button(&root).is_none(),
        "signed out, the button is gone"
    );
    assert!(root
        .query_selector(".kk-header__account")
        .ok()
        .flatten()
        .is_none());
}

#[wasm_bindgen_test]
async fn the_sign_out_button_inside_a_form_does_not_submit_it() {
    let calls = RwSignal::new(0);
    let root = container();
    let _handle = mount_to(root.clone(), move || {
        view! {
            <form id="header-form" action="/never">
                <Header
                    municipality_name="Eksempel Kommune"
                    signed_in_as="Jens Hansen"
                    on_sign_out=move |()| calls.update(|n| *n += 1)
                />
            </form>
        }
    });
    settle().await;
    let submits = RwSignal::new(0);
    let on_submit = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
        ev.prevent_default();
        submits.update(|n| *n += 1);
    });
    let form = document()
        .get_element_by_id("header-form")
        .expect("the form");
    form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())
        .expect("listening");

    sign_out_button(&root).expect("the button").click();
    settle().await;
    assert_eq!(calls.get_untracked(), 1);
    assert_eq!(submits.get_untracked(), 0, "a type=button submits nothing");
    drop(on_submit);
}
