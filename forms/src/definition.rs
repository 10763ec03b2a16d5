//! The definition format of a self-service (`catalog/services/*.json`) and the answers
//! a citizen gives to it.

use crate::condition::Condition;
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `goto` target that ends the questions and shows the citizen's answers.
pub const CHECK_ANSWERS: &str = "check-answers";

/// Page ids that the portal's own addresses use, so no question page may take them.
pub const RESERVED_PAGE_IDS: [&str; 4] = [CHECK_ANSWERS, "start", "kvittering", "tjek-svar"];

/// One self-service: its texts, its question pages and how they connect.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ServiceDefinition {
    /// The JSON Schema the file is written against (for editors); ignored at run time.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The id, used in addresses: lowercase letters, digits and hyphens.
    pub id: String,
    /// The version of the definition, raised on every published change.
    pub version: u32,
    /// The name of the service, e.g. "Anmeld skade på vej".
    pub title: Text,
    /// One sentence on what the service is for, shown in the list of services.
    pub description: Text,
    /// The start page.
    pub start: StartPage,
    /// The question pages. The first is where the questions begin.
    pub pages: Vec<Page>,
    /// The page where the citizen checks the answers and submits.
    pub check_answers: CheckAnswers,
    /// The receipt shown after a successful submission.
    pub confirmation: Confirmation,
}

/// The start page: what the service is, and what the citizen needs before starting.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StartPage {
    /// Paragraphs that explain the service.
    pub body: Vec<Text>,
    /// Things to have at hand before starting, shown as a list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub before_you_start: Vec<Text>,
}

/// The check-your-answers page.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CheckAnswers {
    /// The heading of the page.
    pub title: Text,
    /// What the citizen declares by submitting, shown above the button.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<Text>,
    /// The label of the submit button.
    pub submit_label: Text,
}

/// The receipt page.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Confirmation {
    /// The heading of the confirmation panel.
    pub title: Text,
    /// Paragraphs on what happens next.
    pub next_steps: Vec<Text>,
}

/// One question page: one question, or a small group of them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The id, used in the page's address.
    pub id: String,
    /// The heading of a page with several fields. A page with one field uses the
    /// field's label as its heading and needs no title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The fields, in order.
    pub fields: Vec<Field>,
    /// Where to go next: the first route whose condition holds is taken. With no route
    /// that holds, the next page in the list follows (check answers after the last).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<Route>,
}

/// A way out of a page.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// The condition under which this route is taken; none means always.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// The id of the next page, or `check-answers`.
    pub goto: String,
}

/// The type of a field, which decides its control and its validation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum FieldType {
    /// One line of text.
    Text,
    /// Several lines of text.
    Textarea,
    /// An email address.
    Email,
    /// A date in three inputs: day, month, year.
    Date,
    /// One choice from a short list.
    Radios,
}

impl FieldType {
    /// The name used in definitions, e.g. `textarea`.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::Textarea => "textarea",
            FieldType::Email => "email",
            FieldType::Date => "date",
            FieldType::Radios => "radios",
        }
    }
}

/// One question.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The id: unique in the whole definition, the key of the answer.
    pub id: String,
    /// The type of the field.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// The question or label.
    pub label: Text,
    /// Help shown under the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// Whether an answer is needed to continue. Fields are required unless they say not.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub required: bool,
    /// The most characters allowed (text and textarea).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    /// The options (radios).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Rules for a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRules>,
    /// The `autocomplete` token of the input, e.g. `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<String>,
    /// Error messages that replace the defaults, so they can name what is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<ErrorTexts>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// One option of a choice.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The value stored as the answer.
    pub value: String,
    /// The text the citizen reads.
    pub label: Text,
    /// Help shown under the option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
}

/// Rules for a date field.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct DateRules {
    /// The date must be today or earlier.
    #[serde(default)]
    pub not_future: bool,
    /// The date must be today or later.
    #[serde(default)]
    pub not_past: bool,
}

/// Error messages a definition gives instead of the defaults.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct ErrorTexts {
    /// Shown when a required field is empty, e.g. "Skriv hvor problemet er".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<Text>,
}

/// The answers of one citizen, by field id.
pub type Answers = BTreeMap<String, Answer>;

/// The answer to one field, as the citizen entered it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(untagged)]
pub enum Answer {
    /// Text, an email address, or the value of the chosen option.
    Text(String),
    /// A date as typed into its three inputs.
    Date(DateAnswer),
}

impl Answer {
    /// Whether nothing was entered.
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(s) => s.trim().is_empty(),
            Answer::Date(d) => d.is_blank(),
        }
    }

    /// The text of a text answer; empty for other kinds.
    pub fn as_text(&self) -> &str {
        match self {
            Answer::Text(s) => s,
            Answer::Date(_) => "",
        }
    }
}

/// A date as typed: three strings, kept as typed so nothing is lost.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct DateAnswer {
    /// The day input.
    pub day: String,
    /// The month input.
    pub month: String,
    /// The year input.
    pub year: String,
}

impl DateAnswer {
    /// A date answer from its three inputs.
    pub fn new(day: impl Into<String>, month: impl Into<String>, year: impl Into<String>) -> Self {
        DateAnswer {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    /// Whether all three inputs are empty.
    pub fn is_blank(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }
}

impl ServiceDefinition {
    /// The page with an id.
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    /// The index of the page with an id.
    pub fn page_index(&self, id: &str) -> Option<usize> {
        self.pages.iter().position(|p| p.id == id)
    }

    /// The field with an id, with the page it is on.
    pub fn field(&self, id: &str) -> Option<(&Page, &Field)> {
        self.pages
            .iter()
            .find_map(|p| p.fields.iter().find(|f| f.id == id).map(|f| (p, f)))
    }

    /// The first question page.
    pub fn first_page(&self) -> Option<&Page> {
        self.pages.first()
    }
}

impl Page {
    /// The heading of the page: its title, or the label of its only field.
    pub fn heading(&self) -> Option<&Text> {
        self.title.as_ref().or(match self.fields.as_slice() {
            [only] => Some(&only.label),
            _ => None,
        })
    }

    /// Whether the page's only field carries the page heading as its label or legend.
    pub fn field_is_heading(&self) -> bool {
        self.title.is_none() && self.fields.len() == 1
    }
}

impl Field {
    /// The text of the option with a value.
    pub fn option_label(&self, value: &str) -> Option<&Text> {
        self.options
            .iter()
            .find(|c| c.value == value)
            .map(|c| &c.label)
    }
}
