//! Behaviour of the interactive components in a real browser: the modal's focus trap
//! and return, the session-timeout warning on an injected clock, the date picker's and
//! the combobox's keyboard models, and the cookie banner's choice.
//!
//! Run with wasm-bindgen-test-runner in headless Chromium:
//! `cargo test -p kommunekit-components --target wasm32-unknown-unknown --test browser_interactive`.
#![cfg(target_arch = "wasm32")]

use kommunekit_components::date_input::DateValue;
use kommunekit_components::*;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Event, EventInit, HtmlDialogElement, HtmlElement, HtmlInputElement, KeyboardEvent,
    KeyboardEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{active_id, attr, container, document, element};

fn is_open(id: &str) -> bool {
    element(id).unchecked_into::<HtmlDialogElement>().open()
}

fn text_of(id: &str) -> String {
    element(id)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Resolves when `target` next receives the event `name`.
async fn event_on(target: &HtmlElement, name: &str) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        target
            .add_event_listener_with_callback(name, &resolve)
            .expect("listening");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("the event came");
}

/// Lets effects and other scheduled reactive work run.
async fn settle() {
    for _ in 0..4 {
        tick().await;
    }
}

/// Sends a key press to the focused element, as the keyboard would.
fn press_with(key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("a keyboard event");
    let target = document().active_element().expect("something has focus");
    target.dispatch_event(&event).expect("dispatched");
}

fn press(key: &str) {
    press_with(key, false);
}

fn type_into(id: &str, text: &str) {
    let input: HtmlInputElement = element(id).unchecked_into();
    input.focus().expect("focusable");
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).expect("an input event");
    input.dispatch_event(&event).expect("dispatched");
}

fn value_of(id: &str) -> String {
    element(id).unchecked_into::<HtmlInputElement>().value()
}

/// Puts the components' style sheets into the page, so sizes and hiding are real.
fn use_css() {
    let doc = document();
    let style = doc.create_element("style").expect("a style element");
    style.set_text_content(Some(concat!(
        include_str!("../../style/tokens.css"),
        include_str!("../../style/utilities.css"),
        include_str!("../../style/components/button.css"),
        include_str!("../../style/components/modal.css"),
        include_str!("../../style/components/date-picker.css"),
        include_str!("../../style/components/combobox.css"),
    )));
    doc.head()
        .expect("a head")
        .append_child(&style)
        .expect("appended");
}

#[wasm_bindgen_test]
async fn the_modal_takes_focus_keeps_tab_inside_closes_on_esc_and_gives_focus_back() {
    use_css();
    let root = container();
    let open = RwSignal::new(false);
    let handle = mount_to(root.clone(), move || {
        view! {
            <button type="button" id="mt-opener" on:click=move |_| open.set(true)>
                "Slet"
            </button>
            <button type="button" id="mt-outside">"Udenfor"</button>
            <Modal id="mt" title="Vil du slette filen?" open=open on_close=move |()| open.set(false)>
                <button type="button" id="mt-yes">"Ja"</button>
                <button type="button" id="mt-no">"Nej"</button>
            </Modal>
        }
    });
    settle().await;
    assert!(!is_open("mt"));

    element("mt-opener").focus().expect("focusable");
    element("mt-opener").click();
    settle().await;
    assert!(is_open("mt"), "the dialog opens");
    assert!(
        element("mt").matches(":modal").unwrap_or(false),
        "it is modal"
    );
    let first = active_id();
    assert!(
        element("mt").contains(document().active_element().as_deref()),
        "focus is inside, on {first}"
    );

    element("mt-no").focus().expect("focusable");
    press("Tab");
    assert_eq!(
        active_id(),
        first,
        "Tab from the last element wraps to the first"
    );
    press_with("Tab", true);
    assert_eq!(
        active_id(),
        "mt-no",
        "Shift+Tab from the first wraps to the last"
    );

    element("mt-outside").focus().expect("focus call");
    assert_eq!(active_id(), "mt-no", "the page behind is inert");

    press("Escape");
    settle().await;
    assert!(!is_open("mt"), "Esc closes");
    assert_eq!(active_id(), "mt-opener", "focus returns to the opener");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_close_button_closes_the_modal_and_focus_returns() {
    let root = container();
    let open = RwSignal::new(false);
    let handle = mount_to(root.clone(), move || {
        view! {
            <button type="button" id="mc-opener" on:click=move |_| open.set(true)>"Åbn"</button>
            <Modal id="mc" title="Hjælp" open=open on_close=move |()| open.set(false)>
                <p>"Tekst"</p>
            </Modal>
        }
    });
    settle().await;
    element("mc-opener").focus().expect("focusable");
    element("mc-opener").click();
    settle().await;
    let close: HtmlElement = element("mc")
        .query_selector(".kk-modal__close")
        .expect("a selector")
        .expect("a close button")
        .unchecked_into();
    assert_eq!(close.text_content().as_deref(), Some("Luk"));
    close.click();
    settle().await;
    assert!(!is_open("mc"));
    assert_eq!(active_id(), "mc-opener");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_session_warning_follows_the_injected_clock_and_extends_through_the_callback() {
    let root = container();
    let now = RwSignal::new(0.0);
    let expires_at = RwSignal::new(Some(300_000.0));
    let extended = RwSignal::new(0);
    let expired = RwSignal::new(0);
    let handle = mount_to(root.clone(), move || {
        view! {
            <SessionTimeout
                id="st"
                now=now
                expires_at=expires_at
                warn_before_secs=120
                on_extend=move |()| {
                    extended.update(|n| *n += 1);
                    expires_at.set(Some(now.get_untracked() + 300_000.0));
                }
                on_sign_out=|()| {}
                on_expire=move |()| expired.update(|n| *n += 1)
            />
        }
    });
    settle().await;
    assert!(
        !is_open("st-dialog"),
        "no warning three minutes before the end"
    );

    now.set(180_000.0);
    settle().await;
    assert!(
        is_open("st-dialog"),
        "the warning opens two minutes before the end"
    );
    assert_eq!(active_id(), "st-extend", "focus goes to Fortsæt");
    assert_eq!(text_of("st-status"), "Du bliver logget af om 2 minutter.");

    now.set(185_000.0);
    settle().await;
    let countdown: HtmlElement = element("st-dialog")
        .query_selector(".kk-session-timeout__countdown")
        .expect("a selector")
        .expect("a countdown")
        .unchecked_into();
    assert_eq!(
        countdown.text_content().as_deref(),
        Some("Du bliver logget af om 1 minut og 55 sekunder.")
    );
    assert_eq!(
        text_of("st-status"),
        "Du bliver logget af om 2 minutter.",
        "the status is not announced every second"
    );
    now.set(240_000.0);
    settle().await;
    assert_eq!(text_of("st-status"), "Du bliver logget af om 1 minut.");

    element("st-extend").click();
    settle().await;
    assert_eq!(extended.get_untracked(), 1);
    assert!(!is_open("st-dialog"), "extending closes the warning");

    now.set(430_000.0);
    settle().await;
    assert!(is_open("st-dialog"));
    press("Escape");
    settle().await;
    assert_eq!(extended.get_untracked(), 2, "Esc extends too");

    now.set(900_000.0);
    settle().await;
    now.set(901_000.0);
    settle().await;
    assert_eq!(expired.get_untracked(), 1, "the end is reported once");
    assert!(!is_open("st-dialog"));

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_date_picker_moves_by_the_keys_fills_the_fields_and_returns_focus() {
    use_css();
    let root = container();
    let value = RwSignal::new(DateValue::new("27", "3", "2026"));
    let handle = mount_to(root.clone(), move || {
        view! {
            <DateInput id="dp" legend="Hvornår?" value=value on_change=move |v: DateValue| value.set(v)/>
            <DatePicker
                id="dp"
                value=value
                on_change=move |v: DateValue| value.set(v)
                today=CalendarDate { year: 2026, month: 3, day: 20 }
                max=CalendarDate { year: 2026, month: 12, day: 31 }
            />
        }
    });
    settle().await;
    element("dp-picker-button").focus().expect("focusable");
    element("dp-picker-button").click();
    settle().await;
    assert!(is_open("dp-picker"));
    assert_eq!(
        active_id(),
        "dp-picker-2026-03-27",
        "the typed date has focus"
    );
    assert_eq!(
        attr("dp-picker-2026-03-27", "aria-selected").as_deref(),
        Some("true")
    );

    // (key, Shift, the day that then has focus)
    let steps = [
        ("ArrowRight", false, "dp-picker-2026-03-28"),
        ("ArrowLeft", false, "dp-picker-2026-03-27"),
        ("ArrowDown", false, "dp-picker-2026-04-03"),
        ("ArrowUp", false, "dp-picker-2026-03-27"),
        ("PageDown", false, "dp-picker-2026-04-27"),
        ("PageUp", false, "dp-picker-2026-03-27"),
        ("Home", false, "dp-picker-2026-03-23"),
        ("End", false, "dp-picker-2026-03-29"),
        ("PageDown", true, "dp-picker-2026-12-31"),
    ];
    for (key, shift, expected) in steps {
        press_with(key, shift);
        settle().await;
        assert_eq!(active_id(), expected, "after {key} shift={shift}");
        assert_eq!(attr(expected, "tabindex").as_deref(), Some("0"));
    }
    assert_eq!(text_of("dp-picker-month"), "december 2026");
    press("PageUp");
    settle().await;
    press("Enter");
    settle().await;
    assert!(!is_open("dp-picker"), "choosing closes the calendar");
    assert_eq!(
        active_id(),
        "dp-picker-button",
        "focus returns to the button"
    );
    assert_eq!(value.get_untracked(), DateValue::new("30", "11", "2026"));
    assert_eq!(
        [
            value_of("dp-day"),
            value_of("dp-month"),
            value_of("dp-year")
        ],
        ["30", "11", "2026"],
        "the three fields are filled"
    );

    element("dp-picker-button").focus().expect("focusable");
    element("dp-picker-button").click();
    settle().await;
    assert_eq!(active_id(), "dp-picker-2026-11-30");
    press("ArrowRight");
    settle().await;
    press("Escape");
    settle().await;
    assert!(!is_open("dp-picker"), "Esc closes");
    assert_eq!(active_id(), "dp-picker-button");
    assert_eq!(
        value.get_untracked(),
        DateValue::new("30", "11", "2026"),
        "Esc chooses nothing"
    );

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_date_picker_opens_on_today_without_a_typed_date_and_refuses_days_after_max() {
    let root = container();
    let value = RwSignal::new(DateValue::default());
    let handle = mount_to(root.clone(), move || {
        view! {
            <DatePicker
                id="dq"
                value=value
                on_change=move |v: DateValue| value.set(v)
                today=CalendarDate { year: 2026, month: 3, day: 20 }
                max=CalendarDate { year: 2026, month: 3, day: 21 }
            />
        }
    });
    settle().await;
    element("dq-picker-button").click();
    settle().await;
    assert_eq!(active_id(), "dq-picker-2026-03-20");
    assert_eq!(
        attr("dq-picker-2026-03-20", "aria-current").as_deref(),
        Some("date")
    );
    press("ArrowDown");
    settle().await;
    assert_eq!(
        active_id(),
        "dq-picker-2026-03-21",
        "the move stops at the latest date"
    );
    element("dq-picker-2026-03-22").click();
    settle().await;
    assert!(is_open("dq-picker"), "a disabled day cannot be chosen");
    assert_eq!(value.get_untracked(), DateValue::default());
    drop(handle);
    root.remove();
}

fn towns() -> Vec<ComboboxItem> {
    vec![
        ComboboxItem::new("8000", "8000 Aarhus C"),
        ComboboxItem::new("8200", "8200 Aarhus N"),
        ComboboxItem::new("9000", "9000 Aalborg"),
        ComboboxItem::new("5000", "5000 Odense C"),
    ]
}

#[wasm_bindgen_test]
async fn the_combobox_suggests_moves_by_arrows_chooses_with_enter_and_closes_with_esc() {
    use_css();
    let root = container();
    let value = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<String>::new());
    let handle = mount_to(root.clone(), move || {
        view! {
            <Combobox
                id="cx"
                label="By"
                value=value
                on_input=move |v: String| value.set(v)
                on_select=move |item: ComboboxItem| chosen.update(|c| c.push(item.value))
                items=towns()
            />
        }
    });
    settle().await;
    assert_eq!(attr("cx", "aria-expanded").as_deref(), Some("false"));

    type_into("cx", "aa");
    settle().await;
    assert_eq!(attr("cx", "aria-expanded").as_deref(), Some("true"));
    assert!(element("cx-listbox").offset_height() > 0, "the list shows");
    assert_eq!(text_of("cx-status"), "3 resultater");
    assert_eq!(attr("cx", "aria-activedescendant"), None);

    press("ArrowDown");
    settle().await;
    assert_eq!(
        attr("cx", "aria-activedescendant").as_deref(),
        Some("cx-option-0")
    );
    assert_eq!(
        attr("cx-option-0", "aria-selected").as_deref(),
        Some("true")
    );
    press("ArrowDown");
    settle().await;
    assert_eq!(
        attr("cx", "aria-activedescendant").as_deref(),
        Some("cx-option-1")
    );
    assert_eq!(
        attr("cx-option-0", "aria-selected").as_deref(),
        Some("false")
    );
    press("ArrowUp");
    press("ArrowUp");
    settle().await;
    assert_eq!(
        attr("cx", "aria-activedescendant").as_deref(),
        Some("cx-option-2"),
        "Up wraps to the last"
    );
    assert_eq!(active_id(), "cx", "focus stays in the field");

    press("Enter");
    settle().await;
    assert_eq!(chosen.get_untracked(), ["9000"]);
    assert_eq!(value_of("cx"), "9000 Aalborg");
    assert_eq!(attr("cx", "aria-expanded").as_deref(), Some("false"));
    assert_eq!(attr("cx", "aria-activedescendant"), None);

    type_into("cx", "aarhus");
    settle().await;
    assert_eq!(text_of("cx-status"), "2 resultater");
    press("Escape");
    settle().await;
    assert_eq!(
        attr("cx", "aria-expanded").as_deref(),
        Some("false"),
        "Esc closes the list"
    );
    assert_eq!(value_of("cx"), "aarhus", "and keeps the text");
    press("Escape");
    settle().await;
    assert_eq!(value_of("cx"), "", "a second Esc clears the field");

    type_into("cx", "zz");
    settle().await;
    assert_eq!(text_of("cx-status"), "Ingen resultater");
    assert_eq!(attr("cx", "aria-expanded").as_deref(), Some("false"));

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_combobox_shows_what_an_async_search_finds_for_the_latest_text() {
    let root = container();
    let value = RwSignal::new(String::new());
    let asked = RwSignal::new(Vec::<String>::new());
    let handle = mount_to(root.clone(), move || {
        let search = ComboboxSearch::new(move |query: String| {
            asked.update(|a| a.push(query.clone()));
            async move {
                if query == "fejl" {
                    Err(LookupFailed)
                } else {
                    Ok(kommunekit_components::combobox::filter_items(
                        &towns(),
                        &query,
                    ))
                }
            }
        });
        view! {
            <Combobox id="cs" label="Adresse" value=value on_input=move |v: String| value.set(v) search=search/>
        }
    });
    settle().await;
    type_into("cs", "a");
    settle().await;
    assert!(
        asked.get_untracked().is_empty(),
        "one character is too few to search"
    );
    type_into("cs", "aarhus");
    settle().await;
    assert_eq!(asked.get_untracked(), ["aarhus"]);
    assert_eq!(text_of("cs-status"), "2 resultater");
    assert_eq!(attr("cs", "aria-expanded").as_deref(), Some("true"));
    press("ArrowDown");
    press("Enter");
    settle().await;
    assert_eq!(value_of("cs"), "8000 Aarhus C");

    type_into("cs", "fejl");
    settle().await;
    assert_eq!(
        text_of("cs-status"),
        "Forslagene kan ikke hentes lige nu. Skriv svaret selv."
    );
    assert_eq!(attr("cs", "aria-expanded").as_deref(), Some("false"));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_cookie_banner_reports_the_choice_confirms_it_and_hides_on_request() {
    for (button, choice, confirmation) in [
        (
            "accept",
            CookieChoice::Accepted,
            "Du har accepteret statistikcookies.",
        ),
        (
            "reject",
            CookieChoice::Rejected,
            "Du har afvist statistikcookies.",
        ),
    ] {
        let root = container();
        let stored = RwSignal::new(Vec::<CookieChoice>::new());
        let handle = mount_to(root.clone(), move || {
            view! {
                <CookieBanner
                    id="ck"
                    service_name="Selvbetjening"
                    cookies_href="/cookies"
                    on_choice=move |c: CookieChoice| stored.update(|s| s.push(c))
                />
            }
        });
        settle().await;
        element(&format!("ck-{button}")).click();
        settle().await;
        assert_eq!(stored.get_untracked(), [choice]);
        assert!(
            document().get_element_by_id("ck-accept").is_none(),
            "the question is gone"
        );
        assert_eq!(
            active_id(),
            "ck-confirmation",
            "the confirmation takes focus"
        );
        assert!(text_of("ck-confirmation").starts_with(confirmation));
        let hide: HtmlElement = element("ck-confirmation")
            .query_selector("button")
            .expect("a selector")
            .expect("a hide button")
            .unchecked_into();
        hide.click();
        settle().await;
        assert!(
            document().get_element_by_id("ck").is_none(),
            "the banner hides"
        );
        assert_eq!(
            stored.get_untracked().len(),
            1,
            "hiding stores nothing more"
        );
        drop(handle);
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn a_modal_the_browser_closes_by_itself_tells_its_owner_and_focus_returns() {
    let root = container();
    let open = RwSignal::new(false);
    let handle = mount_to(root.clone(), move || {
        view! {
            <button type="button" id="mn-opener" on:click=move |_| open.set(true)>"Åbn"</button>
            <Modal id="mn" title="Hjælp" open=open on_close=move |()| open.set(false)>
                <button type="button">"OK"</button>
            </Modal>
        }
    });
    settle().await;
    element("mn-opener").focus().expect("focusable");
    element("mn-opener").click();
    settle().await;
    assert!(is_open("mn"));
    let dialog = element("mn");
    let closed = event_on(&dialog, "close");
    dialog.unchecked_ref::<HtmlDialogElement>().close();
    closed.await;
    settle().await;
    assert!(!open.get_untracked(), "the owner learns the dialog closed");
    assert_eq!(active_id(), "mn-opener");
    drop(handle);
    root.remove();
}
