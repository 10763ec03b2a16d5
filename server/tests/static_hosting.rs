//! The built app at `/`: files, client-side routes, caching, compression, and the
//! page shown before the app is built.

mod common;

use base64::Engine as _;
use common::{content_type, header, sample_dist, TestServer, INLINE_SCRIPT};
use sha2::{Digest, Sha256};

#[tokio::test]
async fn app_routes_serve_index_html_with_200_and_no_cache() {
    let server = TestServer::start().await;
    let index = std::fs::read_to_string(server.dist.path().join("index.html")).expect("index");
    for path in [
        "/",
        "/index.html",
        "/tjenester/report-road-problem/location",
        "/tjenester/report-road-problem/kvittering/KK-1234-5678",
    ] {
        let r = server.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(content_type(&r), "text/html", "{path}");
        assert_eq!(header(&r, "cache-control"), "no-cache", "{path}");
        assert_eq!(r.text().await.expect("a page"), index, "{path}");
    }
}

#[tokio::test]
async fn the_page_policy_allows_the_wasm_and_exactly_the_inline_script_of_the_build() {
    let server = TestServer::start().await;
    let r = server.get("/tjenester").await;
    let csp = header(&r, "content-security-policy");
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(INLINE_SCRIPT));
    for part in [
        "default-src 'self'",
        "'wasm-unsafe-eval'",
        &format!("'sha256-{hash}'"),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{csp} should contain {part}");
    }
    assert!(
        !csp.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'"),
        "{csp}"
    );
    assert_eq!(header(&r, "x-content-type-options"), "nosniff");
    assert_eq!(header(&r, "referrer-policy"), "same-origin");
}

#[tokio::test]
async fn a_new_build_of_index_html_is_served_with_its_own_script_hash() {
    let server = TestServer::start().await;
    let before = header(&server.get("/").await, "content-security-policy");
    let script = "console.log('a new build')";
    std::fs::write(
        server.dist.path().join("index.html"),
        format!("<!doctype html><script type=\"module\">{script}</script> <!-- longer -->"),
    )
    .expect("rewrite index.html");
    let r = server.get("/").await;
    let after = header(&r, "content-security-policy");
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script));
    assert_ne!(before, after);
    assert!(after.contains(&hash), "{after}");
    assert!(r.text().await.expect("a page").contains("a new build"));
}

#[tokio::test]
async fn hashed_files_are_cached_for_a_year_and_compressed_when_asked() {
    let server = TestServer::start().await;
    let plain = server.get("/kommunekit-1a2b3c.js").await;
    assert_eq!(plain.status(), 200);
    assert_eq!(content_type(&plain), "text/javascript");
    assert_eq!(
        header(&plain, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(header(&plain, "content-encoding"), "");
    for encoding in ["br", "gzip"] {
        let r = server
            .client
            .get(server.url("/kommunekit-1a2b3c.js"))
            .header("accept-encoding", encoding)
            .send()
            .await
            .expect("a response");
        assert_eq!(r.status(), 200, "{encoding}");
        assert_eq!(header(&r, "content-encoding"), encoding);
    }
}

#[tokio::test]
async fn a_precompressed_copy_is_sent_as_it_is_with_its_file_type_and_a_vary_header() {
    let mut files = sample_dist();
    let css = ".kk-a{margin:0}".repeat(200).into_bytes();
    files.push(("portal-4d5e6f.css", css.clone()));
    files.push(("portal-4d5e6f.css.br", b"brotli of the stylesheet".to_vec()));
    files.push(("portal-4d5e6f.css.gz", b"gzip of the stylesheet".to_vec()));
    let server = TestServer::start_with_dist(&files).await;
    let cases: [(&str, &str, &[u8]); 3] = [
        ("br", "br", b"brotli of the stylesheet"),
        ("gzip", "gzip", b"gzip of the stylesheet"),
        ("identity", "", &css),
    ];
    for (asked, encoding, body) in cases {
        let r = server
            .client
            .get(server.url("/portal-4d5e6f.css"))
            .header("accept-encoding", asked)
            .send()
            .await
            .expect("a response");
        assert_eq!(r.status(), 200, "{asked}");
        assert_eq!(content_type(&r), "text/css", "{asked}");
        assert_eq!(header(&r, "content-encoding"), encoding, "{asked}");
        assert_eq!(
            header(&r, "cache-control"),
            "public, max-age=31536000, immutable"
        );
        let vary: Vec<_> = r.headers().get_all("vary").iter().collect();
        assert_eq!(vary, ["accept-encoding"], "{asked}");
        assert_eq!(r.bytes().await.expect("a body"), body, "{asked}");
    }
}

#[tokio::test]
async fn a_missing_file_is_a_404_not_the_app() {
    let server = TestServer::start().await;
    for path in [
        "/kommunekit-old.js",
        "/kommunekit-old_bg.wasm",
        "/.stage/index.html",
    ] {
        let r = server.get(path).await;
        assert_eq!(r.status(), 404, "{path}");
        assert_ne!(content_type(&r), "text/html", "{path}");
    }
}

#[tokio::test]
async fn before_the_app_is_built_pages_answer_503_and_the_api_still_works() {
    let server = TestServer::start_with_dist(&[]).await;
    for path in ["/", "/tjenester/report-road-problem"] {
        let r = server.get(path).await;
        assert_eq!(r.status(), 503, "{path}");
        let page = r.text().await.expect("a page");
        assert!(
            page.contains("not built") && page.contains("cargo xtask run"),
            "{page}"
        );
    }
    assert_eq!(server.get("/api/v1/health").await.status(), 200);
}

/// Writes the gallery's own build into `komponenter/` of the dist folder: its page
/// starts the wasm with a script of its own.
fn write_gallery_build(dist: &std::path::Path, script: &str) {
    let folder = dist.join("komponenter");
    std::fs::create_dir_all(&folder).expect("the gallery folder");
    std::fs::write(
        folder.join("index.html"),
        format!(
            "<!doctype html><title>Komponenter</title><script type=\"module\">{script}</script>"
        ),
    )
    .expect("the gallery page");
    std::fs::write(folder.join("kommunekit-9z8y7x.js"), "export default 1;\n")
        .expect("the gallery script");
}

#[tokio::test]
async fn the_gallery_is_its_own_build_under_komponenter_with_its_own_script_hash() {
    let server = TestServer::start().await;
    let script = "\nimport init from '/komponenter/kommunekit-9z8y7x.js';\nawait init();\n";
    write_gallery_build(server.dist.path(), script);
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script));
    for path in [
        "/komponenter",
        "/komponenter/",
        "/komponenter/index.html",
        "/komponenter/an-address-of-the-app",
    ] {
        let r = server.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(header(&r, "cache-control"), "no-cache", "{path}");
        let csp = header(&r, "content-security-policy");
        assert!(csp.contains(&format!("'sha256-{hash}'")), "{path}: {csp}");
        assert!(r.text().await.expect("a page").contains(script), "{path}");
    }
    let file = server.get("/komponenter/kommunekit-9z8y7x.js").await;
    assert_eq!(file.status(), 200);
    assert_eq!(
        header(&file, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    let portal = server.get("/").await;
    assert!(!portal.text().await.expect("a page").contains(script));
}

#[tokio::test]
async fn without_the_gallery_build_its_address_answers_the_portal() {
    let server = TestServer::start().await;
    let index = std::fs::read_to_string(server.dist.path().join("index.html")).expect("index");
    let r = server.get("/komponenter").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.text().await.expect("a page"), index);
}
