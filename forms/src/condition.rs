//! Conditions: a typed tree over the answers, never a string evaluated at run time.

use crate::definition::{Answer, Answers};
use serde::{Deserialize, Serialize};

/// A condition on the answers, written in a definition as JSON, e.g.
/// `{"equals": {"field": "kind", "value": "other"}}` or `{"any": [..]}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The answer to `field` is `value`.
    Equals {
        /// The field id.
        field: String,
        /// The value compared with.
        value: String,
    },
    /// The answer to `field` is not `value` (also true when it is unanswered).
    NotEquals {
        /// The field id.
        field: String,
        /// The value compared with.
        value: String,
    },
    /// The answer to `field` is one of `values`.
    OneOf {
        /// The field id.
        field: String,
        /// The values compared with.
        values: Vec<String>,
    },
    /// The field has an answer.
    Answered {
        /// The field id.
        field: String,
    },
    /// The field has no answer.
    NotAnswered {
        /// The field id.
        field: String,
    },
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
}

impl Condition {
    /// Whether the condition holds for the answers.
    pub fn holds(&self, answers: &Answers) -> bool {
        let text = |field: &str| answers.get(field).map(|a| a.as_text().trim());
        match self {
            Condition::Equals { field, value } => text(field) == Some(value.as_str()),
            Condition::NotEquals { field, value } => text(field) != Some(value.as_str()),
            Condition::OneOf { field, values } => {
                text(field).is_some_and(|t| values.iter().any(|v| v == t))
            }
            Condition::Answered { field } => answers.get(field).is_some_and(|a| !a.is_blank()),
            Condition::NotAnswered { field } => answers.get(field).is_none_or(Answer::is_blank),
            Condition::All(all) => all.iter().all(|c| c.holds(answers)),
            Condition::Any(any) => any.iter().any(|c| c.holds(answers)),
            Condition::Not(c) => !c.holds(answers),
        }
    }

    /// Every field the condition reads, with the values it compares the field with
    /// (empty for answered / not answered), for checking a definition.
    pub fn comparisons(&self) -> Vec<(&str, Vec<&str>)> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<(&'a str, Vec<&'a str>)>) {
        match self {
            Condition::Equals { field, value } | Condition::NotEquals { field, value } => {
                out.push((field, vec![value]))
            }
            Condition::OneOf { field, values } => {
                out.push((field, values.iter().map(String::as_str).collect()))
            }
            Condition::Answered { field } | Condition::NotAnswered { field } => {
                out.push((field, Vec::new()))
            }
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.collect(out)),
            Condition::Not(c) => c.collect(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::Answer;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Answer::Text(v.to_string())))
            .collect()
    }

    fn eq(field: &str, value: &str) -> Condition {
        Condition::Equals {
            field: field.into(),
            value: value.into(),
        }
    }

    #[test]
    fn each_kind_of_condition_evaluates_as_documented() {
        let a = answers(&[("kind", "other"), ("blank", "  ")]);
        let cases: Vec<(Condition, bool)> = vec![
            (eq("kind", "other"), true),
            (eq("kind", "pothole"), false),
            (eq("missing", "other"), false),
            (
                Condition::NotEquals {
                    field: "kind".into(),
                    value: "pothole".into(),
                },
                true,
            ),
            (
                Condition::NotEquals {
                    field: "missing".into(),
                    value: "x".into(),
                },
                true,
            ),
            (
                Condition::OneOf {
                    field: "kind".into(),
                    values: vec!["pothole".into(), "other".into()],
                },
                true,
            ),
            (
                Condition::Answered {
                    field: "blank".into(),
                },
                false,
            ),
            (
                Condition::NotAnswered {
                    field: "blank".into(),
                },
                true,
            ),
            (
                Condition::Answered {
                    field: "kind".into(),
                },
                true,
            ),
            (
                Condition::All(vec![eq("kind", "other"), eq("kind", "pothole")]),
                false,
            ),
            (
                Condition::Any(vec![eq("kind", "other"), eq("kind", "pothole")]),
                true,
            ),
            (Condition::Not(Box::new(eq("kind", "other"))), false),
            (Condition::All(vec![]), true),
            (Condition::Any(vec![]), false),
        ];
        for (condition, expected) in cases {
            assert_eq!(condition.holds(&a), expected, "{condition:?}");
        }
    }

    #[test]
    fn conditions_read_as_plain_json() {
        let c: Condition = serde_json::from_str(
            r#"{"any": [{"equals": {"field": "kind", "value": "other"}}, {"not": {"answered": {"field": "x"}}}]}"#,
        )
        .unwrap();
        assert_eq!(
            c,
            Condition::Any(vec![
                eq("kind", "other"),
                Condition::Not(Box::new(Condition::Answered { field: "x".into() }))
            ])
        );
    }
}
