//! The small, safe markup of a definition's running text: `*emphasis*` for strong
//! text and `[link text](https://…)` or `[link text](/path)` for a link. Everything else
//! is literal text: there is no HTML, and a `<` is just a character.

/// A piece of running text, ready to render as plain nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// Plain text.
    Text(String),
    /// Text set in bold, from `*emphasis*`.
    Strong(String),
    /// A link, from `[text](href)`, whose target is http(s) or a path on this site.
    Link {
        /// The words of the link.
        text: String,
        /// Where it goes: `https://…`, `http://…` or `/path`.
        href: String,
    },
}

/// A link written in the markup whose target is not allowed, with its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLink {
    /// The words of the link.
    pub text: String,
    /// The target as written.
    pub href: String,
}

/// Whether a link target is allowed: an `http://` or `https://` address with a host,
/// or a path on this site (`/…`, but not `//host`). No spaces or control characters.
pub fn is_safe_href(href: &str) -> bool {
    if href.is_empty()
        || href
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
    {
        return false;
    }
    let lower = href.to_ascii_lowercase();
    let host_after = |scheme: &str| {
        lower.strip_prefix(scheme).is_some_and(|rest| {
            rest.split(['/', '?', '#'])
                .next()
                .is_some_and(|h| !h.is_empty())
        })
    };
    if host_after("https://") || host_after("http://") {
        return true;
    }
    href.starts_with('/') && !href.starts_with("//")
}

enum Token {
    Span(Span),
    Bad(BadLink),
}

/// Splits text into tokens: literal text, strong text, links and refused links.
fn tokens(source: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut literal = String::new();
    let mut rest = source;
    let flush = |literal: &mut String, out: &mut Vec<Token>| {
        if !literal.is_empty() {
            out.push(Token::Span(Span::Text(std::mem::take(literal))));
        }
    };
    while let Some(c) = rest.chars().next() {
        if c == '*' {
            if let Some(inner) = emphasis(&rest[1..]) {
                flush(&mut literal, &mut out);
                out.push(Token::Span(Span::Strong(inner.to_string())));
                rest = &rest[inner.len() + 2..];
                continue;
            }
        } else if c == '[' {
            if let Some((text, href, used)) = link(rest) {
                flush(&mut literal, &mut out);
                out.push(if is_safe_href(href) {
                    Token::Span(Span::Link {
                        text: text.to_string(),
                        href: href.to_string(),
                    })
                } else {
                    Token::Bad(BadLink {
                        text: text.to_string(),
                        href: href.to_string(),
                    })
                });
                rest = &rest[used..];
                continue;
            }
        }
        literal.push(c);
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut literal, &mut out);
    out
}

/// The text between a `*` (already passed) and the next `*`, if it is emphasis: not
/// empty, not starting or ending with a space.
fn emphasis(after_star: &str) -> Option<&str> {
    let end = after_star.find('*')?;
    let inner = &after_star[..end];
    let trimmed = !inner.is_empty()
        && !inner.starts_with(char::is_whitespace)
        && !inner.ends_with(char::is_whitespace);
    trimmed.then_some(inner)
}

/// `[text](href)` at the start: the text, the target and the bytes used.
fn link(s: &str) -> Option<(&str, &str, usize)> {
    let close = s.find(']')?;
    let text = &s[1..close];
    if text.trim().is_empty() || text.contains('[') {
        return None;
    }
    let after = s[close + 1..].strip_prefix('(')?;
    let end = after.find(')')?;
    let href = &after[..end];
    Some((text, href, close + 2 + end + 1))
}

/// Parses running text into spans. A link with a target that is not allowed becomes
/// plain text of its words; an unmatched `*` or `[` is literal.
pub fn parse(source: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for token in tokens(source) {
        let span = match token {
            Token::Span(span) => span,
            Token::Bad(bad) => Span::Text(bad.text),
        };
        match (out.last_mut(), span) {
            (Some(Span::Text(before)), Span::Text(more)) => before.push_str(&more),
            (_, span) => out.push(span),
        }
    }
    out
}

/// The links in running text whose targets are not allowed.
pub fn bad_links(source: &str) -> Vec<BadLink> {
    tokens(source)
        .into_iter()
        .filter_map(|t| match t {
            Token::Bad(bad) => Some(bad),
            Token::Span(_) => None,
        })
        .collect()
}

/// The text without markup, as a screen reader or a plain-text email would read it.
pub fn plain(source: &str) -> String {
    parse(source)
        .into_iter()
        .map(|s| match s {
            Span::Text(t) | Span::Strong(t) | Span::Link { text: t, .. } => t,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Span {
        Span::Text(s.into())
    }
    fn strong(s: &str) -> Span {
        Span::Strong(s.into())
    }
    fn link(t: &str, h: &str) -> Span {
        Span::Link {
            text: t.into(),
            href: h.into(),
        }
    }

    #[test]
    fn markup_parses_into_text_strong_and_link_spans() {
        let cases: Vec<(&str, Vec<Span>)> = vec![
            ("", vec![]),
            (
                "Helt almindelig tekst.",
                vec![text("Helt almindelig tekst.")],
            ),
            (
                "Licensen koster *600 kr.* om året.",
                vec![
                    text("Licensen koster "),
                    strong("600 kr."),
                    text(" om året."),
                ],
            ),
            ("*Hele teksten*", vec![strong("Hele teksten")]),
            (
                "*en* og *to*",
                vec![strong("en"), text(" og "), strong("to")],
            ),
            (
                "Læs mere på [kommunens side](https://fjordby.dk/parkering).",
                vec![
                    text("Læs mere på "),
                    link("kommunens side", "https://fjordby.dk/parkering"),
                    text("."),
                ],
            ),
            (
                "[Start forfra](/tjenester/road)",
                vec![link("Start forfra", "/tjenester/road")],
            ),
            (
                "[http](http://fjordby.dk)",
                vec![link("http", "http://fjordby.dk")],
            ),
            (
                "*Bemærk:* se [siden](https://x.dk/a?b=1#c)",
                vec![
                    strong("Bemærk:"),
                    text(" se "),
                    link("siden", "https://x.dk/a?b=1#c"),
                ],
            ),
        ];
        for (source, expected) in cases {
            assert_eq!(parse(source), expected, "{source:?}");
        }
    }

    #[test]
    fn anything_that_is_not_complete_markup_stays_literal_text() {
        let cases = [
            "5 * 3 = 15",
            "en enkelt * stjerne",
            "* mellemrum efter stjernen*",
            "**",
            "[ingen adresse]",
            "[tekst] (https://x.dk)",
            "[tekst](https://x.dk",
            "[](https://x.dk)",
            "<script>alert(1)</script>",
            "<b>ikke fed</b> &amp; ikke en entitet",
        ];
        for source in cases {
            assert_eq!(parse(source), vec![text(source)], "{source:?}");
        }
    }

    #[test]
    fn links_to_other_schemes_render_as_their_words_and_are_reported() {
        let cases = [
            ("[klik](javascript:alert)", "javascript:alert"),
            ("[klik](JavaScript:alert)", "JavaScript:alert"),
            ("[klik](data:text/html,hej)", "data:text/html,hej"),
            ("[klik](mailto:a@b.dk)", "mailto:a@b.dk"),
            ("[klik](//evil.example)", "//evil.example"),
            ("[klik](/\\evil.example)", "/\\evil.example"),
            ("[klik](https://)", "https://"),
            ("[klik](fjordby.dk)", "fjordby.dk"),
            ("[klik](https://x.dk/a b)", "https://x.dk/a b"),
            ("[klik]()", ""),
        ];
        for (source, href) in cases {
            let spans = parse(source);
            assert!(
                spans.first() == Some(&text("klik")),
                "{source:?} gave {spans:?}"
            );
            assert!(
                !spans.iter().any(|s| matches!(s, Span::Link { .. })),
                "{source:?}"
            );
            assert_eq!(
                bad_links(source),
                vec![BadLink {
                    text: "klik".into(),
                    href: href.into()
                }],
                "{source:?}"
            );
        }
    }

    #[test]
    fn safe_links_are_not_reported() {
        assert_eq!(
            bad_links("[a](https://x.dk) og [b](/sti) og *c*"),
            Vec::new()
        );
    }

    #[test]
    fn plain_text_drops_the_markup_but_keeps_the_words() {
        assert_eq!(
            plain("Se *mere* på [siden](https://x.dk)."),
            "Se mere på siden."
        );
    }

    #[test]
    fn multibyte_text_around_markup_is_kept_whole() {
        assert_eq!(
            parse("Æbler *og* øl – [så](/å)"),
            vec![
                text("Æbler "),
                strong("og"),
                text(" øl – "),
                link("så", "/å")
            ]
        );
    }
}
