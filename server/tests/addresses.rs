//! The address lookup: suggestions from the bundled dataset as the citizen types.

mod common;

use common::{content_type, TestServer};
use serde_json::Value;

async fn lookup(server: &TestServer, query: &[(&str, &str)]) -> reqwest::Response {
    server
        .client
        .get(server.url("/api/v1/addresses"))
        .query(query)
        .send()
        .await
        .expect("a response")
}

#[tokio::test]
async fn typing_part_of_an_address_suggests_whole_addresses_in_their_parts() {
    let server = TestServer::start().await;
    let r = lookup(&server, &[("q", "HAVNEGADE 1"), ("limit", "5")]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(content_type(&r), "application/json");
    let found: Value = r.json().await.expect("JSON");
    let found = found.as_array().expect("a list");
    assert_eq!(found.len(), 5);
    for s in found {
        let a = &s["address"];
        assert_eq!(a["street"], "Havnegade", "{s}");
        assert!(
            a["number"].as_str().is_some_and(|n| n.starts_with('1')),
            "{s}"
        );
        assert_eq!(
            (&a["postcode"], &a["city"]),
            (&"4999".into(), &"Fjordby".into())
        );
        for part in ["floor", "door"] {
            assert!(a[part].is_string(), "{s}");
        }
        assert!(
            s["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("Havnegade 1")),
            "{s}"
        );
    }
}

#[tokio::test]
async fn danish_letters_match_as_themselves_or_typed_as_umlauts_or_aa_and_are_kept_in_the_answer() {
    let server = TestServer::start().await;
    let cases = [
        ("ærøvej", "Ærøvej"),
        ("AEROVEJ", ""),
        ("aabakken", "Åbakken"),
        ("Ärö", "Ærøvej"),
    ];
    for (typed, street) in cases {
        let found: Value = lookup(&server, &[("q", typed)])
            .await
            .json()
            .await
            .expect("JSON");
        let first = found[0]["address"]["street"].as_str().unwrap_or("");
        assert_eq!(first, street, "{typed}");
    }
}

#[tokio::test]
async fn a_lookup_without_text_or_with_a_wrong_limit_is_a_400_problem() {
    let server = TestServer::start().await;
    let cases: [&[(&str, &str)]; 5] = [
        &[],
        &[("q", "  ")],
        &[("q", "havnegade"), ("limit", "0")],
        &[("q", "havnegade"), ("limit", "51")],
        &[("q", "havnegade"), ("limit", "many")],
    ];
    for query in cases {
        let r = lookup(&server, query).await;
        assert_eq!(r.status(), 400, "{query:?}");
        assert_eq!(content_type(&r), "application/problem+json", "{query:?}");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["type"], "/problems/invalid-query", "{query:?}");
    }
}
