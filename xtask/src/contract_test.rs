//! The contract test: schemathesis (from PyPI, a pinned version in `.tools/venv`)
//! generates requests from `server/openapi.json` and sends them to a reference server
//! of its own (a temporary data folder, an admin token, so the admin operations are
//! tested too), bounded in examples per operation and in time, with a fixed seed so a
//! failure can be replayed.
//!
//! Every check runs (`--checks all`: no server error, status codes, content types,
//! headers and bodies as the document says, malformed requests refused, missing
//! required headers refused, admin operations refused without the token, the stateful
//! links), except one: `positive_data_acceptance`, which expects every request that
//! fits the document to be accepted. The contract is generic over the catalog: a
//! service id, a page id and the answers must match a definition that each
//! municipality publishes (`GET /services/{id}`), which the document cannot enumerate;
//! so a body that fits the document but names no service, or answers a service wrongly,
//! is refused by design with the documented 400, 404 or 422.
//!
//! Its own server, not the end-to-end one: wrong resume codes from schemathesis make
//! 127.0.0.1 wait for 15 minutes, which would fail the save-and-return journeys.

use crate::{free_port, root, run_capture, step, tools, wait_healthy, Server};
use std::path::Path;
use std::process::Command;

/// The most test cases generated per operation and phase.
const MAX_EXAMPLES: &str = "25";
/// The time budget of the whole run, in seconds; fuzzing and the stateful phase repeat
/// until it is spent.
const MAX_SECONDS: &str = "60";
/// The seed of the generated requests.
const SEED: &str = "20261127";

/// What the contract test found: operations that passed and that failed (the stateful
/// phase counts as one), and whether the run succeeded as a whole.
pub struct Outcome {
    /// Operations with no failure.
    pub passed: u64,
    /// Operations with a failure or an error.
    pub failed: u64,
    /// Schemathesis exited with success and reported no failure.
    pub ok: bool,
}

/// Reads `tests`, `failures` and `errors` of the first `<testsuites>` element of a
/// JUnit report.
fn junit_counts(xml: &str) -> Option<(u64, u64)> {
    let start = xml.find("<testsuites")?;
    let tag = &xml[start..start + xml[start..].find('>')?];
    let attr = |name: &str| -> Option<u64> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = at + tag[at..].find('"')?;
        tag[at..end].parse().ok()
    };
    let tests = attr("tests")?;
    let failed = attr("failures")? + attr("errors")?;
    Some((tests.saturating_sub(failed), failed))
}

/// A token of the admin endpoints for this run only (at least 32 characters).
fn run_token() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("contract-{:032x}-{}", nanos, std::process::id())
}

/// Builds and starts a reference server with a temporary data folder and an admin
/// token, runs schemathesis against it, and reads its JUnit report.
pub fn run() -> Result<Outcome, String> {
    let schemathesis = tools::ensure_schemathesis()?;
    let root = root();
    step("Building the reference server for the contract test");
    crate::run_cmd(
        Command::new(tools::cargo())
            .args(["build", "-p", "kommunekit-server"])
            .current_dir(&root),
    )?;
    let work = std::env::temp_dir().join(format!("kommunekit-contract-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let dist = work.join("dist");
    std::fs::create_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    // The API is under test, not the portal: an empty page stands in for it.
    std::fs::write(
        dist.join("index.html"),
        "<!doctype html><html lang=\"da\"><title>KommuneKit</title></html>\n",
    )
    .map_err(|e| e.to_string())?;
    let result = run_in(&schemathesis, &root, &work);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn run_in(schemathesis: &Path, root: &Path, work: &Path) -> Result<Outcome, String> {
    let addr = format!("127.0.0.1:{}", free_port()?);
    let token = run_token();
    step(&format!(
        "Starting a reference server for the contract test on {addr}"
    ));
    let log_path = work.join("server.log");
    let log = std::fs::File::create(&log_path).map_err(|e| e.to_string())?;
    let mut server = Server(
        Command::new(root.join("target/debug/kommunekit-server"))
            .args(["--addr", &addr, "--catalog", "catalog"])
            .arg("--dist")
            .arg(work.join("dist"))
            .arg("--data")
            .arg(work.join("data"))
            .env("KK_ADMIN_TOKEN", &token)
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .current_dir(root)
            .spawn()
            .map_err(|e| format!("could not start the server: {e}"))?,
    );
    wait_healthy(&addr, &mut server)?;
    step(&format!(
        "Contract test: schemathesis {} against server/openapi.json (at most {MAX_EXAMPLES} cases per operation, {MAX_SECONDS} s)",
        tools::SCHEMATHESIS_VERSION
    ));
    let junit = work.join("junit.xml");
    let (exited_ok, _) = run_capture(
        Command::new(schemathesis)
            .arg("run")
            .arg(root.join("server/openapi.json"))
            .args(["--url", &format!("http://{addr}/api/v1")])
            .args(["--checks", "all"])
            .args(["--exclude-checks", "positive_data_acceptance"])
            .args(["--max-examples", MAX_EXAMPLES, "--max-time", MAX_SECONDS])
            .args(["--seed", SEED, "--workers", "1", "--no-color"])
            .args(["--request-timeout", "10"])
            .args(["--header", &format!("Authorization: Bearer {token}")])
            .args(["--generation-database", "none"])
            .args(["--report", "junit", "--report-junit-path"])
            .arg(&junit)
            .current_dir(work),
    )?;
    drop(server);
    let report = std::fs::read_to_string(&junit).unwrap_or_default();
    let (passed, failed) = junit_counts(&report).unwrap_or((0, 1));
    if !exited_ok {
        if let Ok(text) = std::fs::read_to_string(&log_path) {
            let tail: Vec<&str> = text.lines().rev().take(20).collect();
            eprintln!("the server's last lines:");
            for line in tail.iter().rev() {
                eprintln!("  {line}");
            }
        }
    }
    Ok(Outcome {
        passed,
        failed,
        ok: exited_ok && failed == 0,
    })
}

#[cfg(test)]
mod tests {
    use super::junit_counts;

    #[test]
    fn the_junit_counts_are_read_from_the_outer_element() {
        let cases = [
            (
                r#"<?xml version="1.0"?><testsuites errors="0" failures="0" skipped="0" tests="18" time="5"><testsuite tests="99">"#,
                Some((18, 0)),
            ),
            (
                r#"<testsuites errors="1" failures="2" skipped="0" tests="18" time="5">"#,
                Some((15, 3)),
            ),
            (r#"<testsuites failures="2" tests="18">"#, None),
            ("", None),
        ];
        for (xml, want) in cases {
            assert_eq!(junit_counts(xml), want, "{xml}");
        }
    }
}
