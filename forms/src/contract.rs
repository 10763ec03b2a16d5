//! The types that cross the wire between a portal and any backend (`/api/v1`).

use crate::definition::Answers;
use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A municipality (tenant): who runs the portal, how it looks and how to reach it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// The id, e.g. `fjordby`.
    pub id: String,
    /// The name, e.g. "Fjordby Kommune".
    pub name: String,
    /// The address of the logo (SVG). In a catalog file: a file name beside it; over the
    /// API: the URL the server serves it at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// Design tokens that theme the portal: `--kk-*` custom property to CSS value.
    #[serde(default)]
    pub tokens: BTreeMap<String, String>,
    /// How citizens reach the municipality.
    pub contact: Contact,
    /// The address of the municipality's accessibility statement (tilgængelighedserklæring).
    pub accessibility_statement_url: String,
    /// The address of the privacy notice.
    pub privacy_url: String,
    /// Where submissions are forwarded to the municipality's own systems. Only in the
    /// catalog file: never sent over the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<Webhook>,
}

/// A webhook: every accepted submission is posted to it, signed with a secret the
/// municipality and the server share.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Webhook {
    /// The address submissions are posted to, e.g.
    /// `https://sager.fjordby.example/kommunekit`.
    pub url: String,
    /// Where the server finds the signing secret: never the secret itself.
    pub secret: SecretRef,
}

/// Where a secret is kept, outside the catalog.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SecretRef {
    /// In an environment variable of the server, e.g. `{"env": "KK_WEBHOOK_SECRET"}`.
    Env(String),
    /// In a file on the server (its whole content, without a final newline), e.g.
    /// `{"file": "/run/secrets/kommunekit-webhook"}`.
    File(String),
}

/// Contact details of a municipality.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Telephone number as written for people, e.g. "70 12 34 56".
    pub phone: String,
    /// Email address.
    pub email: String,
    /// Postal address, one line.
    pub address: String,
    /// Telephone hours.
    pub opening_hours: Text,
}

/// One entry of the service catalog.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ServiceSummary {
    /// The service id.
    pub id: String,
    /// The name of the service.
    pub title: Text,
    /// One sentence on what it is for.
    pub description: Text,
}

/// The body of `POST /api/v1/services/{id}/submissions`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SubmissionRequest {
    /// The version of the definition the answers were given to.
    pub service_version: u32,
    /// The language the citizen used.
    pub language: Lang,
    /// The answers on the route taken.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeMap<String, serde_json::Value>")
    )]
    pub answers: Answers,
}

/// The body of a `201 Created` answer to a submission: the citizen's receipt.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SubmissionReceipt {
    /// The reference number the citizen quotes, e.g. `KK-7F3K-9Q2M`.
    pub reference: String,
    /// The service the submission belongs to.
    pub service_id: String,
    /// When the submission was stored, RFC 3339 in UTC.
    pub submitted_at: String,
}

/// An RFC 9457 problem (`application/problem+json`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Problem {
    /// A URI reference that names the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong this time.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    /// The fields that are wrong, for a validation problem.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemFieldError>,
}

/// One wrong field in a problem.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ProblemFieldError {
    /// The field id.
    pub field: String,
    /// The id of the page the field is on.
    pub page: String,
    /// The error code, e.g. `required`.
    pub code: String,
    /// The message, in the submission's language.
    pub message: String,
}

/// A file the citizen uploaded: the body of a `201 Created` answer to
/// `POST /api/v1/attachments?service={id}&field={id}&name={file name}`, and what the
/// answer to a file field holds, one per file.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AttachmentRef {
    /// The id the server gave the stored file; a submission refers to it.
    pub id: String,
    /// The file's name as the citizen chose it, e.g. `kvittering.pdf`.
    pub name: String,
    /// The size in bytes.
    pub size: u64,
    /// The media type of the content, e.g. `application/pdf`.
    pub content_type: String,
}

/// The body of `POST /api/v1/drafts` (save for later) and `PUT /api/v1/drafts/{id}`
/// (save again): where the citizen is and what they answered so far.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    /// The service the answers belong to.
    pub service_id: String,
    /// The version of the definition the answers were given to.
    pub service_version: u32,
    /// The id of the page to resume on: a question page, or `check-answers`.
    pub page: String,
    /// The answers so far, as entered (not yet valid, perhaps).
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeMap<String, serde_json::Value>")
    )]
    pub answers: Answers,
}

/// A draft saved on the server, to resume later with its resume code.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The draft's id: the address of the draft (`/api/v1/drafts/{id}`) and what a
    /// submission names in its `Draft-Id` header so the draft is deleted with it.
    pub id: String,
    /// The code the citizen writes down to resume, e.g. `K7QM-3WXD-9HTP`. Only in the
    /// answer that created the draft: the server keeps a hash of it, not the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_code: Option<String>,
    /// The service the answers belong to.
    pub service_id: String,
    /// The version of the definition the answers were given to; when the service has
    /// changed since, carry the answers over to the current version.
    pub service_version: u32,
    /// The id of the page to resume on.
    pub page: String,
    /// The answers, as saved.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeMap<String, serde_json::Value>")
    )]
    pub answers: Answers,
    /// When the draft was last saved, RFC 3339 in UTC.
    pub updated_at: String,
    /// When the draft is deleted unless saved again, RFC 3339 in UTC.
    pub expires_at: String,
}

/// The body of `POST /api/v1/drafts/resume`: the code the citizen wrote down.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ResumeRequest {
    /// The resume code, e.g. `K7QM-3WXD-9HTP`; case, spaces and hyphens do not matter.
    pub resume_code: String,
}

/// One answer of the address lookup (`GET /api/v1/addresses?q=…`): an address in the
/// parts of the address field, and the line to show in the list of suggestions.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AddressSuggestion {
    /// The address as one line, e.g. `Havnegade 12, 2. th, 4999 Fjordby`.
    pub text: String,
    /// The address in its parts, ready to be the answer to an address field.
    #[cfg_attr(feature = "schema", schemars(with = "schema_only::AddressAnswer"))]
    pub address: crate::address::AddressAnswer,
}

/// Schemas of types whose own derive is not in this crate's lane of the contract.
#[cfg(feature = "schema")]
mod schema_only {
    /// An address in its parts, as the address field answers it.
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    #[schemars(deny_unknown_fields)]
    pub struct AddressAnswer {
        /// The street name, e.g. `Havnegade`.
        pub street: String,
        /// The house number, e.g. `12`, `12A` or `12-14`.
        pub number: String,
        /// The floor: `st`, `kl` or 1 to 99; empty or absent when there is none.
        #[serde(default)]
        pub floor: String,
        /// The door: `th`, `tv`, `mf`, or a number or letters; empty or absent when
        /// there is none.
        #[serde(default)]
        pub door: String,
        /// The postcode, four digits.
        pub postcode: String,
        /// The city, e.g. `Fjordby`.
        pub city: String,
    }
}
