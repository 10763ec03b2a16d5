//! Starting: the catalog is checked before anything is served, the database is made
//! on first start, and the command line refuses what it does not understand.

mod common;

use common::{catalog, copy_dir};
use kommunekit_server::{Catalog, CatalogError, Config, Server, StartupError};
use std::path::Path;
use std::process::Command;

/// A copy of the repository's catalog to break.
fn catalog_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp catalog");
    copy_dir(&catalog(), dir.path());
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(
        text.contains(from),
        "{} should contain {from}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

async fn start(catalog: &Path, municipality: Option<&str>) -> Result<Server, StartupError> {
    let data = tempfile::tempdir().expect("a temp data folder");
    let config = Config {
        addr: "127.0.0.1:0".parse().expect("an address"),
        data: data.path().join("data"),
        catalog: catalog.to_path_buf(),
        dist: data.path().join("dist"),
        municipality: municipality.map(str::to_string),
        ..Config::default()
    };
    Server::start(&config).await
}

fn error_of(result: Result<Server, StartupError>) -> String {
    match result {
        Ok(_) => panic!("the server should refuse to start"),
        Err(e) => e.to_string(),
    }
}

#[tokio::test]
async fn a_broken_definition_refuses_start_naming_the_file_and_the_json_path() {
    let cases = [
        (
            "a page id that is not an id",
            "\"id\": \"location\"",
            "\"id\": \"Where\"",
            "$.pages[2].id",
        ),
        (
            "a route to a page that does not exist",
            "\"goto\": \"describe\"",
            "\"goto\": \"nowhere\"",
            "$.pages[0].next[0].goto",
        ),
        (
            "a file that is not JSON",
            "\"version\": 1,",
            "\"version\": 1",
            "line",
        ),
    ];
    for (case, from, to, path) in cases {
        let dir = catalog_copy();
        let file = dir.path().join("services/report-road-problem.json");
        edit(&file, from, to);
        let e = error_of(start(dir.path(), None).await);
        let expected = format!("{}: {path}", file.display());
        let expected = if path == "line" {
            file.display().to_string()
        } else {
            expected
        };
        assert!(
            e.contains(&expected),
            "{case}: {e}\nshould contain {expected}"
        );
        if path == "line" {
            assert!(e.contains("line ") && e.contains("column "), "{case}: {e}");
        }
    }
}

#[tokio::test]
async fn every_broken_definition_is_reported_at_once() {
    let dir = catalog_copy();
    let original = dir.path().join("services/report-road-problem.json");
    let copy = dir.path().join("services/second.json");
    std::fs::copy(&original, &copy).expect("copy");
    edit(
        &copy,
        "\"id\": \"report-road-problem\"",
        "\"id\": \"second\"",
    );
    edit(&copy, "\"id\": \"contact\"", "\"id\": \"location\"");
    edit(&original, "\"da\": \"Beskriv problemet\"", "\"da\": \"\"");
    match start(dir.path(), None).await {
        Err(StartupError::Catalog(CatalogError::Definitions(problems))) => {
            let files: Vec<String> = problems
                .iter()
                .map(|p| {
                    p.file
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                })
                .collect();
            assert!(files.contains(&"second.json".to_string()), "{problems:?}");
            assert!(
                files.contains(&"report-road-problem.json".to_string()),
                "{problems:?}"
            );
        }
        Err(other) => panic!("expected definition problems, got {other}"),
        Ok(_) => panic!("the server should refuse to start"),
    }
}

#[tokio::test]
async fn a_definition_whose_id_differs_from_its_file_name_is_refused() {
    let dir = catalog_copy();
    std::fs::rename(
        dir.path().join("services/report-road-problem.json"),
        dir.path().join("services/roads.json"),
    )
    .expect("rename");
    let e = error_of(start(dir.path(), None).await);
    assert!(e.contains("roads.json: $.id"), "{e}");
}

#[tokio::test]
async fn a_broken_municipality_refuses_start_naming_the_file_and_the_json_path() {
    let cases = [
        (
            "a token that is not a kk custom property",
            "\"--kk-colour-brand\":",
            "\"--colour-brand\":",
            "$.tokens[\"--colour-brand\"]",
        ),
        (
            "a token value that could leave its style",
            "\"#0b4f6c\"",
            "\"red; } body { display: none\"",
            "$.tokens[\"--kk-colour-brand\"]",
        ),
        (
            "a logo that does not exist",
            "\"fjordby-logo.svg\"",
            "\"missing.svg\"",
            "$.logo",
        ),
        (
            "a key the format does not have",
            "\"privacy_url\"",
            "\"privacy\"",
            "$.privacy",
        ),
        (
            "a value of the wrong type",
            "\"phone\": \"70 20 30 40\"",
            "\"phone\": 70203040",
            "$.contact.phone",
        ),
    ];
    for (case, from, to, path) in cases {
        let dir = catalog_copy();
        let file = dir.path().join("municipalities/fjordby.json");
        edit(&file, from, to);
        let e = error_of(start(dir.path(), None).await);
        let expected = format!("{}: {path}", file.display());
        assert!(
            e.contains(&expected),
            "{case}: {e}\nshould contain {expected}"
        );
    }
}

#[tokio::test]
async fn with_several_municipalities_the_chosen_one_is_served_else_the_first_by_id() {
    let dir = catalog_copy();
    let other = dir.path().join("municipalities/aadal.json");
    std::fs::copy(dir.path().join("municipalities/fjordby.json"), &other).expect("copy");
    edit(&other, "\"id\": \"fjordby\"", "\"id\": \"aadal\"");
    edit(&other, "Fjordby Kommune", "Aadal Kommune");
    let e = error_of(start(dir.path(), Some("nowhere")).await);
    assert!(
        e.contains("\"nowhere\"") && e.contains("aadal, fjordby"),
        "{e}"
    );
    for (chosen, served) in [(None, "aadal"), (Some("fjordby"), "fjordby")] {
        let catalog = Catalog::load(dir.path(), chosen).expect("the catalog loads");
        assert_eq!(catalog.municipality().id, served, "chosen {chosen:?}");
        assert!(start(dir.path(), chosen).await.is_ok(), "chosen {chosen:?}");
    }
}

#[tokio::test]
async fn the_first_start_creates_the_data_folder_and_a_wal_database() {
    let data = tempfile::tempdir().expect("a temp folder");
    let folder = data.path().join("nested/data");
    let config = Config {
        addr: "127.0.0.1:0".parse().expect("an address"),
        data: folder.clone(),
        catalog: catalog(),
        dist: data.path().join("dist"),
        ..Config::default()
    };
    let server = Server::start(&config).await.expect("the server starts");
    let db = rusqlite::Connection::open(folder.join("kommunekit.sqlite3")).expect("the database");
    let mode: String = db
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("the journal mode");
    assert_eq!(mode, "wal");
    let columns: Vec<String> = db
        .prepare("SELECT name FROM pragma_table_info('submissions')")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("the columns");
    assert_eq!(
        columns,
        [
            "reference",
            "service_id",
            "service_version",
            "language",
            "answers",
            "submitted_at",
            "idempotency_key",
            "body_hash"
        ]
    );
    drop(server);
}

fn binary(args: &[&str], catalog: &Path) -> std::process::Output {
    let data = tempfile::tempdir().expect("a temp folder");
    Command::new(env!("CARGO_BIN_EXE_kommunekit-server"))
        .args(args)
        .env("KK_CATALOG", catalog)
        .env("KK_DATA", data.path())
        .env("KK_ADDR", "127.0.0.1:0")
        .output()
        .expect("the binary runs")
}

#[test]
fn the_binary_prints_usage_exits_2_on_a_bad_flag_and_1_on_a_broken_catalog() {
    let help = binary(&["--help"], &catalog());
    assert_eq!(help.status.code(), Some(0));
    let usage = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "--addr",
        "KK_ADDR",
        "--data",
        "--catalog",
        "--dist",
        "--municipality",
    ] {
        assert!(usage.contains(flag), "{usage}");
    }

    let bad = binary(&["--port", "80"], &catalog());
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--port"));

    let dir = catalog_copy();
    let file = dir.path().join("services/report-road-problem.json");
    edit(&file, "\"id\": \"location\"", "\"id\": \"Where\"");
    let broken = binary(&[], dir.path());
    assert_eq!(broken.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(
        stderr.contains(&format!("{}: $.pages[2].id", file.display())),
        "{stderr}"
    );
}

#[test]
fn check_reports_every_file_of_the_catalog_and_exits_0_only_when_all_are_sound() {
    let good = binary(&["--check"], &catalog());
    assert_eq!(good.status.code(), Some(0), "{good:?}");
    assert!(String::from_utf8_lossy(&good.stdout).contains("have no problems"));

    // A broken service and a broken second municipality: both are reported, although
    // a server would only run for one municipality.
    let dir = catalog_copy();
    let service = dir.path().join("services/report-road-problem.json");
    edit(&service, "\"goto\": \"describe\"", "\"goto\": \"beskriv\"");
    let second = dir.path().join("municipalities/anden.json");
    let first = std::fs::read_to_string(dir.path().join("municipalities/fjordby.json")).unwrap();
    std::fs::write(
        &second,
        first
            .replacen("\"id\": \"fjordby\"", "\"id\": \"anden\"", 1)
            .replacen("\"--kk-colour-brand\"", "\"colour-brand\"", 1),
    )
    .unwrap();
    let broken = binary(&["--check"], dir.path());
    assert_eq!(broken.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(
        stderr.contains(&format!("{}: $.pages[0].next[0].goto", service.display())),
        "{stderr}"
    );
    assert!(stderr.contains(&second.display().to_string()), "{stderr}");
}
