use super::*;
use crate::test_support::*;

#[test]
fn a_fieldset_has_a_legend_before_its_contents() {
    let html = render(|| {
        view! {
            <Fieldset legend="Adresse">
                <p id="inside">"x"</p>
            </Fieldset>
        }
    });
    let fieldset = &by_name(&html, "fieldset")[0];
    assert!(fieldset.has_class("kk-fieldset"));
    assert_eq!(fieldset.attr("aria-describedby"), None);
    assert_eq!(fieldset.attr("role"), None);
    let legend = &by_name(&html, "legend")[0];
    assert_eq!(legend.attr("class"), Some("kk-fieldset__legend"));
    assert!(legend.start < by_id(&html, "inside").start);
    assert_eq!(text(inner_html(&html, legend)), "Adresse");
}

#[test]
fn a_heading_legend_wraps_its_text_in_an_h1() {
    let html = render(|| {
        view! {
            <Fieldset legend="Hvor bor du?" legend_is_heading=true role="group" described_by="a-hint">
                <span></span>
            </Fieldset>
        }
    });
    let fieldset = &by_name(&html, "fieldset")[0];
    assert_eq!(fieldset.attr("role"), Some("group"));
    assert_eq!(fieldset.attr("aria-describedby"), Some("a-hint"));
    assert!(by_name(&html, "legend")[0].has_class("kk-fieldset__legend--l"));
    let h1 = &by_name(&html, "h1")[0];
    assert!(h1.has_class("kk-fieldset__heading"));
    assert_eq!(text(inner_html(&html, h1)), "Hvor bor du?");
}
