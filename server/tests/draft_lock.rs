//! The lock of one draft after too many wrong resume codes: guessing the code of a
//! draft whose id is known, from many addresses, each under its own limit, locks that
//! draft for an hour, even for the right code; other drafts carry on, nothing is
//! lost, and the lock ends with its window (on a clock the test moves on by hand).

mod common;

use common::{content_type, header, sample_dist, TestServer};
use kommunekit_server::Clock;
use serde_json::{json, Value};
use std::net::IpAddr;
use std::time::Duration;

const SERVICE: &str = "report-road-problem";
/// Wrong codes one draft may be given in its window.
const LIMIT: usize = 10;
/// The window of the lock.
const WINDOW: Duration = Duration::from_secs(60 * 60);

/// A server behind a proxy at 127.0.0.1, so that `X-Forwarded-For` names the client
/// of each request, on a clock the test moves.
async fn server(clock: &Clock) -> TestServer {
    let localhost: IpAddr = [127, 0, 0, 1].into();
    let clock = clock.clone();
    TestServer::start_with(&sample_dist(), None, move |c| {
        c.proxy = Some(localhost);
        c.clock = clock;
    })
    .await
}

fn draft(page: &str) -> Value {
    json!({ "service_id": SERVICE, "service_version": 1, "page": page, "answers": { "kind": "pothole" } })
}

/// Saves a draft and returns its id and resume code.
async fn saved(server: &TestServer) -> (String, String) {
    let r = server
        .post("/api/v1/drafts", draft("location").to_string(), None)
        .await;
    assert_eq!(r.status(), 201);
    let body: Value = r.json().await.expect("a draft");
    (
        body["id"].as_str().expect("an id").to_string(),
        body["resume_code"].as_str().expect("a code").to_string(),
    )
}

/// A code of the right form that is certainly not `code` (it differs in the first
/// group).
fn wrong(code: &str) -> &'static str {
    if code.starts_with("2222") {
        "3333-3333-3333"
    } else {
        "2222-2222-2222"
    }
}

/// The address of the n-th client, one per request.
fn client(n: usize) -> String {
    format!("198.51.100.{}", n + 1)
}

#[derive(Clone, Copy, Debug)]
enum Method {
    Put,
    Delete,
}

/// `PUT` or `DELETE` of a draft with a code, from a client address.
async fn send(
    server: &TestServer,
    method: Method,
    id: &str,
    code: &str,
    from: &str,
) -> reqwest::Response {
    let url = server.url(&format!("/api/v1/drafts/{id}"));
    let request = match method {
        Method::Put => server
            .client
            .put(url)
            .header("content-type", "application/json")
            .body(draft("contact").to_string()),
        Method::Delete => server.client.delete(url),
    };
    request
        .header("resume-code", code)
        .header("x-forwarded-for", from)
        .send()
        .await
        .expect("a response")
}

/// Gives a draft `n` wrong codes, each from a new address, alternating `PUT` and
/// `DELETE`; each is answered 404. `first` numbers the addresses.
async fn guess(server: &TestServer, id: &str, code: &str, n: usize, first: usize) {
    for i in 0..n {
        let method = if i % 2 == 0 {
            Method::Put
        } else {
            Method::Delete
        };
        let r = send(server, method, id, wrong(code), &client(first + i)).await;
        assert_eq!(r.status(), 404, "wrong code {i} ({method:?})");
    }
}

/// The seconds of `Retry-After` of a 429 problem, after checking its form, and its
/// detail.
async fn locked(r: reqwest::Response, what: &str) -> (u64, String) {
    assert_eq!(r.status(), 429, "{what}");
    assert_eq!(content_type(&r), "application/problem+json", "{what}");
    let wait: u64 = header(&r, "retry-after").parse().expect("seconds");
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/too-many-attempts", "{what}");
    assert_eq!(problem["status"], 429, "{what}");
    let detail = problem["detail"].as_str().expect("a detail").to_string();
    (wait, detail)
}

#[tokio::test]
async fn ten_wrong_codes_from_ten_addresses_lock_the_draft_even_for_the_right_code() {
    let clock = Clock::adjustable();
    let server = server(&clock).await;
    let (id, code) = saved(&server).await;
    guess(&server, &id, &code, LIMIT, 0).await;

    for (what, method) in [
        ("saving with the right code", Method::Put),
        ("deleting with the right code", Method::Delete),
    ] {
        let r = send(&server, method, &id, &code, &client(100)).await;
        let (wait, detail) = locked(r, what).await;
        assert!(
            wait > WINDOW.as_secs() - 60 && wait <= WINDOW.as_secs(),
            "{what}: {wait}"
        );
        for says in [
            "this draft was given too many wrong resume codes",
            "even for the right code",
            "try again in 60 minutes",
            "The draft itself is kept: nothing is lost",
        ] {
            assert!(detail.contains(says), "{what}: {detail:?} lacks {says:?}");
        }
    }
    // Nothing was lost: the draft is still there, unchanged.
    let (page, rows): (String, i64) = server
        .db()
        .query_row(
            "SELECT page, (SELECT count(*) FROM drafts) FROM drafts WHERE id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the draft is kept");
    assert_eq!((page.as_str(), rows), ("location", 1));
}

#[tokio::test]
async fn nine_wrong_codes_leave_the_draft_open_to_its_right_code() {
    let clock = Clock::adjustable();
    let server = server(&clock).await;
    let (id, code) = saved(&server).await;
    guess(&server, &id, &code, LIMIT - 1, 0).await;
    let r = send(&server, Method::Put, &id, &code, &client(100)).await;
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn a_locked_draft_leaves_other_drafts_and_resuming_by_code_alone_open() {
    let clock = Clock::adjustable();
    let server = server(&clock).await;
    let (id, code) = saved(&server).await;
    let (other, other_code) = saved(&server).await;
    guess(&server, &id, &code, LIMIT, 0).await;
    let r = send(&server, Method::Put, &id, &code, &client(100)).await;
    assert_eq!(r.status(), 429, "the draft is locked");

    // Another draft, even from an address that guessed at the locked one.
    let r = send(&server, Method::Put, &other, &other_code, &client(0)).await;
    assert_eq!(r.status(), 200, "another draft is saved");
    // Resuming by the code alone names no draft, so it is not a guess at this one,
    // and it is not refused: a refusal would tell a guesser the code was right.
    let r = server
        .post(
            "/api/v1/drafts/resume",
            json!({ "resume_code": code }).to_string(),
            None,
        )
        .await;
    assert_eq!(r.status(), 200, "the citizen can still open the draft");
    let body: Value = r.json().await.expect("a draft");
    assert_eq!(body["id"], id.as_str());
}

#[tokio::test]
async fn the_lock_ends_when_its_hour_has_passed() {
    let clock = Clock::adjustable();
    let server = server(&clock).await;
    let (id, code) = saved(&server).await;
    guess(&server, &id, &code, LIMIT, 0).await;

    clock.advance(WINDOW - Duration::from_secs(30));
    let r = send(&server, Method::Put, &id, &code, &client(100)).await;
    let (wait, detail) = locked(r, "half a minute before the end").await;
    assert!(wait > 0 && wait <= 30, "{wait}");
    assert!(detail.contains("try again in 1 minute."), "{detail}");

    clock.advance(Duration::from_secs(30));
    let r = send(&server, Method::Put, &id, &code, &client(100)).await;
    assert_eq!(r.status(), 200, "the window has passed");

    // A new window counts from zero: nine more wrong codes do not lock it again.
    guess(&server, &id, &code, LIMIT - 1, 200).await;
    let r = send(&server, Method::Delete, &id, &code, &client(100)).await;
    assert_eq!(r.status(), 204, "deleted with the right code");
}
