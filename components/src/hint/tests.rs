use super::*;
use crate::test_support::*;

#[test]
fn a_hint_carries_its_id_class_and_text() {
    let html = render(|| view! { <Hint id="f-hint" text="Skriv dit navn" class="extra"/> });
    let hint = by_id(&html, "f-hint");
    assert_eq!(hint.name, "div");
    assert_eq!(hint.attr("class"), Some("kk-hint extra"));
    assert_eq!(text_of(&html, "f-hint"), "Skriv dit navn");
}

#[test]
fn a_hint_follows_its_text_signal() {
    let html = render(|| {
        let text = RwSignal::new("før".to_string());
        text.set("efter".to_string());
        view! { <Hint id="h" text=text/> }
    });
    assert_eq!(text_of(&html, "h"), "efter");
}
