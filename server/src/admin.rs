//! The admin endpoints under `/api/v1/admin`, for the municipality's operators:
//! protected by a bearer token (`--admin-token` / `KK_ADMIN_TOKEN`), compared in
//! constant time. Without a configured token they answer 401.
//!
//! - `GET /api/v1/admin/outbox?state=pending|delivered|dead&limit=N`: the forwards.
//! - `POST /api/v1/admin/outbox/{id}/redeliver`: queue a forward again.
//! - `GET /api/v1/admin/attachments/{id}`: the bytes of an uploaded file, for the
//!   system that received a submission naming it.

use crate::api::AppState;
use crate::problem::ApiError;
use crate::store::{Store, StoreError};
use crate::{outbox, time};
use axum::body::Body;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::time::SystemTime;

/// The most rows one listing gives.
pub const MAX_LIMIT: u32 = 1000;

/// Whether two digests are equal, taking the same time whatever they hold.
fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The hash an admin token is kept and compared as.
pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Checks the `Authorization: Bearer` header against the configured token. Both are
/// hashed first, so the comparison takes the same time whatever their lengths.
fn authorize(expected: Option<&[u8; 32]>, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = expected else {
        return Err(ApiError::Unauthorized(
            "the admin endpoints are closed: start the server with an admin token (KK_ADMIN_TOKEN)"
                .into(),
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, token) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
        });
    match given {
        Some(token) if same(&token_hash(token), expected) => Ok(()),
        Some(_) => Err(ApiError::Unauthorized("the token is not right".into())),
        None => Err(ApiError::Unauthorized(
            "send the admin token: Authorization: Bearer <token>".into(),
        )),
    }
}

fn json<T: Serialize>(value: &T) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// The query of the outbox listing.
#[derive(Deserialize)]
pub struct OutboxQuery {
    state: Option<String>,
    limit: Option<u32>,
}

/// `GET /api/v1/admin/outbox`.
pub async fn outbox(
    State(state): AppState,
    headers: HeaderMap,
    query: Result<Query<OutboxQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    authorize(state.admin_token.as_ref(), &headers)?;
    let Query(query) = query.map_err(|e| ApiError::InvalidQuery(e.body_text()))?;
    let wanted = match query.state.as_deref() {
        None => None,
        Some(s @ ("pending" | "delivered" | "dead")) => Some(s.to_string()),
        Some(other) => {
            return Err(ApiError::InvalidQuery(format!(
                "state=\"{other}\" is not a state: use pending, delivered or dead"
            )))
        }
    };
    let limit = query.limit.unwrap_or(100);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::InvalidQuery(format!(
            "limit must be from 1 to {MAX_LIMIT}"
        )));
    }
    let rows = state
        .store
        .read(move |conn| outbox::list(conn, wanted.as_deref(), limit))
        .await?;
    json(&rows)
}

/// `POST /api/v1/admin/outbox/{id}/redeliver`.
pub async fn redeliver(
    State(state): AppState,
    headers: HeaderMap,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    authorize(state.admin_token.as_ref(), &headers)?;
    let id = path
        .ok()
        .and_then(|Path(p)| p.parse::<i64>().ok())
        .ok_or_else(|| ApiError::NotFound("there is no such forward".into()))?;
    let now = time::unix_millis(SystemTime::now());
    let entry = state
        .store
        .write(move |conn| outbox::redeliver(conn, id, now))
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("there is no forward {id}")))?;
    tracing::info!(outbox = id, reference = %entry.reference, "forward queued again by an admin");
    state.outbox.wake.notify_one();
    json(&entry)
}

/// A file name for `Content-Disposition`: an ASCII fallback and the exact name
/// percent-encoded as UTF-8 (RFC 6266, RFC 8187).
fn disposition(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::with_capacity(name.len() * 3);
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

/// How much of a file one read of the database gives a download.
const DOWNLOAD_CHUNK: u64 = 256 * 1024;

/// The bytes of attachment `id` (of `size` bytes) a chunk at a time, each read on its
/// own, so a large file is never whole in memory and a slow download holds no lock
/// between its chunks. Each read finds the row by its id again: a file deleted
/// meanwhile ends the download with an error, never with another file's bytes.
fn chunks(
    store: Store,
    id: String,
    size: u64,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, StoreError>> {
    futures_util::stream::try_unfold(0u64, move |offset| {
        let (store, id) = (store.clone(), id.clone());
        async move {
            if offset >= size {
                return Ok(None);
            }
            let len = DOWNLOAD_CHUNK.min(size - offset);
            let chunk = store
                .read(move |conn| {
                    let rowid: i64 = conn
                        .prepare_cached("SELECT rowid FROM attachments WHERE id = ?1")?
                        .query_row([&id], |r| r.get(0))?;
                    let blob =
                        conn.blob_open(rusqlite::MAIN_DB, "attachments", "data", rowid, true)?;
                    let mut buf = vec![0; len as usize];
                    blob.read_at_exact(&mut buf, offset as usize)?;
                    Ok(buf)
                })
                .await?;
            Ok(Some((chunk, offset + len)))
        }
    })
}

/// `GET /api/v1/admin/attachments/{id}`.
pub async fn attachment(
    State(state): AppState,
    headers: HeaderMap,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    authorize(state.admin_token.as_ref(), &headers)?;
    let id = path
        .ok()
        .map(|Path(p)| p)
        .filter(|p| crate::reference::is_token("att", p))
        .ok_or_else(|| ApiError::NotFound("there is no such attachment".into()))?;
    let wanted = id.clone();
    let found = state
        .store
        .read(move |conn| {
            use rusqlite::OptionalExtension;
            Ok(conn
                .prepare_cached("SELECT name, content_type, size FROM attachments WHERE id = ?1")?
                .query_row([&wanted], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                })
                .optional()?)
        })
        .await?;
    let Some((name, content_type, size)) = found else {
        return Err(ApiError::NotFound(format!(
            "there is no attachment \"{id}\""
        )));
    };
    let size = u64::try_from(size).unwrap_or(0);
    let mut response = Body::from_stream(chunks(state.store.clone(), id, size)).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition(&name))
            .unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_is_given_plainly_and_exactly_for_download() {
        assert_eq!(
            disposition("skade på vejen.pdf"),
            "attachment; filename=\"skade p_ vejen.pdf\"; filename*=UTF-8''skade%20p%C3%A5%20vejen.pdf"
        );
        assert_eq!(
            disposition("a\"b.pdf"),
            "attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf"
        );
    }

    #[test]
    fn only_the_configured_bearer_token_is_let_in() {
        let token = "a".repeat(40);
        let expected = token_hash(&token);
        let cases = [
            (Some(format!("Bearer {token}")), true),
            (Some(format!("bearer  {token} ")), true),
            (Some(format!("Bearer {token}x")), false),
            (Some(format!("Basic {token}")), false),
            (Some(token.clone()), false),
            (None, false),
        ];
        for (value, allowed) in cases {
            let mut headers = HeaderMap::new();
            if let Some(v) = &value {
                headers.insert(
                    header::AUTHORIZATION,
                    HeaderValue::from_str(v).expect("value"),
                );
            }
            assert_eq!(
                authorize(Some(&expected), &headers).is_ok(),
                allowed,
                "{value:?}"
            );
        }
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(&format!("Bearer {token}")).expect("value"),
        );
        assert!(authorize(None, &headers).is_err());
    }
}
