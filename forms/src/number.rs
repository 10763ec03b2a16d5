//! Exact decimal numbers and amounts: parsed from Danish and English input into a
//! scaled integer, so nothing is ever rounded by floating point.
//!
//! How a separator is read:
//! - spaces (also non-breaking and thin spaces) group thousands and are ignored;
//! - a comma is the decimal mark, and there may be only one;
//! - with a comma present, every dot is a thousands separator (`1.234,5`);
//! - without a comma, a dot followed by exactly three digits is a thousands separator
//!   after a first group of one to three digits that does not start with 0 (`1.234`
//!   is one thousand two hundred and thirty-four), otherwise it is the decimal mark
//!   (`1234.5`, `0.250`, `1234.567`); several dots are all thousands separators
//!   (`1.234.567`) and must then group the digits by three.

use crate::text::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// The most significant digits a number may have (keeps every comparison in `i128`).
const MAX_DIGITS: usize = 18;

/// An exact decimal number: `units / 10^scale`.
#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    units: i128,
    scale: u32,
}

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// Not a number at all.
    #[error("not a number")]
    NotANumber,
    /// More decimals than allowed.
    #[error("too many decimals (at most {0})")]
    TooManyDecimals(u32),
}

impl Decimal {
    /// A whole number.
    pub fn from_int(n: i64) -> Decimal {
        Decimal {
            units: i128::from(n),
            scale: 0,
        }
    }

    /// The number of digits after the decimal mark, as written (`1.50` has 2).
    pub fn scale(self) -> u32 {
        self.scale
    }

    /// Whether the number is below zero.
    pub fn is_negative(self) -> bool {
        self.units < 0
    }

    /// The same number with trailing zero decimals removed: `1.50` becomes `1.5`.
    pub fn normalized(self) -> Decimal {
        let mut d = self;
        while d.scale > 0 && d.units % 10 == 0 {
            d.units /= 10;
            d.scale -= 1;
        }
        d
    }

    /// The number of decimals it really needs: `1.50` needs 1, `2.00` needs 0.
    pub fn decimals_needed(self) -> u32 {
        self.normalized().scale
    }

    /// The value in hundredths (øre), if it has at most two decimals.
    pub fn hundredths(self) -> Option<i128> {
        let n = self.normalized();
        (n.scale <= 2).then(|| n.units * 10i128.pow(2 - n.scale))
    }

    /// An amount of øre as a decimal in kroner with two decimals.
    pub fn from_hundredths(ore: i128) -> Decimal {
        Decimal {
            units: ore,
            scale: 2,
        }
    }

    /// The machine form: `-1234.5`, no thousands separators, a dot as decimal mark.
    /// The written scale is kept; use [`Decimal::normalized`] first for the shortest.
    pub fn canonical(self) -> String {
        self.format('.', None)
    }

    /// The number as a citizen reads it: `1.234,5` in Danish, `1,234.5` in English.
    pub fn display(self, lang: Lang) -> String {
        match lang {
            Lang::Da => self.format(',', Some('.')),
            Lang::En => self.format('.', Some(',')),
        }
    }

    fn format(self, mark: char, thousands: Option<char>) -> String {
        let digits = self.units.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let digits = if digits.len() <= scale {
            format!("{}{digits}", "0".repeat(scale + 1 - digits.len()))
        } else {
            digits
        };
        let (int, frac) = digits.split_at(digits.len() - scale);
        let mut out = String::new();
        if self.units < 0 {
            out.push('-');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                if let Some(t) = thousands {
                    out.push(t);
                }
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(mark);
            out.push_str(frac);
        }
        out
    }

    /// Reads the machine form used in definitions: optional `-`, digits, optional `.`
    /// and digits (`12`, `-0.5`, `1234.50`).
    pub fn parse_canonical(s: &str) -> Option<Decimal> {
        let s = s.trim();
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) if !f.is_empty() => (i, f),
            Some(_) => return None,
            None => (body, ""),
        };
        from_digits(negative, int, frac)
    }

    /// Reads a number as a citizen types it: `1.234,5`, `1234,5`, `1234.5`, `1 234`,
    /// `-3`. See the module documentation for how separators are read.
    pub fn parse_input(s: &str) -> Result<Decimal, NumberError> {
        let compact: String = s.chars().filter(|c| !is_space(*c)).collect();
        let (negative, body) = match compact.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, compact.strip_prefix('+').unwrap_or(&compact)),
        };
        if body.is_empty()
            || !body
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return Err(NumberError::NotANumber);
        }
        let commas = body.matches(',').count();
        let dots = body.matches('.').count();
        let (int, frac): (String, &str) = if commas > 1 {
            return Err(NumberError::NotANumber);
        } else if commas == 1 {
            let (int, frac) = body.split_once(',').unwrap_or((body, ""));
            if frac.contains('.') || frac.is_empty() {
                return Err(NumberError::NotANumber);
            }
            (ungroup(int)?, frac)
        } else if dots == 1 {
            let (int, frac) = body.split_once('.').unwrap_or((body, ""));
            let grouping = (1..=3).contains(&int.len()) && !int.starts_with('0');
            if frac.len() == 3 && grouping {
                (format!("{int}{frac}"), "")
            } else if frac.is_empty() {
                return Err(NumberError::NotANumber);
            } else {
                (int.to_string(), frac)
            }
        } else {
            (ungroup(body)?, "")
        };
        let int = if int.is_empty() && !frac.is_empty() {
            "0".to_string()
        } else {
            int
        };
        from_digits(negative, &int, frac).ok_or(NumberError::NotANumber)
    }

    fn aligned(self, other: Decimal) -> (i128, i128) {
        let scale = self.scale.max(other.scale);
        (
            self.units * 10i128.pow(scale - self.scale),
            other.units * 10i128.pow(scale - other.scale),
        )
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}'
}

/// Removes dots that group thousands, checking that they group by three.
fn ungroup(int: &str) -> Result<String, NumberError> {
    if !int.contains('.') {
        return Ok(int.to_string());
    }
    let groups: Vec<&str> = int.split('.').collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    if first_ok && groups[1..].iter().all(|g| g.len() == 3) {
        Ok(groups.concat())
    } else {
        Err(NumberError::NotANumber)
    }
}

fn from_digits(negative: bool, int: &str, frac: &str) -> Option<Decimal> {
    if int.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let significant = int.trim_start_matches('0').len() + frac.len();
    if significant > MAX_DIGITS || frac.len() > MAX_DIGITS {
        return None;
    }
    let all = format!("{int}{frac}");
    let all = all.trim_start_matches('0');
    let units: i128 = if all.is_empty() { 0 } else { all.parse().ok()? };
    Some(Decimal {
        units: if negative { -units } else { units },
        scale: frac.len() as u32,
    })
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = self.aligned(*other);
        a.cmp(&b)
    }
}

impl fmt::Display for Decimal {
    /// The canonical form, e.g. `1234.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical())
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.canonical())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    /// A JSON number or a string in the canonical form. A JSON number is read through
    /// its shortest decimal form, which is exactly what was written for up to 15
    /// significant digits; write longer numbers as strings.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Int(i64),
            Float(f64),
            Text(String),
        }
        let text = match Raw::deserialize(d) {
            Ok(Raw::Int(i)) => i.to_string(),
            Ok(Raw::Float(f)) => f.to_string(),
            Ok(Raw::Text(s)) => s,
            Err(_) => {
                return Err(serde::de::Error::custom(
                    "expected a number, written as a JSON number or a string such as \"12.5\"",
                ))
            }
        };
        Decimal::parse_canonical(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a number; write a number such as 12.5 (a dot as decimal mark, no thousands separators)"
            ))
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact decimal number: a JSON number, or a string such as \"1234.50\" (a dot as decimal mark, no thousands separators).",
            "anyOf": [
                { "type": "number" },
                { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" }
            ]
        })
    }
}

/// Removes what may surround an amount: `kr.`, `kr`, `DKK`, `,-` (as in `100,-`).
pub fn strip_currency(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let before = s;
        for affix in ["kr.", "kr", "dkk"] {
            if s.get(..affix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(affix))
            {
                s = s[affix.len()..].trim_start();
            }
            let cut = s.len().saturating_sub(affix.len());
            if s.len() >= affix.len() && s.get(cut..).is_some_and(|p| p.eq_ignore_ascii_case(affix))
            {
                s = s[..cut].trim_end();
            }
        }
        if let Some(rest) = s.strip_suffix(",-") {
            s = rest.trim_end();
        }
        if s == before {
            return s;
        }
    }
}

/// Reads an amount in kroner into øre: `1.234,50`, `1234,5`, `1234 kr.`, `1 234,50`.
/// More than two decimals is an error, never rounded.
pub fn parse_money(s: &str) -> Result<i128, NumberError> {
    let d = Decimal::parse_input(strip_currency(s))?;
    d.hundredths().ok_or(NumberError::TooManyDecimals(2))
}

/// An amount of øre as a citizen reads it: `1.234,50 kr.` or `DKK 1,234.50`.
pub fn display_money(ore: i128, lang: Lang) -> String {
    let amount = Decimal::from_hundredths(ore).display(lang);
    match lang {
        Lang::Da => format!("{amount} kr."),
        Lang::En => format!("DKK {amount}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(s: &str) -> Option<String> {
        Decimal::parse_input(s)
            .ok()
            .map(|d| d.normalized().canonical())
    }

    #[test]
    fn danish_and_english_number_input_reads_as_documented() {
        let cases = [
            ("1.234,5", Some("1234.5")),
            ("1234,5", Some("1234.5")),
            ("1234.5", Some("1234.5")),
            ("1.234", Some("1234")),
            ("1.2345", Some("1.2345")),
            ("12.34", Some("12.34")),
            ("0.250", Some("0.25")),
            ("1234.567", Some("1234.567")),
            ("1.234.567", Some("1234567")),
            ("1.234.567,89", Some("1234567.89")),
            ("1 234,5", Some("1234.5")),
            ("1\u{a0}234", Some("1234")),
            ("  42  ", Some("42")),
            ("-3,5", Some("-3.5")),
            ("+7", Some("7")),
            (",5", Some("0.5")),
            ("007", Some("7")),
            ("1,50", Some("1.5")),
            ("", None),
            ("-", None),
            ("abc", None),
            ("1,2,3", None),
            ("1,234.5", None),
            ("12.34.56", None),
            ("1.23,4", None),
            ("1.", None),
            ("1,", None),
            ("1e3", None),
            ("--1", None),
            ("1234567890123456789", None),
        ];
        for (input, expected) in cases {
            assert_eq!(canonical(input).as_deref(), expected, "{input:?}");
        }
    }

    #[test]
    fn decimals_compare_exactly_whatever_their_scale() {
        let d = |s: &str| Decimal::parse_canonical(s).unwrap();
        assert_eq!(d("1.50"), d("1.5"));
        assert!(d("0.1") < d("0.10000000000000001"));
        assert!(d("-2") < d("-1.5"));
        assert!(d("1234.5") > d("1234.49"));
        assert_eq!(Decimal::parse_canonical("1."), None);
        assert_eq!(Decimal::parse_canonical("1,5"), None);
    }

    #[test]
    fn decimals_read_from_json_numbers_and_strings() {
        let cases = [
            ("0.1", "0.1"),
            ("\"0.1\"", "0.1"),
            ("12", "12"),
            ("-4.25", "-4.25"),
        ];
        for (json, expected) in cases {
            let d: Decimal = serde_json::from_str(json).unwrap();
            assert_eq!(d.canonical(), expected, "{json}");
        }
        assert!(serde_json::from_str::<Decimal>("\"12,5\"").is_err());
        assert!(serde_json::from_str::<Decimal>("true").is_err());
    }

    #[test]
    fn amounts_are_read_into_ore_and_never_rounded() {
        let cases = [
            ("1.234,50", Ok(123_450)),
            ("1234,5", Ok(123_450)),
            ("1234 kr.", Ok(123_400)),
            ("1 234,50", Ok(123_450)),
            ("kr. 99", Ok(9_900)),
            ("DKK 1,234.50", Err(NumberError::NotANumber)),
            ("DKK 1234.50", Ok(123_450)),
            ("100,-", Ok(10_000)),
            ("0,01", Ok(1)),
            ("1234,505", Err(NumberError::TooManyDecimals(2))),
            ("1234,500", Ok(123_450)),
            ("kr.", Err(NumberError::NotANumber)),
            ("12 kroner", Err(NumberError::NotANumber)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_money(input), expected, "{input:?}");
        }
    }

    #[test]
    fn amounts_display_in_each_language() {
        assert_eq!(display_money(123_450, Lang::Da), "1.234,50 kr.");
        assert_eq!(display_money(123_450, Lang::En), "DKK 1,234.50");
        assert_eq!(display_money(5, Lang::Da), "0,05 kr.");
        assert_eq!(display_money(-100, Lang::En), "DKK -1.00");
        assert_eq!(
            Decimal::from_hundredths(100_000_000).canonical(),
            "1000000.00"
        );
    }
}
