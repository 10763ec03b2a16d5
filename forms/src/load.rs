//! Loading a definition from JSON, with every problem reported by its JSON path and a
//! sentence that says how to fix it.

use crate::definition::{FieldType, ServiceDefinition, CHECK_ANSWERS, RESERVED_PAGE_IDS};
use crate::text::Text;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;

/// One problem in a definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DefinitionError {
    /// Where: a JSON path such as `$.pages[2].fields[0].id`.
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// The line in the file, where known (syntax and shape errors).
    pub line: Option<usize>,
    /// The column in the line, where known.
    pub column: Option<usize>,
}

impl DefinitionError {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        DefinitionError {
            path: path.into(),
            message: message.into(),
            line: None,
            column: None,
        }
    }
}

impl fmt::Display for DefinitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => {
                write!(f, "{} (line {l}, column {c}): {}", self.path, self.message)
            }
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Every problem found in a definition.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// The problems, in the order of the file.
    pub errors: Vec<DefinitionError>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        writeln!(
            f,
            "{n} problem{} in the definition:",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.errors {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

/// Reads a definition from JSON and checks it. A file that does not parse gives the
/// line and column; a file of the wrong shape gives the path of the first wrong value;
/// a file of the right shape gives every problem of meaning at once.
pub fn load_definition(json: &str) -> Result<ServiceDefinition, LoadError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let definition: ServiceDefinition = match serde_path_to_error::deserialize(&mut de) {
        Ok(d) => d,
        Err(err) => {
            let path = json_path(&err.path().to_string());
            let inner = err.into_inner();
            let message = if inner.is_syntax() || inner.is_eof() {
                format!(
                    "this is not valid JSON: {}",
                    strip_position(&inner.to_string())
                )
            } else {
                strip_position(&inner.to_string())
            };
            let path = if inner.is_syntax() || inner.is_eof() {
                "$".to_string()
            } else {
                path
            };
            return Err(LoadError {
                errors: vec![DefinitionError {
                    path,
                    message,
                    line: Some(inner.line()),
                    column: Some(inner.column()),
                }],
            });
        }
    };
    if let Err(trailing) = de.end() {
        return Err(LoadError {
            errors: vec![DefinitionError {
                path: "$".into(),
                message: "there is more after the definition's closing brace; remove it".into(),
                line: Some(trailing.line()),
                column: Some(trailing.column()),
            }],
        });
    }
    let errors = check_definition(&definition);
    if errors.is_empty() {
        Ok(definition)
    } else {
        Err(LoadError { errors })
    }
}

/// Turns serde_path_to_error's `pages[1].fields[0].id` into `$.pages[1].fields[0].id`.
fn json_path(p: &str) -> String {
    if p.is_empty() || p == "." {
        "$".into()
    } else {
        format!("$.{p}")
    }
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(s: &str) -> String {
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

const ID_RULE: &str = "use lowercase letters a-z, digits and hyphens, e.g. \"road-problem\"";

/// Checks the meaning of a definition that has the right shape, and returns every
/// problem found (empty when the definition can be published).
pub fn check_definition(d: &ServiceDefinition) -> Vec<DefinitionError> {
    let mut errors = Vec::new();
    let mut err = |path: String, message: String| errors.push(DefinitionError::at(path, message));

    if !is_id(&d.id) {
        err(
            "$.id".into(),
            format!("\"{}\" is not a valid id: {ID_RULE}", d.id),
        );
    }
    if d.version == 0 {
        err("$.version".into(), "the version must be 1 or more".into());
    }

    // Texts in both languages.
    let mut texts: Vec<(String, &Text)> = vec![
        ("$.title".into(), &d.title),
        ("$.description".into(), &d.description),
        ("$.check_answers.title".into(), &d.check_answers.title),
        (
            "$.check_answers.submit_label".into(),
            &d.check_answers.submit_label,
        ),
        ("$.confirmation.title".into(), &d.confirmation.title),
    ];
    if let Some(t) = &d.check_answers.declaration {
        texts.push(("$.check_answers.declaration".into(), t));
    }
    for (i, t) in d.start.body.iter().enumerate() {
        texts.push((format!("$.start.body[{i}]"), t));
    }
    for (i, t) in d.start.before_you_start.iter().enumerate() {
        texts.push((format!("$.start.before_you_start[{i}]"), t));
    }
    for (i, t) in d.confirmation.next_steps.iter().enumerate() {
        texts.push((format!("$.confirmation.next_steps[{i}]"), t));
    }
    for (pi, page) in d.pages.iter().enumerate() {
        if let Some(t) = &page.title {
            texts.push((format!("$.pages[{pi}].title"), t));
        }
        for (fi, field) in page.fields.iter().enumerate() {
            let fp = format!("$.pages[{pi}].fields[{fi}]");
            texts.push((format!("{fp}.label"), &field.label));
            if let Some(t) = &field.hint {
                texts.push((format!("{fp}.hint"), t));
            }
            if let Some(t) = field.errors.as_ref().and_then(|e| e.required.as_ref()) {
                texts.push((format!("{fp}.errors.required"), t));
            }
            for (oi, o) in field.options.iter().enumerate() {
                texts.push((format!("{fp}.options[{oi}].label"), &o.label));
                if let Some(t) = &o.hint {
                    texts.push((format!("{fp}.options[{oi}].hint"), t));
                }
            }
        }
    }
    for (path, text) in texts {
        if text.da.trim().is_empty() {
            err(
                format!("{path}.da"),
                "the Danish text is empty; write it".into(),
            );
        }
        if text.en.trim().is_empty() {
            err(
                format!("{path}.en"),
                "the English text is empty; write it".into(),
            );
        }
    }

    if d.pages.is_empty() {
        err(
            "$.pages".into(),
            "a service needs at least one question page".into(),
        );
    }

    // Pages and fields: ids, and what each type allows.
    let mut page_ids: BTreeMap<&str, usize> = BTreeMap::new();
    let mut field_ids: BTreeMap<&str, String> = BTreeMap::new();
    for (pi, page) in d.pages.iter().enumerate() {
        let pp = format!("$.pages[{pi}]");
        if !is_id(&page.id) {
            err(
                format!("{pp}.id"),
                format!("\"{}\" is not a valid page id: {ID_RULE}", page.id),
            );
        } else if RESERVED_PAGE_IDS.contains(&page.id.as_str()) {
            err(
                format!("{pp}.id"),
                format!(
                    "\"{}\" is reserved for the portal's own pages; choose another id",
                    page.id
                ),
            );
        }
        if let Some(first) = page_ids.insert(&page.id, pi) {
            err(
                format!("{pp}.id"),
                format!("the page id \"{}\" is already used by $.pages[{first}]; page ids must be unique", page.id),
            );
        }
        if page.fields.is_empty() {
            err(
                format!("{pp}.fields"),
                "a question page needs at least one field".into(),
            );
        }
        if page.title.is_none() && page.fields.len() > 1 {
            err(
                format!("{pp}.title"),
                "a page with several fields needs a title to use as its heading".into(),
            );
        }
        for (fi, field) in page.fields.iter().enumerate() {
            let fp = format!("{pp}.fields[{fi}]");
            if !is_id(&field.id) {
                err(
                    format!("{fp}.id"),
                    format!("\"{}\" is not a valid field id: {ID_RULE}", field.id),
                );
            }
            if let Some(first) = field_ids.insert(&field.id, fp.clone()) {
                err(
                    format!("{fp}.id"),
                    format!("the field id \"{}\" is already used by {first}; field ids must be unique in the whole service", field.id),
                );
            }
            let kind = field.kind.as_str();
            match field.kind {
                FieldType::Radios => {
                    if field.options.len() < 2 {
                        err(
                            format!("{fp}.options"),
                            "radios need at least two options".into(),
                        );
                    }
                    let mut seen = BTreeSet::new();
                    for (oi, o) in field.options.iter().enumerate() {
                        if o.value.trim().is_empty() {
                            err(
                                format!("{fp}.options[{oi}].value"),
                                "an option needs a value".into(),
                            );
                        } else if !seen.insert(o.value.as_str()) {
                            err(
                                format!("{fp}.options[{oi}].value"),
                                format!("the value \"{}\" is used by another option of this field; values must be unique", o.value),
                            );
                        }
                    }
                }
                _ if !field.options.is_empty() => err(
                    format!("{fp}.options"),
                    format!(
                        "a {kind} field has no options; remove \"options\" or use type \"radios\""
                    ),
                ),
                _ => {}
            }
            match (field.kind, field.max_length) {
                (FieldType::Text | FieldType::Textarea, Some(0)) => err(
                    format!("{fp}.max_length"),
                    "max_length must be at least 1".into(),
                ),
                (FieldType::Text | FieldType::Textarea, _) | (_, None) => {}
                (_, Some(_)) => err(
                    format!("{fp}.max_length"),
                    format!("a {kind} field has no max_length; remove it"),
                ),
            }
            match (&field.date, field.kind) {
                (Some(rules), FieldType::Date) if rules.not_future && rules.not_past => err(
                    format!("{fp}.date"),
                    "not_future and not_past together allow only today; remove one of them".into(),
                ),
                (Some(_), FieldType::Date) | (None, _) => {}
                (Some(_), _) => err(
                    format!("{fp}.date"),
                    format!(
                        "date rules belong to a date field, not a {kind} field; remove \"date\""
                    ),
                ),
            }
        }
    }

    // Routes: targets, conditions, and routes that can never be taken.
    for (pi, page) in d.pages.iter().enumerate() {
        let mut unconditional_seen = false;
        for (ri, route) in page.next.iter().enumerate() {
            let rp = format!("$.pages[{pi}].next[{ri}]");
            if unconditional_seen {
                err(
                    rp.clone(),
                    "this route comes after a route without \"when\", so it is never taken; move it up or remove it".into(),
                );
            }
            if route.when.is_none() {
                unconditional_seen = true;
            }
            if route.goto != CHECK_ANSWERS && !page_ids.contains_key(route.goto.as_str()) {
                err(
                    format!("{rp}.goto"),
                    format!(
                        "there is no page \"{}\"; use the id of a page or \"{CHECK_ANSWERS}\"",
                        route.goto
                    ),
                );
            }
            if route.goto == page.id {
                err(format!("{rp}.goto"), "a page cannot lead to itself".into());
            }
            if let Some(condition) = &route.when {
                for (field_id, values) in condition.comparisons() {
                    let Some((_, field)) = d.field(field_id) else {
                        err(
                            format!("{rp}.when"),
                            format!("the condition reads the field \"{field_id}\", which does not exist"),
                        );
                        continue;
                    };
                    match field.kind {
                        FieldType::Radios => {
                            for v in values {
                                if field.option_label(v).is_none() {
                                    let options: Vec<&str> =
                                        field.options.iter().map(|o| o.value.as_str()).collect();
                                    err(
                                        format!("{rp}.when"),
                                        format!("the condition compares \"{field_id}\" with \"{v}\", which is not one of its options ({})", options.join(", ")),
                                    );
                                }
                            }
                        }
                        FieldType::Date if !values.is_empty() => err(
                            format!("{rp}.when"),
                            format!("the condition compares the date field \"{field_id}\" with text; only answered / not_answered apply to dates"),
                        ),
                        _ => {}
                    }
                }
            }
        }
    }

    // Reachability and exits, on the graph of every possible route.
    if !d.pages.is_empty() {
        let edges = |i: usize| -> Vec<Option<usize>> {
            let page = &d.pages[i];
            let mut out: Vec<Option<usize>> = page
                .next
                .iter()
                .map(|r| {
                    if r.goto == CHECK_ANSWERS {
                        None
                    } else {
                        d.page_index(&r.goto).map(Some).unwrap_or(None)
                    }
                })
                .collect();
            if page.next.iter().all(|r| r.when.is_some()) {
                out.push(if i + 1 < d.pages.len() {
                    Some(i + 1)
                } else {
                    None
                });
            }
            out
        };
        let mut reached = vec![false; d.pages.len()];
        let mut queue = VecDeque::from([0usize]);
        reached[0] = true;
        while let Some(i) = queue.pop_front() {
            for next in edges(i).into_iter().flatten() {
                if !reached[next] {
                    reached[next] = true;
                    queue.push_back(next);
                }
            }
        }
        // Pages from which check answers can be reached, found backwards.
        let mut exits = vec![false; d.pages.len()];
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..d.pages.len() {
                if !exits[i] && edges(i).into_iter().any(|e| e.is_none_or(|n| exits[n])) {
                    exits[i] = true;
                    changed = true;
                }
            }
        }
        for (i, page) in d.pages.iter().enumerate() {
            if !reached[i] {
                err(
                    format!("$.pages[{i}]"),
                    format!(
                        "no route reaches the page \"{}\"; add a route to it or remove it",
                        page.id
                    ),
                );
            } else if !exits[i] {
                err(
                    format!("$.pages[{i}].next"),
                    format!("from the page \"{}\" no route leads to check answers (a loop without exit); add a route that leaves the loop", page.id),
                );
            }
        }
    }
    errors
}
