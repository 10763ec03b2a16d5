//! The integration layer: the only code of the portal that speaks HTTP. Every call goes
//! to the open `/api/v1` contract, so any vendor's backend can serve the portal.

use gloo_net::http::{Request, Response};
use kommunekit_forms::contract::{AddressSuggestion, Draft, DraftRequest, ResumeRequest};
use kommunekit_forms::{
    Municipality, Problem, ServiceDefinition, ServiceSummary, SubmissionReceipt, SubmissionRequest,
};
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;

pub mod upload;
pub use upload::{upload_attachment, Upload, UploadError};

pub mod retry;

const BASE: &str = "/api/v1";
/// How long one request may take before it is aborted.
const TIMEOUT_MS: u32 = 15_000;
/// The problem type of a request sent again while the first is still under way.
const IN_FLIGHT_PROBLEM: &str = "/problems/idempotency-key-in-flight";
/// The header that carries the resume code of a draft's `PUT` and `DELETE`.
const RESUME_CODE_HEADER: &str = "Resume-Code";
/// The header of a submission that names the server draft it completes, so the server
/// deletes the draft with it.
const DRAFT_ID_HEADER: &str = "Draft-Id";

/// Cancels the requests of a page or a resource when the citizen leaves it: every call
/// given a `Cancel` is aborted by [`Cancel::abort`], besides its own timeout. Clones
/// share one controller.
#[derive(Clone)]
pub struct Cancel(SendWrapper<Option<web_sys::AbortController>>);

impl Default for Cancel {
    fn default() -> Self {
        Cancel::new()
    }
}

impl Cancel {
    /// A new, live controller.
    pub fn new() -> Self {
        Cancel(SendWrapper::new(web_sys::AbortController::new().ok()))
    }

    /// Aborts every request made with this controller, now and later.
    pub fn abort(&self) {
        if let Some(c) = self.0.as_ref() {
            c.abort();
        }
    }

    /// Whether [`Cancel::abort`] was called.
    pub fn is_aborted(&self) -> bool {
        self.0.as_ref().is_some_and(|c| c.signal().aborted())
    }

    fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.0.as_ref().map(web_sys::AbortController::signal)
    }
}

/// Whether the browser says it has no network (`navigator.onLine` is false). A `true`
/// here is sure; a `false` is not a promise that requests will go through.
pub fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

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
    /// The citizen left the page, so the request was aborted.
    #[error("the request was cancelled")]
    Cancelled,
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

/// The signal of one request: aborted after the timeout, or when `cancel` aborts.
fn request_signal(cancel: Option<&Cancel>) -> Option<web_sys::AbortSignal> {
    let timeout = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS);
    match cancel.and_then(Cancel::signal) {
        Some(page) => Some(web_sys::AbortSignal::any(&js_sys::Array::of2(
            &timeout, &page,
        ))),
        None => Some(timeout),
    }
}

/// The error of a request that got no answer: [`ApiError::Cancelled`] when the page
/// aborted it, else a network failure (which includes the timeout).
fn no_answer(cancel: Option<&Cancel>, e: gloo_net::Error) -> ApiError {
    if cancel.is_some_and(Cancel::is_aborted) {
        ApiError::Cancelled
    } else {
        ApiError::Network(e.to_string())
    }
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

async fn get<T: DeserializeOwned>(path: &str, cancel: Option<&Cancel>) -> Result<T, ApiError> {
    with_retries(retry::READ, || get_once(path, cancel)).await
}

async fn get_once<T: DeserializeOwned>(path: &str, cancel: Option<&Cancel>) -> Result<T, ApiError> {
    let signal = request_signal(cancel);
    let resp = Request::get(&format!("{BASE}{path}"))
        .header("Accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| no_answer(cancel, e))?;
    read(resp).await
}

/// The municipality that runs this portal. Read once for the whole app, which no
/// navigation leaves, so it takes no [`Cancel`]; its timeout still applies.
pub async fn tenant() -> Result<Municipality, ApiError> {
    get("/tenant", None).await
}

/// The services on offer; `cancel` aborts the read when the citizen leaves the page.
pub async fn services(cancel: Option<&Cancel>) -> Result<Vec<ServiceSummary>, ApiError> {
    get("/services", cancel).await
}

/// The definition of one service; `cancel` aborts the read when the citizen leaves the
/// service (or another definition is asked for).
pub async fn service(id: &str, cancel: Option<&Cancel>) -> Result<ServiceDefinition, ApiError> {
    get(&format!("/services/{id}"), cancel).await
}

/// Addresses that match the text the citizen typed, at most `limit`, for an address
/// search. Read with the usual retries; `cancel` aborts it when a newer search starts or
/// the citizen leaves the page.
pub async fn addresses(
    q: &str,
    limit: u32,
    cancel: Option<&Cancel>,
) -> Result<Vec<AddressSuggestion>, ApiError> {
    let q = String::from(js_sys::encode_uri_component(q));
    get(&format!("/addresses?q={q}&limit={limit}"), cancel).await
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How a submission is sent besides its body.
#[derive(Clone, Copy, Default)]
pub struct SubmitOptions<'a> {
    /// The id of the server draft the submission completes (sent as `Draft-Id`, so
    /// the server deletes the draft with it).
    pub draft_id: Option<&'a str>,
    /// Aborts the request when the citizen leaves.
    pub cancel: Option<&'a Cancel>,
}

async fn submit_once(
    service_id: &str,
    body: &SubmissionRequest,
    key: &str,
    options: SubmitOptions<'_>,
) -> Result<SubmissionReceipt, ApiError> {
    let signal = request_signal(options.cancel);
    let mut request = Request::post(&format!("{BASE}/services/{service_id}/submissions"))
        .header("Accept", "application/json")
        .header("Idempotency-Key", key);
    if let Some(id) = options.draft_id {
        request = request.header(DRAFT_ID_HEADER, id);
    }
    let resp = request
        .abort_signal(signal.as_ref())
        .json(body)
        .map_err(|e| ApiError::Decode(e.to_string()))?
        .send()
        .await
        .map_err(|e| no_answer(options.cancel, e))?;
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
    submit_with(service_id, body, key, SubmitOptions::default()).await
}

/// [`submit`], naming the draft it completes and aborted by a [`Cancel`].
pub async fn submit_with(
    service_id: &str,
    body: &SubmissionRequest,
    key: &str,
    options: SubmitOptions<'_>,
) -> Result<SubmissionReceipt, ApiError> {
    with_retries(retry::SUBMIT, || {
        submit_once(service_id, body, key, options)
    })
    .await
}

/// Sends one JSON body to a drafts address and reads the draft it answers with.
async fn draft_call<B: serde::Serialize>(
    method: gloo_net::http::Method,
    path: &str,
    resume_code: Option<&str>,
    body: &B,
    cancel: Option<&Cancel>,
) -> Result<Draft, ApiError> {
    let signal = request_signal(cancel);
    let url = format!("{BASE}{path}");
    let mut request = gloo_net::http::RequestBuilder::new(&url)
        .method(method)
        .header("Accept", "application/json");
    if let Some(code) = resume_code {
        request = request.header(RESUME_CODE_HEADER, code);
    }
    let resp = request
        .abort_signal(signal.as_ref())
        .json(body)
        .map_err(|e| ApiError::Decode(e.to_string()))?
        .send()
        .await
        .map_err(|e| no_answer(cancel, e))?;
    read(resp).await
}

/// Saves the answers so far on the server (`POST /drafts`): the answer holds the
/// resume code to give the citizen and when the draft expires.
pub async fn create_draft(body: &DraftRequest, cancel: Option<&Cancel>) -> Result<Draft, ApiError> {
    with_retries(retry::READ, || {
        draft_call(gloo_net::http::Method::POST, "/drafts", None, body, cancel)
    })
    .await
}

/// Saves a server draft again (`PUT /drafts/{id}` with its resume code); its expiry
/// starts over. [`ApiError::NotFound`] when it has expired or the code is wrong;
/// [`ApiError::Unavailable`] with 429 and the wait in seconds while the draft (or this
/// client) is locked after too many wrong codes, a wait too long to retry after.
pub async fn update_draft(
    id: &str,
    resume_code: &str,
    body: &DraftRequest,
    cancel: Option<&Cancel>,
) -> Result<Draft, ApiError> {
    let path = format!("/drafts/{id}");
    with_retries(retry::READ, || {
        draft_call(
            gloo_net::http::Method::PUT,
            &path,
            Some(resume_code),
            body,
            cancel,
        )
    })
    .await
}

/// The draft of a resume code (`POST /drafts/resume`, the code in the body so it
/// stays out of addresses). [`ApiError::NotFound`] for a wrong or expired code; a
/// client that gave too many wrong codes gets [`ApiError::Unavailable`] with 429 and
/// the wait in seconds.
pub async fn resume_draft(resume_code: &str, cancel: Option<&Cancel>) -> Result<Draft, ApiError> {
    let body = ResumeRequest {
        resume_code: resume_code.to_string(),
    };
    with_retries(retry::READ, || {
        draft_call(
            gloo_net::http::Method::POST,
            "/drafts/resume",
            None,
            &body,
            cancel,
        )
    })
    .await
}

/// Deletes a server draft (`DELETE /drafts/{id}` with its resume code).
pub async fn delete_draft(
    id: &str,
    resume_code: &str,
    cancel: Option<&Cancel>,
) -> Result<(), ApiError> {
    let path = format!("{BASE}/drafts/{id}");
    with_retries(retry::READ, || async {
        let signal = request_signal(cancel);
        let resp = Request::delete(&path)
            .header(RESUME_CODE_HEADER, resume_code)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|e| no_answer(cancel, e))?;
        match resp.status() {
            200..=299 => Ok(()),
            _ => read::<serde_json::Value>(resp).await.map(|_| ()),
        }
    })
    .await
}

/// A new idempotency key for a submission.
pub fn new_idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("kk-{}", js_sys::Date::now() as u64))
}
