//! Danish numbers and codes: phone numbers, CPR numbers, CVR numbers and postcodes,
//! each read leniently (spaces and the usual separators) into one canonical form.

use crate::date::Date;

/// Why a text is not a Danish code of the kind asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// The text does not have the shape of the code (digits, length).
    #[error("wrong format")]
    Format,
    /// A CPR number whose first six digits are not a real date.
    #[error("the birth date is not a real date")]
    CprDate,
    /// A CVR number that fails its modulus-11 check.
    #[error("the check digit does not match")]
    CheckDigit,
}

fn digits_only(s: &str) -> Option<Vec<u8>> {
    s.bytes()
        .map(|b| b.is_ascii_digit().then(|| b - b'0'))
        .collect()
}

/// A phone number in E.164 form: a Danish number of 8 digits (optionally after `+45`
/// or `0045`) becomes `+4512345678`; an international number after `+` or `00` must
/// have 7 to 15 digits. Spaces, hyphens, dots and brackets are ignored.
pub fn parse_phone(s: &str) -> Result<String, CodeError> {
    let compact: String = s
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')')))
        .collect();
    let (international, rest) = if let Some(rest) = compact.strip_prefix('+') {
        (true, rest)
    } else if let Some(rest) = compact.strip_prefix("00") {
        (true, rest)
    } else {
        (false, compact.as_str())
    };
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CodeError::Format);
    }
    if !international {
        return if rest.len() == 8 {
            Ok(format!("+45{rest}"))
        } else {
            Err(CodeError::Format)
        };
    }
    if let Some(national) = rest.strip_prefix("45") {
        return if national.len() == 8 {
            Ok(format!("+45{national}"))
        } else {
            Err(CodeError::Format)
        };
    }
    if (7..=15).contains(&rest.len()) && !rest.starts_with('0') {
        Ok(format!("+{rest}"))
    } else {
        Err(CodeError::Format)
    }
}

/// The birth date in a CPR number's first six digits, with the century from the
/// seventh digit: 0–3 the 1900s; 4 and 9 the 2000s up to year 36, else the 1900s;
/// 5–8 the 2000s up to year 57, else the 1800s.
pub fn cpr_birth_date(day: u32, month: u32, yy: u32, seventh: u8) -> Option<Date> {
    let century = match seventh {
        0..=3 => 1900,
        4 | 9 if yy <= 36 => 2000,
        4 | 9 => 1900,
        5..=8 if yy <= 57 => 2000,
        5..=8 => 1800,
        _ => return None,
    };
    Date::new(century + yy as i32, month, day)
}

/// A CPR number in the form `DDMMYY-SSSS`, from ten digits with or without the dash
/// (spaces tolerated). The first six digits must be a real date; there is no
/// modulus-11 check, which numbers issued since 2007 need not pass.
pub fn parse_cpr(s: &str) -> Result<String, CodeError> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let joined = match compact.split_once('-') {
        Some((a, b)) if a.len() == 6 && b.len() == 4 => format!("{a}{b}"),
        Some(_) => return Err(CodeError::Format),
        None => compact,
    };
    let d = digits_only(&joined).ok_or(CodeError::Format)?;
    if d.len() != 10 {
        return Err(CodeError::Format);
    }
    let two = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    cpr_birth_date(two(0), two(2), two(4), d[6]).ok_or(CodeError::CprDate)?;
    Ok(format!("{}-{}", &joined[..6], &joined[6..]))
}

/// A CVR number: 8 digits, the first not 0, whose digits weighted 2, 7, 6, 5, 4, 3, 2,
/// 1 sum to a multiple of 11. Spaces are tolerated.
pub fn parse_cvr(s: &str) -> Result<String, CodeError> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let d = digits_only(&compact).ok_or(CodeError::Format)?;
    if d.len() != 8 || d[0] == 0 {
        return Err(CodeError::Format);
    }
    let sum: u32 = d
        .iter()
        .zip([2, 7, 6, 5, 4, 3, 2, 1])
        .map(|(digit, weight)| u32::from(*digit) * weight)
        .sum();
    if sum % 11 == 0 {
        Ok(compact)
    } else {
        Err(CodeError::CheckDigit)
    }
}

/// A Danish postcode: exactly four digits after trimming, from 0555 to 9990.
pub fn parse_postcode(s: &str) -> Result<String, CodeError> {
    let s = s.trim();
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CodeError::Format);
    }
    let n: u32 = s.parse().map_err(|_| CodeError::Format)?;
    if (555..=9990).contains(&n) {
        Ok(s.to_string())
    } else {
        Err(CodeError::Format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_e164() {
        let cases = [
            ("12345678", Ok("+4512345678")),
            ("12 34 56 78", Ok("+4512345678")),
            ("12-34-56-78", Ok("+4512345678")),
            ("+45 12 34 56 78", Ok("+4512345678")),
            ("0045 12345678", Ok("+4512345678")),
            ("+4512345678", Ok("+4512345678")),
            ("+46 70 123 45 67", Ok("+46701234567")),
            ("0046701234567", Ok("+46701234567")),
            ("+1 (555) 123-4567", Ok("+15551234567")),
            ("+1234567", Ok("+1234567")),
            ("1234567", Err(CodeError::Format)),
            ("123456789", Err(CodeError::Format)),
            ("+45 1234567", Err(CodeError::Format)),
            ("+45 123456789", Err(CodeError::Format)),
            ("+123456", Err(CodeError::Format)),
            ("+1234567890123456", Err(CodeError::Format)),
            ("+", Err(CodeError::Format)),
            ("1234 567a", Err(CodeError::Format)),
            ("", Err(CodeError::Format)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse_phone(input).as_deref().map_err(|e| *e),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn cpr_numbers_need_a_real_birth_date_in_the_right_century() {
        let cases = [
            ("010190-1234", Ok("010190-1234")),
            ("0101901234", Ok("010190-1234")),
            ("010190 1234", Ok("010190-1234")),
            (" 010190-1234 ", Ok("010190-1234")),
            // 29 February: 2000 (7th digit 4, year ≤ 36) is a leap year; 1900 is not.
            ("290200-4123", Ok("290200-4123")),
            ("290200-1123", Err(CodeError::CprDate)),
            ("290296-1123", Ok("290296-1123")),
            ("290297-1123", Err(CodeError::CprDate)),
            // 7th digit 9: 2000s up to 36, 1900s after.
            ("290236-9123", Ok("290236-9123")),
            ("290237-9123", Err(CodeError::CprDate)),
            ("290236-0123", Ok("290236-0123")),
            // 7th digit 5–8: 1800s after 57 (1896 was a leap year, 1858 is not).
            ("290296-5123", Ok("290296-5123")),
            ("290258-5123", Err(CodeError::CprDate)),
            ("310490-1234", Err(CodeError::CprDate)),
            ("001090-1234", Err(CodeError::CprDate)),
            ("011390-1234", Err(CodeError::CprDate)),
            ("01019-01234", Err(CodeError::Format)),
            ("010190-123", Err(CodeError::Format)),
            ("010190-12345", Err(CodeError::Format)),
            ("01019012a4", Err(CodeError::Format)),
            ("", Err(CodeError::Format)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse_cpr(input).as_deref().map_err(|e| *e),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn the_cpr_century_follows_the_seventh_digit() {
        let cases = [
            (0, 36, 1936),
            (3, 99, 1999),
            (4, 36, 2036),
            (4, 37, 1937),
            (9, 0, 2000),
            (9, 37, 1937),
            (5, 57, 2057),
            (8, 58, 1858),
        ];
        for (seventh, yy, year) in cases {
            assert_eq!(
                cpr_birth_date(1, 1, yy, seventh).map(|d| d.year),
                Some(year),
                "{seventh} {yy}"
            );
        }
    }

    #[test]
    fn cvr_numbers_pass_the_modulus_11_check() {
        // 10150817: 1·2 + 0·7 + 1·6 + 5·5 + 0·4 + 8·3 + 1·2 + 7·1 = 66 = 6·11.
        let cases = [
            ("10150817", Ok("10150817")),
            ("1015 0817", Ok("10150817")),
            (" 10 15 08 17 ", Ok("10150817")),
            ("10150818", Err(CodeError::CheckDigit)),
            ("10150816", Err(CodeError::CheckDigit)),
            ("01501817", Err(CodeError::Format)),
            ("1015081", Err(CodeError::Format)),
            ("101508170", Err(CodeError::Format)),
            ("1015-0817", Err(CodeError::Format)),
            ("DK10150817", Err(CodeError::Format)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                parse_cvr(input).as_deref().map_err(|e| *e),
                expected,
                "{input:?}"
            );
        }
    }

    #[test]
    fn postcodes_are_four_digits_in_the_danish_range() {
        let cases = [
            ("8000", true),
            (" 2100 ", true),
            ("0555", true),
            ("9990", true),
            ("0554", false),
            ("9991", false),
            ("555", false),
            ("80000", false),
            ("80 00", false),
            ("DK-8000", false),
            ("", false),
        ];
        for (input, ok) in cases {
            assert_eq!(parse_postcode(input).is_ok(), ok, "{input:?}");
        }
    }
}
