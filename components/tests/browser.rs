//! Behaviour of components in a real browser: focus, events and timing.
//!
//! Run with wasm-bindgen-test-runner in headless Chromium:
//! `cargo test -p kommunekit-components --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use kommunekit_components::*;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{active_id, container, document, element, settle, use_css};

fn type_into(id: &str, text: &str) {
    let input: HtmlInputElement = element(id).unchecked_into();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).expect("an input event");
    input.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn the_error_summary_takes_focus_and_its_links_move_focus_to_the_fields() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let errors = vec![
            ErrorItem::new("es-name", "Skriv dit navn"),
            ErrorItem::new("es-email", "Skriv din e-mailadresse"),
        ];
        view! {
            <ErrorSummary errors=errors id="es-summary"/>
            <TextInput id="es-name" label="Navn" value="" on_input=|_: String| {}/>
            <TextInput id="es-email" label="E-mail" value="" on_input=|_: String| {}/>
        }
    });
    settle().await;
    assert_eq!(active_id(), "es-summary");

    let second_link: HtmlElement = element("es-summary")
        .query_selector("li:nth-child(2) a")
        .expect("a valid selector")
        .expect("a second link")
        .unchecked_into();
    second_link.click();
    assert_eq!(active_id(), "es-email");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_error_summary_takes_focus_again_when_the_errors_change() {
    let root = container();
    let errors = RwSignal::new(Vec::<ErrorItem>::new());
    let handle = mount_to(root.clone(), move || {
        view! {
            <ErrorSummary errors=errors id="es2-summary"/>
            <TextInput id="es2-name" label="Navn" value="" on_input=|_: String| {}/>
        }
    });
    settle().await;
    assert!(document().get_element_by_id("es2-summary").is_none());

    errors.set(vec![ErrorItem::new("es2-name", "Skriv dit navn")]);
    settle().await;
    assert_eq!(active_id(), "es2-summary");

    element("es2-name").focus().expect("focusable");
    errors.set(vec![ErrorItem::new("es2-name", "Navnet er for langt")]);
    settle().await;
    assert_eq!(active_id(), "es2-summary");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_link_to_another_page_is_followed_and_a_link_to_this_page_moves_focus() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let errors = vec![
            ErrorItem::new("es3-plan", "Vedhæft planen igen").with_link("/elsewhere#es3-plan"),
            ErrorItem::new("es3-name", "Skriv dit navn").with_link("#es3-name"),
        ];
        view! {
            <ErrorSummary errors=errors id="es3-summary"/>
            // A field of the same id here must not catch the link to the other page.
            <TextInput id="es3-plan" label="Plan" value="" on_input=|_: String| {}/>
            <TextInput id="es3-name" label="Navn" value="" on_input=|_: String| {}/>
        }
    });
    settle().await;

    // Listening on the window after the summary's own handlers have run, note whether
    // the click would be followed, then stop the page from leaving.
    let followed = std::rc::Rc::new(std::cell::RefCell::new(Vec::<bool>::new()));
    let record = {
        let followed = followed.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(Event)>::new(move |ev: Event| {
            followed.borrow_mut().push(!ev.default_prevented());
            ev.prevent_default();
        })
    };
    let window = web_sys::window().expect("a window");
    window
        .add_event_listener_with_callback("click", record.as_ref().unchecked_ref())
        .expect("listening");

    let link = |n: u32| -> HtmlElement {
        element("es3-summary")
            .query_selector(&format!("li:nth-child({n}) a"))
            .expect("a valid selector")
            .expect("the link")
            .unchecked_into()
    };
    assert_eq!(
        link(1).get_attribute("href").as_deref(),
        Some("/elsewhere#es3-plan")
    );
    link(1).click();
    assert_eq!(
        active_id(),
        "es3-summary",
        "focus stays until the page changes"
    );
    link(2).click();
    assert_eq!(active_id(), "es3-name");
    assert_eq!(*followed.borrow(), [true, false]);

    window
        .remove_event_listener_with_callback("click", record.as_ref().unchecked_ref())
        .expect("stopped listening");
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_in_the_date_parts_reports_the_whole_date() {
    let root = container();
    let value = RwSignal::new(DateValue::default());
    let reported = RwSignal::new(Vec::<DateValue>::new());
    let handle = mount_to(root.clone(), move || {
        view! {
            <DateInput
                id="di"
                legend="Hvornår er du født?"
                value=value
                on_change=move |v: DateValue| {
                    reported.update(|r| r.push(v.clone()));
                    value.set(v);
                }
            />
        }
    });
    settle().await;

    type_into("di-day", "27");
    type_into("di-month", "3");
    type_into("di-year", "1985");

    assert_eq!(
        reported.get_untracked(),
        [
            DateValue::new("27", "", ""),
            DateValue::new("27", "3", ""),
            DateValue::new("27", "3", "1985"),
        ]
    );

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn only_the_date_part_named_in_error_carries_the_error_class() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        view! {
            <DateInput
                id="dy"
                legend="Hvornår flyttede du?"
                error="Året skal have 4 cifre"
                error_parts=vec![DatePart::Year]
                value=DateValue::new("1", "2", "19")
                on_change=|_: DateValue| {}
            />
        }
    });
    settle().await;

    let marked: Vec<bool> = ["dy-day", "dy-month", "dy-year"]
        .iter()
        .map(|id| element(id).class_list().contains("kk-input--error"))
        .collect();
    assert_eq!(marked, [false, false, true]);
    let year: HtmlInputElement = element("dy-year").unchecked_into();
    assert_eq!(year.value(), "19");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_double_click_on_a_guarded_button_acts_once() {
    let root = container();
    let clicks = RwSignal::new(0);
    let handle = mount_to(root.clone(), move || {
        view! {
            <Button
                id="guarded"
                button_type=ButtonType::Button
                prevent_double_click=true
                on_click=move |_| clicks.update(|n| *n += 1)
            >
                "Send"
            </Button>
        }
    });
    settle().await;

    let button = element("guarded");
    button.click();
    button.click();
    assert_eq!(clicks.get_untracked(), 1);

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn an_unguarded_button_acts_on_every_click() {
    let root = container();
    let clicks = RwSignal::new(0);
    let handle = mount_to(root.clone(), move || {
        view! {
            <Button
                id="unguarded"
                button_type=ButtonType::Button
                on_click=move |_| clicks.update(|n| *n += 1)
            >
                "Tilføj"
            </Button>
        }
    });
    settle().await;

    let button = element("unguarded");
    button.click();
    button.click();
    assert_eq!(clicks.get_untracked(), 2);

    drop(handle);
    root.remove();
}

fn is_checked(id: &str) -> bool {
    let input: HtmlInputElement = element(id).unchecked_into();
    input.checked()
}

#[wasm_bindgen_test]
async fn the_exclusive_checkbox_unchecks_the_others_and_is_unchecked_by_them() {
    let root = container();
    let value = RwSignal::new(Vec::<String>::new());
    let reported = RwSignal::new(Vec::<Vec<String>>::new());
    let handle = mount_to(root.clone(), move || {
        let items = vec![
            CheckboxItem::new("partner", "Ægtefælle"),
            CheckboxItem::new("born", "Børn"),
            CheckboxItem::new("andre", "Andre"),
            CheckboxItem::new("ingen", "Ingen").exclusive(),
        ];
        view! {
            <Checkboxes
                id="cb"
                legend="Hvem bor du sammen med?"
                items=items
                value=value
                on_change={move |v: Vec<String>| {
                    reported.update(|r| r.push(v.clone()));
                    value.set(v);
                }}
            />
        }
    });
    settle().await;

    element("cb").click();
    settle().await;
    element("cb-2").click();
    settle().await;
    element("cb-4").click();
    settle().await;
    assert_eq!(
        reported.get_untracked().last().cloned(),
        Some(vec!["ingen".to_string()])
    );
    let checked: Vec<bool> = ["cb", "cb-2", "cb-3", "cb-4"]
        .iter()
        .map(|id| is_checked(id))
        .collect();
    assert_eq!(checked, [false, false, false, true]);

    element("cb-3").click();
    settle().await;
    assert_eq!(
        reported.get_untracked(),
        [
            vec!["partner".to_string()],
            vec!["partner".to_string(), "born".to_string()],
            vec!["ingen".to_string()],
            vec!["andre".to_string()],
        ]
    );
    let checked: Vec<bool> = ["cb", "cb-2", "cb-3", "cb-4"]
        .iter()
        .map(|id| is_checked(id))
        .collect();
    assert_eq!(checked, [false, false, true, false]);

    drop(handle);
    root.remove();
}

fn shows(id: &str) -> bool {
    element(id).offset_height() > 0
}

#[wasm_bindgen_test]
async fn choosing_a_radio_reveals_its_fields_and_choosing_another_hides_them() {
    use_css(include_str!("../../style/components/radios.css"));
    let root = container();
    let value = RwSignal::new(String::new());
    let handle = mount_to(root.clone(), move || {
        let items = vec![
            RadioItem::new("email", "E-mail")
                .with_reveal(|| view! { <input id="reveal-email" type="email"/> }),
            RadioItem::new("phone", "Telefon")
                .with_reveal(|| view! { <input id="reveal-phone" type="tel"/> }),
            RadioItem::new("post", "Brev"),
        ];
        view! {
            <Radios
                id="contact"
                legend="Hvordan vil du helst kontaktes?"
                items=items
                value=value
                on_change=move |v: String| value.set(v)
            />
        }
    });
    settle().await;
    assert!(!shows("reveal-email") && !shows("reveal-phone"));

    element("contact").click();
    settle().await;
    assert!(shows("reveal-email"), "the chosen option's field shows");
    assert!(!shows("reveal-phone"));
    assert!(!element("conditional-contact")
        .class_list()
        .contains("kk-radios__conditional--hidden"));

    element("contact-2").click();
    settle().await;
    assert!(!shows("reveal-email"), "the field of the option left hides");
    assert!(shows("reveal-phone"));

    element("contact-3").click();
    settle().await;
    assert!(!shows("reveal-email") && !shows("reveal-phone"));

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn ticking_a_checkbox_expands_its_reveal_and_unticking_collapses_it() {
    use_css(include_str!("../../style/components/checkboxes.css"));
    let root = container();
    let value = RwSignal::new(Vec::<String>::new());
    let handle = mount_to(root.clone(), move || {
        let items = vec![
            CheckboxItem::new("car", "Bil")
                .with_reveal(|| view! { <input id="reveal-plate" type="text"/> }),
            CheckboxItem::new("bike", "Cykel"),
        ];
        view! {
            <Checkboxes
                id="vehicles"
                legend="Hvad har du?"
                items=items
                value=value
                on_change={move |v: Vec<String>| value.set(v)}
            />
        }
    });
    settle().await;
    let expanded = || element("vehicles").get_attribute("aria-expanded");
    assert_eq!(expanded().as_deref(), Some("false"));
    assert!(!shows("reveal-plate"));

    element("vehicles").click();
    settle().await;
    assert_eq!(expanded().as_deref(), Some("true"));
    assert!(shows("reveal-plate"));

    element("vehicles-2").click();
    settle().await;
    assert_eq!(
        expanded().as_deref(),
        Some("true"),
        "another tick leaves it open"
    );

    element("vehicles").click();
    settle().await;
    assert_eq!(expanded().as_deref(), Some("false"));
    assert!(!shows("reveal-plate"));

    drop(handle);
    root.remove();
}
