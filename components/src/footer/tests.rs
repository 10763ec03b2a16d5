use super::*;
use crate::test_support::*;

#[test]
fn the_footer_holds_its_heading_then_its_contents() {
    let html = render(|| {
        view! {
            <Footer heading="Kontakt">
                <p id="c">"Ring 12 34 56 78"</p>
            </Footer>
        }
    });
    assert!(by_name(&html, "footer")[0].has_class("kk-footer"));
    let h2 = &by_name(&html, "h2")[0];
    assert!(h2.has_class("kk-footer__heading"));
    assert!(h2.start < by_id(&html, "c").start);
    assert_eq!(text(&html), "Kontakt Ring 12 34 56 78");
}

#[test]
fn a_footer_without_heading_has_no_empty_heading() {
    let html = render(|| view! { <Footer><p>"x"</p></Footer> });
    assert!(by_name(&html, "h2").is_empty());
}
