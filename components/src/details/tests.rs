use super::*;
use crate::test_support::*;

fn details_html(open: bool) -> String {
    render(move || {
        view! {
            <Details summary="Hjælp" open=open class="extra">
                <p id="body">"Mere hjælp"</p>
            </Details>
        }
    })
}

#[test]
fn the_summary_text_comes_before_the_help_inside_the_details() {
    let html = details_html(false);
    let root = &tags(&html)[0];
    assert_eq!(root.name, "details");
    assert_eq!(root.attr("class"), Some("kk-details extra"));
    let summary = &by_name(&html, "summary")[0];
    assert!(summary.has_class("kk-details__summary"));
    let summary_text = &by_class(&html, "kk-details__summary-text")[0];
    assert_eq!(summary_text.name, "span");
    assert!(summary.start < summary_text.start);
    assert_eq!(text(inner_html(&html, summary_text)), "Hjælp");
    let body = &by_class(&html, "kk-details__text")[0];
    assert!(summary_text.start < body.start && body.start < by_id(&html, "body").start);
    assert_eq!(text(inner_html(&html, body)), "Mere hjælp");
}

#[test]
fn the_details_are_open_only_when_asked() {
    for open in [false, true] {
        let html = details_html(open);
        assert_eq!(tags(&html)[0].attr("open").is_some(), open, "{html}");
    }
}
