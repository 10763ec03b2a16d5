//! The OpenAPI 3.1 document of `/api/v1`, generated so that it cannot drift from the
//! Rust types: `cargo xtask openapi` (and `cargo xtask schema`) writes
//! `server/openapi.json`, a test fails if the committed file differs from what the code
//! gives, and a server test checks the document against the running routes.
//!
//! The paths and operations are written here with `serde_json::json!`; the component
//! schemas of the contract types come from `schemars` (JSON Schema 2020-12, the dialect
//! of OpenAPI 3.1). The few bodies that have no type in `kommunekit-forms` (the health
//! answer, the submission status, the answers of a submission) are described by hand
//! below.

use crate::root;
use kommunekit_forms::{
    Municipality, Problem, ServiceDefinition, ServiceSummary, SubmissionReceipt, SubmissionRequest,
};
use serde_json::{json, Map, Value};
use std::path::PathBuf;

/// The longest `Idempotency-Key` the server accepts (`kommunekit_server`'s
/// `MAX_IDEMPOTENCY_KEY`).
const MAX_IDEMPOTENCY_KEY: usize = 255;
/// The largest submission body the server accepts (`MAX_BODY_BYTES`).
const MAX_BODY_BYTES: usize = 256 * 1024;

/// The schemas of the contract types, as `components/schemas`.
fn component_schemas() -> Map<String, Value> {
    let mut generator = schemars::generate::SchemaSettings::draft2020_12()
        .with(|s| {
            s.definitions_path = "/components/schemas".into();
            s.meta_schema = None;
        })
        .into_generator();
    generator.subschema_for::<Municipality>();
    generator.subschema_for::<ServiceSummary>();
    generator.subschema_for::<ServiceDefinition>();
    generator.subschema_for::<SubmissionRequest>();
    generator.subschema_for::<SubmissionReceipt>();
    generator.subschema_for::<Problem>();
    let mut schemas = generator.take_definitions(true);

    // `Answer` has no schema of its own in the forms crate: it is described here.
    if let Some(answers) = schemas
        .get_mut("SubmissionRequest")
        .and_then(|s| s.pointer_mut("/properties/answers"))
    {
        *answers = json!({
            "description": "The answers on the route taken, by field id (or repeat page id).",
            "type": "object",
            "additionalProperties": { "$ref": "#/components/schemas/Answer" }
        });
    }
    schemas.insert(
        "Answer".into(),
        json!({
            "description": "The answer to one field, as the citizen entered it.",
            "anyOf": [
                {
                    "description": "Text, an email address, or the value of the chosen option.",
                    "type": "string"
                },
                { "$ref": "#/components/schemas/DateAnswer" },
                {
                    "description": "The values of the ticked checkboxes.",
                    "type": "array",
                    "items": { "type": "string" }
                },
                {
                    "description": "The items of a repeat page, each mapping the page's field ids to their answers.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "additionalProperties": { "$ref": "#/components/schemas/Answer" }
                    }
                }
            ]
        }),
    );
    schemas.insert(
        "DateAnswer".into(),
        json!({
            "description": "A date as typed into its three inputs, kept as typed.",
            "type": "object",
            "properties": {
                "day": { "type": "string" },
                "month": { "type": "string" },
                "year": { "type": "string" }
            },
            "required": ["day", "month", "year"],
            "additionalProperties": false
        }),
    );
    schemas.insert(
        "Health".into(),
        json!({
            "description": "The server is up.",
            "type": "object",
            "properties": { "status": { "const": "ok" } },
            "required": ["status"]
        }),
    );
    schemas.insert(
        "SubmissionStatus".into(),
        json!({
            "description": "Where a submission is in its handling.",
            "type": "object",
            "properties": {
                "reference": {
                    "description": "The reference number, e.g. `KK-7F3K-9Q2M`.",
                    "type": "string"
                },
                "service_id": {
                    "description": "The service the submission belongs to.",
                    "type": "string"
                },
                "submitted_at": {
                    "description": "When the submission was stored, RFC 3339 in UTC.",
                    "type": "string"
                },
                "status": {
                    "description": "`received`: stored, not yet handled by the municipality.",
                    "type": "string",
                    "enum": ["received"]
                }
            },
            "required": ["reference", "service_id", "submitted_at", "status"]
        }),
    );
    schemas.sort_keys();
    schemas
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// A `200` JSON answer that carries an entity tag.
fn cached_json(description: &str, schema: Value) -> Value {
    json!({
        "description": description,
        "headers": {
            "ETag": { "$ref": "#/components/headers/ETag" },
            "Cache-Control": { "$ref": "#/components/headers/Cache-Control" }
        },
        "content": { "application/json": { "schema": schema } }
    })
}

/// A problem answer.
fn problem(description: &str) -> Value {
    json!({
        "description": description,
        "content": {
            "application/problem+json": { "schema": schema_ref("Problem") }
        }
    })
}

fn not_modified() -> Value {
    json!({
        "description": "The client's copy (`If-None-Match`) is current.",
        "headers": { "ETag": { "$ref": "#/components/headers/ETag" } }
    })
}

fn paths() -> Value {
    let if_none_match = json!({ "$ref": "#/components/parameters/If-None-Match" });
    let service_id = json!({ "$ref": "#/components/parameters/ServiceId" });
    json!({
        "/health": {
            "get": {
                "operationId": "health",
                "summary": "Whether the server is up",
                "tags": ["operations"],
                "responses": {
                    "200": {
                        "description": "The server is up.",
                        "content": { "application/json": { "schema": schema_ref("Health") } }
                    }
                }
            }
        },
        "/tenant": {
            "get": {
                "operationId": "getTenant",
                "summary": "The municipality that runs the portal",
                "description": "Name, contact, design tokens, and the address of the logo (`/api/v1/tenant/logo`) when there is one.",
                "tags": ["tenant"],
                "parameters": [if_none_match],
                "responses": {
                    "200": cached_json("The municipality.", schema_ref("Municipality")),
                    "304": not_modified()
                }
            }
        },
        "/tenant/logo": {
            "get": {
                "operationId": "getTenantLogo",
                "summary": "The municipality's logo",
                "tags": ["tenant"],
                "parameters": [if_none_match],
                "responses": {
                    "200": {
                        "description": "The logo as SVG.",
                        "headers": {
                            "ETag": { "$ref": "#/components/headers/ETag" },
                            "Cache-Control": { "$ref": "#/components/headers/Cache-Control" }
                        },
                        "content": { "image/svg+xml": { "schema": { "type": "string" } } }
                    },
                    "304": not_modified(),
                    "404": problem("The municipality has no logo.")
                }
            }
        },
        "/services": {
            "get": {
                "operationId": "listServices",
                "summary": "The service catalog",
                "tags": ["services"],
                "parameters": [if_none_match],
                "responses": {
                    "200": cached_json(
                        "Every service of the municipality.",
                        json!({ "type": "array", "items": schema_ref("ServiceSummary") })
                    ),
                    "304": not_modified()
                }
            }
        },
        "/services/{id}": {
            "get": {
                "operationId": "getService",
                "summary": "The definition of one service",
                "description": "Pages, fields, conditions and validation rules: the portal runs the journey from it, and the server validates submissions with the same definition.",
                "tags": ["services"],
                "parameters": [service_id, if_none_match],
                "responses": {
                    "200": cached_json("The service definition.", schema_ref("ServiceDefinition")),
                    "304": not_modified(),
                    "404": problem("There is no such service.")
                }
            }
        },
        "/services/{id}/submissions": {
            "post": {
                "operationId": "submit",
                "summary": "Submit the answers to a service",
                "description": "The server validates the answers against the current definition, stores them, and answers `201 Created` only once they are durably stored. Sending the same body again with the same `Idempotency-Key` gives the same receipt and stores nothing new.",
                "tags": ["submissions"],
                "parameters": [
                    service_id,
                    { "$ref": "#/components/parameters/Idempotency-Key" }
                ],
                "requestBody": {
                    "required": true,
                    "description": format!("At most {MAX_BODY_BYTES} bytes."),
                    "content": {
                        "application/json": { "schema": schema_ref("SubmissionRequest") }
                    }
                },
                "responses": {
                    "201": {
                        "description": "Stored. The receipt carries the reference number the citizen quotes.",
                        "headers": {
                            "Location": {
                                "description": "The status of the submission: `/api/v1/submissions/{reference}`.",
                                "schema": { "type": "string" }
                            }
                        },
                        "content": {
                            "application/json": { "schema": schema_ref("SubmissionReceipt") }
                        }
                    },
                    "400": problem("The body is not JSON or not a submission (`/problems/invalid-body`), or the `Idempotency-Key` is not usable (`/problems/invalid-idempotency-key`)."),
                    "404": problem("There is no such service."),
                    "409": problem("The answers were given to another version of the service (`/problems/version-conflict`): fetch the service again and carry over the answers that still fit."),
                    "413": problem(&format!("The body is larger than {MAX_BODY_BYTES} bytes (`/problems/body-too-large`).")),
                    "422": problem("The answers do not pass validation (`/problems/validation`, with `errors` per field), or the `Idempotency-Key` was used before with another body (`/problems/idempotency-key-reused`)."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/submissions/{reference}": {
            "get": {
                "operationId": "getSubmissionStatus",
                "summary": "Where a submission is in its handling",
                "tags": ["submissions"],
                "parameters": [{
                    "name": "reference",
                    "in": "path",
                    "required": true,
                    "description": "The reference number from the receipt.",
                    "schema": {
                        "type": "string",
                        "pattern": "^KK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"
                    },
                    "example": "KK-7F3K-9Q2M"
                }],
                "responses": {
                    "200": {
                        "description": "The submission's status.",
                        "content": {
                            "application/json": { "schema": schema_ref("SubmissionStatus") }
                        }
                    },
                    "404": problem("There is no submission with this reference."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        }
    })
}

/// The OpenAPI document.
pub fn document() -> Value {
    json!({
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "KommuneKit API",
            "version": "1",
            "summary": "What a KommuneKit portal needs from a municipality's backend.",
            "description": "A backend that implements this contract serves any KommuneKit portal. Errors are RFC 9457 problems (`application/problem+json`) whose `type` is a relative URI reference under `/problems/`. Generated from the Rust types by `cargo xtask openapi`; do not edit by hand.",
            "license": { "name": "EUPL-1.2", "identifier": "EUPL-1.2" }
        },
        "servers": [{ "url": "/api/v1" }],
        "tags": [
            { "name": "operations" },
            { "name": "tenant" },
            { "name": "services" },
            { "name": "submissions" }
        ],
        "paths": paths(),
        "components": {
            "schemas": component_schemas(),
            "parameters": {
                "ServiceId": {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "description": "The service id, e.g. `report-road-problem`.",
                    "schema": { "type": "string" }
                },
                "If-None-Match": {
                    "name": "If-None-Match",
                    "in": "header",
                    "required": false,
                    "description": "The `ETag` of the copy the client has; the answer is `304` when it is current.",
                    "schema": { "type": "string" }
                },
                "Idempotency-Key": {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": false,
                    "description": "One key per submission, e.g. a UUID, so that a retry is not stored twice. Optional today; the portal always sends one.",
                    "schema": { "type": "string", "minLength": 1, "maxLength": MAX_IDEMPOTENCY_KEY }
                }
            },
            "headers": {
                "ETag": {
                    "description": "The entity tag of the body.",
                    "schema": { "type": "string" }
                },
                "Cache-Control": {
                    "description": "`no-cache`: check back every time, so a published change shows at once.",
                    "schema": { "type": "string" }
                }
            }
        }
    })
}

/// The document as committed: pretty JSON with a trailing newline.
pub fn text() -> String {
    let mut text = serde_json::to_string_pretty(&document()).unwrap_or_default();
    text.push('\n');
    text
}

fn path() -> PathBuf {
    root().join("server/openapi.json")
}

/// Writes `server/openapi.json`.
pub fn write() -> Result<(), String> {
    let path = path();
    std::fs::write(&path, text()).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_openapi_document_matches_the_code() {
        let path = path();
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text(),
            "{} is out of date with the Rust types: run `cargo xtask openapi` and commit it",
            path.display()
        );
    }

    #[test]
    fn every_reference_in_the_document_resolves() {
        fn walk(value: &Value, doc: &Value, out: &mut Vec<String>) {
            match value {
                Value::Object(map) => {
                    if let Some(Value::String(r)) = map.get("$ref") {
                        let resolved = r.strip_prefix('#').and_then(|pointer| doc.pointer(pointer));
                        if resolved.is_none() {
                            out.push(r.clone());
                        }
                    }
                    map.values().for_each(|v| walk(v, doc, out));
                }
                Value::Array(items) => items.iter().for_each(|v| walk(v, doc, out)),
                _ => {}
            }
        }
        let doc = document();
        let mut dangling = Vec::new();
        walk(&doc, &doc, &mut dangling);
        assert!(dangling.is_empty(), "references to nothing: {dangling:?}");
        assert!(
            !text().contains("$defs"),
            "every schema must live in components/schemas"
        );
    }
}
