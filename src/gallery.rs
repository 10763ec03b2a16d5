//! The component gallery: every component's named examples on one page, for designers.
//!
//! The examples come from `kommunekit_components::all_examples()`, so a new example shows
//! here without any change to the portal. The built-in texts of the components follow
//! the language switch like every other page.

use crate::app::use_portal;
use crate::i18n::Msg;
use kommunekit_components::all_examples;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the element that holds every example.
const ROOT_ID: &str = "gallery-components";

/// The class of the box around one example.
const EXAMPLE_CLASS: &str = "kk-gallery__example";

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

/// Runs once the examples are on the page: starts the page at the top even though an
/// example (the error summary) took focus when it appeared. The examples never share an
/// id (a test in the components crate sees to it), so they can stand side by side.
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
    use std::collections::HashSet;

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
}
