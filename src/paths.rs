//! The portal's addresses. Danish words, since Danish is the portal's first language.

/// The step of the check-your-answers page in an address.
pub const CHECK_ANSWERS_STEP: &str = "tjek-svar";
/// The step of the receipt page in an address.
pub const RECEIPT_STEP: &str = "kvittering";
/// The query that marks a visit from a change link on check answers.
pub const CHANGE_QUERY: &str = "skift";

/// The query that names the item (from 1) of a repeat page to add or change.
pub const ITEM_QUERY: &str = "item";

/// The start page of a service.
pub fn start(service: &str) -> String {
    format!("/tjenester/{service}")
}

/// A step of a service: a page id, or [`CHECK_ANSWERS_STEP`] or [`RECEIPT_STEP`].
pub fn step(service: &str, step: &str) -> String {
    format!("/tjenester/{service}/{step}")
}

/// A question page opened from a change link on check answers.
pub fn change(service: &str, page: &str) -> String {
    format!("/tjenester/{service}/{page}?{CHANGE_QUERY}=1")
}

/// The form of one item (from 1) of a repeat page, to add or change; from check
/// answers when `changing`.
pub fn item(service: &str, page: &str, item: usize, changing: bool) -> String {
    let change = if changing {
        format!("&{CHANGE_QUERY}=1")
    } else {
        String::new()
    };
    format!("/tjenester/{service}/{page}?{ITEM_QUERY}={item}{change}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_built_from_the_service_and_step() {
        assert_eq!(start("road"), "/tjenester/road");
        assert_eq!(step("road", "kind"), "/tjenester/road/kind");
        assert_eq!(
            step("road", CHECK_ANSWERS_STEP),
            "/tjenester/road/tjek-svar"
        );
        assert_eq!(change("road", "kind"), "/tjenester/road/kind?skift=1");
        assert_eq!(
            item("bulky", "items", 2, false),
            "/tjenester/bulky/items?item=2"
        );
        assert_eq!(
            item("bulky", "items", 1, true),
            "/tjenester/bulky/items?item=1&skift=1"
        );
    }
}
