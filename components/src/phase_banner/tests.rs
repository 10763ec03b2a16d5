use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn banner_html(locale: Locale, phase: Phase) -> String {
    render_in(locale, move || {
        view! { <PhaseBanner phase=phase class="extra">"Ny tjeneste."</PhaseBanner> }
    })
}

#[test]
fn the_tag_comes_before_the_text_inside_one_paragraph() {
    let html = banner_html(Locale::Da, Phase::Beta);
    let root = &tags(&html)[0];
    assert_eq!(
        root.attr("class"),
        Some("kk-phase-banner kk-phase-banner--beta extra")
    );
    let paragraph = &by_name(&html, "p")[0];
    assert!(paragraph.has_class("kk-phase-banner__content"));
    let tag = &by_class(&html, "kk-phase-banner__tag")[0];
    assert!(tag.has_class("kk-tag"));
    let body = &by_class(&html, "kk-phase-banner__text")[0];
    assert!(paragraph.start < tag.start && tag.start < body.start);
    assert_eq!(text(inner_html(&html, body)), "Ny tjeneste.");
}

#[test]
fn the_tag_names_the_phase_in_the_current_language() {
    let cases = [
        (Locale::Da, Phase::Alpha, "Alfa"),
        (Locale::En, Phase::Alpha, "Alpha"),
        (Locale::Da, Phase::Beta, "Beta"),
        (Locale::En, Phase::Beta, "Beta"),
    ];
    for (locale, phase, word) in cases {
        let html = banner_html(locale, phase);
        let tag = &by_class(&html, "kk-phase-banner__tag")[0];
        assert_eq!(text(inner_html(&html, tag)), word, "{locale:?} {phase:?}");
        assert!(tags(&html)[0].has_class(&format!("kk-phase-banner--{}", phase.as_str())));
    }
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
