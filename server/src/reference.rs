//! Reference numbers: `KK-` and eight random characters of Crockford's base32,
//! grouped in fours, e.g. `KK-7F3K-9Q2M`. Easy to read aloud and to type: no I, L, O
//! or U.

/// Crockford's base32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new random reference number, from the operating system's random source.
pub fn new_reference() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 5];
    getrandom::fill(&mut bytes)?;
    Ok(format_reference(bytes))
}

/// The reference number of 40 random bits.
pub fn format_reference(bytes: [u8; 5]) -> String {
    let bits = bytes.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
    let mut out = String::with_capacity(12);
    out.push_str("KK-");
    for i in 0..8 {
        if i == 4 {
            out.push('-');
        }
        let index = (bits >> (35 - 5 * i)) & 0x1f;
        out.push(char::from(ALPHABET[index as usize]));
    }
    out
}

/// The alphabet of resume codes: digits and capital letters without 0, O, 1 and I,
/// which are easy to mix up when read from paper or a screen.
pub const RESUME_ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// A new random id with a prefix, e.g. `att_` and 26 lowercase characters of
/// Crockford's base32: 128 random bits, not to be guessed.
pub fn new_token(prefix: &str) -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    let bits = u128::from_be_bytes(bytes);
    let mut out = String::with_capacity(prefix.len() + 27);
    out.push_str(prefix);
    out.push('_');
    for i in 0..26 {
        // 26 characters of 5 bits hold the 128 bits and 2 zero bits at the end.
        let index = if i < 25 {
            (bits >> (123 - 5 * i)) & 0x1f
        } else {
            (bits << 2) & 0x1f
        };
        out.push(char::from(ALPHABET[index as usize].to_ascii_lowercase()));
    }
    Ok(out)
}

/// Whether a string has the form of a token with a prefix.
pub fn is_token(prefix: &str, s: &str) -> bool {
    s.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('_'))
        .is_some_and(|rest| {
            rest.len() == 26
                && rest
                    .bytes()
                    .all(|c| ALPHABET.contains(&c.to_ascii_uppercase()) && !c.is_ascii_uppercase())
        })
}

/// A new resume code: three groups of four characters of [`RESUME_ALPHABET`], e.g.
/// `K7QM-3WXD-9HTP`: 60 random bits, which a citizen can write down.
pub fn new_resume_code() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes)?;
    Ok(format_resume_code(u64::from_be_bytes(bytes)))
}

/// The resume code of the lowest 60 bits of a number.
pub fn format_resume_code(bits: u64) -> String {
    let mut out = String::with_capacity(14);
    for i in 0..12 {
        if i == 4 || i == 8 {
            out.push('-');
        }
        let index = (bits >> (55 - 5 * i)) & 0x1f;
        out.push(char::from(RESUME_ALPHABET[index as usize]));
    }
    out
}

/// A resume code as typed, in its one canonical form (12 characters of the
/// alphabet, without separators), or `None` when it cannot be one. Case, spaces and
/// hyphens do not matter.
pub fn normalize_resume_code(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(12);
    for c in typed.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        let c = c.to_ascii_uppercase();
        if !c.is_ascii() || !RESUME_ALPHABET.contains(&(c as u8)) {
            return None;
        }
        out.push(c);
    }
    (out.len() == 12).then_some(out)
}

/// Whether a string has the form of a reference number.
pub fn is_reference(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 12
        && s.starts_with("KK-")
        && b[7] == b'-'
        && b[3..7]
            .iter()
            .chain(&b[8..12])
            .all(|c| ALPHABET.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forty_bits_make_eight_crockford_characters_in_two_groups() {
        let cases = [
            ([0, 0, 0, 0, 0], "KK-0000-0000"),
            ([0xff; 5], "KK-ZZZZ-ZZZZ"),
            ([0x08, 0x86, 0x42, 0x98, 0xe8], "KK-1234-5678"),
        ];
        for (bytes, expected) in cases {
            assert_eq!(format_reference(bytes), expected);
        }
    }

    #[test]
    fn new_references_have_the_form_and_differ() {
        let a = new_reference().expect("random bytes");
        let b = new_reference().expect("random bytes");
        assert!(is_reference(&a) && is_reference(&b), "{a} {b}");
        assert_ne!(a, b);
    }

    #[test]
    fn tokens_carry_their_prefix_and_26_characters_and_differ() {
        let a = new_token("att").expect("random bytes");
        let b = new_token("att").expect("random bytes");
        assert!(is_token("att", &a) && is_token("att", &b), "{a} {b}");
        assert_ne!(a, b);
        for s in [
            "att_",
            "drf_0123456789abcdefghjkmnpqrs",
            "att_0123456789ABCDEFGHJKMNPQRS",
        ] {
            assert!(!is_token("att", s), "{s}");
        }
    }

    #[test]
    fn resume_codes_are_three_groups_of_four_without_look_alike_characters() {
        assert_eq!(format_resume_code(0), "2222-2222-2222");
        assert_eq!(format_resume_code(u64::MAX), "ZZZZ-ZZZZ-ZZZZ");
        let code = new_resume_code().expect("random bytes");
        assert_eq!(code.len(), 14);
        assert!(!code.contains(['0', 'O', '1', 'I']), "{code}");
        assert_ne!(code, new_resume_code().expect("random bytes"));
    }

    #[test]
    fn a_typed_resume_code_is_read_whatever_its_case_and_spacing() {
        let cases = [
            ("K7QM-3WXD-9HTP", Some("K7QM3WXD9HTP")),
            ("k7qm 3wxd 9htp", Some("K7QM3WXD9HTP")),
            (" K7QM3WXD9HTP ", Some("K7QM3WXD9HTP")),
            ("K7QM-3WXD-9HT", None),
            ("K7QM-3WXD-9HTPP", None),
            ("K7QM-3WXD-9HT0", None),
            ("K7QM-3WXD-9HTÆ", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(normalize_resume_code(typed).as_deref(), expected, "{typed}");
        }
    }

    #[test]
    fn only_strings_of_the_form_are_references() {
        for s in ["KK-1234-5678", "KK-ABCD-EFGH"] {
            assert!(is_reference(s), "{s}");
        }
        for s in [
            "KK-1234-567",
            "kk-1234-5678",
            "KK-I234-5678",
            "KK-1234_5678",
            "KK-1234-5678-",
        ] {
            assert!(!is_reference(s), "{s}");
        }
    }
}
