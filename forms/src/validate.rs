//! Validation of answers, and the messages that say what is wrong, in both languages.

use crate::date::{Date, DatePart};
use crate::definition::{Answer, DateAnswer, Field, FieldType};
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// What is wrong with one answer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case", tag = "code")]
pub enum ErrorKind {
    /// A required field has no answer.
    Required,
    /// The text is longer than allowed.
    TooLong {
        /// The most characters allowed.
        max: usize,
        /// The characters given.
        actual: usize,
    },
    /// The answer is not an email address.
    InvalidEmail,
    /// The answer is not one of the options.
    NotAnOption,
    /// One or two of the date's inputs are empty.
    DateIncomplete {
        /// The empty inputs.
        missing: Vec<DatePart>,
    },
    /// The date's inputs are not numbers, or not a date in the calendar.
    DateNotReal,
    /// The date is after today, and must not be.
    DateInFuture,
    /// The date is before today, and must not be.
    DateInPast,
}

impl ErrorKind {
    /// The stable code of the error, as in problem responses: e.g. `too_long`.
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::Required => "required",
            ErrorKind::TooLong { .. } => "too_long",
            ErrorKind::InvalidEmail => "invalid_email",
            ErrorKind::NotAnOption => "not_an_option",
            ErrorKind::DateIncomplete { .. } => "date_incomplete",
            ErrorKind::DateNotReal => "date_not_real",
            ErrorKind::DateInFuture => "date_in_future",
            ErrorKind::DateInPast => "date_in_past",
        }
    }
}

/// An error in one field of one page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The id of the page the field is on.
    pub page: String,
    /// The id of the field.
    pub field: String,
    /// What is wrong.
    #[serde(flatten)]
    pub kind: ErrorKind,
}

impl FieldError {
    /// The message for the citizen, in a language, using the field's own texts where
    /// the definition gives them.
    pub fn message(&self, field: Option<&Field>, lang: Lang) -> String {
        message(&self.kind, field, lang)
    }

    /// The date inputs that are wrong, for a date field; empty means all of them.
    pub fn date_parts(&self) -> Vec<DatePart> {
        match &self.kind {
            ErrorKind::DateIncomplete { missing } => missing.clone(),
            _ => Vec::new(),
        }
    }

    /// The id of the input that the error summary links to.
    pub fn target_id(&self, field: Option<&Field>) -> String {
        match field.map(|f| f.kind) {
            Some(FieldType::Date) => {
                let part = self.date_parts().first().copied().unwrap_or(DatePart::Day);
                format!("{}-{}", self.field, part.as_str())
            }
            _ => self.field.clone(),
        }
    }
}

fn join_parts(parts: &[DatePart], lang: Lang) -> String {
    let name = |p: &DatePart| match (p, lang) {
        (DatePart::Day, Lang::Da) => "en dag",
        (DatePart::Month, Lang::Da) => "en måned",
        (DatePart::Year, Lang::Da) => "et år",
        (DatePart::Day, Lang::En) => "a day",
        (DatePart::Month, Lang::En) => "a month",
        (DatePart::Year, Lang::En) => "a year",
    };
    let names: Vec<&str> = parts.iter().map(name).collect();
    let and = if lang == Lang::Da { " og " } else { " and " };
    names.join(and)
}

/// The message for an error, in a language.
pub fn message(kind: &ErrorKind, field: Option<&Field>, lang: Lang) -> String {
    let da = lang == Lang::Da;
    match kind {
        ErrorKind::Required => {
            if let Some(text) = field.and_then(|f| f.errors.as_ref()?.required.as_ref()) {
                return text.get(lang).to_string();
            }
            match (field.map(|f| f.kind), da) {
                (Some(FieldType::Radios), true) => "Vælg en af mulighederne".into(),
                (Some(FieldType::Radios), false) => "Select an option".into(),
                (Some(FieldType::Date), true) => "Skriv en dato".into(),
                (Some(FieldType::Date), false) => "Enter a date".into(),
                (Some(FieldType::Email), true) => "Skriv din e-mailadresse".into(),
                (Some(FieldType::Email), false) => "Enter your email address".into(),
                (_, true) => "Skriv dit svar".into(),
                (_, false) => "Enter your answer".into(),
            }
        }
        ErrorKind::TooLong { max, .. } if da => format!("Svaret må højst være {max} tegn"),
        ErrorKind::TooLong { max, .. } => format!("Your answer must be {max} characters or less"),
        ErrorKind::InvalidEmail if da => {
            "Skriv en e-mailadresse i det rigtige format, fx navn@eksempel.dk".into()
        }
        ErrorKind::InvalidEmail => {
            "Enter an email address in the correct format, like name@example.com".into()
        }
        ErrorKind::NotAnOption if da => "Vælg en af mulighederne på listen".into(),
        ErrorKind::NotAnOption => "Select one of the options in the list".into(),
        ErrorKind::DateIncomplete { missing } if da => {
            format!("Datoen skal indeholde {}", join_parts(missing, lang))
        }
        ErrorKind::DateIncomplete { missing } => {
            format!("The date must include {}", join_parts(missing, lang))
        }
        ErrorKind::DateNotReal if da => "Datoen skal være en rigtig dato".into(),
        ErrorKind::DateNotReal => "The date must be a real date".into(),
        ErrorKind::DateInFuture if da => "Datoen skal være i dag eller tidligere".into(),
        ErrorKind::DateInFuture => "The date must be today or in the past".into(),
        ErrorKind::DateInPast if da => "Datoen skal være i dag eller senere".into(),
        ErrorKind::DateInPast => "The date must be today or in the future".into(),
    }
}

/// Whether a text is an email address: one `@`, a local part, and a domain of at least
/// two labels made of letters, digits and hyphens, with no spaces anywhere.
pub fn is_email(s: &str) -> bool {
    if s.len() > 254 || s.chars().any(char::is_whitespace) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || domain.contains('@') {
        return false;
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// The date of a date answer, or what is wrong with it.
pub fn parse_date(answer: &DateAnswer) -> Result<Date, ErrorKind> {
    let parts = [
        (DatePart::Day, answer.day.trim()),
        (DatePart::Month, answer.month.trim()),
        (DatePart::Year, answer.year.trim()),
    ];
    let missing: Vec<DatePart> = parts
        .iter()
        .filter(|(_, s)| s.is_empty())
        .map(|(p, _)| *p)
        .collect();
    if missing.len() == 3 {
        return Err(ErrorKind::Required);
    }
    if !missing.is_empty() {
        return Err(ErrorKind::DateIncomplete { missing });
    }
    let number = |s: &str| -> Option<u32> {
        if s.len() > 4 || !s.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (Some(day), Some(month), Some(year)) =
        (number(parts[0].1), number(parts[1].1), number(parts[2].1))
    else {
        return Err(ErrorKind::DateNotReal);
    };
    if parts[2].1.len() != 4 {
        return Err(ErrorKind::DateNotReal);
    }
    Date::new(year as i32, month, day).ok_or(ErrorKind::DateNotReal)
}

/// What is wrong with the answer to a field, if anything. `today` is the citizen's
/// date, which the caller knows and this crate does not.
pub fn validate_field(field: &Field, answer: Option<&Answer>, today: Date) -> Option<ErrorKind> {
    let blank = answer.is_none_or(Answer::is_blank);
    if blank {
        return field.required.then_some(ErrorKind::Required);
    }
    let answer = answer?;
    match field.kind {
        FieldType::Text | FieldType::Textarea | FieldType::Email => {
            let Answer::Text(text) = answer else {
                return Some(ErrorKind::Required);
            };
            let text = text.trim();
            let actual = text.chars().count();
            if let Some(max) = field.max_length {
                if actual > max {
                    return Some(ErrorKind::TooLong { max, actual });
                }
            }
            if field.kind == FieldType::Email && !is_email(text) {
                return Some(ErrorKind::InvalidEmail);
            }
            None
        }
        FieldType::Radios => {
            let Answer::Text(value) = answer else {
                return Some(ErrorKind::NotAnOption);
            };
            field
                .option_label(value.trim())
                .is_none()
                .then_some(ErrorKind::NotAnOption)
        }
        FieldType::Date => {
            let Answer::Date(parts) = answer else {
                return Some(ErrorKind::DateNotReal);
            };
            let date = match parse_date(parts) {
                Ok(date) => date,
                Err(kind) => return Some(kind),
            };
            let rules = field.date.clone().unwrap_or_default();
            if rules.not_future && date > today {
                return Some(ErrorKind::DateInFuture);
            }
            if rules.not_past && date < today {
                return Some(ErrorKind::DateInPast);
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::{Choice, DateRules, ErrorTexts};
    use crate::text::Text;

    fn field(kind: FieldType) -> Field {
        Field {
            id: "f".into(),
            kind,
            label: Text::new("Spørgsmål", "Question"),
            hint: None,
            required: true,
            max_length: None,
            options: Vec::new(),
            date: None,
            autocomplete: None,
            errors: None,
        }
    }

    fn today() -> Date {
        Date::new(2026, 11, 27).unwrap()
    }

    fn text(s: &str) -> Answer {
        Answer::Text(s.into())
    }

    fn date(d: &str, m: &str, y: &str) -> Answer {
        Answer::Date(DateAnswer::new(d, m, y))
    }

    #[test]
    fn a_required_field_without_an_answer_is_an_error_and_an_optional_one_is_not() {
        for kind in [
            FieldType::Text,
            FieldType::Textarea,
            FieldType::Email,
            FieldType::Date,
            FieldType::Radios,
        ] {
            let mut f = field(kind);
            assert_eq!(validate_field(&f, None, today()), Some(ErrorKind::Required));
            assert_eq!(
                validate_field(&f, Some(&text("   ")), today()),
                Some(ErrorKind::Required)
            );
            f.required = false;
            assert_eq!(validate_field(&f, None, today()), None, "{kind:?}");
        }
    }

    #[test]
    fn text_longer_than_the_limit_is_too_long_counting_characters_not_bytes() {
        let mut f = field(FieldType::Textarea);
        f.max_length = Some(5);
        let cases = [
            ("æøåæø", None),
            ("  abcde  ", None),
            ("æøåæøå", Some(ErrorKind::TooLong { max: 5, actual: 6 })),
        ];
        for (input, expected) in cases {
            assert_eq!(
                validate_field(&f, Some(&text(input)), today()),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn email_addresses_are_checked_for_their_shape() {
        let valid = [
            "borger@example.dk",
            "a.b+c@sub.kommune.dk",
            "søren@æblegård.dk",
        ];
        let invalid = [
            "borger",
            "borger@",
            "@example.dk",
            "borger@example",
            "bor ger@example.dk",
            "a@@example.dk",
            "a@example..dk",
            ".a@example.dk",
            "a@-example.dk",
            "a@example.d",
            "a@example.123",
        ];
        for s in valid {
            assert!(is_email(s), "{s} should be valid");
        }
        for s in invalid {
            assert!(!is_email(s), "{s} should be invalid");
        }
        let f = field(FieldType::Email);
        assert_eq!(
            validate_field(&f, Some(&text("nope")), today()),
            Some(ErrorKind::InvalidEmail)
        );
    }

    #[test]
    fn a_radio_answer_must_be_one_of_the_options() {
        let mut f = field(FieldType::Radios);
        f.options = vec![Choice {
            value: "pothole".into(),
            label: Text::new("Hul", "Pothole"),
            hint: None,
        }];
        assert_eq!(validate_field(&f, Some(&text("pothole")), today()), None);
        assert_eq!(
            validate_field(&f, Some(&text("volcano")), today()),
            Some(ErrorKind::NotAnOption)
        );
    }

    #[test]
    fn dates_are_checked_for_completeness_reality_and_rules() {
        let mut f = field(FieldType::Date);
        f.date = Some(DateRules {
            not_future: true,
            not_past: false,
        });
        let cases = [
            (date("27", "11", "2026"), None),
            (date("1", "1", "2000"), None),
            (date("29", "2", "2024"), None),
            (date("29", "2", "2025"), Some(ErrorKind::DateNotReal)),
            (date("31", "4", "2026"), Some(ErrorKind::DateNotReal)),
            (date("x", "4", "2026"), Some(ErrorKind::DateNotReal)),
            (date("1", "4", "26"), Some(ErrorKind::DateNotReal)),
            (date("-1", "4", "2026"), Some(ErrorKind::DateNotReal)),
            (date("28", "11", "2026"), Some(ErrorKind::DateInFuture)),
            (
                date("1", "", "2026"),
                Some(ErrorKind::DateIncomplete {
                    missing: vec![DatePart::Month],
                }),
            ),
            (
                date("", "3", ""),
                Some(ErrorKind::DateIncomplete {
                    missing: vec![DatePart::Day, DatePart::Year],
                }),
            ),
            (date("", "", ""), Some(ErrorKind::Required)),
            (text("2026-01-01"), Some(ErrorKind::DateNotReal)),
        ];
        for (answer, expected) in cases {
            assert_eq!(
                validate_field(&f, Some(&answer), today()),
                expected,
                "{answer:?}"
            );
        }
        f.date = Some(DateRules {
            not_future: false,
            not_past: true,
        });
        assert_eq!(
            validate_field(&f, Some(&date("26", "11", "2026")), today()),
            Some(ErrorKind::DateInPast)
        );
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let kinds = [
            ErrorKind::Required,
            ErrorKind::TooLong {
                max: 500,
                actual: 501,
            },
            ErrorKind::InvalidEmail,
            ErrorKind::NotAnOption,
            ErrorKind::DateIncomplete {
                missing: vec![DatePart::Day, DatePart::Year],
            },
            ErrorKind::DateNotReal,
            ErrorKind::DateInFuture,
            ErrorKind::DateInPast,
        ];
        for kind in kinds {
            let da = message(&kind, None, Lang::Da);
            let en = message(&kind, None, Lang::En);
            assert!(!da.is_empty() && !en.is_empty());
            assert_ne!(da, en, "{kind:?} must be translated");
        }
        assert_eq!(
            message(
                &ErrorKind::DateIncomplete {
                    missing: vec![DatePart::Day, DatePart::Year]
                },
                None,
                Lang::Da
            ),
            "Datoen skal indeholde en dag og et år"
        );
    }

    #[test]
    fn a_definition_can_word_its_own_required_message() {
        let mut f = field(FieldType::Text);
        f.errors = Some(ErrorTexts {
            required: Some(Text::new(
                "Skriv hvor problemet er",
                "Enter where the problem is",
            )),
        });
        assert_eq!(
            message(&ErrorKind::Required, Some(&f), Lang::En),
            "Enter where the problem is"
        );
        assert_eq!(
            message(
                &ErrorKind::TooLong { max: 3, actual: 4 },
                Some(&f),
                Lang::Da
            ),
            "Svaret må højst være 3 tegn"
        );
    }

    #[test]
    fn the_error_summary_links_a_date_error_to_its_first_wrong_input() {
        let f = field(FieldType::Date);
        let e = FieldError {
            page: "p".into(),
            field: "f".into(),
            kind: ErrorKind::DateIncomplete {
                missing: vec![DatePart::Month, DatePart::Year],
            },
        };
        assert_eq!(e.target_id(Some(&f)), "f-month");
        let e = FieldError {
            kind: ErrorKind::DateNotReal,
            ..e
        };
        assert_eq!(e.target_id(Some(&f)), "f-day");
        assert_eq!(e.target_id(Some(&field(FieldType::Text))), "f");
    }
}
