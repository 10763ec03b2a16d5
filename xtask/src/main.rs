//! `cargo xtask run | test | bench | dist`: the developer and CI entry points.
//!
//! Every command installs what is missing first (from the package registries only),
//! then does its work, saying what it is doing while it takes minutes.

mod bench;
mod contract_test;
mod css;
mod fuzz;
mod journeys;
mod load;
mod openapi;
mod receiver;
mod render;
mod schema;
mod tools;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  run   [--addr HOST:PORT]   install what is missing, build the portal in release mode and
                             serve it with the sample catalog (default 127.0.0.1:8080)
  test                       install what is missing and run every check: fmt, clippy,
                             native tests, browser tests, end-to-end journeys with axe
                             (the fault matrix among them), and the contract test
                             (schemathesis against the reference server's OpenAPI)
  bench                      time the forms engine natively and in wasm (headless
                             Chromium), load the reference server with submissions at
                             increasing rates, then build the release portal and print
                             the size of every file (raw, gzip, brotli), the totals
                             and the wasm of the gallery's own build, and time a page
                             of 100 fields from navigation to painted in headless
                             Chromium (alone: bench-render)
  dist                       build the release portal into dist/ and the component
                             gallery (its own build) into dist/komponenter/
  css                        write style/portal.css, the one stylesheet the portal
                             links, from style/ (tokens, base, layout, every
                             components/*.css, utilities); run, dist, test and bench
                             write it first
  contract                   only the contract test of `test`: schemathesis (installed
                             from PyPI into .tools/venv) against a reference server of
                             its own, checking every answer against server/openapi.json
  check-catalog              check every service definition and municipality in
                             catalog/ and report every problem with its file and path
  journeys [--out FILE]      write the generated test journeys of every catalog service
                             (every page and route, dates for today in UTC) as JSON
                             to FILE or stdout; the end-to-end walker replays them
  schema                     write every generated contract file: the JSON Schemas of
                             the catalog formats into catalog/schema/ (editors use
                             them through \"$schema\") and server/openapi.json
  openapi                    write the OpenAPI 3.1 document of /api/v1 into
                             server/openapi.json
  fuzz  [--seconds N]        search for definitions that make the loader panic, with
                             cargo-fuzz (libFuzzer, AddressSanitizer), starting from
                             the catalog; installs cargo-fuzz; default 300 s
  install                    only install the tools";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench::bench(),
        // The forms engine figures of this build of the xtask, one line each.
        Some("bench-engine") => bench::engine_figures(),
        // Only the load test of `bench`.
        Some("bench-load") => load::load_test(),
        // Only the render figure of `bench`: a page of 100 fields in headless Chromium.
        Some("bench-render") => tools::ensure_all().and_then(|t| render::render_bench(&t)),
        Some("dist") => tools::ensure_build_tools().and_then(|t| build_dist(&t)),
        Some("install") => tools::ensure_all().map(|_| ()),
        Some("fuzz") => fuzz::parse_seconds(&args[1..]).and_then(fuzz::run),
        Some("check-catalog") => check_catalog(),
        // Only the contract test of `test`.
        Some("contract") => contract_test::run().and_then(|o| {
            println!("xtask: {} passed, {} failed", o.passed, o.failed);
            if o.ok {
                Ok(())
            } else {
                Err("the contract test failed".into())
            }
        }),
        Some("journeys") => {
            journeys::parse_out(&args[1..]).and_then(|out| journeys::write(out.as_deref()))
        }
        Some("css") => css::write(),
        Some("schema") => schema::write().and_then(|()| openapi::write()),
        Some("openapi") => openapi::write(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Prints a step heading.
pub fn step(msg: &str) {
    println!("\n==> {msg}");
}

/// Runs a command to completion, failing with its name when it fails.
pub fn run_cmd(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Where the gallery's own build goes in dist/: the server answers `/komponenter` from it.
pub const GALLERY_DIST: &str = "dist/komponenter";

/// Builds the portal in release mode into dist/ with trunk, offline, then the component
/// gallery (gallery.html: the app with the `gallery` feature) into dist/komponenter/, so
/// citizens never download the gallery. The portal's build empties dist/ first, so it
/// goes first. Both link style/portal.css, written from its sources first.
pub fn build_dist(tools: &tools::Tools) -> Result<(), String> {
    css::write()?;
    step("Building the portal (release, wasm-opt -Oz) into dist/");
    run_cmd(
        tools
            .command("trunk")
            .args(["build", "--release", "--offline"])
            .current_dir(root()),
    )?;
    step("Building the component gallery (release) into dist/komponenter/");
    run_cmd(
        tools
            .command("trunk")
            .args(["build", "gallery.html", "--release", "--offline"])
            .args(["--dist", GALLERY_DIST, "--public-url", "/komponenter/"])
            .current_dir(root()),
    )
}

fn parse_addr(args: &[String]) -> Result<String, String> {
    let mut addr = std::env::var("KK_ADDR").unwrap_or_else(|_| "127.0.0.1:8080".into());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--addr" => {
                addr = it
                    .next()
                    .ok_or("--addr needs a value such as 127.0.0.1:8080")?
                    .clone()
            }
            other => return Err(format!("unknown option `{other}` for run\n\n{USAGE}")),
        }
    }
    Ok(addr)
}

fn run(args: &[String]) -> Result<(), String> {
    let addr = parse_addr(args)?;
    let tools = tools::ensure_build_tools()?;
    build_dist(&tools)?;
    step("Building the reference server");
    run_cmd(
        Command::new(tools::cargo())
            .args(["build", "--profile", "server", "-p", "kommunekit-server"])
            .current_dir(root()),
    )?;
    let server = root().join("target/server/kommunekit-server");
    step(&format!(
        "Serving the portal at http://{addr} (Ctrl-C stops it)"
    ));
    run_cmd(
        Command::new(server)
            .args(["--addr", &addr, "--data", "data", "--catalog", "catalog"])
            .args(["--dist", "dist"])
            .current_dir(root()),
    )
}

/// Checks the whole catalog with the reference server's own loader.
fn check_catalog() -> Result<(), String> {
    step("Checking every file of catalog/");
    run_cmd(
        Command::new(tools::cargo())
            .args(["run", "--quiet", "-p", "kommunekit-server", "--"])
            .args(["--check", "--catalog", "catalog"])
            .current_dir(root()),
    )
    .map_err(|_| "the catalog has problems (listed above)".to_string())
}

/// Counts of tests, summed over every runner.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    ignored: u64,
    failed_steps: Vec<String>,
}

impl Tally {
    fn record(&mut self, name: &str, ok: bool) {
        if !ok {
            self.failed_steps.push(name.to_string());
        }
    }
}

/// Runs a command, echoing its output, and returns (success, output lines).
fn run_capture(cmd: &mut Command) -> Result<(bool, Vec<String>), String> {
    let shown = format!("{cmd:?}");
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    let mut lines = Vec::new();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            lines.push(line);
        }
    }
    let status = child.wait().map_err(|e| format!("{shown}: {e}"))?;
    Ok((status.success(), lines))
}

/// Adds the counts of libtest's `test result:` lines.
fn count_cargo(lines: &[String], tally: &mut Tally) {
    for line in lines {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            continue;
        };
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(kind), Some(n)) = (words.next(), words.next()) else {
                continue;
            };
            let n: u64 = n.parse().unwrap_or(0);
            match kind {
                "passed" => tally.passed += n,
                "failed" => tally.failed += n,
                "ignored" => tally.ignored += n,
                _ => {}
            }
        }
    }
}

/// Adds the counts of node's test runner (`# pass N`, `# fail N`).
fn count_node(lines: &[String], tally: &mut Tally) {
    for line in lines {
        let l = line.trim();
        if let Some(n) = l.strip_prefix("# pass ") {
            tally.passed += n.trim().parse::<u64>().unwrap_or(0);
        } else if let Some(n) = l.strip_prefix("# fail ") {
            tally.failed += n.trim().parse::<u64>().unwrap_or(0);
        } else if let Some(n) = l.strip_prefix("# skipped ") {
            tally.ignored += n.trim().parse::<u64>().unwrap_or(0);
        }
    }
}

fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port on 127.0.0.1: {e}"))
}

/// A fresh temporary folder `kommunekit-{name}-{pid}`, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("kommunekit-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies every file (not the folders) of `from` into `to`, which it creates.
fn copy_files(from: &Path, to: &Path) -> Result<(), String> {
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    std::fs::create_dir_all(to).map_err(|e| io(to, e))?;
    for entry in std::fs::read_dir(from).map_err(|e| io(from, e))? {
        let path = entry.map_err(|e| io(from, e))?.path();
        if let Some(name) = path.file_name().filter(|_| path.is_file()) {
            std::fs::copy(&path, to.join(name)).map_err(|e| io(&path, e))?;
        }
    }
    Ok(())
}

/// A server process that is stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_healthy(addr: &str, server: &mut Server) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = server.0.try_wait() {
            return Err(format!("the server exited before it was ready ({status})"));
        }
        if std::net::TcpStream::connect(addr).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!("the server did not listen on {addr} within 30 s"))
}

fn test() -> Result<(), String> {
    let started = Instant::now();
    let tools = tools::ensure_all()?;
    let root = root();
    let mut tally = Tally::default();

    step("cargo fmt --check");
    let ok = Command::new(tools::cargo())
        .args(["fmt", "--all", "--check"])
        .current_dir(&root)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    tally.record("fmt", ok);

    step("cargo clippy (native, all targets)");
    let ok = run_cmd(
        Command::new(tools::cargo())
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
            .current_dir(&root),
    )
    .is_ok();
    tally.record("clippy", ok);

    step("cargo clippy (wasm32: app, components and their browser tests)");
    let ok = run_cmd(
        Command::new(tools::cargo())
            .args(["clippy", "-p", "kommunekit", "-p", "kommunekit-components"])
            .args(["--target", "wasm32-unknown-unknown", "--all-targets"])
            // The native clippy sees the portal without the gallery; this one with it.
            .args(["--features", "kommunekit/gallery"])
            .args(["--", "-D", "warnings"])
            .current_dir(&root),
    )
    .is_ok();
    tally.record("clippy wasm32", ok);

    let ok = check_catalog().is_ok();
    tally.record("check-catalog", ok);

    step("Native tests of every crate");
    let (ok, lines) = run_capture(
        Command::new(tools::cargo())
            .args(["test", "--workspace"])
            .current_dir(&root),
    )?;
    count_cargo(&lines, &mut tally);
    tally.record("native tests", ok);

    step("Browser tests (wasm-bindgen-test in headless Chromium)");
    let (ok, lines) = run_capture(
        tools
            .command("cargo")
            .args(["test", "-p", "kommunekit-components"])
            .args(["--target", "wasm32-unknown-unknown"])
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
            .current_dir(root.join("components")),
    )?;
    count_cargo(&lines, &mut tally);
    tally.record("browser tests", ok);

    match end_to_end(&tools, &mut tally) {
        Ok(ok) => tally.record("end-to-end", ok),
        Err(e) => {
            eprintln!("xtask: end-to-end: {e}");
            tally.record("end-to-end", false);
        }
    }

    match contract_test::run() {
        Ok(outcome) => {
            tally.passed += outcome.passed;
            tally.failed += outcome.failed;
            tally.record("contract (schemathesis)", outcome.ok);
        }
        Err(e) => {
            eprintln!("xtask: contract test: {e}");
            tally.record("contract (schemathesis)", false);
        }
    }

    let secs = started.elapsed().as_secs();
    println!();
    if tally.failed_steps.is_empty() {
        println!(
            "xtask: every check passed in {}m{:02}s",
            secs / 60,
            secs % 60
        );
    } else {
        println!("xtask: failed steps: {}", tally.failed_steps.join(", "));
    }
    let failed = tally.failed.max(u64::from(!tally.failed_steps.is_empty()));
    println!(
        "xtask: {} passed, {} failed, {} skipped",
        tally.passed, tally.failed, tally.ignored
    );
    if tally.failed_steps.is_empty() && failed == 0 {
        Ok(())
    } else {
        Err(format!(
            "{} step(s) failed",
            tally.failed_steps.len().max(1)
        ))
    }
}

fn end_to_end(tools: &tools::Tools, tally: &mut Tally) -> Result<bool, String> {
    let root = root();
    build_dist(tools)?;
    step("Building the reference server for the journeys");
    run_cmd(
        Command::new(tools::cargo())
            .args(["build", "-p", "kommunekit-server"])
            .current_dir(&root),
    )?;
    let data = std::env::temp_dir().join(format!("kommunekit-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let addr = format!("127.0.0.1:{}", free_port()?);
    step(&format!("Starting the reference server on {addr}"));
    let log = std::fs::File::create(std::env::temp_dir().join("kommunekit-e2e-server.log"))
        .map_err(|e| e.to_string())?;
    let mut server = Server(
        Command::new(root.join("target/debug/kommunekit-server"))
            .args(["--addr", &addr, "--catalog", "catalog", "--dist", "dist"])
            .arg("--data")
            .arg(&data)
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .current_dir(&root)
            .spawn()
            .map_err(|e| format!("could not start the server: {e}"))?,
    );
    wait_healthy(&addr, &mut server)?;
    step("Generating a journey through every page and route of every service");
    let journeys =
        std::env::temp_dir().join(format!("kommunekit-journeys-{}.json", std::process::id()));
    let journeys_ok = match journeys::write(Some(&journeys)) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("xtask: journeys: {e}");
            tally.record("journeys", false);
            false
        }
    };
    step("End-to-end journeys (Playwright on Chromium, with axe)");
    let dir = root.join("tests/e2e");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    let mut node = tools.command("node");
    node.args(["--test", "--test-concurrency=1", "--test-reporter=tap"])
        .args(&files)
        .env("KK_BASE_URL", format!("http://{addr}"))
        .env("KK_DB", data.join("kommunekit.sqlite3"))
        .env("KK_CHROMIUM", tools::CHROMIUM)
        .current_dir(&dir);
    // Without journeys the walker of every service skips; the failed step says why.
    if journeys_ok {
        node.env("KK_JOURNEYS", &journeys);
    } else {
        node.env_remove("KK_JOURNEYS");
    }
    let (ok, lines) = run_capture(&mut node)?;
    count_node(&lines, tally);
    drop(server);
    let _ = std::fs::remove_dir_all(&data);
    let _ = std::fs::remove_file(&journeys);
    Ok(ok)
}
