//! The integration layer: the only code of the portal that speaks HTTP. Every call goes
//! to the open `/api/v1` contract, so any vendor's backend can serve the portal.

use gloo_net::http::{Request, Response};
use kommunekit_forms::{
    Municipality, Problem, ServiceDefinition, ServiceSummary, SubmissionReceipt, SubmissionRequest,
};
use serde::de::DeserializeOwned;

pub mod upload;
pub use upload::{upload_attachment, Upload, UploadError};

pub mod retry;

const BASE: &str = "/api/v1";
/// How long one request may take before it is aborted.
const TIMEOUT_MS: u32 = 15_000;
/// The problem type of a request sent again while the first is still under way.
const IN_FLIGHT_PROBLEM: &str = "/problems/idempotency-key-in-flight";

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
    /// The first request with this idempotency key is still under way (409).
    #[error("the same submission is still being received")]
    InFlight,
    /// The server is busy or down for a moment (429, 502, 503, 504), with the pause it
    /// asked for in `Retry-After`, in seconds.
    #[error("the server is unavailable ({status})")]
    Unavailable {
        /// The status it answered.
        status: u16,
        /// Its `Retry-After`, in seconds, when it sent one.
        retry_after_s: Option<u32>,
    },
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
            ApiError::Network(_) | ApiError::InFlight | ApiError::Unavailable { .. }
        )
    }

    /// The pause the server asked for, in seconds.
    fn retry_after_s(&self) -> Option<u32> {
        match self {
            ApiError::Unavailable { retry_after_s, .. } => *retry_after_s,
            _ => None,
        }
    }
}

/// Runs `call` until it succeeds, fails for good, or `policy` has no attempt left,
/// sleeping the jittered backoff (or the server's `Retry-After`) between attempts.
async fn with_retries<T, F, Fut>(policy: retry::RetryPolicy, mut call: F) -> Result<T, ApiError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, ApiError>>,
{
    let mut attempt = 1;
    loop {
        match call().await {
            Err(e) if e.is_transient() => {
                match policy.delay_ms(attempt, e.retry_after_s(), js_sys::Math::random()) {
                    Some(ms) => sleep_ms(i32::try_from(ms).unwrap_or(i32::MAX)).await,
                    None => return Err(e),
                }
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// Reads `Retry-After` in seconds, or as an HTTP date through the browser's clock.
fn retry_after(resp: &Response) -> Option<u32> {
    let value = resp.headers().get("Retry-After")?;
    retry::retry_after_seconds(&value).or_else(|| {
        let at = js_sys::Date::parse(&value);
        if !at.is_finite() {
            return None;
        }
        let s = ((at - js_sys::Date::now()) / 1000.0).ceil().max(0.0);
        Some(if s > f64::from(u32::MAX) {
            u32::MAX
        } else {
            s as u32
        })
    })
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
            Err(if status == 422 {
                ApiError::Invalid(problem)
            } else if problem.kind.ends_with(IN_FLIGHT_PROBLEM) {
                ApiError::InFlight
            } else {
                ApiError::Conflict(problem)
            })
        }
        status @ (429 | 502 | 503 | 504) => Err(ApiError::Unavailable {
            status,
            retry_after_s: retry_after(&resp),
        }),
        status => Err(ApiError::Status(status)),
    }
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    with_retries(retry::READ, || get_once(path)).await
}

async fn get_once<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
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

/// Sends a submission. Network failures, busy servers (honouring `Retry-After`) and a
/// first attempt still under way are retried with capped, jittered backoff, always
/// with the same idempotency key, so the submission is stored once.
pub async fn submit(
    service_id: &str,
    body: &SubmissionRequest,
    key: &str,
) -> Result<SubmissionReceipt, ApiError> {
    with_retries(retry::SUBMIT, || submit_once(service_id, body, key)).await
}

/// A new idempotency key for a submission.
pub fn new_idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("kk-{}", js_sys::Date::now() as u64))
}
