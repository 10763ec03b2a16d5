//! The definition format of a self-service (`catalog/services/*.json`) and the answers
//! a citizen gives to it.

use crate::address::AddressAnswer;
use crate::condition::{Condition, DateRef};
use crate::content::ContentBlock;
use crate::contract::AttachmentRef;
use crate::file::FileRules;
use crate::number::Decimal;
use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The `goto` target that ends the questions and shows the citizen's answers.
pub const CHECK_ANSWERS: &str = "check-answers";

/// Page ids that the portal's own addresses use, so no question page may take them.
pub const RESERVED_PAGE_IDS: [&str; 5] = [
    CHECK_ANSWERS,
    "start",
    "kvittering",
    "tjek-svar",
    "oversigt",
];

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
    /// The exit pages: where a route ends when the citizen cannot use the service, and
    /// what to do instead. A route names one in `goto`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exits: Vec<ExitPage>,
    /// The sections of a long form, in the order of the task list. With sections, the
    /// citizen starts at a task list page and answers one section at a time; every
    /// page belongs to exactly one section. Without, the pages follow each other.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
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
    /// Paragraphs that explain the service, in the markup of [`crate::markup`].
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
    /// Content shown before the fields: headings, paragraphs, lists, inset text,
    /// details and warnings. A page with content needs a title.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<ContentBlock>,
    /// The fields, in order. On a repeat page, the fields of one item.
    pub fields: Vec<Field>,
    /// Makes the page a repeat group ("add another"): the citizen adds items, each
    /// answering the page's fields. The answer is a list of items stored under the
    /// page's id (see [`Answer::Items`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Repeat>,
    /// Where to go next: the first route whose condition holds is taken. With no route
    /// that holds, the next page in the list follows (check answers after the last).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<Route>,
}

/// The rules of a repeat page ("add another").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Repeat {
    /// The fewest items to add before continuing; 0 lets the citizen add none.
    #[serde(default = "one")]
    pub min_items: usize,
    /// The most items allowed, 1 or more.
    pub max_items: usize,
    /// What one item is called, in lowercase, e.g. "genstand" / "item": rows are
    /// named "Genstand 1", "Genstand 2", ...
    pub item_name: Text,
    /// The question asked after each item, e.g. "Vil du tilføje en genstand mere?".
    pub add_another: Text,
}

fn one() -> usize {
    1
}

impl Repeat {
    /// The name of the item at an index (from 0), e.g. "Genstand 1" / "Item 1".
    pub fn item_label(&self, index: usize, lang: Lang) -> String {
        let name = self.item_name.get(lang).trim();
        let mut chars = name.chars();
        let capital = match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect::<String>(),
            None => String::new(),
        };
        format!("{capital} {}", index + 1)
    }
}

/// A way out of a page.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// The condition under which this route is taken; none means always.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// The id of the next page, of an exit page, or `check-answers`.
    pub goto: String,
}

/// A part of a long form: a small journey of its own, started from the task list
/// page, that ends at a check-answers page of its own and returns to the task list.
///
/// Its pages follow each other in the order of `pages`, unless their routes say
/// otherwise; a route to `check-answers` ends the section. A route never leads into
/// another section.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The id: lowercase letters, digits and hyphens, unique among the sections.
    pub id: String,
    /// The name on the task list, e.g. "Din husstand" / "Your household".
    pub title: Text,
    /// The ids of the section's pages; the first is where the section starts.
    pub pages: Vec<String>,
    /// The ids of sections, listed before this one, that must be completed before
    /// this one can start: until then the task list shows it as "cannot start yet".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// The section applies only when this condition holds, e.g. a section on
    /// scaffolding only when the citizen applies for scaffolding. It can read the
    /// answers of sections listed before this one; until those are completed, the
    /// section cannot start yet. When it does not hold, the section is left out: not
    /// shown, summarised nor submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
}

/// A page where a route ends because the citizen cannot use the service ("Du kan ikke
/// bruge denne løsning"): it says why and what to do instead. It has no questions, is
/// not summarised, and nothing can be submitted from it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExitPage {
    /// The id, used in the page's address; distinct from every page id.
    pub id: String,
    /// The heading, e.g. "Du kan ikke få en beboerlicens".
    pub title: Text,
    /// Why, and what to do instead.
    pub body: Vec<ContentBlock>,
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
    /// A number, whole or with decimals, typed as a Dane or an English speaker would.
    Number,
    /// An amount in Danish kroner, exact to the øre.
    Money,
    /// A phone number, Danish or international.
    Phone,
    /// A Danish CPR number (personal identification number).
    Cpr,
    /// A Danish CVR number (company registration number).
    Cvr,
    /// A Danish postcode.
    Postcode,
    /// Any number of choices from a list, possibly with a "none of these" option.
    Checkboxes,
    /// One choice from a longer list, in a drop-down.
    Select,
    /// Yes or no.
    YesNo,
    /// A Danish address in parts: street, house number, floor, door, postcode, city.
    Address,
    /// Files the citizen uploads, e.g. documentation or a site plan, under the field's
    /// [`FileRules`].
    File,
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
            FieldType::Number => "number",
            FieldType::Money => "money",
            FieldType::Phone => "phone",
            FieldType::Cpr => "cpr",
            FieldType::Cvr => "cvr",
            FieldType::Postcode => "postcode",
            FieldType::Checkboxes => "checkboxes",
            FieldType::Select => "select",
            FieldType::YesNo => "yes-no",
            FieldType::Address => "address",
            FieldType::File => "file",
        }
    }

    /// Whether the definition lists the field's options (radios, checkboxes, select).
    pub fn has_options(self) -> bool {
        matches!(
            self,
            FieldType::Radios | FieldType::Checkboxes | FieldType::Select
        )
    }

    /// Whether the answer is one of a fixed set of values (radios, select, yes-no).
    pub fn is_single_choice(self) -> bool {
        matches!(
            self,
            FieldType::Radios | FieldType::Select | FieldType::YesNo
        )
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
    /// The options (radios, checkboxes, select). A yes-no field has its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// The fewest options to tick (checkboxes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_selected: Option<usize>,
    /// The most options to tick (checkboxes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_selected: Option<usize>,
    /// Rules for a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRules>,
    /// Rules for a number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<NumberRules>,
    /// Rules for an amount of money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub money: Option<MoneyRules>,
    /// Rules for the files of a file field; the defaults of [`FileRules`] when not
    /// given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<FileRules>,
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
    /// The "none of these" option of checkboxes: ticking it unticks the others, and it
    /// cannot be chosen together with them. At most one per field, and it comes last.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
    /// The ids of fields on the same page that show only while this option is chosen
    /// (radios and checkboxes), under the option, e.g. the email field under "E-mail".
    /// While the option is not chosen, they are not asked, checked nor submitted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reveals: Vec<String>,
}

impl Choice {
    /// An option with a value and a label.
    pub fn new(value: impl Into<String>, label: Text) -> Self {
        Choice {
            value: value.into(),
            label,
            hint: None,
            exclusive: false,
            reveals: Vec::new(),
        }
    }
}

/// The value of the yes option of a yes-no field.
pub const YES: &str = "yes";
/// The value of the no option of a yes-no field.
pub const NO: &str = "no";

static YES_NO: LazyLock<[Choice; 2]> = LazyLock::new(|| {
    [
        Choice::new(YES, Text::new("Ja", "Yes")),
        Choice::new(NO, Text::new("Nej", "No")),
    ]
});

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
    /// The date must be after this date (not on it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<DateRef>,
    /// The date must be before this date (not on it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<DateRef>,
    /// The date must be this date or later: the same day is allowed, e.g. an end date
    /// that may be the start date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<DateRef>,
    /// The date must be this date or earlier: the same day is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_after: Option<DateRef>,
    /// The date must lie between today and a period from today, in one direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<Within>,
}

/// A period from today, e.g. `{"days": 30, "direction": "future"}`: the date must be
/// from today up to 30 days ahead. Give exactly one of days, months and years.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Within {
    /// A number of days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// A number of months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// A number of years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// Back from today or ahead of today.
    pub direction: Direction,
}

/// The unit of a [`Within`] period.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum PeriodUnit {
    /// Days.
    Days,
    /// Calendar months.
    Months,
    /// Calendar years.
    Years,
}

impl Within {
    /// The period's length and unit, if exactly one unit is given.
    pub fn period(&self) -> Option<(u32, PeriodUnit)> {
        match (self.days, self.months, self.years) {
            (Some(n), None, None) => Some((n, PeriodUnit::Days)),
            (None, Some(n), None) => Some((n, PeriodUnit::Months)),
            (None, None, Some(n)) => Some((n, PeriodUnit::Years)),
            _ => None,
        }
    }
}

/// Which way from today a period runs.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Back from today: today and the days before.
    Past,
    /// Ahead of today: today and the days after.
    Future,
}

/// Rules for a number field.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct NumberRules {
    /// The most decimals allowed; 0 means a whole number. Any number of decimals when
    /// not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u32>,
    /// The smallest number allowed, exact (a JSON number or a string such as "0.5").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Decimal>,
    /// The largest number allowed, exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    /// The unit shown after the input and the answer, e.g. "m²" or "personer".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
}

/// Rules for a money field, in kroner.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct MoneyRules {
    /// The smallest amount allowed in kroner, exact to the øre (e.g. "0.50").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Decimal>,
    /// The largest amount allowed in kroner, exact to the øre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
}

/// Error messages a definition gives instead of the defaults.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct ErrorTexts {
    /// Shown when a required field is empty, e.g. "Skriv hvor problemet er".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<Text>,
    /// Shown when the date is earlier than its `not_before` rule allows, e.g.
    /// "Slutdatoen skal være samme dag som startdatoen eller senere". Without it the
    /// message names the earliest date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<Text>,
    /// Shown when the date is later than its `not_after` rule allows. Without it the
    /// message names the latest date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_after: Option<Text>,
}

/// The answers of one citizen, by field id.
pub type Answers = BTreeMap<String, Answer>;

/// The answer to one field, as the citizen entered it.
///
/// In JSON the kind of answer is told by its shape alone, with no tag, and every shape
/// reads as exactly one kind:
/// - a string is [`Answer::Text`];
/// - an object is [`Answer::Date`] when its keys are exactly `day`, `month` and
///   `year`, and [`Answer::Address`] when its keys are `street`, `number`, `postcode`,
///   `city` and optionally `floor` and `door` (both reject unknown keys, and share no
///   key, so no object is both);
/// - an array of strings is [`Answer::Many`];
/// - an array of objects whose keys are exactly `id`, `name`, `size` (a JSON number)
///   and `content_type` is [`Answer::Files`]; any other array of objects is
///   [`Answer::Items`], whose objects map field ids to answers, and an answer is never
///   a JSON number, so an item can never read as a file;
/// - an empty array reads as [`Answer::Many`], so no files and no items are no answer
///   (the key is removed).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(untagged)]
pub enum Answer {
    /// Text, an email address, or the value of the chosen option.
    Text(String),
    /// A date as typed into its three inputs (a JSON object).
    Date(DateAnswer),
    /// An address as typed into its parts (a JSON object).
    Address(AddressAnswer),
    /// The values of the ticked checkboxes (a JSON array of strings).
    Many(Vec<String>),
    /// The uploaded files of a file field (a JSON array of attachment references).
    Files(Vec<AttachmentRef>),
    /// The items of a repeat page (a JSON array of objects, each mapping the page's
    /// field ids to their answers), stored under the page's id. No items is no answer
    /// (the key is removed), since an empty JSON array reads as [`Answer::Many`].
    Items(Vec<Answers>),
}

impl Answer {
    /// Whether nothing was entered.
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(s) => s.trim().is_empty(),
            Answer::Date(d) => d.is_blank(),
            Answer::Address(a) => a.is_blank(),
            Answer::Many(values) => values.iter().all(|v| v.trim().is_empty()),
            Answer::Files(files) => files.is_empty(),
            Answer::Items(items) => items.iter().all(|i| i.values().all(Answer::is_blank)),
        }
    }

    /// The text of a text answer; empty for other kinds.
    pub fn as_text(&self) -> &str {
        match self {
            Answer::Text(s) => s,
            _ => "",
        }
    }

    /// The values of a checkboxes answer; empty for other kinds.
    pub fn as_many(&self) -> &[String] {
        match self {
            Answer::Many(values) => values,
            _ => &[],
        }
    }

    /// The files of a file answer; empty for other kinds.
    pub fn as_files(&self) -> &[AttachmentRef] {
        match self {
            Answer::Files(files) => files,
            _ => &[],
        }
    }

    /// The address of an address answer, if it is one.
    pub fn as_address(&self) -> Option<&AddressAnswer> {
        match self {
            Answer::Address(address) => Some(address),
            _ => None,
        }
    }

    /// Whether the option with a value is chosen: the text of a single choice, or one
    /// of the ticked values of checkboxes.
    pub fn is_chosen(&self, value: &str) -> bool {
        match self {
            Answer::Text(s) => s.trim() == value,
            Answer::Many(values) => values.iter().any(|v| v.trim() == value),
            _ => false,
        }
    }

    /// The items of a repeat page's answer; empty for other kinds.
    pub fn as_items(&self) -> &[Answers] {
        match self {
            Answer::Items(items) => items,
            _ => &[],
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

    /// The exit page with an id.
    pub fn exit(&self, id: &str) -> Option<&ExitPage> {
        self.exits.iter().find(|e| e.id == id)
    }

    /// Whether the form is divided into sections with a task list.
    pub fn has_sections(&self) -> bool {
        !self.sections.is_empty()
    }

    /// The section with an id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The section a page belongs to.
    pub fn section_of(&self, page_id: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.pages.iter().any(|p| p == page_id))
    }

    /// The answers as the questions see them: without the answers to revealed fields
    /// whose option is not chosen, which count as not answered. Borrowed when nothing
    /// is hidden.
    pub fn shown_answers<'a>(&self, answers: &'a Answers) -> Cow<'a, Answers> {
        let hidden: Vec<&str> = self
            .pages
            .iter()
            .flat_map(|p| {
                let reveals = p.reveals();
                p.fields
                    .iter()
                    .filter(move |f| {
                        !reveals.is_shown(&f.id, answers) && answers.contains_key(&f.id)
                    })
                    .map(|f| f.id.as_str())
            })
            .collect();
        if hidden.is_empty() {
            return Cow::Borrowed(answers);
        }
        let mut shown = answers.clone();
        for id in hidden {
            shown.remove(id);
        }
        Cow::Owned(shown)
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
    /// Never on a repeat page, whose heading is its title.
    pub fn field_is_heading(&self) -> bool {
        self.title.is_none() && self.fields.len() == 1 && self.repeat.is_none()
    }

    /// The field and option that reveal a field of this page, if an option does.
    pub fn revealer(&self, field_id: &str) -> Option<(&Field, &Choice)> {
        self.fields.iter().find_map(|f| {
            f.options
                .iter()
                .find(|o| o.reveals.iter().any(|r| r == field_id))
                .map(|o| (f, o))
        })
    }

    /// Whether a field of this page is asked with these answers: always, unless an
    /// option reveals it and that option is not chosen.
    pub fn is_shown(&self, field_id: &str, answers: &Answers) -> bool {
        is_shown_by(self.revealer(field_id), answers)
    }

    /// Every field an option of this page reveals, gathered once so that asking about
    /// each field of a long page does not search all its options again.
    pub fn reveals(&self) -> Reveals<'_> {
        Reveals(
            self.fields
                .iter()
                .flat_map(|f| {
                    f.options
                        .iter()
                        .flat_map(move |o| o.reveals.iter().map(move |r| (r.as_str(), f, o)))
                })
                .collect(),
        )
    }

    /// The items added on a repeat page (none for other pages).
    pub fn items<'a>(&self, answers: &'a Answers) -> &'a [Answers] {
        match (&self.repeat, answers.get(&self.id)) {
            (Some(_), Some(answer)) => answer.as_items(),
            _ => &[],
        }
    }
}

/// Whether a field is asked, given the field and option that reveal it, if any.
fn is_shown_by(revealer: Option<(&Field, &Choice)>, answers: &Answers) -> bool {
    match revealer {
        Some((field, option)) => answers
            .get(&field.id)
            .is_some_and(|a| a.is_chosen(&option.value)),
        None => true,
    }
}

/// The fields an option of a page reveals, each with the field and option that reveal
/// it, in the order of the page's fields, their options and the options' lists.
pub struct Reveals<'p>(Vec<(&'p str, &'p Field, &'p Choice)>);

impl Reveals<'_> {
    /// The same as [`Page::revealer`] on the page these were gathered from.
    pub fn revealer(&self, field_id: &str) -> Option<(&Field, &Choice)> {
        self.0
            .iter()
            .find(|(revealed, _, _)| *revealed == field_id)
            .map(|(_, field, option)| (*field, *option))
    }

    /// The same as [`Page::is_shown`] on the page these were gathered from.
    pub fn is_shown(&self, field_id: &str, answers: &Answers) -> bool {
        is_shown_by(self.revealer(field_id), answers)
    }
}

impl Field {
    /// The options the citizen chooses from: the definition's options for radios,
    /// checkboxes and select, Ja/Nej (`yes`/`no`) for yes-no, none for other types.
    pub fn choices(&self) -> &[Choice] {
        match self.kind {
            FieldType::YesNo => &YES_NO[..],
            _ => &self.options,
        }
    }

    /// The text of the option with a value.
    pub fn option_label(&self, value: &str) -> Option<&Text> {
        self.choices()
            .iter()
            .find(|c| c.value == value)
            .map(|c| &c.label)
    }

    /// A field of a type with a label and nothing else set: required, no rules.
    pub fn new(id: impl Into<String>, kind: FieldType, label: Text) -> Self {
        Field {
            id: id.into(),
            kind,
            label,
            hint: None,
            required: true,
            max_length: None,
            options: Vec::new(),
            min_selected: None,
            max_selected: None,
            date: None,
            number: None,
            money: None,
            file: None,
            autocomplete: None,
            errors: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page whose options reveal fields: `b` by two options of two fields, `c` and
    /// `d` by one option each, `e` by none.
    fn page() -> Page {
        let t = serde_json::json!({"da": "Tekst", "en": "Text"});
        let option = |value: &str, reveals: &[&str]| serde_json::json!({"value": value, "label": t, "reveals": reveals});
        serde_json::from_value(serde_json::json!({
            "id": "p",
            "fields": [
                {"id": "a", "type": "radios", "label": t,
                 "options": [option("x", &[]), option("y", &["b", "c"])]},
                {"id": "f", "type": "checkboxes", "label": t,
                 "options": [option("x", &["b"]), option("z", &["d"])]},
                {"id": "b", "type": "text", "label": t},
                {"id": "c", "type": "text", "label": t},
                {"id": "d", "type": "text", "label": t},
                {"id": "e", "type": "text", "label": t},
            ],
        }))
        .expect("the test page is a valid page")
    }

    #[test]
    fn the_gathered_reveals_show_exactly_the_fields_the_page_shows() {
        let page = page();
        let text = |s: &str| Answer::Text(s.into());
        let many = |v: &[&str]| Answer::Many(v.iter().map(|s| s.to_string()).collect());
        let cases: [(&str, Answers); 5] = [
            ("no answers", Answers::new()),
            ("a is x", [("a".to_string(), text("x"))].into()),
            ("a is y", [("a".to_string(), text("y"))].into()),
            (
                "f has x and z",
                [("f".to_string(), many(&["x", "z"]))].into(),
            ),
            (
                "a is y and f has z",
                [
                    ("a".to_string(), text("y")),
                    ("f".to_string(), many(&["z"])),
                ]
                .into(),
            ),
        ];
        let reveals = page.reveals();
        for (name, answers) in cases {
            for field in &page.fields {
                assert_eq!(
                    reveals.is_shown(&field.id, &answers),
                    page.is_shown(&field.id, &answers),
                    "{name}: field {}",
                    field.id
                );
            }
        }
    }
}
