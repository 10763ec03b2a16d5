use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn pagination_html(locale: Locale, current: u32, pages: u32) -> String {
    render_in(locale, move || {
        view! {
            <Pagination
                current=current
                pages=pages
                href=|n: u32| format!("/sager?side={n}")
                class="extra"
            />
        }
    })
}

#[test]
fn the_navigation_is_named_and_holds_a_list_of_page_links() {
    for (locale, name) in [(Locale::Da, "Sider"), (Locale::En, "Pages")] {
        let html = pagination_html(locale, 5, 12);
        let nav = &tags(&html)[0];
        assert_eq!(nav.name, "nav");
        assert_eq!(nav.attr("class"), Some("kk-pagination extra"));
        assert_eq!(nav.attr("aria-label"), Some(name));
        assert!(by_name(&html, "ul")[0].has_class("kk-pagination__list"));
    }
}

#[test]
fn only_the_current_page_link_has_aria_current_and_every_number_is_named() {
    let html = pagination_html(Locale::Da, 5, 12);
    let numbers: Vec<_> = by_class(&html, "kk-pagination__item")
        .iter()
        .map(|li| text(inner_html(&html, li)))
        .collect();
    assert_eq!(numbers, ["1", "⋯", "4", "5", "6", "⋯", "12"]);
    let links: Vec<_> = by_name(&html, "a")
        .into_iter()
        .filter(|a| a.attr("aria-label").is_some())
        .collect();
    let named: Vec<_> = links
        .iter()
        .map(|a| a.attr("aria-label").unwrap_or_default())
        .collect();
    assert_eq!(named, ["Side 1", "Side 4", "Side 5", "Side 6", "Side 12"]);
    let current: Vec<_> = links.iter().map(|a| a.attr("aria-current")).collect();
    assert_eq!(current, [None, None, Some("page"), None, None]);
    assert_eq!(links[2].attr("href"), Some("/sager?side=5"));
    assert_eq!(
        by_class(&html, "kk-pagination__item--current").len(),
        1,
        "one current item"
    );
    assert_eq!(by_class(&html, "kk-pagination__item--ellipsis").len(), 2);
}

#[test]
fn previous_and_next_have_text_a_hidden_page_word_and_hidden_arrows() {
    let cases = [
        (Locale::Da, "Forrige side", "Næste side"),
        (Locale::En, "Previous page", "Next page"),
    ];
    for (locale, previous, next) in cases {
        let html = pagination_html(locale, 5, 12);
        let prev_link = &by_name(&html, "a")[0];
        assert_eq!(prev_link.attr("rel"), Some("prev"));
        assert_eq!(prev_link.attr("href"), Some("/sager?side=4"));
        assert_eq!(text(inner_html(&html, prev_link)), previous);
        let next_link = by_name(&html, "a").pop().expect("a next link");
        assert_eq!(next_link.attr("rel"), Some("next"));
        assert_eq!(next_link.attr("href"), Some("/sager?side=6"));
        assert_eq!(text(inner_html(&html, &next_link)), next);
        for svg in by_name(&html, "svg") {
            assert_eq!(svg.attr("aria-hidden"), Some("true"));
        }
        assert_eq!(by_class(&html, "kk-pagination__prev").len(), 1);
        assert_eq!(by_class(&html, "kk-pagination__next").len(), 1);
    }
}

#[test]
fn there_is_no_previous_link_on_the_first_page_and_no_next_link_on_the_last() {
    let cases = [
        (1, 3, false, true),
        (2, 3, true, true),
        (3, 3, true, false),
        (1, 1, false, false),
    ];
    for (current, pages, has_prev, has_next) in cases {
        let html = pagination_html(Locale::Da, current, pages);
        let rels: Vec<_> = by_name(&html, "a")
            .iter()
            .filter_map(|a| a.attr("rel").map(str::to_string))
            .collect();
        assert_eq!(
            rels.contains(&"prev".to_string()),
            has_prev,
            "{current} of {pages}"
        );
        assert_eq!(
            rels.contains(&"next".to_string()),
            has_next,
            "{current} of {pages}"
        );
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
