use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn rows() -> Vec<SummaryRow> {
    vec![
        SummaryRow::new("Navn", vec!["Karen Hansen".into()])
            .with_action(SummaryAction::change("/navn", "navn")),
        SummaryRow::new("Adresse", vec!["Vej 1".into(), "8000 Aarhus C".into()]),
        SummaryRow::new("Telefon", vec![]),
    ]
}

#[test]
fn each_row_has_a_key_and_a_value() {
    let html = render(|| view! { <SummaryList rows=rows()/> });
    assert_eq!(
        by_name(&html, "dl")[0].attr("class"),
        Some("kk-summary-list")
    );
    let keys: Vec<_> = by_name(&html, "dt")
        .iter()
        .map(|dt| {
            assert!(dt.has_class("kk-summary-list__key"));
            text(inner_html(&html, dt))
        })
        .collect();
    assert_eq!(keys, ["Navn", "Adresse", "Telefon"]);
    assert_eq!(by_class(&html, "kk-summary-list__value").len(), 3);
}

#[test]
fn each_answer_line_is_its_own_paragraph_and_an_empty_answer_has_none() {
    let html = render(|| view! { <SummaryList rows=rows()/> });
    let values = by_class(&html, "kk-summary-list__value");
    let lines: Vec<Vec<String>> = values
        .iter()
        .map(|dd| {
            let inner = inner_html(&html, dd);
            by_name(inner, "p")
                .iter()
                .map(|p| text(inner_html(inner, p)))
                .collect()
        })
        .collect();
    assert_eq!(
        lines,
        [vec!["Karen Hansen"], vec!["Vej 1", "8000 Aarhus C"], vec![]]
    );
}

#[test]
fn a_change_link_names_what_it_changes_with_hidden_words() {
    for (locale, expected) in [(Locale::Da, "Skift navn"), (Locale::En, "Change navn")] {
        let html = render_in(locale, || view! { <SummaryList rows=rows()/> });
        let links = by_name(&html, "a");
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].attr("href"), Some("/navn"));
        assert!(links[0].has_class("kk-link"));
        assert_eq!(text(inner_html(&html, &links[0])), expected);
        let hidden = &by_class(&html, "kk-visually-hidden")[0];
        assert_eq!(inner_html(&html, hidden), " navn");
        assert!(by_class(&html, "kk-summary-list__actions")[0].name == "dd");
    }
}

#[test]
fn an_action_with_own_text_keeps_it() {
    let rows = vec![
        SummaryRow::new("Fil", vec!["a.pdf".into()]).with_action(SummaryAction {
            href: "/fil".into(),
            text: "Fjern".into(),
            visually_hidden: "a.pdf".into(),
        }),
    ];
    let html = render(move || view! { <SummaryList rows=rows.clone()/> });
    assert_eq!(
        text(inner_html(&html, &by_name(&html, "a")[0])),
        "Fjern a.pdf"
    );
}

#[test]
fn rows_without_a_link_are_marked_only_when_other_rows_have_one() {
    let html = render(|| view! { <SummaryList rows=rows()/> });
    let marked: Vec<_> = by_class(&html, "kk-summary-list__row")
        .iter()
        .map(|r| r.has_class("kk-summary-list__row--no-actions"))
        .collect();
    assert_eq!(marked, [false, true, true]);
    let html =
        render(|| view! { <SummaryList rows=vec![SummaryRow::new("A", vec!["b".into()])]/> });
    assert!(by_class(&html, "kk-summary-list__row--no-actions").is_empty());
}
