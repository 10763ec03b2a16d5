//! Helpers for the native markup tests: render a view to HTML and look inside it.

use crate::locale::{provide_locale, Locale};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// Renders the view made by `f` to an HTML string inside a fresh reactive owner.
pub fn render<V: RenderHtml>(f: impl FnOnce() -> V) -> String {
    // Effects spawn tasks when `csr` is unified in; a second init is a harmless error.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    owner.with(|| f().to_html())
}

/// Renders the view made by `f` with `locale` provided.
pub fn render_in<V: RenderHtml>(locale: Locale, f: impl FnOnce() -> V) -> String {
    render(|| {
        provide_locale(Signal::stored(locale));
        f()
    })
}

/// One start tag found in rendered HTML.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The element name, lower case.
    pub name: String,
    /// The attributes in source order, values unescaped.
    pub attrs: Vec<(String, String)>,
    /// Byte offset of the `<` of the start tag.
    pub start: usize,
    /// Byte offset just after the `>` of the start tag.
    pub end: usize,
}

impl Tag {
    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the class list holds `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every start tag in `html`, in document order.
pub fn tags(html: &str) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' || !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let name_start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
            i += 1;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            if bytes[i] == b'>' {
                i += 1;
                break;
            }
            if bytes[i] == b'/' {
                i += 1;
                continue;
            }
            let key_start = i;
            while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b' ' | b'/') {
                i += 1;
            }
            let key = html[key_start..i].to_ascii_lowercase();
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                let quote = bytes[i];
                if quote == b'"' || quote == b'\'' {
                    i += 1;
                    let v_start = i;
                    while i < bytes.len() && bytes[i] != quote {
                        i += 1;
                    }
                    value = unescape(&html[v_start..i]);
                    i += 1;
                } else {
                    let v_start = i;
                    while i < bytes.len() && !matches!(bytes[i], b' ' | b'>') {
                        i += 1;
                    }
                    value = unescape(&html[v_start..i]);
                }
            }
            attrs.push((key, value));
        }
        out.push(Tag {
            name,
            attrs,
            start,
            end: i,
        });
    }
    out
}

/// The start tag of the element whose id is `id`.
pub fn by_id(html: &str, id: &str) -> Tag {
    tags(html)
        .into_iter()
        .find(|t| t.attr("id") == Some(id))
        .unwrap_or_else(|| panic!("no element with id {id:?} in {html}"))
}

/// Whether an element with id `id` exists.
pub fn has_id(html: &str, id: &str) -> bool {
    tags(html).iter().any(|t| t.attr("id") == Some(id))
}

/// Every start tag named `name`.
pub fn by_name(html: &str, name: &str) -> Vec<Tag> {
    tags(html).into_iter().filter(|t| t.name == name).collect()
}

/// Every start tag whose class list holds `class`.
pub fn by_class(html: &str, class: &str) -> Vec<Tag> {
    tags(html)
        .into_iter()
        .filter(|t| t.has_class(class))
        .collect()
}

/// The HTML inside the element that starts with `tag`, up to its matching end tag.
pub fn inner_html<'a>(html: &'a str, tag: &Tag) -> &'a str {
    let open = format!("<{}", tag.name);
    let close = format!("</{}>", tag.name);
    let mut depth = 1;
    let mut i = tag.end;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with(&close) {
            depth -= 1;
            if depth == 0 {
                return &html[tag.end..i];
            }
            i += close.len();
        } else if rest.starts_with(&open) && rest[open.len()..].starts_with([' ', '>', '/']) {
            depth += 1;
            i += open.len();
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    &html[tag.end..]
}

/// The text of `html` without tags and comments; tags count as white space, which is
/// collapsed.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The text inside the element with id `id`.
pub fn text_of(html: &str, id: &str) -> String {
    text(inner_html(html, &by_id(html, id)))
}
