//! The component gallery: every component's named examples on one page, for designers.
//!
//! The examples come from `kommunekit_components::all_examples()`, so a new example shows
//! here without any change to the portal. The built-in texts of the components follow
//! the language switch like every other page. Each component's props are listed from
//! its own signature, which `build.rs` reads when the portal is built.
//!
//! The gallery is a build of its own (the `gallery` feature, `gallery.html`), served at
//! `/komponenter`, so citizens never download it.

use crate::app::use_portal;
use crate::i18n::Msg;
use kommunekit_components::{all_examples, RadioItem, Radios, RadiosLayout};
use kommunekit_forms::{Lang, Municipality};
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

/// The id of the element that holds every example.
const ROOT_ID: &str = "gallery-components";

/// The class of the box around one example.
const EXAMPLE_CLASS: &str = "kk-gallery__example";

/// One prop of a component, as its source declares it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prop {
    /// The prop's name, such as `colour`.
    pub name: &'static str,
    /// Its type as written, such as `Signal<Option<String>>`.
    pub ty: &'static str,
    /// Whether it must be given: no `optional`, `default` or `attrs` in its `#[prop]`.
    pub required: bool,
    /// Its `///` documentation, in English.
    pub doc: &'static str,
}

/// Every component's props, read from `components/src/<folder>/mod.rs` by `build.rs`:
/// the folder, the component's name, and its props in the order of its signature.
pub const PROPS: &[(&str, &str, &[Prop])] =
    include!(concat!(env!("OUT_DIR"), "/component_props.rs"));

/// The components (name and props) declared in a component's folder.
pub fn props_of(key: &str) -> impl Iterator<Item = (&'static str, &'static [Prop])> + '_ {
    PROPS
        .iter()
        .filter(move |(folder, _, _)| *folder == key)
        .map(|(_, name, props)| (*name, *props))
}

/// The texts of a props table: its caption before the component's name, the column
/// headers, and the words for a prop that must or may be given.
struct PropsTexts {
    caption: &'static str,
    headers: [&'static str; 4],
    yes: &'static str,
    no: &'static str,
}

fn props_texts(lang: Lang) -> PropsTexts {
    match lang {
        Lang::Da => PropsTexts {
            caption: "Egenskaber for",
            headers: ["Navn", "Type", "Skal angives", "Beskrivelse (på engelsk)"],
            yes: "Ja",
            no: "Nej",
        },
        Lang::En => PropsTexts {
            caption: "Props of",
            headers: ["Name", "Type", "Required", "Description"],
            yes: "Yes",
            no: "No",
        },
    }
}

/// The table of a component's props. The descriptions are the English docs of the code.
fn props_table(lang: Signal<Lang>, name: &'static str, props: &'static [Prop]) -> impl IntoView {
    let texts = move || props_texts(lang.get());
    let headers = (0..4)
        .map(|i| {
            view! {
                <th scope="col" class="kk-table__header">
                    {move || texts().headers[i]}
                </th>
            }
        })
        .collect_view();
    let rows = props
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row" class="kk-table__header">
                        <code class="kk-gallery__code">{p.name}</code>
                    </th>
                    <td class="kk-table__cell">
                        <code class="kk-gallery__code">{p.ty}</code>
                    </td>
                    <td class="kk-table__cell">
                        {move || if p.required { texts().yes } else { texts().no }}
                    </td>
                    <td class="kk-table__cell" lang="en">
                        {p.doc}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="kk-table">
        <table class="kk-table__table kk-gallery__props">
            <caption class="kk-table__caption kk-table__caption--s">
                {move || format!("{} {name}", texts().caption)}
            </caption>
            <thead>
                <tr>{headers}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

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

/// The sample municipalities whose themes the gallery can show, read from the catalog
/// when the portal is built, so designers see every example in each of them.
const THEME_FILES: [&str; 2] = [
    include_str!("../catalog/municipalities/fjordby.json"),
    include_str!("../catalog/municipalities/skovbakke.json"),
];

/// A theme the gallery can show: a municipality's id, name and tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct GalleryTheme {
    /// The municipality's id, such as `fjordby`.
    pub id: String,
    /// Its name, such as "Fjordby Kommune".
    pub name: String,
    /// Its design tokens: `--kk-*` custom property to CSS value.
    pub tokens: BTreeMap<String, String>,
}

/// The themes of the sample municipalities, in the order of [`THEME_FILES`]; a file
/// that does not parse is left out (the catalog check reports it).
pub fn gallery_themes() -> Vec<GalleryTheme> {
    THEME_FILES
        .iter()
        .filter_map(|json| serde_json::from_str::<Municipality>(json).ok())
        .map(|m| GalleryTheme {
            id: m.id,
            name: m.name,
            tokens: m.tokens,
        })
        .collect()
}

/// The inline style that applies `tokens` to the examples: `--kk-*` properties only,
/// and no value that could end the declaration.
pub fn theme_style(tokens: &BTreeMap<String, String>) -> String {
    tokens
        .iter()
        .filter(|(name, value)| {
            name.starts_with("--kk-") && !value.contains([';', '{', '}', '<', '>', '\\'])
        })
        .map(|(name, value)| format!("{name}: {value};"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The legend and hint of the theme switch.
fn theme_texts(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Da => ("Tema", "Vis eksemplerne med en kommunes farver og skrift."),
        Lang::En => (
            "Theme",
            "Show the examples in a municipality's colours and type.",
        ),
    }
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
        // A blurred element stays the starting point of sequential focus navigation, so
        // the first Tab would go on from the example in the middle of the page. Focus
        // passes through the body instead, and the first Tab reaches the skip link.
        if let Some(body) = document.body() {
            let _ = body.set_attribute("tabindex", "-1");
            let _ = body.focus();
            let _ = body.blur();
            let _ = body.remove_attribute("tabindex");
        }
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

    let themes = gallery_themes();
    let chosen_theme = RwSignal::new(None::<String>);
    let theme_value = Signal::derive(move || {
        chosen_theme.get().unwrap_or_else(|| {
            portal
                .tenant
                .get()
                .and_then(Result::ok)
                .map(|t| t.id)
                .unwrap_or_default()
        })
    });
    let theme_items: Vec<RadioItem> = themes
        .iter()
        .map(|t| RadioItem::new(t.id.clone(), t.name.clone()))
        .collect();
    let examples_style = move || {
        let chosen = chosen_theme.get()?;
        themes
            .iter()
            .find(|t| t.id == chosen)
            .map(|t| theme_style(&t.tokens))
    };
    let theme_switch = view! {
        <Radios
            id="gallery-theme"
            legend=Signal::derive(move || theme_texts(lang.get()).0.to_string())
            hint=Signal::derive(move || Some(theme_texts(lang.get()).1.to_string()))
            layout=RadiosLayout::Inline
            items=theme_items
            value=theme_value
            on_change=move |id: String| chosen_theme.set(Some(id))
        />
    };

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
            // A figure captioned by the example's name rather than a heading: examples
            // may hold headings of their own (a legend as the page's h1), and the page's
            // headings then still go down one level at a time.
            let examples = examples
                .into_iter()
                .map(|example| {
                    view! {
                        <figure class="kk-gallery__figure">
                            <figcaption class="kk-heading-s">{example.name}</figcaption>
                            <div class=EXAMPLE_CLASS>{(example.render)()}</div>
                        </figure>
                    }
                })
                .collect_view();
            let lang: Signal<Lang> = lang.into();
            let tables = props_of(key)
                .map(|(name, props)| props_table(lang, name, props))
                .collect_view();
            view! {
                <section id=id class="kk-margin-bottom-8" aria-labelledby=labelled_by>
                    <h2 class="kk-heading-m" id=heading_id>
                        {component_title(key)}
                    </h2>
                    {examples}
                    {tables}
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
                {theme_switch}
                <div id=ROOT_ID style=examples_style>
                    {sections}
                </div>
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
    fn the_gallery_offers_two_sample_themes_that_set_the_same_tokens_differently() {
        let themes = gallery_themes();
        let ids: Vec<_> = themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["fjordby", "skovbakke"]);
        let names = |t: &GalleryTheme| t.tokens.keys().cloned().collect::<Vec<_>>();
        assert_eq!(
            names(&themes[0]),
            names(&themes[1]),
            "switching back must undo every token the other theme set"
        );
        assert_ne!(themes[0].tokens, themes[1].tokens);
    }

    #[test]
    fn a_theme_style_sets_only_kk_properties_with_harmless_values() {
        let tokens: BTreeMap<String, String> = [
            ("--kk-colour-brand", "#6b2142"),
            ("--kk-font-family", "Georgia, serif"),
            ("color", "red"),
            ("--kk-colour-link", "red; background: url(x)"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            theme_style(&tokens),
            "--kk-colour-brand: #6b2142; --kk-font-family: Georgia, serif;"
        );
    }

    #[test]
    fn every_component_of_the_gallery_lists_its_props_and_every_listed_one_is_shown() {
        let shown: HashSet<_> = all_examples().into_iter().map(|(k, _)| k).collect();
        for key in &shown {
            let components: Vec<_> = props_of(key).collect();
            assert!(!components.is_empty(), "{key} has no props listed");
        }
        for (folder, name, _) in PROPS {
            assert!(shown.contains(folder), "{name} of {folder} has no examples");
        }
    }

    #[test]
    fn props_are_read_from_the_signature_with_type_need_and_doc() {
        let tag: Vec<_> = props_of("tag").collect();
        assert_eq!(tag.len(), 1);
        let (name, props) = tag[0];
        assert_eq!(name, "Tag");
        let found: Vec<_> = props.iter().map(|p| (p.name, p.ty, p.required)).collect();
        assert_eq!(
            found,
            [
                ("colour", "TagColour", false),
                ("class", "String", false),
                ("children", "Children", true),
            ]
        );
        assert_eq!(props[0].doc, "The colour; blue when not given.");
    }

    #[test]
    fn a_prop_type_is_shown_as_written_and_a_doc_without_link_brackets() {
        let (_, switch) = props_of("language_switch")
            .next()
            .expect("the language switch");
        let label = switch
            .iter()
            .find(|p| p.name == "label")
            .expect("its label");
        assert_eq!(label.ty, "Option<Signal<String>>");
        assert!(!label.required);
        assert!(PROPS
            .iter()
            .flat_map(|(_, _, props)| props.iter())
            .all(|p| !p.doc.contains("[`") && !p.ty.contains(" <")));
    }

    #[test]
    fn the_gallery_page_is_the_portal_page_with_the_gallery_feature_and_stylesheet() {
        let portal = include_str!("../index.html");
        let gallery = include_str!("../gallery.html");
        let expected = portal
            .replace(
                "data-bin=\"kommunekit\" ",
                "data-bin=\"kommunekit\" data-cargo-features=\"gallery\" ",
            )
            .replace(
                "<link data-trunk rel=\"rust\"",
                "<link data-trunk rel=\"css\" href=\"style/gallery.css\">\n    \
                 <link data-trunk rel=\"rust\"",
            );
        assert_ne!(expected, portal);
        assert_eq!(gallery, expected, "gallery.html must follow index.html");
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
