//! The render figure of `cargo xtask bench` (alone: `cargo xtask bench-render`): the
//! time from navigation start until a question page is painted, in headless Chromium,
//! with the release portal served by the reference server; and on that page, a
//! keystroke to what it changes painted (a character count, and the errors of the
//! whole page after Enter). Two pages: one of 100 fields, the large case, and one of
//! 10 fields, a page of ordinary size.
//!
//! Each page is the only page of a service in `bench/fixtures/`, kept out of
//! `catalog/services/` so that no catalog check or journey walker takes it; the server
//! gets a catalog of its own in a temporary folder: the sample municipalities and those
//! services. `tests/e2e/render-bench.mjs` drives Chromium and prints every timing; this
//! module reads them and prints median and spread.

use crate::{
    copy_files, free_port, root, run_capture, run_cmd, step, tools, wait_healthy, Server, TempDir,
};
use kommunekit_bench::{spread, Spread};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The services whose first page is rendered: 100 fields, then 10.
const FIXTURES: [&str; 2] = [
    "bench/fixtures/hundred-fields.json",
    "bench/fixtures/ten-fields.json",
];
/// The portal's own build for this figure, so that it never races a build into dist/.
const DIST: &str = "target/bench-render/dist";
/// The script that drives Chromium, in tests/e2e (where playwright-core is installed).
const SCRIPT: &str = "render-bench.mjs";
/// Timed loads per case.
const RUNS: usize = 15;
/// Untimed loads before them, per case: for the warm cache, the first fills it.
const WARM_UPS: usize = 2;
/// What every line of timings starts with.
const LINE_PREFIX: &str = "kk-render";
/// The CPU slowdowns of the cases: the machine's speed, and 4 times slower, the
/// budget's stand-in for a cheap phone.
const CPU_RATES: [u32; 2] = [1, 4];

/// What was timed, from navigation start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Metric {
    /// The frame with every field of the page painted.
    Painted,
    /// The browser's first contentful paint: the first text or image of the shell.
    FirstContentfulPaint,
    /// From a letter's keydown in a textarea to its character count painted (warm).
    Key,
    /// From Enter on the page with its required fields empty to every error painted
    /// (warm).
    Error,
    /// The portal's own script in [`Metric::Key`]: the input event from its first
    /// listener to its last, with the effects they run (warm).
    KeyScript,
    /// The portal's own script in [`Metric::Error`]: the submit event likewise (warm).
    ErrorScript,
}

/// Whether the browser had the portal's files before the load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cache {
    /// A new browser context: an empty cache, as on a first visit.
    Cold,
    /// A context that loaded the page before: every file from the cache.
    Warm,
}

impl Cache {
    fn as_str(self) -> &'static str {
        match self {
            Cache::Cold => "cold",
            Cache::Warm => "warm",
        }
    }
}

/// The timings of one case and metric, in ms, as the script printed them.
#[derive(Debug, Clone, PartialEq)]
struct Timings {
    metric: Metric,
    cache: Cache,
    cpu: u32,
    /// In how many runs the last field was rendered more than once (painted lines).
    rendered_again: Option<usize>,
    ms: Vec<f64>,
}

/// Reads a line of the script,
/// `kk-render metric=painted cache=cold cpu=4 rendered_again=0 ms=812.3,790.1`; `None`
/// for any other line, and for a line with a key, value or timing it does not know.
fn parse_line(line: &str) -> Option<Timings> {
    let rest = line.trim().strip_prefix(LINE_PREFIX)?;
    let (mut metric, mut cache, mut cpu, mut ms) = (None, None, None, None);
    let mut rendered_again = None;
    for word in rest.split_whitespace() {
        let (key, value) = word.split_once('=')?;
        match key {
            "metric" => {
                metric = Some(match value {
                    "painted" => Metric::Painted,
                    "fcp" => Metric::FirstContentfulPaint,
                    "key" => Metric::Key,
                    "error" => Metric::Error,
                    "key_script" => Metric::KeyScript,
                    "error_script" => Metric::ErrorScript,
                    _ => return None,
                })
            }
            "cache" => {
                cache = Some(match value {
                    "cold" => Cache::Cold,
                    "warm" => Cache::Warm,
                    _ => return None,
                })
            }
            "cpu" => cpu = Some(value.parse().ok()?),
            "rendered_again" => rendered_again = Some(value.parse().ok()?),
            "ms" => {
                let values: Option<Vec<f64>> = value
                    .split(',')
                    .map(|t| t.parse::<f64>().ok().filter(|t| t.is_finite() && *t >= 0.0))
                    .collect();
                ms = Some(values?);
            }
            _ => return None,
        }
    }
    Some(Timings {
        metric: metric?,
        cache: cache?,
        cpu: cpu?,
        rendered_again,
        ms: ms?,
    })
}

/// The timings of one case and metric among the lines read; an error when the script
/// printed none, or another number of timings than it was asked for.
fn find(all: &[Timings], metric: Metric, cache: Cache, cpu: u32) -> Result<&Timings, String> {
    let t = all
        .iter()
        .find(|t| t.metric == metric && t.cache == cache && t.cpu == cpu)
        .ok_or_else(|| {
            format!(
                "the render script printed no {metric:?} timings for a {} cache at {cpu}x CPU",
                cache.as_str()
            )
        })?;
    if t.ms.len() != RUNS {
        return Err(format!(
            "the render script printed {} {metric:?} timings for a {} cache at {cpu}x CPU, not {RUNS}",
            t.ms.len(),
            cache.as_str()
        ));
    }
    Ok(t)
}

/// `312 (298-340)`: median and spread in ms.
fn shown(s: &Spread) -> String {
    format!("{:.0} ({:.0}-{:.0})", s.median, s.p10, s.p90)
}

/// `2.9 (2.7-3.4)`: median and spread in ms to a tenth, for the short keystroke figures.
fn shown_fine(s: &Spread) -> String {
    format!("{:.1} ({:.1}-{:.1})", s.median, s.p10, s.p90)
}

/// A catalog in `into`: every municipality of catalog/ and the fixtures as its only
/// services.
fn bench_catalog(into: &Path) -> Result<PathBuf, String> {
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let catalog = into.join("catalog");
    copy_files(
        &root().join("catalog/municipalities"),
        &catalog.join("municipalities"),
    )?;
    let services = catalog.join("services");
    std::fs::create_dir_all(&services).map_err(|e| io(&services, e))?;
    for path in FIXTURES {
        let fixture = root().join(path);
        let name = fixture.file_name().ok_or("the fixture has no file name")?;
        std::fs::copy(&fixture, services.join(name)).map_err(|e| io(&fixture, e))?;
    }
    Ok(catalog)
}

/// The first line of `chromium --version`, for the heading.
fn chromium_version() -> String {
    Command::new(tools::CHROMIUM)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .map(|l| l.trim().to_string())
        })
        .unwrap_or_else(|| "Chromium".into())
}

/// Writes style/portal.css from its sources (as every build of the portal does), builds
/// the release portal into its own folder and the reference server
/// (`--profile server`), serves the fixtures, loads the page of each (100 fields, then
/// 10) in headless Chromium again and again, and prints the figures of each.
pub fn render_bench(t: &tools::Tools) -> Result<(), String> {
    let dist = root().join(DIST);
    crate::css::write()?;
    step(&format!(
        "Building the portal (release) into {DIST}/ for the render figure"
    ));
    run_cmd(
        t.command("trunk")
            .args(["build", "--release", "--offline", "--dist"])
            .arg(&dist)
            .current_dir(root()),
    )?;
    step("Building the reference server (--profile server) for the render figure");
    run_cmd(
        Command::new(tools::cargo())
            .args(["build", "--profile", "server", "-p", "kommunekit-server"])
            .current_dir(root()),
    )?;
    let temp = TempDir::new("render");
    let catalog = bench_catalog(&temp.0)?;
    let addr = format!("127.0.0.1:{}", free_port()?);
    let log_path = temp.0.join("server.log");
    let log =
        std::fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    let mut server = Server(
        Command::new(root().join("target/server/kommunekit-server"))
            .args(["--addr", &addr])
            .arg("--catalog")
            .arg(&catalog)
            .arg("--dist")
            .arg(&dist)
            .arg("--data")
            .arg(temp.0.join("data"))
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .current_dir(root())
            .spawn()
            .map_err(|e| format!("could not start the server: {e}"))?,
    );
    wait_healthy(&addr, &mut server)?;
    for fixture in FIXTURES {
        let fields = fields_of(fixture)?;
        step(&format!(
            "Render of a page of {fields} fields: {WARM_UPS} warm-up and {RUNS} timed loads per case in headless Chromium, from {addr}"
        ));
        let (ok, lines) = run_capture(
            t.command("node")
                .arg(SCRIPT)
                .env("KK_BASE_URL", format!("http://{addr}"))
                .env("KK_CHROMIUM", tools::CHROMIUM)
                .env("KK_RENDER_FIXTURE", root().join(fixture))
                .env("KK_RENDER_RUNS", RUNS.to_string())
                .env("KK_RENDER_WARM_UPS", WARM_UPS.to_string())
                .current_dir(root().join("tests/e2e")),
        )?;
        if !ok {
            return Err(format!(
                "the render script failed for {fixture} (see above; server log in {} while it ran)",
                log_path.display()
            ));
        }
        let all: Vec<Timings> = lines.iter().filter_map(|l| parse_line(l)).collect();
        print_figures(&all, fixture, fields)?;
    }
    drop(server);
    Ok(())
}

/// The number of fields of the first page of a fixture, read by the forms crate.
fn fields_of(fixture: &str) -> Result<usize, String> {
    let path = root().join(fixture);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let def = kommunekit_forms::load_definition(&text)
        .map_err(|e| format!("{fixture} does not load: {e}"))?;
    def.pages
        .first()
        .map(|p| p.fields.len())
        .ok_or_else(|| format!("{fixture} has no page"))
}

/// Prints the figures of one page from the lines of its run: the render table, then the
/// keystroke table.
fn print_figures(all: &[Timings], fixture: &str, fields: usize) -> Result<(), String> {
    let mut rows = Vec::new();
    for cpu in CPU_RATES {
        for cache in [Cache::Cold, Cache::Warm] {
            let fcp = find(all, Metric::FirstContentfulPaint, cache, cpu)?;
            let painted = find(all, Metric::Painted, cache, cpu)?;
            rows.push((
                cpu,
                cache,
                spread(fcp.ms.clone()),
                spread(painted.ms.clone()),
                painted.rendered_again,
            ));
        }
    }
    println!(
        "\nRender of a page of {fields} fields ({fixture}, ten kinds of field), opened by its \
         address in a fresh tab of headless {}; the release portal (wasm-opt -Oz) from \
         the reference server (--profile server) on the loopback, no network slowdown; \
         ms from navigation start, median (10th-90th percentile) of {RUNS} loads after \
         {WARM_UPS} warm-ups. Cold: a new browser context, empty cache; warm: every file \
         from the cache. CPU 4x: Emulation.setCPUThrottlingRate 4. Painted: the frame \
         with the last field painted, once the page has settled (see {SCRIPT}); \
         rendered again: loads in which the page rendered the fields more than once:",
        chromium_version()
    );
    println!("{}", crate::bench::machine());
    println!(
        "{:<8} {:<8} {:>26} {:>26} {:>16}",
        "CPU",
        "cache",
        "first contentful paint",
        format!("{fields} fields painted"),
        "rendered again"
    );
    for (cpu, cache, fcp, painted, again) in rows {
        println!(
            "{:<8} {:<8} {:>26} {:>26} {:>16}",
            format!("{cpu}x"),
            cache.as_str(),
            shown(&fcp),
            shown(&painted),
            again.map_or_else(|| "-".into(), |n| format!("{n} of {RUNS}"))
        );
    }
    println!(
        "\nA keystroke to what it changes painted, on the page of {fields} fields once each warm load has \
         settled; ms from the key's keydown (its event.timeStamp) to the main thread having \
         painted the change, median (10th-90th percentile) of {RUNS}. Key: a letter typed \
         into a textarea with a character count, to the count painted. Error: Enter in the \
         first text field while the page's required fields are empty, to the error summary \
         and every field's error message painted (the whole page validated). Its script: \
         the portal's own share of it, the input (or submit) event from its first listener \
         to its last with the effects they run, without the browser's editing, layout and \
         paint:"
    );
    println!(
        "{:<8} {:>22} {:>16} {:>22} {:>16}",
        "CPU", "key to its count", "its script", "Enter to its errors", "its script"
    );
    for cpu in CPU_RATES {
        let figure =
            |metric| find(all, metric, Cache::Warm, cpu).map(|t| shown_fine(&spread(t.ms.clone())));
        println!(
            "{:<8} {:>22} {:>16} {:>22} {:>16}",
            format!("{cpu}x"),
            figure(Metric::Key)?,
            figure(Metric::KeyScript)?,
            figure(Metric::Error)?,
            figure(Metric::ErrorScript)?
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_the_render_script_is_read_into_its_case_and_timings() {
        let cases = [
            (
                "painted, cold, at 4x",
                "kk-render metric=painted cache=cold cpu=4 rendered_again=2 ms=812.3,790.1,0.0",
                Some(Timings {
                    metric: Metric::Painted,
                    cache: Cache::Cold,
                    cpu: 4,
                    rendered_again: Some(2),
                    ms: vec![812.3, 790.1, 0.0],
                }),
            ),
            (
                "first contentful paint, warm, at 1x, with spaces around",
                "  kk-render metric=fcp cache=warm cpu=1 ms=95.0 ",
                Some(Timings {
                    metric: Metric::FirstContentfulPaint,
                    cache: Cache::Warm,
                    cpu: 1,
                    rendered_again: None,
                    ms: vec![95.0],
                }),
            ),
            (
                "Enter to its errors, warm, at 4x",
                "kk-render metric=error cache=warm cpu=4 ms=12.5,9.0",
                Some(Timings {
                    metric: Metric::Error,
                    cache: Cache::Warm,
                    cpu: 4,
                    rendered_again: None,
                    ms: vec![12.5, 9.0],
                }),
            ),
            (
                "the script of a key, warm, at 1x",
                "kk-render metric=key_script cache=warm cpu=1 ms=2.9,3.1",
                Some(Timings {
                    metric: Metric::KeyScript,
                    cache: Cache::Warm,
                    cpu: 1,
                    rendered_again: None,
                    ms: vec![2.9, 3.1],
                }),
            ),
            (
                "a line of other output",
                "render-bench: http://127.0.0.1:1/tjenester/x/y, 100 fields",
                None,
            ),
            (
                "an unknown metric",
                "kk-render metric=lcp cache=warm cpu=1 ms=95.0",
                None,
            ),
            (
                "an unknown key",
                "kk-render metric=fcp cache=warm cpu=1 net=3g ms=95.0",
                None,
            ),
            (
                "a timing that is not a number",
                "kk-render metric=fcp cache=warm cpu=1 ms=95.0,NaN",
                None,
            ),
            (
                "a negative timing",
                "kk-render metric=fcp cache=warm cpu=1 ms=-1.0",
                None,
            ),
            (
                "no timings",
                "kk-render metric=fcp cache=warm cpu=1 ms=",
                None,
            ),
            (
                "a count of loads rendered again that is not a number",
                "kk-render metric=painted cache=cold cpu=1 rendered_again=some ms=95.0",
                None,
            ),
            ("no cache", "kk-render metric=fcp cpu=1 ms=95.0", None),
        ];
        for (case, line, expected) in cases {
            assert_eq!(parse_line(line), expected, "{case}");
        }
    }

    #[test]
    fn a_case_the_script_left_out_or_cut_short_is_an_error() {
        let painted = |cpu, n| Timings {
            metric: Metric::Painted,
            cache: Cache::Cold,
            cpu,
            rendered_again: Some(0),
            ms: vec![100.0; n],
        };
        let cases = [
            ("every run at 1x", vec![painted(1, RUNS)], true),
            ("only the 4x case", vec![painted(4, RUNS)], false),
            ("one run short", vec![painted(1, RUNS - 1)], false),
        ];
        for (case, all, found) in cases {
            let result = find(&all, Metric::Painted, Cache::Cold, 1);
            assert_eq!(result.is_ok(), found, "{case}: {result:?}");
        }
    }

    #[test]
    fn the_fields_of_each_fixture_are_counted_from_its_first_page() {
        let counts: Result<Vec<usize>, String> = FIXTURES.into_iter().map(fields_of).collect();
        assert_eq!(counts, Ok(vec![100, 10]));
    }

    #[test]
    fn the_bench_catalog_holds_the_municipalities_and_only_the_fixtures_as_services() {
        let temp = TempDir::new("render-test");
        let catalog = bench_catalog(&temp.0).expect("the catalog is written");
        let names = |dir: PathBuf| -> Vec<String> {
            let mut names: Vec<String> = std::fs::read_dir(dir)
                .expect("the folder exists")
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        assert_eq!(
            names(catalog.join("services")),
            ["hundred-fields.json", "ten-fields.json"]
        );
        assert_eq!(
            names(catalog.join("municipalities")),
            names(root().join("catalog/municipalities"))
        );
    }
}
