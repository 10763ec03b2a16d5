//! The id conventions that tie a field to its hint and error message.

/// The id of the hint of the field `id`: `{id}-hint`.
pub fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

/// The id of the error message of the field `id`: `{id}-error`.
pub fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// Joins the ids that are present with spaces, in the order given, for
/// `aria-describedby`; `None` when none is present, so the attribute is left out.
pub fn described_by<I, S>(ids: I) -> Option<String>
where
    I: IntoIterator<Item = Option<S>>,
    S: AsRef<str>,
{
    let joined = ids
        .into_iter()
        .flatten()
        .filter(|id| !id.as_ref().is_empty())
        .fold(String::new(), |mut acc, id| {
            if !acc.is_empty() {
                acc.push(' ');
            }
            acc.push_str(id.as_ref());
            acc
        });
    (!joined.is_empty()).then_some(joined)
}

/// The `aria-describedby` of a field: its hint then its error message, each only when
/// shown.
pub fn field_described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    described_by([
        has_hint.then(|| hint_id(id)),
        has_error.then(|| error_id(id)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_and_error_ids_derive_from_the_field_id() {
        assert_eq!(hint_id("email"), "email-hint");
        assert_eq!(error_id("email"), "email-error");
    }

    #[test]
    fn a_field_is_described_by_its_hint_then_its_error_and_only_by_those_shown() {
        let cases = [
            (false, false, None),
            (true, false, Some("f-hint")),
            (false, true, Some("f-error")),
            (true, true, Some("f-hint f-error")),
        ];
        for (hint, error, expected) in cases {
            assert_eq!(
                field_described_by("f", hint, error).as_deref(),
                expected,
                "hint={hint} error={error}"
            );
        }
    }

    #[test]
    fn empty_ids_are_skipped_when_joining() {
        assert_eq!(
            described_by([Some("a"), Some(""), None, Some("b")]).as_deref(),
            Some("a b")
        );
        assert_eq!(described_by::<_, &str>([None, None]), None);
    }
}
