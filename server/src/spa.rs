//! The built portal at `/`: files from the dist folder, and `index.html` for every
//! other address, since the app routes on the client. The component gallery is a
//! second build of the app in `komponenter/` of the dist folder, so citizens never
//! download it: its `index.html` answers `/komponenter` and every address below it.

use crate::headers::{app_csp, CSP_NONE};
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;
use tower::ServiceExt as _;
use tower_http::services::ServeDir;

/// Files other than `index.html` have content-hashed names (trunk), so they never
/// change under their name.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

const NOT_BUILT: &str = "<!doctype html>
<html lang=\"en\">
<meta charset=\"utf-8\">
<title>KommuneKit: the app is not built</title>
<h1>The app is not built</h1>
<p>The server runs and answers the API, but the folder of the built app has no
index.html. Build and serve it with <code>cargo xtask run</code>.</p>
</html>
";

/// The page of the portal, relative to the dist folder.
const PORTAL_PAGE: &str = "index.html";

/// The page of the gallery's own build, relative to the dist folder.
const GALLERY_PAGE: &str = "komponenter/index.html";

/// The address of the gallery.
const GALLERY_PATH: &str = "/komponenter";

/// The page that answers an app address: the gallery's for `/komponenter` and below,
/// the portal's for every other.
fn page_for(path: &str) -> &'static str {
    match path.strip_prefix(GALLERY_PATH) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => GALLERY_PAGE,
        _ => PORTAL_PAGE,
    }
}

/// An `index.html` as read from disk, with the policy that allows its inline scripts.
struct IndexPage {
    modified: Option<SystemTime>,
    len: u64,
    body: Bytes,
    etag: HeaderValue,
    csp: HeaderValue,
}

/// The static host.
pub struct Spa {
    dist: PathBuf,
    files: ServeDir,
    static_csp: HeaderValue,
    /// The pages read so far, by their path in the dist folder.
    pages: Mutex<HashMap<&'static str, Arc<IndexPage>>>,
}

impl Spa {
    /// A host for a dist folder. The folder may not exist yet: until it has an
    /// `index.html`, pages answer 503 with a note on how to build it.
    pub fn new(dist: PathBuf) -> Spa {
        let files = ServeDir::new(&dist)
            .append_index_html_on_directories(false)
            .precompressed_br()
            .precompressed_gzip();
        Spa {
            files,
            static_csp: header_value(&app_csp(&[])),
            pages: Mutex::new(HashMap::new()),
            dist,
        }
    }
}

fn header_value(s: &str) -> HeaderValue {
    HeaderValue::from_str(s).unwrap_or(HeaderValue::from_static(CSP_NONE))
}

/// Whether a path names a file rather than an app page: its last segment has a dot.
/// App pages (service and page ids, reference numbers) never do, so a missing asset
/// answers 404 instead of an HTML page the browser would refuse as a script.
fn looks_like_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

/// The answer for every address outside `/api/v1`.
pub async fn handle(State(spa): State<Arc<Spa>>, request: Request) -> Response {
    let path = request.uri().path();
    if path == "/api" || path.starts_with("/api/") {
        return crate::api::not_found().await.into_response();
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut r = (StatusCode::METHOD_NOT_ALLOWED, "Method not allowed\n").into_response();
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let page = page_for(path);
    // The pages themselves, never as files with the policy of files.
    if [
        "/",
        "/index.html",
        "/komponenter/",
        "/komponenter/index.html",
    ]
    .contains(&path)
    {
        return index(&spa, page, request.headers()).await;
    }
    if path.split('/').any(|segment| segment.starts_with('.')) {
        return not_found();
    }
    let file_like = looks_like_file(path);
    let headers = request.headers().clone();
    let response = match spa.files.clone().oneshot(request).await {
        Ok(r) => r.map(Body::new),
        Err(never) => match never {},
    };
    match response.status() {
        StatusCode::NOT_FOUND if file_like => not_found(),
        StatusCode::NOT_FOUND => index(&spa, page, &headers).await,
        StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED => {
            let mut response = response;
            let h = response.headers_mut();
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
            h.insert(header::CONTENT_SECURITY_POLICY, spa.static_csp.clone());
            // A file may be sent as its brotli or gzip copy (the build writes them
            // beside it): a shared cache must keep one answer per encoding asked for.
            h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            response
        }
        _ => response,
    }
}

fn not_found() -> Response {
    let mut r = (StatusCode::NOT_FOUND, "Not found\n").into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

async fn index(spa: &Spa, name: &'static str, request: &HeaderMap) -> Response {
    let loaded = match load_index(spa, name).await {
        // Without the gallery's build, the portal answers (and says the page is not there).
        None if name != PORTAL_PAGE => load_index(spa, PORTAL_PAGE).await,
        loaded => loaded,
    };
    let page = match loaded {
        Some(page) => page,
        None => {
            let mut r = (StatusCode::SERVICE_UNAVAILABLE, NOT_BUILT).into_response();
            let h = r.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            return r;
        }
    };
    let fresh = request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim().trim_start_matches("W/") == page.etag);
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = page.body.clone().into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        r
    };
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::ETAG, page.etag.clone());
    h.insert(header::CONTENT_SECURITY_POLICY, page.csp.clone());
    response
}

/// A page of the dist folder, read again only when its size or time changes (a new
/// build).
async fn load_index(spa: &Spa, name: &'static str) -> Option<Arc<IndexPage>> {
    let path = spa.dist.join(name);
    let meta = tokio::fs::metadata(&path).await.ok()?;
    if !meta.is_file() {
        return None;
    }
    let modified = meta.modified().ok();
    {
        let cached = spa.pages.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(page) = cached.get(name) {
            if page.modified == modified && page.len == meta.len() && modified.is_some() {
                return Some(Arc::clone(page));
            }
        }
    }
    let body = tokio::fs::read(&path).await.ok()?;
    let html = String::from_utf8_lossy(&body);
    let hashes = inline_script_hashes(&html);
    let digest = Sha256::digest(&body);
    let tag = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..16]);
    let page = Arc::new(IndexPage {
        modified,
        len: meta.len(),
        etag: header_value(&format!("\"{tag}\"")),
        csp: header_value(&app_csp(&hashes)),
        body: Bytes::from(body),
    });
    spa.pages
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(name, Arc::clone(&page));
    Some(page)
}

/// The base64 SHA-256 of the content of every inline `<script>` (one without `src`),
/// for `script-src`. Trunk starts the wasm from such a script, and its text changes
/// with every build, so it is hashed from the file served rather than written down.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    // ASCII lowercase keeps every byte offset, so positions found in `lower` hold in
    // `html`.
    let lower = html.to_ascii_lowercase();
    let mut hashes = Vec::new();
    let mut at = 0;
    while let Some(found) = lower[at..].find("<script") {
        let name_end = at + found + "<script".len();
        let Some(gt) = lower[name_end..].find('>') else {
            break;
        };
        let tag_end = name_end + gt;
        let attributes = &lower[name_end..tag_end];
        if !(attributes.is_empty()
            || attributes.starts_with(|c: char| c.is_ascii_whitespace() || c == '/'))
        {
            at = name_end; // e.g. <scripts>
            continue;
        }
        let content_start = tag_end + 1;
        let Some(close) = lower[content_start..].find("</script") else {
            break;
        };
        let content_end = content_start + close;
        let has_src = attributes
            .split(|c: char| c.is_ascii_whitespace())
            .any(|a| a == "src" || a.starts_with("src="));
        if !has_src {
            let digest = Sha256::digest(&html.as_bytes()[content_start..content_end]);
            hashes.push(base64::engine::general_purpose::STANDARD.encode(digest));
        }
        at = content_end + "</script".len();
    }
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sha(s: &str) -> String {
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
    }

    #[test]
    fn every_inline_script_is_hashed_and_scripts_with_src_are_not() {
        let module = "\nimport init from '/app-1a2b.js';\nawait init('/app-1a2b_bg.wasm');\n";
        let html = format!(
            "<!DOCTYPE html><html><head>\
             <script src=\"/x.js\"></script>\
             <SCRIPT type=\"module\">{module}</SCRIPT>\
             <script>a()</script>\
             <noscript>x</noscript>\
             </head></html>"
        );
        assert_eq!(inline_script_hashes(&html), vec![sha(module), sha("a()")]);
    }

    #[test]
    fn a_page_without_inline_scripts_has_no_hashes() {
        for html in [
            "",
            "<p>hi</p>",
            "<script src='/a.js'></script>",
            "<script>unclosed",
        ] {
            assert!(inline_script_hashes(html).is_empty(), "{html}");
        }
    }

    #[test]
    fn the_gallery_answers_its_own_addresses_and_the_portal_every_other() {
        let cases = [
            ("/komponenter", GALLERY_PAGE),
            ("/komponenter/", GALLERY_PAGE),
            ("/komponenter/index.html", GALLERY_PAGE),
            ("/komponenter/anything", GALLERY_PAGE),
            ("/", PORTAL_PAGE),
            ("/komponenterne", PORTAL_PAGE),
            ("/tjenester/komponenter", PORTAL_PAGE),
        ];
        for (path, page) in cases {
            assert_eq!(page_for(path), page, "{path}");
        }
    }

    #[test]
    fn only_paths_whose_last_segment_has_a_dot_look_like_files() {
        let cases = [
            ("/app-1a2b_bg.wasm", true),
            ("/assets/logo.svg", true),
            ("/tjenester/report-road-problem/location", false),
            ("/kvittering/KK-1234-5678", false),
            ("/v1.2/page", false),
        ];
        for (path, file) in cases {
            assert_eq!(looks_like_file(path), file, "{path}");
        }
    }
}
