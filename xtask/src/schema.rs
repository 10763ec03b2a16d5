//! The JSON Schemas of the catalog formats, generated from the Rust types so that they
//! cannot drift: `cargo xtask schema` writes them (and `server/openapi.json`, see
//! `openapi.rs`), a test fails if the committed files differ from what the types give.

use crate::root;
use kommunekit_forms::{Municipality, ServiceDefinition};
use std::path::PathBuf;

/// Each schema: its file name in `catalog/schema/` and its text.
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty = |schema: schemars::Schema| {
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        text
    };
    vec![
        (
            "service.schema.json",
            pretty(schemars::schema_for!(ServiceDefinition)),
        ),
        (
            "municipality.schema.json",
            pretty(schemars::schema_for!(Municipality)),
        ),
    ]
}

fn dir() -> PathBuf {
    root().join("catalog/schema")
}

/// Writes the schemas into `catalog/schema/`.
pub fn write() -> Result<(), String> {
    let dir = dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (name, text) in schemas() {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_schemas_match_the_rust_types() {
        for (name, text) in schemas() {
            let path = dir().join(name);
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == text,
                "{} is out of date with the Rust types: run `cargo xtask schema` and commit it",
                path.display()
            );
        }
    }

    #[test]
    fn every_service_definition_points_editors_at_the_schema() {
        let services = root().join("catalog/services");
        for entry in std::fs::read_dir(&services).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                let value: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(
                    value["$schema"],
                    "../schema/service.schema.json",
                    "{} must start with \"$schema\": \"../schema/service.schema.json\"",
                    path.display()
                );
            }
        }
    }
}
