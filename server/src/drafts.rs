//! Drafts for save-and-return: the citizen saves the answers so far, gets a resume
//! code to write down, and resumes later, on any device, with the code alone.
//!
//! - `POST /api/v1/drafts`: save; `201` with the draft, its resume code and expiry.
//! - `POST /api/v1/drafts/resume`: the draft of a resume code (sent in the body, so
//!   it stays out of addresses and logs).
//! - `PUT /api/v1/drafts/{id}` and `DELETE /api/v1/drafts/{id}`, with the code in the
//!   `Resume-Code` header: save again (the expiry starts over), or delete.
//! - A submission with a `Draft-Id` header deletes the draft in its transaction.
//!
//! The server keeps only a hash of each code. A code has 60 random bits, and wrong
//! codes are limited twice over ([`Attempts`]), so codes cannot be guessed: a client
//! that gives wrong codes too often is made to wait ([`PER_CLIENT`]), and a draft
//! that is given wrong codes too often, from any number of clients, is locked for a
//! while ([`PER_DRAFT`]); a locked draft is kept, only not opened.

use crate::api::{read_json, AppState};
use crate::problem::ApiError;
use crate::store::StoreError;
use crate::{reference, time};
use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kommunekit_forms::contract::{Draft, DraftRequest, ResumeRequest};
use kommunekit_forms::{Answers, ServiceDefinition, CHECK_ANSWERS};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

/// The header that carries the resume code of `PUT` and `DELETE`.
pub const RESUME_CODE_HEADER: &str = "resume-code";
/// The header of a submission that names the draft it completes.
pub const DRAFT_ID_HEADER: &str = "draft-id";
/// How many wrong resume codes a client may give in [`ATTEMPT_WINDOW`].
pub const MAX_FAILED_ATTEMPTS: u32 = 10;
/// The window in which wrong codes are counted; a client over the limit waits until
/// the window that began with its first wrong code has passed.
pub const ATTEMPT_WINDOW: Duration = Duration::from_secs(15 * 60);
/// How many wrong resume codes one draft may be given in [`DRAFT_LOCK_WINDOW`], from
/// all clients together, before it is locked until the window ends.
///
/// The limit by client does not stop guessing against one draft (whose id may have
/// leaked, e.g. from a log or a shared computer's history) from many addresses. Ten
/// an hour leaves a citizen who mistypes the code room for several tries, while the
/// 60 random bits of a code keep such guessing hopeless: at most about 240 guesses a
/// day (ten per window, twice where two windows meet), about 7,200 over a draft's
/// default 30 days, against 2^60 codes, a chance of less than 1 in 10^14.
pub const MAX_FAILED_PER_DRAFT: u32 = 10;
/// The window in which wrong codes for one draft are counted. An hour, longer than
/// the 15 minutes of a client, because the guesser here has many addresses; short
/// enough that the citizen can carry on the same day, and the draft (kept for days)
/// loses nothing while it is locked.
pub const DRAFT_LOCK_WINDOW: Duration = Duration::from_secs(60 * 60);

/// The limit by client address.
pub const PER_CLIENT: Limit = Limit {
    max_failures: MAX_FAILED_ATTEMPTS,
    window: ATTEMPT_WINDOW,
    max_tracked: 10_000,
};

/// The limit by draft id, from any client.
pub const PER_DRAFT: Limit = Limit {
    max_failures: MAX_FAILED_PER_DRAFT,
    window: DRAFT_LOCK_WINDOW,
    max_tracked: 10_000,
};

/// How many wrong codes are allowed in what time, and how many keys are remembered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// Wrong codes allowed in a window; the next attempt within it is refused.
    pub max_failures: u32,
    /// The window, from the first wrong code of a key.
    pub window: Duration,
    /// The most keys remembered at once, so that memory stays bounded whatever is
    /// sent. When full, windows that have ended are forgotten first, then the key
    /// under its limit with the oldest window, then the oldest of the rest.
    pub max_tracked: usize,
}

/// Wrong resume codes by key (a client address or a draft id), to make guessing slow:
/// a key that has had [`Limit::max_failures`] wrong codes is refused until the window
/// that began with its first one has passed.
pub struct Attempts<K> {
    limit: Limit,
    failures: Mutex<HashMap<K, (u32, Instant)>>,
}

impl<K: Eq + Hash + Clone> Attempts<K> {
    /// A counter with a limit.
    pub fn new(limit: Limit) -> Self {
        Attempts {
            limit,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// `Err` with the seconds to wait when the key has had too many wrong codes.
    pub fn check(&self, key: &K, now: Instant) -> Result<(), u64> {
        let map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        match map.get(key) {
            Some((count, since))
                if *count >= self.limit.max_failures
                    && now.saturating_duration_since(*since) < self.limit.window =>
            {
                let left = self
                    .limit
                    .window
                    .saturating_sub(now.saturating_duration_since(*since));
                Err(left.as_secs().max(1))
            }
            _ => Ok(()),
        }
    }

    /// Counts a wrong code; `true` when it is the one that reaches the limit, so that
    /// the key is refused from now on until its window ends.
    pub fn fail(&self, key: K, now: Instant) -> bool {
        let Limit {
            max_failures,
            window,
            max_tracked,
        } = self.limit;
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if !map.contains_key(&key) && map.len() >= max_tracked {
            map.retain(|_, (_, since)| now.saturating_duration_since(*since) < window);
            while map.len() >= max_tracked.max(1) {
                let oldest = map
                    .iter()
                    .min_by_key(|(_, (count, since))| (*count >= max_failures, *since))
                    .map(|(k, _)| k.clone());
                match oldest {
                    Some(k) => map.remove(&k),
                    None => break,
                };
            }
        }
        let entry = map.entry(key).or_insert((0, now));
        if now.saturating_duration_since(entry.1) >= window {
            *entry = (0, now);
        }
        entry.0 += 1;
        entry.0 == max_failures
    }

    /// How many keys are remembered.
    #[cfg(test)]
    fn tracked(&self) -> usize {
        self.failures
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .len()
    }
}

/// The address of the client: the peer, or, when the peer is the configured reverse
/// proxy, the address the proxy appended last to `X-Forwarded-For` (the one it saw;
/// earlier entries are whatever the client claimed).
fn client_ip(state: &crate::api::ApiState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    forwarded_client(state.proxy, peer.ip(), headers)
}

/// See [`client_ip`].
pub fn forwarded_client(proxy: Option<IpAddr>, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    if proxy != Some(peer) {
        return peer;
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .last()
        .and_then(|ip| ip.trim().parse().ok())
        .unwrap_or(peer)
}

/// The hash kept of a resume code (in its canonical form).
fn code_hash(code: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"kommunekit resume code\0");
    h.update(code.as_bytes());
    h.finalize().into()
}

/// Checks a draft against its service: the version is the current one and the page is
/// one of its question pages or the check-answers page.
fn check_request(definition: &ServiceDefinition, request: &DraftRequest) -> Result<(), ApiError> {
    if request.service_version != definition.version {
        return Err(ApiError::VersionConflict(format!(
            "the answers were given to version {} of the service \"{}\", but the current version is {}; fetch the service again and carry over the answers that still fit",
            request.service_version, definition.id, definition.version
        )));
    }
    let page_ok =
        request.page == CHECK_ANSWERS || definition.pages.iter().any(|p| p.id == request.page);
    if !page_ok {
        return Err(ApiError::InvalidBody(format!(
            "the service \"{}\" has no page \"{}\" to resume on",
            definition.id, request.page
        )));
    }
    Ok(())
}

fn draft_response(status: StatusCode, draft: &Draft) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(draft).map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = (status, body).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if status == StatusCode::CREATED {
        let location = HeaderValue::from_str(&format!("/api/v1/drafts/{}", draft.id))
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        h.insert(header::LOCATION, location);
    }
    Ok(response)
}

fn not_found() -> ApiError {
    ApiError::NotFound(
        "there is no draft with this resume code, or it has expired; check the code".into(),
    )
}

/// `POST /api/v1/drafts`.
pub async fn create(
    State(state): AppState,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let request: DraftRequest = read_json(&headers, body, "draft").await?;
    let definition = &state
        .service(&request.service_id)
        .map_err(|_| {
            ApiError::InvalidBody(format!("there is no service \"{}\"", request.service_id))
        })?
        .definition;
    check_request(definition, &request)?;
    let answers =
        serde_json::to_string(&request.answers).map_err(|e| ApiError::Internal(e.to_string()))?;
    let now = time::unix_millis(SystemTime::now());
    let expires = now + state.draft_lifetime_millis();
    let id = reference::new_token("drf").map_err(|e| ApiError::Internal(e.to_string()))?;
    let row = (id, request, answers, now, expires);
    let draft = state.store.write(move |conn| insert(conn, row)).await?;
    tracing::info!(id = %draft.id, service = %draft.service_id, "draft saved");
    draft_response(StatusCode::CREATED, &draft)
}

type NewDraft = (String, DraftRequest, String, i64, i64);

fn insert(
    conn: &Connection,
    (id, request, answers, now, expires): NewDraft,
) -> Result<Draft, StoreError> {
    // Expired drafts go as new ones come.
    conn.prepare_cached("DELETE FROM drafts WHERE expires_at <= ?1")?
        .execute([now])?;
    let stamp = time::rfc3339_utc(now);
    let mut statement = conn.prepare_cached(
        "INSERT INTO drafts (id, code_hash, service_id, service_version, page, answers, \
         created_at, updated_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8) \
         ON CONFLICT DO NOTHING",
    )?;
    // 60 random bits: a code already in use is all but impossible, but draw again then.
    for _ in 0..8 {
        let code = reference::new_resume_code().map_err(StoreError::Random)?;
        let canonical = reference::normalize_resume_code(&code).unwrap_or_default();
        let inserted = statement.execute(params![
            id,
            &code_hash(&canonical)[..],
            request.service_id,
            request.service_version,
            request.page,
            answers,
            stamp,
            expires,
        ])?;
        if inserted == 1 {
            return Ok(Draft {
                id,
                resume_code: Some(code),
                service_id: request.service_id,
                service_version: request.service_version,
                page: request.page,
                answers: request.answers,
                updated_at: stamp,
                expires_at: time::rfc3339_utc(expires),
            });
        }
    }
    Err(StoreError::Task("no free resume code".into()))
}

fn read_draft(row: &rusqlite::Row<'_>) -> rusqlite::Result<(Draft, String)> {
    Ok((
        Draft {
            id: row.get(0)?,
            resume_code: None,
            service_id: row.get(1)?,
            service_version: row.get(2)?,
            page: row.get(3)?,
            answers: Answers::new(),
            updated_at: row.get(5)?,
            expires_at: time::rfc3339_utc(row.get(6)?),
        },
        row.get(4)?,
    ))
}

fn with_answers((mut draft, answers): (Draft, String)) -> Result<Draft, StoreError> {
    draft.answers = serde_json::from_str(&answers)
        .map_err(|e| StoreError::Task(format!("a stored draft cannot be read: {e}")))?;
    Ok(draft)
}

/// The resume code of a request, or a refusal. A missing code or one that cannot be
/// a code is a malformed request (`400`) whatever the client did before: it cannot
/// match a draft, so it is no guess and is not counted. A code of the right form is
/// refused (`429`) while the client has given too many wrong ones, or, with a draft
/// id, while that draft is locked after too many wrong codes from anyone.
fn checked_code(
    state: &crate::api::ApiState,
    client: IpAddr,
    draft: Option<&String>,
    typed: Option<&str>,
) -> Result<[u8; 32], ApiError> {
    let code = typed
        .and_then(reference::normalize_resume_code)
        .ok_or_else(|| {
            ApiError::InvalidBody("a resume code is 12 characters, e.g. K7QM-3WXD-9HTP".into())
        })?;
    let now = state.clock.now();
    state
        .attempts
        .check(&client, now)
        .map_err(|retry_after| ApiError::TooManyAttempts {
            detail: format!(
                "too many wrong resume codes from this address; try again in {}",
                minutes(retry_after)
            ),
            retry_after,
        })?;
    if let Some(id) = draft {
        state
            .draft_attempts
            .check(id, now)
            .map_err(|retry_after| ApiError::TooManyAttempts {
                detail: format!(
                    "this draft was given too many wrong resume codes, so it is locked for now, even for the right code; try again in {}. The draft itself is kept: nothing is lost",
                    minutes(retry_after)
                ),
                retry_after,
            })?;
    }
    Ok(code_hash(&code))
}

/// A wait in seconds as whole minutes, rounded up: "1 minute", "15 minutes".
fn minutes(seconds: u64) -> String {
    match seconds.div_ceil(60) {
        1 => "1 minute".to_string(),
        n => format!("{n} minutes"),
    }
}

/// Counts a wrong code against the client and, for `PUT` and `DELETE`, the draft.
fn count_wrong_code(state: &crate::api::ApiState, client: IpAddr, draft: Option<String>) {
    let now = state.clock.now();
    if state.attempts.fail(client, now) {
        // The address is personal data, and the server logs none.
        tracing::warn!("a client gave too many wrong resume codes; it must wait");
    }
    if let Some(id) = draft {
        if state.draft_attempts.fail(id.clone(), now) {
            tracing::warn!(draft = %id, "too many wrong resume codes for a draft; it is locked for a while");
        }
    }
}

/// `POST /api/v1/drafts/resume`.
pub async fn resume(
    State(state): AppState,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let client = client_ip(&state, client, &headers);
    let request: ResumeRequest = read_json(&headers, body, "resume request").await?;
    let hash = checked_code(&state, client, None, Some(&request.resume_code))?;
    let now = time::unix_millis(SystemTime::now());
    let found = state
        .store
        .read(move |conn| {
            let row = conn
                .prepare_cached(
                    "SELECT id, service_id, service_version, page, answers, updated_at, \
                     expires_at FROM drafts WHERE code_hash = ?1 AND expires_at > ?2",
                )?
                .query_row(params![&hash[..], now], read_draft)
                .optional()?;
            row.map(with_answers).transpose()
        })
        .await?;
    match found {
        Some(draft) => draft_response(StatusCode::OK, &draft),
        None => {
            count_wrong_code(&state, client, None);
            Err(not_found())
        }
    }
}

fn draft_id(path: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    let id = path
        .map(|Path(p)| p)
        .map_err(|e| ApiError::NotFound(format!("the address cannot be read: {e}")))?;
    if reference::is_token("drf", &id) {
        Ok(id)
    } else {
        Err(ApiError::NotFound(format!("there is no draft \"{id}\"")))
    }
}

fn header_code(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(RESUME_CODE_HEADER)
        .and_then(|v| v.to_str().ok())
}

/// `PUT /api/v1/drafts/{id}`.
pub async fn update(
    State(state): AppState,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    path: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let client = client_ip(&state, client, &headers);
    let id = draft_id(path)?;
    let hash = checked_code(&state, client, Some(&id), header_code(&headers))?;
    let counted = id.clone();
    let request: DraftRequest = read_json(&headers, body, "draft").await?;
    let definition = &state
        .service(&request.service_id)
        .map_err(|_| {
            ApiError::InvalidBody(format!("there is no service \"{}\"", request.service_id))
        })?
        .definition;
    check_request(definition, &request)?;
    let answers =
        serde_json::to_string(&request.answers).map_err(|e| ApiError::Internal(e.to_string()))?;
    let now = time::unix_millis(SystemTime::now());
    let expires = now + state.draft_lifetime_millis();
    let updated = state
        .store
        .write(move |conn| {
            let stamp = time::rfc3339_utc(now);
            let changed = conn
                .prepare_cached(
                    "UPDATE drafts SET service_version = ?1, page = ?2, answers = ?3, \
                     updated_at = ?4, expires_at = ?5 \
                     WHERE id = ?6 AND code_hash = ?7 AND service_id = ?8 AND expires_at > ?9",
                )?
                .execute(params![
                    request.service_version,
                    request.page,
                    answers,
                    stamp,
                    expires,
                    id,
                    &hash[..],
                    request.service_id,
                    now,
                ])?;
            Ok((changed == 1).then(|| Draft {
                id,
                resume_code: None,
                service_id: request.service_id,
                service_version: request.service_version,
                page: request.page,
                answers: request.answers,
                updated_at: stamp,
                expires_at: time::rfc3339_utc(expires),
            }))
        })
        .await?;
    match updated {
        Some(draft) => draft_response(StatusCode::OK, &draft),
        None => {
            count_wrong_code(&state, client, Some(counted));
            Err(not_found())
        }
    }
}

/// `DELETE /api/v1/drafts/{id}`.
pub async fn delete(
    State(state): AppState,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    path: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let client = client_ip(&state, client, &headers);
    let id = draft_id(path)?;
    let hash = checked_code(&state, client, Some(&id), header_code(&headers))?;
    let counted = id.clone();
    let deleted = state
        .store
        .write(move |conn| {
            Ok(conn
                .prepare_cached("DELETE FROM drafts WHERE id = ?1 AND code_hash = ?2")?
                .execute(params![id, &hash[..]])?)
        })
        .await?;
    if deleted == 1 {
        let mut response = StatusCode::NO_CONTENT.into_response();
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        Ok(response)
    } else {
        count_wrong_code(&state, client, Some(counted));
        Err(not_found())
    }
}

/// The `Draft-Id` header of a submission: the draft it completes, if any.
pub fn submitted_draft(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get(DRAFT_ID_HEADER) else {
        return Ok(None);
    };
    match value.to_str() {
        Ok(id) if reference::is_token("drf", id.trim()) => Ok(Some(id.trim().to_string())),
        _ => Err(ApiError::InvalidBody(
            "the Draft-Id header is not the id of a draft (drf_ and 26 characters)".into(),
        )),
    }
}

/// Deletes the draft a submission completes, in the submission's transaction. A draft
/// that is gone already (expired, deleted) is no error.
pub fn delete_submitted(conn: &Connection, id: &str, service_id: &str) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM drafts WHERE id = ?1 AND service_id = ?2")?
        .execute(params![id, service_id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_made_to_wait_after_too_many_wrong_codes_and_only_for_the_window() {
        let attempts = Attempts::new(PER_CLIENT);
        let client: IpAddr = [192, 0, 2, 7].into();
        let other: IpAddr = [192, 0, 2, 8].into();
        let start = Instant::now();
        for n in 1..=MAX_FAILED_ATTEMPTS {
            assert_eq!(attempts.check(&client, start), Ok(()));
            assert_eq!(
                attempts.fail(client, start),
                n == MAX_FAILED_ATTEMPTS,
                "only the wrong code that reaches the limit locks"
            );
        }
        let wait = attempts.check(&client, start).expect_err("over the limit");
        assert_eq!(wait, ATTEMPT_WINDOW.as_secs());
        assert_eq!(attempts.check(&other, start), Ok(()));
        assert_eq!(attempts.check(&client, start + ATTEMPT_WINDOW), Ok(()));
        // A new window starts from zero.
        attempts.fail(client, start + ATTEMPT_WINDOW);
        assert_eq!(attempts.check(&client, start + ATTEMPT_WINDOW), Ok(()));
    }

    #[test]
    fn the_counter_remembers_at_most_its_limit_of_keys_and_forgets_the_least_useful_first() {
        let limit = Limit {
            max_failures: 2,
            window: Duration::from_secs(60),
            max_tracked: 3,
        };
        let start = Instant::now();
        let at = |s: u64| start + Duration::from_secs(s);
        fn locked(attempts: &Attempts<&'static str>, key: &'static str, now: Instant) -> bool {
            attempts.check(&key, now).is_err()
        }

        // Ended windows go first: "old" is forgotten, the locked "a" stays.
        let attempts = Attempts::new(limit);
        attempts.fail("old", at(0));
        attempts.fail("a", at(10));
        attempts.fail("a", at(10));
        attempts.fail("b", at(20));
        attempts.fail("c", at(65));
        assert_eq!(attempts.tracked(), 3);
        assert!(
            locked(&attempts, "a", at(65)),
            "a locked draft stays locked"
        );

        // Then keys under their limit, oldest first: "b" goes, not the locked "a".
        attempts.fail("d", at(66));
        assert_eq!(attempts.tracked(), 3);
        assert!(locked(&attempts, "a", at(66)));
        attempts.fail("b", at(66));
        assert!(!locked(&attempts, "b", at(66)), "b starts again from one");

        // When every key is locked, the oldest one makes room.
        let full = Attempts::new(limit);
        for (key, s) in [("x", 0), ("y", 1), ("z", 2)] {
            full.fail(key, at(s));
            full.fail(key, at(s));
        }
        full.fail("w", at(3));
        assert_eq!(full.tracked(), 3);
        assert!(!locked(&full, "x", at(3)));
        assert!(locked(&full, "y", at(3)));
    }

    #[test]
    fn a_wait_reads_in_whole_minutes() {
        let cases = [
            (1, "1 minute"),
            (60, "1 minute"),
            (61, "2 minutes"),
            (3600, "60 minutes"),
        ];
        for (seconds, expected) in cases {
            assert_eq!(minutes(seconds), expected, "{seconds}");
        }
    }

    #[test]
    fn behind_the_configured_proxy_the_client_is_the_last_forwarded_address() {
        let proxy: IpAddr = [10, 0, 0, 1].into();
        let other: IpAddr = [192, 0, 2, 9].into();
        let cases: [(Option<IpAddr>, IpAddr, &[&str], IpAddr); 5] = [
            (None, other, &["203.0.113.5"], other),
            (Some(proxy), other, &["203.0.113.5"], other),
            (
                Some(proxy),
                proxy,
                &["198.51.100.1, 203.0.113.5"],
                [203, 0, 113, 5].into(),
            ),
            (
                Some(proxy),
                proxy,
                &["198.51.100.1", "203.0.113.7"],
                [203, 0, 113, 7].into(),
            ),
            (Some(proxy), proxy, &["not an address"], proxy),
        ];
        for (configured, peer, values, expected) in cases {
            let mut headers = HeaderMap::new();
            for v in values {
                headers.append("x-forwarded-for", HeaderValue::from_str(v).expect("value"));
            }
            assert_eq!(
                forwarded_client(configured, peer, &headers),
                expected,
                "{values:?}"
            );
        }
    }

    #[test]
    fn the_hash_of_a_code_differs_from_code_to_code() {
        assert_ne!(code_hash("K7QM3WXD9HTP"), code_hash("K7QM3WXD9HTQ"));
        assert_eq!(code_hash("K7QM3WXD9HTP"), code_hash("K7QM3WXD9HTP"));
    }
}
