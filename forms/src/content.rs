//! Content blocks: the running text a page shows before its questions, and the body of
//! an exit page. Each block's texts use the small markup of [`crate::markup`].

use crate::markup::{self, Span};
use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};

/// One block of content, written as an object with one key that names its kind:
/// `{"heading": …}`, `{"paragraph": …}`, `{"list": […], "numbered": true}`,
/// `{"inset": …}`, `{"details": {"summary": …, "text": …}}` or `{"warning": …}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(untagged, deny_unknown_fields)]
pub enum ContentBlock {
    /// A heading inside the page (a level-2 heading).
    Heading {
        /// The heading's text.
        heading: Text,
    },
    /// A paragraph.
    Paragraph {
        /// The paragraph's text.
        paragraph: Text,
    },
    /// A list of short items, with bullets or numbered.
    List {
        /// The items, in order.
        list: Vec<Text>,
        /// Whether the items are numbered (steps in order); bullets when not.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        numbered: bool,
    },
    /// Text set apart with a bar, for information the citizen should notice.
    Inset {
        /// The text.
        inset: Text,
    },
    /// A short summary that opens to show more help.
    Details {
        /// The summary and the help.
        details: DetailsContent,
    },
    /// A warning: something the citizen must know to avoid a consequence.
    Warning {
        /// The warning's text.
        warning: Text,
    },
}

/// The summary and the help of a details block.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DetailsContent {
    /// The summary the citizen clicks, e.g. "Hvad er en beboerlicens?".
    pub summary: Text,
    /// The help shown when open.
    pub text: Text,
}

impl ContentBlock {
    /// The kind of the block as written in definitions: `heading`, `list`, ...
    pub fn kind(&self) -> &'static str {
        match self {
            ContentBlock::Heading { .. } => "heading",
            ContentBlock::Paragraph { .. } => "paragraph",
            ContentBlock::List { .. } => "list",
            ContentBlock::Inset { .. } => "inset",
            ContentBlock::Details { .. } => "details",
            ContentBlock::Warning { .. } => "warning",
        }
    }

    /// Every text of the block with its JSON path below the block's own path.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        match self {
            ContentBlock::Heading { heading: t } => vec![(".heading".into(), t)],
            ContentBlock::Paragraph { paragraph: t } => vec![(".paragraph".into(), t)],
            ContentBlock::Inset { inset: t } => vec![(".inset".into(), t)],
            ContentBlock::Warning { warning: t } => vec![(".warning".into(), t)],
            ContentBlock::List { list, .. } => list
                .iter()
                .enumerate()
                .map(|(i, t)| (format!(".list[{i}]"), t))
                .collect(),
            ContentBlock::Details { details } => vec![
                (".details.summary".into(), &details.summary),
                (".details.text".into(), &details.text),
            ],
        }
    }
}

impl Text {
    /// The text in one language, parsed from its markup into spans.
    pub fn spans(&self, lang: Lang) -> Vec<Span> {
        markup::parse(self.get(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(json: &str) -> Result<ContentBlock, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn each_kind_of_block_reads_from_its_one_key() {
        let t = r#"{"da": "a", "en": "b"}"#;
        let cases = [
            (format!(r#"{{"heading": {t}}}"#), "heading"),
            (format!(r#"{{"paragraph": {t}}}"#), "paragraph"),
            (format!(r#"{{"list": [{t}, {t}]}}"#), "list"),
            (format!(r#"{{"list": [{t}], "numbered": true}}"#), "list"),
            (format!(r#"{{"inset": {t}}}"#), "inset"),
            (
                format!(r#"{{"details": {{"summary": {t}, "text": {t}}}}}"#),
                "details",
            ),
            (format!(r#"{{"warning": {t}}}"#), "warning"),
        ];
        for (json, kind) in cases {
            let b = block(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
            assert_eq!(b.kind(), kind, "{json}");
            let back = serde_json::to_string(&b).unwrap();
            assert_eq!(block(&back).unwrap(), b, "{json} round trip");
        }
    }

    #[test]
    fn a_block_with_an_unknown_or_second_key_is_refused() {
        let t = r#"{"da": "a", "en": "b"}"#;
        for json in [
            format!(r#"{{"quote": {t}}}"#),
            format!(r#"{{"heading": {t}, "paragraph": {t}}}"#),
            format!(r#"{{"inset": {t}, "numbered": true}}"#),
            r#"{"heading": "bare string"}"#.to_string(),
        ] {
            assert!(block(&json).is_err(), "{json}");
        }
    }

    #[test]
    fn a_numbered_list_keeps_its_flag_and_a_bullet_list_omits_it() {
        let t = r#"{"da": "a", "en": "b"}"#;
        let numbered = block(&format!(r#"{{"list": [{t}], "numbered": true}}"#)).unwrap();
        assert!(matches!(
            numbered,
            ContentBlock::List { numbered: true, .. }
        ));
        let bullets = block(&format!(r#"{{"list": [{t}]}}"#)).unwrap();
        assert!(!serde_json::to_string(&bullets)
            .unwrap()
            .contains("numbered"));
    }
}
