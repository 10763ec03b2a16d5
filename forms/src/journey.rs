//! The journey: where a citizen goes next, what is wrong on a page, what to summarise
//! and what to submit, all from the definition and the answers.

use crate::date::Date;
use crate::definition::{Answer, Answers, FieldType, Page, ServiceDefinition, CHECK_ANSWERS};
use crate::text::Lang;
use crate::validate::{parse_date, validate_field, FieldError};

/// Where the citizen goes after a page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step<'a> {
    /// Another question page.
    Page(&'a Page),
    /// The check-your-answers page.
    CheckAnswers,
}

/// One row of the check-your-answers page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryItem {
    /// The page the question is on, for the change link.
    pub page: String,
    /// The field id.
    pub field: String,
    /// The question, in the chosen language.
    pub question: String,
    /// The answer as the citizen should read it, one line per entry.
    pub answer: Vec<String>,
}

/// A definition and a citizen's answers on a given day.
#[derive(Clone, Copy, Debug)]
pub struct Journey<'a> {
    definition: &'a ServiceDefinition,
    answers: &'a Answers,
    today: Date,
}

impl<'a> Journey<'a> {
    /// A journey through a definition with some answers; `today` is the citizen's date.
    pub fn new(definition: &'a ServiceDefinition, answers: &'a Answers, today: Date) -> Self {
        Journey {
            definition,
            answers,
            today,
        }
    }

    /// The errors on a page, in the order of its fields. Unknown pages have none.
    pub fn validate_page(&self, page_id: &str) -> Vec<FieldError> {
        let Some(page) = self.definition.page(page_id) else {
            return Vec::new();
        };
        page.fields
            .iter()
            .filter_map(|field| {
                validate_field(field, self.answers.get(&field.id), self.today).map(|kind| {
                    FieldError {
                        page: page.id.clone(),
                        field: field.id.clone(),
                        kind,
                    }
                })
            })
            .collect()
    }

    /// Where the citizen goes after a page, by its routes: the first route whose
    /// condition holds, else the following page, else check answers. `None` for an
    /// unknown page or a route to a page that does not exist.
    pub fn next(&self, page_id: &str) -> Option<Step<'a>> {
        let definition = self.definition;
        let index = definition.page_index(page_id)?;
        let page = &definition.pages[index];
        let target = page
            .next
            .iter()
            .find(|r| r.when.as_ref().is_none_or(|c| c.holds(self.answers)))
            .map(|r| r.goto.as_str());
        match target {
            Some(CHECK_ANSWERS) => Some(Step::CheckAnswers),
            Some(id) => definition.page(id).map(Step::Page),
            None => Some(
                definition
                    .pages
                    .get(index + 1)
                    .map_or(Step::CheckAnswers, Step::Page),
            ),
        }
    }

    /// The pages on the route the answers take, from the first page, up to and
    /// including the first page whose answers are not valid yet.
    pub fn route(&self) -> Vec<&'a Page> {
        let mut pages: Vec<&'a Page> = Vec::new();
        let mut current = self.definition.first_page();
        while let Some(page) = current {
            if pages.iter().any(|p| p.id == page.id) {
                break; // a loop: the definition checks forbid it, so stop safely
            }
            pages.push(page);
            if !self.validate_page(&page.id).is_empty() {
                break;
            }
            current = match self.next(&page.id) {
                Some(Step::Page(next)) => Some(next),
                _ => None,
            };
        }
        pages
    }

    /// The first page on the route that still needs an answer, or check answers when
    /// every page on the route is answered.
    pub fn resume_step(&self) -> Step<'a> {
        let route = self.route();
        match route.last() {
            Some(last) if !self.validate_page(&last.id).is_empty() => Step::Page(last),
            Some(last) if self.next(&last.id) == Some(Step::CheckAnswers) => Step::CheckAnswers,
            Some(last) => Step::Page(last),
            None => Step::CheckAnswers,
        }
    }

    /// Whether every page on the route is answered and the route ends at check answers.
    pub fn is_complete(&self) -> bool {
        self.resume_step() == Step::CheckAnswers
    }

    /// Whether a page is on the route taken so far.
    pub fn is_on_route(&self, page_id: &str) -> bool {
        self.route().iter().any(|p| p.id == page_id)
    }

    /// The page before a page on the route (for the back link); `None` on the first
    /// page. For check answers, pass [`CHECK_ANSWERS`].
    pub fn previous(&self, page_id: &str) -> Option<&'a Page> {
        let route = self.route();
        if page_id == CHECK_ANSWERS {
            return route.last().copied();
        }
        let at = route.iter().position(|p| p.id == page_id)?;
        at.checked_sub(1).map(|i| route[i])
    }

    /// The rows of check answers: every field of every page on the route, in order.
    pub fn summary(&self, lang: Lang) -> Vec<SummaryItem> {
        let mut rows = Vec::new();
        for page in self.route() {
            for field in &page.fields {
                rows.push(SummaryItem {
                    page: page.id.clone(),
                    field: field.id.clone(),
                    question: field.label.get(lang).to_string(),
                    answer: self.display_answer(&field.id, lang),
                });
            }
        }
        rows
    }

    /// An answer as the citizen reads it: the option's text, a written-out date, the
    /// text's lines; empty when not answered.
    pub fn display_answer(&self, field_id: &str, lang: Lang) -> Vec<String> {
        let Some((_, field)) = self.definition.field(field_id) else {
            return Vec::new();
        };
        let Some(answer) = self.answers.get(field_id).filter(|a| !a.is_blank()) else {
            return Vec::new();
        };
        match (field.kind, answer) {
            (FieldType::Radios, Answer::Text(v)) => vec![field
                .option_label(v.trim())
                .map_or(v.as_str(), |t| t.get(lang))
                .to_string()],
            (FieldType::Date, Answer::Date(d)) => match parse_date(d) {
                Ok(date) => vec![long_date(date, lang)],
                Err(_) => vec![format!("{}-{}-{}", d.day, d.month, d.year)],
            },
            (_, Answer::Text(t)) => t.trim().lines().map(str::to_string).collect(),
            (_, Answer::Date(d)) => vec![format!("{}-{}-{}", d.day, d.month, d.year)],
        }
    }

    /// The answers to submit: only the fields on the route taken, trimmed, without
    /// blanks; or the errors of the first page that is not complete.
    pub fn submission(&self) -> Result<Answers, Vec<FieldError>> {
        match self.resume_step() {
            Step::Page(page) => {
                let errors = self.validate_page(&page.id);
                if errors.is_empty() {
                    // Valid page that leads nowhere: cannot happen with a checked definition.
                    return Err(vec![FieldError {
                        page: page.id.clone(),
                        field: page
                            .fields
                            .first()
                            .map(|f| f.id.clone())
                            .unwrap_or_default(),
                        kind: crate::validate::ErrorKind::Required,
                    }]);
                }
                Err(errors)
            }
            Step::CheckAnswers => {
                let mut out = Answers::new();
                for page in self.route() {
                    for field in &page.fields {
                        match self.answers.get(&field.id) {
                            Some(Answer::Text(t)) if !t.trim().is_empty() => {
                                out.insert(field.id.clone(), Answer::Text(t.trim().to_string()));
                            }
                            Some(Answer::Date(d)) if !d.is_blank() => {
                                let mut d = d.clone();
                                d.day = d.day.trim().into();
                                d.month = d.month.trim().into();
                                d.year = d.year.trim().into();
                                out.insert(field.id.clone(), Answer::Date(d));
                            }
                            _ => {}
                        }
                    }
                }
                Ok(out)
            }
        }
    }
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date written out: `27. november 2026` in Danish, `27 November 2026` in English.
pub fn long_date(date: Date, lang: Lang) -> String {
    let m = (date.month as usize).saturating_sub(1).min(11);
    match lang {
        Lang::Da => format!("{}. {} {}", date.day, MONTHS_DA[m], date.year),
        Lang::En => format!("{} {} {}", date.day, MONTHS_EN[m], date.year),
    }
}
