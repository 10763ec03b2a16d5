//! The figures of the forms engine in wasm, in headless Chromium, timed with
//! `performance.now()`. `cargo xtask bench` runs this in release mode with
//! wasm-bindgen-test-runner and `--nocapture`, and reads the printed lines:
//! `cargo test --release -p kommunekit-bench --target wasm32-unknown-unknown --test browser -- --nocapture`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_catalog_loads_and_the_500_field_page_validates_without_errors_in_wasm() {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance.now() in the browser");
    let figures = kommunekit_bench::measure(|| performance.now() * 1e3);
    match figures {
        Ok(figures) => console_log!("{}", figures.lines()),
        Err(e) => panic!("{e}"),
    }
}
