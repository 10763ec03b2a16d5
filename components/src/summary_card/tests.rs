use super::*;
use crate::locale::Locale;
use crate::summary_list::SummaryAction;
use crate::test_support::*;

fn rows() -> Vec<SummaryRow> {
    vec![SummaryRow::new("Navn", vec!["Freja Hansen".into()])
        .with_action(SummaryAction::change("/barn-1/navn", "navn"))]
}

fn actions() -> Vec<CardAction> {
    vec![
        CardAction::new("/barn-1/fjern", "Fjern"),
        CardAction::new("/barn-1/skift", "Skift"),
    ]
}

#[test]
fn the_title_is_a_heading_of_the_level_asked_for() {
    let cases = [
        (None, "h2"),
        (Some(HeadingLevel::H2), "h2"),
        (Some(HeadingLevel::H3), "h3"),
        (Some(HeadingLevel::H4), "h4"),
    ];
    for (level, expected) in cases {
        let html = render(move || match level {
            None => view! { <SummaryCard title="Barn 1" rows=rows()/> }.into_any(),
            Some(level) => {
                view! { <SummaryCard title="Barn 1" heading_level=level rows=rows()/> }.into_any()
            }
        });
        let headings = by_class(&html, "kk-summary-card__title");
        assert_eq!(headings.len(), 1, "{level:?}");
        assert_eq!(headings[0].name, expected, "{level:?}");
        assert_eq!(text(inner_html(&html, &headings[0])), "Barn 1");
    }
}

#[test]
fn each_card_action_is_named_after_the_card_with_hidden_words() {
    let html = render(|| view! { <SummaryCard title="Barn 1" rows=rows() actions=actions()/> });
    let list = &by_class(&html, "kk-summary-card__actions")[0];
    assert_eq!(list.name, "ul");
    let items = by_class(&html, "kk-summary-card__action");
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|li| li.name == "li"));
    let inner = inner_html(&html, list);
    let links = by_name(inner, "a");
    let found: Vec<_> = links
        .iter()
        .map(|a| {
            assert!(a.has_class("kk-link"));
            let hidden = &by_class(inner_html(inner, a), "kk-visually-hidden")[0];
            assert_eq!(inner_html(inner_html(inner, a), hidden), " Barn 1");
            (
                a.attr("href").map(str::to_string),
                text(inner_html(inner, a)),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                Some("/barn-1/fjern".to_string()),
                "Fjern Barn 1".to_string()
            ),
            (
                Some("/barn-1/skift".to_string()),
                "Skift Barn 1".to_string()
            ),
        ]
    );
}

#[test]
fn a_card_without_actions_has_no_action_list() {
    let html = render(|| view! { <SummaryCard title="Barn 1" rows=rows()/> });
    assert!(by_class(&html, "kk-summary-card__actions").is_empty());
    assert!(by_class(&html, "kk-summary-card__action").is_empty());
}

#[test]
fn the_card_holds_a_summary_list_with_its_rows_and_change_links() {
    for (locale, expected) in [(Locale::Da, "Skift navn"), (Locale::En, "Change navn")] {
        let html = render_in(locale, || {
            view! { <SummaryCard title="Barn 1" rows=rows() class="extra"/> }
        });
        let root = &by_class(&html, "kk-summary-card")[0];
        assert_eq!(root.attr("class"), Some("kk-summary-card extra"));
        assert_eq!(by_class(&html, "kk-summary-card__title-wrapper").len(), 1);
        let content = &by_class(&html, "kk-summary-card__content")[0];
        let list = &by_name(inner_html(&html, content), "dl")[0];
        assert_eq!(
            list.attr("class"),
            Some("kk-summary-list kk-summary-card__list")
        );
        let link = &by_name(&html, "a")[0];
        assert_eq!(text(inner_html(&html, link)), expected);
    }
}
