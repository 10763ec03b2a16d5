use super::*;
use crate::test_support::*;

#[test]
fn a_confirmation_panel_has_the_page_heading_then_its_body() {
    let html = render(|| {
        view! {
            <Panel title="Ansøgningen er sendt">
                <strong id="ref">"HDJ2123F"</strong>
            </Panel>
        }
    });
    let root = &tags(&html)[0];
    assert_eq!(root.attr("class"), Some("kk-panel kk-panel--confirmation"));
    let h1 = &by_name(&html, "h1")[0];
    assert!(h1.has_class("kk-panel__title"));
    assert_eq!(text(inner_html(&html, h1)), "Ansøgningen er sendt");
    let body = &by_class(&html, "kk-panel__body")[0];
    assert!(body.start < by_id(&html, "ref").start);
}
