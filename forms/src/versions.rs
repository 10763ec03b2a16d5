//! Carrying a citizen's answers over to a new version of a definition.
//!
//! A draft records the version of the definition its answers were given to. When the
//! service is published again while the citizen answers, the answers that still fit
//! are kept, and every answer that does not is listed, with the question to answer
//! again where the question still exists: nothing is lost in silence.

use crate::date::Date;
use crate::definition::{Answer, Answers, FieldType, ServiceDefinition};
use crate::text::Text;
use crate::validate::{validate_field_in, ErrorKind};

/// Why an answer was not carried over.
#[derive(Clone, Debug, PartialEq)]
pub enum DropReason {
    /// The question is no longer asked.
    Removed,
    /// The question now takes another kind of answer (a date, several choices, text).
    TypeChanged,
    /// The answer no longer meets the question's rules, e.g. its option was removed or
    /// a limit was tightened.
    Invalid(ErrorKind),
}

impl DropReason {
    /// A short code for logs and tests: `removed`, `type_changed` or the error's code.
    pub fn code(&self) -> &'static str {
        match self {
            DropReason::Removed => "removed",
            DropReason::TypeChanged => "type_changed",
            DropReason::Invalid(kind) => kind.code(),
        }
    }
}

/// One answer that was not carried over.
#[derive(Clone, Debug, PartialEq)]
pub struct DroppedAnswer {
    /// The field id the answer was given to.
    pub field: String,
    /// The question in the new version, when it is still asked; `None` when removed.
    pub label: Option<Text>,
    /// The page of the new version where the question is asked, when it still is.
    pub page: Option<String>,
    /// Why the answer was not kept.
    pub reason: DropReason,
}

impl DroppedAnswer {
    /// Whether the citizen is asked the question again (it still exists).
    pub fn asked_again(&self) -> bool {
        self.label.is_some()
    }
}

/// The answers of a draft under a new version of its definition.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CarryOver {
    /// The answers that still fit, unchanged, as the citizen typed them.
    pub kept: Answers,
    /// The answers that do not, in the order of the new definition's fields, then the
    /// removed questions in the order of their ids.
    pub dropped: Vec<DroppedAnswer>,
}

/// Whether an answer is of the kind a field type takes (a date, several values, text).
fn fits_type(kind: FieldType, answer: &Answer) -> bool {
    matches!(
        (kind, answer),
        (FieldType::Date, Answer::Date(_))
            | (FieldType::Checkboxes, Answer::Many(_))
            | (FieldType::Address, Answer::Address(_))
            | (FieldType::File, Answer::Files(_))
            | (
                FieldType::Text
                    | FieldType::Textarea
                    | FieldType::Email
                    | FieldType::Radios
                    | FieldType::Number
                    | FieldType::Money
                    | FieldType::Phone
                    | FieldType::Cpr
                    | FieldType::Cvr
                    | FieldType::Postcode
                    | FieldType::Select
                    | FieldType::YesNo,
                Answer::Text(_)
            )
    )
}

/// Whether an answer is a plain one (text, a date, ticked values) rather than the
/// items of a repeat page.
fn is_plain(answer: &Answer) -> bool {
    matches!(
        answer,
        Answer::Text(_) | Answer::Date(_) | Answer::Many(_) | Answer::Address(_) | Answer::Files(_)
    )
}

/// Keeps the answers whose fields still exist in `definition` and whose values still
/// validate there (with the field validators of [`crate::validate`], on `today`), and
/// lists the others. Blank answers carry nothing and are neither kept nor listed.
/// A date rule that refers to another field is checked against the answers kept (a
/// rule whose field was dropped is not checked, as on the page). The items of a
/// repeat page (stored under the page's id) are kept while the page exists: the page
/// checks them when the citizen comes to it.
pub fn carry_over(definition: &ServiceDefinition, answers: &Answers, today: Date) -> CarryOver {
    let mut kept = Answers::new();
    let mut dropped = Vec::new();
    for (id, answer) in answers.iter().filter(|(_, a)| !a.is_blank()) {
        if !is_plain(answer) && definition.page(id).is_some() {
            kept.insert(id.clone(), answer.clone());
            continue;
        }
        match definition.field(id) {
            Some((_, field)) if fits_type(field.kind, answer) => {
                kept.insert(id.clone(), answer.clone());
            }
            Some((page, field)) => dropped.push(DroppedAnswer {
                field: id.clone(),
                label: Some(field.label.clone()),
                page: Some(page.id.clone()),
                reason: DropReason::TypeChanged,
            }),
            None => dropped.push(DroppedAnswer {
                field: id.clone(),
                label: None,
                page: None,
                reason: DropReason::Removed,
            }),
        }
    }
    // Validate until nothing more is dropped: a rule may read an answer dropped before.
    loop {
        let invalid = definition
            .pages
            .iter()
            .flat_map(|p| p.fields.iter().map(move |f| (p, f)))
            .find_map(|(page, field)| {
                let answer = kept.get(&field.id).filter(|a| is_plain(a))?;
                validate_field_in(field, Some(answer), &kept, today).map(|kind| (page, field, kind))
            });
        let Some((page, field, kind)) = invalid else {
            break;
        };
        kept.remove(&field.id);
        dropped.push(DroppedAnswer {
            field: field.id.clone(),
            label: Some(field.label.clone()),
            page: Some(page.id.clone()),
            reason: DropReason::Invalid(kind),
        });
    }
    // The questions asked again in the order of the definition, then the removed ones.
    let order = |d: &DroppedAnswer| {
        definition
            .pages
            .iter()
            .flat_map(|p| &p.fields)
            .position(|f| f.id == d.field)
            .unwrap_or(usize::MAX)
    };
    dropped.sort_by(|a, b| order(a).cmp(&order(b)).then_with(|| a.field.cmp(&b.field)));
    CarryOver { kept, dropped }
}
