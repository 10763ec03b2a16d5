//! The `/api/v1` routes.

use crate::addresses::{self, Addresses};
use crate::catalog::{strip_position, Catalog};
use crate::outbox::Outbox;
use crate::problem::ApiError;
use crate::store::{NewSubmission, Outcome, Store};
use crate::{admin, attachments, drafts, reference, time};
use axum::body::{Body, Bytes};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::Router;
use base64::Engine as _;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use kommunekit_forms::{
    Journey, Lang, ProblemFieldError, ServiceDefinition, ServiceSummary, SubmissionRequest,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// The largest submission body accepted.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// The longest `Idempotency-Key` accepted.
pub const MAX_IDEMPOTENCY_KEY: usize = 255;
/// Where the API serves the tenant's logo.
pub const LOGO_PATH: &str = "/api/v1/tenant/logo";

/// A response body made once at startup, with its entity tag.
struct Cached {
    body: Bytes,
    etag: HeaderValue,
    content_type: &'static str,
}

impl Cached {
    fn new(body: Vec<u8>, content_type: &'static str) -> Cached {
        let digest = Sha256::digest(&body);
        let tag = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..16]);
        Cached {
            body: Bytes::from(body),
            // Base64url is always a valid header value.
            etag: HeaderValue::from_str(&format!("\"{tag}\""))
                .unwrap_or(HeaderValue::from_static("\"0\"")),
            content_type,
        }
    }

    fn json<T: Serialize + ?Sized>(value: &T) -> Result<Cached, serde_json::Error> {
        Ok(Cached::new(serde_json::to_vec(value)?, "application/json"))
    }

    /// The body, or `304 Not Modified` when the client has it already. Clients check
    /// back every time (`no-cache`), so a published change shows at once.
    fn respond(&self, request: &HeaderMap) -> Response {
        let fresh = request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|t| {
                let t = t.trim();
                t == "*" || t.trim_start_matches("W/") == self.etag
            });
        let mut response = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut r = self.body.clone().into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(self.content_type),
            );
            r
        };
        let headers = response.headers_mut();
        headers.insert(header::ETAG, self.etag.clone());
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        response
    }
}

/// A service with its definition ready to send.
pub(crate) struct Service {
    /// The definition.
    pub(crate) definition: ServiceDefinition,
    json: Cached,
}

/// What the API handlers share.
pub struct ApiState {
    services: BTreeMap<String, Service>,
    services_list: Cached,
    tenant: Cached,
    logo: Option<Cached>,
    pub(crate) store: Store,
    /// The idempotency keys of the submissions being handled right now.
    in_flight: Mutex<HashSet<String>>,
    /// Wrong resume codes by client.
    pub(crate) attempts: drafts::Attempts<std::net::IpAddr>,
    /// Wrong resume codes by draft, from any client.
    pub(crate) draft_attempts: drafts::Attempts<String>,
    /// The clock the limits on wrong resume codes count with.
    pub(crate) clock: crate::time::Clock,
    /// How long a draft is kept after it was last saved.
    draft_lifetime: Duration,
    /// The forwarding of submissions.
    pub(crate) outbox: Outbox,
    /// SHA-256 of the admin token.
    pub(crate) admin_token: Option<[u8; 32]>,
    /// The addresses the lookup suggests.
    pub(crate) addresses: Addresses,
    /// The reverse proxy whose `X-Forwarded-For` names the client.
    pub(crate) proxy: Option<std::net::IpAddr>,
}

/// Settings of the API that come from the configuration.
#[derive(Clone)]
pub struct ApiOptions {
    /// How long a draft is kept after it was last saved.
    pub draft_lifetime: Duration,
    /// The forwarding of submissions.
    pub outbox: Outbox,
    /// SHA-256 of the admin token; `None` closes the admin endpoints.
    pub admin_token: Option<[u8; 32]>,
    /// The reverse proxy whose `X-Forwarded-For` names the client.
    pub proxy: Option<std::net::IpAddr>,
    /// The clock the limits on wrong resume codes count with.
    pub clock: crate::time::Clock,
}

/// Why the API cannot be prepared.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    /// A response of the catalog cannot be made.
    #[error("cannot prepare the catalog's responses: {0}")]
    Serialize(#[from] serde_json::Error),
    /// The bundled addresses cannot be read.
    #[error("the bundled addresses cannot be read: {0}")]
    Addresses(String),
}

/// An idempotency key reserved while its request is handled; freed when dropped, so a
/// request that fails or whose client goes away frees it too.
struct InFlight<'a> {
    keys: &'a Mutex<HashSet<String>>,
    key: String,
}

impl<'a> InFlight<'a> {
    /// Reserves a key, or `None` when another request holds it.
    fn reserve(keys: &'a Mutex<HashSet<String>>, key: &str) -> Option<InFlight<'a>> {
        // The set is only ever inserted into or removed from, so a poisoned lock
        // holds a usable set.
        let mut set = keys.lock().unwrap_or_else(|p| p.into_inner());
        set.insert(key.to_string()).then(|| InFlight {
            keys,
            key: key.to_string(),
        })
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        let mut set = self.keys.lock().unwrap_or_else(|p| p.into_inner());
        set.remove(&self.key);
    }
}

impl ApiState {
    /// Prepares the responses that only change with the catalog.
    pub fn new(
        catalog: Catalog,
        store: Store,
        options: ApiOptions,
    ) -> Result<ApiState, PrepareError> {
        let summaries: Vec<ServiceSummary> = catalog
            .services()
            .values()
            .map(|d| ServiceSummary {
                id: d.id.clone(),
                title: d.title.clone(),
                description: d.description.clone(),
            })
            .collect();
        let services_list = Cached::json(&summaries)?;
        let addresses = Addresses::bundled().map_err(PrepareError::Addresses)?;
        if addresses.is_empty() {
            tracing::warn!("the address lookup has no addresses");
        } else {
            tracing::info!(addresses = addresses.len(), "address lookup ready");
        }
        let mut tenant = catalog.municipality().clone();
        // The webhook is the server's business, not the portal's.
        tenant.webhook = None;
        let logo = catalog
            .logo()
            .map(|svg| Cached::new(svg.to_vec(), "image/svg+xml"));
        tenant.logo = logo.as_ref().map(|_| LOGO_PATH.to_string());
        let tenant = Cached::json(&tenant)?;
        let mut services = BTreeMap::new();
        for (id, definition) in catalog.services() {
            let json = Cached::json(definition)?;
            services.insert(
                id.clone(),
                Service {
                    definition: definition.clone(),
                    json,
                },
            );
        }
        Ok(ApiState {
            services,
            services_list,
            tenant,
            logo,
            store,
            in_flight: Mutex::new(HashSet::new()),
            attempts: drafts::Attempts::new(drafts::PER_CLIENT),
            draft_attempts: drafts::Attempts::new(drafts::PER_DRAFT),
            clock: options.clock,
            draft_lifetime: options.draft_lifetime,
            outbox: options.outbox,
            admin_token: options.admin_token,
            addresses,
            proxy: options.proxy,
        })
    }
}

impl ApiState {
    /// How long a draft is kept after it was last saved, in milliseconds.
    pub(crate) fn draft_lifetime_millis(&self) -> i64 {
        i64::try_from(self.draft_lifetime.as_millis()).unwrap_or(i64::MAX / 2)
    }

    /// The service with an id, or 404.
    pub(crate) fn service(&self, id: &str) -> Result<&Service, ApiError> {
        find_service(self, id)
    }
}

/// The state every handler of the API gets.
pub(crate) type AppState = State<Arc<ApiState>>;

/// The language of the messages for the citizen: English when the request's
/// `Accept-Language` puts English before Danish, else Danish.
pub(crate) fn accept_language(headers: &HeaderMap) -> Lang {
    let value = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    for range in value.split(',') {
        let tag = range
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if tag == "en" || tag.starts_with("en-") {
            return Lang::En;
        }
        if tag == "da" || tag.starts_with("da-") {
            return Lang::Da;
        }
    }
    Lang::Da
}

/// The routes under `/api/v1`.
pub fn router(state: Arc<ApiState>) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/tenant", get(tenant))
        .route("/tenant/logo", get(logo))
        .route("/services", get(services))
        .route("/services/{id}", get(service))
        .route("/services/{id}/submissions", post(submit))
        .route("/submissions/{reference}", get(submission_status))
        .route("/attachments", post(attachments::upload))
        .route("/attachments/{id}", delete(attachments::remove))
        .route("/drafts", post(drafts::create))
        .route("/drafts/resume", post(drafts::resume))
        .route("/drafts/{id}", put(drafts::update).delete(drafts::delete))
        .route("/addresses", get(addresses::lookup))
        .route("/admin/outbox", get(admin::outbox))
        .route("/admin/attachments/{id}", get(admin::attachment))
        .route("/admin/outbox/{id}/redeliver", post(admin::redeliver))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
}

/// The answer to any address under `/api` that has no route.
pub async fn not_found() -> ApiError {
    ApiError::NotFound("there is nothing at this address of the API".into())
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

async fn health() -> Response {
    let mut r = r#"{"status":"ok"}"#.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn tenant(State(state): AppState, headers: HeaderMap) -> Response {
    state.tenant.respond(&headers)
}

async fn logo(State(state): AppState, headers: HeaderMap) -> Result<Response, ApiError> {
    match &state.logo {
        Some(logo) => Ok(logo.respond(&headers)),
        None => Err(ApiError::NotFound("this municipality has no logo".into())),
    }
}

async fn services(State(state): AppState, headers: HeaderMap) -> Response {
    state.services_list.respond(&headers)
}

fn path_param(path: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    path.map(|Path(p)| p)
        .map_err(|e| ApiError::NotFound(format!("the address cannot be read: {e}")))
}

fn find_service<'a>(state: &'a ApiState, id: &str) -> Result<&'a Service, ApiError> {
    state
        .services
        .get(id)
        .ok_or_else(|| ApiError::NotFound(format!("there is no service \"{id}\"")))
}

async fn service(
    State(state): AppState,
    path: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let id = path_param(path)?;
    Ok(find_service(&state, &id)?.json.respond(&headers))
}

/// The `Idempotency-Key` header: absent, or one key of 1 to 255 visible characters.
/// The value is used as sent, quotes included.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let mut values = headers.get_all("idempotency-key").iter();
    let Some(value) = values.next() else {
        return Ok(None);
    };
    if values.next().is_some() {
        return Err(ApiError::InvalidIdempotencyKey(
            "send one Idempotency-Key header, not several".into(),
        ));
    }
    let key = value
        .to_str()
        .map_err(|_| {
            ApiError::InvalidIdempotencyKey(
                "the Idempotency-Key must be visible ASCII characters, e.g. a UUID".into(),
            )
        })?
        .trim();
    if key.is_empty() {
        return Err(ApiError::InvalidIdempotencyKey(
            "the Idempotency-Key is empty; leave the header out or send a key, e.g. a UUID".into(),
        ));
    }
    if key.len() > MAX_IDEMPOTENCY_KEY {
        return Err(ApiError::InvalidIdempotencyKey(format!(
            "the Idempotency-Key is {} characters long; the most allowed is {MAX_IDEMPOTENCY_KEY}",
            key.len()
        )));
    }
    Ok(Some(key.to_string()))
}

async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, ApiError> {
    let too_large = ApiError::BodyTooLarge {
        limit: MAX_BODY_BYTES,
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES as u64) {
        return Err(too_large);
    }
    match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large),
        Err(e) => Err(ApiError::InvalidBody(format!(
            "the body could not be read: {e}"
        ))),
    }
}

/// Parses a submission, saying what is wrong and where: the line and column of a
/// syntax error, the JSON path of a value of the wrong shape.
fn parse_submission(body: &[u8]) -> Result<SubmissionRequest, ApiError> {
    parse_json(body, "submission")
}

/// Parses a JSON body of a type, saying what is wrong and where: the line and column
/// of a syntax error, the JSON path of a value of the wrong shape. `what` names the
/// type for the message, e.g. "submission".
pub(crate) fn parse_json<T: DeserializeOwned>(body: &[u8], what: &str) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let request: T = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let (line, column) = (inner.line(), inner.column());
        let message = strip_position(&inner);
        ApiError::InvalidBody(if inner.is_syntax() || inner.is_eof() {
            format!("the body is not valid JSON: {message} at line {line}, column {column}")
        } else {
            let path = if path.is_empty() || path == "." {
                "$".to_string()
            } else {
                format!("$.{path}")
            };
            format!("the body is not a {what}: at {path} (line {line}, column {column}): {message}")
        })
    })?;
    de.end().map_err(|e| {
        ApiError::InvalidBody(format!(
            "the body is not valid JSON: there is more after the {what} at line {}, column {}",
            e.line(),
            e.column()
        ))
    })?;
    Ok(request)
}

/// Reads a JSON body of at most [`MAX_BODY_BYTES`] and parses it.
pub(crate) async fn read_json<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
    what: &str,
) -> Result<T, ApiError> {
    let bytes = read_body(headers, body).await?;
    parse_json(&bytes, what)
}

fn body_hash(service_id: &str, body: &[u8]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(service_id.as_bytes());
    hasher.update([0]);
    hasher.update(body);
    hasher.finalize().into()
}

async fn submit(
    State(state): AppState,
    path: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let id = path_param(path)?;
    let service = find_service(&state, &id)?;
    let definition = &service.definition;
    let key = idempotency_key(&headers)?;
    // Reserved before the body is read: a retry sent while the first is still under
    // way (a double click, a client that gave up waiting) gets 409, not a second row.
    let _in_flight = match &key {
        Some(key) => {
            Some(InFlight::reserve(&state.in_flight, key).ok_or(ApiError::IdempotencyKeyInFlight)?)
        }
        None => None,
    };
    let draft = drafts::submitted_draft(&headers)?;
    let body = read_body(&headers, body).await?;
    let request = parse_submission(&body)?;
    if request.service_version != definition.version {
        return Err(ApiError::VersionConflict(format!(
            "the answers were given to version {} of the service \"{id}\", but the current version is {}; fetch the service again and carry over the answers that still fit",
            request.service_version, definition.version
        )));
    }

    let now = time::unix_millis(SystemTime::now());
    let journey = Journey::new(definition, &request.answers, time::citizen_today(now));
    let answers = journey.submission().map_err(|errors| {
        ApiError::Validation(
            errors
                .iter()
                .map(|e| ProblemFieldError {
                    field: e.field.clone(),
                    page: e.page.clone(),
                    code: e.kind.code().to_string(),
                    message: e
                        .message(definition.field(&e.field).map(|(_, f)| f), request.language),
                })
                .collect(),
        )
    })?;
    let count_errors = attachments::count_errors(definition, &answers, request.language);
    if !count_errors.is_empty() {
        return Err(ApiError::Validation(count_errors));
    }
    let attachments = attachments::uses(definition, &answers);
    let answers_json =
        serde_json::to_string(&answers).map_err(|e| ApiError::Internal(e.to_string()))?;
    let reference = reference::new_reference().map_err(|e| ApiError::Internal(e.to_string()))?;

    let outcome = state
        .store
        .submit(NewSubmission {
            reference,
            service_id: id,
            service_version: definition.version,
            language: request.language,
            answers_json,
            submitted_at: time::rfc3339_utc(now),
            idempotency_key: key,
            body_hash: body_hash(&definition.id, &body),
            attachments,
            draft,
            forward: state.outbox.enabled,
        })
        .await?;
    let (receipt, replayed) = match outcome {
        Outcome::Created(r) => {
            if state.outbox.enabled {
                state.outbox.wake.notify_one();
            }
            (r, false)
        }
        Outcome::Replayed(r) => (r, true),
        Outcome::KeyReused => return Err(ApiError::IdempotencyKeyReused),
    };
    tracing::info!(
        reference = %receipt.reference,
        service = %receipt.service_id,
        replayed,
        "submission stored"
    );
    let location = HeaderValue::from_str(&format!("/api/v1/submissions/{}", receipt.reference))
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let body = serde_json::to_vec(&receipt).map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = (StatusCode::CREATED, body).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::LOCATION, location);
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// The body of `GET /api/v1/submissions/{reference}`.
#[derive(Serialize)]
struct SubmissionStatusBody {
    reference: String,
    service_id: String,
    submitted_at: String,
    status: &'static str,
}

async fn submission_status(
    State(state): AppState,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let reference = path_param(path)?;
    let missing = || ApiError::NotFound(format!("there is no submission \"{reference}\""));
    if !reference::is_reference(&reference) {
        return Err(missing());
    }
    let Some(found) = state.store.status(reference.clone()).await? else {
        return Err(missing());
    };
    let body = serde_json::to_vec(&SubmissionStatusBody {
        reference: found.reference,
        service_id: found.service_id,
        submitted_at: found.submitted_at,
        status: "received",
    })
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_problem_says_where_the_body_is_wrong() {
        let cases = [
            ("", "not valid JSON", "line 1, column 0"),
            (
                "{\n  \"language\": \"da\",\n  oops",
                "not valid JSON",
                "line 3, column 3",
            ),
            (
                r#"{"service_version": "1", "language": "da", "answers": {}}"#,
                "at $.service_version",
                "invalid type",
            ),
            (
                r#"{"service_version": 1, "language": "fr", "answers": {}}"#,
                "at $.language",
                "unknown variant `fr`",
            ),
            (
                r#"{"service_version": 1, "language": "da", "answers": {"kind": 5}}"#,
                "at $.answers.kind",
                "did not match any variant",
            ),
            (
                r#"{"service_version": 1, "language": "da", "answers": {}} {}"#,
                "more after the submission",
                "column",
            ),
        ];
        for (body, what, where_) in cases {
            match parse_submission(body.as_bytes()) {
                Err(ApiError::InvalidBody(detail)) => {
                    assert!(detail.contains(what), "{body:?}: {detail}");
                    assert!(detail.contains(where_), "{body:?}: {detail}");
                }
                other => panic!("{body:?} should be refused, got {other:?}"),
            }
        }
    }

    #[test]
    fn an_idempotency_key_is_one_short_visible_value() {
        type Expected = Result<Option<&'static str>, ()>;
        let cases: [(&[&str], Expected); 5] = [
            (&[], Ok(None)),
            (&["abc-123"], Ok(Some("abc-123"))),
            (&["  "], Err(())),
            (&["a", "b"], Err(())),
            (&[&"k".repeat(256)], Err(())),
        ];
        for (values, expected) in cases {
            let mut headers = HeaderMap::new();
            for v in values {
                headers.append("idempotency-key", HeaderValue::from_str(v).expect("value"));
            }
            let got = idempotency_key(&headers);
            match expected {
                Ok(key) => assert_eq!(got.ok().flatten().as_deref(), key, "{values:?}"),
                Err(()) => assert!(got.is_err(), "{values:?}"),
            }
        }
    }

    #[test]
    fn the_body_hash_covers_the_service_so_a_key_cannot_cross_services() {
        assert_ne!(body_hash("a", b"{}"), body_hash("b", b"{}"));
        assert_eq!(body_hash("a", b"{}"), body_hash("a", b"{}"));
    }
}
