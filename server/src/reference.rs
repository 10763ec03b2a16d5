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
