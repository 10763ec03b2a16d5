//! Attachments: files a citizen uploads to a file field before submitting, checked
//! against the field's rules and by their content (not only their name), and stored in
//! the database until a submission takes them.
//!
//! `POST /api/v1/attachments?service={id}&field={id}&name={file name}` with the file's
//! bytes as the body and its media type as `Content-Type`.

use crate::api::{accept_language, AppState};
use crate::problem::ApiError;
use crate::store::StoreError;
use crate::{reference, time};
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use kommunekit_forms::{
    display_size, AttachmentRef, Field, FieldType, FileKind, FileRules, Lang, Page,
    ProblemFieldError, ServiceDefinition,
};
use rusqlite::{params, Connection, OptionalExtension, MAIN_DB};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::io::{Seek, SeekFrom};
use std::path::Path;
use std::time::SystemTime;
use tokio::io::AsyncWriteExt;

/// The largest file the server takes, whatever a definition allows.
pub const MAX_ATTACHMENT_BYTES: u64 =
    kommunekit_forms::file::MAX_SIZE_MB_LIMIT as u64 * 1024 * 1024;
/// The longest file name kept, in characters.
pub const MAX_NAME_CHARS: usize = 255;

/// The query of an upload.
#[derive(Deserialize)]
pub struct UploadQuery {
    service: String,
    field: String,
    name: String,
}

/// The answer to an upload: the reference the answer to the field carries.
fn created(attachment: &AttachmentRef) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(attachment).map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = (StatusCode::CREATED, body).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// The file field of a service, with its page and rules.
fn file_field<'a>(
    definition: &'a ServiceDefinition,
    field: &str,
) -> Option<(&'a Page, &'a Field, FileRules)> {
    let (page, f) = definition.field(field)?;
    (f.kind == FieldType::File).then(|| (page, f, f.file.clone().unwrap_or_default()))
}

/// What a file's content is, in words, when it is none of the kinds a field takes.
fn content_in_words(bytes: &[u8]) -> &'static str {
    if let Some(kind) = FileKind::sniff(bytes) {
        return match kind {
            FileKind::Pdf => "a PDF document",
            FileKind::Jpeg => "a JPEG image",
            FileKind::Png => "a PNG image",
            FileKind::Heic => "a HEIC image",
        };
    }
    let starts = |sig: &[u8]| bytes.starts_with(sig);
    if starts(b"MZ") {
        "a Windows program"
    } else if starts(b"\x7fELF") || starts(&[0xCF, 0xFA, 0xED, 0xFE]) {
        "a program"
    } else if starts(b"PK\x03\x04") {
        "a ZIP archive (or an Office document)"
    } else if starts(b"GIF8") {
        "a GIF image"
    } else if starts(b"#!") {
        "a script"
    } else if bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'<')
    {
        "a web page or SVG (markup that could run scripts)"
    } else {
        "of a kind that is not recognised"
    }
}

/// A file name as kept: trimmed, without any folder part a browser may send, and not
/// empty, too long, or with control characters.
fn clean_name(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let ok = !base.is_empty()
        && base.chars().count() <= MAX_NAME_CHARS
        && !base.chars().any(char::is_control)
        && base != "."
        && base != "..";
    ok.then(|| base.to_string())
}

/// `POST /api/v1/attachments`.
pub async fn upload(
    State(state): AppState,
    query: Result<Query<UploadQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| {
        ApiError::InvalidQuery(format!(
            "give the service, the field and the file's name: ?service=…&field=…&name=… ({})",
            e.body_text()
        ))
    })?;
    let lang = accept_language(&headers);
    let service = state.service(&query.service)?;
    let definition = &service.definition;
    let (page, field, rules) = file_field(definition, &query.field).ok_or_else(|| {
        ApiError::NotFound(format!(
            "the service \"{}\" has no file field \"{}\"",
            query.service, query.field
        ))
    })?;
    let problem = |status, kind, title, detail: String, code: &str, da: String, en: String| {
        // Told on the field, so the portal shows it there.
        ApiError::Field {
            status,
            kind,
            title,
            detail,
            errors: vec![ProblemFieldError {
                field: field.id.clone(),
                page: page.id.clone(),
                code: code.to_string(),
                message: match lang {
                    Lang::Da => da,
                    Lang::En => en,
                },
            }],
        }
    };
    let kinds_da = rules.kinds_text(Lang::Da);
    let kinds_en = rules.kinds_text(Lang::En);
    let wrong_type = |detail: String| {
        problem(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "/problems/unsupported-file-type",
            "Unsupported file type",
            detail,
            "file_type",
            format!("Filen skal være en {kinds_da}"),
            format!("The selected file must be a {kinds_en}"),
        )
    };

    let Some(name) = clean_name(&query.name) else {
        return Err(problem(
            StatusCode::BAD_REQUEST,
            "/problems/invalid-file-name",
            "Invalid file name",
            format!(
                "the file name must be 1 to {MAX_NAME_CHARS} characters without control characters"
            ),
            "file_name",
            "Filen skal have et navn".into(),
            "The selected file must have a name".into(),
        ));
    };
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    if !rules.allows_type(&name, &declared) {
        return Err(wrong_type(format!(
            "\"{name}\" sent as \"{declared}\" is not one of the kinds the field takes ({kinds_en}); the name's ending and the Content-Type must both name one of them"
        )));
    }

    let limit = rules.max_size_bytes().min(MAX_ATTACHMENT_BYTES);
    let too_large = || {
        problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            "/problems/file-too-large",
            "File too large",
            format!("the file is larger than {limit} bytes, the most the field takes"),
            "file_too_large",
            format!(
                "Filen skal være mindre end {}",
                display_size(limit, Lang::Da)
            ),
            format!(
                "The selected file must be smaller than {}",
                display_size(limit, Lang::En)
            ),
        )
    };
    let declared_length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared_length.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let received = match receive(body, limit, state.store.dir()).await {
        Ok(r) => r,
        Err(Receive::TooLarge) => return Err(too_large()),
        Err(Receive::Read(e)) => {
            return Err(ApiError::InvalidBody(format!(
                "the file could not be read: {e}"
            )))
        }
        Err(Receive::Spool(e)) => {
            return Err(ApiError::Internal(format!(
                "the file could not be written to the data folder: {e}"
            )))
        }
    };
    if received.size == 0 {
        return Err(problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "/problems/empty-file",
            "Empty file",
            "the file is empty (0 bytes)".into(),
            "file_empty",
            "Filen er tom".into(),
            "The selected file is empty".into(),
        ));
    }

    // The content decides, not the name: a program named .pdf is refused.
    let head = &received.head;
    let Some(kind) = FileKind::sniff(head).filter(|k| rules.kinds.contains(k)) else {
        return Err(wrong_type(format!(
            "\"{name}\" is {} by its content, not one of the kinds the field takes ({kinds_en})",
            content_in_words(head)
        )));
    };
    let named = FileKind::from_name(&name);
    let declared_kind = FileKind::from_media_type(&declared);
    if named.is_some_and(|n| n != kind) || declared_kind.is_some_and(|d| d != kind) {
        return Err(wrong_type(format!(
            "\"{name}\" is {} by its content, but its name or Content-Type says otherwise; send it with the right name and type",
            content_in_words(head)
        )));
    }

    let id = reference::new_token("att").map_err(|e| ApiError::Internal(e.to_string()))?;
    let attachment = AttachmentRef {
        id,
        name,
        size: received.size,
        content_type: kind.media_type().to_string(),
    };
    // Files never submitted go once no draft could still refer to them.
    let now = time::unix_millis(SystemTime::now());
    let forget_before = time::rfc3339_utc(now - state.draft_lifetime_millis() - 86_400_000);
    let row = NewAttachment {
        attachment: attachment.clone(),
        service_id: definition.id.clone(),
        field_id: field.id.clone(),
        sha256: received.sha256,
        data: received.file,
        uploaded_at: time::rfc3339_utc(now),
        forget_before,
    };
    state
        .store
        .write(move |conn| insert_attachment(conn, &row))
        .await?;
    tracing::info!(id = %attachment.id, service = %definition.id, field = %field.id, size = attachment.size, "attachment stored");
    created(&attachment)
}

/// `DELETE /api/v1/attachments/{id}`: the citizen takes back a file before submitting
/// (the id, given only to the uploader, is the permission). A submitted file stays.
pub async fn remove(
    State(state): AppState,
    path: Result<axum::extract::Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<Response, ApiError> {
    let id = path
        .ok()
        .map(|axum::extract::Path(p)| p)
        .filter(|p| reference::is_token("att", p))
        .ok_or_else(|| ApiError::NotFound("there is no such attachment".into()))?;
    let wanted = id.clone();
    let (deleted, submitted) = state
        .store
        .write(move |conn| {
            let submitted: Option<Option<String>> = conn
                .prepare_cached("SELECT submission FROM attachments WHERE id = ?1")?
                .query_row([&wanted], |r| r.get(0))
                .optional()?;
            let deleted = conn
                .prepare_cached("DELETE FROM attachments WHERE id = ?1 AND submission IS NULL")?
                .execute([&wanted])?;
            Ok((deleted, submitted.flatten().is_some()))
        })
        .await?;
    if deleted == 1 {
        tracing::info!(%id, "attachment deleted by its uploader");
        let mut response = StatusCode::NO_CONTENT.into_response();
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        Ok(response)
    } else if submitted {
        Err(ApiError::Field {
            status: StatusCode::CONFLICT,
            kind: "/problems/attachment-submitted",
            title: "Attachment submitted",
            detail: format!("the attachment \"{id}\" belongs to a submission and stays with it"),
            errors: Vec::new(),
        })
    } else {
        Err(ApiError::NotFound(format!(
            "there is no attachment \"{id}\""
        )))
    }
}

/// A checked file, ready to store.
struct NewAttachment {
    attachment: AttachmentRef,
    service_id: String,
    field_id: String,
    sha256: [u8; 32],
    /// The bytes, in a temporary file of the data folder (gone when dropped).
    data: std::fs::File,
    uploaded_at: String,
    /// Files uploaded before this time (RFC 3339) and never submitted are deleted.
    forget_before: String,
}

fn insert_attachment(conn: &Connection, a: &NewAttachment) -> Result<(), StoreError> {
    let forgotten = conn
        .prepare_cached("DELETE FROM attachments WHERE submission IS NULL AND uploaded_at < ?1")?
        .execute([&a.forget_before])?;
    if forgotten > 0 {
        tracing::info!(
            attachments = forgotten,
            "unsubmitted attachments past their time deleted"
        );
    }
    let size = i64::try_from(a.attachment.size)
        .map_err(|_| StoreError::Upload("it is too large for the database".into()))?;
    // Room for the bytes first, then the bytes copied in from the file a chunk at a
    // time, so a large file is never whole in memory.
    conn.prepare_cached(
        "INSERT INTO attachments (id, service_id, field_id, name, content_type, size, \
         sha256, data, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, zeroblob(?6), ?8)",
    )?
    .execute(params![
        a.attachment.id,
        a.service_id,
        a.field_id,
        a.attachment.name,
        a.attachment.content_type,
        size,
        &a.sha256[..],
        a.uploaded_at,
    ])?;
    let mut blob = conn.blob_open(
        MAIN_DB,
        "attachments",
        "data",
        conn.last_insert_rowid(),
        false,
    )?;
    let mut file = &a.data;
    let spooled = |e: std::io::Error| StoreError::Upload(e.to_string());
    file.seek(SeekFrom::Start(0)).map_err(spooled)?;
    let copied = std::io::copy(&mut file, &mut blob).map_err(spooled)?;
    if copied != a.attachment.size {
        return Err(StoreError::Upload(format!(
            "the temporary file had {copied} bytes, not the {} received",
            a.attachment.size
        )));
    }
    Ok(())
}

/// A file as it came: its bytes in a temporary file of the data folder, so however
/// large the file and however many arrive at once, the server holds one chunk of each.
struct Received {
    /// The bytes; the file has no name and is gone when dropped.
    file: std::fs::File,
    size: u64,
    sha256: [u8; 32],
    /// The first bytes, enough to tell the kind of file.
    head: Vec<u8>,
}

/// How many of a file's first bytes are kept to tell its kind.
const HEAD_BYTES: usize = 1024;

/// Why a file could not be received.
enum Receive {
    /// It has more than the limit's bytes (reading stops there).
    TooLarge,
    /// The body broke off or could not be read.
    Read(String),
    /// The data folder refused the temporary file.
    Spool(std::io::Error),
}

/// Reads an upload's body as it comes into a temporary file in `dir`, hashing it on
/// the way, and stops as soon as it has more than `limit` bytes.
async fn receive(mut body: Body, limit: u64, dir: &Path) -> Result<Received, Receive> {
    let file = tempfile::tempfile_in(dir).map_err(Receive::Spool)?;
    let mut out = tokio::fs::File::from_std(file);
    let mut sha = Sha256::new();
    let mut head = Vec::with_capacity(HEAD_BYTES);
    let mut size = 0u64;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| Receive::Read(e.to_string()))?;
        let Ok(chunk) = frame.into_data() else {
            continue;
        };
        size += chunk.len() as u64;
        if size > limit {
            return Err(Receive::TooLarge);
        }
        sha.update(&chunk);
        let room = HEAD_BYTES - head.len();
        head.extend_from_slice(&chunk[..room.min(chunk.len())]);
        out.write_all(&chunk).await.map_err(Receive::Spool)?;
    }
    out.flush().await.map_err(Receive::Spool)?;
    Ok(Received {
        file: out.into_std().await,
        size,
        sha256: sha.finalize().into(),
        head,
    })
}

/// An attachment a submission refers to, with the field it answers.
#[derive(Clone, Debug)]
pub struct Use {
    /// The field id.
    pub field: String,
    /// The id of the field's page.
    pub page: String,
    /// The attachment's id.
    pub id: String,
    /// The reference as the answer gives it.
    pub claimed: AttachmentRef,
}

/// Every attachment an answer set refers to, with its field, in repeat items too.
pub fn uses(definition: &ServiceDefinition, answers: &kommunekit_forms::Answers) -> Vec<Use> {
    let mut out = Vec::new();
    for (key, answer) in answers {
        for file in answer.as_files() {
            out.push(Use {
                field: key.clone(),
                page: definition
                    .field(key)
                    .map(|(p, _)| p.id.clone())
                    .unwrap_or_default(),
                id: file.id.clone(),
                claimed: file.clone(),
            });
        }
        for item in answer.as_items() {
            out.extend(uses(definition, item));
        }
    }
    out
}

/// The count of files over a field's most, as field errors.
pub fn count_errors(
    definition: &ServiceDefinition,
    answers: &kommunekit_forms::Answers,
    lang: Lang,
) -> Vec<ProblemFieldError> {
    let mut errors = Vec::new();
    let walk = |answers: &kommunekit_forms::Answers, errors: &mut Vec<ProblemFieldError>| {
        for (key, answer) in answers {
            let files = answer.as_files();
            if files.is_empty() {
                continue;
            }
            if let Some((page, field, rules)) = file_field(definition, key) {
                if files.len() > rules.max_files {
                    errors.push(ProblemFieldError {
                        field: field.id.clone(),
                        page: page.id.clone(),
                        code: "too_many_files".into(),
                        message: match lang {
                            Lang::Da => format!("Du kan højst vedhæfte {} filer", rules.max_files),
                            Lang::En => format!("You can attach at most {} files", rules.max_files),
                        },
                    });
                }
            }
        }
    };
    walk(answers, &mut errors);
    for answer in answers.values() {
        for item in answer.as_items() {
            walk(item, &mut errors);
        }
    }
    errors
}

/// The message of a file a submission refers to that is no longer on the server
/// (deleted or expired before the submission), naming the file.
fn gone_message(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("Filen '{name}' findes ikke længere på serveren. Vedhæft den igen"),
        Lang::En => format!("The file '{name}' is no longer on the server. Attach it again"),
    }
}

/// Gives attachments to a stored submission, in its transaction: each must exist,
/// belong to the service and the field, and not be taken by another submission.
/// Returns the references of the attachments, as stored, by field, for the forward.
pub fn take(
    conn: &Connection,
    service_id: &str,
    reference: &str,
    used: &[Use],
    lang: Lang,
) -> Result<Vec<(String, AttachmentRef)>, StoreError> {
    let mut find = conn.prepare_cached(
        "SELECT name, content_type, size, service_id, field_id, submission FROM attachments WHERE id = ?1",
    )?;
    let mut give = conn.prepare_cached("UPDATE attachments SET submission = ?1 WHERE id = ?2")?;
    let mut out = Vec::with_capacity(used.len());
    for u in used {
        let row = find
            .query_row([&u.id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })
            .optional()?;
        let refuse_with = |why: &str, message: String| {
            StoreError::Refused(Box::new(ApiError::Field {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                kind: "/problems/unknown-attachment",
                title: "Unknown attachment",
                detail: format!(
                    "the attachment \"{}\" of the field \"{}\": {why}",
                    u.id, u.field
                ),
                errors: vec![ProblemFieldError {
                    field: u.field.clone(),
                    page: u.page.clone(),
                    code: "attachment_unknown".into(),
                    message,
                }],
            }))
        };
        let refuse = |why: &str| {
            refuse_with(
                why,
                match lang {
                    Lang::Da => "Filen kunne ikke findes. Vedhæft den igen".into(),
                    Lang::En => "The file could not be found. Attach it again".into(),
                },
            )
        };
        let Some((name, content_type, size, service, field, taken)) = row else {
            // Deleted, or expired unsubmitted: the citizen must choose the file again,
            // so the message names it.
            return Err(refuse_with(
                "there is no such attachment (deleted or expired); upload the file again",
                gone_message(&u.claimed.name, lang),
            ));
        };
        if service != service_id || field != u.field {
            return Err(refuse("it was uploaded to another service or field"));
        }
        if taken.is_some_and(|t| t != reference) {
            return Err(refuse("it belongs to another submission"));
        }
        let stored = AttachmentRef {
            id: u.id.clone(),
            name,
            size: u64::try_from(size).unwrap_or(0),
            content_type,
        };
        if stored != u.claimed {
            return Err(refuse(
                "its name, size or type differs from the file uploaded; send the reference the upload answered",
            ));
        }
        give.execute(params![reference, u.id])?;
        out.push((u.field.clone(), stored));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_keeps_only_its_last_part_and_must_be_plain_text() {
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        let cases = [
            ("kvittering.pdf", Some("kvittering.pdf")),
            ("  foto.jpg ", Some("foto.jpg")),
            ("C:\\Users\\x\\skitse.png", Some("skitse.png")),
            ("../../etc/passwd", Some("passwd")),
            ("", None),
            ("folder/", None),
            ("..", None),
            ("a\nb.pdf", None),
            (long.as_str(), None),
        ];
        for (name, expected) in cases {
            assert_eq!(clean_name(name).as_deref(), expected, "{name:?}");
        }
    }

    #[test]
    fn content_that_is_no_allowed_kind_is_named_in_plain_words() {
        let cases: [(&[u8], &str); 6] = [
            (b"MZ\x90\0\x03", "a Windows program"),
            (b"\x7fELF\x02", "a program"),
            (b"PK\x03\x04", "a ZIP archive"),
            (b"  <svg onload=x>", "a web page or SVG"),
            (b"%PDF-1.4", "a PDF document"),
            (b"hello", "not recognised"),
        ];
        for (bytes, words) in cases {
            assert!(content_in_words(bytes).contains(words), "{bytes:?}");
        }
    }
}
