//! Answers the server refused when they were sent: a `422` problem whose `errors` name
//! the field and page of each. Check answers lists each with a link to its page (the
//! change link, plus the field's input); that page shows the error at the field and in
//! its error summary, as it shows an error found in the browser, until the citizen
//! changes the answer and continues. Pure logic, tested natively; the pages in
//! [`super`] only show what it says.

use crate::i18n::Msg;
use crate::paths;
use kommunekit_forms::{
    Answer, Answers, FieldType, Lang, Problem, ProblemFieldError, ServiceDefinition,
};

/// The code of a refused file that is no longer on the server (deleted, or expired
/// before the submission): the citizen must attach it again.
pub(super) const ATTACHMENT_UNKNOWN: &str = "attachment_unknown";

/// One answer the server refused.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Refusal {
    /// The page of the field, as the definition has it; `None` when the server named
    /// a field the definition does not have.
    pub page: Option<String>,
    /// The id of the field.
    pub field: String,
    /// The server's error code, e.g. `attachment_unknown`.
    pub code: String,
    /// The server's message, in the language the answers were sent in.
    pub message: String,
    /// The language the answers were sent in, so the server's message is in it.
    pub given_in: Lang,
    /// Where the refused answer is kept in the answers: the field's id, or the page's
    /// for a field of a repeat page.
    key: String,
    /// The answer as it was when refused.
    answer: Option<Answer>,
}

impl Refusal {
    /// The refusals of a problem, with the answers that were sent and their language.
    /// A problem without field errors gives none.
    pub fn of_problem(
        problem: &Problem,
        def: &ServiceDefinition,
        answers: &Answers,
        given_in: Lang,
    ) -> Vec<Refusal> {
        problem
            .errors
            .iter()
            .map(|e| Refusal::of_error(e, def, answers, given_in))
            .collect()
    }

    fn of_error(
        e: &ProblemFieldError,
        def: &ServiceDefinition,
        answers: &Answers,
        given_in: Lang,
    ) -> Refusal {
        // The definition says where the field is; the server's page is a fallback.
        let page = def
            .field(&e.field)
            .map(|(p, _)| p)
            .or_else(|| def.page(&e.page));
        let key = match page {
            Some(p) if p.repeat.is_some() => p.id.clone(),
            _ => e.field.clone(),
        };
        Refusal {
            page: page.map(|p| p.id.clone()),
            field: e.field.clone(),
            code: e.code.clone(),
            message: e.message.clone(),
            given_in,
            answer: answers.get(&key).cloned(),
            key,
        }
    }

    /// The message for the citizen in `lang`: the server's, which is in the language
    /// the answers were sent in; in another language, the portal's own text for a code
    /// it knows, else still the server's.
    pub fn message(&self, lang: Lang) -> String {
        if lang == self.given_in {
            return self.message.clone();
        }
        match self.code.as_str() {
            ATTACHMENT_UNKNOWN => Msg::AttachmentGone.text(lang).to_string(),
            _ => self.message.clone(),
        }
    }

    /// The id of the input the error links to: the first input of a date or an
    /// address, the list of a repeat page (for a field of its items, or the page
    /// itself), else the field's own input.
    pub fn target_id(&self, def: &ServiceDefinition) -> String {
        if let Some(page) = self.page.as_deref().and_then(|p| def.page(p)) {
            if page.repeat.is_some() {
                return format!("{}-list", page.id);
            }
        }
        let Some((_, field)) = def.field(&self.field) else {
            return self.field.clone();
        };
        match field.kind {
            FieldType::Date => format!("{}-day", field.id),
            FieldType::Address => format!("{}-street", field.id),
            _ => field.id.clone(),
        }
    }

    /// The link from check answers: the change link of the field's page (which brings
    /// the citizen back to check answers, through the page's section in a long form)
    /// and the field's input; the submit button when the page is unknown.
    pub fn href(&self, def: &ServiceDefinition) -> String {
        match &self.page {
            Some(page) => format!("{}#{}", paths::change(&def.id, page), self.target_id(def)),
            None => "#submit".to_string(),
        }
    }

    /// Whether the citizen has changed the refused answer since.
    pub fn is_changed(&self, answers: &Answers) -> bool {
        answers.get(&self.key) != self.answer.as_ref()
    }

    /// Whether the refusal is about a field of page `page_id`.
    pub fn is_on(&self, page_id: &str) -> bool {
        self.page.as_deref() == Some(page_id)
    }
}

/// The message of the refusal of field `field`, if the server refused it.
pub(super) fn message_of(refusals: &[Refusal], field: &str, lang: Lang) -> Option<String> {
    refusals
        .iter()
        .find(|r| r.field == field)
        .map(|r| r.message(lang))
}

/// Whether the server refused an answer of page `page_id`.
pub(super) fn any_on(refusals: &[Refusal], page_id: &str) -> bool {
    refusals.iter().any(|r| r.is_on(page_id))
}

/// What Continue on page `page_id` does with the refusals: the ones of the page whose
/// answer the citizen changed are done; the ones whose answer is as refused still
/// stand and keep the citizen on the page (`true`), as an error found in the browser
/// does. Refusals of other pages stay.
pub(super) fn after_continue(
    refusals: &[Refusal],
    page_id: &str,
    answers: &Answers,
) -> (Vec<Refusal>, bool) {
    let kept: Vec<Refusal> = refusals
        .iter()
        .filter(|r| !r.is_on(page_id) || !r.is_changed(answers))
        .cloned()
        .collect();
    let blocked = kept.iter().any(|r| r.is_on(page_id));
    (kept, blocked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kommunekit_forms::AttachmentRef;

    fn road_area() -> ServiceDefinition {
        serde_json::from_str(include_str!(
            "../../catalog/services/use-public-road-area.json"
        ))
        .expect("the road-area service")
    }

    fn bulky() -> ServiceDefinition {
        serde_json::from_str(include_str!(
            "../../catalog/services/bulky-waste-collection.json"
        ))
        .expect("the bulky-waste service")
    }

    fn repeat_page(def: &ServiceDefinition) -> &kommunekit_forms::Page {
        def.pages
            .iter()
            .find(|p| p.repeat.is_some())
            .expect("a repeat page")
    }

    fn plan(id: &str) -> Answer {
        Answer::Files(vec![AttachmentRef {
            id: id.into(),
            name: "plan.pdf".into(),
            size: 2048,
            content_type: "application/pdf".into(),
        }])
    }

    fn problem(errors: &[(&str, &str, &str)]) -> Problem {
        Problem {
            kind: "/problems/unknown-attachment".into(),
            title: "Unknown attachment".into(),
            status: 422,
            detail: String::new(),
            errors: errors
                .iter()
                .map(|(field, page, code)| ProblemFieldError {
                    field: field.to_string(),
                    page: page.to_string(),
                    code: code.to_string(),
                    message: "Filen 'plan.pdf' findes ikke længere på serveren. Vedhæft den igen"
                        .into(),
                })
                .collect(),
        }
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn each_refused_field_links_to_its_page_from_check_answers_and_to_its_input() {
        let def = road_area();
        let cases = [
            (
                "site-plan",
                "/tjenester/use-public-road-area/site-plan?skift=1#site-plan",
            ),
            (
                "period-from",
                "/tjenester/use-public-road-area/period?skift=1#period-from-day",
            ),
            (
                "location",
                "/tjenester/use-public-road-area/location?skift=1#location-street",
            ),
            (
                "purpose",
                "/tjenester/use-public-road-area/purpose?skift=1#purpose",
            ),
        ];
        for (field, href) in cases {
            // The server's page is not needed: the definition knows it.
            let refused = Refusal::of_problem(
                &problem(&[(field, "", "required")]),
                &def,
                &Answers::new(),
                Lang::Da,
            );
            assert_eq!(refused.len(), 1, "{field}");
            assert_eq!(refused[0].href(&def), href, "{field}");
        }
    }

    #[test]
    fn a_repeat_page_and_its_fields_link_to_its_list_and_an_unknown_field_to_the_submit_button() {
        let def = bulky();
        let page = repeat_page(&def);
        let field = &page.fields[0].id;
        let refused = Refusal::of_problem(
            &problem(&[
                (field, &page.id, "required"),
                // A repeat page's own error (too few items, an item not valid) names
                // the page as its field.
                (&page.id, &page.id, "item_not_valid"),
                ("no-such-field", "", "required"),
            ]),
            &def,
            &Answers::new(),
            Lang::Da,
        );
        let list = format!("/tjenester/{}/{}?skift=1#{}-list", def.id, page.id, page.id);
        assert_eq!(refused[0].href(&def), list);
        assert_eq!(refused[1].href(&def), list);
        assert_eq!(refused[2].page, None);
        assert_eq!(refused[2].href(&def), "#submit");
    }

    #[test]
    fn the_message_is_the_servers_in_its_language_and_the_portals_own_in_the_other() {
        let def = road_area();
        let refused = Refusal::of_problem(
            &problem(&[
                ("site-plan", "site-plan", ATTACHMENT_UNKNOWN),
                ("purpose", "purpose", "some_rule_of_the_backend"),
            ]),
            &def,
            &Answers::new(),
            Lang::Da,
        );
        let server = "Filen 'plan.pdf' findes ikke længere på serveren. Vedhæft den igen";
        assert_eq!(refused[0].message(Lang::Da), server);
        assert_eq!(
            refused[0].message(Lang::En),
            Msg::AttachmentGone.text(Lang::En)
        );
        // A code the portal does not know: the server's words are all there is.
        assert_eq!(refused[1].message(Lang::En), server);
    }

    #[test]
    fn continue_keeps_the_citizen_on_the_page_until_the_refused_answer_is_changed() {
        let def = road_area();
        let sent = answers(&[
            ("site-plan", plan("att_gone")),
            ("purpose", Answer::Text("skip".into())),
        ]);
        let refused = Refusal::of_problem(
            &problem(&[
                ("site-plan", "site-plan", ATTACHMENT_UNKNOWN),
                ("purpose", "purpose", "some_rule_of_the_backend"),
            ]),
            &def,
            &sent,
            Lang::Da,
        );
        // Unchanged: it stands, and the page is not left.
        let (kept, blocked) = after_continue(&refused, "site-plan", &sent);
        assert!(blocked);
        assert_eq!(kept, refused);
        // Removed and attached again: done; the other page's refusal stays.
        let mut fixed = sent.clone();
        fixed.insert("site-plan".into(), plan("att_new"));
        let (kept, blocked) = after_continue(&refused, "site-plan", &fixed);
        assert!(!blocked);
        assert_eq!(kept, vec![refused[1].clone()]);
        // Continue on another page leaves a refusal alone.
        let (kept, blocked) = after_continue(&refused, "period", &fixed);
        assert!(!blocked);
        assert_eq!(kept, refused);
    }

    #[test]
    fn a_field_of_a_repeat_page_counts_as_changed_when_any_item_changes() {
        let def = bulky();
        let page = repeat_page(&def);
        let field = page.fields[0].id.clone();
        let item = |v: &str| answers(&[(field.as_str(), Answer::Text(v.into()))]);
        let sent = answers(&[(page.id.as_str(), Answer::Items(vec![item("sofa")]))]);
        let refused = Refusal::of_problem(
            &problem(&[(&field, &page.id, "required")]),
            &def,
            &sent,
            Lang::Da,
        );
        assert!(!refused[0].is_changed(&sent));
        let changed = answers(&[(page.id.as_str(), Answer::Items(vec![item("sofa og stol")]))]);
        assert!(refused[0].is_changed(&changed));
    }
}
