//! Which page links [`Pagination`](super::Pagination) shows, and its texts.

use crate::locale::Locale;

/// One entry of the numbered list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageItem {
    /// A link to the page with this number (from 1).
    Page(u32),
    /// Pages left out, shown as "⋯".
    Ellipsis,
}

/// The numbered entries for page `current` of `pages`: the first and last page, the
/// current page and its neighbours, with an ellipsis for each gap of two or more pages
/// (a gap of one page shows that page instead, which is as short).
///
/// `current` outside 1..=pages is taken as the nearest page; no pages give no entries.
pub fn page_items(current: u32, pages: u32) -> Vec<PageItem> {
    if pages == 0 {
        return Vec::new();
    }
    let current = current.clamp(1, pages);
    let mut shown = vec![1, current.saturating_sub(1), current, current + 1, pages];
    shown.retain(|p| (1..=pages).contains(p));
    shown.sort_unstable();
    shown.dedup();
    let mut out = Vec::new();
    let mut previous = 0;
    for page in shown {
        if previous > 0 && page == previous + 2 {
            out.push(PageItem::Page(previous + 1));
        } else if previous > 0 && page > previous + 2 {
            out.push(PageItem::Ellipsis);
        }
        out.push(PageItem::Page(page));
        previous = page;
    }
    out
}

/// The previous and next links either side of the numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageLink {
    /// To the page before the current one.
    Previous,
    /// To the page after the current one.
    Next,
}

impl PageLink {
    /// The CSS element name (`kk-pagination__{as_str}`) and the link's `rel`.
    pub fn as_str(self) -> &'static str {
        match self {
            PageLink::Previous => "prev",
            PageLink::Next => "next",
        }
    }

    /// The page it leads to from `current` of `pages`, if there is one.
    pub fn target(self, current: u32, pages: u32) -> Option<u32> {
        if pages == 0 {
            return None;
        }
        let current = current.clamp(1, pages);
        match self {
            PageLink::Previous => (current > 1).then(|| current - 1),
            PageLink::Next => (current < pages).then(|| current + 1),
        }
    }

    /// The visible word in `locale` ("Forrige", "Næste").
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (PageLink::Previous, Locale::Da) => "Forrige",
            (PageLink::Previous, Locale::En) => "Previous",
            (PageLink::Next, Locale::Da) => "Næste",
            (PageLink::Next, Locale::En) => "Next",
        }
    }
}

impl Locale {
    /// The visually hidden word after "Forrige"/"Næste", so the link reads "Forrige side".
    pub fn pagination_page_word(self) -> &'static str {
        match self {
            Locale::Da => "side",
            Locale::En => "page",
        }
    }

    /// The accessible name of the link to page `n`.
    pub fn pagination_page(self, n: u32) -> String {
        match self {
            Locale::Da => format!("Side {n}"),
            Locale::En => format!("Page {n}"),
        }
    }

    /// The accessible name of the pagination navigation.
    pub fn pagination_label(self) -> &'static str {
        match self {
            Locale::Da => "Sider",
            Locale::En => "Pages",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PageItem::{Ellipsis, Page};
    use super::*;

    #[test]
    fn the_numbers_keep_the_ends_and_the_neighbours_of_the_current_page() {
        let cases: [(u32, u32, Vec<PageItem>); 9] = [
            (1, 0, vec![]),
            (1, 1, vec![Page(1)]),
            (1, 3, vec![Page(1), Page(2), Page(3)]),
            (1, 10, vec![Page(1), Page(2), Ellipsis, Page(10)]),
            (
                5,
                10,
                vec![
                    Page(1),
                    Ellipsis,
                    Page(4),
                    Page(5),
                    Page(6),
                    Ellipsis,
                    Page(10),
                ],
            ),
            (
                3,
                10,
                vec![Page(1), Page(2), Page(3), Page(4), Ellipsis, Page(10)],
            ),
            (
                4,
                10,
                vec![
                    Page(1),
                    Page(2),
                    Page(3),
                    Page(4),
                    Page(5),
                    Ellipsis,
                    Page(10),
                ],
            ),
            (10, 10, vec![Page(1), Ellipsis, Page(9), Page(10)]),
            (99, 10, vec![Page(1), Ellipsis, Page(9), Page(10)]),
        ];
        for (current, pages, expected) in cases {
            assert_eq!(
                page_items(current, pages),
                expected,
                "page {current} of {pages}"
            );
        }
    }

    #[test]
    fn previous_and_next_lead_only_to_pages_that_exist() {
        let cases = [
            (PageLink::Previous, 1, 5, None),
            (PageLink::Previous, 3, 5, Some(2)),
            (PageLink::Next, 3, 5, Some(4)),
            (PageLink::Next, 5, 5, None),
            (PageLink::Next, 1, 1, None),
            (PageLink::Previous, 1, 0, None),
        ];
        for (link, current, pages, expected) in cases {
            assert_eq!(
                link.target(current, pages),
                expected,
                "{link:?} from {current} of {pages}"
            );
        }
    }

    #[test]
    fn the_texts_read_naturally_in_both_languages() {
        assert_eq!(Locale::Da.pagination_page(3), "Side 3");
        assert_eq!(Locale::En.pagination_page(3), "Page 3");
        assert_eq!(PageLink::Next.label(Locale::Da), "Næste");
        assert_eq!(PageLink::Previous.label(Locale::En), "Previous");
        assert_ne!(Locale::Da.pagination_label(), Locale::En.pagination_label());
    }
}
