//! `cargo xtask bench`: what the portal costs a citizen to load.

use crate::{root, tools};
use kommunekit_forms::{load_definition, Answer, Answers, Date, DateAnswer, Journey};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// How often the whole catalog is loaded for its figure.
const CATALOG_RUNS: usize = 31;
/// How often the 500-field page is validated for its figure.
const PAGE_RUNS: usize = 201;
/// The fields of the synthetic page.
const PAGE_FIELDS: usize = 500;

/// Median and spread (10th to 90th percentile) of timings in microseconds.
struct Spread {
    median: f64,
    p10: f64,
    p90: f64,
}

fn spread(mut us: Vec<f64>) -> Spread {
    us.sort_by(f64::total_cmp);
    let at = |q: f64| us[((us.len() - 1) as f64 * q).round() as usize];
    Spread {
        median: at(0.5),
        p10: at(0.1),
        p90: at(0.9),
    }
}

fn time_runs(runs: usize, mut f: impl FnMut()) -> Spread {
    f(); // warm up
    spread(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_secs_f64() * 1e6
            })
            .collect(),
    )
}

/// A service with one page of many fields of every common type, and answers to all.
fn synthetic_page(fields: usize) -> Result<(kommunekit_forms::ServiceDefinition, Answers), String> {
    let t = serde_json::json!({"da": "Tekst", "en": "Text"});
    let options = serde_json::json!([
        {"value": "a", "label": t}, {"value": "b", "label": t}, {"value": "c", "label": t}
    ]);
    let mut list = Vec::new();
    let mut answers = Answers::new();
    for i in 0..fields {
        let id = format!("f{i}");
        let (field, answer) = match i % 8 {
            0 => (
                serde_json::json!({"type": "text", "max_length": 200}),
                Answer::Text("Havnegade 12".into()),
            ),
            1 => (
                serde_json::json!({"type": "email"}),
                Answer::Text("borger@example.dk".into()),
            ),
            2 => (
                serde_json::json!({"type": "number", "number": {"decimals": 1, "min": 0, "max": 1000}}),
                Answer::Text("12,5".into()),
            ),
            3 => (
                serde_json::json!({"type": "money", "money": {"max": "100000"}}),
                Answer::Text("1.234,50".into()),
            ),
            4 => (
                serde_json::json!({"type": "date", "date": {"not_future": true}}),
                Answer::Date(DateAnswer::new("1", "3", "2025")),
            ),
            5 => (
                serde_json::json!({"type": "radios", "options": options}),
                Answer::Text("b".into()),
            ),
            6 => (
                serde_json::json!({"type": "checkboxes", "options": options}),
                Answer::Many(vec!["a".into(), "c".into()]),
            ),
            _ => (
                serde_json::json!({"type": "phone"}),
                Answer::Text("+45 12 34 56 78".into()),
            ),
        };
        let mut field = field;
        field["id"] = id.clone().into();
        field["label"] = t.clone();
        list.push(field);
        answers.insert(id, answer);
    }
    let v = serde_json::json!({
        "id": "bench", "version": 1, "title": t, "description": t, "start": {"body": [t]},
        "pages": [{"id": "big", "title": t, "fields": list}],
        "check_answers": {"title": t, "submit_label": t},
        "confirmation": {"title": t, "next_steps": [t]},
    });
    let def = load_definition(&v.to_string()).map_err(|e| format!("the bench page: {e}"))?;
    Ok((def, answers))
}

/// Times the forms engine natively: loading and checking the whole catalog, and
/// validating one page of 500 fields. Printed, never asserted.
pub fn engine_figures() -> Result<(), String> {
    let dir = root().join("catalog/services");
    let mut texts = Vec::new();
    let mut paths = Vec::new();
    files(&dir, &mut paths).map_err(|e| format!("{}: {e}", dir.display()))?;
    paths.retain(|p| p.extension().is_some_and(|e| e == "json"));
    for p in &paths {
        texts.push(std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?);
    }
    let build = if cfg!(debug_assertions) {
        "debug build of xtask: unoptimised, compare figures only with each other"
    } else {
        "optimised build"
    };
    println!("\nForms engine, native ({build}; median, 10th-90th percentile):");
    let load = time_runs(CATALOG_RUNS, || {
        for text in &texts {
            let _ = std::hint::black_box(load_definition(std::hint::black_box(text)));
        }
    });
    println!(
        "load and check the catalog ({} services, {} runs): {:.0} µs ({:.0}-{:.0})",
        texts.len(),
        CATALOG_RUNS,
        load.median,
        load.p10,
        load.p90
    );
    let (def, answers) = synthetic_page(PAGE_FIELDS)?;
    let today = Date::new(2026, 11, 27).ok_or("a date")?;
    let mut errors = 0;
    let page = time_runs(PAGE_RUNS, || {
        let journey = Journey::new(&def, &answers, today);
        errors = std::hint::black_box(journey.validate_page("big")).len();
    });
    println!(
        "validate a page of {PAGE_FIELDS} fields ({PAGE_RUNS} runs, {errors} errors): {:.0} µs ({:.0}-{:.0})",
        page.median, page.p10, page.p90
    );
    Ok(())
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

/// Prints the timings of the forms engine, then builds the release portal and prints
/// every file's raw, gzip and brotli size.
pub fn bench() -> Result<(), String> {
    if cfg!(debug_assertions) {
        // A debug build's timings say little: take them from an optimised xtask.
        crate::run_cmd(
            std::process::Command::new(tools::cargo())
                .args([
                    "run",
                    "--release",
                    "--quiet",
                    "-p",
                    "xtask",
                    "--",
                    "bench-engine",
                ])
                .current_dir(root()),
        )?;
    } else {
        engine_figures()?;
    }
    let t = tools::ensure_build_tools()?;
    crate::run_cmd(
        t.command("trunk")
            .args(["build", "--release", "--offline"])
            .current_dir(root()),
    )?;
    let dist = root().join("dist");
    let mut all = Vec::new();
    files(&dist, &mut all).map_err(|e| format!("{}: {e}", dist.display()))?;
    all.sort();
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
    println!(
        "total brotli: {:.1} kB (budget 77 kB)",
        br_t as f64 / 1000.0
    );
    Ok(())
}
