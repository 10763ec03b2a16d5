//! Forwarding: every accepted submission reaches the municipality's webhook, signed,
//! at least once; failures are retried, the hopeless ones are dead and shown to
//! admins, who can send them again; a stopped server delivers after its restart.

mod common;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use common::{pothole, sample_dist, set_webhook, submission, test_catalog, TestServer};
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

const SECRET: &str = "a-webhook-secret-of-at-least-32-bytes-0123456789";
const ADMIN_TOKEN: &str = "an-admin-token-of-at-least-32-characters";

/// How the test receiver answers.
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// 204.
    Accept,
    /// This status, every time.
    Fail(u16),
    /// 503 for the first `n` deliveries, then 204.
    FailFirst(usize),
    /// Never answers.
    Hang,
}

/// One delivery as the receiver saw it.
#[derive(Debug)]
struct Delivery {
    reference: String,
    body: Value,
    signature_ok: bool,
    timestamp: i64,
}

#[derive(Clone)]
struct ReceiverState {
    mode: Arc<Mutex<Mode>>,
    seen: Arc<Mutex<usize>>,
    deliveries: mpsc::UnboundedSender<Delivery>,
}

/// A webhook receiver on a free port that checks signatures and counts deliveries.
struct Receiver {
    url: String,
    mode: Arc<Mutex<Mode>>,
    deliveries: mpsc::UnboundedReceiver<Delivery>,
}

fn expected_signature(timestamp: &str, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(SECRET.as_bytes()).expect("a key");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256={hex}")
}

async fn receive(
    State(state): State<ReceiverState>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let timestamp = header("x-kommunekit-timestamp");
    let delivery = Delivery {
        reference: header("x-kommunekit-delivery"),
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        signature_ok: header("x-kommunekit-signature") == expected_signature(&timestamp, &body),
        timestamp: timestamp.parse().unwrap_or(0),
    };
    let n = {
        let mut seen = state.seen.lock().expect("lock");
        *seen += 1;
        *seen
    };
    let _ = state.deliveries.send(delivery);
    let mode = *state.mode.lock().expect("lock");
    match mode {
        Mode::Accept => StatusCode::NO_CONTENT,
        Mode::Fail(status) => StatusCode::from_u16(status).expect("a status"),
        Mode::FailFirst(k) if n <= k => StatusCode::SERVICE_UNAVAILABLE,
        Mode::FailFirst(_) => StatusCode::NO_CONTENT,
        Mode::Hang => std::future::pending().await,
    }
}

impl Receiver {
    async fn start(mode: Mode) -> Receiver {
        let (tx, rx) = mpsc::unbounded_channel();
        let mode = Arc::new(Mutex::new(mode));
        let state = ReceiverState {
            mode: Arc::clone(&mode),
            seen: Arc::new(Mutex::new(0)),
            deliveries: tx,
        };
        let app = Router::new()
            .route("/hook", post(receive))
            .with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port");
        let url = format!("http://{}/hook", listener.local_addr().expect("an address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver {
            url,
            mode,
            deliveries: rx,
        }
    }

    fn set(&self, mode: Mode) {
        *self.mode.lock().expect("lock") = mode;
    }

    /// The next delivery, waiting at most 20 seconds.
    async fn next(&mut self) -> Delivery {
        tokio::time::timeout(Duration::from_secs(20), self.deliveries.recv())
            .await
            .expect("a delivery within 20 seconds")
            .expect("the receiver runs")
    }
}

/// A server whose municipality forwards to the receiver.
async fn server_for(receiver: &Receiver, attempts: u32) -> TestServer {
    let catalog = test_catalog();
    set_webhook(catalog.path(), &receiver.url, SECRET);
    TestServer::start_with(&sample_dist(), Some(catalog), |c| {
        c.webhook_attempts = attempts;
        c.webhook_backoff_ms = 10;
        c.webhook_timeout_ms = 30_000;
        c.admin_token = Some(ADMIN_TOKEN.into());
    })
    .await
}

fn outbox_rows(server: &TestServer) -> Vec<(String, String, u32)> {
    let db = server.db();
    let mut stmt = db
        .prepare("SELECT reference, state, attempts FROM outbox ORDER BY id")
        .expect("a statement");
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("rows");
    rows.collect::<Result<_, _>>().expect("rows")
}

/// Waits until the outbox rows satisfy `done`, checking every 20 ms for 20 seconds.
async fn until_rows(server: &TestServer, done: impl Fn(&[(String, String, u32)]) -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let rows = outbox_rows(server);
        if done(&rows) {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the outbox never got there: {rows:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn submit(server: &TestServer, key: &str) -> String {
    let r = server.submit(&submission("da", pothole()), Some(key)).await;
    assert_eq!(r.status(), 201);
    let receipt: Value = r.json().await.expect("a receipt");
    receipt["reference"]
        .as_str()
        .expect("a reference")
        .to_string()
}

#[tokio::test]
async fn every_accepted_submission_is_delivered_once_signed_with_the_secret() {
    let mut receiver = Receiver::start(Mode::Accept).await;
    let server = server_for(&receiver, 5).await;
    let first = submit(&server, "fwd-1").await;
    // A replay stores nothing new and so forwards nothing new.
    assert_eq!(submit(&server, "fwd-1").await, first);
    let second = submit(&server, "fwd-2").await;

    let mut got = [receiver.next().await, receiver.next().await];
    got.sort_by(|a, b| a.reference.cmp(&b.reference));
    let mut expected = vec![first.clone(), second.clone()];
    expected.sort();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as i64;
    for (delivery, reference) in got.iter().zip(&expected) {
        assert_eq!(&delivery.reference, reference);
        assert!(delivery.signature_ok, "{delivery:?}");
        assert!((delivery.timestamp - now).abs() < 60, "{delivery:?}");
        assert_eq!(delivery.body["reference"], json!(reference));
        assert_eq!(delivery.body["service_id"], "report-road-problem");
        assert_eq!(delivery.body["answers"], pothole());
        assert_eq!(delivery.body["attachments"], json!([]));
    }
    until_rows(&server, |rows| {
        rows.len() == 2
            && rows
                .iter()
                .all(|(_, state, n)| state == "delivered" && *n == 1)
    })
    .await;
}

#[tokio::test]
async fn the_webhook_is_never_shown_to_the_portal() {
    let receiver = Receiver::start(Mode::Accept).await;
    let server = server_for(&receiver, 5).await;
    let tenant: Value = server
        .get("/api/v1/tenant")
        .await
        .json()
        .await
        .expect("JSON");
    assert_eq!(tenant["id"], "fjordby");
    assert!(tenant.get("webhook").is_none(), "{tenant}");
}

#[tokio::test]
async fn a_failing_webhook_is_tried_again_until_it_accepts() {
    let mut receiver = Receiver::start(Mode::FailFirst(2)).await;
    let server = server_for(&receiver, 5).await;
    let reference = submit(&server, "retry").await;
    for attempt in 1..=3 {
        let d = receiver.next().await;
        assert_eq!(d.reference, reference, "attempt {attempt}");
        assert!(d.signature_ok, "attempt {attempt}");
    }
    until_rows(&server, |rows| {
        rows == [(reference.clone(), "delivered".to_string(), 3)]
    })
    .await;
}

async fn admin_get(server: &TestServer, path: &str, token: Option<&str>) -> reqwest::Response {
    let mut request = server.client.get(server.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("a response")
}

#[tokio::test]
async fn after_its_last_attempt_a_forward_is_dead_listed_for_admins_and_sent_again_on_request() {
    let mut receiver = Receiver::start(Mode::Fail(500)).await;
    let server = server_for(&receiver, 3).await;
    let reference = submit(&server, "dead").await;
    for _ in 0..3 {
        assert_eq!(receiver.next().await.reference, reference);
    }
    until_rows(&server, |rows| {
        rows == [(reference.clone(), "dead".to_string(), 3)]
    })
    .await;

    for token in [None, Some("not-the-token-not-the-token-not-the-token")] {
        let r = admin_get(&server, "/api/v1/admin/outbox?state=dead", token).await;
        assert_eq!(r.status(), 401, "{token:?}");
        assert_eq!(common::content_type(&r), "application/problem+json");
    }
    let r = admin_get(
        &server,
        "/api/v1/admin/outbox?state=dead",
        Some(ADMIN_TOKEN),
    )
    .await;
    assert_eq!(r.status(), 200);
    let dead: Value = r.json().await.expect("JSON");
    let dead = dead.as_array().expect("a list");
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0]["reference"], json!(reference));
    assert_eq!(dead[0]["state"], "dead");
    assert_eq!(dead[0]["attempts"], 3);
    assert!(dead[0]["last_error"]
        .as_str()
        .is_some_and(|e| e.contains("500")));
    let pending: Value = admin_get(
        &server,
        "/api/v1/admin/outbox?state=pending",
        Some(ADMIN_TOKEN),
    )
    .await
    .json()
    .await
    .expect("JSON");
    assert_eq!(pending, json!([]));

    receiver.set(Mode::Accept);
    let id = dead[0]["id"].as_i64().expect("an id");
    let r = server
        .client
        .post(server.url(&format!("/api/v1/admin/outbox/{id}/redeliver")))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("a response");
    assert_eq!(r.status(), 200);
    let queued: Value = r.json().await.expect("JSON");
    assert_eq!(queued["state"], "pending");
    let d = receiver.next().await;
    assert_eq!(d.reference, reference);
    assert!(d.signature_ok);
    until_rows(&server, |rows| {
        rows == [(reference.clone(), "delivered".to_string(), 1)]
    })
    .await;
}

#[tokio::test]
async fn a_stopped_server_leaves_the_forward_queued_and_delivers_it_after_a_restart() {
    let mut hanging = Receiver::start(Mode::Hang).await;
    let server = server_for(&hanging, 5).await;
    let reference = submit(&server, "restart").await;
    // The delivery is under way (and will never be answered) when the server stops.
    assert_eq!(hanging.next().await.reference, reference);
    let (data, catalog) = server.stop().await;

    let mut receiver = Receiver::start(Mode::Accept).await;
    let catalog = catalog.expect("the test catalog");
    set_webhook(catalog.path(), &receiver.url, SECRET);
    let server = TestServer::start_in(data, &sample_dist(), Some(catalog), |c| {
        c.webhook_backoff_ms = 10;
    })
    .await;
    let d = receiver.next().await;
    assert_eq!(d.reference, reference);
    assert!(d.signature_ok);
    until_rows(&server, |rows| {
        rows == [(reference.clone(), "delivered".to_string(), 1)]
    })
    .await;
    assert_eq!(server.rows(), 1);
}

#[tokio::test]
async fn a_forward_names_its_attachments_and_the_receiving_system_can_fetch_them() {
    let mut receiver = Receiver::start(Mode::Accept).await;
    let server = server_for(&receiver, 5).await;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec();
    let r = server
        .client
        .post(server.url("/api/v1/attachments"))
        .query(&[
            ("service", common::PHOTO_SERVICE),
            ("field", "photos"),
            ("name", "skade på vejen.png"),
        ])
        .header("content-type", "image/png")
        .body(png.clone())
        .send()
        .await
        .expect("a response");
    assert_eq!(r.status(), 201);
    let photo: Value = r.json().await.expect("JSON");
    let mut answers = pothole();
    answers["photos"] = json!([photo]);
    let r = server
        .post(
            &format!("/api/v1/services/{}/submissions", common::PHOTO_SERVICE),
            submission("da", answers).to_string(),
            Some("with-photo"),
        )
        .await;
    assert_eq!(r.status(), 201);

    let d = receiver.next().await;
    assert!(d.signature_ok);
    let listed = &d.body["attachments"][0];
    assert_eq!(listed["field"], "photos");
    assert_eq!(listed["id"], photo["id"]);
    assert_eq!(listed["name"], "skade på vejen.png");
    let download = listed["download"].as_str().expect("a download path");
    assert_eq!(
        server
            .client
            .get(server.url(download))
            .send()
            .await
            .expect("a response")
            .status(),
        401
    );
    let r = server
        .client
        .get(server.url(download))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("a response");
    assert_eq!(r.status(), 200);
    assert_eq!(common::content_type(&r), "image/png");
    assert!(common::header(&r, "content-disposition")
        .contains("filename*=UTF-8''skade%20p%C3%A5%20vejen.png"));
    assert_eq!(r.bytes().await.expect("the file").to_vec(), png);
}

#[tokio::test]
async fn without_its_secret_the_server_still_accepts_and_keeps_the_forwards_queued() {
    let catalog = test_catalog();
    set_webhook(catalog.path(), "http://127.0.0.1:9/hook", SECRET);
    // The secret's file is gone: forwarding waits, nothing is lost.
    std::fs::remove_file(catalog.path().join("webhook-secret")).expect("remove the secret");
    let server = TestServer::start_with(&sample_dist(), Some(catalog), |_| {}).await;
    let reference = submit(&server, "no-secret").await;
    assert_eq!(
        outbox_rows(&server),
        [(reference, "pending".to_string(), 0)]
    );
}
