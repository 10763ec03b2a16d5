//! The catalog: every service definition in `services/*.json` and the municipality the
//! server runs for, from `municipalities/<id>.json`, all checked before the server
//! listens.

use kommunekit_forms::{load_definition, DefinitionError, Municipality, ServiceDefinition};
use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// The largest logo accepted, in bytes.
const MAX_LOGO_BYTES: u64 = 1024 * 1024;

/// A problem in one catalog file, at a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    /// The file, as reached from the catalog folder given.
    pub file: PathBuf,
    /// What is wrong and where in the file.
    pub error: DefinitionError,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.error)
    }
}

/// Why the catalog cannot be served.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// A folder of the catalog cannot be listed.
    #[error("cannot read the folder {}: {source}; check --catalog or KK_CATALOG", path.display())]
    ReadDir {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// One or more service definitions have problems.
    #[error("{}", list("in the service definitions", .0))]
    Definitions(Vec<FileProblem>),
    /// There is no municipality file.
    #[error("there is no municipality in {}: add a <id>.json file there", dir.display())]
    NoMunicipality {
        /// The municipalities folder.
        dir: PathBuf,
    },
    /// The chosen municipality has no file.
    #[error(
        "there is no municipality \"{id}\" in {} (there is: {}); check --municipality or KK_MUNICIPALITY",
        dir.display(), if ids.is_empty() { "none".to_string() } else { ids.join(", ") }
    )]
    UnknownMunicipality {
        /// The id asked for.
        id: String,
        /// The municipalities folder.
        dir: PathBuf,
        /// The ids found.
        ids: Vec<String>,
    },
    /// The municipality file, its tokens or its logo have problems.
    #[error("{}", list("in the municipality", .0))]
    Municipality(Vec<FileProblem>),
}

fn list(what: &str, problems: &[FileProblem]) -> String {
    let n = problems.len();
    let mut out = format!("{n} problem{} {what}:", if n == 1 { "" } else { "s" });
    for p in problems {
        out.push_str("\n  ");
        out.push_str(&p.to_string());
    }
    out
}

/// The checked catalog a server runs with.
#[derive(Clone, Debug)]
pub struct Catalog {
    services: BTreeMap<String, ServiceDefinition>,
    municipality: Municipality,
    logo: Option<Vec<u8>>,
}

impl Catalog {
    /// Loads and checks a catalog folder: every `services/*.json` and the chosen
    /// `municipalities/<id>.json` (when `municipality` is `None`, the only one there or
    /// else the first by id).
    /// Every problem of every file is reported at once.
    pub fn load(dir: &Path, municipality: Option<&str>) -> Result<Catalog, CatalogError> {
        let services = load_services(&dir.join("services"))?;
        let (municipality, logo) = load_municipality(&dir.join("municipalities"), municipality)?;
        Ok(Catalog {
            services,
            municipality,
            logo,
        })
    }

    /// Checks every file of a catalog folder: every service and every municipality
    /// (not only the one a server would run for). Returns the number of services and
    /// the municipality ids, or every problem found.
    pub fn check_all(dir: &Path) -> Result<(usize, Vec<String>), Vec<CatalogError>> {
        let mut errors = Vec::new();
        let services = match load_services(&dir.join("services")) {
            Ok(s) => s.len(),
            Err(e) => {
                errors.push(e);
                0
            }
        };
        let municipalities = dir.join("municipalities");
        let ids: Vec<String> = match json_files(&municipalities) {
            Ok(files) => files.iter().map(|f| file_stem(f)).collect(),
            Err(e) => {
                errors.push(e);
                Vec::new()
            }
        };
        if ids.is_empty() && errors.is_empty() {
            errors.push(CatalogError::NoMunicipality {
                dir: municipalities.clone(),
            });
        }
        for id in &ids {
            if let Err(e) = load_municipality(&municipalities, Some(id)) {
                errors.push(e);
            }
        }
        if errors.is_empty() {
            Ok((services, ids))
        } else {
            Err(errors)
        }
    }

    /// The services, by id.
    pub fn services(&self) -> &BTreeMap<String, ServiceDefinition> {
        &self.services
    }

    /// The service with an id.
    pub fn service(&self, id: &str) -> Option<&ServiceDefinition> {
        self.services.get(id)
    }

    /// The municipality as written in its file (`logo` is the file name).
    pub fn municipality(&self) -> &Municipality {
        &self.municipality
    }

    /// The logo's SVG, when the municipality has one.
    pub fn logo(&self) -> Option<&[u8]> {
        self.logo.as_deref()
    }
}

fn problem(file: &Path, path: impl Into<String>, message: impl Into<String>) -> FileProblem {
    FileProblem {
        file: file.to_path_buf(),
        error: DefinitionError {
            path: path.into(),
            message: message.into(),
            line: None,
            column: None,
        },
    }
}

/// The `*.json` files of a folder, sorted by name; hidden files are skipped.
fn json_files(dir: &Path) -> Result<Vec<PathBuf>, CatalogError> {
    let read_dir = |source| CatalogError::ReadDir {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_dir)? {
        let path = entry.map_err(read_dir)?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.ends_with(".json") && !name.starts_with('.') && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn load_services(dir: &Path) -> Result<BTreeMap<String, ServiceDefinition>, CatalogError> {
    let mut problems = Vec::new();
    let mut services: BTreeMap<String, ServiceDefinition> = BTreeMap::new();
    for file in json_files(dir)? {
        let json = match std::fs::read_to_string(&file) {
            Ok(json) => json,
            Err(e) => {
                problems.push(problem(&file, "$", format!("cannot read the file: {e}")));
                continue;
            }
        };
        match load_definition(&json) {
            Ok(definition) => {
                let stem = file_stem(&file);
                if definition.id != stem {
                    problems.push(problem(
                        &file,
                        "$.id",
                        format!(
                            "the id \"{}\" differs from the file name; name the file {}.json or change the id to \"{stem}\"",
                            definition.id, definition.id
                        ),
                    ));
                } else {
                    services.insert(definition.id.clone(), definition);
                }
            }
            Err(e) => problems.extend(e.errors.into_iter().map(|error| FileProblem {
                file: file.clone(),
                error,
            })),
        }
    }
    if problems.is_empty() {
        Ok(services)
    } else {
        Err(CatalogError::Definitions(problems))
    }
}

fn load_municipality(
    dir: &Path,
    chosen: Option<&str>,
) -> Result<(Municipality, Option<Vec<u8>>), CatalogError> {
    let files = json_files(dir)?;
    let ids: Vec<String> = files.iter().map(|f| file_stem(f)).collect();
    let file = match chosen {
        Some(id) => match files.iter().zip(&ids).find(|(_, stem)| *stem == id) {
            Some((file, _)) => file.clone(),
            None => {
                return Err(CatalogError::UnknownMunicipality {
                    id: id.to_string(),
                    dir: dir.to_path_buf(),
                    ids,
                })
            }
        },
        None => match files.as_slice() {
            [] => {
                return Err(CatalogError::NoMunicipality {
                    dir: dir.to_path_buf(),
                })
            }
            // With several (sample themes), the first by id unless one is chosen.
            [first, ..] => first.clone(),
        },
    };
    let fail = |p: FileProblem| CatalogError::Municipality(vec![p]);
    let json = std::fs::read_to_string(&file)
        .map_err(|e| fail(problem(&file, "$", format!("cannot read the file: {e}"))))?;
    let municipality = parse_municipality(&json).map_err(|error| {
        fail(FileProblem {
            file: file.clone(),
            error,
        })
    })?;

    let mut problems: Vec<FileProblem> = check_municipality(&municipality)
        .into_iter()
        .map(|error| FileProblem {
            file: file.clone(),
            error,
        })
        .collect();
    let stem = file_stem(&file);
    if municipality.id != stem {
        problems.push(problem(
            &file,
            "$.id",
            format!(
                "the id \"{}\" differs from the file name; name the file {}.json or change the id to \"{stem}\"",
                municipality.id, municipality.id
            ),
        ));
    }
    let logo = match &municipality.logo {
        None => None,
        Some(name) => match read_logo(dir, name) {
            Ok(bytes) => Some(bytes),
            Err(message) => {
                problems.push(problem(&file, "$.logo", message));
                None
            }
        },
    };
    if problems.is_empty() {
        Ok((municipality, logo))
    } else {
        Err(CatalogError::Municipality(problems))
    }
}

/// Parses a municipality strictly: unknown keys are refused, and a wrong value is
/// reported by its JSON path, line and column.
fn parse_municipality(json: &str) -> Result<Municipality, DefinitionError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let municipality: Municipality = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let syntax = inner.is_syntax() || inner.is_eof();
        DefinitionError {
            path: if syntax || path.is_empty() || path == "." {
                "$".into()
            } else {
                format!("$.{path}")
            },
            message: if syntax {
                format!("this is not valid JSON: {}", strip_position(&inner))
            } else {
                strip_position(&inner)
            },
            line: Some(inner.line()),
            column: Some(inner.column()),
        }
    })?;
    de.end().map_err(|e| DefinitionError {
        path: "$".into(),
        message: "there is more after the closing brace; remove it".into(),
        line: Some(e.line()),
        column: Some(e.column()),
    })?;
    Ok(municipality)
}

/// serde_json's message without its trailing " at line L column C".
pub(crate) fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Checks what the shape alone does not: the id and the design tokens, which end up
/// in the portal's inline styles and so must not be able to break out of them.
fn check_municipality(m: &Municipality) -> Vec<DefinitionError> {
    let at = |path: String, message: String| DefinitionError {
        path,
        message,
        line: None,
        column: None,
    };
    let mut errors = Vec::new();
    if !crate::config::is_id(&m.id) {
        errors.push(at(
            "$.id".into(),
            format!(
                "\"{}\" is not a valid id: use lowercase letters a-z, digits and hyphens",
                m.id
            ),
        ));
    }
    if m.name.trim().is_empty() {
        errors.push(at("$.name".into(), "the name is empty; write it".into()));
    }
    if let Some(webhook) = &m.webhook {
        errors.extend(check_webhook(webhook));
    }
    for (name, value) in &m.tokens {
        let path = format!("$.tokens[{}]", serde_json::Value::from(name.as_str()));
        let name_ok = name.len() > "--kk-".len()
            && name.starts_with("--kk-")
            && name
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
        if !name_ok {
            errors.push(at(
                path.clone(),
                format!("\"{name}\" is not a token name: tokens start with --kk- followed by lowercase letters, digits and hyphens, e.g. --kk-colour-brand"),
            ));
        }
        if value.trim().is_empty() {
            errors.push(at(path, "the value is empty; write a CSS value".into()));
        } else if let Some(c) = value
            .chars()
            .find(|c| matches!(c, ';' | '{' | '}' | '<' | '>' | '\\') || c.is_control())
        {
            errors.push(at(
                path,
                format!(
                    "the value contains {c:?}, which a token value may not contain (none of ; {{ }} < > \\ or control characters)"
                ),
            ));
        }
    }
    errors
}

/// Checks a webhook: an `https://` address (or `http://` to this machine, for
/// tests), and a secret reference that names a variable or a file.
fn check_webhook(webhook: &kommunekit_forms::contract::Webhook) -> Vec<DefinitionError> {
    use kommunekit_forms::contract::SecretRef;
    let at = |path: &str, message: String| DefinitionError {
        path: path.into(),
        message,
        line: None,
        column: None,
    };
    let mut errors = Vec::new();
    let url = webhook.url.trim();
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            url.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    let https = url
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    if !(https || local) || url.contains(char::is_whitespace) {
        errors.push(at(
            "$.webhook.url",
            format!("\"{url}\" is not a webhook address: use https://, e.g. https://sager.fjordby.example/kommunekit (http:// only to this machine, for tests)"),
        ));
    }
    match &webhook.secret {
        SecretRef::Env(name) => {
            let ok = !name.is_empty()
                && !name.starts_with(|c: char| c.is_ascii_digit())
                && name
                    .bytes()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_');
            if !ok {
                errors.push(at(
                    "$.webhook.secret.env",
                    format!("\"{name}\" is not the name of an environment variable: use capitals, digits and _, e.g. KK_WEBHOOK_SECRET"),
                ));
            }
        }
        SecretRef::File(path) => {
            if !Path::new(path).is_absolute() {
                errors.push(at(
                    "$.webhook.secret.file",
                    format!("\"{path}\" is not an absolute path: write where the file is on the server, e.g. /run/secrets/kommunekit-webhook"),
                ));
            }
        }
    }
    errors
}

/// Reads the logo named in a municipality file: an SVG file beside it.
fn read_logo(dir: &Path, name: &str) -> Result<Vec<u8>, String> {
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && Path::new(name).file_name().and_then(|n| n.to_str()) == Some(name);
    if !plain {
        return Err(format!(
            "\"{name}\" is not a file name; put the logo beside the municipality file and give its name, e.g. fjordby-logo.svg"
        ));
    }
    if !name.ends_with(".svg") {
        return Err(format!(
            "\"{name}\" is not an SVG file; the logo must be an .svg file"
        ));
    }
    let path = dir.join(name);
    let meta = std::fs::metadata(&path)
        .map_err(|e| format!("the logo {} cannot be read: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("the logo {} is not a file", path.display()));
    }
    if meta.len() > MAX_LOGO_BYTES {
        return Err(format!(
            "the logo {} is larger than {} KiB; make it smaller",
            path.display(),
            MAX_LOGO_BYTES / 1024
        ));
    }
    std::fs::read(&path).map_err(|e| format!("the logo {} cannot be read: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kommunekit_forms::{Contact, Text};

    fn municipality() -> Municipality {
        Municipality {
            id: "fjordby".into(),
            name: "Fjordby Kommune".into(),
            logo: None,
            tokens: BTreeMap::new(),
            contact: Contact {
                phone: "1".into(),
                email: "a@b.dk".into(),
                address: "x".into(),
                opening_hours: Text::new("a", "b"),
            },
            accessibility_statement_url: "https://x".into(),
            privacy_url: "https://y".into(),
            webhook: None,
        }
    }

    #[test]
    fn tokens_must_be_kk_custom_properties_with_values_that_cannot_escape_a_style() {
        let cases = [
            ("--kk-colour-brand", "#0b4f6c", true),
            ("--kk-font", "\"Fira Sans\", sans-serif", true),
            ("--kk-space", "calc(1rem + 2px)", true),
            ("--colour-brand", "#000", false),
            ("--kk-", "#000", false),
            ("--kk-Colour", "#000", false),
            ("--kk-x", "", false),
            ("--kk-x", "red; background: url(x)", false),
            ("--kk-x", "red}body{display:none", false),
            ("--kk-x", "</style><script>", false),
            ("--kk-x", "red\n", false),
        ];
        for (name, value, ok) in cases {
            let mut m = municipality();
            m.tokens.insert(name.into(), value.into());
            let errors = check_municipality(&m);
            assert_eq!(errors.is_empty(), ok, "{name}: {value:?} gave {errors:?}");
            if !ok {
                assert!(errors[0].path.starts_with("$.tokens[\""), "{:?}", errors[0]);
            }
        }
    }

    #[test]
    fn a_municipality_of_the_wrong_shape_is_reported_by_path_and_position() {
        let cases = [
            ("{", "$", "not valid JSON"),
            (
                r#"{"id": "x", "nmae": "y"}"#,
                "$.nmae",
                "unknown field `nmae`",
            ),
            (r#"{"id": 5}"#, "$.id", "invalid type"),
        ];
        for (json, path, message) in cases {
            let e = parse_municipality(json).expect_err(json);
            assert_eq!(e.path, path, "{json}");
            assert!(e.message.contains(message), "{json}: {}", e.message);
            assert!(e.line.is_some() && e.column.is_some());
        }
    }

    #[test]
    fn a_webhook_posts_over_https_and_names_where_its_secret_is() {
        use kommunekit_forms::contract::{SecretRef, Webhook};
        let env = |s: &str| SecretRef::Env(s.into());
        let cases = [
            (
                "https://sager.fjordby.example/kommunekit",
                env("KK_WEBHOOK_SECRET"),
                None,
            ),
            (
                "http://127.0.0.1:9000/hook",
                SecretRef::File("/run/secrets/x".into()),
                None,
            ),
            ("http://localhost/hook", env("SECRET_2"), None),
            (
                "http://sager.fjordby.example/kommunekit",
                env("KK_WEBHOOK_SECRET"),
                Some("$.webhook.url"),
            ),
            (
                "http://localhost.evil.example/",
                env("KK_WEBHOOK_SECRET"),
                Some("$.webhook.url"),
            ),
            ("ftp://x", env("KK_WEBHOOK_SECRET"), Some("$.webhook.url")),
            ("https://", env("KK_WEBHOOK_SECRET"), Some("$.webhook.url")),
            (
                "https://x.example",
                env("kk secret"),
                Some("$.webhook.secret.env"),
            ),
            (
                "https://x.example",
                env("1SECRET"),
                Some("$.webhook.secret.env"),
            ),
            (
                "https://x.example",
                SecretRef::File("secret.txt".into()),
                Some("$.webhook.secret.file"),
            ),
        ];
        for (url, secret, problem) in cases {
            let errors = check_webhook(&Webhook {
                url: url.into(),
                secret,
            });
            assert_eq!(
                errors.first().map(|e| e.path.as_str()),
                problem,
                "{url}: {errors:?}"
            );
        }
    }

    #[test]
    fn a_logo_must_be_a_plain_svg_file_name() {
        let dir = Path::new(".");
        for name in [
            "../secret.svg",
            "/etc/passwd",
            "sub/logo.svg",
            ".hidden.svg",
            "logo.png",
        ] {
            assert!(read_logo(dir, name).is_err(), "{name}");
        }
    }
}
