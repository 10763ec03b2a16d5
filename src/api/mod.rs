//! The integration layer: the only code of the portal that speaks HTTP. Every call goes
//! to the open `/api/v1` contract, so any vendor's backend can serve the portal.

use gloo_net::http::{Request, Response};
use kommunekit_forms::{
    Municipality, Problem, ServiceDefinition, ServiceSummary, SubmissionReceipt, SubmissionRequest,
};
use serde::de::DeserializeOwned;

pub mod upload;
pub use upload::{upload_attachment, Upload, UploadError};

const BASE: &str = "/api/v1";
/// How long one request may take before it is aborted.
const TIMEOUT_MS: u32 = 15_000;
/// How often a submission is tried before the citizen is told.
const SUBMIT_ATTEMPTS: u32 = 3;

/// What went wrong with a call.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ApiError {
    /// No answer: offline, a dropped connection, or a timeout.
    #[error("the network failed: {0}")]
    Network(String),
    /// The thing asked for does not exist.
    #[error("not found")]
    NotFound,
    /// The server refused answers (422), with the fields that are wrong.
    #[error("the answers were refused")]
    Invalid(Problem),
    /// The service changed version while the citizen answered (409).
    #[error("the service has changed")]
    Conflict(Problem),
    /// Any other failure status.
    #[error("the server answered {0}")]
    Status(u16),
    /// The answer could not be read.
    #[error("the answer could not be read: {0}")]
    Decode(String),
}

impl ApiError {
    /// Whether trying again may help.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Network(_) | ApiError::Status(429 | 502 | 503 | 504)
        )
    }
}

fn timeout_signal() -> Option<web_sys::AbortSignal> {
    Some(web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS))
}

async fn read<T: DeserializeOwned>(resp: Response) -> Result<T, ApiError> {
    match resp.status() {
        200..=299 => resp
            .json::<T>()
            .await
            .map_err(|e| ApiError::Decode(e.to_string())),
        404 => Err(ApiError::NotFound),
        status @ (409 | 422) => {
            let problem = resp
                .json::<Problem>()
                .await
                .map_err(|e| ApiError::Decode(e.to_string()))?;
            Err(if status == 409 {
                ApiError::Conflict(problem)
            } else {
                ApiError::Invalid(problem)
            })
        }
        status => Err(ApiError::Status(status)),
    }
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let signal = timeout_signal();
    let resp = Request::get(&format!("{BASE}{path}"))
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    read(resp).await
}

/// The municipality that runs this portal.
pub async fn tenant() -> Result<Municipality, ApiError> {
    get("/tenant").await
}

/// The services on offer.
pub async fn services() -> Result<Vec<ServiceSummary>, ApiError> {
    get("/services").await
}

/// The definition of one service.
pub async fn service(id: &str) -> Result<ServiceDefinition, ApiError> {
    get(&format!("/services/{id}")).await
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

async fn submit_once(
    service_id: &str,
    body: &SubmissionRequest,
    key: &str,
) -> Result<SubmissionReceipt, ApiError> {
    let signal = timeout_signal();
    let resp = Request::post(&format!("{BASE}/services/{service_id}/submissions"))
        .header("Accept", "application/json")
        .header("Idempotency-Key", key)
        .abort_signal(signal.as_ref())
        .json(body)
        .map_err(|e| ApiError::Decode(e.to_string()))?
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    read(resp).await
}

/// Sends a submission. Network failures and busy servers are retried with backoff,
/// always with the same idempotency key, so the submission is stored once.
pub async fn submit(
    service_id: &str,
    body: &SubmissionRequest,
    key: &str,
) -> Result<SubmissionReceipt, ApiError> {
    let mut attempt = 1;
    loop {
        match submit_once(service_id, body, key).await {
            Err(e) if e.is_transient() && attempt < SUBMIT_ATTEMPTS => {
                sleep_ms(500 * (1 << attempt)).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// A new idempotency key for a submission.
pub fn new_idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("kk-{}", js_sys::Date::now() as u64))
}
