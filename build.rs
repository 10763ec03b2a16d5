//! Reads the props of every component from its source (`components/src/<folder>/mod.rs`)
//! for the component gallery: name, type, whether it must be given, and its `///` doc.
//! Read from the component's own signature, the gallery's lists cannot drift from it.
//!
//! Writes `$OUT_DIR/component_props.rs`, which `src/gallery.rs` includes.

use quote::ToTokens;
use std::fmt::Write as _;
use std::path::Path;

/// A prop as the gallery lists it.
struct Prop {
    name: String,
    ty: String,
    required: bool,
    doc: String,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("components/src");
    println!("cargo:rerun-if-changed=components/src");
    println!("cargo:rerun-if-changed=build.rs");
    let mut folders: Vec<_> = std::fs::read_dir(&root)
        .map(|dir| dir.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    folders.retain(|p| p.join("mod.rs").is_file());
    folders.sort();
    let mut out = String::from("&[\n");
    for folder in folders {
        let key = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(folder.join("mod.rs")).unwrap_or_default();
        // A file that does not parse fails its own crate's build, which says why.
        let Ok(file) = syn::parse_file(&source) else {
            continue;
        };
        for item in file.items {
            let syn::Item::Fn(function) = item else {
                continue;
            };
            if !function
                .attrs
                .iter()
                .any(|a| a.path().is_ident("component"))
            {
                continue;
            }
            let props: Vec<Prop> = function
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(arg) => Some(prop(arg)),
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            let _ = write!(
                out,
                "    ({key:?}, {:?}, &[",
                function.sig.ident.to_string()
            );
            for p in props {
                let _ = write!(
                    out,
                    "\n        Prop {{ name: {:?}, ty: {:?}, required: {}, doc: {:?} }},",
                    p.name, p.ty, p.required, p.doc
                );
            }
            out.push_str("\n    ]),\n");
        }
    }
    out.push(']');
    let target =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("component_props.rs");
    if let Err(e) = std::fs::write(&target, out) {
        panic!("could not write {}: {e}", target.display());
    }
}

/// A parameter of a component as the gallery lists it. It is optional when its
/// `#[prop(...)]` says `optional`, `optional_no_strip`, `default = ...` or `attrs`, as
/// Leptos reads it.
fn prop(arg: &syn::PatType) -> Prop {
    let mut required = true;
    let mut doc = Vec::new();
    for attr in &arg.attrs {
        if attr.path().is_ident("prop") {
            if let syn::Meta::List(list) = &attr.meta {
                let options = list.tokens.to_string();
                for option in options.split(',') {
                    let word = option.split('=').next().unwrap_or_default().trim();
                    if ["optional", "optional_no_strip", "default", "attrs"].contains(&word) {
                        required = false;
                    }
                }
            }
        } else if attr.path().is_ident("doc") {
            if let syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }),
                ..
            }) = &attr.meta
            {
                doc.push(text.value().trim().to_string());
            }
        }
    }
    Prop {
        name: arg.pat.to_token_stream().to_string(),
        ty: type_text(&arg.ty.to_token_stream().to_string()),
        required,
        doc: doc_text(&doc.join(" ")),
    }
}

/// A type as written, from the spaced tokens `quote` prints: `Signal < Option < String > >`
/// → `Signal<Option<String>>`.
fn type_text(tokens: &str) -> String {
    let mut text = tokens.to_string();
    for (from, to) in [
        (" :: ", "::"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
        ("& ", "&"),
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        (" [", "["),
        ("[ ", "["),
        (" ]", "]"),
    ] {
        while text.contains(from) {
            text = text.replace(from, to);
        }
    }
    text
}

/// Doc text without the link brackets of rustdoc: "[`Locale`]" → "`Locale`", and a link's
/// target "(crate::locale::provide_locale)" left out.
fn doc_text(doc: &str) -> String {
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    while let Some(start) = rest.find('[') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find(']') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        out.push_str(&after[..end]);
        rest = &after[end + 1..];
        if rest.starts_with('(') {
            if let Some(close) = rest.find(')') {
                rest = &rest[close + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}
