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
use kommunekit_forms::contract::{AddressSuggestion, Draft, DraftRequest, ResumeRequest};
use kommunekit_forms::{
    AttachmentRef, Municipality, Problem, ServiceDefinition, ServiceSummary, SubmissionReceipt,
    SubmissionRequest,
};
use serde_json::{json, Map, Value};
use std::path::PathBuf;

/// The longest `Idempotency-Key` the server accepts (`kommunekit_server`'s
/// `MAX_IDEMPOTENCY_KEY`).
const MAX_IDEMPOTENCY_KEY: usize = 255;
/// The largest submission body the server accepts (`MAX_BODY_BYTES`).
const MAX_BODY_BYTES: usize = 256 * 1024;
/// The largest file the server takes (`MAX_ATTACHMENT_BYTES`): the most a file field
/// may allow.
const MAX_ATTACHMENT_BYTES: u64 = kommunekit_forms::file::MAX_SIZE_MB_LIMIT as u64 * 1024 * 1024;
/// The pattern of a draft id.
const DRAFT_ID_PATTERN: &str = "^drf_[0-9a-hjkmnp-tv-z]{26}$";
/// The pattern of a resume code as the server reads it: twelve characters of its
/// alphabet (`kommunekit_server`'s `RESUME_ALPHABET`) in either case, with spaces and
/// hyphens anywhere.
const RESUME_CODE_PATTERN: &str = "^[ -]*(?:[2-9A-HJ-NP-Za-hj-np-z][ -]*){12}$";

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
    generator.subschema_for::<AttachmentRef>();
    generator.subschema_for::<DraftRequest>();
    generator.subschema_for::<Draft>();
    generator.subschema_for::<ResumeRequest>();
    generator.subschema_for::<AddressSuggestion>();
    let mut schemas = generator.take_definitions(true);

    // `Answer` has no schema of its own in the forms crate: it is described here.
    for (schema, description) in [
        (
            "SubmissionRequest",
            "The answers on the route taken, by field id (or repeat page id).",
        ),
        (
            "DraftRequest",
            "The answers so far, by field id (or repeat page id), as entered.",
        ),
        ("Draft", "The answers, as saved."),
    ] {
        if let Some(answers) = schemas
            .get_mut(schema)
            .and_then(|s| s.pointer_mut("/properties/answers"))
        {
            *answers = json!({
                "description": description,
                "type": "object",
                "additionalProperties": { "$ref": "#/components/schemas/Answer" }
            });
        }
    }
    if let Some(code) = schemas
        .get_mut("ResumeRequest")
        .and_then(|s| s.pointer_mut("/properties/resume_code"))
        .and_then(Value::as_object_mut)
    {
        code.insert("pattern".into(), json!(RESUME_CODE_PATTERN));
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
                { "$ref": "#/components/schemas/AddressAnswer" },
                {
                    "description": "The values of the ticked checkboxes.",
                    "type": "array",
                    "items": { "type": "string" }
                },
                {
                    "description": "The files of a file field, as `POST /attachments` described them.",
                    "type": "array",
                    "items": { "$ref": "#/components/schemas/AttachmentRef" }
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
    schemas.insert(
        "ForwardedSubmission".into(),
        json!({
            "description": "A stored submission as the municipality's webhook receives it.",
            "type": "object",
            "properties": {
                "reference": { "description": "The reference number the citizen got.", "type": "string" },
                "service_id": { "description": "The service.", "type": "string" },
                "service_version": { "description": "The version of its definition.", "type": "integer", "minimum": 1 },
                "language": { "$ref": "#/components/schemas/Lang" },
                "submitted_at": { "description": "When it was stored, RFC 3339 in UTC.", "type": "string" },
                "answers": {
                    "description": "The answers on the route taken, validated and in canonical form.",
                    "type": "object",
                    "additionalProperties": { "$ref": "#/components/schemas/Answer" }
                },
                "attachments": {
                    "description": "The files the answers refer to.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "field": { "description": "The file field.", "type": "string" },
                            "id": { "type": "string" },
                            "name": { "type": "string" },
                            "size": { "type": "integer", "minimum": 0 },
                            "content_type": { "type": "string" },
                            "download": {
                                "description": "Where the bytes are, on the portal's server: `GET` with the admin token.",
                                "type": "string"
                            }
                        },
                        "required": ["field", "id", "name", "size", "content_type", "download"]
                    }
                }
            },
            "required": ["reference", "service_id", "service_version", "language", "submitted_at", "answers", "attachments"]
        }),
    );
    schemas.insert(
        "OutboxEntry".into(),
        json!({
            "description": "The forward of one submission to the municipality's webhook.",
            "type": "object",
            "properties": {
                "id": { "description": "The forward's id.", "type": "integer" },
                "reference": {
                    "description": "The submission's reference number; also the `X-KommuneKit-Delivery` header of each delivery.",
                    "type": "string"
                },
                "state": {
                    "description": "`pending`: to be delivered (again); `delivered`: the webhook answered 2xx; `dead`: every attempt failed.",
                    "type": "string",
                    "enum": ["pending", "delivered", "dead"]
                },
                "attempts": { "description": "Deliveries tried.", "type": "integer", "minimum": 0 },
                "next_attempt_at": {
                    "description": "When the next attempt is due (pending only), RFC 3339 in UTC.",
                    "type": "string"
                },
                "last_error": { "description": "Why the last attempt failed.", "type": "string" },
                "created_at": { "description": "When it was queued, RFC 3339 in UTC.", "type": "string" },
                "delivered_at": { "description": "When it was delivered, RFC 3339 in UTC.", "type": "string" }
            },
            "required": ["id", "reference", "state", "attempts", "created_at"]
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

/// A problem answer that says in `Retry-After` how many seconds to wait.
fn problem_retry_after(description: &str) -> Value {
    let mut answer = problem(description);
    answer["headers"] = json!({
        "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "required": true,
            "schema": { "type": "integer", "minimum": 1 }
        }
    });
    answer
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
                    { "$ref": "#/components/parameters/Idempotency-Key" },
                    {
                        "name": "Draft-Id",
                        "in": "header",
                        "required": false,
                        "description": "The id of the draft the answers were resumed from: it is deleted with the submission, in the same transaction.",
                        "schema": { "type": "string", "pattern": DRAFT_ID_PATTERN }
                    }
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
                    "409": problem("The answers were given to another version of the service (`/problems/version-conflict`): fetch the service again and carry over the answers that still fit. Or a request with the same `Idempotency-Key` is still being handled (`/problems/idempotency-key-in-flight`, with `Retry-After`): send again after it to get its answer."),
                    "413": problem(&format!("The body is larger than {MAX_BODY_BYTES} bytes (`/problems/body-too-large`).")),
                    "422": problem("The answers do not pass validation (`/problems/validation`, with `errors` per field and page), the `Idempotency-Key` was used before with another body (`/problems/idempotency-key-reused`), or an attachment is unknown, of another field, or taken by another submission (`/problems/unknown-attachment`, with the field in `errors`)."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/attachments": {
            "post": {
                "operationId": "uploadAttachment",
                "summary": "Upload a file to a file field",
                "description": "The body is the file's bytes, the `Content-Type` its declared type. The server checks the field's rules (kinds, size) and the content itself (PDF, PNG, JPEG, HEIC by their signatures, whatever the name says), stores the file, and answers the reference to put in the field's answer. The most files of a field is checked at submission.",
                "tags": ["attachments"],
                "parameters": [
                    {
                        "name": "service", "in": "query", "required": true,
                        "description": "The service id.", "schema": { "type": "string" }
                    },
                    {
                        "name": "field", "in": "query", "required": true,
                        "description": "The id of the file field.", "schema": { "type": "string" }
                    },
                    {
                        "name": "name", "in": "query", "required": true,
                        "description": "The file's name as the citizen chose it.",
                        "schema": { "type": "string", "minLength": 1, "maxLength": 255 }
                    },
                    {
                        "name": "Accept-Language", "in": "header", "required": false,
                        "description": "`en` for English messages in `errors`; Danish otherwise.",
                        "schema": { "type": "string" }
                    }
                ],
                "requestBody": {
                    "required": true,
                    "description": format!("The file, at most the field's `max_size_mb` and never more than {MAX_ATTACHMENT_BYTES} bytes."),
                    "content": {
                        "application/pdf": { "schema": { "type": "string", "contentMediaType": "application/pdf" } },
                        "image/png": { "schema": { "type": "string", "contentMediaType": "image/png" } },
                        "image/jpeg": { "schema": { "type": "string", "contentMediaType": "image/jpeg" } },
                        "image/heic": { "schema": { "type": "string", "contentMediaType": "image/heic" } },
                        "application/octet-stream": { "schema": { "type": "string", "contentMediaType": "application/octet-stream" } }
                    }
                },
                "responses": {
                    "201": {
                        "description": "Stored. Put the reference in the field's answer.",
                        "content": { "application/json": { "schema": schema_ref("AttachmentRef") } }
                    },
                    "400": problem("The query lacks the service, the field or the name (`/problems/invalid-query`), or the name is not usable (`/problems/invalid-file-name`, on the field)."),
                    "404": problem("There is no such service, or it has no such file field."),
                    "413": problem("The file is larger than the field allows (`/problems/file-too-large`, on the field)."),
                    "415": problem("The file's name, declared type or content is not one of the kinds the field takes (`/problems/unsupported-file-type`, on the field; the detail says what the content is)."),
                    "422": problem("The file is empty (`/problems/empty-file`, on the field)."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/attachments/{attachment_id}": {
            "delete": {
                "operationId": "deleteAttachment",
                "summary": "Take back a file before submitting",
                "description": "The id, given only to the uploader, is the permission. A file that belongs to a submission stays.",
                "tags": ["attachments"],
                "parameters": [{ "$ref": "#/components/parameters/AttachmentId" }],
                "responses": {
                    "204": { "description": "Deleted." },
                    "404": problem("There is no such attachment."),
                    "409": problem("The file belongs to a submission (`/problems/attachment-submitted`)."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/drafts": {
            "post": {
                "operationId": "saveDraft",
                "summary": "Save the answers so far, to resume later",
                "description": "Answers `201` with the draft, its resume code (given only here: the server keeps a hash) and when it expires unless saved again.",
                "tags": ["drafts"],
                "requestBody": {
                    "required": true,
                    "description": format!("At most {MAX_BODY_BYTES} bytes."),
                    "content": { "application/json": { "schema": schema_ref("DraftRequest") } }
                },
                "responses": {
                    "201": {
                        "description": "Saved.",
                        "headers": {
                            "Location": {
                                "description": "`/api/v1/drafts/{draft_id}`.",
                                "schema": { "type": "string" }
                            }
                        },
                        "content": { "application/json": { "schema": schema_ref("Draft") } }
                    },
                    "400": problem("The body is not JSON or not a draft, or names an unknown service or page (`/problems/invalid-body`)."),
                    "409": problem("The answers were given to another version of the service (`/problems/version-conflict`)."),
                    "413": problem(&format!("The body is larger than {MAX_BODY_BYTES} bytes (`/problems/body-too-large`).")),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/drafts/resume": {
            "post": {
                "operationId": "resumeDraft",
                "summary": "The draft of a resume code",
                "description": "The code travels in the body, so it stays out of addresses and logs. A client that gives too many wrong codes must wait (`429`).",
                "tags": ["drafts"],
                "requestBody": {
                    "required": true,
                    "content": { "application/json": { "schema": schema_ref("ResumeRequest") } }
                },
                "responses": {
                    "200": {
                        "description": "The draft; when its `service_version` is not the current one, carry the answers over.",
                        "content": { "application/json": { "schema": schema_ref("Draft") } }
                    },
                    "400": problem("The body is not a resume request, or the code cannot be one (`/problems/invalid-body`)."),
                    "404": problem("No draft has this code, or it has expired."),
                    "429": problem_retry_after("Too many wrong codes from this client (`/problems/too-many-attempts`); wait `Retry-After` seconds."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/drafts/{draft_id}": {
            "put": {
                "operationId": "updateDraft",
                "summary": "Save a draft again",
                "description": "Replaces the page and the answers; the expiry starts over. Wrong codes are limited by client and by draft: after 10 wrong codes for one draft within an hour, from any clients, the draft is locked until the hour has passed (`429`), and kept.",
                "tags": ["drafts"],
                "parameters": [
                    { "$ref": "#/components/parameters/DraftId" },
                    { "$ref": "#/components/parameters/Resume-Code" }
                ],
                "requestBody": {
                    "required": true,
                    "description": format!("At most {MAX_BODY_BYTES} bytes."),
                    "content": { "application/json": { "schema": schema_ref("DraftRequest") } }
                },
                "responses": {
                    "200": {
                        "description": "Saved.",
                        "content": { "application/json": { "schema": schema_ref("Draft") } }
                    },
                    "400": problem("The body is not a draft, names an unknown service or page, or the code cannot be one (`/problems/invalid-body`)."),
                    "404": problem("No draft has this id and code, or it has expired."),
                    "409": problem("The answers were given to another version of the service (`/problems/version-conflict`)."),
                    "413": problem(&format!("The body is larger than {MAX_BODY_BYTES} bytes (`/problems/body-too-large`).")),
                    "429": problem_retry_after("Too many wrong codes from this client, or for this draft from any client (`/problems/too-many-attempts`): the draft is locked, even for the right code, and kept; wait `Retry-After` seconds."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            },
            "delete": {
                "operationId": "deleteDraft",
                "summary": "Delete a draft",
                "tags": ["drafts"],
                "parameters": [
                    { "$ref": "#/components/parameters/DraftId" },
                    { "$ref": "#/components/parameters/Resume-Code" }
                ],
                "responses": {
                    "204": { "description": "Deleted." },
                    "400": problem("The code cannot be one (`/problems/invalid-body`)."),
                    "404": problem("No draft has this id and code."),
                    "429": problem_retry_after("Too many wrong codes from this client, or for this draft from any client (`/problems/too-many-attempts`): the draft is locked, even for the right code, and kept; wait `Retry-After` seconds."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/addresses": {
            "get": {
                "operationId": "lookupAddresses",
                "summary": "Addresses that match what the citizen typed",
                "description": "Every word typed must begin a word of the address, ignoring case and accents (æ, ø and å are letters of their own; ä, ö and aa are read as æ, ø and å). Addresses that begin with the text come first, then those whose street begins with its first word, each in street and number order.",
                "tags": ["lookups"],
                "parameters": [
                    {
                        "name": "q", "in": "query", "required": true,
                        "description": "What the citizen typed, e.g. `havnegade 1`.",
                        "schema": { "type": "string", "minLength": 1, "maxLength": 200 }
                    },
                    {
                        "name": "limit", "in": "query", "required": false,
                        "description": "The most suggestions, 1 to 50; 10 when not given.",
                        "schema": { "type": "integer", "minimum": 1, "maximum": 50 }
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The suggestions, best first; none is an empty list.",
                        "content": {
                            "application/json": {
                                "schema": { "type": "array", "items": schema_ref("AddressSuggestion") }
                            }
                        }
                    },
                    "400": problem("No text, or a limit out of range (`/problems/invalid-query`).")
                }
            }
        },
        "/admin/outbox": {
            "get": {
                "operationId": "listOutbox",
                "summary": "The forwards of submissions to the municipality's webhook",
                "description": "Newest first. `?state=dead` lists the forwards whose every attempt failed.",
                "tags": ["admin"],
                "security": [{ "adminToken": [] }],
                "parameters": [
                    {
                        "name": "state", "in": "query", "required": false,
                        "description": "Only forwards in this state.",
                        "schema": { "type": "string", "enum": ["pending", "delivered", "dead"] }
                    },
                    {
                        "name": "limit", "in": "query", "required": false,
                        "description": "The most rows, 1 to 1000; 100 when not given.",
                        "schema": { "type": "integer", "minimum": 1, "maximum": 1000 }
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The forwards.",
                        "content": {
                            "application/json": {
                                "schema": { "type": "array", "items": schema_ref("OutboxEntry") }
                            }
                        }
                    },
                    "400": problem("A state or limit out of range (`/problems/invalid-query`)."),
                    "401": problem("No token, a wrong token, or the server has none configured (`/problems/unauthorized`).")
                }
            }
        },
        "/admin/attachments/{attachment_id}": {
            "get": {
                "operationId": "getAttachment",
                "summary": "The bytes of an uploaded file",
                "description": "For the system that received a submission: each attachment of a forward carries this address as `download`.",
                "tags": ["admin"],
                "security": [{ "adminToken": [] }],
                "parameters": [{ "$ref": "#/components/parameters/AttachmentId" }],
                "responses": {
                    "200": {
                        "description": "The file, with its name in `Content-Disposition`.",
                        "content": {
                            "application/pdf": { "schema": { "type": "string", "contentMediaType": "application/pdf" } },
                            "image/png": { "schema": { "type": "string", "contentMediaType": "image/png" } },
                            "image/jpeg": { "schema": { "type": "string", "contentMediaType": "image/jpeg" } },
                            "image/heic": { "schema": { "type": "string", "contentMediaType": "image/heic" } }
                        }
                    },
                    "401": problem("No token, a wrong token, or the server has none configured (`/problems/unauthorized`)."),
                    "404": problem("There is no such attachment."),
                    "503": problem("The server is shutting down; try again (`Retry-After`).")
                }
            }
        },
        "/admin/outbox/{outbox_id}/redeliver": {
            "post": {
                "operationId": "redeliverOutbox",
                "summary": "Deliver a forward again",
                "description": "Queues the forward from its first attempt, whatever its state.",
                "tags": ["admin"],
                "security": [{ "adminToken": [] }],
                "parameters": [{
                    "name": "outbox_id", "in": "path", "required": true,
                    "description": "The forward's id.",
                    "schema": { "type": "integer" }
                }],
                "responses": {
                    "200": {
                        "description": "Queued.",
                        "content": { "application/json": { "schema": schema_ref("OutboxEntry") } }
                    },
                    "401": problem("No token, a wrong token, or the server has none configured (`/problems/unauthorized`)."),
                    "404": problem("There is no such forward."),
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

/// What the server posts to the municipality's webhook.
fn webhooks() -> Value {
    json!({
        "submission": {
            "post": {
                "operationId": "receiveSubmission",
                "summary": "An accepted submission, forwarded to the municipality's system",
                "description": "Posted once the submission is stored, at least once: a delivery that does not get a 2xx answer in time is tried again with growing waits (a `Retry-After` of the receiver is respected), so the receiver must treat a repeated `X-KommuneKit-Delivery` as the same submission. Check the signature before trusting the body, and refuse a timestamp far from the present.",
                "parameters": [
                    {
                        "name": "X-KommuneKit-Signature", "in": "header", "required": true,
                        "description": "`sha256=` and the lowercase hex HMAC-SHA256, with the shared secret, of the timestamp header's value, a `.`, and the raw body.",
                        "schema": { "type": "string", "pattern": "^sha256=[0-9a-f]{64}$" }
                    },
                    {
                        "name": "X-KommuneKit-Timestamp", "in": "header", "required": true,
                        "description": "When the delivery was signed, in Unix seconds.",
                        "schema": { "type": "string", "pattern": "^[0-9]+$" }
                    },
                    {
                        "name": "X-KommuneKit-Delivery", "in": "header", "required": true,
                        "description": "The submission's reference number: the same for every delivery of it.",
                        "schema": { "type": "string" }
                    },
                    {
                        "name": "Idempotency-Key", "in": "header", "required": true,
                        "description": "The same as `X-KommuneKit-Delivery`.",
                        "schema": { "type": "string" }
                    }
                ],
                "requestBody": {
                    "required": true,
                    "content": { "application/json": { "schema": schema_ref("ForwardedSubmission") } }
                },
                "responses": {
                    "2XX": { "description": "Received: the forward is delivered." },
                    "default": { "description": "Not received: the delivery is tried again, and after the last attempt the forward is dead until an admin redelivers it." }
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
            { "name": "submissions" },
            { "name": "attachments" },
            { "name": "drafts" },
            { "name": "lookups" },
            { "name": "admin" }
        ],
        "paths": paths(),
        "webhooks": webhooks(),
        "components": {
            "schemas": component_schemas(),
            "securitySchemes": {
                "adminToken": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "The server's admin token (`KK_ADMIN_TOKEN`)."
                }
            },
            "parameters": {
                "AttachmentId": {
                    "name": "attachment_id",
                    "in": "path",
                    "required": true,
                    "description": "The attachment's id, from the answer to its upload.",
                    "schema": { "type": "string", "pattern": "^att_[0-9a-hjkmnp-tv-z]{26}$" }
                },
                "DraftId": {
                    "name": "draft_id",
                    "in": "path",
                    "required": true,
                    "description": "The draft's id, from the answer that saved it.",
                    "schema": { "type": "string", "pattern": DRAFT_ID_PATTERN }
                },
                "Resume-Code": {
                    "name": "Resume-Code",
                    "in": "header",
                    "required": true,
                    "description": "The draft's resume code, e.g. `K7QM-3WXD-9HTP`.",
                    "schema": { "type": "string", "pattern": RESUME_CODE_PATTERN }
                },
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
