//! `cargo xtask journeys`: the generated test journeys of every catalog service, as
//! JSON for the end-to-end walker (`tests/e2e/every-service.test.mjs`).
//!
//! The journeys are generated for today's date in UTC. The walker checks that the
//! browser's date is the same day (its time zone may differ from UTC near midnight)
//! and asks for fresh journeys if it is not.

use crate::root;
use kommunekit_forms::{generate_journeys, load_definition, Date, GeneratedJourney};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The file the walker reads.
pub struct JourneyFile {
    /// The date the journeys were generated for, `YYYY-MM-DD` (UTC).
    pub today: String,
    /// Every journey of every service, service by service in file-name order.
    pub journeys: Vec<GeneratedJourney>,
}

impl JourneyFile {
    /// `{"today": "2026-11-27", "journeys": [...]}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "today": self.today, "journeys": self.journeys })
    }
}

/// Today's date in UTC.
pub fn today_utc() -> Date {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    Date::from_unix_millis(millis, 0)
}

/// The journeys of every service in `catalog/services/`, for a day; every problem of
/// every service (a definition that does not load, a route no answers take) as one
/// error.
pub fn catalog_journeys(catalog: &Path, today: Date) -> Result<JourneyFile, String> {
    let dir = catalog.join("services");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut journeys = Vec::new();
    let mut problems = Vec::new();
    for file in &files {
        let shown = file
            .strip_prefix(root())
            .unwrap_or(file)
            .display()
            .to_string();
        let json = match std::fs::read_to_string(file) {
            Ok(json) => json,
            Err(e) => {
                problems.push(format!("{shown}: {e}"));
                continue;
            }
        };
        let definition = match load_definition(&json) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("{shown}: {e}"));
                continue;
            }
        };
        match generate_journeys(&definition, today) {
            Ok(found) => journeys.extend(found),
            Err(e) => problems.push(format!("{shown}: {e}")),
        }
    }
    if problems.is_empty() {
        Ok(JourneyFile {
            today: today.to_string(),
            journeys,
        })
    } else {
        Err(problems.join("\n"))
    }
}

/// Writes the journeys of the catalog as JSON to a file, or to stdout.
pub fn write(out: Option<&Path>) -> Result<(), String> {
    let file = catalog_journeys(&root().join("catalog"), today_utc())?;
    let mut text = serde_json::to_string_pretty(&file.to_json()).map_err(|e| e.to_string())?;
    text.push('\n');
    match out {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            let services: std::collections::BTreeSet<&str> =
                file.journeys.iter().map(|j| j.service.as_str()).collect();
            eprintln!(
                "xtask: {} journeys of {} services for {} written to {}",
                file.journeys.len(),
                services.len(),
                file.today,
                path.display()
            );
            Ok(())
        }
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// Reads `[--out FILE]`.
pub fn parse_out(args: &[String]) -> Result<Option<PathBuf>, String> {
    let mut out = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = Some(PathBuf::from(it.next().ok_or("--out needs a file name")?)),
            other => return Err(format!("unknown option `{other}` for journeys")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_service_has_journeys_and_they_serialise_with_the_day() {
        let today = Date::new(2026, 11, 27).unwrap();
        let file = match catalog_journeys(&root().join("catalog"), today) {
            Ok(f) => f,
            Err(e) => panic!("{e}"),
        };
        let v = file.to_json();
        assert_eq!(v["today"], "2026-11-27");
        let services: std::collections::BTreeSet<&str> =
            file.journeys.iter().map(|j| j.service.as_str()).collect();
        let files = std::fs::read_dir(root().join("catalog/services"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))
            })
            .count();
        assert_eq!(services.len(), files);
    }

    #[test]
    fn the_output_file_is_named_by_out() {
        let args = ["--out".to_string(), "/tmp/j.json".to_string()];
        assert_eq!(parse_out(&args), Ok(Some(PathBuf::from("/tmp/j.json"))));
        assert_eq!(parse_out(&[]), Ok(None));
        assert!(parse_out(&["--out".to_string()]).is_err());
        assert!(parse_out(&["-x".to_string()]).is_err());
    }
}
