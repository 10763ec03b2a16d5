//! A real server on a free port of 127.0.0.1, with the repository's catalog, a fresh
//! data folder and a dist folder made for the test.

#![allow(dead_code)] // each test file uses its own part of the harness

use kommunekit_server::{Config, Server};
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use tokio::sync::oneshot;

/// The catalog of the repository.
pub fn catalog() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog")
}

/// The inline script trunk writes into index.html to start the wasm.
pub const INLINE_SCRIPT: &str = "\nimport init, * as bindings from '/kommunekit-1a2b3c.js';\nconst wasm = await init({ module_or_path: '/kommunekit-1a2b3c_bg.wasm' });\nwindow.wasmBindings = bindings;\n";

/// A small built app: index.html with an inline module script, and a hashed script.
pub fn sample_dist() -> Vec<(&'static str, Vec<u8>)> {
    let index = format!(
        "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>KommuneKit</title>\
         <link rel=\"modulepreload\" href=\"/kommunekit-1a2b3c.js\">\
         <script type=\"module\">{INLINE_SCRIPT}</script></head><body></body></html>"
    );
    vec![
        ("index.html", index.into_bytes()),
        (
            "kommunekit-1a2b3c.js",
            "export default function init() { return 'x'; }\n"
                .repeat(100)
                .into_bytes(),
        ),
    ]
}

/// A running server; stopped when dropped.
pub struct TestServer {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The data folder with the SQLite file.
    pub data: TempDir,
    /// The dist folder.
    pub dist: TempDir,
    /// The catalog folder, when the test made its own.
    pub catalog: Option<TempDir>,
    /// An HTTP client that never uses a proxy.
    pub client: reqwest::Client,
    stop: Option<oneshot::Sender<()>>,
    served: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl TestServer {
    /// A server with the sample dist.
    pub async fn start() -> TestServer {
        TestServer::start_with_dist(&sample_dist()).await
    }

    /// A server whose dist folder holds these files (none: the app is not built).
    pub async fn start_with_dist(files: &[(&str, Vec<u8>)]) -> TestServer {
        TestServer::start_with(files, None, |_| {}).await
    }

    /// A server with the repository's catalog and the test services of
    /// [`test_catalog`], configured further by `configure`.
    pub async fn start_with_test_catalog(configure: impl FnOnce(&mut Config)) -> TestServer {
        TestServer::start_with(&sample_dist(), Some(test_catalog()), configure).await
    }

    /// A server with a dist folder, a catalog (the repository's when `None`), and a
    /// configuration changed by `configure`.
    pub async fn start_with(
        files: &[(&str, Vec<u8>)],
        catalog_dir: Option<TempDir>,
        configure: impl FnOnce(&mut Config),
    ) -> TestServer {
        let data = tempfile::tempdir().expect("a temp data folder");
        TestServer::start_in(data, files, catalog_dir, configure).await
    }

    /// Like [`TestServer::start_with`], on a data folder that may hold a database
    /// from before.
    pub async fn start_in(
        data: TempDir,
        files: &[(&str, Vec<u8>)],
        catalog_dir: Option<TempDir>,
        configure: impl FnOnce(&mut Config),
    ) -> TestServer {
        let dist = tempfile::tempdir().expect("a temp dist folder");
        for (name, content) in files {
            std::fs::write(dist.path().join(name), content).expect("write a dist file");
        }
        let mut config = Config {
            addr: "127.0.0.1:0".parse().expect("an address"),
            data: data.path().to_path_buf(),
            catalog: catalog_dir
                .as_ref()
                .map_or_else(catalog, |d| d.path().to_path_buf()),
            dist: dist.path().to_path_buf(),
            ..Config::default()
        };
        configure(&mut config);
        let server = match Server::start(&config).await {
            Ok(s) => s,
            Err(e) => panic!("the server does not start: {e}"),
        };
        let base = format!("http://{}", server.local_addr());
        let (stop, stopped) = oneshot::channel::<()>();
        let served = tokio::spawn(server.serve(async {
            let _ = stopped.await;
        }));
        TestServer {
            base,
            data,
            dist,
            catalog: catalog_dir,
            client: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("a client"),
            stop: Some(stop),
            served: Some(served),
        }
    }

    /// Stops the server as a signal would, waits until it has finished (requests,
    /// forwarding, database), and gives back its data and catalog folders.
    pub async fn stop(mut self) -> (TempDir, Option<TempDir>) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(served) = self.served.take() {
            let result = tokio::time::timeout(std::time::Duration::from_secs(10), served)
                .await
                .expect("the server stops within 10 seconds");
            result
                .expect("the serve task")
                .expect("the server stops cleanly");
        }
        let data = std::mem::replace(&mut self.data, tempfile::tempdir().expect("a temp dir"));
        (data, self.catalog.take())
    }

    /// The full URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// GET a path.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("a response")
    }

    /// POST a raw body to a path, with an optional Idempotency-Key.
    pub async fn post(
        &self,
        path: &str,
        body: impl Into<reqwest::Body>,
        key: Option<&str>,
    ) -> reqwest::Response {
        let mut request = self
            .client
            .post(self.url(path))
            .header("content-type", "application/json")
            .body(body);
        if let Some(key) = key {
            request = request.header("idempotency-key", key);
        }
        request.send().await.expect("a response")
    }

    /// POST a submission to the road-problem service.
    pub async fn submit(&self, body: &serde_json::Value, key: Option<&str>) -> reqwest::Response {
        self.post(
            "/api/v1/services/report-road-problem/submissions",
            body.to_string(),
            key,
        )
        .await
    }

    /// POST a raw body as a submission to the road-problem service.
    pub async fn submit_raw(&self, body: String, key: Option<&str>) -> reqwest::Response {
        self.post(
            "/api/v1/services/report-road-problem/submissions",
            body,
            key,
        )
        .await
    }

    /// The database, opened beside the server.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.data.path().join("kommunekit.sqlite3"))
            .expect("the database opens")
    }

    /// The number of stored submissions.
    pub fn rows(&self) -> i64 {
        self.db()
            .query_row("SELECT count(*) FROM submissions", [], |r| r.get(0))
            .expect("a count")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The id of the test service with a file field.
pub const PHOTO_SERVICE: &str = "report-with-photos";

/// A copy of the repository's catalog with one more service: the road-problem service
/// as `report-with-photos`, whose location page also has the optional file fields
/// `photos` (PDF, PNG or JPG, at most 1 MB each, at most 2) and `plans` (one PDF of at
/// most 10 MB).
pub fn test_catalog() -> TempDir {
    let dir = tempfile::tempdir().expect("a temp catalog");
    copy_dir(&catalog(), dir.path());
    let road = std::fs::read_to_string(dir.path().join("services/report-road-problem.json"))
        .expect("the road-problem service");
    let mut service: serde_json::Value = serde_json::from_str(&road).expect("JSON");
    service["id"] = serde_json::json!(PHOTO_SERVICE);
    let pages = service["pages"].as_array_mut().expect("pages");
    let location = pages
        .iter_mut()
        .find(|p| p["id"] == "location")
        .expect("the location page");
    location["fields"]
        .as_array_mut()
        .expect("fields")
        .push(serde_json::json!({
            "id": "photos",
            "type": "file",
            "required": false,
            "label": { "da": "Billeder af skaden", "en": "Photos of the problem" },
            "file": { "kinds": ["pdf", "png", "jpeg"], "max_size_mb": 1, "max_files": 2 }
        }));
    location["fields"]
        .as_array_mut()
        .expect("fields")
        .push(serde_json::json!({
            "id": "plans",
            "type": "file",
            "required": false,
            "label": { "da": "Tegninger", "en": "Plans" },
            "file": { "kinds": ["pdf"], "max_size_mb": 10, "max_files": 1 }
        }));
    std::fs::write(
        dir.path().join(format!("services/{PHOTO_SERVICE}.json")),
        serde_json::to_string_pretty(&service).expect("JSON"),
    )
    .expect("write the test service");
    dir
}

/// Sets the webhook of the test catalog's municipality: posts to `url`, signed with
/// the secret in a file of the catalog folder.
pub fn set_webhook(catalog_dir: &Path, url: &str, secret: &str) {
    let secret_file = catalog_dir.join("webhook-secret");
    std::fs::write(&secret_file, format!("{secret}\n")).expect("write the secret");
    let file = catalog_dir.join("municipalities/fjordby.json");
    let mut m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("fjordby")).expect("JSON");
    m["webhook"] = serde_json::json!({
        "url": url,
        "secret": { "file": secret_file.display().to_string() }
    });
    std::fs::write(&file, serde_json::to_string_pretty(&m).expect("JSON")).expect("write");
}

/// A submission body for the road-problem service.
pub fn submission(language: &str, answers: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "service_version": 1,
        "language": language,
        "answers": answers,
    })
}

/// Complete answers for a pothole, noticed on a date long past.
pub fn pothole() -> serde_json::Value {
    serde_json::json!({
        "kind": "pothole",
        "location": "Havnegade 12",
        "noticed": { "day": "1", "month": "3", "year": "2025" },
    })
}

/// The content type of a response, without parameters.
pub fn content_type(r: &reqwest::Response) -> String {
    r.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .to_string()
}

/// A header of a response as text ("" when absent).
pub fn header(r: &reqwest::Response, name: &str) -> String {
    r.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a folder");
    for entry in std::fs::read_dir(from).expect("read a folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy a file");
        }
    }
}
