//! Behaviour in a real browser of the button's loading state and double-click guard.
//!
//! Run with wasm-bindgen-test-runner in headless Chromium:
//! `cargo test -p kommunekit-components --target wasm32-unknown-unknown --test browser_button`.
#![cfg(target_arch = "wasm32")]

use kommunekit_components::*;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{container, document, element, settle};

fn status_text(root: &HtmlElement) -> String {
    root.query_selector(".kk-button__status")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_click_while_loading_does_not_call_back_and_focus_stays() {
    let clicks = RwSignal::new(0);
    let loading = RwSignal::new(true);
    let root = container();
    let _handle = mount_to(root.clone(), move || {
        view! {
            <Button
                id="loading-button"
                button_type=ButtonType::Button
                loading=loading
                on_click=Callback::new(move |_| clicks.update(|n| *n += 1))
            >
                "Send"
            </Button>
        }
    });
    settle().await;
    let button = element("loading-button");
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    assert!(!button.has_attribute("disabled"));
    button.focus().expect("focusable");
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("loading-button")
    );
    assert_eq!(status_text(&root), "Indlæser …");

    button.click();
    settle().await;
    assert_eq!(
        clicks.get_untracked(),
        0,
        "a click while loading is ignored"
    );

    loading.set(false);
    settle().await;
    assert_eq!(button.get_attribute("aria-disabled"), None);
    assert_eq!(status_text(&root), "");
    button.click();
    settle().await;
    assert_eq!(clicks.get_untracked(), 1, "a click after loading counts");
}

#[wasm_bindgen_test]
async fn a_guarded_button_counts_a_click_at_once_after_its_action_ends() {
    // A submission that fails within the guard's second must not swallow "send again".
    let clicks = RwSignal::new(0);
    let busy = RwSignal::new(false);
    let root = container();
    let _handle = mount_to(root.clone(), move || {
        view! {
            <Button
                id="guarded-busy"
                button_type=ButtonType::Button
                prevent_double_click=true
                disabled=busy
                on_click=Callback::new(move |_| {
                    clicks.update(|n| *n += 1);
                    // Only the first click starts an action that keeps the button busy.
                    if clicks.get_untracked() == 1 {
                        busy.set(true);
                    }
                })
            >
                "Send"
            </Button>
        }
    });
    settle().await;
    let button = element("guarded-busy");
    button.click();
    settle().await;
    assert_eq!(clicks.get_untracked(), 1);
    button.click();
    settle().await;
    assert_eq!(clicks.get_untracked(), 1, "a click while busy is ignored");

    busy.set(false);
    settle().await;
    button.click();
    settle().await;
    assert_eq!(
        clicks.get_untracked(),
        2,
        "the action ended, so the click counts"
    );

    button.click();
    settle().await;
    assert_eq!(
        clicks.get_untracked(),
        2,
        "a second click at once is still a double click"
    );
}
