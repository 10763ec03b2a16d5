//! The component gallery: every component's named examples on one page, for designers.
//!
//! The examples come from `kommunekit_components::all_examples()`, so a new example shows
//! here without any change to the portal. The built-in texts of the components follow
//! the language switch like every other page.

use crate::app::use_portal;
use crate::i18n::Msg;
use kommunekit_components::all_examples;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The id of the element that holds every example.
const ROOT_ID: &str = "gallery-components";

/// The class of the box around one example.
const EXAMPLE_CLASS: &str = "kk-gallery__example";

/// The attributes that refer to other elements by id.
const ID_REFERENCES: [&str; 5] = [
    "for",
    "aria-describedby",
    "aria-labelledby",
    "aria-controls",
    "href",
];

/// The heading of a component's section: its folder name spelt as the component,
/// `"text_input"` → `"TextInput"`.
pub fn component_title(key: &str) -> String {
    key.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// The id of a component's section: `"text_input"` → `"gallery-text-input"`.
pub fn section_id(key: &str) -> String {
    format!("gallery-{}", key.replace('_', "-"))
}

/// A new id for `id`, repeated by the example numbered `example`, that no element in
/// `taken` has.
pub fn unique_id(taken: &HashSet<String>, id: &str, example: usize) -> String {
    let mut candidate = format!("{id}--{example}");
    let mut n = 1;
    while taken.contains(&candidate) {
        n += 1;
        candidate = format!("{id}--{example}-{n}");
    }
    candidate
}

/// The value of the attribute `attr` with renamed ids replaced, or `None` when it names
/// none of them. `href` refers to one id as `#id`; the others list ids with spaces.
pub fn rewrite_reference(
    attr: &str,
    value: &str,
    renames: &HashMap<String, String>,
) -> Option<String> {
    if attr == "href" {
        let target = value.strip_prefix('#')?;
        return renames.get(target).map(|new| format!("#{new}"));
    }
    let ids: Vec<&str> = value.split_whitespace().collect();
    if !ids.iter().any(|id| renames.contains_key(*id)) {
        return None;
    }
    let rewritten: Vec<&str> = ids
        .into_iter()
        .map(|id| renames.get(id).map_or(id, String::as_str))
        .collect();
    Some(rewritten.join(" "))
}

/// `root` and every element inside it, in document order.
fn elements_of(root: &Element) -> Vec<Element> {
    let mut out = vec![root.clone()];
    let mut stack: Vec<Element> = root.first_element_child().into_iter().collect();
    while let Some(element) = stack.pop() {
        if let Some(next) = element.next_element_sibling() {
            stack.push(next);
        }
        if let Some(child) = element.first_element_child() {
            stack.push(child);
        }
        out.push(element);
    }
    out
}

/// Gives the ids an example repeats from the examples before it new ids, and points the
/// example's own references (labels, descriptions, links) at them. Each example is
/// written to stand alone on a page; side by side, two examples may use the same id.
fn make_ids_unique(root: &Element) {
    let examples: Vec<Element> = elements_of(root)
        .into_iter()
        // The attribute, not `className`, which is no string on SVG elements.
        .filter(|e| {
            e.get_attribute("class")
                .is_some_and(|c| c.split_whitespace().any(|c| c == EXAMPLE_CLASS))
        })
        .collect();
    let mut taken: HashSet<String> = HashSet::new();
    for (n, example) in examples.iter().enumerate() {
        let elements = elements_of(example);
        let mut renames = HashMap::new();
        for element in &elements {
            let id = element.id();
            if id.is_empty() {
                continue;
            }
            if taken.contains(&id) {
                let new = unique_id(&taken, &id, n + 1);
                element.set_id(&new);
                taken.insert(new.clone());
                renames.insert(id, new);
            } else {
                taken.insert(id);
            }
        }
        if renames.is_empty() {
            continue;
        }
        for element in &elements {
            for attr in ID_REFERENCES {
                let new = element
                    .get_attribute(attr)
                    .and_then(|value| rewrite_reference(attr, &value, &renames));
                if let Some(new) = new {
                    let _ = element.set_attribute(attr, &new);
                }
            }
        }
    }
}

/// Runs once the examples are on the page: makes their ids unique, and starts the page
/// at the top even though an example (the error summary) took focus when it appeared.
fn settle() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        return;
    };
    make_ids_unique(&root);
    let focused_example = document
        .active_element()
        .filter(|active| root.contains(Some(active)))
        .and_then(|active| active.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(active) = focused_example {
        let _ = active.blur();
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// The gallery page: a table of contents, then a section per component with each of its
/// examples under its name.
#[component]
pub fn Gallery() -> impl IntoView {
    let portal = use_portal();
    portal.service.set(None);
    let lang = portal.lang;
    Effect::new(move |_| portal.set_title(false, &[Msg::Components.text(lang.get())]));
    Effect::new(move |_| request_animation_frame(settle));

    let components = all_examples();
    let contents = components
        .iter()
        .map(|(key, _)| {
            let href = format!("#{}", section_id(key));
            view! {
                <li>
                    <a class="kk-link" href=href>
                        {component_title(key)}
                    </a>
                </li>
            }
        })
        .collect_view();
    let sections = components
        .into_iter()
        .map(|(key, examples)| {
            let id = section_id(key);
            let heading_id = format!("{id}-heading");
            let labelled_by = heading_id.clone();
            let examples = examples
                .into_iter()
                .map(|example| {
                    view! {
                        <h3 class="kk-heading-s">{example.name}</h3>
                        <div class=EXAMPLE_CLASS>{(example.render)()}</div>
                    }
                })
                .collect_view();
            view! {
                <section id=id class="kk-margin-bottom-8" aria-labelledby=labelled_by>
                    <h2 class="kk-heading-m" id=heading_id>
                        {component_title(key)}
                    </h2>
                    {examples}
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="kk-grid-row">
            <div class="kk-grid-column-two-thirds">
                <h1 class="kk-heading-l">{move || Msg::Components.text(lang.get())}</h1>
                <p class="kk-body">{move || Msg::GalleryIntro.text(lang.get())}</p>
                <nav aria-labelledby="gallery-contents" class="kk-margin-bottom-8">
                    <h2 class="kk-heading-m" id="gallery-contents">
                        {move || Msg::Contents.text(lang.get())}
                    </h2>
                    <ul class="kk-list kk-list--bullet">{contents}</ul>
                </nav>
                <div id=ROOT_ID>{sections}</div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_component_is_titled_as_its_rust_name() {
        for (key, title) in [
            ("button", "Button"),
            ("text_input", "TextInput"),
            ("error_summary", "ErrorSummary"),
        ] {
            assert_eq!(component_title(key), title);
        }
    }

    #[test]
    fn every_component_has_its_own_section_id_and_title() {
        let components = all_examples();
        let ids: HashSet<_> = components.iter().map(|(k, _)| section_id(k)).collect();
        let titles: HashSet<_> = components.iter().map(|(k, _)| component_title(k)).collect();
        assert_eq!(ids.len(), components.len());
        assert_eq!(titles.len(), components.len());
        assert!(ids.contains("gallery-text-input"));
    }

    #[test]
    fn a_repeated_id_gets_a_new_id_that_is_not_taken() {
        let mut taken: HashSet<String> = ["error-summary".to_string()].into();
        assert_eq!(unique_id(&taken, "error-summary", 2), "error-summary--2");
        taken.insert("error-summary--2".into());
        assert_eq!(unique_id(&taken, "error-summary", 2), "error-summary--2-2");
    }

    #[test]
    fn references_follow_renamed_ids_and_leave_others_alone() {
        let renames: HashMap<String, String> =
            [("a-hint".to_string(), "a-hint--3".to_string())].into();
        let cases = [
            (
                "aria-describedby",
                "a-hint a-error",
                Some("a-hint--3 a-error"),
            ),
            ("aria-labelledby", "b-title", None),
            ("for", "a-hint", Some("a-hint--3")),
            ("href", "#a-hint", Some("#a-hint--3")),
            ("href", "/a-hint", None),
            ("href", "#b", None),
        ];
        for (attr, value, expected) in cases {
            assert_eq!(
                rewrite_reference(attr, value, &renames).as_deref(),
                expected,
                "{attr}={value}"
            );
        }
    }
}
