//! Keeps components, examples, tests and stylesheets in step, and checks that the
//! stylesheets only use tokens that exist.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn style_dir() -> PathBuf {
    crate_dir().join("..").join("style")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The component folders under src/, by snake_case name.
fn component_folders() -> BTreeSet<String> {
    fs::read_dir(crate_dir().join("src"))
        .expect("src/ is readable")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The stylesheets under style/components/, by kebab-case name without `.css`.
fn component_stylesheets() -> BTreeSet<String> {
    fs::read_dir(style_dir().join("components"))
        .expect("style/components/ is readable")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".css").map(str::to_string))
        .collect()
}

/// The stylesheet the portal links, generated from every other one by `cargo xtask css`
/// (the xtask's test checks that it is up to date).
const GENERATED: &str = "portal.css";

/// Every .css file under style/ that a designer edits, recursively: all but the
/// generated one.
fn all_stylesheets() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("style dir is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "css") && !path.ends_with(GENERATED) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&style_dir(), &mut out);
    out.sort();
    out
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The names after each occurrence of `prefix`, such as token names after `var(--kk-`.
fn names_after(text: &str, prefix: &str) -> Vec<String> {
    text.match_indices(prefix)
        .map(|(i, _)| {
            text[i + prefix.len()..]
                .chars()
                .take_while(|c| is_name_char(*c))
                .collect::<String>()
        })
        .collect()
}

/// Whether `css` has the class selector `.{class}` as a whole name.
fn has_class_selector(css: &str, class: &str) -> bool {
    let needle = format!(".{class}");
    css.match_indices(&needle).any(|(i, _)| {
        !css[i + needle.len()..]
            .chars()
            .next()
            .is_some_and(is_name_char)
    })
}

#[test]
fn every_component_folder_has_its_module_examples_and_tests() {
    let folders = component_folders();
    assert!(
        folders.len() >= 14,
        "expected the components, found {folders:?}"
    );
    for folder in &folders {
        for file in ["mod.rs", "examples.rs", "tests.rs"] {
            let path = crate_dir().join("src").join(folder).join(file);
            assert!(path.is_file(), "{folder}/ lacks {file}");
        }
    }
}

#[test]
fn every_component_has_a_stylesheet_with_its_root_class() {
    for folder in component_folders() {
        let kebab = folder.replace('_', "-");
        let path = style_dir().join("components").join(format!("{kebab}.css"));
        assert!(
            path.is_file(),
            "{folder} has no style/components/{kebab}.css"
        );
        let css = without_comments(&read(&path));
        assert!(
            has_class_selector(&css, &format!("kk-{kebab}")),
            "{kebab}.css does not style its root class .kk-{kebab}"
        );
    }
}

#[test]
fn every_component_stylesheet_belongs_to_a_component_folder() {
    let folders = component_folders();
    for sheet in component_stylesheets() {
        let snake = sheet.replace('-', "_");
        assert!(
            folders.contains(&snake),
            "style/components/{sheet}.css has no src/{snake}/"
        );
    }
}

#[test]
fn every_component_folder_is_in_the_example_gallery() {
    let listed: BTreeSet<String> = kommunekit_components::all_examples()
        .into_iter()
        .map(|(name, _)| name.to_string())
        .collect();
    assert_eq!(listed, component_folders());
}

#[test]
fn the_pages_link_the_generated_stylesheet_and_it_holds_every_component_stylesheet() {
    let link = format!("<link data-trunk rel=\"css\" href=\"style/{GENERATED}\">");
    for page in ["index.html", "gallery.html"] {
        let html = read(&crate_dir().join("..").join(page));
        let sheets: Vec<&str> = html
            .lines()
            .map(str::trim)
            .filter(|l| l.contains("rel=\"css\""))
            .collect();
        assert_eq!(
            sheets.first(),
            Some(&link.as_str()),
            "{page} links {sheets:#?}"
        );
        assert!(
            sheets[1..].iter().all(|l| !l.contains("style/components/")),
            "{page} links a component stylesheet itself: {sheets:#?}"
        );
    }
    let generated = read(&style_dir().join(GENERATED));
    for sheet in component_stylesheets() {
        assert!(
            generated.contains(&format!("/* style/components/{sheet}.css */\n")),
            "style/{GENERATED} lacks style/components/{sheet}.css: run `cargo xtask css`"
        );
    }
}

#[test]
fn the_global_stylesheets_exist() {
    for name in ["tokens.css", "base.css", "layout.css", "utilities.css"] {
        assert!(style_dir().join(name).is_file(), "style/{name} is missing");
    }
}

#[test]
fn every_token_used_is_defined_in_tokens_css() {
    let tokens = without_comments(&read(&style_dir().join("tokens.css")));
    let defined: BTreeSet<String> = tokens
        .match_indices("--kk-")
        .filter_map(|(i, _)| {
            let name: String = tokens[i + 5..]
                .chars()
                .take_while(|c| is_name_char(*c))
                .collect();
            tokens[i + 5 + name.len()..]
                .trim_start()
                .starts_with(':')
                .then_some(name)
        })
        .collect();
    assert!(
        defined.contains("colour-brand"),
        "tokens.css defines {defined:?}"
    );
    let mut missing = Vec::new();
    for path in all_stylesheets() {
        let css = without_comments(&read(&path));
        for name in names_after(&css, "var(--kk-") {
            if !defined.contains(&name) {
                missing.push(format!("{}: --kk-{name}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), "undefined tokens: {missing:#?}");
}

#[test]
fn only_tokens_css_writes_colours() {
    let mut found = Vec::new();
    for path in all_stylesheets() {
        if path.file_name().is_some_and(|n| n == "tokens.css") {
            continue;
        }
        let css = without_comments(&read(&path));
        for declaration in css.split([';', '{', '}']) {
            let Some((_, value)) = declaration.split_once(':') else {
                continue;
            };
            let lower = value.to_ascii_lowercase();
            let hex = lower.match_indices('#').any(|(i, _)| {
                let digits: String = lower[i + 1..]
                    .chars()
                    .take_while(char::is_ascii_hexdigit)
                    .collect();
                matches!(digits.len(), 3 | 4 | 6 | 8)
            });
            let function = ["rgb(", "rgba(", "hsl(", "hsla("]
                .iter()
                .any(|f| lower.contains(f));
            if hex || function {
                found.push(format!("{}: {}", path.display(), declaration.trim()));
            }
        }
    }
    assert!(found.is_empty(), "colours outside tokens.css: {found:#?}");
}

#[test]
fn every_class_is_prefixed_and_no_rule_is_nested() {
    for path in all_stylesheets() {
        let css = without_comments(&read(&path));
        // Each open block is an at-rule (true) or a style rule (false).
        let mut blocks: Vec<bool> = Vec::new();
        let mut prelude = String::new();
        for c in css.chars() {
            match c {
                '{' => {
                    let selector = prelude.trim().to_string();
                    let at_rule = selector.starts_with('@');
                    assert!(
                        at_rule || !blocks.contains(&false),
                        "{}: nested rule {selector:?}",
                        path.display()
                    );
                    if !at_rule {
                        for class in names_after(&selector, ".") {
                            if class.starts_with(|c: char| c.is_ascii_alphabetic()) {
                                assert!(
                                    class.starts_with("kk-"),
                                    "{}: class .{class} lacks the kk- prefix",
                                    path.display()
                                );
                            }
                        }
                    }
                    blocks.push(at_rule);
                    prelude.clear();
                }
                '}' => {
                    blocks.pop();
                    prelude.clear();
                }
                ';' => prelude.clear(),
                _ => prelude.push(c),
            }
        }
        assert!(blocks.is_empty(), "{}: unbalanced braces", path.display());
    }
}

#[test]
fn the_scanners_find_what_they_should() {
    assert!(has_class_selector(".kk-panel { }", "kk-panel"));
    assert!(!has_class_selector(".kk-panel__title { }", "kk-panel"));
    assert_eq!(
        names_after("a: var(--kk-space-1) var(--kk-colour-text);", "var(--kk-"),
        ["space-1", "colour-text"]
    );
    assert_eq!(without_comments("a /* b */ c /* d"), "a  c ");
}
