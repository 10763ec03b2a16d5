//! The forms engine workloads that `cargo xtask bench` times: loading and checking
//! every service of the catalog, and validating one synthetic page of 500 fields.
//!
//! The same code runs natively (`cargo run --release -p kommunekit-bench`) and in wasm
//! in headless Chromium (`tests/browser.rs`), each with its own clock, so the two sets
//! of figures measure exactly the same work. Both print [`Figures::lines`], which
//! [`parse_line`] reads back.
#![deny(missing_docs)]

use kommunekit_forms::{
    load_definition, Answer, Answers, Date, DateAnswer, Journey, ServiceDefinition,
};

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// How often the whole catalog is loaded for its figure.
pub const CATALOG_RUNS: usize = 101;
/// How often the 500-field page is validated for its figure.
pub const PAGE_RUNS: usize = 301;
/// The fields of the synthetic page.
pub const PAGE_FIELDS: usize = 500;
/// The fewest untimed runs before the timed ones.
pub const WARM_UP_RUNS: usize = 20;
/// The least time spent on untimed runs, in microseconds: V8 compiles hot wasm again,
/// optimised, in the background, and on a busy machine that takes a while; the
/// figures are of the optimised code, as in a page that has run for a bit.
pub const WARM_UP_US: f64 = 1_000_000.0;
/// What every line of figures starts with.
pub const LINE_PREFIX: &str = "kk-bench";

/// Why a workload cannot be timed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BenchError {
    /// A catalog definition does not load: the figure would time an error path.
    #[error("catalog/services/{file}: {message}")]
    Catalog {
        /// The file name.
        file: String,
        /// Why it does not load.
        message: String,
    },
    /// The synthetic page is not a valid definition.
    #[error("the synthetic page does not load: {0}")]
    Page(String),
    /// The answers to the synthetic page have errors: the figure would not time the
    /// whole validation of every field.
    #[error("the answers to the synthetic page have {0} error(s)")]
    PageErrors(usize),
}

/// Median and spread (10th to 90th percentile) of timings in microseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The median.
    pub median: f64,
    /// The 10th percentile.
    pub p10: f64,
    /// The 90th percentile.
    pub p90: f64,
}

/// The median and the 10th and 90th percentiles of some timings (nearest rank).
pub fn spread(mut us: Vec<f64>) -> Spread {
    if us.is_empty() {
        return Spread {
            median: f64::NAN,
            p10: f64::NAN,
            p90: f64::NAN,
        };
    }
    us.sort_by(f64::total_cmp);
    let at = |q: f64| us[((us.len() - 1) as f64 * q).round() as usize];
    Spread {
        median: at(0.5),
        p10: at(0.1),
        p90: at(0.9),
    }
}

/// Runs `f` to warm up, at least [`WARM_UP_RUNS`] times and for [`WARM_UP_US`], then
/// `runs` times, each timed alone with `now`, a clock in microseconds.
pub fn time_runs(runs: usize, now: &mut impl FnMut() -> f64, mut f: impl FnMut()) -> Spread {
    let warm_up = now();
    let mut warm_runs = 0;
    while warm_runs < WARM_UP_RUNS || now() - warm_up < WARM_UP_US {
        f();
        warm_runs += 1;
    }
    spread(
        (0..runs)
            .map(|_| {
                let start = now();
                f();
                now() - start
            })
            .collect(),
    )
}

/// A service with one page of `fields` fields of eight common types in turn (text,
/// email, number, money, date, radios, checkboxes, phone), and valid answers to all.
pub fn synthetic_page(fields: usize) -> Result<(ServiceDefinition, Answers), BenchError> {
    let t = serde_json::json!({"da": "Tekst", "en": "Text"});
    let options = serde_json::json!([
        {"value": "a", "label": t}, {"value": "b", "label": t}, {"value": "c", "label": t}
    ]);
    let mut list = Vec::new();
    let mut answers = Answers::new();
    for i in 0..fields {
        let id = format!("f{i}");
        let (mut field, answer) = match i % 8 {
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
    let def = load_definition(&v.to_string()).map_err(|e| BenchError::Page(e.to_string()))?;
    Ok((def, answers))
}

/// The day the synthetic page is validated on, fixed so that every run is the same.
fn bench_day() -> Date {
    Date::from_unix_millis(1_795_737_600_000, 0) // 2026-11-27
}

/// One timed workload.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// `catalog` or `page`.
    pub name: String,
    /// How big the workload is: services loaded, or fields validated.
    pub size: usize,
    /// How often it was timed.
    pub runs: usize,
    /// The timings, in microseconds per run.
    pub spread: Spread,
}

impl Figure {
    /// One line: `kk-bench catalog size=3 runs=101 median_us=1.2 p10_us=1.0 p90_us=1.5`.
    pub fn line(&self) -> String {
        format!(
            "{LINE_PREFIX} {} size={} runs={} median_us={:.1} p10_us={:.1} p90_us={:.1}",
            self.name, self.size, self.runs, self.spread.median, self.spread.p10, self.spread.p90
        )
    }
}

/// Both figures of the forms engine.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// Loading and checking every service of the catalog.
    pub catalog: Figure,
    /// Validating the synthetic 500-field page.
    pub page: Figure,
}

impl Figures {
    /// One line per figure, for the xtask to read back with [`parse_line`].
    pub fn lines(&self) -> String {
        format!("{}\n{}", self.catalog.line(), self.page.line())
    }
}

/// Times both workloads with a clock in microseconds. Fails, rather than timing an
/// error path, when a definition does not load or the page's answers have errors.
pub fn measure(mut now: impl FnMut() -> f64) -> Result<Figures, BenchError> {
    for (file, text) in CATALOG {
        load_definition(text).map_err(|e| BenchError::Catalog {
            file: (*file).to_string(),
            message: e.to_string(),
        })?;
    }
    let catalog = time_runs(CATALOG_RUNS, &mut now, || {
        for (_, text) in CATALOG {
            let _ = std::hint::black_box(load_definition(std::hint::black_box(text)));
        }
    });
    let (def, answers) = synthetic_page(PAGE_FIELDS)?;
    let today = bench_day();
    let errors = Journey::new(&def, &answers, today)
        .validate_page("big")
        .len();
    if errors > 0 {
        return Err(BenchError::PageErrors(errors));
    }
    let page = time_runs(PAGE_RUNS, &mut now, || {
        let journey = Journey::new(&def, &answers, today);
        std::hint::black_box(journey.validate_page(std::hint::black_box("big")));
    });
    Ok(Figures {
        catalog: Figure {
            name: "catalog".into(),
            size: CATALOG.len(),
            runs: CATALOG_RUNS,
            spread: catalog,
        },
        page: Figure {
            name: "page".into(),
            size: PAGE_FIELDS,
            runs: PAGE_RUNS,
            spread: page,
        },
    })
}

/// Reads a line written by [`Figure::line`], wherever it sits in a line of output
/// (a test runner may indent it); `None` for any other line.
pub fn parse_line(line: &str) -> Option<Figure> {
    let rest = &line[line.find(LINE_PREFIX)? + LINE_PREFIX.len()..];
    let mut words = rest.split_whitespace();
    let name = words.next()?.to_string();
    let (mut size, mut runs, mut median, mut p10, mut p90) = (None, None, None, None, None);
    for word in words {
        let (key, value) = word.split_once('=')?;
        match key {
            "size" => size = value.parse().ok(),
            "runs" => runs = value.parse().ok(),
            "median_us" => median = value.parse().ok(),
            "p10_us" => p10 = value.parse().ok(),
            "p90_us" => p90 = value.parse().ok(),
            _ => return None,
        }
    }
    Some(Figure {
        name,
        size: size?,
        runs: runs?,
        spread: Spread {
            median: median?,
            p10: p10?,
            p90: p90?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spread_is_the_median_and_the_10th_and_90th_percentile_by_nearest_rank() {
        let s = |median, p10, p90| Spread { median, p10, p90 };
        let cases: [(&str, Vec<f64>, Spread); 3] = [
            (
                "eleven timings, unsorted",
                vec![5., 1., 9., 3., 7., 0., 2., 8., 4., 6., 10.],
                s(5., 1., 9.),
            ),
            ("one timing", vec![42.], s(42., 42., 42.)),
            ("two timings", vec![2., 1.], s(2., 1., 2.)),
        ];
        for (case, timings, expected) in cases {
            assert_eq!(spread(timings), expected, "{case}");
        }
    }

    #[test]
    fn the_warm_up_takes_its_fewest_runs_and_its_least_time_then_each_run_is_timed() {
        // Clocks that move a fixed step at every reading.
        let cases = [
            (
                "a clock past the warm-up time at once",
                WARM_UP_US,
                WARM_UP_RUNS,
            ),
            // Ten readings after the fewest runs: nine more runs.
            (
                "a clock a tenth of it a reading",
                WARM_UP_US / 10.0,
                WARM_UP_RUNS + 9,
            ),
        ];
        for (case, step, warm_runs) in cases {
            let (mut tick, mut calls) = (0.0, 0);
            let s = time_runs(
                4,
                &mut || {
                    tick += step;
                    tick
                },
                || calls += 1,
            );
            assert_eq!((calls, s.median), (warm_runs + 4, step), "{case}");
        }
    }

    #[test]
    fn the_synthetic_page_has_500_fields_and_answers_without_errors() {
        let (def, answers) = synthetic_page(PAGE_FIELDS).expect("the page loads");
        assert_eq!(def.pages.len(), 1);
        assert_eq!(answers.len(), PAGE_FIELDS);
        let errors = Journey::new(&def, &answers, bench_day()).validate_page("big");
        assert_eq!(errors.len(), 0, "{errors:?}");
    }

    #[test]
    fn the_bench_day_is_27_november_2026() {
        assert_eq!(bench_day().to_string(), "2026-11-27");
    }

    #[test]
    fn the_embedded_catalog_is_every_service_file() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalog/services");
        let files = std::fs::read_dir(dir)
            .expect("the catalog")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .count();
        assert_eq!(CATALOG.len(), files);
    }

    #[test]
    fn a_figure_line_reads_back_as_the_same_figure_even_indented() {
        let figure = Figure {
            name: "page".into(),
            size: 500,
            runs: 301,
            spread: Spread {
                median: 12.5,
                p10: 10.0,
                p90: 20.25,
            },
        };
        let line = figure.line();
        let mut written = figure.clone();
        written.spread.p90 = 20.2; // one decimal is written
        assert_eq!(parse_line(&line), Some(written.clone()));
        assert_eq!(parse_line(&format!("    {line}")), Some(written));
    }

    #[test]
    fn other_lines_and_broken_figure_lines_are_not_figures() {
        let cases = [
            "test result: ok. 1 passed",
            "kk-bench page size=500 runs=301 median_us=1.0 p10_us=1.0",
            "kk-bench page size=500 runs=x median_us=1.0 p10_us=1.0 p90_us=1.0",
            "kk-bench page size=500 runs=3 median_us=1.0 p10_us=1.0 p90_us=1.0 extra=1",
        ];
        for line in cases {
            assert_eq!(parse_line(line), None, "{line}");
        }
    }
}
