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

#[cfg(test)]
mod tests {
    use super::classes;

    #[test]
    fn empty_parts_leave_no_stray_spaces() {
        assert_eq!(classes(["a", "", " b ", "", "c d"]), "a b c d");
        assert_eq!(classes(["", ""]), "");
    }
}
