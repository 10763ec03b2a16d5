//! `server/openapi.json` against the running code: every operation it lists is routed,
//! every status the server gives is declared for its operation with the media type it
//! is sent as, and every JSON body the server sends has the shape its schema describes.

mod common;

use common::{
    content_type, pothole, sample_dist, set_webhook, submission, test_catalog, TestServer,
    PHOTO_SERVICE,
};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The sample service that the path parameter `{id}` stands for.
const SERVICE: &str = "report-road-problem";

fn document() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi.json");
    let text = std::fs::read_to_string(&path).expect("server/openapi.json");
    serde_json::from_str(&text).expect("server/openapi.json is JSON")
}

/// The prefix of every path, from `servers`.
fn base_path(doc: &Value) -> String {
    doc["servers"][0]["url"]
        .as_str()
        .expect("a server URL")
        .to_string()
}

/// Every (path, method) of the document.
fn operations(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in ["get", "put", "post", "delete", "patch", "head", "options"] {
            if item.get(method).is_some() {
                out.push((path.clone(), method.to_string()));
            }
        }
    }
    out
}

/// Follows a `$ref` of the document.
fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let pointer = r.strip_prefix('#').expect("a local reference");
            resolve(doc, doc.pointer(pointer).unwrap_or(&Value::Null))
        }
        None => value,
    }
}

fn type_matches(value: &Value, ty: &str) -> bool {
    match ty {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// A light structural check of a value against a JSON Schema of the document: `$ref`,
/// `anyOf`/`oneOf`/`allOf`, `type`, `const`, `enum`, `required`, `properties`,
/// `additionalProperties` and `items`. Formats and bounds are not checked.
fn check(doc: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    if schema.is_boolean() {
        if schema == &Value::Bool(false) {
            errors.push(format!("{at}: nothing is allowed here"));
        }
        return;
    }
    if let Some(r) = schema.get("$ref") {
        let target = resolve(doc, schema);
        if target.is_null() {
            errors.push(format!("{at}: the schema {r} is missing"));
            return;
        }
        check(doc, target, value, at, errors);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let fits = branches.iter().any(|b| {
                let mut e = Vec::new();
                check(doc, b, value, at, &mut e);
                e.is_empty()
            });
            if !fits {
                errors.push(format!("{at}: {value} fits none of the {key} branches"));
            }
        }
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for b in all {
            check(doc, b, value, at, errors);
        }
    }
    if let Some(ty) = schema.get("type") {
        let types: Vec<&str> = match ty {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        if !types.iter().any(|t| type_matches(value, t)) {
            errors.push(format!("{at}: {value} is not of type {ty}"));
            return;
        }
    }
    if let Some(c) = schema.get("const") {
        if c != value {
            errors.push(format!("{at}: {value} is not {c}"));
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            errors.push(format!("{at}: {value} is not one of {options:?}"));
        }
    }
    if let Some(object) = value.as_object() {
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                errors.push(format!("{at}: the required property \"{name}\" is missing"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, v) in object {
            let at = format!("{at}.{name}");
            match (
                properties.and_then(|p| p.get(name)),
                schema.get("additionalProperties"),
            ) {
                (Some(s), _) => check(doc, s, v, &at, errors),
                (None, Some(extra)) => check(doc, extra, v, &at, errors),
                (None, None) => {}
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, v) in array.iter().enumerate() {
            check(doc, items, v, &format!("{at}[{i}]"), errors);
        }
    }
}

/// What a request gave, as the test records it.
struct Seen {
    path: String,
    method: String,
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

impl Seen {
    async fn record(path: &str, method: &str, r: reqwest::Response) -> Seen {
        Seen {
            path: path.to_string(),
            method: method.to_string(),
            status: r.status().as_u16(),
            content_type: content_type(&r),
            body: r.bytes().await.expect("a body").to_vec(),
        }
    }
}

/// The admin token of the test server.
const ADMIN_TOKEN: &str = "an-admin-token-of-at-least-32-characters";

/// A server with the test services, an admin token, and a webhook that cannot be
/// reached (so forwards stay in the outbox).
async fn full_server() -> TestServer {
    let catalog = test_catalog();
    set_webhook(
        catalog.path(),
        "http://127.0.0.1:9/hook",
        "a-webhook-secret-of-at-least-32-bytes-0123456789",
    );
    TestServer::start_with(&sample_dist(), Some(catalog), |c| {
        c.admin_token = Some(ADMIN_TOKEN.into());
    })
    .await
}

/// A draft body for the road-problem service.
fn draft_body(version: u32) -> Value {
    json!({ "service_id": SERVICE, "service_version": version, "page": "location", "answers": { "kind": "pothole" } })
}

/// A submission for the road-problem service that the server stores.
fn valid_submission() -> Value {
    submission("en", pothole())
}

#[tokio::test]
async fn every_operation_of_the_document_is_routed() {
    let doc = document();
    let base = base_path(&doc);
    let server = full_server().await;
    let receipt: Value = server
        .submit(&valid_submission(), Some("openapi-routed"))
        .await
        .json()
        .await
        .expect("a receipt");
    let reference = receipt["reference"].as_str().expect("a reference");
    let draft: Value = server
        .post("/api/v1/drafts", draft_body(1).to_string(), None)
        .await
        .json()
        .await
        .expect("a draft");
    let draft_id = draft["id"].as_str().expect("a draft id");
    let photo: Value = server
        .client
        .post(server.url("/api/v1/attachments"))
        .query(&[
            ("service", PHOTO_SERVICE),
            ("field", "photos"),
            ("name", "a.pdf"),
        ])
        .header("content-type", "application/pdf")
        .body(b"%PDF-1.7\n".to_vec())
        .send()
        .await
        .expect("a response")
        .json()
        .await
        .expect("an attachment");
    let attachment_id = photo["id"].as_str().expect("an attachment id");

    let operations = operations(&doc);
    assert!(!operations.is_empty(), "the document lists no operations");
    for (path, method) in operations {
        let url = format!("{base}{path}")
            .replace("{id}", SERVICE)
            .replace("{reference}", reference)
            .replace("{draft_id}", draft_id)
            .replace("{outbox_id}", "1")
            .replace("{attachment_id}", attachment_id);
        assert!(!url.contains('{'), "{path}: a path parameter is not filled");
        let r = match method.as_str() {
            "get" => server.get(&url).await,
            "put" => server
                .client
                .put(server.url(&url))
                .body(draft_body(1).to_string())
                .send()
                .await
                .expect("a response"),
            "delete" => server
                .client
                .delete(server.url(&url))
                .send()
                .await
                .expect("a response"),
            "post" => {
                server
                    .post(
                        &url,
                        valid_submission().to_string(),
                        Some(&format!("openapi-{method}-{path}")),
                    )
                    .await
            }
            other => panic!("{other} {path}: the test does not know how to call this method"),
        };
        let status = r.status().as_u16();
        assert!(
            status != 404 && status != 405,
            "{} {path} ({url}) is in the document but the server answers {status}",
            method.to_uppercase()
        );
    }
}

#[tokio::test]
async fn every_status_and_body_the_server_gives_is_declared() {
    let doc = document();
    let base = base_path(&doc);
    let server = full_server().await;
    let mut seen = Vec::new();

    // The reads, each fresh and then with the entity tag it gave.
    for path in [
        "/health",
        "/tenant",
        "/tenant/logo",
        "/services",
        "/services/{id}",
    ] {
        let url = format!("{base}{}", path.replace("{id}", SERVICE));
        let r = server.get(&url).await;
        let etag = r
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        seen.push(Seen::record(path, "get", r).await);
        if let Some(etag) = etag {
            let again = server
                .client
                .get(server.url(&url))
                .header("if-none-match", etag)
                .send()
                .await
                .expect("a response");
            seen.push(Seen::record(path, "get", again).await);
        }
    }
    let r = server
        .get(&format!("{base}/services/no-such-service"))
        .await;
    seen.push(Seen::record("/services/{id}", "get", r).await);

    // The submissions: stored, and every way of refusing one.
    let submit_path = "/services/{id}/submissions";
    let submit_url = format!("{base}/services/{SERVICE}/submissions");
    let stored = server.post(&submit_url, valid_submission().to_string(), Some("k1"));
    let stored = Seen::record(submit_path, "post", stored.await).await;
    let receipt: Value = serde_json::from_slice(&stored.body).expect("a receipt");
    let reference = receipt["reference"]
        .as_str()
        .expect("a reference")
        .to_string();
    seen.push(stored);
    let mut other_version = valid_submission();
    other_version["service_version"] = json!(999);
    let incomplete = submission("en", json!({ "kind": "pothole" }));
    let refusals: Vec<(String, String, Option<String>)> = vec![
        (submit_url.clone(), "{ not json".into(), None),
        (
            submit_url.clone(),
            valid_submission().to_string(),
            Some("k".repeat(256)),
        ),
        (
            format!("{base}/services/no-such-service/submissions"),
            valid_submission().to_string(),
            None,
        ),
        (submit_url.clone(), other_version.to_string(), None),
        (submit_url.clone(), "x".repeat(300 * 1024), None),
        (submit_url.clone(), incomplete.to_string(), None),
        // The key of the stored submission, with another body.
        (
            submit_url.clone(),
            incomplete.to_string(),
            Some("k1".into()),
        ),
    ];
    for (url, body, key) in refusals {
        let r = server.post(&url, body, key.as_deref()).await;
        seen.push(Seen::record(submit_path, "post", r).await);
    }

    // The status of a submission.
    let status_path = "/submissions/{reference}";
    let r = server.get(&format!("{base}/submissions/{reference}")).await;
    seen.push(Seen::record(status_path, "get", r).await);
    let r = server
        .get(&format!("{base}/submissions/KK-0000-0000"))
        .await;
    seen.push(Seen::record(status_path, "get", r).await);

    // Attachments: stored, and every way of refusing one.
    let upload =
        |query: Vec<(&'static str, &'static str)>, declared: &'static str, bytes: Vec<u8>| {
            server
                .client
                .post(server.url(&format!("{base}/attachments")))
                .query(&query)
                .header("content-type", declared)
                .body(bytes)
                .send()
        };
    let photo = |name: &'static str| {
        vec![
            ("service", PHOTO_SERVICE),
            ("field", "photos"),
            ("name", name),
        ]
    };
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let uploads = [
        (photo("foto.png"), "image/png", png.clone()),
        (
            photo("kvittering.pdf"),
            "application/pdf",
            b"MZ\x90\0".to_vec(),
        ),
        (
            photo("stor.png"),
            "image/png",
            [png.clone(), vec![0; 1024 * 1024]].concat(),
        ),
        (photo("tom.pdf"), "application/pdf", Vec::new()),
        (vec![("service", PHOTO_SERVICE)], "image/png", png.clone()),
        (
            vec![
                ("service", PHOTO_SERVICE),
                ("field", "location"),
                ("name", "a.png"),
            ],
            "image/png",
            png.clone(),
        ),
    ];
    for (query, declared, bytes) in uploads {
        let r = upload(query, declared, bytes).await.expect("a response");
        seen.push(Seen::record("/attachments", "post", r).await);
    }

    // Drafts: saved, resumed, saved again, deleted, and refused.
    let drafts_url = format!("{base}/drafts");
    let r = server
        .post(&drafts_url, draft_body(1).to_string(), None)
        .await;
    let created = Seen::record("/drafts", "post", r).await;
    let draft: Value = serde_json::from_slice(&created.body).expect("a draft");
    let draft_id = draft["id"].as_str().expect("an id").to_string();
    let code = draft["resume_code"].as_str().expect("a code").to_string();
    seen.push(created);
    for body in [
        draft_body(9).to_string(),
        "{".to_string(),
        "x".repeat(300 * 1024),
    ] {
        let r = server.post(&drafts_url, body, None).await;
        seen.push(Seen::record("/drafts", "post", r).await);
    }
    let resume_url = format!("{base}/drafts/resume");
    for body in [
        json!({ "resume_code": code }).to_string(),
        json!({ "resume_code": "nope" }).to_string(),
    ] {
        let r = server.post(&resume_url, body, None).await;
        seen.push(Seen::record("/drafts/resume", "post", r).await);
    }
    let draft_url = server.url(&format!("{base}/drafts/{draft_id}"));
    for (code, version) in [
        (code.as_str(), 1),
        (code.as_str(), 9),
        ("2222-2222-2222", 1),
        ("x", 1),
    ] {
        let r = server
            .client
            .put(&draft_url)
            .header("resume-code", code)
            .body(draft_body(version).to_string())
            .send()
            .await
            .expect("a response");
        seen.push(Seen::record("/drafts/{draft_id}", "put", r).await);
    }
    for code in ["2222-2222-2222", code.as_str()] {
        let r = server
            .client
            .delete(&draft_url)
            .header("resume-code", code)
            .send()
            .await
            .expect("a response");
        seen.push(Seen::record("/drafts/{draft_id}", "delete", r).await);
    }

    // The address lookup.
    for query in ["?q=havnegade", "?q=", "?q=havnegade&limit=0"] {
        let r = server.get(&format!("{base}/addresses{query}")).await;
        seen.push(Seen::record("/addresses", "get", r).await);
    }

    // The admin endpoints, with and without the token.
    let admin = |path: String, post: bool, token: Option<&'static str>| {
        let url = server.url(&path);
        let mut request = if post {
            server.client.post(url)
        } else {
            server.client.get(url)
        };
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    for (query, token) in [
        ("", Some(ADMIN_TOKEN)),
        ("?state=lost", Some(ADMIN_TOKEN)),
        ("", None),
    ] {
        let r = admin(format!("{base}/admin/outbox{query}"), false, token)
            .await
            .expect("a response");
        seen.push(Seen::record("/admin/outbox", "get", r).await);
    }
    for (id, token) in [
        ("1", Some(ADMIN_TOKEN)),
        ("999", Some(ADMIN_TOKEN)),
        ("1", None),
    ] {
        let r = admin(format!("{base}/admin/outbox/{id}/redeliver"), true, token)
            .await
            .expect("a response");
        seen.push(Seen::record("/admin/outbox/{outbox_id}/redeliver", "post", r).await);
    }

    let photo: Value = serde_json::from_slice(
        &seen[..]
            .iter()
            .find(|s| s.path == "/attachments" && s.status == 201)
            .expect("an upload")
            .body,
    )
    .expect("JSON");
    let photo_id = photo["id"].as_str().expect("an id").to_string();
    for (id, token) in [
        (photo_id.as_str(), Some(ADMIN_TOKEN)),
        ("att_00000000000000000000000000", Some(ADMIN_TOKEN)),
        (photo_id.as_str(), None),
    ] {
        let r = admin(format!("{base}/admin/attachments/{id}"), false, token)
            .await
            .expect("a response");
        seen.push(Seen::record("/admin/attachments/{attachment_id}", "get", r).await);
    }

    for id in [photo_id.as_str(), "att_00000000000000000000000000"] {
        let r = server
            .client
            .delete(server.url(&format!("{base}/attachments/{id}")))
            .send()
            .await
            .expect("a response");
        seen.push(Seen::record("/attachments/{attachment_id}", "delete", r).await);
    }

    // Wrong resume codes, until the client must wait.
    for _ in 0..11 {
        let r = server
            .post(
                &resume_url,
                json!({ "resume_code": "2222-2222-2222" }).to_string(),
                None,
            )
            .await;
        seen.push(Seen::record("/drafts/resume", "post", r).await);
    }

    // The statuses the other tests expect of these operations are all among them.
    let statuses: BTreeSet<u16> = seen.iter().map(|s| s.status).collect();
    for expected in [200, 201, 204, 304, 400, 401, 404, 409, 413, 415, 422, 429] {
        assert!(
            statuses.contains(&expected),
            "the test never saw {expected}"
        );
    }

    let mut errors = Vec::new();
    let mut checked_bodies = BTreeSet::new();
    for s in &seen {
        let op = &doc["paths"][&s.path][&s.method];
        let what = format!("{} {} -> {}", s.method.to_uppercase(), s.path, s.status);
        assert!(
            op.is_object(),
            "{what}: the operation is not in the document"
        );
        let Some(response) = op["responses"].get(s.status.to_string()) else {
            errors.push(format!("{what}: the status is not declared"));
            continue;
        };
        let response = resolve(&doc, response);
        let Some(content) = response.get("content").and_then(Value::as_object) else {
            if !s.body.is_empty() {
                errors.push(format!("{what}: a body is sent but none is declared"));
            }
            continue;
        };
        let Some(media) = content.get(&s.content_type) else {
            errors.push(format!(
                "{what}: sent as {:?}, declared as {:?}",
                s.content_type,
                content.keys().collect::<Vec<_>>()
            ));
            continue;
        };
        if s.content_type.ends_with("json") {
            let body: Value = match serde_json::from_slice(&s.body) {
                Ok(b) => b,
                Err(e) => {
                    errors.push(format!("{what}: the body is not JSON: {e}"));
                    continue;
                }
            };
            check(&doc, &media["schema"], &body, &what, &mut errors);
            checked_bodies.insert((s.method.clone(), s.path.clone(), s.status));
        }
    }
    // What the webhook receives has the shape the document gives it.
    let forwarded: String = server
        .db()
        .query_row("SELECT body FROM outbox ORDER BY id LIMIT 1", [], |r| {
            r.get(0)
        })
        .expect("a forward in the outbox");
    let forwarded: Value = serde_json::from_str(&forwarded).expect("JSON");
    check(
        &doc,
        &json!({ "$ref": "#/components/schemas/ForwardedSubmission" }),
        &forwarded,
        "the forwarded submission",
        &mut errors,
    );
    assert!(errors.is_empty(), "{}", errors.join("\n"));

    // One real body of every JSON read was checked against its schema.
    for (path, method) in operations(&doc) {
        let op = &doc["paths"][&path][&method];
        if op["responses"]["200"]["content"]
            .get("application/json")
            .is_some()
        {
            assert!(
                checked_bodies.contains(&(method.clone(), path.clone(), 200)),
                "{method} {path}: no 200 body was checked"
            );
        }
    }
}

#[test]
fn the_light_check_finds_what_it_is_for() {
    let doc = document();
    let receipt = json!({ "$ref": "#/components/schemas/SubmissionReceipt" });
    let mut errors = Vec::new();
    check(
        &doc,
        &receipt,
        &json!({ "reference": "KK-7F3K-9Q2M", "service_id": SERVICE }),
        "$",
        &mut errors,
    );
    assert!(
        errors.iter().any(|e| e.contains("submitted_at")),
        "{errors:?}"
    );

    let request = json!({ "$ref": "#/components/schemas/SubmissionRequest" });
    let mut errors = Vec::new();
    check(&doc, &request, &valid_submission(), "$", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    let mut wrong = valid_submission();
    wrong["language"] = json!("fr");
    wrong["answers"]["noticed"] = json!({ "day": 1 });
    check(&doc, &request, &wrong, "$", &mut errors);
    assert!(
        errors.iter().any(|e| e.contains("$.language")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("$.answers.noticed")),
        "{errors:?}"
    );
}
