//! WCAG contrast of the colour tokens in every theme: the defaults of
//! `style/tokens.css` alone, and each municipality of `catalog/municipalities/` with its
//! own tokens over them. Text needs at least 4.5:1 against its background (WCAG 1.4.3);
//! focus indicators and the borders of controls at least 3:1 (WCAG 1.4.11).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Text on its background: (text token, background token), without `--kk-colour-`.
const TEXT_PAIRS: &[(&str, &str)] = &[
    ("text", "background"),
    ("text", "surface"),
    ("secondary-text", "background"),
    ("secondary-text", "surface"),
    ("link", "background"),
    ("link", "surface"),
    ("link-hover", "background"),
    ("link-visited", "background"),
    ("link-active", "background"),
    ("on-brand", "brand"),
    ("on-primary", "primary"),
    ("on-primary", "primary-hover"),
    // The highlighted suggestion of a combobox.
    ("on-primary", "link"),
    ("text", "secondary-button"),
    ("text", "secondary-button-hover"),
    ("on-warning", "warning-button"),
    ("on-warning", "warning-button-hover"),
    ("focus-text", "focus"),
    ("error", "background"),
    ("on-success", "success"),
    // The current page of a pagination, the current step, the important banner's title.
    ("background", "link"),
    ("link-hover", "surface"),
    // Tags: each colour's text on its own background.
    ("tag-grey-text", "tag-grey-background"),
    ("tag-green-text", "tag-green-background"),
    ("tag-blue-text", "tag-blue-background"),
    ("tag-purple-text", "tag-purple-background"),
    ("tag-red-text", "tag-red-background"),
    ("tag-yellow-text", "tag-yellow-background"),
];

/// Focus indicators and borders of controls against what they sit on.
const NON_TEXT_PAIRS: &[(&str, &str)] = &[
    // The dark part of the focus indicator on the page, the light part on the header.
    ("focus-text", "background"),
    ("focus-text", "surface"),
    ("focus", "brand"),
    ("input-border", "background"),
    ("input-border", "surface"),
    ("error", "surface"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The custom properties set in the first `:root { ... }` block of tokens.css.
fn default_tokens() -> BTreeMap<String, String> {
    let css = without_comments(&read(&root().join("style/tokens.css")));
    let start = css.find(":root").expect("tokens.css has :root");
    let body = &css[start..];
    let body = &body[body.find('{').expect("a block") + 1..body.find('}').expect("its end")];
    body.split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let name = name.trim();
            name.starts_with("--kk-")
                .then(|| (name.to_string(), value.trim().to_string()))
        })
        .collect()
}

/// Every theme: "default", then each municipality id with its tokens over the defaults.
fn themes() -> Vec<(String, BTreeMap<String, String>)> {
    let defaults = default_tokens();
    let mut themes = vec![("default".to_string(), defaults.clone())];
    let dir = root().join("catalog/municipalities");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("catalog/municipalities is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for file in files {
        let json: serde_json::Value = serde_json::from_str(&read(&file))
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", file.display()));
        let id = json["id"].as_str().unwrap_or("?").to_string();
        let mut tokens = defaults.clone();
        if let Some(own) = json["tokens"].as_object() {
            for (name, value) in own {
                let value = value.as_str().unwrap_or_default().to_string();
                tokens.insert(name.clone(), value);
            }
        }
        themes.push((id, tokens));
    }
    themes
}

/// The sRGB colour of `#rgb` or `#rrggbb`.
fn parse_hex(value: &str) -> Option<[u8; 3]> {
    let hex = value.trim().strip_prefix('#')?;
    let digits: Vec<u8> = match hex.len() {
        3 => hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| (d * 17) as u8))
            .collect::<Option<_>>()?,
        6 => (0..3)
            .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
            .collect::<Option<_>>()?,
        _ => return None,
    };
    Some([digits[0], digits[1], digits[2]])
}

/// The relative luminance of a colour (WCAG 2.2).
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The contrast ratio of two colours, from 1 to 21.
fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The problems of one theme against one list of pairs and its least ratio.
fn check(
    theme: &str,
    tokens: &BTreeMap<String, String>,
    pairs: &[(&str, &str)],
    least: f64,
) -> Vec<String> {
    let colour = |name: &str| {
        let token = format!("--kk-colour-{name}");
        match tokens.get(&token) {
            None => Err(format!("{theme}: {token} is not defined")),
            Some(value) => parse_hex(value)
                .ok_or_else(|| format!("{theme}: {token} = {value:?} is not a #rrggbb colour")),
        }
    };
    let mut problems = Vec::new();
    for (front, back) in pairs {
        match (colour(front), colour(back)) {
            (Ok(f), Ok(b)) => {
                let ratio = contrast(f, b);
                if ratio < least {
                    problems.push(format!(
                        "{theme}: --kk-colour-{front} on --kk-colour-{back} is {ratio:.2}:1, under {least}:1"
                    ));
                }
            }
            (f, b) => problems.extend([f.err(), b.err()].into_iter().flatten()),
        }
    }
    problems
}

#[test]
fn the_contrast_formula_gives_the_known_ratios() {
    let cases = [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#767676", "#ffffff", 4.54),
        ("#1d70b8", "#fff", 5.17),
    ];
    for (a, b, expected) in cases {
        let ratio = contrast(parse_hex(a).expect("a"), parse_hex(b).expect("b"));
        assert!((ratio - expected).abs() < 0.01, "{a} on {b}: {ratio}");
    }
    assert_eq!(parse_hex("#abc"), Some([0xaa, 0xbb, 0xcc]));
    assert_eq!(parse_hex("blue"), None);
}

#[test]
fn the_check_names_the_theme_the_pair_and_the_ratio() {
    let tokens: BTreeMap<String, String> = [
        ("--kk-colour-text", "#777777"),
        ("--kk-colour-background", "#ffffff"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let problems = check("grå", &tokens, &[("text", "background")], 4.5);
    assert_eq!(
        problems,
        ["grå: --kk-colour-text on --kk-colour-background is 4.48:1, under 4.5:1"]
    );
}

#[test]
fn there_are_at_least_two_municipality_themes_and_they_differ() {
    let themes = themes();
    assert!(
        themes.len() >= 3,
        "expected two municipalities besides the defaults"
    );
    let brands: std::collections::BTreeSet<_> = themes[1..]
        .iter()
        .map(|(_, t)| t.get("--kk-colour-brand").cloned())
        .collect();
    assert_eq!(
        brands.len(),
        themes.len() - 1,
        "two themes share a brand colour"
    );
}

#[test]
fn every_token_a_municipality_sets_is_a_token_of_tokens_css() {
    let defaults = default_tokens();
    let mut unknown = Vec::new();
    for (theme, tokens) in themes() {
        unknown.extend(
            tokens
                .keys()
                .filter(|name| !defaults.contains_key(*name))
                .map(|name| format!("{theme}: {name}")),
        );
    }
    assert!(
        unknown.is_empty(),
        "tokens that style nothing: {unknown:#?}"
    );
}

#[test]
fn text_has_at_least_4_5_to_1_against_its_background_in_every_theme() {
    let problems: Vec<String> = themes()
        .iter()
        .flat_map(|(theme, tokens)| check(theme, tokens, TEXT_PAIRS, 4.5))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn focus_indicators_and_control_borders_have_at_least_3_to_1_in_every_theme() {
    let problems: Vec<String> = themes()
        .iter()
        .flat_map(|(theme, tokens)| check(theme, tokens, NON_TEXT_PAIRS, 3.0))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}
