use super::*;
use crate::test_support::*;

#[test]
fn a_label_names_its_field_through_for() {
    let html = render(|| view! { <Label for_id="name" text="Navn"/> });
    let labels = by_name(&html, "label");
    assert_eq!(labels.len(), 1);
    assert_eq!(labels[0].attr("for"), Some("name"));
    assert_eq!(labels[0].attr("class"), Some("kk-label"));
    assert!(by_name(&html, "h1").is_empty());
    assert_eq!(text(&html), "Navn");
}

#[test]
fn a_heading_label_is_wrapped_in_an_h1_and_set_large() {
    let html = render(|| view! { <Label for_id="name" text="Hvad hedder du?" is_heading=true/> });
    let h1 = by_name(&html, "h1");
    assert_eq!(h1.len(), 1);
    assert!(h1[0].has_class("kk-label-wrapper"));
    let label = &by_name(&html, "label")[0];
    assert!(label.has_class("kk-label--l"));
    assert!(label.start > h1[0].start);
}
