//! Uploads of attachments (`POST /api/v1/attachments`), with progress and cancel.
//!
//! `fetch` reports no upload progress, so an upload goes through `XMLHttpRequest`,
//! whose upload events do. The file's bytes are the body, its declared type the
//! `Content-Type`; the server checks the field's rules and the content, and answers
//! `201` with an [`AttachmentRef`] or a problem (413, 415, 422).

use super::{Cancel, BASE};
use kommunekit_forms::{AttachmentRef, Problem};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long one upload may take before it is aborted, in milliseconds.
const UPLOAD_TIMEOUT_MS: u32 = 120_000;

/// Why an upload did not give an attachment.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum UploadError {
    /// The citizen cancelled it (or removed the file).
    #[error("the upload was cancelled")]
    Cancelled,
    /// The server refused the file (413 too large, 415 wrong type, 422 e.g. empty),
    /// with its problem when it sent one.
    #[error("the server refused the file ({status})")]
    Refused {
        /// The status it answered.
        status: u16,
        /// The problem it sent, if any could be read.
        problem: Option<Problem>,
    },
    /// No answer: offline, a dropped connection, or the timeout.
    #[error("the network failed")]
    Network,
    /// Any other status, or an answer that could not be read.
    #[error("the server answered {0}")]
    Status(u16),
}

/// The address of an upload of a file to a field of a service, each part
/// percent-encoded.
pub fn attachment_url(service_id: &str, field_id: &str, name: &str) -> String {
    format!(
        "{BASE}/attachments?service={}&field={}&name={}",
        encode(service_id),
        encode(field_id),
        encode(name)
    )
}

/// Percent-encodes a query value: every byte of its UTF-8 but the unreserved
/// characters (letters, digits, `-`, `_`, `.`, `~`).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The percentage sent, from 0 to 100, of `loaded` of `total` bytes (0 while the total
/// is unknown).
pub fn percent(loaded: f64, total: f64) -> u8 {
    if total.is_nan() || total <= 0.0 || !loaded.is_finite() {
        return 0;
    }
    (loaded / total * 100.0).clamp(0.0, 100.0).floor() as u8
}

/// What an answer to an upload means: the attachment of a `201`, or why not.
pub fn read_answer(status: u16, body: &str) -> Result<AttachmentRef, UploadError> {
    match status {
        200 | 201 => serde_json::from_str(body).map_err(|_| UploadError::Status(status)),
        0 => Err(UploadError::Network),
        400 | 413 | 415 | 422 => Err(UploadError::Refused {
            status,
            problem: serde_json::from_str(body).ok(),
        }),
        status => Err(UploadError::Status(status)),
    }
}

/// How long taking back a file may take before it is aborted, in milliseconds.
const REMOVE_TIMEOUT_MS: u32 = 15_000;

/// Takes back a file uploaded but not yet submitted (`DELETE /api/v1/attachments/{id}`),
/// so the server does not keep it until it expires. A file already gone is no error.
/// Not tied to the page: the file should go even when the citizen moves on at once.
pub async fn remove_attachment(id: &str) -> Result<(), UploadError> {
    let signal = web_sys::AbortSignal::timeout_with_u32(REMOVE_TIMEOUT_MS);
    let resp = gloo_net::http::Request::delete(&format!("{BASE}/attachments/{}", encode(id)))
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|_| UploadError::Network)?;
    match resp.status() {
        200..=299 | 404 => Ok(()),
        status => Err(UploadError::Status(status)),
    }
}

/// A running upload: cancel it with [`Upload::cancel`] (or the page's [`Cancel`]),
/// await its end with [`Upload::finished`].
pub struct Upload {
    xhr: web_sys::XmlHttpRequest,
    cancelled: Rc<Cell<bool>>,
    done: js_sys::Promise,
    // The event handlers live as long as the upload.
    _handlers: Vec<Closure<dyn FnMut(web_sys::ProgressEvent)>>,
    /// The page's signal and the handler that aborts this upload when it fires;
    /// taken off the signal when the upload is dropped.
    on_leave: Option<(web_sys::AbortSignal, Closure<dyn FnMut()>)>,
}

impl Drop for Upload {
    fn drop(&mut self) {
        if let Some((signal, handler)) = &self.on_leave {
            let _ = signal
                .remove_event_listener_with_callback("abort", handler.as_ref().unchecked_ref());
        }
    }
}

impl Upload {
    /// Cancels the upload: the request is aborted and [`Upload::finished`] gives
    /// [`UploadError::Cancelled`].
    pub fn cancel(&self) {
        self.cancelled.set(true);
        let _ = self.xhr.abort();
    }

    /// The attachment the server stored, or why not.
    pub async fn finished(&self) -> Result<AttachmentRef, UploadError> {
        let _ = wasm_bindgen_futures::JsFuture::from(self.done.clone()).await;
        if self.cancelled.get() {
            return Err(UploadError::Cancelled);
        }
        let status = self.xhr.status().unwrap_or(0);
        let body = self.xhr.response_text().ok().flatten().unwrap_or_default();
        read_answer(status, &body)
    }
}

/// Starts the upload of a file to a field of a service. `on_progress` is called with
/// the percentage sent as it goes. In `Accept-Language` the citizen's language, so a
/// refusal comes in it. `cancel` is the page's: when the citizen leaves the page, the
/// upload is aborted, so no file the citizen left behind lands on the server.
pub fn upload_attachment(
    service_id: &str,
    field_id: &str,
    file: &web_sys::File,
    lang: &str,
    cancel: Option<&Cancel>,
    on_progress: impl Fn(u8) + 'static,
) -> Result<Upload, UploadError> {
    let page_signal = cancel.and_then(Cancel::signal);
    if page_signal
        .as_ref()
        .is_some_and(web_sys::AbortSignal::aborted)
    {
        return Err(UploadError::Cancelled);
    }
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| UploadError::Network)?;
    xhr.open("POST", &attachment_url(service_id, field_id, &file.name()))
        .map_err(|_| UploadError::Network)?;
    let declared = file.type_();
    let content_type = if declared.is_empty() {
        "application/octet-stream".to_string()
    } else {
        declared
    };
    let _ = xhr.set_request_header("Content-Type", &content_type);
    let _ = xhr.set_request_header("Accept", "application/json");
    let _ = xhr.set_request_header("Accept-Language", lang);
    xhr.set_timeout(UPLOAD_TIMEOUT_MS);

    let progress =
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |ev: web_sys::ProgressEvent| {
            if ev.length_computable() {
                on_progress(percent(ev.loaded(), ev.total()));
            }
        });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    // The upload ends on load, error, abort or timeout: `loadend` fires after each.
    let mut end: Option<js_sys::Function> = None;
    let done = js_sys::Promise::new(&mut |resolve, _| end = Some(resolve));
    let end_handler =
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |_: web_sys::ProgressEvent| {
            if let Some(resolve) = &end {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
    xhr.set_onloadend(Some(end_handler.as_ref().unchecked_ref()));
    xhr.send_with_opt_blob(Some(file))
        .map_err(|_| UploadError::Network)?;
    let cancelled = Rc::new(Cell::new(false));
    let on_leave = page_signal.map(|signal| {
        let (xhr, cancelled) = (xhr.clone(), cancelled.clone());
        let handler = Closure::<dyn FnMut()>::new(move || {
            cancelled.set(true);
            let _ = xhr.abort();
        });
        let _ = signal.add_event_listener_with_callback("abort", handler.as_ref().unchecked_ref());
        (signal, handler)
    });
    Ok(Upload {
        xhr,
        cancelled,
        done,
        _handlers: vec![progress, end_handler],
        on_leave,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_names_service_field_and_file_with_every_part_encoded() {
        let cases = [
            (
                ("daycare", "documents", "kvittering.pdf"),
                "/api/v1/attachments?service=daycare&field=documents&name=kvittering.pdf",
            ),
            (
                ("s", "f", "løn & skat 2026.pdf"),
                "/api/v1/attachments?service=s&field=f&name=l%C3%B8n%20%26%20skat%202026.pdf",
            ),
            (
                ("s", "f", "a?b=c#d/e"),
                "/api/v1/attachments?service=s&field=f&name=a%3Fb%3Dc%23d%2Fe",
            ),
        ];
        for ((service, field, name), expected) in cases {
            assert_eq!(attachment_url(service, field, name), expected, "{name}");
        }
    }

    #[test]
    fn progress_is_a_whole_percentage_within_0_and_100() {
        let cases = [
            (0.0, 100.0, 0),
            (50.0, 100.0, 50),
            (999.0, 1000.0, 99),
            (1000.0, 1000.0, 100),
            (2000.0, 1000.0, 100),
            (10.0, 0.0, 0),
            (f64::NAN, 10.0, 0),
        ];
        for (loaded, total, expected) in cases {
            assert_eq!(percent(loaded, total), expected, "{loaded}/{total}");
        }
    }

    #[test]
    fn an_answer_gives_the_attachment_or_says_why_not() {
        let created =
            r#"{"id":"a1","name":"kvittering.pdf","size":12,"content_type":"application/pdf"}"#;
        assert_eq!(
            read_answer(201, created),
            Ok(AttachmentRef {
                id: "a1".into(),
                name: "kvittering.pdf".into(),
                size: 12,
                content_type: "application/pdf".into(),
            })
        );
        let problem = r#"{"type":"/problems/unsupported-file-type","title":"Unsupported file type","status":415}"#;
        match read_answer(415, problem) {
            Err(UploadError::Refused {
                status: 415,
                problem: Some(p),
            }) => assert_eq!(p.kind, "/problems/unsupported-file-type"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            read_answer(413, "too large"),
            Err(UploadError::Refused {
                status: 413,
                problem: None
            })
        );
        assert_eq!(read_answer(0, ""), Err(UploadError::Network));
        assert_eq!(read_answer(500, ""), Err(UploadError::Status(500)));
        assert_eq!(read_answer(201, "{}"), Err(UploadError::Status(201)));
    }
}
