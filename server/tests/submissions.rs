//! Submitting answers: storing, validating, refusing, and replaying.

mod common;

use common::{content_type, header, pothole, submission, TestServer};
use serde_json::{json, Value};

#[tokio::test]
async fn a_valid_submission_gets_201_and_the_row_holds_exactly_the_answers_on_the_route() {
    let noticed = json!({ "day": "1", "month": "3", "year": "2025" });
    let cases = [
        (
            "other: the description page is on the route, blank email dropped, text trimmed",
            json!({
                "kind": "other",
                "description": "  Væltet skilt  ",
                "location": "Havnegade 12",
                "noticed": noticed,
                "email": "  ",
            }),
            json!({
                "kind": "other",
                "description": "Væltet skilt",
                "location": "Havnegade 12",
                "noticed": noticed,
            }),
        ),
        (
            "pothole: the description page is off the route, so its answer is not stored",
            json!({
                "kind": "pothole",
                "description": "left over from going back",
                "location": "Havnegade 12",
                "noticed": noticed,
                "email": "borger@example.dk",
                "not-a-field": "ignored",
            }),
            json!({
                "kind": "pothole",
                "location": "Havnegade 12",
                "noticed": noticed,
                "email": "borger@example.dk",
            }),
        ),
    ];
    let server = TestServer::start().await;
    for (case, answers, stored) in cases {
        let r = server.submit(&submission("da", answers), None).await;
        assert_eq!(r.status(), 201, "{case}");
        let location = header(&r, "location");
        let receipt: Value = r.json().await.expect("a receipt");
        let reference = receipt["reference"]
            .as_str()
            .expect("a reference")
            .to_string();
        assert_eq!(
            location,
            format!("/api/v1/submissions/{reference}"),
            "{case}"
        );
        assert_eq!(receipt["service_id"], "report-road-problem", "{case}");
        assert!(
            reference.len() == 12 && reference.starts_with("KK-") && &reference[7..8] == "-",
            "{case}: {reference}"
        );

        let (answers, version, language, submitted_at): (String, u32, String, String) = server
            .db()
            .query_row(
                "SELECT answers, service_version, language, submitted_at FROM submissions WHERE reference = ?1",
                [&reference],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .expect("the row is stored");
        let answers: Value = serde_json::from_str(&answers).expect("stored JSON");
        assert_eq!(answers, stored, "{case}");
        assert_eq!((version, language.as_str()), (1, "da"), "{case}");
        assert_eq!(receipt["submitted_at"], submitted_at, "{case}");
        assert!(
            submitted_at.ends_with('Z') && submitted_at.len() == 20,
            "{submitted_at}"
        );

        let status = server.get(&location).await;
        assert_eq!(status.status(), 200, "{case}");
        let status: Value = status.json().await.expect("a status");
        assert_eq!(
            status,
            json!({
                "reference": reference,
                "service_id": "report-road-problem",
                "submitted_at": submitted_at,
                "status": "received",
            }),
            "{case}"
        );
    }
    assert_eq!(server.rows(), 2);
}

#[tokio::test]
async fn an_invalid_submission_gets_422_with_every_field_error_in_the_citizens_language() {
    let answers = json!({
        "kind": "pothole",
        "location": "",
        "noticed": { "day": "1", "month": "1", "year": "2999" },
    });
    let cases = [
        (
            "da",
            [
                ("location", "required", "Skriv hvor problemet er"),
                (
                    "noticed",
                    "date_in_future",
                    "Datoen skal være i dag eller tidligere",
                ),
            ],
        ),
        (
            "en",
            [
                ("location", "required", "Enter where the problem is"),
                (
                    "noticed",
                    "date_in_future",
                    "The date must be today or in the past",
                ),
            ],
        ),
    ];
    let server = TestServer::start().await;
    for (language, expected) in cases {
        let r = server
            .submit(&submission(language, answers.clone()), None)
            .await;
        assert_eq!(r.status(), 422, "{language}");
        assert_eq!(content_type(&r), "application/problem+json");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["type"], "/problems/validation");
        assert_eq!(problem["title"], "Validation failed");
        assert_eq!(problem["status"], 422);
        let errors = problem["errors"].as_array().expect("errors");
        let got: Vec<(&str, &str, &str, &str)> = errors
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap_or(""),
                    e["page"].as_str().unwrap_or(""),
                    e["code"].as_str().unwrap_or(""),
                    e["message"].as_str().unwrap_or(""),
                )
            })
            .collect();
        let want: Vec<(&str, &str, &str, &str)> = expected
            .iter()
            .map(|(field, code, message)| (*field, "location", *code, *message))
            .collect();
        assert_eq!(got, want, "{language}");
    }
    assert_eq!(server.rows(), 0);
}

#[tokio::test]
async fn a_submission_that_stops_early_gets_the_errors_of_the_first_unfinished_page() {
    let server = TestServer::start().await;
    let r = server
        .submit(&submission("en", json!({ "kind": "other" })), None)
        .await;
    assert_eq!(r.status(), 422);
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(
        problem["errors"],
        json!([{
            "field": "description",
            "page": "describe",
            "code": "required",
            "message": "Describe the problem",
        }])
    );
}

#[tokio::test]
async fn a_body_that_is_not_a_submission_gets_400_saying_what_and_where() {
    let cases = [
        (
            "not JSON at all",
            "{\n  \"service_version\": 1,\n  oops".to_string(),
            vec!["not valid JSON", "line 3, column 3"],
        ),
        (
            "an empty body",
            String::new(),
            vec!["not valid JSON", "line 1, column 0"],
        ),
        (
            "a version that is text",
            json!({ "service_version": "1", "language": "da", "answers": {} }).to_string(),
            vec!["$.service_version", "line 1"],
        ),
        (
            "an answer that is a number",
            json!({ "service_version": 1, "language": "da", "answers": { "kind": 5 } }).to_string(),
            vec!["$.answers.kind"],
        ),
        (
            "an unknown key",
            json!({ "service_version": 1, "language": "da", "answers": {}, "extra": true })
                .to_string(),
            vec!["unknown field `extra`"],
        ),
        (
            "a language the portal does not speak",
            json!({ "service_version": 1, "language": "fr", "answers": {} }).to_string(),
            vec!["$.language", "fr"],
        ),
    ];
    let server = TestServer::start().await;
    for (case, body, mentions) in cases {
        let r = server
            .post(
                "/api/v1/services/report-road-problem/submissions",
                body,
                None,
            )
            .await;
        assert_eq!(r.status(), 400, "{case}");
        assert_eq!(content_type(&r), "application/problem+json", "{case}");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["type"], "/problems/invalid-body", "{case}");
        let detail = problem["detail"].as_str().unwrap_or("");
        for m in mentions {
            assert!(
                detail.contains(m),
                "{case}: {detail:?} should mention {m:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_body_over_256_kib_gets_413() {
    let server = TestServer::start().await;
    let big = submission("da", json!({ "description": "x".repeat(300 * 1024) }));
    let r = server.submit(&big, None).await;
    assert_eq!(r.status(), 413);
    assert_eq!(content_type(&r), "application/problem+json");
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/body-too-large");
}

#[tokio::test]
async fn answers_to_another_version_of_the_service_get_409_naming_both_versions() {
    let server = TestServer::start().await;
    let mut body = submission("da", pothole());
    body["service_version"] = json!(7);
    let r = server.submit(&body, None).await;
    assert_eq!(r.status(), 409);
    assert_eq!(content_type(&r), "application/problem+json");
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/version-conflict");
    let detail = problem["detail"].as_str().unwrap_or("");
    assert!(
        detail.contains("version 7") && detail.contains("is 1"),
        "{detail}"
    );
}

#[tokio::test]
async fn a_submission_to_an_unknown_service_gets_404() {
    let server = TestServer::start().await;
    let r = server
        .post(
            "/api/v1/services/no-such-service/submissions",
            submission("da", pothole()).to_string(),
            None,
        )
        .await;
    assert_eq!(r.status(), 404);
    assert_eq!(content_type(&r), "application/problem+json");
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/not-found");
    assert!(problem["detail"]
        .as_str()
        .unwrap_or("")
        .contains("no-such-service"));
}

#[tokio::test]
async fn a_replay_with_the_same_key_and_body_returns_the_first_receipt_and_stores_one_row() {
    let server = TestServer::start().await;
    let body = submission("da", pothole());
    let first = server.submit(&body, Some("key-1")).await;
    assert_eq!(first.status(), 201);
    let first_location = header(&first, "location");
    let first: Value = first.json().await.expect("a receipt");
    let again = server.submit(&body, Some("key-1")).await;
    assert_eq!(again.status(), 201);
    assert_eq!(header(&again, "location"), first_location);
    let again: Value = again.json().await.expect("a receipt");
    assert_eq!(again, first);
    assert_eq!(server.rows(), 1);
}

#[tokio::test]
async fn the_same_key_with_another_body_gets_422_and_stores_nothing_more() {
    let server = TestServer::start().await;
    let first = server
        .submit(&submission("da", pothole()), Some("key-2"))
        .await;
    assert_eq!(first.status(), 201);
    let mut other = pothole();
    other["location"] = json!("Torvet 1");
    let r = server.submit(&submission("da", other), Some("key-2")).await;
    assert_eq!(r.status(), 422);
    assert_eq!(content_type(&r), "application/problem+json");
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/idempotency-key-reused");
    assert_eq!(server.rows(), 1);
}

#[tokio::test]
async fn an_idempotency_key_longer_than_255_characters_gets_400() {
    let server = TestServer::start().await;
    let cases = [("k".repeat(255), 201), ("k".repeat(256), 400)];
    for (key, status) in cases {
        let r = server
            .submit(&submission("da", pothole()), Some(&key))
            .await;
        assert_eq!(r.status(), status, "a key of {} characters", key.len());
        if status == 400 {
            let problem: Value = r.json().await.expect("a problem");
            assert_eq!(problem["type"], "/problems/invalid-idempotency-key");
        }
    }
    assert_eq!(server.rows(), 1);
}

#[tokio::test]
async fn an_unknown_reference_gets_404() {
    let server = TestServer::start().await;
    for path in [
        "/api/v1/submissions/KK-0000-0000",
        "/api/v1/submissions/not-a-reference",
    ] {
        let r = server.get(path).await;
        assert_eq!(r.status(), 404, "{path}");
        assert_eq!(content_type(&r), "application/problem+json", "{path}");
    }
}

#[tokio::test]
async fn many_submissions_at_once_are_all_stored_with_different_references() {
    let server = TestServer::start().await;
    let mut tasks = Vec::new();
    for i in 0..50 {
        let client = server.client.clone();
        let url = server.url("/api/v1/services/report-road-problem/submissions");
        let body = submission("en", pothole()).to_string();
        tasks.push(tokio::spawn(async move {
            let r = client
                .post(url)
                .header("idempotency-key", format!("burst-{i}"))
                .body(body)
                .send()
                .await
                .expect("a response");
            assert_eq!(r.status(), 201);
            let receipt: Value = r.json().await.expect("a receipt");
            receipt["reference"].as_str().unwrap_or("").to_string()
        }));
    }
    let mut references = std::collections::BTreeSet::new();
    for t in tasks {
        references.insert(t.await.expect("a task"));
    }
    assert_eq!(references.len(), 50);
    assert_eq!(server.rows(), 50);
}

/// Sends the head of a submission with `Expect: 100-continue` on a raw connection and
/// waits for `100 Continue`: from then on the server is handling the request and
/// waits for its body.
async fn start_slow_submission(
    server: &TestServer,
    body_len: usize,
    key: &str,
) -> tokio::net::TcpStream {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = server.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("a connection");
    let head = format!(
        "POST /api/v1/services/report-road-problem/submissions HTTP/1.1\r\nhost: {addr}\r\n\
         content-type: application/json\r\ncontent-length: {body_len}\r\n\
         idempotency-key: {key}\r\nexpect: 100-continue\r\nconnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.expect("write");
    let mut seen = Vec::new();
    while !seen.ends_with(b"\r\n\r\n") {
        let mut byte = [0u8; 1];
        stream.read_exact(&mut byte).await.expect("read");
        seen.push(byte[0]);
    }
    let seen = String::from_utf8_lossy(&seen);
    assert!(seen.starts_with("HTTP/1.1 100"), "{seen}");
    stream
}

/// Sends the rest of a request and reads the whole answer (the server closes the
/// connection after it, as the request asked).
async fn finish_slow_submission(mut stream: tokio::net::TcpStream, body: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream.write_all(body).await.expect("write");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.expect("read");
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn a_second_request_with_a_key_still_in_flight_gets_409_and_then_the_first_answer() {
    let server = TestServer::start().await;
    let body = submission("da", pothole()).to_string();
    let first = start_slow_submission(&server, body.len(), "in-flight-1").await;

    // The first is being handled: the same key, with the same or another body, is 409.
    for other in [body.clone(), submission("en", pothole()).to_string()] {
        let r = server.submit_raw(other, Some("in-flight-1")).await;
        assert_eq!(r.status(), 409);
        assert_eq!(content_type(&r), "application/problem+json");
        assert_eq!(header(&r, "retry-after"), "1");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["type"], "/problems/idempotency-key-in-flight");
    }
    // Another key is not held up.
    let r = server
        .submit(&submission("da", pothole()), Some("in-flight-2"))
        .await;
    assert_eq!(r.status(), 201);

    let answer = finish_slow_submission(first, body.as_bytes()).await;
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let json_start = answer.find("\r\n\r\n").expect("a head") + 4;
    let receipt: Value = serde_json::from_str(&answer[json_start..]).expect("a receipt");

    let again = server.submit_raw(body, Some("in-flight-1")).await;
    assert_eq!(again.status(), 201);
    let again: Value = again.json().await.expect("a receipt");
    assert_eq!(again, receipt);
    assert_eq!(server.rows(), 2);
}

#[tokio::test]
async fn a_key_is_free_again_after_its_request_failed() {
    let server = TestServer::start().await;
    let r = server.submit_raw("{ not json".into(), Some("freed")).await;
    assert_eq!(r.status(), 400);
    let r = server
        .submit(&submission("da", pothole()), Some("freed"))
        .await;
    assert_eq!(r.status(), 201);
}
