//! Danish addresses in parts: street, house number, floor, door, postcode and city, as
//! a citizen types them, checked part by part and written as one line
//! ("Vestergade 12, 2. th., 8000 Aarhus C").

use crate::danish::parse_postcode;
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// The most characters of a street name or a city name.
pub const MAX_NAME_LENGTH: usize = 80;

/// One part of an address, which is one input of an address field.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum AddressPart {
    /// The street name (vejnavn).
    Street,
    /// The house number (husnummer), e.g. `12`, `12A` or `12-14`.
    Number,
    /// The floor (etage), e.g. `st`, `kl` or `2`.
    Floor,
    /// The door (side/dør), e.g. `th`, `tv`, `mf` or `3`.
    Door,
    /// The postcode (postnummer).
    Postcode,
    /// The city or town (by / postdistrikt).
    City,
}

impl AddressPart {
    /// Every part, in the order of the inputs.
    pub const ALL: [AddressPart; 6] = [
        AddressPart::Street,
        AddressPart::Number,
        AddressPart::Floor,
        AddressPart::Door,
        AddressPart::Postcode,
        AddressPart::City,
    ];

    /// The name of the part: its key in the answer and the suffix of its input's id
    /// (`{field}-{part}`).
    pub fn as_str(self) -> &'static str {
        match self {
            AddressPart::Street => "street",
            AddressPart::Number => "number",
            AddressPart::Floor => "floor",
            AddressPart::Door => "door",
            AddressPart::Postcode => "postcode",
            AddressPart::City => "city",
        }
    }

    /// The label of the part's input, e.g. "Etage (valgfri)" / "Floor (optional)".
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (AddressPart::Street, Lang::Da) => "Vejnavn",
            (AddressPart::Street, Lang::En) => "Street",
            (AddressPart::Number, Lang::Da) => "Husnummer",
            (AddressPart::Number, Lang::En) => "House number",
            (AddressPart::Floor, Lang::Da) => "Etage (valgfri)",
            (AddressPart::Floor, Lang::En) => "Floor (optional)",
            (AddressPart::Door, Lang::Da) => "Dør (valgfri)",
            (AddressPart::Door, Lang::En) => "Door (optional)",
            (AddressPart::Postcode, Lang::Da) => "Postnummer",
            (AddressPart::Postcode, Lang::En) => "Postcode",
            (AddressPart::City, Lang::Da) => "By",
            (AddressPart::City, Lang::En) => "Town or city",
        }
    }

    /// Whether an address needs the part (floor and door do not).
    pub fn is_required(self) -> bool {
        !matches!(self, AddressPart::Floor | AddressPart::Door)
    }
}

/// What is wrong with an address: the first part that is missing or wrong.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressProblem {
    /// A part that an address needs is empty.
    Missing(AddressPart),
    /// A part is not written as such a part is.
    NotValid(AddressPart),
}

impl AddressProblem {
    /// The part that is wrong.
    pub fn part(self) -> AddressPart {
        match self {
            AddressProblem::Missing(p) | AddressProblem::NotValid(p) => p,
        }
    }
}

/// An address as typed into its inputs, kept as typed so nothing is lost. In JSON an
/// object with the keys `street`, `number`, `postcode`, `city` and optionally `floor`
/// and `door` (empty when not given); no other key is accepted.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct AddressAnswer {
    /// The street name, e.g. `Vestergade`.
    pub street: String,
    /// The house number, e.g. `12`, `12A` or `12-14`.
    pub number: String,
    /// The floor: `st` (ground floor), `kl` (basement) or 1 to 99; may be empty.
    #[serde(default)]
    pub floor: String,
    /// The door: `th`, `tv`, `mf`, or a number or letters; may be empty.
    #[serde(default)]
    pub door: String,
    /// The postcode, four digits.
    pub postcode: String,
    /// The city, e.g. `Aarhus C`.
    pub city: String,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One house number without a range: 1 to 999, perhaps with one letter (`12A`).
fn single_number(s: &str) -> Option<String> {
    let digits_end = s
        .char_indices()
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(s.len(), |(i, _)| i);
    let (digits, rest) = s.split_at(digits_end);
    if digits.is_empty() || digits.len() > 3 || digits.starts_with('0') {
        return None;
    }
    let mut letters = rest.chars();
    match (letters.next(), letters.next()) {
        (None, _) => Some(digits.to_string()),
        (Some(c), None) if c.is_ascii_alphabetic() => {
            Some(format!("{digits}{}", c.to_ascii_uppercase()))
        }
        _ => None,
    }
}

/// A house number in its canonical form (`12`, `12A`, `12-14`), if it is one.
pub fn parse_house_number(s: &str) -> Option<String> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    match compact.split_once('-') {
        Some((a, b)) => Some(format!("{}-{}", single_number(a)?, single_number(b)?)),
        None => single_number(&compact),
    }
}

/// A floor in its canonical form (`st`, `kl`, `k2`, `1` to `99`), if it is one. Accepts
/// "stuen", "kælder", a trailing dot and leading zeros.
pub fn parse_floor(s: &str) -> Option<String> {
    let lower = s.trim().to_lowercase();
    let word = lower.strip_suffix('.').unwrap_or(&lower).trim();
    match word {
        "st" | "stuen" => return Some("st".into()),
        "kl" | "kælder" | "kælderen" => return Some("kl".into()),
        _ => {}
    }
    if let Some(level) = word.strip_prefix('k') {
        return (level.len() == 1 && matches!(level.as_bytes()[0], b'1'..=b'9'))
            .then(|| format!("k{level}"));
    }
    if word.is_empty() || word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = word.parse().ok()?;
    (1..=99).contains(&n).then(|| n.to_string())
}

/// A door in its canonical form (`th`, `tv`, `mf`, or up to four digits and letters in
/// lowercase, e.g. `3` or `b12`), if it is one. Accepts "til højre", "til venstre",
/// "midtfor" and a trailing dot.
pub fn parse_door(s: &str) -> Option<String> {
    let lower = squash(&s.to_lowercase());
    let word = lower.strip_suffix('.').unwrap_or(&lower).trim();
    match word {
        "th" | "til højre" => return Some("th".into()),
        "tv" | "til venstre" => return Some("tv".into()),
        "mf" | "midtfor" | "midt for" => return Some("mf".into()),
        _ => {}
    }
    let ok = !word.is_empty()
        && word.chars().count() <= 4
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_alphabetic())
        && word.chars().any(|c| c.is_ascii_digit())
        || matches!(word.chars().count(), 1 | 2) && word.chars().all(char::is_alphabetic);
    ok.then(|| word.to_string())
}

impl AddressAnswer {
    /// An address from its parts.
    pub fn new(
        street: impl Into<String>,
        number: impl Into<String>,
        floor: impl Into<String>,
        door: impl Into<String>,
        postcode: impl Into<String>,
        city: impl Into<String>,
    ) -> Self {
        AddressAnswer {
            street: street.into(),
            number: number.into(),
            floor: floor.into(),
            door: door.into(),
            postcode: postcode.into(),
            city: city.into(),
        }
    }

    /// The text of a part, as typed.
    pub fn part(&self, part: AddressPart) -> &str {
        match part {
            AddressPart::Street => &self.street,
            AddressPart::Number => &self.number,
            AddressPart::Floor => &self.floor,
            AddressPart::Door => &self.door,
            AddressPart::Postcode => &self.postcode,
            AddressPart::City => &self.city,
        }
    }

    /// The text of a part, to change it.
    pub fn part_mut(&mut self, part: AddressPart) -> &mut String {
        match part {
            AddressPart::Street => &mut self.street,
            AddressPart::Number => &mut self.number,
            AddressPart::Floor => &mut self.floor,
            AddressPart::Door => &mut self.door,
            AddressPart::Postcode => &mut self.postcode,
            AddressPart::City => &mut self.city,
        }
    }

    /// Whether every part is empty.
    pub fn is_blank(&self) -> bool {
        AddressPart::ALL
            .iter()
            .all(|p| self.part(*p).trim().is_empty())
    }

    /// The address in canonical form, or the first part (in the order of the inputs)
    /// that is missing or wrong. Canonical: spaces squashed, house number with a capital
    /// letter (`12A`), floor `st`/`kl`/`2`, door `th`/`tv`/`mf` or lowercase, postcode
    /// as four digits.
    pub fn parse(&self) -> Result<AddressAnswer, AddressProblem> {
        for part in AddressPart::ALL {
            if part.is_required() && self.part(part).trim().is_empty() {
                return Err(AddressProblem::Missing(part));
            }
        }
        let street = squash(&self.street);
        if street.chars().count() > MAX_NAME_LENGTH {
            return Err(AddressProblem::NotValid(AddressPart::Street));
        }
        let number = parse_house_number(&self.number)
            .ok_or(AddressProblem::NotValid(AddressPart::Number))?;
        let floor = if self.floor.trim().is_empty() {
            String::new()
        } else {
            parse_floor(&self.floor).ok_or(AddressProblem::NotValid(AddressPart::Floor))?
        };
        let door = if self.door.trim().is_empty() {
            String::new()
        } else {
            parse_door(&self.door).ok_or(AddressProblem::NotValid(AddressPart::Door))?
        };
        let postcode = parse_postcode(&self.postcode)
            .map_err(|_| AddressProblem::NotValid(AddressPart::Postcode))?;
        let city = squash(&self.city);
        if city.chars().count() > MAX_NAME_LENGTH {
            return Err(AddressProblem::NotValid(AddressPart::City));
        }
        Ok(AddressAnswer {
            street,
            number,
            floor,
            door,
            postcode,
            city,
        })
    }

    /// The address on one line, as Danes write it: "Vestergade 12, 2. th., 8000 Aarhus
    /// C". A valid address is written in its canonical form; any other as typed.
    pub fn one_line(&self) -> String {
        let a = self.parse().unwrap_or_else(|_| AddressAnswer {
            street: squash(&self.street),
            number: squash(&self.number),
            floor: squash(&self.floor),
            door: squash(&self.door),
            postcode: squash(&self.postcode),
            city: squash(&self.city),
        });
        let floor = match a.floor.as_str() {
            "" => String::new(),
            f if f.bytes().all(|b| b.is_ascii_digit()) || f == "st" || f == "kl" => {
                format!("{f}.")
            }
            f => f.to_string(),
        };
        let door = match a.door.as_str() {
            d @ ("th" | "tv" | "mf") => format!("{d}."),
            d => d.to_string(),
        };
        let unit = [floor, door]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let house = [a.street, a.number]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let town = [a.postcode, a.city]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        [house, unit, town]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(street: &str, number: &str, floor: &str, door: &str) -> AddressAnswer {
        AddressAnswer::new(street, number, floor, door, "8000", "Aarhus C")
    }

    #[test]
    fn house_numbers_are_a_number_perhaps_with_a_letter_or_a_range() {
        let cases = [
            ("12", Some("12")),
            ("12A", Some("12A")),
            ("12 a", Some("12A")),
            ("12-14", Some("12-14")),
            ("12 - 14B", Some("12-14B")),
            ("1", Some("1")),
            ("999", Some("999")),
            ("1000", None),
            ("0", None),
            ("012", None),
            ("12AB", None),
            ("A12", None),
            ("12-", None),
            ("-12", None),
            ("12,5", None),
            ("tolv", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(parse_house_number(typed).as_deref(), expected, "{typed}");
        }
    }

    #[test]
    fn floors_are_st_kl_or_1_to_99() {
        let cases = [
            ("st", Some("st")),
            ("St.", Some("st")),
            ("stuen", Some("st")),
            ("kl", Some("kl")),
            ("kælder", Some("kl")),
            ("k2", Some("k2")),
            ("2", Some("2")),
            ("2.", Some("2")),
            ("02", Some("2")),
            ("99", Some("99")),
            ("100", None),
            ("0", None),
            ("k0", None),
            ("k10", None),
            ("første", None),
            ("-1", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(parse_floor(typed).as_deref(), expected, "{typed}");
        }
    }

    #[test]
    fn doors_are_th_tv_mf_or_a_short_number_or_letters() {
        let cases = [
            ("th", Some("th")),
            ("TH.", Some("th")),
            ("til højre", Some("th")),
            ("tv", Some("tv")),
            ("mf", Some("mf")),
            ("midtfor", Some("mf")),
            ("3", Some("3")),
            ("1204", Some("1204")),
            ("b12", Some("b12")),
            ("a", Some("a")),
            ("12345", None),
            ("venstre", None),
            ("3/4", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(parse_door(typed).as_deref(), expected, "{typed}");
        }
    }

    #[test]
    fn an_address_names_its_first_missing_or_wrong_part() {
        let long = "x".repeat(MAX_NAME_LENGTH + 1);
        let cases = [
            (address("Vestergade", "12", "2", "th"), None),
            (address("Vestergade", "12", "", ""), None),
            (
                address("", "12", "", ""),
                Some(AddressProblem::Missing(AddressPart::Street)),
            ),
            (
                address(" ", " ", "", ""),
                Some(AddressProblem::Missing(AddressPart::Street)),
            ),
            (
                address("Vestergade", "", "", ""),
                Some(AddressProblem::Missing(AddressPart::Number)),
            ),
            (
                address("Vestergade", "12x4", "", ""),
                Some(AddressProblem::NotValid(AddressPart::Number)),
            ),
            (
                address("Vestergade", "12", "tag", ""),
                Some(AddressProblem::NotValid(AddressPart::Floor)),
            ),
            (
                address("Vestergade", "12", "2", "højre"),
                Some(AddressProblem::NotValid(AddressPart::Door)),
            ),
            (
                AddressAnswer::new("Vestergade", "12", "", "", "800", "Aarhus C"),
                Some(AddressProblem::NotValid(AddressPart::Postcode)),
            ),
            (
                AddressAnswer::new("Vestergade", "12", "", "", "", ""),
                Some(AddressProblem::Missing(AddressPart::Postcode)),
            ),
            (
                AddressAnswer::new("Vestergade", "12", "", "", "8000", ""),
                Some(AddressProblem::Missing(AddressPart::City)),
            ),
            (
                address(&long, "12", "", ""),
                Some(AddressProblem::NotValid(AddressPart::Street)),
            ),
        ];
        for (a, expected) in cases {
            assert_eq!(a.parse().err(), expected, "{a:?}");
        }
    }

    #[test]
    fn an_address_reads_as_one_line_the_way_danes_write_it() {
        let cases = [
            (
                address("Vestergade", "12", "2", "th"),
                "Vestergade 12, 2. th., 8000 Aarhus C",
            ),
            (
                address(" Vestergade ", "12 a", "st.", "tv"),
                "Vestergade 12A, st. tv., 8000 Aarhus C",
            ),
            (
                address("Vestergade", "12", "", ""),
                "Vestergade 12, 8000 Aarhus C",
            ),
            (
                address("Vestergade", "12", "3", "4"),
                "Vestergade 12, 3. 4, 8000 Aarhus C",
            ),
            (
                address("Vestergade", "12", "", "mf"),
                "Vestergade 12, mf., 8000 Aarhus C",
            ),
            (
                address("Vestergade", "12", "kl", ""),
                "Vestergade 12, kl., 8000 Aarhus C",
            ),
        ];
        for (a, expected) in cases {
            assert_eq!(a.one_line(), expected, "{a:?}");
        }
    }

    #[test]
    fn the_canonical_address_keeps_parts_in_their_usual_form() {
        let typed = AddressAnswer::new("  Store   Torv ", "3 b", "1.", "TH", " 8000 ", "Aarhus  C");
        assert_eq!(
            typed.parse(),
            Ok(AddressAnswer::new(
                "Store Torv",
                "3B",
                "1",
                "th",
                "8000",
                "Aarhus C"
            ))
        );
    }
}
