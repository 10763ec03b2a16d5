use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn tabs_html(selected: usize) -> String {
    render(move || {
        let items = vec![
            TabItem::new("a", "Første", || view! { <p>"En"</p> }),
            TabItem::new("b", "Anden", || view! { <p>"To"</p> }),
            TabItem::new("c", "Tredje", || view! { <p>"Tre"</p> }),
        ];
        view! { <Tabs id="t" title="Indhold" items=items selected=selected class="extra"/> }
    })
}

#[test]
fn the_tab_list_is_named_by_the_title_and_holds_one_tab_per_item() {
    let html = tabs_html(0);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("class"), Some("kk-tabs extra"));
    let list = &by_class(&html, "kk-tabs__list")[0];
    assert_eq!(list.attr("role"), Some("tablist"));
    assert_eq!(list.attr("aria-labelledby"), Some("t-title"));
    assert_eq!(text_of(&html, "t-title"), "Indhold");
    let tabs = by_name(&html, "button");
    let ids: Vec<_> = tabs
        .iter()
        .map(|t| t.attr("id").unwrap_or_default())
        .collect();
    assert_eq!(ids, ["t-tab-a", "t-tab-b", "t-tab-c"]);
    for tab in &tabs {
        assert_eq!(tab.attr("role"), Some("tab"));
        assert_eq!(tab.attr("type"), Some("button"));
    }
}

#[test]
fn each_tab_controls_its_panel_and_each_panel_is_named_by_its_tab() {
    let html = tabs_html(0);
    for key in ["a", "b", "c"] {
        let tab = by_id(&html, &format!("t-tab-{key}"));
        let panel_id = format!("t-panel-{key}");
        assert_eq!(tab.attr("aria-controls"), Some(panel_id.as_str()));
        let panel = by_id(&html, &panel_id);
        assert_eq!(panel.attr("role"), Some("tabpanel"));
        assert_eq!(panel.attr("aria-labelledby"), tab.attr("id"));
        assert_eq!(panel.attr("tabindex"), Some("0"));
        assert!(panel.has_class("kk-tabs__panel"));
    }
}

#[test]
fn only_the_selected_tab_is_selected_in_the_tab_order_and_shows_its_panel() {
    for selected in 0..3 {
        let html = tabs_html(selected);
        for (index, key) in ["a", "b", "c"].iter().enumerate() {
            let tab = by_id(&html, &format!("t-tab-{key}"));
            let panel = by_id(&html, &format!("t-panel-{key}"));
            let on = index == selected;
            assert_eq!(
                tab.attr("aria-selected"),
                Some(if on { "true" } else { "false" })
            );
            assert_eq!(tab.attr("tabindex"), Some(if on { "0" } else { "-1" }));
            assert_eq!(tab.has_class("kk-tabs__tab--selected"), on);
            assert_eq!(
                panel.attr("hidden").is_none(),
                on,
                "panel {key} at {selected}"
            );
        }
    }
}

#[test]
fn a_selection_past_the_end_selects_the_last_tab() {
    let html = tabs_html(7);
    assert_eq!(by_id(&html, "t-tab-c").attr("aria-selected"), Some("true"));
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
