//! The portal's addresses. Danish words, since Danish is the portal's first language.

/// The step of the check-your-answers page in an address.
pub const CHECK_ANSWERS_STEP: &str = "tjek-svar";
/// The step of the receipt page in an address.
pub const RECEIPT_STEP: &str = "kvittering";
/// The query that marks a visit from a change link on check answers.
pub const CHANGE_QUERY: &str = "skift";

/// The query that names the item (from 1) of a repeat page to add or change.
pub const ITEM_QUERY: &str = "item";

/// The step of the task list page of a long form in an address.
pub const TASK_LIST_STEP: &str = "oversigt";
/// The query of check answers that names a section: its own check-answers page.
pub const SECTION_QUERY: &str = "afsnit";
/// The value of [`CHANGE_QUERY`] from the check-answers page of the whole form; from a
/// section's check-answers page, the value is the section's id.
pub const CHANGE_FROM_ALL: &str = "1";

/// The step of the page that shows the resume code after "save and continue later".
pub const SAVED_STEP: &str = "gemt";
/// The step of the page where the citizen enters a resume code.
pub const RESUME_STEP: &str = "genoptag";

/// The resume link of a saved draft. The code is in the fragment, which the browser
/// never sends to a server, so it stays out of server logs and `Referer` headers.
pub fn resume_link(service: &str, code: &str) -> String {
    format!("/tjenester/{service}/{RESUME_STEP}#{code}")
}

/// The check-answers page of a section of a long form.
pub fn section_check(service: &str, section: &str) -> String {
    format!("/tjenester/{service}/{CHECK_ANSWERS_STEP}?{SECTION_QUERY}={section}")
}

/// A question page opened from a change link on a section's check-answers page.
pub fn change_in_section(service: &str, page: &str, section: &str) -> String {
    format!("/tjenester/{service}/{page}?{CHANGE_QUERY}={section}")
}

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
            section_check("daycare", "income"),
            "/tjenester/daycare/tjek-svar?afsnit=income"
        );
        assert_eq!(
            change_in_section("daycare", "living-with", "household"),
            "/tjenester/daycare/living-with?skift=household"
        );
        assert_eq!(
            step("daycare", TASK_LIST_STEP),
            "/tjenester/daycare/oversigt"
        );
        assert_eq!(
            item("bulky", "items", 2, false),
            "/tjenester/bulky/items?item=2"
        );
        assert_eq!(
            item("bulky", "items", 1, true),
            "/tjenester/bulky/items?item=1&skift=1"
        );
        assert_eq!(
            resume_link("road", "K7QM-3WXD-9HTP"),
            "/tjenester/road/genoptag#K7QM-3WXD-9HTP"
        );
    }
}
