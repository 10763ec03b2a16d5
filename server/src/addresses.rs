//! The address lookup: `GET /api/v1/addresses?q=…&limit=…` suggests addresses as the
//! citizen types, from a small dataset bundled with the server
//! (`server/data/addresses.csv`). A municipality in production puts a real provider
//! (the Danish address register) behind the same contract.
//!
//! Matching ignores case and accents (é is e), but keeps æ, ø and å as the letters
//! they are in Danish (ö and ä are typed for ø and æ, and aa for å, so those are
//! read as the Danish letters). Every word typed must begin a word of the address;
//! addresses that begin with what was typed come first, then those whose street
//! begins with the first word, then the rest, each in street and number order.

use crate::api::AppState;
use crate::problem::ApiError;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use kommunekit_forms::contract::AddressSuggestion;
use kommunekit_forms::AddressAnswer;
use serde::Deserialize;

/// The bundled dataset.
const BUNDLED: &str = include_str!("../data/addresses.csv");
/// The suggestions given when the query does not say.
pub const DEFAULT_LIMIT: usize = 10;
/// The most suggestions one query gives.
pub const MAX_LIMIT: usize = 50;
/// The longest query read, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// One address, with what it is matched by.
struct Entry {
    suggestion: AddressSuggestion,
    /// The normalized words of the one-line address.
    words: Vec<String>,
    /// The normalized one-line address, words joined by single spaces.
    line: String,
    /// The normalized words of the street name.
    street: String,
    /// The house number's digits, for ordering 2 before 10.
    number: u32,
    /// The floor's place from the bottom: basements, the ground floor, then 1, 2, ….
    floor: i32,
}

/// The addresses the lookup suggests from.
pub struct Addresses {
    entries: Vec<Entry>,
}

/// Text as it is compared: lowercase, accents dropped but æ, ø, å kept (and ä, ö, aa
/// read as æ, ø, å), punctuation as spaces.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'æ' | 'ø' | 'å' => c,
            'ä' => 'æ',
            'ö' => 'ø',
            'á' | 'à' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        out.push(c);
    }
    out.replace("aa", "å")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Addresses {
    /// The dataset bundled with the server.
    pub fn bundled() -> Result<Addresses, String> {
        Addresses::parse(BUNDLED)
    }

    /// Reads `street;number;floor;door;postcode;city` lines after a header line; lines
    /// starting with `#` are comments. Every address must be valid as the address
    /// field checks it.
    pub fn parse(csv: &str) -> Result<Addresses, String> {
        let mut lines = csv
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        match lines.next() {
            Some((_, "street;number;floor;door;postcode;city")) => {}
            other => {
                return Err(format!(
                    "the header must be street;number;floor;door;postcode;city, not {other:?}"
                ))
            }
        }
        let mut entries = Vec::new();
        for (i, line) in lines {
            let parts: Vec<&str> = line.split(';').map(str::trim).collect();
            let [street, number, floor, door, postcode, city] = parts[..] else {
                return Err(format!(
                    "line {}: expected 6 fields, got {}",
                    i + 1,
                    parts.len()
                ));
            };
            let address = AddressAnswer::new(street, number, floor, door, postcode, city)
                .parse()
                .map_err(|e| format!("line {}: not a valid address: {e:?}", i + 1))?;
            let text = address.one_line();
            let line = normalize(&text);
            entries.push(Entry {
                words: line.split(' ').map(str::to_string).collect(),
                street: normalize(&address.street),
                number: address
                    .number
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
                    .parse()
                    .unwrap_or(0),
                floor: match address.floor.as_str() {
                    "" => -10,
                    "kl" => -1,
                    "st" => 0,
                    f => f.trim_start_matches('k').parse::<i32>().map_or(100, |n| {
                        if f.starts_with('k') {
                            -1 - n
                        } else {
                            n
                        }
                    }),
                },
                line,
                suggestion: AddressSuggestion { text, address },
            });
        }
        Ok(Addresses { entries })
    }

    /// How many addresses there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` suggestions for a query, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<AddressSuggestion> {
        let query = normalize(query);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        let Some(first) = words.first() else {
            return Vec::new();
        };
        let mut hits: Vec<(u8, &Entry)> = self
            .entries
            .iter()
            .filter(|e| {
                words
                    .iter()
                    .all(|w| e.words.iter().any(|ew| ew.starts_with(w)))
            })
            .map(|e| {
                let rank = if e.line.starts_with(&query) {
                    0
                } else if e.street.starts_with(first) {
                    1
                } else {
                    2
                };
                (rank, e)
            })
            .collect();
        hits.sort_by(|(ra, a), (rb, b)| {
            ra.cmp(rb)
                .then_with(|| a.street.cmp(&b.street))
                .then_with(|| a.number.cmp(&b.number))
                .then_with(|| {
                    a.suggestion
                        .address
                        .number
                        .cmp(&b.suggestion.address.number)
                })
                .then_with(|| a.floor.cmp(&b.floor))
                .then_with(|| a.line.cmp(&b.line))
        });
        hits.into_iter()
            .take(limit)
            .map(|(_, e)| e.suggestion.clone())
            .collect()
    }
}

/// The query of the lookup.
#[derive(Deserialize)]
pub struct LookupQuery {
    q: String,
    limit: Option<usize>,
}

/// `GET /api/v1/addresses`.
pub async fn lookup(
    State(state): AppState,
    query: Result<Query<LookupQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| {
        ApiError::InvalidQuery(format!(
            "give the text to look up: ?q=havnegade 1 ({})",
            e.body_text()
        ))
    })?;
    let text = query.q.trim();
    if text.is_empty() || text.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::InvalidQuery(format!(
            "q must be 1 to {MAX_QUERY_CHARS} characters"
        )));
    }
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::InvalidQuery(format!(
            "limit must be from 1 to {MAX_LIMIT}"
        )));
    }
    let found = state.addresses.search(text, limit);
    let body = serde_json::to_vec(&found).map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    // Addresses change seldom; what someone typed is no one else's business.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=300"),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Addresses {
        Addresses::parse(
            "street;number;floor;door;postcode;city\n\
             Havnegade;12;2;th;4999;Fjordby\n\
             Havnegade;12;st;tv;4999;Fjordby\n\
             Havnegade;2;;;4999;Fjordby\n\
             Havnegade;10;;;4999;Fjordby\n\
             Åbakken;3;;;4999;Fjordby\n\
             Ærøvej;1;;;4999;Fjordby\n\
             Gammel Havnevej;4;;;4998;Åstrup Fjord\n\
             Søndergade;7;;;4999;Fjordby\n",
        )
        .expect("a valid sample")
    }

    fn texts(found: &[AddressSuggestion]) -> Vec<&str> {
        found.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn text_is_compared_without_case_or_accents_but_with_the_danish_letters() {
        let cases = [
            ("HAVNEGADE 12", "havnegade 12"),
            ("Ærøvej", "ærøvej"),
            ("Ärövej", "ærøvej"),
            ("Aabakken", "åbakken"),
            ("Café  Strøget, 2.", "cafe strøget 2"),
            ("Søndergade", "søndergade"),
        ];
        for (text, expected) in cases {
            assert_eq!(normalize(text), expected, "{text}");
        }
        assert_ne!(normalize("Søndergade"), normalize("Sondergade"));
    }

    #[test]
    fn suggestions_begin_with_what_was_typed_in_street_and_number_order() {
        let a = sample();
        let cases: [(&str, &[&str]); 7] = [
            (
                "havne",
                &[
                    "Havnegade 2, 4999 Fjordby",
                    "Havnegade 10, 4999 Fjordby",
                    "Havnegade 12, st. tv., 4999 Fjordby",
                    "Havnegade 12, 2. th., 4999 Fjordby",
                    "Gammel Havnevej 4, 4998 Åstrup Fjord",
                ],
            ),
            (
                "havnegade 1",
                &[
                    "Havnegade 10, 4999 Fjordby",
                    "Havnegade 12, st. tv., 4999 Fjordby",
                    "Havnegade 12, 2. th., 4999 Fjordby",
                ],
            ),
            (
                "12 havnegade",
                &[
                    "Havnegade 12, st. tv., 4999 Fjordby",
                    "Havnegade 12, 2. th., 4999 Fjordby",
                ],
            ),
            ("aabakken", &["Åbakken 3, 4999 Fjordby"]),
            ("ÆRØ", &["Ærøvej 1, 4999 Fjordby"]),
            ("4998", &["Gammel Havnevej 4, 4998 Åstrup Fjord"]),
            ("sondergade", &[]),
        ];
        for (query, expected) in cases {
            assert_eq!(texts(&a.search(query, 10)), expected, "{query}");
        }
        assert_eq!(a.search("havne", 2).len(), 2);
        let found = &a.search("havnegade 12 2", 1)[0];
        assert_eq!(
            found.address,
            AddressAnswer::new("Havnegade", "12", "2", "th", "4999", "Fjordby")
        );
    }

    #[test]
    fn the_bundled_dataset_is_a_few_hundred_valid_addresses() {
        let a = Addresses::bundled().expect("the bundled dataset");
        assert!(a.len() >= 300, "{}", a.len());
    }

    #[test]
    fn a_dataset_with_a_wrong_line_is_refused_naming_the_line() {
        let cases = [
            "street;number\nHavnegade;1\n",
            "street;number;floor;door;postcode;city\nHavnegade;1;;;4999\n",
            "street;number;floor;door;postcode;city\nHavnegade;abc;;;4999;Fjordby\n",
        ];
        for csv in cases {
            assert!(Addresses::parse(csv).is_err(), "{csv}");
        }
    }
}
