//! Errors of the API, answered as RFC 9457 problems (`application/problem+json`).
//!
//! The `type` of each problem is a relative URI reference under `/problems/`, so a
//! client can tell problems apart without parsing the English `detail`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kommunekit_forms::{Problem, ProblemFieldError};

/// The media type of a problem.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Everything that can go wrong in a request to the API.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No route or resource at the address.
    #[error("{0}")]
    NotFound(String),
    /// The route exists, the method does not.
    #[error("this address does not accept the method")]
    MethodNotAllowed,
    /// The body is larger than allowed.
    #[error("the body is larger than {limit} bytes")]
    BodyTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The body cannot be read, is not JSON, or not of the expected shape.
    #[error("{0}")]
    InvalidBody(String),
    /// The `Idempotency-Key` header is not usable.
    #[error("{0}")]
    InvalidIdempotencyKey(String),
    /// The answers were given to another version of the definition.
    #[error("{0}")]
    VersionConflict(String),
    /// The answers do not pass validation.
    #[error("the answers are not valid")]
    Validation(Vec<ProblemFieldError>),
    /// The idempotency key was used before with a different body.
    #[error("the Idempotency-Key was used before for a different submission")]
    IdempotencyKeyReused,
    /// A request with the same idempotency key is still being handled.
    #[error("a request with the same Idempotency-Key is still being handled; wait for its answer, or send this one again in a moment to get that answer")]
    IdempotencyKeyInFlight,
    /// The query string is missing a parameter or has one of the wrong form.
    #[error("{0}")]
    InvalidQuery(String),
    /// Too many failed attempts from one client, or against one draft; try again
    /// after a while.
    #[error("{detail}")]
    TooManyAttempts {
        /// What to do.
        detail: String,
        /// Seconds until the next attempt is allowed.
        retry_after: u64,
    },
    /// The request lacks the right credentials.
    #[error("{0}")]
    Unauthorized(String),
    /// A problem of its own kind, often about one field (an upload, a draft).
    #[error("{detail}")]
    Field {
        /// The status.
        status: StatusCode,
        /// The problem type, under `/problems/`.
        kind: &'static str,
        /// The title of the problem type.
        title: &'static str,
        /// What went wrong this time.
        detail: String,
        /// The fields concerned, each with its page and a message for the citizen.
        errors: Vec<ProblemFieldError>,
    },
    /// The server is shutting down.
    #[error("the server is shutting down")]
    Unavailable,
    /// Something failed on the server's side; the detail goes to the log only.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// The status, type and title of the problem.
    fn kind(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "/problems/not-found", "Not found"),
            ApiError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "/problems/method-not-allowed",
                "Method not allowed",
            ),
            ApiError::BodyTooLarge { .. } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "/problems/body-too-large",
                "Body too large",
            ),
            ApiError::InvalidBody(_) => (
                StatusCode::BAD_REQUEST,
                "/problems/invalid-body",
                "Invalid request body",
            ),
            ApiError::InvalidIdempotencyKey(_) => (
                StatusCode::BAD_REQUEST,
                "/problems/invalid-idempotency-key",
                "Invalid Idempotency-Key",
            ),
            ApiError::VersionConflict(_) => (
                StatusCode::CONFLICT,
                "/problems/version-conflict",
                "Service version changed",
            ),
            ApiError::Validation(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "/problems/validation",
                "Validation failed",
            ),
            ApiError::IdempotencyKeyReused => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "/problems/idempotency-key-reused",
                "Idempotency-Key reused",
            ),
            ApiError::IdempotencyKeyInFlight => (
                StatusCode::CONFLICT,
                "/problems/idempotency-key-in-flight",
                "Request in progress",
            ),
            ApiError::InvalidQuery(_) => (
                StatusCode::BAD_REQUEST,
                "/problems/invalid-query",
                "Invalid query",
            ),
            ApiError::TooManyAttempts { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "/problems/too-many-attempts",
                "Too many attempts",
            ),
            ApiError::Unauthorized(_) => (
                StatusCode::UNAUTHORIZED,
                "/problems/unauthorized",
                "Unauthorized",
            ),
            ApiError::Field {
                status,
                kind,
                title,
                ..
            } => (*status, *kind, *title),
            ApiError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "/problems/unavailable",
                "Service unavailable",
            ),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "/problems/internal",
                "Internal server error",
            ),
        }
    }

    /// The problem body.
    pub fn problem(&self) -> Problem {
        let (status, kind, title) = self.kind();
        let detail = match self {
            // Never show internals to the caller: they are in the log.
            ApiError::Internal(_) => {
                "the server could not complete the request; try again later".to_string()
            }
            ApiError::Validation(errors) => format!(
                "{} answer{} must be corrected",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            ),
            other => other.to_string(),
        };
        let errors = match self {
            ApiError::Validation(errors) | ApiError::Field { errors, .. } => errors.clone(),
            _ => Vec::new(),
        };
        Problem {
            kind: kind.to_string(),
            title: title.to_string(),
            status: status.as_u16(),
            detail,
            errors,
        }
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(e: crate::store::StoreError) -> Self {
        match e {
            crate::store::StoreError::Closed => ApiError::Unavailable,
            crate::store::StoreError::Refused(e) => *e,
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(reason) = &self {
            tracing::error!(%reason, "request failed");
        }
        let problem = self.problem();
        let status =
            StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = problem_response(status, &problem);
        match &self {
            ApiError::TooManyAttempts { retry_after, .. } => {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            ApiError::Unauthorized(_) => {
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"kommunekit-admin\""),
                );
            }
            _ => {}
        }
        response
    }
}

/// A problem as a response.
pub fn problem_response(status: StatusCode, problem: &Problem) -> Response {
    let body = serde_json::to_vec(problem).unwrap_or_else(|_| {
        br#"{"type":"/problems/internal","title":"Internal server error","status":500}"#.to_vec()
    });
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if status == StatusCode::SERVICE_UNAVAILABLE {
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    }
    if problem.kind == "/problems/idempotency-key-in-flight" {
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}
