//! Save and return: drafts saved, resumed by their code, saved again, deleted, and
//! gone once the submission they lead to is stored.

mod common;

use common::{content_type, header, pothole, submission, TestServer};
use serde_json::{json, Value};

const SERVICE: &str = "report-road-problem";

fn draft(page: &str, answers: Value) -> Value {
    json!({ "service_id": SERVICE, "service_version": 1, "page": page, "answers": answers })
}

async fn save(server: &TestServer, body: &Value) -> reqwest::Response {
    server.post("/api/v1/drafts", body.to_string(), None).await
}

async fn resume(server: &TestServer, code: &str) -> reqwest::Response {
    server
        .post(
            "/api/v1/drafts/resume",
            json!({ "resume_code": code }).to_string(),
            None,
        )
        .await
}

async fn put(server: &TestServer, id: &str, code: &str, body: &Value) -> reqwest::Response {
    server
        .client
        .put(server.url(&format!("/api/v1/drafts/{id}")))
        .header("content-type", "application/json")
        .header("resume-code", code)
        .body(body.to_string())
        .send()
        .await
        .expect("a response")
}

fn draft_rows(server: &TestServer) -> i64 {
    server
        .db()
        .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
        .expect("a count")
}

/// Saves a draft and returns its id and resume code.
async fn saved(server: &TestServer, answers: Value) -> (String, String) {
    let r = save(server, &draft("location", answers)).await;
    assert_eq!(r.status(), 201);
    let body: Value = r.json().await.expect("a draft");
    (
        body["id"].as_str().expect("an id").to_string(),
        body["resume_code"].as_str().expect("a code").to_string(),
    )
}

#[tokio::test]
async fn a_saved_draft_gives_a_code_to_write_down_and_resumes_with_every_answer_and_the_page() {
    let server = TestServer::start().await;
    let answers = json!({ "kind": "other", "description": "Væltet skilt ved åen" });
    let r = save(&server, &draft("location", answers.clone())).await;
    assert_eq!(r.status(), 201);
    let location = header(&r, "location");
    let created: Value = r.json().await.expect("a draft");
    let id = created["id"].as_str().expect("an id");
    assert_eq!(location, format!("/api/v1/drafts/{id}"));
    let code = created["resume_code"].as_str().expect("a code");
    // Three groups of four, without characters that are easy to mix up.
    assert_eq!(code.len(), 14, "{code}");
    assert_eq!(code.matches('-').count(), 2, "{code}");
    assert!(!code.contains(['0', 'O', '1', 'I']), "{code}");

    // The expiry is stated: 30 days from now by default.
    let expires = created["expires_at"].as_str().expect("an expiry");
    let updated = created["updated_at"].as_str().expect("a time");
    assert!(expires > updated, "{expires} {updated}");

    // The server keeps a hash of the code, not the code.
    let stored: Vec<u8> = server
        .db()
        .query_row("SELECT code_hash FROM drafts WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .expect("the row");
    assert_eq!(stored.len(), 32);
    let plain = code.replace('-', "");
    let dump: String = server
        .db()
        .query_row(
            "SELECT id || service_id || page || answers FROM drafts",
            [],
            |r| r.get(0),
        )
        .expect("the row");
    assert!(!dump.contains(&plain));

    // Typed in lowercase with spaces, the code still finds the draft.
    let typed = code.to_lowercase().replace('-', " ");
    let r = resume(&server, &typed).await;
    assert_eq!(r.status(), 200);
    let resumed: Value = r.json().await.expect("a draft");
    assert_eq!(
        resumed,
        json!({
            "id": id,
            "service_id": SERVICE,
            "service_version": 1,
            "page": "location",
            "answers": answers,
            "updated_at": updated,
            "expires_at": expires,
        })
    );
}

#[tokio::test]
async fn the_expiry_follows_the_configured_number_of_days() {
    let server = TestServer::start_with(&common::sample_dist(), None, |c| c.draft_days = 1).await;
    let r = save(&server, &draft("problem-type", json!({}))).await;
    let created: Value = r.json().await.expect("a draft");
    let expires_ms: i64 = server
        .db()
        .query_row("SELECT expires_at FROM drafts", [], |r| r.get(0))
        .expect("the row");
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_millis() as i64;
    let day = 86_400_000;
    assert!(
        (expires_ms - now_ms - day).abs() < 60_000,
        "{expires_ms} is not a day after {now_ms}"
    );
    assert!(created["expires_at"]
        .as_str()
        .is_some_and(|s| s.ends_with('Z')));
}

#[tokio::test]
async fn saving_again_with_the_code_replaces_the_answers_and_the_page() {
    let server = TestServer::start().await;
    let (id, code) = saved(&server, json!({ "kind": "pothole" })).await;
    let later = draft(
        "contact",
        json!({ "kind": "pothole", "location": "Havnegade 12" }),
    );
    let r = put(&server, &id, &code, &later).await;
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.expect("a draft");
    assert_eq!(body["page"], "contact");
    assert!(body.get("resume_code").is_none());
    let resumed: Value = resume(&server, &code).await.json().await.expect("a draft");
    assert_eq!(resumed["answers"], later["answers"]);
    assert_eq!(resumed["page"], "contact");
}

#[tokio::test]
async fn a_draft_is_refused_when_its_service_version_or_page_is_unknown() {
    let server = TestServer::start().await;
    let cases = [
        (
            "an unknown service",
            json!({ "service_id": "nope", "service_version": 1, "page": "location", "answers": {} }),
            400,
        ),
        (
            "an old version",
            json!({ "service_id": SERVICE, "service_version": 9, "page": "location", "answers": {} }),
            409,
        ),
        ("an unknown page", draft("nowhere", json!({})), 400),
        (
            "answers that are not answers",
            draft("location", json!({ "kind": 5 })),
            400,
        ),
        (
            "no page",
            json!({ "service_id": SERVICE, "service_version": 1, "answers": {} }),
            400,
        ),
    ];
    for (case, body, status) in cases {
        let r = save(&server, &body).await;
        assert_eq!(r.status(), status, "{case}");
        assert_eq!(content_type(&r), "application/problem+json", "{case}");
    }
    assert_eq!(draft_rows(&server), 0);
}

#[tokio::test]
async fn a_wrong_code_finds_nothing_and_changes_nothing() {
    let server = TestServer::start().await;
    let (id, code) = saved(&server, json!({ "kind": "pothole" })).await;
    let other = if code.starts_with('Z') {
        "2222-2222-2222"
    } else {
        "ZZZZ-ZZZZ-ZZZZ"
    };
    let r = resume(&server, other).await;
    assert_eq!(r.status(), 404);
    assert_eq!(content_type(&r), "application/problem+json");
    let r = put(&server, &id, other, &draft("contact", json!({}))).await;
    assert_eq!(r.status(), 404);
    let r = resume(&server, "not a code").await;
    assert_eq!(r.status(), 400);
    let kept: Value = resume(&server, &code).await.json().await.expect("a draft");
    assert_eq!(kept["answers"], json!({ "kind": "pothole" }));
}

#[tokio::test]
async fn after_ten_wrong_codes_even_the_right_one_must_wait() {
    let server = TestServer::start().await;
    let (_, code) = saved(&server, json!({})).await;
    for i in 0..10 {
        // Codes that are certainly not the saved one: the saved code has 12 characters
        // of the alphabet, these differ in the first group.
        let wrong = if code.starts_with("2222") {
            "3333-3333-3333"
        } else {
            "2222-2222-2222"
        };
        let r = resume(&server, wrong).await;
        assert_eq!(r.status(), 404, "attempt {i}");
    }
    let r = resume(&server, &code).await;
    assert_eq!(r.status(), 429);
    assert_eq!(content_type(&r), "application/problem+json");
    let wait: u64 = header(&r, "retry-after").parse().expect("seconds");
    assert!(wait > 0 && wait <= 15 * 60, "{wait}");
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/too-many-attempts");
}

#[tokio::test]
async fn a_missing_or_malformed_code_is_a_bad_request_even_over_the_limit_and_is_not_counted() {
    let server = TestServer::start().await;
    let (id, code) = saved(&server, json!({})).await;
    let url = server.url(&format!("/api/v1/drafts/{id}"));
    // Malformed codes first, more than the limit: none of them counts as a guess.
    for i in 0..12 {
        let r = resume(&server, "not a code").await;
        assert_eq!(r.status(), 400, "malformed attempt {i}");
    }
    assert_eq!(
        resume(&server, &code).await.status(),
        200,
        "the right code still works"
    );
    let wrong = if code.starts_with("2222") {
        "3333-3333-3333"
    } else {
        "2222-2222-2222"
    };
    for _ in 0..10 {
        assert_eq!(resume(&server, wrong).await.status(), 404);
    }
    // Over the limit: a request without a usable code is still answered as malformed.
    let cases: [(&str, Option<&str>, u16); 4] = [
        ("no Resume-Code header", None, 400),
        ("a code of the wrong length", Some("ABC"), 400),
        ("a code of the right form", Some(wrong), 429),
        ("the right code", Some(code.as_str()), 429),
    ];
    for (what, header_code, status) in cases {
        let mut request = server.client.delete(&url);
        if let Some(c) = header_code {
            request = request.header("resume-code", c);
        }
        let r = request.send().await.expect("a response");
        assert_eq!(r.status(), status, "{what}");
        assert_eq!(content_type(&r), "application/problem+json", "{what}");
    }
}

#[tokio::test]
async fn a_deleted_draft_is_gone() {
    let server = TestServer::start().await;
    let (id, code) = saved(&server, json!({})).await;
    let delete = |code: String| {
        server
            .client
            .delete(server.url(&format!("/api/v1/drafts/{id}")))
            .header("resume-code", code)
            .send()
    };
    let r = delete("ZZZZ-ZZZZ-ZZZ2".into()).await.expect("a response");
    assert_eq!(r.status(), 404);
    let r = delete(code.clone()).await.expect("a response");
    assert_eq!(r.status(), 204);
    assert_eq!(resume(&server, &code).await.status(), 404);
    assert_eq!(draft_rows(&server), 0);
}

#[tokio::test]
async fn the_submission_that_names_its_draft_deletes_it_and_others_stay() {
    let server = TestServer::start().await;
    let (id, code) = saved(&server, pothole()).await;
    let (_, other_code) = saved(&server, pothole()).await;
    let r = server
        .client
        .post(server.url("/api/v1/services/report-road-problem/submissions"))
        .header("content-type", "application/json")
        .header("idempotency-key", "from-a-draft")
        .header("draft-id", &id)
        .body(submission("da", pothole()).to_string())
        .send()
        .await
        .expect("a response");
    assert_eq!(r.status(), 201);
    assert_eq!(resume(&server, &code).await.status(), 404);
    assert_eq!(resume(&server, &other_code).await.status(), 200);
    assert_eq!(draft_rows(&server), 1);
}
