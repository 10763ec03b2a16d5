//! Security headers on every response.

use axum::http::{header, HeaderValue};
use axum::response::Response;

/// The policy of API responses and plain pages: nothing may load or run.
pub const CSP_NONE: &str = "default-src 'none'; frame-ancestors 'none'; sandbox";

/// The policy of the portal without its inline-script hashes, for the static files.
///
/// - scripts: the app's own files, and `'wasm-unsafe-eval'` to compile its wasm;
/// - styles: `'unsafe-inline'` too, as the tenant's design tokens are set as inline
///   custom properties;
/// - images: own files and `data:` URIs.
pub fn app_csp(script_hashes: &[String]) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in script_hashes {
        script_src.push_str(" 'sha256-");
        script_src.push_str(hash);
        script_src.push('\'');
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Adds the headers every response carries; a response that set its own
/// `Content-Security-Policy` keeps it.
pub async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP_NONE),
        );
    }
    response
}
