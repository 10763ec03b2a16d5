//! The browser and the server agree: for generated answers to every catalog service,
//! the server answers 201 exactly when `Journey::submission()` accepts the answers, and
//! 422 with the same fields and codes when it refuses them.

mod common;

use common::{catalog, TestServer};
use kommunekit_forms::{
    load_definition, Answer, Answers, Date, DateAnswer, FieldType, Journey, ServiceDefinition,
};
use serde_json::Value;
use std::time::{SystemTime, UNIX_EPOCH};

/// How many submissions are compared, spread over the services.
const CASES: usize = 300;
const DAY_MS: i64 = 86_400_000;
/// The offset the server counts "today" in (see `time::citizen_today`).
const SERVER_OFFSET_MINUTES: i64 = 14 * 60;

/// xorshift64, from a fixed seed: the same cases on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n.max(1) as u64) as usize
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn services() -> Vec<ServiceDefinition> {
    let mut files: Vec<_> = std::fs::read_dir(catalog().join("services"))
        .expect("the catalog")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("a service file");
            load_definition(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// Answers a citizen might give: valid, invalid or blank, from each field's choices and
/// a pool of typed values; dates a few days to a year either side of today, never so
/// near that the time zone could change the outcome.
fn answers(rng: &mut Rng, def: &ServiceDefinition, now: i64) -> Answers {
    const TEXTS: [&str; 9] = [
        "",
        "Havnegade 12",
        "borger@example.dk",
        "ikke en adresse",
        "12345678",
        "010190-1234",
        "8000",
        "12,5",
        "1.234,50",
    ];
    const OFFSETS: [i64; 8] = [-400, -40, -20, -5, 5, 20, 40, 400];
    let mut out = Answers::new();
    for field in def.pages.iter().flat_map(|p| &p.fields) {
        if rng.below(10) == 0 {
            continue;
        }
        let choices = field.choices();
        let answer = match field.kind {
            FieldType::Checkboxes => Answer::Many(
                choices
                    .iter()
                    .filter(|_| rng.below(3) == 0)
                    .map(|c| c.value.clone())
                    .collect(),
            ),
            FieldType::Date => {
                let offset = OFFSETS[rng.below(OFFSETS.len())];
                let d = Date::from_unix_millis(now + offset * DAY_MS, 0);
                Answer::Date(DateAnswer::new(
                    d.day.to_string(),
                    d.month.to_string(),
                    d.year.to_string(),
                ))
            }
            kind if kind.is_single_choice() && rng.below(6) != 0 => {
                Answer::Text(choices[rng.below(choices.len())].value.clone())
            }
            _ => Answer::Text(TEXTS[rng.below(TEXTS.len())].to_string()),
        };
        out.insert(field.id.clone(), answer);
    }
    out
}

/// What the journey engine says, as (status, sorted field:code list).
fn expected(def: &ServiceDefinition, answers: &Answers, today: Date) -> (u16, Vec<String>) {
    match Journey::new(def, answers, today).submission() {
        Ok(_) => (201, Vec::new()),
        Err(errors) => {
            let mut list: Vec<String> = errors
                .iter()
                .map(|e| format!("{}:{}", e.field, e.kind.code()))
                .collect();
            list.sort();
            (422, list)
        }
    }
}

#[tokio::test]
async fn the_server_accepts_and_refuses_exactly_what_the_journey_engine_does() {
    let server = TestServer::start().await;
    let services = services();
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let (mut accepted, mut refused) = (0, 0);
    for case in 0..CASES {
        let def = &services[case % services.len()];
        let now = now_ms();
        let given = answers(&mut rng, def, now);
        let today = Date::from_unix_millis(now, SERVER_OFFSET_MINUTES);
        let want = expected(def, &given, today);
        let body = serde_json::json!({
            "service_version": def.version,
            "language": "da",
            "answers": given,
        });
        let r = server
            .post(
                &format!("/api/v1/services/{}/submissions", def.id),
                body.to_string(),
                Some(&format!("agree-{case}")),
            )
            .await;
        let status = r.status().as_u16();
        let got: Value = r.json().await.expect("a JSON answer");
        let mut fields: Vec<String> = got["errors"]
            .as_array()
            .map(|es| {
                es.iter()
                    .map(|e| {
                        format!(
                            "{}:{}",
                            e["field"].as_str().unwrap_or(""),
                            e["code"].as_str().unwrap_or("")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        fields.sort();
        assert_eq!(
            (status, fields),
            want,
            "case {case}, {}: {}",
            def.id,
            serde_json::to_string(&given).unwrap_or_default()
        );
        if status == 201 {
            accepted += 1;
        } else {
            refused += 1;
        }
    }
    // Both outcomes are compared, not only one of them.
    assert!(
        accepted > 0 && refused > 0,
        "{accepted} accepted, {refused} refused"
    );
}
