//! Validation of answers, and the messages that say what is wrong, in both languages.

use crate::address::{AddressPart, AddressProblem};
use crate::danish::{parse_cpr, parse_cvr, parse_phone, parse_postcode, CodeError};
use crate::date::{Date, DatePart};
use crate::definition::{
    Answer, Answers, DateAnswer, DateRules, Direction, Field, FieldType, PeriodUnit, Within,
};
use crate::file::{FileKind, FileProblem, FileRules};
use crate::journey::long_date;
use crate::number::{display_money, parse_money, strip_currency, Decimal, NumberError};
use crate::text::{Lang, Text};
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
    /// The date must be after a date, and is not.
    DateNotAfter {
        /// The date it must be after.
        after: Date,
    },
    /// The date must be before a date, and is not.
    DateNotBefore {
        /// The date it must be before.
        before: Date,
    },
    /// The date must be a date or later (`not_before`), and is earlier.
    DateTooEarly {
        /// The earliest date allowed.
        earliest: Date,
    },
    /// The date must be a date or earlier (`not_after`), and is later.
    DateTooLate {
        /// The latest date allowed.
        latest: Date,
    },
    /// The date must lie between today and a period from today, and does not.
    DateNotWithin {
        /// The length of the period.
        amount: u32,
        /// Its unit.
        unit: PeriodUnit,
        /// Back from or ahead of today.
        direction: Direction,
    },
    /// The answer is not a number.
    NotANumber,
    /// The number has more decimals than allowed (0: must be a whole number).
    TooManyDecimals {
        /// The most decimals allowed.
        max: u32,
    },
    /// The number or amount is smaller than allowed.
    TooSmall {
        /// The smallest allowed, canonical (`1234.5`).
        min: String,
    },
    /// The number or amount is larger than allowed.
    TooLarge {
        /// The largest allowed, canonical (`1234.5`).
        max: String,
    },
    /// The answer is not an amount of money.
    NotAnAmount,
    /// The amount has more than two decimals (øre).
    AmountTooPrecise,
    /// The answer is not a phone number.
    InvalidPhone,
    /// The answer is not a CPR number of ten digits.
    InvalidCpr,
    /// The first six digits of the CPR number are not a real date.
    CprDateNotReal,
    /// The answer is not a CVR number of eight digits.
    InvalidCvr,
    /// The CVR number fails its check digit: it has a typing error.
    CvrCheckDigit,
    /// The answer is not a Danish postcode.
    InvalidPostcode,
    /// Fewer options are ticked than needed.
    TooFewSelected {
        /// The fewest allowed.
        min: usize,
    },
    /// More options are ticked than allowed.
    TooManySelected {
        /// The most allowed.
        max: usize,
    },
    /// The "none of these" option is ticked together with others.
    ExclusiveWithOthers {
        /// The value of the exclusive option.
        value: String,
    },
    /// The answer sends the route to an exit page: with it, the service cannot be used.
    LeadsToExit {
        /// The id of the exit page.
        exit: String,
    },
    /// A repeat page has fewer items than it needs.
    TooFewItems {
        /// The fewest items needed.
        min: usize,
        /// What one item is called, e.g. "genstand".
        item_name: Text,
    },
    /// A repeat page has more items than allowed.
    TooManyItems {
        /// The most items allowed.
        max: usize,
        /// What one item is called, e.g. "genstand".
        item_name: Text,
    },
    /// An item of a repeat page has answers that are missing or wrong.
    ItemNotValid {
        /// The number of the item, from 1.
        item: usize,
        /// What one item is called, e.g. "genstand".
        item_name: Text,
    },
    /// A part of an address that an address needs is empty.
    AddressPartMissing {
        /// The first empty part.
        part: AddressPart,
    },
    /// A part of an address is not written as such a part is.
    AddressPartNotValid {
        /// The first wrong part.
        part: AddressPart,
    },
    /// A file is not of a kind the field allows.
    FileWrongType {
        /// The file's name.
        name: String,
        /// The kinds allowed.
        kinds: Vec<FileKind>,
    },
    /// A file is larger than the field allows.
    FileTooLarge {
        /// The file's name.
        name: String,
        /// The largest size allowed, in megabytes.
        max_size_mb: u32,
    },
    /// A file is empty.
    FileEmpty {
        /// The file's name.
        name: String,
    },
    /// More files are added than the field allows.
    TooManyFiles {
        /// The most files allowed.
        max: usize,
    },
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
            ErrorKind::DateNotAfter { .. } => "date_not_after",
            ErrorKind::DateNotBefore { .. } => "date_not_before",
            ErrorKind::DateTooEarly { .. } => "date_too_early",
            ErrorKind::DateTooLate { .. } => "date_too_late",
            ErrorKind::DateNotWithin { .. } => "date_not_within",
            ErrorKind::NotANumber => "not_a_number",
            ErrorKind::TooManyDecimals { .. } => "too_many_decimals",
            ErrorKind::TooSmall { .. } => "too_small",
            ErrorKind::TooLarge { .. } => "too_large",
            ErrorKind::NotAnAmount => "not_an_amount",
            ErrorKind::AmountTooPrecise => "amount_too_precise",
            ErrorKind::InvalidPhone => "invalid_phone",
            ErrorKind::InvalidCpr => "invalid_cpr",
            ErrorKind::CprDateNotReal => "cpr_date_not_real",
            ErrorKind::InvalidCvr => "invalid_cvr",
            ErrorKind::CvrCheckDigit => "cvr_check_digit",
            ErrorKind::InvalidPostcode => "invalid_postcode",
            ErrorKind::TooFewSelected { .. } => "too_few_selected",
            ErrorKind::TooManySelected { .. } => "too_many_selected",
            ErrorKind::ExclusiveWithOthers { .. } => "exclusive_with_others",
            ErrorKind::LeadsToExit { .. } => "leads_to_exit",
            ErrorKind::TooFewItems { .. } => "too_few_items",
            ErrorKind::TooManyItems { .. } => "too_many_items",
            ErrorKind::ItemNotValid { .. } => "item_not_valid",
            ErrorKind::AddressPartMissing { .. } => "address_part_missing",
            ErrorKind::AddressPartNotValid { .. } => "address_part_not_valid",
            ErrorKind::FileWrongType { .. } => "file_wrong_type",
            ErrorKind::FileTooLarge { .. } => "file_too_large",
            ErrorKind::FileEmpty { .. } => "file_empty",
            ErrorKind::TooManyFiles { .. } => "too_many_files",
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

    /// The address part that is wrong, for an address field; `None` when the whole
    /// address is missing.
    pub fn address_part(&self) -> Option<AddressPart> {
        match &self.kind {
            ErrorKind::AddressPartMissing { part } | ErrorKind::AddressPartNotValid { part } => {
                Some(*part)
            }
            _ => None,
        }
    }

    /// The id of the input that the error summary links to: for a date or an address,
    /// the first input that is wrong (`{field}-day`, `{field}-number`).
    pub fn target_id(&self, field: Option<&Field>) -> String {
        match field.map(|f| f.kind) {
            Some(FieldType::Date) => {
                let part = self.date_parts().first().copied().unwrap_or(DatePart::Day);
                format!("{}-{}", self.field, part.as_str())
            }
            Some(FieldType::Address) => {
                let part = self.address_part().unwrap_or(AddressPart::Street);
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
                (Some(FieldType::Select), true) => "Vælg en mulighed på listen".into(),
                (Some(FieldType::Select), false) => "Select an option from the list".into(),
                (Some(FieldType::YesNo), true) => "Vælg ja eller nej".into(),
                (Some(FieldType::YesNo), false) => "Select yes or no".into(),
                (Some(FieldType::Checkboxes), true) => "Vælg mindst én af mulighederne".into(),
                (Some(FieldType::Checkboxes), false) => "Select at least one option".into(),
                (Some(FieldType::Number), true) => "Skriv et tal".into(),
                (Some(FieldType::Number), false) => "Enter a number".into(),
                (Some(FieldType::Money), true) => "Skriv et beløb i kroner".into(),
                (Some(FieldType::Money), false) => "Enter an amount in kroner".into(),
                (Some(FieldType::Phone), true) => "Skriv et telefonnummer".into(),
                (Some(FieldType::Phone), false) => "Enter a phone number".into(),
                (Some(FieldType::Cpr), true) => "Skriv et CPR-nummer".into(),
                (Some(FieldType::Cpr), false) => "Enter a CPR number".into(),
                (Some(FieldType::Cvr), true) => "Skriv et CVR-nummer".into(),
                (Some(FieldType::Cvr), false) => "Enter a CVR number".into(),
                (Some(FieldType::Postcode), true) => "Skriv et postnummer".into(),
                (Some(FieldType::Postcode), false) => "Enter a postcode".into(),
                (Some(FieldType::Date), true) => "Skriv en dato".into(),
                (Some(FieldType::Date), false) => "Enter a date".into(),
                (Some(FieldType::Email), true) => "Skriv din e-mailadresse".into(),
                (Some(FieldType::Email), false) => "Enter your email address".into(),
                (Some(FieldType::Address), true) => "Skriv adressen".into(),
                (Some(FieldType::Address), false) => "Enter the address".into(),
                (Some(FieldType::File), true) if max_files(field) > 1 => {
                    "Vælg mindst én fil".into()
                }
                (Some(FieldType::File), false) if max_files(field) > 1 => {
                    "Select at least one file".into()
                }
                (Some(FieldType::File), true) => "Vælg en fil".into(),
                (Some(FieldType::File), false) => "Select a file".into(),
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
        ErrorKind::DateNotAfter { after } if da => {
            format!("Datoen skal være efter {}", long_date(*after, lang))
        }
        ErrorKind::DateNotAfter { after } => {
            format!("The date must be after {}", long_date(*after, lang))
        }
        ErrorKind::DateNotBefore { before } if da => {
            format!("Datoen skal være før {}", long_date(*before, lang))
        }
        ErrorKind::DateNotBefore { before } => {
            format!("The date must be before {}", long_date(*before, lang))
        }
        ErrorKind::DateTooEarly { earliest } => {
            if let Some(text) = field.and_then(|f| f.errors.as_ref()?.not_before.as_ref()) {
                return text.get(lang).to_string();
            }
            if da {
                format!("Datoen skal være {} eller senere", long_date(*earliest, lang))
            } else {
                format!("The date must be {} or later", long_date(*earliest, lang))
            }
        }
        ErrorKind::DateTooLate { latest } => {
            if let Some(text) = field.and_then(|f| f.errors.as_ref()?.not_after.as_ref()) {
                return text.get(lang).to_string();
            }
            if da {
                format!("Datoen skal være {} eller tidligere", long_date(*latest, lang))
            } else {
                format!("The date must be {} or earlier", long_date(*latest, lang))
            }
        }
        ErrorKind::DateNotWithin {
            amount,
            unit,
            direction,
        } => within_message(*amount, *unit, *direction, lang),
        ErrorKind::NotANumber if da => "Skriv et tal, fx 12 eller 12,5".into(),
        ErrorKind::NotANumber => "Enter a number, like 12 or 12.5".into(),
        ErrorKind::TooManyDecimals { max: 0 } if da => "Skriv et helt tal, fx 12".into(),
        ErrorKind::TooManyDecimals { max: 0 } => "Enter a whole number, like 12".into(),
        ErrorKind::TooManyDecimals { max: 1 } if da => {
            "Skriv tallet med højst 1 decimal, fx 12,5".into()
        }
        ErrorKind::TooManyDecimals { max: 1 } => {
            "Enter the number with no more than 1 decimal place, like 12.5".into()
        }
        ErrorKind::TooManyDecimals { max } if da => {
            format!("Skriv tallet med højst {max} decimaler")
        }
        ErrorKind::TooManyDecimals { max } => {
            format!("Enter the number with no more than {max} decimal places")
        }
        ErrorKind::TooSmall { min } => {
            let shown = limit(min, field, lang);
            match (is_money(field), da) {
                (true, true) => format!("Beløbet skal være {shown} eller mere"),
                (true, false) => format!("The amount must be {shown} or more"),
                (false, true) => format!("Tallet skal være {shown} eller mere"),
                (false, false) => format!("The number must be {shown} or more"),
            }
        }
        ErrorKind::TooLarge { max } => {
            let shown = limit(max, field, lang);
            match (is_money(field), da) {
                (true, true) => format!("Beløbet skal være {shown} eller mindre"),
                (true, false) => format!("The amount must be {shown} or less"),
                (false, true) => format!("Tallet skal være {shown} eller mindre"),
                (false, false) => format!("The number must be {shown} or less"),
            }
        }
        ErrorKind::NotAnAmount if da => "Skriv et beløb i kroner, fx 1.234,50".into(),
        ErrorKind::NotAnAmount => "Enter an amount in kroner, like 1234.50".into(),
        ErrorKind::AmountTooPrecise if da => {
            "Skriv beløbet med højst 2 decimaler (øre), fx 1.234,50".into()
        }
        ErrorKind::AmountTooPrecise => {
            "Enter the amount with no more than 2 decimal places (øre), like 1234.50".into()
        }
        ErrorKind::InvalidPhone if da => {
            "Skriv et telefonnummer på 8 cifre, fx 12 34 56 78, eller et udenlandsk nummer med landekode, fx +46 70 123 45 67".into()
        }
        ErrorKind::InvalidPhone => {
            "Enter a Danish phone number of 8 digits, like 12 34 56 78, or an international number with its country code, like +44 7700 900982".into()
        }
        ErrorKind::InvalidCpr if da => "Skriv CPR-nummeret med 10 cifre, fx 010190-1234".into(),
        ErrorKind::InvalidCpr => "Enter the CPR number with 10 digits, like 010190-1234".into(),
        ErrorKind::CprDateNotReal if da => {
            "De første 6 cifre i CPR-nummeret skal være en fødselsdato, fx 010190".into()
        }
        ErrorKind::CprDateNotReal => {
            "The first 6 digits of the CPR number must be a date of birth, like 010190".into()
        }
        ErrorKind::InvalidCvr if da => "Skriv CVR-nummeret med 8 cifre, fx 12345678".into(),
        ErrorKind::InvalidCvr => "Enter the CVR number with 8 digits, like 12345678".into(),
        ErrorKind::CvrCheckDigit if da => {
            "Tjek CVR-nummeret: det er ikke et gyldigt CVR-nummer".into()
        }
        ErrorKind::CvrCheckDigit => "Check the CVR number: it is not a valid CVR number".into(),
        ErrorKind::InvalidPostcode if da => "Skriv et dansk postnummer på 4 cifre, fx 8000".into(),
        ErrorKind::InvalidPostcode => "Enter a Danish postcode of 4 digits, like 8000".into(),
        ErrorKind::TooFewSelected { min: 1 } if da => "Vælg mindst én af mulighederne".into(),
        ErrorKind::TooFewSelected { min: 1 } => "Select at least one option".into(),
        ErrorKind::TooFewSelected { min } if da => format!("Vælg mindst {min} af mulighederne"),
        ErrorKind::TooFewSelected { min } => format!("Select at least {min} options"),
        ErrorKind::TooManySelected { max: 1 } if da => "Vælg højst én af mulighederne".into(),
        ErrorKind::TooManySelected { max: 1 } => "Select no more than one option".into(),
        ErrorKind::TooManySelected { max } if da => format!("Vælg højst {max} af mulighederne"),
        ErrorKind::TooManySelected { max } => format!("Select no more than {max} options"),
        ErrorKind::ExclusiveWithOthers { value } => {
            let label = field
                .and_then(|f| f.option_label(value))
                .map(|t| t.get(lang).to_string());
            match (label, da) {
                (Some(l), true) => format!("Vælg enten \"{l}\" eller en eller flere af de andre muligheder"),
                (Some(l), false) => format!("Select either \"{l}\" or one or more of the other options"),
                (None, true) => "Vælg enten den sidste mulighed eller en eller flere af de andre".into(),
                (None, false) => "Select either the last option or one or more of the others".into(),
            }
        }
        ErrorKind::LeadsToExit { .. } if da => {
            "Med dette svar kan du ikke bruge denne løsning".into()
        }
        ErrorKind::LeadsToExit { .. } => "With this answer you cannot use this service".into(),
        ErrorKind::TooFewItems { min: 1, item_name } if da => {
            format!("Tilføj mindst én {}", item_name.da.trim())
        }
        ErrorKind::TooFewItems { min: 1, item_name } => {
            format!("Add at least one {}", item_name.en.trim())
        }
        ErrorKind::TooFewItems { min, item_name } if da => {
            format!("Tilføj mindst {min} – én {} ad gangen", item_name.da.trim())
        }
        ErrorKind::TooFewItems { min, item_name } => {
            format!("Add at least {min} – one {} at a time", item_name.en.trim())
        }
        ErrorKind::TooManyItems { max, .. } if da => {
            format!("Du kan højst tilføje {max} – fjern en fra listen")
        }
        ErrorKind::TooManyItems { max, .. } => {
            format!("You can add no more than {max} – remove one from the list")
        }
        ErrorKind::ItemNotValid { item, item_name } if da => format!(
            "Svarene om {} {item} mangler eller er forkerte – vælg Skift for at rette dem",
            item_name.da.trim()
        ),
        ErrorKind::ItemNotValid { item, item_name } => format!(
            "The answers about {} {item} are missing or wrong – select Change to correct them",
            item_name.en.trim()
        ),
        ErrorKind::AddressPartMissing { part } => address_missing(*part, lang).into(),
        ErrorKind::AddressPartNotValid { part } => address_not_valid(*part, lang).into(),
        ErrorKind::FileWrongType { name, kinds } => {
            let kinds = FileRules {
                kinds: kinds.clone(),
                ..FileRules::default()
            }
            .kinds_text(lang);
            if da {
                format!("'{name}' er ikke en tilladt filtype. Vælg en {kinds}.")
            } else {
                format!("'{name}' is not an allowed file type. Choose a {kinds}.")
            }
        }
        ErrorKind::FileTooLarge { name, max_size_mb } if da => {
            format!("'{name}' er for stor. Filen må højst fylde {max_size_mb} MB.")
        }
        ErrorKind::FileTooLarge { name, max_size_mb } => {
            format!("'{name}' is too large. The file must be {max_size_mb} MB or smaller.")
        }
        ErrorKind::FileEmpty { name } if da => {
            format!("'{name}' er tom. Vælg en fil med indhold.")
        }
        ErrorKind::FileEmpty { name } => format!("'{name}' is empty. Choose a file with content."),
        ErrorKind::TooManyFiles { max: 1 } if da => {
            "Du kan kun vælge én fil. Fjern en af filerne.".into()
        }
        ErrorKind::TooManyFiles { max: 1 } => "Select only one file. Remove one of the files.".into(),
        ErrorKind::TooManyFiles { max } if da => {
            format!("Du kan højst vælge {max} filer. Fjern en af filerne.")
        }
        ErrorKind::TooManyFiles { max } => {
            format!("Select no more than {max} files. Remove one of the files.")
        }
    }
}

fn max_files(field: Option<&Field>) -> usize {
    field
        .and_then(|f| f.file.as_ref())
        .map_or(1, |r| r.max_files)
}

fn address_missing(part: AddressPart, lang: Lang) -> &'static str {
    match (part, lang) {
        (AddressPart::Street, Lang::Da) => "Skriv vejnavnet",
        (AddressPart::Street, Lang::En) => "Enter the street name",
        (AddressPart::Number, Lang::Da) => "Skriv husnummeret",
        (AddressPart::Number, Lang::En) => "Enter the house number",
        (AddressPart::Floor, Lang::Da) => "Skriv etagen",
        (AddressPart::Floor, Lang::En) => "Enter the floor",
        (AddressPart::Door, Lang::Da) => "Skriv døren",
        (AddressPart::Door, Lang::En) => "Enter the door",
        (AddressPart::Postcode, Lang::Da) => "Skriv postnummeret",
        (AddressPart::Postcode, Lang::En) => "Enter the postcode",
        (AddressPart::City, Lang::Da) => "Skriv bynavnet",
        (AddressPart::City, Lang::En) => "Enter the town or city",
    }
}

fn address_not_valid(part: AddressPart, lang: Lang) -> &'static str {
    match (part, lang) {
        (AddressPart::Street, Lang::Da) => "Vejnavnet må højst være 80 tegn",
        (AddressPart::Street, Lang::En) => "The street name must be 80 characters or less",
        (AddressPart::Number, Lang::Da) => {
            "Skriv husnummeret som et tal, evt. med et bogstav, fx 12, 12A eller 12-14"
        }
        (AddressPart::Number, Lang::En) => {
            "Enter the house number as a number, perhaps with a letter, like 12, 12A or 12-14"
        }
        (AddressPart::Floor, Lang::Da) => {
            "Skriv etagen som st (stuen), kl (kælder) eller et tal fra 1 til 99"
        }
        (AddressPart::Floor, Lang::En) => {
            "Enter the floor as st (ground floor), kl (basement) or a number from 1 to 99"
        }
        (AddressPart::Door, Lang::Da) => {
            "Skriv døren som th (til højre), tv (til venstre), mf (midtfor) eller et nummer, fx 3"
        }
        (AddressPart::Door, Lang::En) => {
            "Enter the door as th (right), tv (left), mf (middle) or a number, like 3"
        }
        (AddressPart::Postcode, Lang::Da) => "Skriv et dansk postnummer på 4 cifre, fx 8000",
        (AddressPart::Postcode, Lang::En) => "Enter a Danish postcode of 4 digits, like 8000",
        (AddressPart::City, Lang::Da) => "Bynavnet må højst være 80 tegn",
        (AddressPart::City, Lang::En) => "The town or city must be 80 characters or less",
    }
}

/// What is wrong with one file under a field's rules, as an error of the field.
pub fn file_error(rules: &FileRules, name: &str, size: u64, media_type: &str) -> Option<ErrorKind> {
    rules
        .check(name, size, media_type)
        .map(|problem| match problem {
            FileProblem::WrongType => ErrorKind::FileWrongType {
                name: name.to_string(),
                kinds: rules.kinds.clone(),
            },
            FileProblem::TooLarge => ErrorKind::FileTooLarge {
                name: name.to_string(),
                max_size_mb: rules.max_size_mb,
            },
            FileProblem::Empty => ErrorKind::FileEmpty {
                name: name.to_string(),
            },
        })
}

fn is_money(field: Option<&Field>) -> bool {
    field.is_some_and(|f| f.kind == FieldType::Money)
}

/// A limit as the citizen reads it: with the field's unit, or as kroner.
fn limit(canonical: &str, field: Option<&Field>, lang: Lang) -> String {
    let Some(d) = Decimal::parse_canonical(canonical) else {
        return canonical.to_string();
    };
    if is_money(field) {
        if let Some(ore) = d.hundredths() {
            return display_money(ore, lang);
        }
    }
    let mut shown = d.normalized().display(lang);
    if let Some(unit) = field.and_then(|f| f.number.as_ref()?.unit.as_ref()) {
        shown = format!("{shown} {}", unit.get(lang));
    }
    shown
}

fn within_message(amount: u32, unit: PeriodUnit, direction: Direction, lang: Lang) -> String {
    let future = direction == Direction::Future;
    match lang {
        Lang::Da => {
            let (one, many, article) = match unit {
                PeriodUnit::Days => ("dag", "dage", "den"),
                PeriodUnit::Months => ("måned", "måneder", "den"),
                PeriodUnit::Years => ("år", "år", "det"),
            };
            let way = if future { "næste" } else { "seneste" };
            if amount == 1 {
                format!("Datoen skal være inden for {article} {way} {one}")
            } else {
                format!("Datoen skal være inden for de {way} {amount} {many}")
            }
        }
        Lang::En => {
            let (one, many) = match unit {
                PeriodUnit::Days => ("day", "days"),
                PeriodUnit::Months => ("month", "months"),
                PeriodUnit::Years => ("year", "years"),
            };
            let way = if future { "next" } else { "past" };
            if amount == 1 {
                format!("The date must be within the {way} {one}")
            } else {
                format!("The date must be within the {way} {amount} {many}")
            }
        }
    }
}

/// A date moved by whole months, the day kept or moved back to the month's last day
/// (31 January plus one month is 28 or 29 February).
pub fn add_months(date: Date, months: i64) -> Date {
    let index = i64::from(date.year) * 12 + i64::from(date.month) - 1 + months;
    let year = index.div_euclid(12) as i32;
    let month = index.rem_euclid(12) as u32 + 1;
    let day = date.day.min(crate::date::days_in_month(year, month));
    Date { year, month, day }
}

/// The day a period after (`forward`) or before a date ends: days counted one by one,
/// months and years in the calendar (the day kept, or moved back to the month's end).
pub fn period_end(from: Date, amount: u32, unit: PeriodUnit, forward: bool) -> Date {
    let n = if forward {
        i64::from(amount)
    } else {
        -i64::from(amount)
    };
    match unit {
        PeriodUnit::Days => Date::from_days_since_epoch(from.days_since_epoch() + n),
        PeriodUnit::Months => add_months(from, n),
        PeriodUnit::Years => add_months(from, n * 12),
    }
}

/// The first and last day of a period from today, both included.
pub fn within_range(within: &Within, today: Date) -> Option<(Date, Date)> {
    let (amount, unit) = within.period()?;
    let forward = within.direction == Direction::Future;
    let other = period_end(today, amount, unit, forward);
    Some(if forward {
        (today, other)
    } else {
        (other, today)
    })
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
/// date, which the caller knows and this crate does not. Date rules that refer to
/// another field are not checked here; see [`validate_field_in`].
pub fn validate_field(field: &Field, answer: Option<&Answer>, today: Date) -> Option<ErrorKind> {
    validate_field_in(field, answer, &Answers::new(), today)
}

fn code_error(e: CodeError, format: ErrorKind, other: ErrorKind) -> ErrorKind {
    match e {
        CodeError::Format => format,
        CodeError::CprDate | CodeError::CheckDigit => other,
    }
}

/// Reads a number answer under the field's rules: its exact value or what is wrong.
pub fn parse_number_answer(field: &Field, text: &str) -> Result<Decimal, ErrorKind> {
    let n = Decimal::parse_input(text).map_err(|_| ErrorKind::NotANumber)?;
    if let Some(max) = field.number.as_ref().and_then(|r| r.decimals) {
        if n.decimals_needed() > max {
            return Err(ErrorKind::TooManyDecimals { max });
        }
    }
    Ok(n)
}

/// Reads a money answer into øre: its exact value or what is wrong.
pub fn parse_money_answer(text: &str) -> Result<i128, ErrorKind> {
    parse_money(text).map_err(|e| match e {
        NumberError::TooManyDecimals(_) => ErrorKind::AmountTooPrecise,
        NumberError::NotANumber => ErrorKind::NotAnAmount,
    })
}

fn check_range(n: Decimal, min: Option<&Decimal>, max: Option<&Decimal>) -> Option<ErrorKind> {
    if let Some(min) = min.filter(|m| n < **m) {
        return Some(ErrorKind::TooSmall {
            min: min.normalized().canonical(),
        });
    }
    if let Some(max) = max.filter(|m| n > **m) {
        return Some(ErrorKind::TooLarge {
            max: max.normalized().canonical(),
        });
    }
    None
}

/// What is wrong with the answer to a field, if anything, with the other answers at
/// hand for date rules that refer to another field (a rule whose field has no valid
/// date is not checked).
pub fn validate_field_in(
    field: &Field,
    answer: Option<&Answer>,
    answers: &Answers,
    today: Date,
) -> Option<ErrorKind> {
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
        FieldType::Radios | FieldType::Select | FieldType::YesNo => {
            let Answer::Text(value) = answer else {
                return Some(ErrorKind::NotAnOption);
            };
            field
                .option_label(value.trim())
                .is_none()
                .then_some(ErrorKind::NotAnOption)
        }
        FieldType::Checkboxes => {
            let Answer::Many(values) = answer else {
                return Some(ErrorKind::NotAnOption);
            };
            let values: Vec<&str> = values
                .iter()
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .collect();
            if values.iter().any(|v| field.option_label(v).is_none()) {
                return Some(ErrorKind::NotAnOption);
            }
            let mut distinct = values.clone();
            distinct.sort_unstable();
            distinct.dedup();
            if distinct.len() > 1 {
                if let Some(exclusive) = field
                    .choices()
                    .iter()
                    .find(|c| c.exclusive && distinct.contains(&c.value.as_str()))
                {
                    return Some(ErrorKind::ExclusiveWithOthers {
                        value: exclusive.value.clone(),
                    });
                }
            }
            if let Some(min) = field.min_selected.filter(|m| distinct.len() < *m) {
                return Some(ErrorKind::TooFewSelected { min });
            }
            if let Some(max) = field.max_selected.filter(|m| distinct.len() > *m) {
                return Some(ErrorKind::TooManySelected { max });
            }
            None
        }
        FieldType::Number => {
            let Answer::Text(text) = answer else {
                return Some(ErrorKind::NotANumber);
            };
            let n = match parse_number_answer(field, text) {
                Ok(n) => n,
                Err(kind) => return Some(kind),
            };
            let rules = field.number.as_ref();
            check_range(
                n,
                rules.and_then(|r| r.min.as_ref()),
                rules.and_then(|r| r.max.as_ref()),
            )
        }
        FieldType::Money => {
            let Answer::Text(text) = answer else {
                return Some(ErrorKind::NotAnAmount);
            };
            let ore = match parse_money_answer(text) {
                Ok(ore) => ore,
                Err(kind) => return Some(kind),
            };
            let rules = field.money.as_ref();
            check_range(
                Decimal::from_hundredths(ore),
                rules.and_then(|r| r.min.as_ref()),
                rules.and_then(|r| r.max.as_ref()),
            )
        }
        FieldType::Phone | FieldType::Cpr | FieldType::Cvr | FieldType::Postcode => {
            let text = answer.as_text();
            let result = match field.kind {
                FieldType::Phone => parse_phone(text)
                    .map_err(|e| code_error(e, ErrorKind::InvalidPhone, ErrorKind::InvalidPhone)),
                FieldType::Cpr => parse_cpr(text)
                    .map_err(|e| code_error(e, ErrorKind::InvalidCpr, ErrorKind::CprDateNotReal)),
                FieldType::Cvr => parse_cvr(text)
                    .map_err(|e| code_error(e, ErrorKind::InvalidCvr, ErrorKind::CvrCheckDigit)),
                _ => parse_postcode(text).map_err(|_| ErrorKind::InvalidPostcode),
            };
            result.err()
        }
        FieldType::Address => {
            let Answer::Address(address) = answer else {
                return Some(ErrorKind::Required);
            };
            match address.parse() {
                Ok(_) => None,
                Err(AddressProblem::Missing(part)) => Some(ErrorKind::AddressPartMissing { part }),
                Err(AddressProblem::NotValid(part)) => {
                    Some(ErrorKind::AddressPartNotValid { part })
                }
            }
        }
        FieldType::File => {
            let Answer::Files(files) = answer else {
                return Some(ErrorKind::Required);
            };
            let default;
            let rules = match &field.file {
                Some(rules) => rules,
                None => {
                    default = FileRules::default();
                    &default
                }
            };
            if files.len() > rules.max_files {
                return Some(ErrorKind::TooManyFiles {
                    max: rules.max_files,
                });
            }
            files
                .iter()
                .find_map(|f| file_error(rules, &f.name, f.size, &f.content_type))
        }
        FieldType::Date => {
            let Answer::Date(parts) = answer else {
                return Some(ErrorKind::DateNotReal);
            };
            let date = match parse_date(parts) {
                Ok(date) => date,
                Err(kind) => return Some(kind),
            };
            let default = DateRules::default();
            let rules = field.date.as_ref().unwrap_or(&default);
            if rules.not_future && date > today {
                return Some(ErrorKind::DateInFuture);
            }
            if rules.not_past && date < today {
                return Some(ErrorKind::DateInPast);
            }
            if let Some(after) = rules.after.as_ref().and_then(|r| r.resolve(answers, today)) {
                if date <= after {
                    return Some(ErrorKind::DateNotAfter { after });
                }
            }
            if let Some(before) = rules
                .before
                .as_ref()
                .and_then(|r| r.resolve(answers, today))
            {
                if date >= before {
                    return Some(ErrorKind::DateNotBefore { before });
                }
            }
            if let Some(earliest) = rules
                .not_before
                .as_ref()
                .and_then(|r| r.resolve(answers, today))
            {
                if date < earliest {
                    return Some(ErrorKind::DateTooEarly { earliest });
                }
            }
            if let Some(latest) = rules
                .not_after
                .as_ref()
                .and_then(|r| r.resolve(answers, today))
            {
                if date > latest {
                    return Some(ErrorKind::DateTooLate { latest });
                }
            }
            if let Some(within) = &rules.within {
                if let (Some((first, last)), Some((amount, unit))) =
                    (within_range(within, today), within.period())
                {
                    if date < first || date > last {
                        return Some(ErrorKind::DateNotWithin {
                            amount,
                            unit,
                            direction: within.direction,
                        });
                    }
                }
            }
            None
        }
    }
}

/// The canonical value of a valid, non-blank answer, for backends: numbers as
/// `1234.5`, amounts as `1234.50`, phones in E.164, CPR as `DDMMYY-SSSS`, CVR and
/// postcodes as their digits, choices trimmed, checkboxes in the order of the options,
/// texts trimmed, dates with trimmed inputs, addresses as
/// [`crate::address::AddressAnswer::parse`] writes them, files as uploaded. `None`
/// for a blank answer.
pub fn canonical_answer(field: &Field, answer: &Answer) -> Option<Answer> {
    if answer.is_blank() {
        return None;
    }
    let text = answer.as_text().trim();
    let canonical = match (field.kind, answer) {
        (FieldType::Number, Answer::Text(_)) => Decimal::parse_input(text)
            .ok()
            .map(|n| n.normalized().canonical()),
        (FieldType::Money, Answer::Text(_)) => parse_money(text)
            .ok()
            .map(|ore| Decimal::from_hundredths(ore).canonical()),
        (FieldType::Phone, Answer::Text(_)) => parse_phone(text).ok(),
        (FieldType::Cpr, Answer::Text(_)) => parse_cpr(text).ok(),
        (FieldType::Cvr, Answer::Text(_)) => parse_cvr(text).ok(),
        (FieldType::Postcode, Answer::Text(_)) => parse_postcode(text).ok(),
        (_, Answer::Many(values)) => {
            let ticked: Vec<&str> = values.iter().map(|v| v.trim()).collect();
            let mut ordered: Vec<String> = field
                .choices()
                .iter()
                .filter(|c| ticked.contains(&c.value.as_str()))
                .map(|c| c.value.clone())
                .collect();
            for v in ticked {
                if !v.is_empty() && !ordered.iter().any(|o| o == v) {
                    ordered.push(v.to_string());
                }
            }
            return Some(Answer::Many(ordered));
        }
        (_, Answer::Date(d)) => {
            return Some(Answer::Date(DateAnswer::new(
                d.day.trim(),
                d.month.trim(),
                d.year.trim(),
            )))
        }
        (_, Answer::Items(items)) => return Some(Answer::Items(items.clone())),
        (_, Answer::Address(a)) => {
            return Some(Answer::Address(a.parse().unwrap_or_else(|_| a.clone())))
        }
        (_, Answer::Files(files)) => return Some(Answer::Files(files.clone())),
        (_, Answer::Text(_)) => None,
    };
    Some(Answer::Text(canonical.unwrap_or_else(|| text.to_string())))
}

/// Reads a number or an amount answer as typed, exactly; `None` if it is not one.
pub fn answer_number(answer: &Answer) -> Option<Decimal> {
    match answer {
        Answer::Text(t) => Decimal::parse_input(strip_currency(t)).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::{Choice, DateRules, ErrorTexts};
    use crate::text::Text;

    fn field(kind: FieldType) -> Field {
        Field::new("f", kind, Text::new("Spørgsmål", "Question"))
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
            FieldType::Number,
            FieldType::Money,
            FieldType::Phone,
            FieldType::Cpr,
            FieldType::Cvr,
            FieldType::Postcode,
            FieldType::Checkboxes,
            FieldType::Select,
            FieldType::YesNo,
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
            exclusive: false,
            reveals: Vec::new(),
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
            ..DateRules::default()
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
            ..DateRules::default()
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
        let kinds = kinds.into_iter().chain(new_kinds());
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
            ..ErrorTexts::default()
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

    fn new_kinds() -> Vec<ErrorKind> {
        vec![
            ErrorKind::DateNotAfter {
                after: Date::new(2026, 1, 1).unwrap(),
            },
            ErrorKind::DateNotBefore {
                before: Date::new(2026, 1, 1).unwrap(),
            },
            ErrorKind::DateTooEarly {
                earliest: Date::new(2026, 1, 1).unwrap(),
            },
            ErrorKind::DateTooLate {
                latest: Date::new(2026, 1, 1).unwrap(),
            },
            ErrorKind::DateNotWithin {
                amount: 30,
                unit: PeriodUnit::Days,
                direction: Direction::Future,
            },
            ErrorKind::NotANumber,
            ErrorKind::TooManyDecimals { max: 0 },
            ErrorKind::TooManyDecimals { max: 1 },
            ErrorKind::TooManyDecimals { max: 3 },
            ErrorKind::TooSmall { min: "1.5".into() },
            ErrorKind::TooLarge { max: "1000".into() },
            ErrorKind::NotAnAmount,
            ErrorKind::AmountTooPrecise,
            ErrorKind::InvalidPhone,
            ErrorKind::InvalidCpr,
            ErrorKind::CprDateNotReal,
            ErrorKind::InvalidCvr,
            ErrorKind::CvrCheckDigit,
            ErrorKind::InvalidPostcode,
            ErrorKind::TooFewSelected { min: 2 },
            ErrorKind::TooManySelected { max: 2 },
            ErrorKind::ExclusiveWithOthers {
                value: "none".into(),
            },
            ErrorKind::LeadsToExit {
                exit: "not-eligible".into(),
            },
        ]
        .into_iter()
        .chain(AddressPart::ALL.into_iter().flat_map(|part| {
            [
                ErrorKind::AddressPartMissing { part },
                ErrorKind::AddressPartNotValid { part },
            ]
        }))
        .chain([
            ErrorKind::FileWrongType {
                name: "a.exe".into(),
                kinds: vec![FileKind::Pdf],
            },
            ErrorKind::FileTooLarge {
                name: "a.pdf".into(),
                max_size_mb: 10,
            },
            ErrorKind::FileEmpty {
                name: "a.pdf".into(),
            },
            ErrorKind::TooManyFiles { max: 1 },
            ErrorKind::TooManyFiles { max: 3 },
        ])
        .collect()
    }

    fn address(
        street: &str,
        number: &str,
        floor: &str,
        door: &str,
        postcode: &str,
        city: &str,
    ) -> Answer {
        Answer::Address(crate::address::AddressAnswer::new(
            street, number, floor, door, postcode, city,
        ))
    }

    #[test]
    fn an_address_error_names_and_links_to_the_first_wrong_part() {
        let f = field(FieldType::Address);
        let cases = [
            (
                address("Vestergade", "12", "2", "th", "8000", "Aarhus C"),
                None,
                "",
            ),
            (
                address("", "", "", "", "", ""),
                Some("Skriv adressen"),
                "home-street",
            ),
            (
                address("", "12", "", "", "8000", "Aarhus C"),
                Some("Skriv vejnavnet"),
                "home-street",
            ),
            (
                address("Vestergade", "12", "", "", "8000", ""),
                Some("Skriv bynavnet"),
                "home-city",
            ),
            (
                address("Vestergade", "tolv", "", "", "8000", "Aarhus C"),
                Some("Skriv husnummeret som et tal, evt. med et bogstav, fx 12, 12A eller 12-14"),
                "home-number",
            ),
            (
                address("Vestergade", "12", "tag", "", "8000", "Aarhus C"),
                Some("Skriv etagen som st (stuen), kl (kælder) eller et tal fra 1 til 99"),
                "home-floor",
            ),
            (
                address("Vestergade", "12", "2", "højre", "8000", "Aarhus C"),
                Some("Skriv døren som th (til højre), tv (til venstre), mf (midtfor) eller et nummer, fx 3"),
                "home-door",
            ),
            (
                address("Vestergade", "12", "", "", "0000", "Aarhus C"),
                Some("Skriv et dansk postnummer på 4 cifre, fx 8000"),
                "home-postcode",
            ),
        ];
        for (answer, expected, target) in cases {
            let kind = validate_field(&f, Some(&answer), today());
            let error = kind.map(|kind| FieldError {
                page: "p".into(),
                field: "home".into(),
                kind,
            });
            assert_eq!(
                error
                    .as_ref()
                    .map(|e| e.message(Some(&f), Lang::Da))
                    .as_deref(),
                expected,
                "{answer:?}"
            );
            if let Some(e) = error {
                assert_eq!(e.target_id(Some(&f)), target, "{answer:?}");
            }
        }
    }

    #[test]
    fn an_address_is_submitted_in_canonical_form() {
        let f = field(FieldType::Address);
        let typed = address(" Vestergade ", "12 a", "St.", "TH", " 8000", "Aarhus  C");
        assert_eq!(
            canonical_answer(&f, &typed),
            Some(address("Vestergade", "12A", "st", "th", "8000", "Aarhus C"))
        );
    }

    fn file(name: &str, size: u64, content_type: &str) -> crate::contract::AttachmentRef {
        crate::contract::AttachmentRef {
            id: format!("id-{name}"),
            name: name.into(),
            size,
            content_type: content_type.into(),
        }
    }

    #[test]
    fn file_errors_name_the_file_in_both_languages() {
        let mut f = field(FieldType::File);
        f.file = Some(FileRules {
            max_files: 2,
            max_size_mb: 1,
            ..FileRules::default()
        });
        let pdf = |name: &str, size| file(name, size, "application/pdf");
        let cases = [
            (vec![pdf("kvittering.pdf", 1000)], None, None),
            (vec![pdf("a.pdf", 1), pdf("b.pdf", 1)], None, None),
            (
                vec![],
                Some("Vælg mindst én fil"),
                Some("Select at least one file"),
            ),
            (
                vec![
                    pdf("a.pdf", 1),
                    file("kvittering.exe", 10, "application/x-msdownload"),
                ],
                Some("'kvittering.exe' er ikke en tilladt filtype. Vælg en PDF, JPG eller PNG."),
                Some("'kvittering.exe' is not an allowed file type. Choose a PDF, JPG or PNG."),
            ),
            (
                vec![pdf("scan.pdf", 1024 * 1024 + 1)],
                Some("'scan.pdf' er for stor. Filen må højst fylde 1 MB."),
                Some("'scan.pdf' is too large. The file must be 1 MB or smaller."),
            ),
            (
                vec![pdf("tom.pdf", 0)],
                Some("'tom.pdf' er tom. Vælg en fil med indhold."),
                Some("'tom.pdf' is empty. Choose a file with content."),
            ),
            (
                vec![pdf("a.pdf", 1), pdf("b.pdf", 1), pdf("c.pdf", 1)],
                Some("Du kan højst vælge 2 filer. Fjern en af filerne."),
                Some("Select no more than 2 files. Remove one of the files."),
            ),
        ];
        for (files, da, en) in cases {
            let answer = if files.is_empty() {
                None
            } else {
                Some(Answer::Files(files.clone()))
            };
            let kind = validate_field(&f, answer.as_ref(), today());
            assert_eq!(
                kind.as_ref()
                    .map(|k| message(k, Some(&f), Lang::Da))
                    .as_deref(),
                da,
                "{files:?}"
            );
            assert_eq!(
                kind.as_ref()
                    .map(|k| message(k, Some(&f), Lang::En))
                    .as_deref(),
                en,
                "{files:?}"
            );
        }
    }

    #[test]
    fn one_file_is_asked_for_in_the_singular() {
        let f = field(FieldType::File);
        let kind = validate_field(&f, None, today()).unwrap();
        assert_eq!(message(&kind, Some(&f), Lang::Da), "Vælg en fil");
        assert_eq!(message(&kind, Some(&f), Lang::En), "Select a file");
    }

    fn choice(value: &str) -> Choice {
        Choice::new(
            value,
            Text::new(format!("{value} da"), format!("{value} en")),
        )
    }

    fn many(values: &[&str]) -> Answer {
        Answer::Many(values.iter().map(|v| v.to_string()).collect())
    }

    fn check(f: &Field, cases: &[(&str, Option<ErrorKind>)]) {
        for (input, expected) in cases {
            assert_eq!(
                validate_field(f, Some(&text(input)), today()),
                *expected,
                "{:?} {input:?}",
                f.kind
            );
        }
    }

    fn dec(s: &str) -> Decimal {
        Decimal::parse_canonical(s).unwrap()
    }

    #[test]
    fn numbers_are_read_in_danish_and_english_and_checked_against_their_rules() {
        let mut f = field(FieldType::Number);
        check(
            &f,
            &[
                ("1.234,5", None),
                ("1234.5", None),
                ("-3", None),
                ("12 kg", Some(ErrorKind::NotANumber)),
                ("1,2,3", Some(ErrorKind::NotANumber)),
            ],
        );
        f.number = Some(crate::definition::NumberRules {
            decimals: Some(0),
            min: Some(dec("1")),
            max: Some(dec("10000")),
            unit: None,
        });
        check(
            &f,
            &[
                ("1", None),
                ("10.000", None),
                ("10.000,00", None),
                (
                    "10.001",
                    Some(ErrorKind::TooLarge {
                        max: "10000".into(),
                    }),
                ),
                ("0", Some(ErrorKind::TooSmall { min: "1".into() })),
                ("2,5", Some(ErrorKind::TooManyDecimals { max: 0 })),
            ],
        );
        f.number = Some(crate::definition::NumberRules {
            decimals: Some(2),
            min: Some(dec("0.1")),
            max: Some(dec("0.3")),
            unit: Some(Text::new("m²", "m²")),
        });
        check(
            &f,
            &[
                ("0,1", None),
                ("0,30", None),
                ("0,09", Some(ErrorKind::TooSmall { min: "0.1".into() })),
                ("0,31", Some(ErrorKind::TooLarge { max: "0.3".into() })),
                ("0,105", Some(ErrorKind::TooManyDecimals { max: 2 })),
            ],
        );
        assert_eq!(
            message(
                &ErrorKind::TooSmall { min: "0.1".into() },
                Some(&f),
                Lang::Da
            ),
            "Tallet skal være 0,1 m² eller mere"
        );
    }

    #[test]
    fn amounts_are_exact_to_the_ore_and_never_rounded() {
        let mut f = field(FieldType::Money);
        f.money = Some(crate::definition::MoneyRules {
            min: Some(dec("0.50")),
            max: Some(dec("10000")),
        });
        check(
            &f,
            &[
                ("1.234,50", None),
                ("1234,5", None),
                ("1234 kr.", None),
                ("1 234,50", None),
                ("0,50", None),
                ("10.000,00 kr.", None),
                ("1234,505", Some(ErrorKind::AmountTooPrecise)),
                ("0,49", Some(ErrorKind::TooSmall { min: "0.5".into() })),
                (
                    "10.000,01",
                    Some(ErrorKind::TooLarge {
                        max: "10000".into(),
                    }),
                ),
                ("mange penge", Some(ErrorKind::NotAnAmount)),
            ],
        );
        assert_eq!(
            message(
                &ErrorKind::TooSmall { min: "0.5".into() },
                Some(&f),
                Lang::Da
            ),
            "Beløbet skal være 0,50 kr. eller mere"
        );
        assert_eq!(
            message(
                &ErrorKind::TooLarge {
                    max: "10000".into()
                },
                Some(&f),
                Lang::En
            ),
            "The amount must be DKK 10,000.00 or less"
        );
    }

    #[test]
    fn danish_codes_are_checked_for_their_shape_and_check_digits() {
        check(
            &field(FieldType::Phone),
            &[
                ("12 34 56 78", None),
                ("+45 12 34 56 78", None),
                ("0045 12345678", None),
                ("+44 7700 900982", None),
                ("1234 567", Some(ErrorKind::InvalidPhone)),
            ],
        );
        check(
            &field(FieldType::Cpr),
            &[
                ("290200-4123", None),
                ("2902004123", None),
                ("290201-4123", Some(ErrorKind::CprDateNotReal)),
                ("29020-4123", Some(ErrorKind::InvalidCpr)),
            ],
        );
        check(
            &field(FieldType::Cvr),
            &[
                ("10150817", None),
                ("1015 0817", None),
                ("10150818", Some(ErrorKind::CvrCheckDigit)),
                ("1015081", Some(ErrorKind::InvalidCvr)),
                ("01501817", Some(ErrorKind::InvalidCvr)),
            ],
        );
        check(
            &field(FieldType::Postcode),
            &[
                ("8000", None),
                ("0555", None),
                ("0554", Some(ErrorKind::InvalidPostcode)),
                ("9991", Some(ErrorKind::InvalidPostcode)),
                ("800", Some(ErrorKind::InvalidPostcode)),
            ],
        );
        assert_eq!(
            message(&ErrorKind::InvalidPhone, None, Lang::Da),
            "Skriv et telefonnummer på 8 cifre, fx 12 34 56 78, eller et udenlandsk nummer med landekode, fx +46 70 123 45 67"
        );
    }

    #[test]
    fn checkboxes_answers_are_known_values_within_the_limits_and_none_stands_alone() {
        let mut f = field(FieldType::Checkboxes);
        let mut none = choice("none");
        none.exclusive = true;
        f.options = vec![choice("oil"), choice("gas"), choice("wood"), none];
        f.min_selected = Some(1);
        f.max_selected = Some(2);
        let cases = [
            (many(&["oil"]), None),
            (many(&["oil", "gas"]), None),
            (many(&["none"]), None),
            (many(&["oil", "oil"]), None),
            (
                many(&["oil", "gas", "wood"]),
                Some(ErrorKind::TooManySelected { max: 2 }),
            ),
            (
                many(&["oil", "none"]),
                Some(ErrorKind::ExclusiveWithOthers {
                    value: "none".into(),
                }),
            ),
            (many(&["coal"]), Some(ErrorKind::NotAnOption)),
            (many(&[]), Some(ErrorKind::Required)),
            (many(&["  "]), Some(ErrorKind::Required)),
            (text("oil"), Some(ErrorKind::NotAnOption)),
        ];
        for (answer, expected) in cases {
            assert_eq!(
                validate_field(&f, Some(&answer), today()),
                expected,
                "{answer:?}"
            );
        }
        f.min_selected = Some(2);
        assert_eq!(
            validate_field(&f, Some(&many(&["gas"])), today()),
            Some(ErrorKind::TooFewSelected { min: 2 })
        );
        assert_eq!(
            message(
                &ErrorKind::ExclusiveWithOthers {
                    value: "none".into()
                },
                Some(&f),
                Lang::Da
            ),
            "Vælg enten \"none da\" eller en eller flere af de andre muligheder"
        );
    }

    #[test]
    fn select_and_yes_no_answers_must_be_one_of_their_choices() {
        let mut f = field(FieldType::Select);
        f.options = vec![choice("a"), choice("b")];
        check(
            &f,
            &[
                ("a", None),
                (" b ", None),
                ("c", Some(ErrorKind::NotAnOption)),
            ],
        );
        let f = field(FieldType::YesNo);
        check(
            &f,
            &[
                ("yes", None),
                ("no", None),
                ("ja", Some(ErrorKind::NotAnOption)),
                ("maybe", Some(ErrorKind::NotAnOption)),
            ],
        );
        let labels: Vec<&str> = f.choices().iter().map(|c| c.label.get(Lang::Da)).collect();
        assert_eq!(labels, ["Ja", "Nej"]);
    }

    #[test]
    fn dates_are_checked_against_after_before_and_within() {
        use crate::condition::DateRef;
        use crate::definition::Within;
        let mut f = field(FieldType::Date);
        f.date = Some(DateRules {
            after: Some(DateRef::Date("2026-01-01".into())),
            before: Some(DateRef::Today { offset_days: 1 }),
            ..DateRules::default()
        });
        let cases = [
            (date("2", "1", "2026"), None),
            (date("27", "11", "2026"), None),
            (
                date("1", "1", "2026"),
                Some(ErrorKind::DateNotAfter {
                    after: Date::new(2026, 1, 1).unwrap(),
                }),
            ),
            (
                date("28", "11", "2026"),
                Some(ErrorKind::DateNotBefore {
                    before: Date::new(2026, 11, 28).unwrap(),
                }),
            ),
        ];
        for (answer, expected) in &cases {
            assert_eq!(
                validate_field(&f, Some(answer), today()),
                *expected,
                "{answer:?}"
            );
        }
        assert_eq!(
            message(&cases[2].1.clone().unwrap(), None, Lang::Da),
            "Datoen skal være efter 1. januar 2026"
        );

        let within = |days, months, years, direction| Within {
            days,
            months,
            years,
            direction,
        };
        let cases = [
            (
                within(Some(30), None, None, Direction::Future),
                date("27", "12", "2026"),
                true,
            ),
            (
                within(Some(30), None, None, Direction::Future),
                date("28", "12", "2026"),
                false,
            ),
            (
                within(Some(30), None, None, Direction::Future),
                date("26", "11", "2026"),
                false,
            ),
            (
                within(None, Some(6), None, Direction::Past),
                date("27", "5", "2026"),
                true,
            ),
            (
                within(None, Some(6), None, Direction::Past),
                date("26", "5", "2026"),
                false,
            ),
            (
                within(None, None, Some(1), Direction::Past),
                date("27", "11", "2025"),
                true,
            ),
            (
                within(None, None, Some(1), Direction::Past),
                date("28", "11", "2026"),
                false,
            ),
        ];
        for (w, answer, ok) in cases {
            f.date = Some(DateRules {
                within: Some(w.clone()),
                ..DateRules::default()
            });
            assert_eq!(
                validate_field(&f, Some(&answer), today()).is_none(),
                ok,
                "{w:?} {answer:?}"
            );
        }
        let next_30 = ErrorKind::DateNotWithin {
            amount: 30,
            unit: PeriodUnit::Days,
            direction: Direction::Future,
        };
        assert_eq!(
            message(&next_30, None, Lang::Da),
            "Datoen skal være inden for de næste 30 dage"
        );
        assert_eq!(
            message(&next_30, None, Lang::En),
            "The date must be within the next 30 days"
        );
        let past_year = ErrorKind::DateNotWithin {
            amount: 1,
            unit: PeriodUnit::Years,
            direction: Direction::Past,
        };
        assert_eq!(
            message(&past_year, None, Lang::Da),
            "Datoen skal være inden for det seneste år"
        );
    }

    #[test]
    fn a_date_rule_can_refer_to_another_date_field() {
        use crate::condition::DateRef;
        let mut f = field(FieldType::Date);
        f.date = Some(DateRules {
            after: Some(DateRef::Field("start".into())),
            ..DateRules::default()
        });
        let mut answers = Answers::new();
        answers.insert("start".into(), date("1", "3", "2026"));
        let check = |answer: Answer, answers: &Answers| {
            validate_field_in(&f, Some(&answer), answers, today())
        };
        assert_eq!(check(date("2", "3", "2026"), &answers), None);
        assert_eq!(
            check(date("1", "3", "2026"), &answers),
            Some(ErrorKind::DateNotAfter {
                after: Date::new(2026, 3, 1).unwrap()
            })
        );
        // Without a valid start date the rule cannot be checked and does not block.
        assert_eq!(check(date("1", "1", "2000"), &Answers::new()), None);
    }

    #[test]
    fn adding_months_keeps_the_day_or_moves_to_the_month_end() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        let cases = [
            (d(2026, 1, 31), 1, d(2026, 2, 28)),
            (d(2024, 1, 31), 1, d(2024, 2, 29)),
            (d(2024, 2, 29), 12, d(2025, 2, 28)),
            (d(2026, 11, 27), -6, d(2026, 5, 27)),
            (d(2026, 1, 15), -1, d(2025, 12, 15)),
        ];
        for (from, months, expected) in cases {
            assert_eq!(add_months(from, months), expected, "{from} {months}");
        }
    }

    #[test]
    fn answers_are_normalised_to_canonical_values() {
        let mut boxes = field(FieldType::Checkboxes);
        boxes.options = vec![choice("oil"), choice("gas")];
        let cases = [
            (field(FieldType::Number), text(" 1.234,5 "), text("1234.5")),
            (field(FieldType::Number), text("1234,50"), text("1234.5")),
            (
                field(FieldType::Money),
                text("1.234,5 kr."),
                text("1234.50"),
            ),
            (field(FieldType::Money), text("7"), text("7.00")),
            (
                field(FieldType::Phone),
                text("12 34 56 78"),
                text("+4512345678"),
            ),
            (
                field(FieldType::Phone),
                text("0045 12-34-56-78"),
                text("+4512345678"),
            ),
            (
                field(FieldType::Cpr),
                text("0101901234"),
                text("010190-1234"),
            ),
            (field(FieldType::Cvr), text("1015 0817"), text("10150817")),
            (field(FieldType::Postcode), text(" 8000 "), text("8000")),
            (field(FieldType::YesNo), text(" yes "), text("yes")),
            (field(FieldType::Text), text("  hej  "), text("hej")),
            (boxes, many(&["gas", " oil "]), many(&["oil", "gas"])),
            (
                field(FieldType::Date),
                date(" 1 ", "2 ", " 2026"),
                date("1", "2", "2026"),
            ),
        ];
        for (f, answer, expected) in cases {
            assert_eq!(
                canonical_answer(&f, &answer),
                Some(expected),
                "{:?}",
                f.kind
            );
        }
        assert_eq!(canonical_answer(&field(FieldType::Text), &text("  ")), None);
    }

    /// A tiny deterministic generator, so the property test needs no dependency.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }

        fn text(&mut self) -> String {
            const ALPHABET: &[char] = &[
                '0', '1', '2', '9', '.', ',', '-', '+', ' ', 'k', 'r', 'æ', '\u{a0}', 'e', '/',
                '@', '(', ')', '4', '5',
            ];
            let len = (self.next() % 24) as usize;
            (0..len)
                .map(|_| ALPHABET[(self.next() as usize) % ALPHABET.len()])
                .collect()
        }
    }

    #[test]
    fn validation_never_panics_on_any_input() {
        use crate::condition::DateRef;
        use crate::definition::{MoneyRules, NumberRules, Within};
        let kinds = [
            FieldType::Text,
            FieldType::Textarea,
            FieldType::Email,
            FieldType::Date,
            FieldType::Radios,
            FieldType::Number,
            FieldType::Money,
            FieldType::Phone,
            FieldType::Cpr,
            FieldType::Cvr,
            FieldType::Postcode,
            FieldType::Checkboxes,
            FieldType::Select,
            FieldType::YesNo,
        ];
        let mut rng = Lcg(20_261_127);
        for kind in kinds {
            let mut f = field(kind);
            f.options = vec![choice("1"), choice("2")];
            f.number = Some(NumberRules {
                decimals: Some(1),
                min: Some(dec("-5")),
                max: Some(dec("99999")),
                unit: None,
            });
            f.money = Some(MoneyRules {
                min: Some(dec("0")),
                max: None,
            });
            f.date = Some(DateRules {
                after: Some(DateRef::Field("other".into())),
                within: Some(Within {
                    days: None,
                    months: Some(u32::MAX),
                    years: None,
                    direction: Direction::Past,
                }),
                ..DateRules::default()
            });
            let mut answers = Answers::new();
            for _ in 0..2_000 {
                let answer = match rng.next() % 3 {
                    0 => Answer::Text(rng.text()),
                    1 => Answer::Date(DateAnswer::new(rng.text(), rng.text(), rng.text())),
                    _ => Answer::Many(vec![rng.text(), rng.text()]),
                };
                answers.insert(
                    "other".into(),
                    Answer::Date(DateAnswer::new(rng.text(), "2", "2026")),
                );
                if let Some(kind) = validate_field_in(&f, Some(&answer), &answers, today()) {
                    let _ = message(&kind, Some(&f), Lang::Da);
                    let _ = message(&kind, Some(&f), Lang::En);
                }
                let _ = canonical_answer(&f, &answer);
            }
        }
    }
}
