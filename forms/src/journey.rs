//! The journey: where a citizen goes next, what is wrong on a page, what to summarise
//! and what to submit, all from the definition and the answers.

use crate::danish::{parse_cpr, parse_cvr, parse_phone, parse_postcode};
use crate::date::Date;
use crate::definition::{
    Answer, Answers, ExitPage, Field, FieldType, Page, Section, ServiceDefinition, CHECK_ANSWERS,
};
use crate::number::{display_money, parse_money, Decimal};
use crate::text::Lang;
use crate::validate::{canonical_answer, parse_date, validate_field_in, ErrorKind, FieldError};
use std::borrow::Cow;

/// Where the citizen goes after a page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step<'a> {
    /// Another question page.
    Page(&'a Page),
    /// The check-your-answers page.
    CheckAnswers,
    /// An exit page: with these answers the citizen cannot use the service.
    Exit(&'a ExitPage),
    /// The end of a section of a long form: the section's check-answers page, from
    /// which the citizen returns to the task list.
    SectionEnd(&'a Section),
    /// The task list of a long form: some sections are still to be completed.
    TaskList,
}

/// One row of the check-your-answers page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryItem {
    /// The page the question is on, for the change link.
    pub page: String,
    /// The field id; on a repeat page, the page id.
    pub field: String,
    /// On a repeat page, the index (from 0) of the item the row shows, for its change
    /// link; `None` for other rows.
    pub item: Option<usize>,
    /// The question, in the chosen language; on a repeat page, the item's name and
    /// number, e.g. "Genstand 1".
    pub question: String,
    /// The answer as the citizen should read it, one line per entry.
    pub answer: Vec<String>,
}

/// A definition and a citizen's answers on a given day.
///
/// The answers to revealed fields whose option is not chosen are set aside: they are
/// not checked, summarised nor submitted, and conditions read them as not answered.
#[derive(Clone, Debug)]
pub struct Journey<'a> {
    pub(crate) definition: &'a ServiceDefinition,
    pub(crate) answers: Cow<'a, Answers>,
    pub(crate) today: Date,
}

impl<'a> Journey<'a> {
    /// A journey through a definition with some answers; `today` is the citizen's date.
    pub fn new(definition: &'a ServiceDefinition, answers: &'a Answers, today: Date) -> Self {
        Journey {
            definition,
            answers: definition.shown_answers(answers),
            today,
        }
    }

    /// The definition the journey runs through.
    pub fn definition(&self) -> &'a ServiceDefinition {
        self.definition
    }

    /// The errors on a page, in the order of its fields. Unknown pages have none.
    pub fn validate_page(&self, page_id: &str) -> Vec<FieldError> {
        let Some(page) = self.definition.page(page_id) else {
            return Vec::new();
        };
        if let Some(repeat) = &page.repeat {
            let items = page.items(&self.answers);
            let error = |kind| FieldError {
                page: page.id.clone(),
                field: page.id.clone(),
                kind,
            };
            let mut errors: Vec<FieldError> = (0..items.len())
                .filter(|i| !self.validate_item(page_id, *i).is_empty())
                .map(|i| {
                    error(ErrorKind::ItemNotValid {
                        item: i + 1,
                        item_name: repeat.item_name.clone(),
                    })
                })
                .collect();
            if items.len() < repeat.min_items {
                errors.push(error(ErrorKind::TooFewItems {
                    min: repeat.min_items,
                    item_name: repeat.item_name.clone(),
                }));
            } else if items.len() > repeat.max_items {
                errors.push(error(ErrorKind::TooManyItems {
                    max: repeat.max_items,
                    item_name: repeat.item_name.clone(),
                }));
            }
            return errors;
        }
        let reveals = page.reveals();
        page.fields
            .iter()
            .filter(|field| reveals.is_shown(&field.id, &self.answers))
            .filter_map(|field| {
                validate_field_in(
                    field,
                    self.answers.get(&field.id),
                    &self.answers,
                    self.today,
                )
                .map(|kind| FieldError {
                    page: page.id.clone(),
                    field: field.id.clone(),
                    kind,
                })
            })
            .collect()
    }

    /// The errors in one item (index from 0) of a repeat page, in the order of its
    /// fields, each on the field's id. An item not yet added is validated as empty;
    /// a page that is not a repeat page has none.
    pub fn validate_item(&self, page_id: &str, index: usize) -> Vec<FieldError> {
        let Some(page) = self.definition.page(page_id).filter(|p| p.repeat.is_some()) else {
            return Vec::new();
        };
        let empty = Answers::new();
        let item = page.items(&self.answers).get(index).unwrap_or(&empty);
        // Date rules may refer to fields outside the item: validate with both at hand.
        let mut context = Answers::clone(&self.answers);
        context.extend(item.iter().map(|(k, v)| (k.clone(), v.clone())));
        page.fields
            .iter()
            .filter_map(|field| {
                validate_field_in(field, item.get(&field.id), &context, self.today).map(|kind| {
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
    /// condition holds (to a page, an exit page or check answers), else the following
    /// page, else check answers. `None` for an unknown page or a route to a page that
    /// does not exist. In a form with sections, the following page is the next of the
    /// page's section, and check answers is the end of the section
    /// ([`Step::SectionEnd`]).
    pub fn next(&self, page_id: &str) -> Option<Step<'a>> {
        let definition = self.definition;
        let index = definition.page_index(page_id)?;
        let page = &definition.pages[index];
        if let Some(section) = definition.section_of(page_id) {
            return self.next_in_section(page, section);
        }
        let target = page
            .next
            .iter()
            .find(|r| {
                r.when
                    .as_ref()
                    .is_none_or(|c| c.holds(&self.answers, self.today))
            })
            .map(|r| r.goto.as_str());
        match target {
            Some(CHECK_ANSWERS) => Some(Step::CheckAnswers),
            Some(id) => definition
                .page(id)
                .map(Step::Page)
                .or_else(|| definition.exit(id).map(Step::Exit)),
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
    ///
    /// In a form with sections: the route of every section the citizen can open now
    /// (see [`Journey::section_route`]), in the order of the task list.
    pub fn route(&self) -> Vec<&'a Page> {
        if self.definition.has_sections() {
            return self.sectioned_route();
        }
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

    /// The first page on the route that still needs an answer; or, when every page on
    /// the route is answered, where the route ends: check answers or an exit page.
    ///
    /// In a form with sections: an exit page that a section's answers lead to, else
    /// check answers once every section that applies is completed, else the task list.
    pub fn resume_step(&self) -> Step<'a> {
        if self.definition.has_sections() {
            return self.sectioned_resume_step();
        }
        let route = self.route();
        match route.last() {
            Some(last) if !self.validate_page(&last.id).is_empty() => Step::Page(last),
            Some(last) => match self.next(&last.id) {
                Some(end @ (Step::CheckAnswers | Step::Exit(_))) => end,
                _ => Step::Page(last),
            },
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

    /// The exit page the answers lead to, if the route ends at one.
    pub fn exit(&self) -> Option<&'a ExitPage> {
        match self.resume_step() {
            Step::Exit(exit) => Some(exit),
            Step::Page(_) | Step::CheckAnswers | Step::SectionEnd(_) | Step::TaskList => None,
        }
    }

    /// The page before a page on the route (for the back link); `None` on the first
    /// page. For check answers, pass [`CHECK_ANSWERS`]; for an exit page, its id (the
    /// page that led to it, when the route ends there).
    ///
    /// In a form with sections, the page before within the section: `None` on the
    /// first page of a section and for check answers (the task list comes before).
    pub fn previous(&self, page_id: &str) -> Option<&'a Page> {
        if self.definition.has_sections() {
            return self.previous_in_section(page_id);
        }
        let route = self.route();
        if page_id == CHECK_ANSWERS {
            return route.last().copied();
        }
        if self.definition.exit(page_id).is_some() {
            return self
                .exit()
                .filter(|e| e.id == page_id)
                .and_then(|_| route.last().copied());
        }
        let at = route.iter().position(|p| p.id == page_id)?;
        at.checked_sub(1).map(|i| route[i])
    }

    /// The rows of check answers: every field of every page on the route, in order.
    pub fn summary(&self, lang: Lang) -> Vec<SummaryItem> {
        self.summary_of(&self.route(), lang)
    }

    /// The rows of check answers for some pages, in order.
    pub(crate) fn summary_of(&self, pages: &[&Page], lang: Lang) -> Vec<SummaryItem> {
        let mut rows = Vec::new();
        for page in pages.iter().copied() {
            if let Some(repeat) = &page.repeat {
                let items = page.items(&self.answers);
                if items.is_empty() {
                    rows.push(SummaryItem {
                        page: page.id.clone(),
                        field: page.id.clone(),
                        item: None,
                        question: page.heading().map_or("", |t| t.get(lang)).to_string(),
                        answer: Vec::new(),
                    });
                }
                for (i, item) in items.iter().enumerate() {
                    rows.push(SummaryItem {
                        page: page.id.clone(),
                        field: page.id.clone(),
                        item: Some(i),
                        question: repeat.item_label(i, lang),
                        answer: self.display_item(page, item, lang),
                    });
                }
                continue;
            }
            let reveals = page.reveals();
            for field in page
                .fields
                .iter()
                .filter(|f| reveals.is_shown(&f.id, &self.answers))
            {
                rows.push(SummaryItem {
                    page: page.id.clone(),
                    field: field.id.clone(),
                    item: None,
                    question: field.label.get(lang).to_string(),
                    answer: self.display_answer(&field.id, lang),
                });
            }
        }
        rows
    }

    /// The answers of one item of a repeat page as the citizen reads them: each
    /// answered field's lines, in the order of the fields.
    pub fn display_item(&self, page: &Page, item: &Answers, lang: Lang) -> Vec<String> {
        page.fields
            .iter()
            .filter_map(|field| item.get(&field.id).map(|a| display(field, a, lang)))
            .flatten()
            .collect()
    }

    /// An answer as the citizen reads it: the option's text (one line per ticked
    /// checkbox), a written-out date, a number with its unit, an amount in kroner
    /// (`1.234,50 kr.` / `DKK 1,234.50`), a code in its canonical form, the text's lines;
    /// empty when not answered.
    pub fn display_answer(&self, field_id: &str, lang: Lang) -> Vec<String> {
        let Some((_, field)) = self.definition.field(field_id) else {
            return Vec::new();
        };
        match self.answers.get(field_id) {
            Some(answer) => display(field, answer, lang),
            None => Vec::new(),
        }
    }

    /// The answers to submit: only the fields on the route taken, without blanks, each
    /// in its canonical form (see [`canonical_answer`]: `1234.5`, `1234.50`,
    /// `+4512345678`, `010190-1234`, ...); or the errors of the first page that is not
    /// complete; or, when the route ends at an exit page, a
    /// [`ErrorKind::LeadsToExit`](crate::validate::ErrorKind::LeadsToExit) error on the
    /// field whose answer led there.
    pub fn submission(&self) -> Result<Answers, Vec<FieldError>> {
        let step = match self.resume_step() {
            // A long form not yet complete: the first section that still needs answers.
            Step::TaskList | Step::SectionEnd(_) => match self.first_unanswered_page() {
                Some(page) => Step::Page(page),
                None => return Err(Vec::new()),
            },
            step => step,
        };
        match step {
            Step::TaskList | Step::SectionEnd(_) => Err(Vec::new()),
            Step::Exit(exit) => {
                let Some(page) = self.page_leading_to_exit(&exit.id) else {
                    return Err(Vec::new());
                };
                Err(vec![FieldError {
                    page: page.id.clone(),
                    field: self.field_leading_to(page, &exit.id),
                    kind: crate::validate::ErrorKind::LeadsToExit {
                        exit: exit.id.clone(),
                    },
                }])
            }
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
                    if page.repeat.is_some() {
                        let items: Vec<Answers> = page
                            .items(&self.answers)
                            .iter()
                            .map(|item| {
                                page.fields
                                    .iter()
                                    .filter_map(|f| {
                                        let a = canonical_answer(f, item.get(&f.id)?)?;
                                        Some((f.id.clone(), a))
                                    })
                                    .collect()
                            })
                            .collect();
                        if !items.is_empty() {
                            out.insert(page.id.clone(), Answer::Items(items));
                        }
                        continue;
                    }
                    for field in &page.fields {
                        if let Some(answer) = self
                            .answers
                            .get(&field.id)
                            .and_then(|a| canonical_answer(field, a))
                        {
                            out.insert(field.id.clone(), answer);
                        }
                    }
                }
                Ok(out)
            }
        }
    }
}

impl Journey<'_> {
    /// The field on a page whose answer sends the route to a target: the first field of
    /// the page that the taken route's condition reads, else the page's first field.
    fn field_leading_to(&self, page: &Page, target: &str) -> String {
        let route = page.next.iter().find(|r| {
            r.goto == target
                && r.when
                    .as_ref()
                    .is_none_or(|c| c.holds(&self.answers, self.today))
        });
        route
            .and_then(|r| r.when.as_ref())
            .and_then(|c| {
                c.comparisons()
                    .into_iter()
                    .map(|(field, _, _)| field)
                    .find(|field| page.fields.iter().any(|f| f.id == *field))
                    .map(str::to_string)
            })
            .or_else(|| page.fields.first().map(|f| f.id.clone()))
            .unwrap_or_default()
    }
}

/// An answer to a field as the citizen reads it (see [`Journey::display_answer`]).
fn display(field: &Field, answer: &Answer, lang: Lang) -> Vec<String> {
    if answer.is_blank() {
        return Vec::new();
    }
    let text = answer.as_text().trim();
    let code = |parsed: Option<String>| vec![parsed.unwrap_or_else(|| text.to_string())];
    match (field.kind, answer) {
        (FieldType::Checkboxes, Answer::Many(values)) => values
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(|v| field.option_label(v).map_or(v, |t| t.get(lang)).to_string())
            .collect(),
        (FieldType::Number, Answer::Text(_)) => match Decimal::parse_input(text) {
            Ok(n) => {
                let shown = n.normalized().display(lang);
                match field.number.as_ref().and_then(|r| r.unit.as_ref()) {
                    Some(unit) => vec![format!("{shown} {}", unit.get(lang))],
                    None => vec![shown],
                }
            }
            Err(_) => vec![text.to_string()],
        },
        (FieldType::Money, Answer::Text(_)) => match parse_money(text) {
            Ok(ore) => vec![display_money(ore, lang)],
            Err(_) => vec![text.to_string()],
        },
        (FieldType::Phone, Answer::Text(_)) => code(parse_phone(text).ok()),
        (FieldType::Cpr, Answer::Text(_)) => code(parse_cpr(text).ok()),
        (FieldType::Cvr, Answer::Text(_)) => code(parse_cvr(text).ok()),
        (FieldType::Postcode, Answer::Text(_)) => code(parse_postcode(text).ok()),
        (FieldType::Radios | FieldType::Select | FieldType::YesNo, Answer::Text(v)) => {
            vec![field
                .option_label(v.trim())
                .map_or(v.as_str(), |t| t.get(lang))
                .to_string()]
        }
        (FieldType::Date, Answer::Date(d)) => match parse_date(d) {
            Ok(date) => vec![long_date(date, lang)],
            Err(_) => vec![format!("{}-{}-{}", d.day, d.month, d.year)],
        },
        (_, Answer::Text(t)) => t.trim().lines().map(str::to_string).collect(),
        (_, Answer::Date(d)) => vec![format!("{}-{}-{}", d.day, d.month, d.year)],
        (_, Answer::Many(values)) => values.clone(),
        (_, Answer::Items(items)) => vec![format!("{}", items.len())],
        (_, Answer::Address(a)) => vec![a.one_line()],
        (_, Answer::Files(files)) => files
            .iter()
            .map(|f| format!("{} ({})", f.name, crate::file::display_size(f.size, lang)))
            .collect(),
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
