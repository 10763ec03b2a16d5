//! What the browser keeps in session storage, so a reload or a crash loses nothing:
//! the draft answers of each service (with the server draft it was saved to, if
//! any), a submission waiting for the network, the last receipt, and the chosen
//! language. Nothing personal goes into local storage.

use kommunekit_forms::{
    carry_over, Answers, Date, DroppedAnswer, Lang, ServiceDefinition, SubmissionReceipt,
    SubmissionRequest,
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The answers of one service in progress. Written as its [`DraftRef`], so the two
/// cannot differ in their JSON.
#[derive(Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Draft {
    /// The version of the definition the answers were given to.
    pub version: u32,
    /// The answers so far, including pages later left off the route.
    pub answers: Answers,
    /// The idempotency key of a submission attempt, kept so a retry after a reload is
    /// recognised by the server as the same submission.
    #[serde(default)]
    pub idempotency_key: Option<String>,
    /// The draft on the server the citizen saved to ("save and continue later"), so a
    /// later save updates it and the submission deletes it.
    #[serde(default)]
    pub server: Option<SavedOnServer>,
}

/// A [`Draft`] borrowed for saving: the same JSON, written without copying the answers
/// (a draft is saved on every change, so on every keystroke).
#[derive(Serialize, Clone, Copy, Debug)]
pub struct DraftRef<'a> {
    /// See [`Draft::version`].
    pub version: u32,
    /// See [`Draft::answers`].
    pub answers: &'a Answers,
    /// See [`Draft::idempotency_key`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<&'a str>,
    /// See [`Draft::server`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<&'a SavedOnServer>,
}

/// A draft saved on the server: what the citizen needs to resume it, and what the
/// portal needs to save it again.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SavedOnServer {
    /// The server's id of the draft.
    pub id: String,
    /// The resume code, as the server gave it (e.g. `K7QM-3WXD-9HTP`).
    pub resume_code: String,
    /// When the server deletes the draft unless it is saved again, RFC 3339 in UTC.
    pub expires_at: String,
    /// The page the citizen saved on: a question page's id, or `check-answers`.
    #[serde(default)]
    pub page: String,
}

/// A submission that could not be sent because the browser was offline: sent as soon
/// as the connection returns, with the same idempotency key, so it is stored once.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Outbox {
    /// The idempotency key of every attempt of this submission.
    pub idempotency_key: String,
    /// The submission, as it will be sent.
    pub request: SubmissionRequest,
    /// The server draft the submission completes, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft_id: Option<String>,
}

impl Serialize for Draft {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.borrowed().serialize(serializer)
    }
}

impl Draft {
    /// The draft borrowed, for [`save_draft`].
    pub fn borrowed(&self) -> DraftRef<'_> {
        DraftRef {
            version: self.version,
            answers: &self.answers,
            idempotency_key: self.idempotency_key.as_deref(),
            server: self.server.as_ref(),
        }
    }

    /// The draft under the current definition. A draft saved under another version
    /// keeps the answers that still exist and still validate, takes the definition's
    /// version and forgets its idempotency key (the submission will differ); the
    /// answers it could not keep are returned, so the citizen can be told.
    pub fn for_definition(
        self,
        def: &ServiceDefinition,
        today: Date,
    ) -> (Draft, Vec<DroppedAnswer>) {
        if self.version == def.version {
            return (self, Vec::new());
        }
        let carried = carry_over(def, &self.answers, today);
        let draft = Draft {
            version: def.version,
            answers: carried.kept,
            idempotency_key: None,
            server: self.server,
        };
        (draft, carried.dropped)
    }
}

/// The storage key of a service's draft.
pub fn draft_key(service: &str) -> String {
    format!("kk-draft:{service}")
}

/// The storage key of a service's submission waiting for the network.
pub fn outbox_key(service: &str) -> String {
    format!("kk-outbox:{service}")
}

/// The storage key of a service's last receipt.
pub fn receipt_key(service: &str) -> String {
    format!("kk-receipt:{service}")
}

const LANG_KEY: &str = "kk-lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

fn write<T: Serialize>(key: &str, value: &T) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(value)) {
        // A full storage cannot be helped here; the answers stay in memory.
        let _ = s.set_item(key, &text);
    }
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The saved draft of a service.
pub fn load_draft(service: &str) -> Option<Draft> {
    read(&draft_key(service))
}

/// The saved draft of a service under its current definition (see
/// [`Draft::for_definition`]), with the answers that could not be carried over. A
/// carried-over draft is saved at once with the new version.
pub fn load_draft_for(def: &ServiceDefinition, today: Date) -> (Draft, Vec<DroppedAnswer>) {
    let Some(saved) = load_draft(&def.id) else {
        return (Draft::default(), Vec::new());
    };
    let changed = saved.version != def.version;
    let (draft, dropped) = saved.for_definition(def, today);
    if changed {
        save_draft(&def.id, draft.borrowed());
    }
    (draft, dropped)
}

/// Saves the draft of a service.
pub fn save_draft(service: &str, draft: DraftRef<'_>) {
    write(&draft_key(service), &draft);
}

/// Forgets the draft of a service (after it was submitted).
pub fn clear_draft(service: &str) {
    remove(&draft_key(service));
}

/// The submission of a service waiting for the network, if any.
pub fn load_outbox(service: &str) -> Option<Outbox> {
    read(&outbox_key(service))
}

/// Keeps a submission until the network returns.
pub fn save_outbox(service: &str, outbox: &Outbox) {
    write(&outbox_key(service), outbox);
}

/// Forgets the waiting submission (sent, or refused for good).
pub fn clear_outbox(service: &str) {
    remove(&outbox_key(service));
}

/// The receipt of the last submission of a service.
pub fn load_receipt(service: &str) -> Option<SubmissionReceipt> {
    read(&receipt_key(service))
}

/// Keeps the receipt of a submission.
pub fn save_receipt(service: &str, receipt: &SubmissionReceipt) {
    write(&receipt_key(service), receipt);
}

/// Forgets the receipt (when the citizen starts the service again).
pub fn clear_receipt(service: &str) {
    remove(&receipt_key(service));
}

/// The language the citizen chose in this tab, if any.
pub fn load_lang() -> Option<Lang> {
    Lang::from_code(&storage()?.get_item(LANG_KEY).ok()??)
}

/// Remembers the language for this tab.
pub fn save_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kommunekit_forms::{Answer, DateAnswer};

    #[test]
    fn a_draft_survives_a_round_trip_through_json() {
        let mut answers = Answers::new();
        answers.insert("kind".into(), Answer::Text("other".into()));
        answers.insert(
            "noticed".into(),
            Answer::Date(DateAnswer::new("1", "", "2026")),
        );
        let draft = Draft {
            version: 3,
            answers,
            idempotency_key: Some("k".into()),
            server: Some(SavedOnServer {
                id: "drf_x".into(),
                resume_code: "K7QM-3WXD-9HTP".into(),
                expires_at: "2026-12-27T08:00:00Z".into(),
                page: "location".into(),
            }),
        };
        let text = serde_json::to_string(&draft).unwrap();
        assert_eq!(serde_json::from_str::<Draft>(&text).unwrap(), draft);
        // What is saved, borrowed, is the same JSON, with and without the optional parts.
        assert_eq!(serde_json::to_string(&draft.borrowed()).unwrap(), text);
        let bare = Draft {
            idempotency_key: None,
            server: None,
            ..draft
        };
        assert_eq!(
            serde_json::to_string(&bare.borrowed()).unwrap(),
            serde_json::to_string(&bare).unwrap()
        );
    }

    #[test]
    fn a_draft_saved_before_server_drafts_existed_still_reads() {
        let old = r#"{"version":2,"answers":{"kind":"pothole"}}"#;
        let draft: Draft = serde_json::from_str(old).unwrap();
        assert_eq!((draft.version, draft.server), (2, None));
    }

    #[test]
    fn an_outbox_keeps_its_idempotency_key_through_json() {
        let outbox = Outbox {
            idempotency_key: "key-1".into(),
            request: SubmissionRequest {
                service_version: 1,
                language: Lang::Da,
                answers: Answers::new(),
            },
            draft_id: None,
        };
        let text = serde_json::to_string(&outbox).unwrap();
        let back: Outbox = serde_json::from_str(&text).unwrap();
        assert_eq!(back, outbox);
        assert_eq!(back.idempotency_key, "key-1");
    }

    fn road_problem(version: u32) -> ServiceDefinition {
        let mut v: serde_json::Value =
            serde_json::from_str(include_str!("../catalog/services/report-road-problem.json"))
                .unwrap();
        v["version"] = version.into();
        kommunekit_forms::load_definition(&v.to_string()).unwrap()
    }

    #[test]
    fn a_draft_of_another_version_takes_the_new_version_and_lists_what_it_dropped() {
        let mut answers = Answers::new();
        answers.insert("kind".into(), Answer::Text("pothole".into()));
        answers.insert("gone".into(), Answer::Text("x".into()));
        let today = Date::new(2026, 11, 27).unwrap();
        let saved = Draft {
            version: 1,
            answers,
            idempotency_key: Some("k".into()),
            server: None,
        };
        let (same, dropped) = saved.clone().for_definition(&road_problem(1), today);
        assert_eq!((same, dropped.len()), (saved.clone(), 0));

        let (draft, dropped) = saved.for_definition(&road_problem(2), today);
        assert_eq!(draft.version, 2);
        assert_eq!(draft.idempotency_key, None);
        assert_eq!(draft.answers.keys().collect::<Vec<_>>(), ["kind"]);
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].field, "gone");
    }

    #[test]
    fn keys_are_per_service() {
        assert_ne!(draft_key("a"), draft_key("b"));
        assert_ne!(draft_key("a"), receipt_key("a"));
        assert_ne!(draft_key("a"), outbox_key("a"));
    }
}
