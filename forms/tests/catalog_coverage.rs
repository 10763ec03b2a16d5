//! The sample services of `catalog/services/` are the living examples of the
//! definition format: together they use every field type, every condition, every
//! content block and every kind of page structure, so that every feature is walked by
//! the generated journeys and the browser tests.
//!
//! The list of what exists is read from the generated JSON Schema of the format
//! (`catalog/schema/service.schema.json`, which another test keeps in step with the
//! types), and what a service uses is named by exhaustive matches on the types: a new
//! field type, condition or block fails this test until a sample service uses it, and
//! a new variant does not compile here until it is named.

use kommunekit_forms::markup::{self, Span};
use kommunekit_forms::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Every service of the catalog, loaded with the real loader, with its file name.
fn catalog() -> Vec<(String, ServiceDefinition)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog/services");
    let mut services = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("catalog/services can be read") {
        let path = entry.expect("a directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let json = std::fs::read_to_string(&path).expect("a service file can be read");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match load_definition(&json) {
            Ok(d) => services.push((name, d)),
            Err(e) => panic!("{name} does not load:\n{e}"),
        }
    }
    assert!(!services.is_empty(), "catalog/services has no services");
    services
}

/// The generated schema of the definition format.
fn schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog/schema/service.schema.json");
    let json = std::fs::read_to_string(path).expect("the service schema can be read");
    serde_json::from_str(&json).expect("the service schema is JSON")
}

/// The alternatives of a definition in the schema, by the name each is written with:
/// the constant of a string alternative, or the one required key of an object one.
fn alternatives(schema: &Value, def: &str) -> BTreeSet<String> {
    let defs = schema
        .get("$defs")
        .or_else(|| schema.get("definitions"))
        .expect("the schema has definitions");
    let def_value = &defs[def];
    let alts = def_value
        .get("oneOf")
        .or_else(|| def_value.get("anyOf"))
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{def} in the schema has no alternatives"));
    alts.iter()
        .map(|alt| {
            if let Some(c) = alt.get("const").and_then(Value::as_str) {
                return c.to_string();
            }
            let required = alt["required"]
                .as_array()
                .unwrap_or_else(|| panic!("an alternative of {def} names no key: {alt}"));
            required[0]
                .as_str()
                .expect("a required key is a string")
                .to_string()
        })
        .collect()
}

/// The name a field type is written with.
fn field_type_name(kind: FieldType) -> &'static str {
    match kind {
        FieldType::Text => "text",
        FieldType::Textarea => "textarea",
        FieldType::Email => "email",
        FieldType::Date => "date",
        FieldType::Radios => "radios",
        FieldType::Number => "number",
        FieldType::Money => "money",
        FieldType::Phone => "phone",
        FieldType::Cpr => "cpr",
        FieldType::Cvr => "cvr",
        FieldType::Postcode => "postcode",
        FieldType::Checkboxes => "checkboxes",
        FieldType::Select => "select",
        FieldType::YesNo => "yes-no",
        FieldType::Address => "address",
        FieldType::File => "file",
    }
}

/// The name a condition is written with, and the conditions inside it.
fn condition_name(condition: &Condition) -> (&'static str, Vec<&Condition>) {
    match condition {
        Condition::Equals { .. } => ("equals", vec![]),
        Condition::NotEquals { .. } => ("not_equals", vec![]),
        Condition::OneOf { .. } => ("one_of", vec![]),
        Condition::Answered { .. } => ("answered", vec![]),
        Condition::NotAnswered { .. } => ("not_answered", vec![]),
        Condition::Contains { .. } => ("contains", vec![]),
        Condition::GreaterThan { .. } => ("greater_than", vec![]),
        Condition::LessThan { .. } => ("less_than", vec![]),
        Condition::Before { .. } => ("before", vec![]),
        Condition::After { .. } => ("after", vec![]),
        Condition::Within { .. } => ("within", vec![]),
        Condition::All(inner) => ("all", inner.iter().collect()),
        Condition::Any(inner) => ("any", inner.iter().collect()),
        Condition::Not(inner) => ("not", vec![inner.as_ref()]),
    }
}

/// The name a content block is written with, and its texts.
fn block_name(block: &ContentBlock) -> (&'static str, Vec<&Text>) {
    match block {
        ContentBlock::Heading { heading } => ("heading", vec![heading]),
        ContentBlock::Paragraph { paragraph } => ("paragraph", vec![paragraph]),
        ContentBlock::List { list, .. } => ("list", list.iter().collect()),
        ContentBlock::Inset { inset } => ("inset", vec![inset]),
        ContentBlock::Details { details } => ("details", vec![&details.summary, &details.text]),
        ContentBlock::Warning { warning } => ("warning", vec![warning]),
    }
}

/// The name of a kind of markup span.
fn span_name(span: &Span) -> &'static str {
    match span {
        Span::Text(_) => "text",
        Span::Strong(_) => "strong",
        Span::Link { .. } => "link",
    }
}

/// The markup spans there are.
const SPANS: [&str; 3] = ["text", "strong", "link"];

/// The features of the format beyond the kinds of fields, conditions and blocks.
const FEATURES: [&str; 15] = [
    "sections",
    "a section shown only when a condition holds",
    "a section that requires another",
    "an exit page",
    "a repeat group",
    "a conditional reveal",
    "an exclusive \"none of these\" checkbox",
    "a number with a unit",
    "a money field with rules",
    "a date that must lie within a period",
    "a date bounded by another field's date",
    "a date rule that allows its own day (not_before or not_after)",
    "a file field with rules",
    "a numbered list",
    "a details block",
];

/// What the catalog uses, by kind.
#[derive(Default)]
struct Used {
    field_types: BTreeSet<String>,
    conditions: BTreeSet<String>,
    blocks: BTreeSet<String>,
    spans: BTreeSet<String>,
    features: BTreeSet<String>,
}

impl Used {
    fn condition(&mut self, condition: &Condition) {
        let (name, inner) = condition_name(condition);
        self.conditions.insert(name.to_string());
        for c in inner {
            self.condition(c);
        }
    }

    fn text(&mut self, text: &Text) {
        for source in [&text.da, &text.en] {
            for span in markup::parse(source) {
                self.spans.insert(span_name(&span).to_string());
            }
        }
    }

    fn block(&mut self, block: &ContentBlock) {
        let (name, texts) = block_name(block);
        self.blocks.insert(name.to_string());
        if let ContentBlock::List { numbered: true, .. } = block {
            self.feature("a numbered list");
        }
        if name == "details" {
            self.feature("a details block");
        }
        for t in texts {
            self.text(t);
        }
    }

    fn feature(&mut self, name: &str) {
        assert!(FEATURES.contains(&name), "{name} is not in FEATURES");
        self.features.insert(name.to_string());
    }

    fn service(&mut self, d: &ServiceDefinition) {
        for t in &d.start.body {
            self.text(t);
        }
        for page in &d.pages {
            for block in &page.content {
                self.block(block);
            }
            if page.repeat.is_some() {
                self.feature("a repeat group");
            }
            for route in &page.next {
                if let Some(c) = &route.when {
                    self.condition(c);
                }
            }
            for field in &page.fields {
                self.field(field);
            }
        }
        for exit in &d.exits {
            self.feature("an exit page");
            for block in &exit.body {
                self.block(block);
            }
        }
        if !d.sections.is_empty() {
            self.feature("sections");
        }
        for section in &d.sections {
            if let Some(c) = &section.when {
                self.feature("a section shown only when a condition holds");
                self.condition(c);
            }
            if !section.requires.is_empty() {
                self.feature("a section that requires another");
            }
        }
    }

    fn field(&mut self, field: &Field) {
        self.field_types
            .insert(field_type_name(field.kind).to_string());
        for option in &field.options {
            if !option.reveals.is_empty() {
                self.feature("a conditional reveal");
            }
            if option.exclusive {
                self.feature("an exclusive \"none of these\" checkbox");
            }
        }
        if field.number.as_ref().is_some_and(|n| n.unit.is_some()) {
            self.feature("a number with a unit");
        }
        if field
            .money
            .as_ref()
            .is_some_and(|m| m.min.is_some() || m.max.is_some())
        {
            self.feature("a money field with rules");
        }
        if let Some(date) = &field.date {
            if date.within.is_some() {
                self.feature("a date that must lie within a period");
            }
            let bounds = [&date.after, &date.before, &date.not_before, &date.not_after];
            if bounds.iter().any(|b| matches!(b, Some(DateRef::Field(_)))) {
                self.feature("a date bounded by another field's date");
            }
            if date.not_before.is_some() || date.not_after.is_some() {
                self.feature("a date rule that allows its own day (not_before or not_after)");
            }
        }
        if field.file.is_some() {
            self.feature("a file field with rules");
        }
    }
}

/// What the catalog uses, over all its services.
fn used() -> Used {
    let mut used = Used::default();
    for (_, d) in catalog() {
        used.service(&d);
    }
    used
}

/// The names of `all` that `used` lacks, or none.
fn missing(all: &BTreeSet<String>, used: &BTreeSet<String>) -> Vec<String> {
    all.difference(used).cloned().collect()
}

#[test]
fn the_names_in_this_test_are_the_names_of_the_schema() {
    let schema = schema();
    let cases: [(&str, Vec<&str>); 3] = [
        (
            "FieldType",
            [
                FieldType::Text,
                FieldType::Textarea,
                FieldType::Email,
                FieldType::Date,
                FieldType::Radios,
                FieldType::Number,
                FieldType::Money,
                FieldType::Phone,
                FieldType::Cpr,
                FieldType::Cvr,
                FieldType::Postcode,
                FieldType::Checkboxes,
                FieldType::Select,
                FieldType::YesNo,
                FieldType::Address,
                FieldType::File,
            ]
            .map(field_type_name)
            .to_vec(),
        ),
        (
            "Condition",
            vec![
                "equals",
                "not_equals",
                "one_of",
                "answered",
                "not_answered",
                "contains",
                "greater_than",
                "less_than",
                "before",
                "after",
                "within",
                "all",
                "any",
                "not",
            ],
        ),
        (
            "ContentBlock",
            vec![
                "heading",
                "paragraph",
                "list",
                "inset",
                "details",
                "warning",
            ],
        ),
    ];
    for (def, names) in cases {
        let in_schema = alternatives(&schema, def);
        for name in names {
            assert!(
                in_schema.contains(name),
                "{def} in the schema has no {name}; it has {in_schema:?}"
            );
        }
    }
    // Every field type name this test gives is one serde reads back as that type.
    for name in alternatives(&schema, "FieldType") {
        let kind: FieldType = serde_json::from_value(Value::String(name.clone()))
            .unwrap_or_else(|e| panic!("{name} is not a field type: {e}"));
        assert_eq!(field_type_name(kind), name);
    }
}

#[test]
fn the_catalog_uses_every_field_type() {
    let all = alternatives(&schema(), "FieldType");
    let lacking = missing(&all, &used().field_types);
    assert!(
        lacking.is_empty(),
        "no service in catalog/services uses the field types {lacking:?}"
    );
}

#[test]
fn the_catalog_uses_every_condition() {
    let all = alternatives(&schema(), "Condition");
    let lacking = missing(&all, &used().conditions);
    assert!(
        lacking.is_empty(),
        "no service in catalog/services uses the conditions {lacking:?}"
    );
}

#[test]
fn the_catalog_uses_every_content_block_and_markup() {
    let used = used();
    let all = alternatives(&schema(), "ContentBlock");
    let lacking = missing(&all, &used.blocks);
    assert!(
        lacking.is_empty(),
        "no service in catalog/services uses the content blocks {lacking:?}"
    );
    let spans: BTreeSet<String> = SPANS.iter().map(|s| s.to_string()).collect();
    let lacking = missing(&spans, &used.spans);
    assert!(
        lacking.is_empty(),
        "no text in catalog/services uses the markup {lacking:?}"
    );
}

#[test]
fn the_catalog_uses_every_structure_of_the_format() {
    let all: BTreeSet<String> = FEATURES.iter().map(|s| s.to_string()).collect();
    let lacking = missing(&all, &used().features);
    assert!(
        lacking.is_empty(),
        "no service in catalog/services uses {lacking:?}"
    );
}
