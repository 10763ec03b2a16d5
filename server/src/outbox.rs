//! Forwarding: every accepted submission is delivered to the municipality's webhook
//! through a durable outbox.
//!
//! The outbox row is written in the same transaction as the submission, so a `201`
//! always means "stored and queued for forwarding". A worker posts each row, signed
//! (`X-KommuneKit-Signature: sha256=<hex HMAC-SHA256 of "{timestamp}.{body}">`, with
//! the timestamp in `X-KommuneKit-Timestamp`), and retries failures with capped
//! exponential backoff and jitter; after the configured number of attempts a row is
//! `dead`, listed by the admin endpoint and redelivered on request. Delivery is at
//! least once: a receiver tells repeats apart by `X-KommuneKit-Delivery` (the
//! submission's reference number).

use crate::store::{Store, StoreError};
use crate::time;
use hmac::{Hmac, Mac};
use kommunekit_forms::contract::{SecretRef, Webhook};
use rusqlite::{params, Connection};
use serde::Serialize;
use sha2::Sha256;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tokio::sync::{watch, Notify};
use tokio::task::JoinSet;

/// The header with the signature.
pub const SIGNATURE_HEADER: &str = "x-kommunekit-signature";
/// The header with the Unix time (seconds) the signature covers.
pub const TIMESTAMP_HEADER: &str = "x-kommunekit-timestamp";
/// The header with the delivery's id: the reference number of the submission.
pub const DELIVERY_HEADER: &str = "x-kommunekit-delivery";
/// The longest wait between two attempts.
pub const MAX_BACKOFF: Duration = Duration::from_secs(15 * 60);
/// How many rows are delivered at once.
const BATCH: usize = 16;
/// The longest the worker sleeps without looking at the outbox.
const IDLE_CHECK: Duration = Duration::from_secs(60);
/// The most characters of an error kept with a row.
const MAX_ERROR_CHARS: usize = 500;

/// Why a webhook's secret cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// The variable is not set (or empty, or not UTF-8).
    #[error("the environment variable {0} that the webhook's secret is in is not set")]
    MissingEnv(String),
    /// The file cannot be read.
    #[error("the file {path} that the webhook's secret is in cannot be read: {reason}")]
    File {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// The secret is too short to sign with.
    #[error(
        "the webhook's secret is {0} bytes long; use at least 32 (e.g. `openssl rand -hex 32`)"
    )]
    TooShort(usize),
}

/// The shortest secret accepted, in bytes.
pub const MIN_SECRET_BYTES: usize = 32;

/// Reads a secret from where its reference says, with `env` to look variables up.
pub fn read_secret(
    reference: &SecretRef,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Vec<u8>, SecretError> {
    let secret = match reference {
        SecretRef::Env(name) => env(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| SecretError::MissingEnv(name.clone()))?
            .into_bytes(),
        SecretRef::File(path) => {
            let mut bytes = std::fs::read(path).map_err(|e| SecretError::File {
                path: path.clone(),
                reason: e.to_string(),
            })?;
            while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                bytes.pop();
            }
            bytes
        }
    };
    if secret.len() < MIN_SECRET_BYTES {
        return Err(SecretError::TooShort(secret.len()));
    }
    Ok(secret)
}

/// The signature header's value of a body at a time: `sha256=` and the lowercase hex
/// of HMAC-SHA256 over `"{timestamp}.{body}"`.
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(secret) {
        Ok(mac) => mac,
        Err(_) => return String::new(),
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256=");
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// The wait before attempt `attempt + 1` after `attempt` failures (1 or more): the
/// base doubled for each failure before, capped, then a random part of its upper
/// half taken away ("equal jitter"), so many failed deliveries do not retry in step.
pub fn backoff(base: Duration, attempt: u32, random: u64) -> Duration {
    let exp = attempt.saturating_sub(1).min(30);
    let full = base.saturating_mul(1u32 << exp).min(MAX_BACKOFF);
    let full_ms = u64::try_from(full.as_millis()).unwrap_or(u64::MAX);
    let half = full_ms / 2;
    let jitter = if half == 0 { 0 } else { random % (half + 1) };
    Duration::from_millis(full_ms - jitter)
}

/// How the worker delivers.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Attempts before a row is dead.
    pub max_attempts: u32,
    /// The wait before the first retry.
    pub base_backoff: Duration,
    /// How long one delivery may take.
    pub timeout: Duration,
}

/// Where forwards go, with the secret to sign them.
#[derive(Clone)]
pub struct Target {
    /// The webhook's address.
    pub url: String,
    /// The signing secret.
    pub secret: Arc<Vec<u8>>,
}

/// The forwarding of one server: whether submissions are queued, and the worker.
#[derive(Clone)]
pub struct Outbox {
    /// Whether the municipality has a webhook: only then are submissions queued.
    pub enabled: bool,
    /// Wakes the worker when a row is queued or redelivered.
    pub wake: Arc<Notify>,
}

/// A row of the outbox, as the admin endpoint shows it.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The row's id.
    pub id: i64,
    /// The submission's reference number.
    pub reference: String,
    /// `pending`, `delivered` or `dead`.
    pub state: String,
    /// Deliveries tried so far.
    pub attempts: u32,
    /// When the next attempt is due (pending rows), RFC 3339 in UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_attempt_at: Option<String>,
    /// Why the last attempt failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// When the row was queued, RFC 3339 in UTC.
    pub created_at: String,
    /// When it was delivered, RFC 3339 in UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<String>,
}

/// Queues the forward of a stored submission, in its transaction.
pub fn queue(
    conn: &Connection,
    reference: &str,
    body: &str,
    now_ms: i64,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO outbox (reference, body, state, attempts, next_attempt_at, created_at) \
         VALUES (?1, ?2, 'pending', 0, ?3, ?4)",
    )?
    .execute(params![reference, body, now_ms, time::rfc3339_utc(now_ms)])?;
    Ok(())
}

/// The rows of a state (every state when `None`), newest first, at most `limit`.
pub fn list(conn: &Connection, state: Option<&str>, limit: u32) -> Result<Vec<Entry>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, reference, state, attempts, next_attempt_at, last_error, created_at, \
         delivered_at FROM outbox WHERE ?1 IS NULL OR state = ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![state, limit], |r| {
        let state: String = r.get(2)?;
        let next: i64 = r.get(4)?;
        Ok(Entry {
            id: r.get(0)?,
            reference: r.get(1)?,
            next_attempt_at: (state == "pending").then(|| time::rfc3339_utc(next)),
            state,
            attempts: r.get(3)?,
            last_error: r.get(5)?,
            created_at: r.get(6)?,
            delivered_at: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// Queues a row again from its first attempt. `None` when there is no such row.
pub fn redeliver(conn: &Connection, id: i64, now_ms: i64) -> Result<Option<Entry>, StoreError> {
    let changed = conn
        .prepare_cached(
            "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?1, \
             last_error = NULL, delivered_at = NULL WHERE id = ?2",
        )?
        .execute(params![now_ms, id])?;
    if changed == 0 {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached("SELECT reference, created_at FROM outbox WHERE id = ?1")?;
    let (reference, created_at) = stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(Some(Entry {
        id,
        reference,
        state: "pending".into(),
        attempts: 0,
        next_attempt_at: Some(time::rfc3339_utc(now_ms)),
        last_error: None,
        created_at,
        delivered_at: None,
    }))
}

/// A row due for delivery.
struct Due {
    id: i64,
    reference: String,
    body: String,
    attempts: u32,
}

/// What one delivery gave.
struct Delivered {
    id: i64,
    attempts: u32,
    result: Result<(), (String, Option<Duration>)>,
}

fn due(conn: &Connection, now_ms: i64) -> Result<Vec<Due>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, reference, body, attempts FROM outbox \
         WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![now_ms, BATCH as i64], |r| {
        Ok(Due {
            id: r.get(0)?,
            reference: r.get(1)?,
            body: r.get(2)?,
            attempts: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

fn next_due(conn: &Connection) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'")?
        .query_row([], |r| r.get(0))?)
}

fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    // Without randomness the jitter is only smaller; the delivery still happens.
    let _ = getrandom::fill(&mut bytes);
    u64::from_le_bytes(bytes)
}

fn record(
    conn: &Connection,
    results: &[Delivered],
    settings: &Settings,
    now_ms: i64,
) -> Result<(), StoreError> {
    let mut ok = conn.prepare_cached(
        "UPDATE outbox SET state = 'delivered', attempts = ?1, last_error = NULL, \
         delivered_at = ?2 WHERE id = ?3",
    )?;
    let mut failed = conn.prepare_cached(
        "UPDATE outbox SET state = ?1, attempts = ?2, last_error = ?3, next_attempt_at = ?4 \
         WHERE id = ?5",
    )?;
    for d in results {
        match &d.result {
            Ok(()) => {
                ok.execute(params![d.attempts, time::rfc3339_utc(now_ms), d.id])?;
            }
            Err((error, retry_after)) => {
                let dead = d.attempts >= settings.max_attempts;
                let wait = backoff(settings.base_backoff, d.attempts, random_u64())
                    .max(retry_after.unwrap_or_default().min(MAX_BACKOFF));
                let next = now_ms + i64::try_from(wait.as_millis()).unwrap_or(i64::MAX / 4);
                let error: String = error.chars().take(MAX_ERROR_CHARS).collect();
                failed.execute(params![
                    if dead { "dead" } else { "pending" },
                    d.attempts,
                    error,
                    next,
                    d.id
                ])?;
            }
        }
    }
    Ok(())
}

async fn deliver(client: reqwest::Client, target: Target, row: Due) -> Delivered {
    let timestamp = time::unix_millis(SystemTime::now()) / 1000;
    let signature = sign(&target.secret, timestamp, row.body.as_bytes());
    let sent = client
        .post(&target.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(TIMESTAMP_HEADER, timestamp.to_string())
        .header(SIGNATURE_HEADER, signature)
        .header(DELIVERY_HEADER, &row.reference)
        .header("idempotency-key", &row.reference)
        .body(row.body)
        .send()
        .await;
    let result = match sent {
        Ok(r) if r.status().is_success() => Ok(()),
        Ok(r) => {
            let retry_after = r
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            Err((format!("the webhook answered {}", r.status()), retry_after))
        }
        Err(e) if e.is_timeout() => Err(("the webhook did not answer in time".into(), None)),
        Err(e) => Err((format!("the webhook cannot be reached: {e}"), None)),
    };
    Delivered {
        id: row.id,
        attempts: row.attempts + 1,
        result,
    }
}

/// Delivers due rows until `stop` says so. A delivery under way when it does is
/// abandoned: the row stays pending and is delivered again after a restart.
pub async fn run(
    store: Store,
    target: Target,
    settings: Settings,
    wake: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) {
    let client = match reqwest::Client::builder()
        .timeout(settings.timeout)
        .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
        .user_agent(concat!("KommuneKit/", env!("CARGO_PKG_VERSION")))
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "cannot make the webhook client; forwarding stops");
            return;
        }
    };
    tracing::info!(url = %target.url, "forwarding submissions to the webhook");
    loop {
        if *stop.borrow() {
            break;
        }
        let now = time::unix_millis(SystemTime::now());
        let rows = match store.read(move |conn| due(conn, now)).await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the outbox");
                Vec::new()
            }
        };
        let full = rows.len() == BATCH;
        if !rows.is_empty() {
            let mut deliveries = JoinSet::new();
            for row in rows {
                deliveries.spawn(deliver(client.clone(), target.clone(), row));
            }
            let mut results = Vec::new();
            let stopped = loop {
                tokio::select! {
                    next = deliveries.join_next() => match next {
                        Some(Ok(d)) => results.push(d),
                        Some(Err(e)) => tracing::error!(error = %e, "a delivery task failed"),
                        None => break false,
                    },
                    _ = stop.changed() => break true,
                }
            };
            deliveries.abort_all();
            for d in &results {
                match &d.result {
                    Ok(()) => {
                        tracing::info!(outbox = d.id, attempts = d.attempts, "forward delivered")
                    }
                    Err((e, _)) if d.attempts >= settings.max_attempts => {
                        tracing::error!(outbox = d.id, attempts = d.attempts, error = %e, "forward is dead after its last attempt")
                    }
                    Err((e, _)) => {
                        tracing::warn!(outbox = d.id, attempts = d.attempts, error = %e, "forward failed; will retry")
                    }
                }
            }
            let settings_ = settings.clone();
            let now = time::unix_millis(SystemTime::now());
            if let Err(e) = store
                .write(move |conn| record(conn, &results, &settings_, now))
                .await
            {
                tracing::error!(error = %e, "cannot record deliveries; they will be tried again");
            }
            if stopped {
                break;
            }
            if full {
                continue;
            }
        }
        let next = store.read(next_due).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "cannot read the outbox");
            None
        });
        let now = time::unix_millis(SystemTime::now());
        let wait = match next {
            Some(at) if at <= now => continue,
            Some(at) => Duration::from_millis(u64::try_from(at - now).unwrap_or(0)).min(IDLE_CHECK),
            None => IDLE_CHECK,
        };
        tokio::select! {
            () = wake.notified() => {},
            () = tokio::time::sleep(wait) => {},
            _ = stop.changed() => break,
        }
    }
    tracing::info!("forwarding stopped");
}

/// The webhook of a municipality, with its secret read, or why forwarding is paused.
pub fn target(webhook: &Webhook) -> Result<Target, SecretError> {
    let secret = read_secret(&webhook.secret, |name| std::env::var(name).ok())?;
    Ok(Target {
        url: webhook.url.clone(),
        secret: Arc::new(secret),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_of_timestamp_dot_body_in_hex() {
        let sig = sign(b"Jefe", 1_700_000_000, b"{\"a\":1}");
        assert!(sig.starts_with("sha256="), "{sig}");
        assert_eq!(sig.len(), 7 + 64);
        assert_ne!(sig, sign(b"Jefe", 1_700_000_001, b"{\"a\":1}"));
        assert_ne!(sig, sign(b"Jeff", 1_700_000_000, b"{\"a\":1}"));
        // The message is exactly "{timestamp}.{body}".
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(b"Jefe").expect("a key");
        mac.update(b"1700000000.{\"a\":1}");
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(sig, format!("sha256={hex}"));
    }

    #[test]
    fn the_wait_doubles_with_each_failure_up_to_the_cap_and_jitter_takes_at_most_half() {
        let base = Duration::from_secs(1);
        let cases = [
            (1, 0, 1000),
            (2, 0, 2000),
            (3, 0, 4000),
            (4, 0, 8000),
            (11, 0, 900_000),
            (60, 0, 900_000),
        ];
        for (attempt, random, expected_ms) in cases {
            assert_eq!(
                backoff(base, attempt, random),
                Duration::from_millis(expected_ms),
                "attempt {attempt}"
            );
        }
        for random in [1, 7, 1234, u64::MAX - 1] {
            let wait = backoff(base, 3, random);
            assert!(wait >= Duration::from_secs(2) && wait <= Duration::from_secs(4));
        }
    }

    #[test]
    fn a_secret_comes_from_its_variable_or_file_and_must_be_long_enough() {
        let long = "s".repeat(MIN_SECRET_BYTES);
        let env = |name: &str| (name == "KK_WEBHOOK_SECRET").then(|| long.clone());
        assert_eq!(
            read_secret(&SecretRef::Env("KK_WEBHOOK_SECRET".into()), env).expect("read"),
            long.as_bytes()
        );
        assert!(matches!(
            read_secret(&SecretRef::Env("KK_OTHER".into()), env),
            Err(SecretError::MissingEnv(_))
        ));
        let dir = tempfile::tempdir().expect("a temp dir");
        let file = dir.path().join("secret");
        std::fs::write(&file, format!("{long}\n")).expect("write");
        let from_file = SecretRef::File(file.display().to_string());
        assert_eq!(read_secret(&from_file, env).expect("read"), long.as_bytes());
        std::fs::write(&file, "short\n").expect("write");
        assert!(matches!(
            read_secret(&from_file, env),
            Err(SecretError::TooShort(5))
        ));
        let missing = SecretRef::File(dir.path().join("none").display().to_string());
        assert!(matches!(
            read_secret(&missing, env),
            Err(SecretError::File { .. })
        ));
    }
}
