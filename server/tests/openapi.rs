//! `server/openapi.json` against the running code: every operation it lists is routed,
//! every status the server gives is declared for its operation with the media type it
//! is sent as, and every JSON body the server sends has the shape its schema describes.

mod common;

use common::{content_type, pothole, submission, TestServer};
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

/// A submission for the road-problem service that the server stores.
fn valid_submission() -> Value {
    submission("en", pothole())
}

#[tokio::test]
async fn every_operation_of_the_document_is_routed() {
    let doc = document();
    let base = base_path(&doc);
    let server = TestServer::start().await;
    let receipt: Value = server
        .submit(&valid_submission(), Some("openapi-routed"))
        .await
        .json()
        .await
        .expect("a receipt");
    let reference = receipt["reference"].as_str().expect("a reference");

    let operations = operations(&doc);
    assert!(!operations.is_empty(), "the document lists no operations");
    for (path, method) in operations {
        let url = format!("{base}{path}")
            .replace("{id}", SERVICE)
            .replace("{reference}", reference);
        assert!(!url.contains('{'), "{path}: a path parameter is not filled");
        let r = match method.as_str() {
            "get" => server.get(&url).await,
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
    let server = TestServer::start().await;
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

    // The statuses the other tests expect of these operations are all among them.
    let statuses: BTreeSet<u16> = seen.iter().map(|s| s.status).collect();
    for expected in [200, 201, 304, 400, 404, 409, 413, 422] {
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
