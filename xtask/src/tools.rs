//! Installs and finds the tools the build and the tests need, from the package
//! registries only: rustup's wasm32 target, trunk and wasm-bindgen-cli from crates.io,
//! binaryen's wasm-opt, terser and the end-to-end packages from npm, Chromium from Debian.

use crate::{root, run_cmd, step};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian's Chromium.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's ChromeDriver, matching it.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The trunk series that builds with this Rust (0.22 needs a newer rustc).
const TRUNK_SERIES: &str = "0.21";

/// The PATH under which the installed tools are found first.
pub struct Tools {
    path: OsString,
}

impl Tools {
    /// A command that finds the installed tools on its PATH.
    pub fn command(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env("PATH", &self.path);
        c
    }
}

/// The cargo that runs this xtask.
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn cargo_bin() -> PathBuf {
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        return PathBuf::from(home).join("bin");
    }
    let home = std::env::var_os("HOME").unwrap_or_else(|| "/root".into());
    PathBuf::from(home).join(".cargo/bin")
}

fn node_tools_dir() -> PathBuf {
    root().join("xtask/node")
}

fn tools_path() -> Result<OsString, String> {
    let mut dirs = vec![cargo_bin(), node_tools_dir().join("node_modules/.bin")];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).map_err(|e| e.to_string())
}

/// The first line a tool prints for `--version`, if it runs.
fn version_of(tools: &Tools, program: &str) -> Option<String> {
    let out = tools.command(program).arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().next().map(|l| l.trim().to_string())
}

/// The wasm-bindgen version that Cargo.lock pins.
pub fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e} (run `cargo generate-lockfile`)"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|l| l.strip_suffix('"'))
            {
                return Ok(v.to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn ensure_wasm_target() -> Result<(), String> {
    let out = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup is needed to add the wasm32 target: {e}"))?;
    if String::from_utf8_lossy(&out.stdout)
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    step("Installing the Rust target wasm32-unknown-unknown (rustup)");
    run_cmd(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_trunk(tools: &Tools) -> Result<(), String> {
    let wanted = format!("trunk {TRUNK_SERIES}.");
    if version_of(tools, "trunk").is_some_and(|v| v.starts_with(&wanted)) {
        return Ok(());
    }
    step(&format!(
        "Installing trunk {TRUNK_SERIES}.x with cargo (takes about 12 minutes, once)"
    ));
    run_cmd(Command::new(crate::tools::cargo()).args([
        "install",
        "trunk",
        "--version",
        &format!("~{TRUNK_SERIES}"),
        "--locked",
    ]))
}

fn ensure_wasm_bindgen(tools: &Tools) -> Result<(), String> {
    let version = locked_wasm_bindgen()?;
    let wanted = format!("wasm-bindgen {version}");
    let runner_ok = tools
        .command("wasm-bindgen-test-runner")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if version_of(tools, "wasm-bindgen").is_some_and(|v| v == wanted) && runner_ok {
        return Ok(());
    }
    step(&format!(
        "Installing wasm-bindgen-cli {version} (the version in Cargo.lock) with cargo (about 5 minutes, once)"
    ));
    // Not --locked: a dependency locked by wasm-bindgen-cli is missing from the registry.
    run_cmd(Command::new(crate::tools::cargo()).args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &format!("={version}"),
        "--force",
    ]))
}

/// Installs the npm packages of a folder from its package-lock.json when they are
/// missing or the lock changed.
fn ensure_npm(dir: &Path, what: &str) -> Result<(), String> {
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.kk-installed-lock");
    let wanted = std::fs::read(&lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    if std::fs::read(&stamp).is_ok_and(|have| have == wanted) {
        return Ok(());
    }
    step(&format!("Installing {what} with npm ci"));
    run_cmd(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir),
    )?;
    std::fs::write(&stamp, wanted).map_err(|e| format!("{}: {e}", stamp.display()))
}

fn ensure_wasm_opt(tools: &Tools) -> Result<(), String> {
    ensure_npm(&node_tools_dir(), "binaryen's wasm-opt and terser")?;
    match version_of(tools, "wasm-opt") {
        Some(v) if v.contains("version 132") => Ok(()),
        Some(v) => Err(format!(
            "the wasm-opt found first on PATH is `{v}`, not npm's binaryen 132"
        )),
        None => Err("wasm-opt from npm's binaryen does not run".into()),
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn ensure_debian_packages() -> Result<(), String> {
    let needed = [
        ("chromium", CHROMIUM),
        ("chromium-driver", CHROMEDRIVER),
        ("sqlite3", "/usr/bin/sqlite3"),
    ];
    let missing: Vec<&str> = needed
        .iter()
        .filter(|(_, path)| !Path::new(path).exists())
        .map(|(pkg, _)| *pkg)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "the Debian packages {} are missing; install them as root: apt-get update && apt-get install -y {}",
            missing.join(", "),
            missing.join(" ")
        ));
    }
    step(&format!(
        "Installing Debian packages: {} (apt-get)",
        missing.join(", ")
    ));
    run_cmd(
        Command::new("apt-get")
            .arg("update")
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    run_cmd(
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// Makes sure of everything a release build of the portal needs.
pub fn ensure_build_tools() -> Result<Tools, String> {
    let tools = Tools {
        path: tools_path()?,
    };
    ensure_wasm_target()?;
    if !root().join("Cargo.lock").exists() {
        run_cmd(
            Command::new(cargo())
                .arg("generate-lockfile")
                .current_dir(root()),
        )?;
    }
    ensure_trunk(&tools)?;
    ensure_wasm_bindgen(&tools)?;
    ensure_wasm_opt(&tools)?;
    Ok(tools)
}

/// Makes sure of everything the tests need as well: Chromium, ChromeDriver, sqlite3
/// and the end-to-end packages.
pub fn ensure_all() -> Result<Tools, String> {
    let tools = ensure_build_tools()?;
    ensure_debian_packages()?;
    ensure_npm(&root().join("tests/e2e"), "the end-to-end test packages")?;
    Ok(tools)
}

/// The schemathesis release the contract test runs (from PyPI).
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

/// Installs schemathesis [`SCHEMATHESIS_VERSION`] into a virtual environment under the
/// ignored `.tools/venv` when it is missing or another version, and returns the path
/// of its command.
pub fn ensure_schemathesis() -> Result<PathBuf, String> {
    let venv = root().join(".tools/venv");
    let bin = venv.join("bin/schemathesis");
    let wanted = format!("version {SCHEMATHESIS_VERSION}");
    let installed = Command::new(&bin)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains(&wanted));
    if installed {
        return Ok(bin);
    }
    let python = venv.join("bin/python");
    if !python.exists() {
        step("Creating a Python virtual environment in .tools/venv");
        run_cmd(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    }
    step(&format!(
        "Installing schemathesis {SCHEMATHESIS_VERSION} from PyPI into .tools/venv (about a minute, once)"
    ));
    run_cmd(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .arg(format!("schemathesis=={SCHEMATHESIS_VERSION}")),
    )?;
    Ok(bin)
}
