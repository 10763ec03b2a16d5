//! Behaviour in a real browser of the stateful content and navigation components:
//! sortable table, accordion, tabs, service navigation, pagination and the success
//! banner.
//!
//! Run with wasm-bindgen-test-runner in headless Chromium:
//! `cargo test -p kommunekit-components --target wasm32-unknown-unknown --test browser_content`.
#![cfg(target_arch = "wasm32")]

use kommunekit_components::*;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{active_id, attr, container, document, element, settle, use_css};

/// Presses `key` on the element `id` as a keyboard does: a bubbling, cancellable
/// `keydown` with that `key`.
fn press(id: &str, key: &str) {
    let dispatch = js_sys::Function::new_with_args(
        "el, key",
        "el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))",
    );
    dispatch
        .call2(&JsValue::NULL, &element(id), &JsValue::from_str(key))
        .expect("a keydown dispatched");
}

/// The text of the cells of column `column` (from 1), top to bottom.
fn column_texts(table_id: &str, column: usize) -> Vec<String> {
    let cells = element(table_id)
        .query_selector_all(&format!("tbody tr > :nth-child({column})"))
        .expect("a valid selector");
    (0..cells.length())
        .filter_map(|i| cells.get(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn pressing_a_sort_button_reorders_the_rows_sets_aria_sort_and_announces_it() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let columns = vec![
            TableColumn::new("By").sortable(),
            TableColumn::new("Beløb").numeric().sortable(),
        ];
        let rows = vec![
            vec![
                TableCell::new("Ørsted"),
                TableCell::number("1.250 kr.", 1250.0),
            ],
            vec![TableCell::new("Aarup"), TableCell::number("90 kr.", 90.0)],
            vec![
                TableCell::new("Billund"),
                TableCell::number("400 kr.", 400.0),
            ],
        ];
        view! { <Table id="ts" caption="Betalinger" columns=columns rows=rows/> }
    });
    settle().await;
    let header = |n: usize| {
        element("ts")
            .query_selector(&format!("thead th:nth-child({n})"))
            .expect("a valid selector")
            .expect("a header")
            .get_attribute("aria-sort")
    };
    assert_eq!(column_texts("ts", 2), ["1.250 kr.", "90 kr.", "400 kr."]);

    element("ts-sort-1").click();
    settle().await;
    assert_eq!(column_texts("ts", 2), ["90 kr.", "400 kr.", "1.250 kr."]);
    assert_eq!(header(2).as_deref(), Some("ascending"));
    assert_eq!(header(1).as_deref(), Some("none"));
    assert_eq!(
        element("ts-status").text_content().as_deref(),
        Some("Tabellen er sorteret efter Beløb, stigende")
    );

    element("ts-sort-1").focus().expect("focusable");
    element("ts-sort-1").click();
    settle().await;
    assert_eq!(column_texts("ts", 2), ["1.250 kr.", "400 kr.", "90 kr."]);
    assert_eq!(header(2).as_deref(), Some("descending"));
    assert_eq!(
        active_id(),
        "ts-sort-1",
        "the button keeps focus while the rows move"
    );

    element("ts-sort-0").click();
    settle().await;
    assert_eq!(column_texts("ts", 1), ["Aarup", "Billund", "Ørsted"]);
    assert_eq!(header(1).as_deref(), Some("ascending"));
    assert_eq!(header(2).as_deref(), Some("none"));
    assert_eq!(
        element("ts-status").text_content().as_deref(),
        Some("Tabellen er sorteret efter By, stigende")
    );

    drop(handle);
    root.remove();
}

fn is_hidden(id: &str) -> bool {
    element(id).has_attribute("hidden")
}

#[wasm_bindgen_test]
async fn an_accordion_section_opens_and_closes_and_show_all_opens_every_section() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let items = vec![
            AccordionItem::new("Første", || view! { <p>"En"</p> }),
            AccordionItem::new("Anden", || view! { <p>"To"</p> }),
        ];
        view! { <Accordion id="ac" items=items/> }
    });
    settle().await;
    assert_eq!(
        attr("ac-heading-1", "aria-expanded").as_deref(),
        Some("false")
    );
    assert!(is_hidden("ac-content-1") && is_hidden("ac-content-2"));

    element("ac-heading-1").click();
    settle().await;
    assert_eq!(
        attr("ac-heading-1", "aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!is_hidden("ac-content-1"));
    assert!(is_hidden("ac-content-2"));
    assert_eq!(
        attr("ac-show-all", "aria-expanded").as_deref(),
        Some("false")
    );

    element("ac-show-all").click();
    settle().await;
    assert!(!is_hidden("ac-content-1") && !is_hidden("ac-content-2"));
    assert_eq!(
        attr("ac-heading-2", "aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        attr("ac-show-all", "aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        element("ac-show-all").text_content().as_deref(),
        Some("Skjul alle sektioner")
    );

    element("ac-show-all").click();
    settle().await;
    assert!(is_hidden("ac-content-1") && is_hidden("ac-content-2"));
    assert_eq!(
        attr("ac-heading-1", "aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        attr("ac-show-all", "aria-expanded").as_deref(),
        Some("false")
    );

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn finding_text_in_a_closed_section_opens_it() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let items = vec![AccordionItem::new("Første", || view! { <p>"En"</p> })];
        view! { <Accordion id="ac3" items=items/> }
    });
    settle().await;
    assert_eq!(
        attr("ac3-content-1", "hidden").as_deref(),
        Some("until-found")
    );
    // What the browser fires when find in page matches text in the hidden content.
    let event = web_sys::Event::new("beforematch").expect("an event");
    element("ac3-content-1")
        .dispatch_event(&event)
        .expect("dispatched");
    settle().await;
    assert_eq!(
        attr("ac3-heading-1", "aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!is_hidden("ac3-content-1"));

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn opening_every_section_one_by_one_turns_show_all_into_hide_all() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let items = vec![
            AccordionItem::new("Første", || view! { <p>"En"</p> }),
            AccordionItem::new("Anden", || view! { <p>"To"</p> }).expanded(),
        ];
        view! { <Accordion id="ac2" items=items/> }
    });
    settle().await;
    assert_eq!(
        attr("ac2-show-all", "aria-expanded").as_deref(),
        Some("false")
    );
    element("ac2-heading-1").click();
    settle().await;
    assert_eq!(
        attr("ac2-show-all", "aria-expanded").as_deref(),
        Some("true")
    );

    drop(handle);
    root.remove();
}

/// The selected tab, its tab index and whether each panel shows, for tabs a, b and c.
fn tab_state(id: &str) -> (Vec<String>, Vec<String>, Vec<bool>) {
    let keys = ["a", "b", "c"];
    let selected = keys
        .iter()
        .map(|k| attr(&format!("{id}-tab-{k}"), "aria-selected").unwrap_or_default())
        .collect();
    let tabindex = keys
        .iter()
        .map(|k| attr(&format!("{id}-tab-{k}"), "tabindex").unwrap_or_default())
        .collect();
    let shown = keys
        .iter()
        .map(|k| !is_hidden(&format!("{id}-panel-{k}")))
        .collect();
    (selected, tabindex, shown)
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_focus_and_selection_between_tabs() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let items = vec![
            TabItem::new("a", "Første", || view! { <p>"En"</p> }),
            TabItem::new("b", "Anden", || view! { <p>"To"</p> }),
            TabItem::new("c", "Tredje", || view! { <p>"Tre"</p> }),
        ];
        view! { <Tabs id="tk" title="Indhold" items=items/> }
    });
    settle().await;
    let t = |s: &str| s.to_string();
    assert_eq!(
        tab_state("tk"),
        (
            vec![t("true"), t("false"), t("false")],
            vec![t("0"), t("-1"), t("-1")],
            vec![true, false, false]
        )
    );
    element("tk-tab-a").focus().expect("focusable");

    let steps = [
        ("ArrowRight", "tk-tab-b", 1),
        ("ArrowRight", "tk-tab-c", 2),
        ("ArrowRight", "tk-tab-a", 0),
        ("ArrowLeft", "tk-tab-c", 2),
        ("Home", "tk-tab-a", 0),
        ("End", "tk-tab-c", 2),
        ("ArrowDown", "tk-tab-c", 2),
    ];
    for (key, focused, index) in steps {
        press(&active_id(), key);
        settle().await;
        assert_eq!(active_id(), focused, "after {key}");
        let (selected, tabindex, shown) = tab_state("tk");
        for i in 0..3 {
            assert_eq!(
                selected[i] == "true",
                i == index,
                "aria-selected of tab {i} after {key}"
            );
            assert_eq!(
                tabindex[i] == "0",
                i == index,
                "tabindex of tab {i} after {key}"
            );
            assert_eq!(shown[i], i == index, "panel {i} after {key}");
        }
    }

    element("tk-tab-b").click();
    settle().await;
    assert_eq!(tab_state("tk").0, [t("false"), t("true"), t("false")]);

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_menu_button_opens_and_closes_the_service_links_and_escape_closes_them() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        let items = vec![
            ServiceNavItem::new("Mine sager", "/sager").current(),
            ServiceNavItem::new("Hjælp", "/hjaelp"),
        ];
        view! { <ServiceNavigation id="sv" items=items/> }
    });
    settle().await;
    let open = || {
        element("sv-list")
            .class_list()
            .contains("kk-service-navigation__list--open")
    };
    assert_eq!(attr("sv-toggle", "aria-expanded").as_deref(), Some("false"));
    assert!(!open());

    element("sv-toggle").click();
    settle().await;
    assert_eq!(attr("sv-toggle", "aria-expanded").as_deref(), Some("true"));
    assert!(open());

    element("sv-toggle").click();
    settle().await;
    assert_eq!(attr("sv-toggle", "aria-expanded").as_deref(), Some("false"));
    assert!(!open());

    element("sv-toggle").click();
    settle().await;
    let first_link: HtmlElement = element("sv-list")
        .query_selector("a")
        .expect("a valid selector")
        .expect("a link")
        .unchecked_into();
    first_link.set_id("sv-first");
    first_link.focus().expect("focusable");
    press("sv-first", "Escape");
    settle().await;
    assert_eq!(attr("sv-toggle", "aria-expanded").as_deref(), Some("false"));
    assert!(!open());
    assert_eq!(active_id(), "sv-toggle", "focus returns to the menu button");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn following_a_page_link_in_place_changes_page_and_keeps_focus_on_the_link() {
    let root = container();
    let current = RwSignal::new(2_u32);
    let handle = mount_to(root.clone(), move || {
        view! {
            <div id="pg">
                <Pagination
                    current=current
                    pages=9_u32
                    href=|n: u32| format!("/sager?side={n}")
                    on_navigate=move |n: u32| current.set(n)
                />
            </div>
        }
    });
    settle().await;
    let link = |n: u32| -> HtmlElement {
        element("pg")
            .query_selector(&format!("a[aria-label='Side {n}']"))
            .expect("a valid selector")
            .unwrap_or_else(|| panic!("no link to page {n}"))
            .unchecked_into()
    };
    let page_three = link(3);
    page_three.focus().expect("focusable");
    page_three.click();
    settle().await;
    assert_eq!(current.get_untracked(), 3);
    assert_eq!(
        page_three.get_attribute("aria-current").as_deref(),
        Some("page")
    );
    assert_eq!(link(2).get_attribute("aria-current"), None);
    let active = document().active_element().expect("an active element");
    assert!(
        active == *page_three.unchecked_ref::<web_sys::Element>(),
        "focus stays on the link"
    );

    let next: HtmlElement = element("pg")
        .query_selector("a[rel='next']")
        .expect("a valid selector")
        .expect("a next link")
        .unchecked_into();
    next.click();
    settle().await;
    assert_eq!(current.get_untracked(), 4);

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_success_banner_takes_focus_when_asked_and_an_important_one_does_not() {
    let root = container();
    let handle = mount_to(root.clone(), || {
        view! {
            <NotificationBanner id="nb-important">"Vigtig besked"</NotificationBanner>
            <NotificationBanner id="nb-success" kind=BannerKind::Success take_focus=true>
                "Sendt"
            </NotificationBanner>
        }
    });
    settle().await;
    assert_eq!(active_id(), "nb-success");
    assert_eq!(attr("nb-success", "role").as_deref(), Some("alert"));
    assert_eq!(attr("nb-important", "tabindex"), None);

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_spinner_region_says_loading_then_done_and_never_done_before_loading() {
    let root = container();
    let active = RwSignal::new(false);
    let handle = mount_to(root.clone(), move || {
        view! {
            <div id="sp">
                <Spinner active=active text="Henter sager" done_text="Sagerne er hentet"/>
            </div>
        }
    });
    settle().await;
    let region = || {
        element("sp")
            .query_selector("[role=status]")
            .expect("a valid selector")
            .expect("a status region")
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(region(), "");

    active.set(true);
    settle().await;
    assert_eq!(region(), "Henter sager");

    active.set(false);
    settle().await;
    assert_eq!(region(), "Sagerne er hentet");

    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_table_too_wide_for_its_place_becomes_a_focusable_region_named_by_its_caption() {
    use_css(include_str!("../../style/components/table.css"));
    let root = container();
    let width = RwSignal::new("40rem");
    let handle = mount_to(root.clone(), move || {
        let columns = vec![TableColumn::new("Navn"), TableColumn::new("Adresse")];
        let rows = vec![vec![
            TableCell::new("Parkeringstilladelse"),
            TableCell::new("Rådhuspladsen 1, 1550 København V"),
        ]];
        view! {
            <div style=move || format!("width: {}", width.get())>
                <Table id="tw" caption="Tilladelser" columns=columns rows=rows/>
            </div>
        }
    });
    settle().await;
    let wrapper = || element("tw").parent_element().expect("the wrapper");
    assert_eq!(
        wrapper().get_attribute("tabindex"),
        None,
        "a table that fits"
    );
    assert_eq!(wrapper().get_attribute("role"), None);

    width.set("6rem");
    settle().await;
    let resize = web_sys::Event::new("resize").expect("an event");
    web_sys::window()
        .expect("a window")
        .dispatch_event(&resize)
        .expect("dispatched");
    settle().await;
    assert_eq!(wrapper().get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(wrapper().get_attribute("role").as_deref(), Some("region"));
    assert_eq!(
        wrapper().get_attribute("aria-labelledby").as_deref(),
        Some("tw-caption")
    );

    drop(handle);
    root.remove();
}
