//! `cargo xtask bench`: what the portal costs a citizen to load.

use crate::{root, run_capture, tools};
use kommunekit_bench::{parse_line, Figure};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The first-load budget of the portal, brotli, in kB.
const BUDGET_KB: f64 = 77.0;

/// Prints the figures of the forms engine in this process (unoptimised in a debug
/// build of the xtask; `cargo xtask bench` takes them from release builds).
pub fn engine_figures() -> Result<(), String> {
    let start = std::time::Instant::now();
    let figures = kommunekit_bench::measure(|| start.elapsed().as_secs_f64() * 1e6)
        .map_err(|e| e.to_string())?;
    println!("{}", figures.lines());
    Ok(())
}

/// The forms engine figures of one run: the lines the harness printed.
fn read_figures(lines: &[String], what: &str) -> Result<(Figure, Figure), String> {
    let figures: Vec<Figure> = lines.iter().filter_map(|l| parse_line(l)).collect();
    let find = |name: &str| {
        figures
            .iter()
            .find(|f| f.name == name)
            .cloned()
            .ok_or_else(|| format!("the {what} run printed no `{name}` figure"))
    };
    Ok((find("catalog")?, find("page")?))
}

/// The forms engine timed natively, from a release build.
fn native_figures() -> Result<(Figure, Figure), String> {
    crate::step("Forms engine, native (release build)");
    let (ok, lines) = run_capture(
        Command::new(tools::cargo())
            .args(["run", "--release", "--quiet", "-p", "kommunekit-bench"])
            .current_dir(root()),
    )?;
    if !ok {
        return Err("the native forms engine figures failed (see above)".into());
    }
    read_figures(&lines, "native")
}

/// The same workloads in wasm, release build, in headless Chromium through
/// wasm-bindgen-test-runner (the browser's flags are in bench/webdriver.json).
fn wasm_figures(t: &tools::Tools) -> Result<(Figure, Figure), String> {
    crate::step("Forms engine, wasm in headless Chromium (release build)");
    let (ok, lines) = run_capture(
        t.command("cargo")
            .args(["test", "--release", "-p", "kommunekit-bench"])
            .args(["--target", "wasm32-unknown-unknown", "--test", "browser"])
            .args(["--", "--nocapture"])
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("WASM_BINDGEN_TEST_TIMEOUT", "300")
            .current_dir(root().join("bench")),
    )?;
    if !ok {
        return Err("the wasm forms engine figures failed (see above)".into());
    }
    read_figures(&lines, "wasm")
}

/// `1234 (1100-1400)`: median and spread in µs.
fn shown(f: &Figure) -> String {
    format!(
        "{:.0} ({:.0}-{:.0})",
        f.spread.median, f.spread.p10, f.spread.p90
    )
}

/// The cores and how busy they were: figures taken while other work runs are slower
/// and wider.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .map_or_else(String::new, |l| {
            format!(", load average {l} (1, 5, 15 min)")
        });
    format!("machine: {cores} cores{load}")
}

/// Prints native and wasm figures side by side.
fn print_engine(native: &(Figure, Figure), wasm: &(Figure, Figure)) {
    println!(
        "\nForms engine (release profile, opt-level \"z\" as the portal ships; µs per run, \
         median (10th-90th percentile); wasm in headless Chromium, performance.now()):"
    );
    println!("{}", machine());
    println!(
        "{:<52} {:>20} {:>20} {:>12}",
        "workload", "native", "wasm", "wasm/native"
    );
    for (n, w) in [(&native.0, &wasm.0), (&native.1, &wasm.1)] {
        let what = match n.name.as_str() {
            "catalog" => format!("load and check the catalog ({} services)", n.size),
            _ => format!("validate a page of {} fields", n.size),
        };
        println!(
            "{:<52} {:>20} {:>20} {:>12.2}",
            format!("{what}, {} runs", n.runs),
            shown(n),
            shown(w),
            w.spread.median / n.spread.median
        );
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn gzip_len(data: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(data);
    enc.finish().map(|v| v.len()).unwrap_or(0)
}

fn brotli_len(data: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    match brotli::BrotliCompress(&mut &data[..], &mut out, &params) {
        Ok(_) => out.len(),
        Err(_) => 0,
    }
}

/// Brotli of the concatenation of some files.
fn brotli_together(paths: &[PathBuf]) -> Result<(usize, usize), String> {
    let mut all = Vec::new();
    for p in paths {
        all.extend(std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    Ok((all.len(), brotli_len(&all)))
}

/// The files of a build folder that a browser loads, without the gallery's own build
/// (dist/komponenter/) and the precompressed copies the server may hold beside them.
fn first_load_files(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let gallery = root().join(crate::GALLERY_DIST);
    let mut all = Vec::new();
    files(dist, &mut all).map_err(|e| format!("{}: {e}", dist.display()))?;
    all.retain(|p| {
        !p.starts_with(&gallery) && !p.extension().is_some_and(|e| e == "br" || e == "gz")
    });
    all.sort();
    Ok(all)
}

/// Builds the release portal into dist/ (and the gallery into dist/komponenter/) and
/// prints every file's raw, gzip and brotli size, the total against the budget, the CSS
/// together, and the wasm of the gallery's build.
fn sizes(t: &tools::Tools) -> Result<(), String> {
    crate::step("Building the portal and the gallery (release) into dist/ for their sizes");
    crate::build_dist(t)?;
    let dist = root().join("dist");
    let all = first_load_files(&dist)?;
    println!("\nFirst load of the portal (dist/, release):");
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "file", "raw", "gzip", "brotli"
    );
    let (mut raw_t, mut gz_t, mut br_t) = (0, 0, 0);
    for path in &all {
        let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (raw, gz, br) = (data.len(), gzip_len(&data), brotli_len(&data));
        raw_t += raw;
        gz_t += gz;
        br_t += br;
        let name = path
            .strip_prefix(&dist)
            .unwrap_or(path)
            .display()
            .to_string();
        println!("{name:<48} {raw:>10} {gz:>10} {br:>10}");
    }
    println!("{:<48} {raw_t:>10} {gz_t:>10} {br_t:>10}", "total");
    let kb = br_t as f64 / 1000.0;
    println!(
        "first load, every file brotli: {kb:.1} kB against the {BUDGET_KB:.0} kB budget = {:.2}x the budget",
        kb / BUDGET_KB
    );
    let is_css = |p: &&PathBuf| p.extension().is_some_and(|e| e == "css");
    let css: Vec<PathBuf> = all.iter().filter(is_css).cloned().collect();
    // The components ship inside the one stylesheet, style/portal.css: their rules alone.
    let (count, compact) = crate::css::components_compact(&root()).map_err(|e| e.to_string())?;
    println!(
        "component CSS ({count} sheets of style/components/, without comments and spare white \
         space, as in style/portal.css) together: {} bytes raw, {} bytes brotli",
        compact.len(),
        brotli_len(compact.as_bytes())
    );
    let (raw, br) = brotli_together(&css)?;
    println!(
        "all CSS of the first load ({} files in dist/) together: {raw} bytes raw, {br} bytes brotli",
        css.len()
    );
    let gallery = root().join(crate::GALLERY_DIST);
    let mut gallery_files = Vec::new();
    files(&gallery, &mut gallery_files).map_err(|e| format!("{}: {e}", gallery.display()))?;
    let is_wasm = |p: &&PathBuf| p.extension().is_some_and(|e| e == "wasm");
    let gallery_wasm: Vec<PathBuf> = gallery_files.iter().filter(is_wasm).cloned().collect();
    let portal_wasm: Vec<PathBuf> = all.iter().filter(is_wasm).cloned().collect();
    let (raw, br) = brotli_together(&gallery_wasm)?;
    let (_, portal_br) = brotli_together(&portal_wasm)?;
    println!(
        "wasm with the gallery (dist/komponenter/, never loaded by citizens): {raw} bytes raw, \
         {br} bytes brotli, {} bytes brotli more than the portal's",
        br as i64 - portal_br as i64
    );
    Ok(())
}

/// Prints the forms engine figures natively and in wasm side by side, loads the
/// reference server, builds the release portal and prints its sizes, then times a page
/// of 100 fields from navigation to painted in Chromium. Every part runs even when an
/// earlier one fails; the command fails if any did.
pub fn bench() -> Result<(), String> {
    let t = tools::ensure_all()?;
    let mut failed = Vec::new();
    let native = native_figures();
    let wasm = wasm_figures(&t);
    match (native, wasm) {
        (Ok(native), Ok(wasm)) => print_engine(&native, &wasm),
        (native, wasm) => {
            for e in [native.err(), wasm.err()].into_iter().flatten() {
                eprintln!("xtask: bench: {e}");
                failed.push(e);
            }
        }
    }
    if let Err(e) = crate::load::load_test() {
        eprintln!("xtask: bench: {e}");
        failed.push(e);
    }
    if let Err(e) = sizes(&t) {
        eprintln!("xtask: bench: {e}");
        failed.push(e);
    }
    if let Err(e) = crate::render::render_bench(&t) {
        eprintln!("xtask: bench: {e}");
        failed.push(e);
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed.join("; "))
    }
}
