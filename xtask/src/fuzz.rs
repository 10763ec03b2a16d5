//! `cargo xtask fuzz [--seconds N]`: an open-ended search for definitions that make the
//! loader panic, with cargo-fuzz (libFuzzer and AddressSanitizer).
//!
//! cargo-fuzz passes `-Z` flags to rustc, which a stable compiler accepts only with
//! `RUSTC_BOOTSTRAP=1`; so the search runs on the machine's one (stable) toolchain.
//! The corpus starts from every definition in the catalog, so the fuzzer mutates
//! real definitions instead of searching for JSON from nothing.

use crate::{root, run_cmd, step, tools};
use std::path::Path;
use std::process::Command;

/// The fuzz target that loads, analyses and walks a definition.
const TARGET: &str = "load_definition";
/// How long a run lasts when `--seconds` is not given.
const DEFAULT_SECONDS: u64 = 300;

/// Reads `--seconds N`.
pub fn parse_seconds(args: &[String]) -> Result<u64, String> {
    let mut seconds = DEFAULT_SECONDS;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seconds" => {
                let v = it.next().ok_or("--seconds needs a number, such as 300")?;
                seconds = v
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or_else(|| format!("--seconds {v}: give a whole number above 0"))?;
            }
            other => return Err(format!("unknown option `{other}` for fuzz")),
        }
    }
    Ok(seconds)
}

/// Installs cargo-fuzz if it is missing, seeds the corpus and runs the target.
pub fn run(seconds: u64) -> Result<(), String> {
    let root = root();
    let has_cargo_fuzz = Command::new(tools::cargo())
        .args(["fuzz", "--version"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !has_cargo_fuzz {
        step("Installing cargo-fuzz (cargo install, about 2 minutes)");
        run_cmd(Command::new(tools::cargo()).args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let corpus = root.join("fuzz/corpus").join(TARGET);
    seed_corpus(&root.join("catalog/services"), &corpus)?;
    seed_corpus(&root.join("forms/tests/fixtures"), &corpus)?;
    step(&format!(
        "Fuzzing {TARGET} for {seconds} s (crashes are written to fuzz/artifacts/{TARGET}/)"
    ));
    run_cmd(
        Command::new(tools::cargo())
            .args(["fuzz", "run", TARGET, "--"])
            .arg(format!("-max_total_time={seconds}"))
            .arg("-max_len=65536")
            .env("RUSTC_BOOTSTRAP", "1")
            .current_dir(root.join("fuzz")),
    )
    .map_err(|e| format!("{e}: the fuzzer found an input that fails; see above"))
}

/// Copies every JSON file of `from` into the corpus folder.
fn seed_corpus(from: &Path, corpus: &Path) -> Result<(), String> {
    std::fs::create_dir_all(corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, corpus.join(name))
                    .map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    Ok(())
}
