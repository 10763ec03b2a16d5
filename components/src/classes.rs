//! Building class lists.

/// Joins the non-empty class names with single spaces.
pub(crate) fn classes<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The classes of a field's form group: the error modifier while the field is in error,
/// then the caller's own classes.
pub(crate) fn form_group_class(
    error: leptos::prelude::Signal<Option<String>>,
    class: String,
) -> impl Fn() -> String + Send + Sync + 'static {
    use leptos::prelude::With;
    move || {
        classes([
            "kk-form-group",
            if error.with(Option::is_some) {
                "kk-form-group--error"
            } else {
                ""
            },
            class.as_str(),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::classes;

    #[test]
    fn empty_parts_leave_no_stray_spaces() {
        assert_eq!(classes(["a", "", " b ", "", "c d"]), "a b c d");
        assert_eq!(classes(["", ""]), "");
    }
}
