use super::*;
use crate::test_support::*;

#[test]
fn the_inset_text_wraps_its_children_in_one_div() {
    let html = render(|| {
        view! {
            <InsetText class="extra">
                <p id="body">"Det tager 4 uger."</p>
            </InsetText>
        }
    });
    let root = &tags(&html)[0];
    assert_eq!(root.name, "div");
    assert_eq!(root.attr("class"), Some("kk-inset-text extra"));
    assert_eq!(text(inner_html(&html, root)), "Det tager 4 uger.");
    assert!(has_id(&html, "body"));
}
