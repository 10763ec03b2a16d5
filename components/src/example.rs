//! Named examples of every component, used by the component gallery and the tests.

use leptos::prelude::*;

/// One named example of a component.
#[derive(Clone, Copy)]
pub struct Example {
    /// A short name, unique within the component ("default", "with error", ...).
    pub name: &'static str,
    /// Renders the example. Call it inside a reactive owner.
    pub render: fn() -> AnyView,
}

impl std::fmt::Debug for Example {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Example").field("name", &self.name).finish()
    }
}

/// A text of an example in Danish and in English, following the language provided with
/// [`provide_locale`](crate::locale::provide_locale) like the components' own texts.
pub fn da_en(da: &'static str, en: &'static str) -> Signal<String> {
    let locale = crate::locale::use_locale();
    Signal::derive(move || {
        match locale.get() {
            crate::locale::Locale::Da => da,
            crate::locale::Locale::En => en,
        }
        .to_string()
    })
}

/// The examples of every component, keyed by the component's folder name
/// (`"text_input"`, `"error_summary"`, ...), in alphabetical order.
pub fn all_examples() -> Vec<(&'static str, Vec<Example>)> {
    vec![
        ("accordion", crate::accordion::examples::examples()),
        ("back_link", crate::back_link::examples::examples()),
        ("back_to_top", crate::back_to_top::examples::examples()),
        ("breadcrumbs", crate::breadcrumbs::examples::examples()),
        ("button", crate::button::examples::examples()),
        ("checkboxes", crate::checkboxes::examples::examples()),
        ("combobox", crate::combobox::examples::examples()),
        ("cookie_banner", crate::cookie_banner::examples::examples()),
        ("date_input", crate::date_input::examples::examples()),
        ("date_picker", crate::date_picker::examples::examples()),
        ("details", crate::details::examples::examples()),
        ("error_message", crate::error_message::examples::examples()),
        ("error_summary", crate::error_summary::examples::examples()),
        ("fieldset", crate::fieldset::examples::examples()),
        ("file_upload", crate::file_upload::examples::examples()),
        ("footer", crate::footer::examples::examples()),
        ("header", crate::header::examples::examples()),
        ("hint", crate::hint::examples::examples()),
        ("inset_text", crate::inset_text::examples::examples()),
        ("label", crate::label::examples::examples()),
        (
            "language_switch",
            crate::language_switch::examples::examples(),
        ),
        ("modal", crate::modal::examples::examples()),
        (
            "notification_banner",
            crate::notification_banner::examples::examples(),
        ),
        ("pagination", crate::pagination::examples::examples()),
        ("panel", crate::panel::examples::examples()),
        ("phase_banner", crate::phase_banner::examples::examples()),
        ("radios", crate::radios::examples::examples()),
        ("select", crate::select::examples::examples()),
        (
            "service_navigation",
            crate::service_navigation::examples::examples(),
        ),
        (
            "session_timeout",
            crate::session_timeout::examples::examples(),
        ),
        ("skip_link", crate::skip_link::examples::examples()),
        ("spinner", crate::spinner::examples::examples()),
        (
            "step_indicator",
            crate::step_indicator::examples::examples(),
        ),
        ("summary_card", crate::summary_card::examples::examples()),
        ("summary_list", crate::summary_list::examples::examples()),
        ("table", crate::table::examples::examples()),
        ("tabs", crate::tabs::examples::examples()),
        ("tag", crate::tag::examples::examples()),
        ("task_list", crate::task_list::examples::examples()),
        ("text_input", crate::text_input::examples::examples()),
        ("textarea", crate::textarea::examples::examples()),
        ("warning_text", crate::warning_text::examples::examples()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::render;

    #[test]
    fn every_component_has_at_least_one_example_and_names_are_unique() {
        for (component, examples) in all_examples() {
            assert!(!examples.is_empty(), "{component} has no example");
            let mut names: Vec<_> = examples.iter().map(|e| e.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), examples.len(), "{component} repeats a name");
        }
    }

    #[test]
    fn every_example_renders_its_component_root_class() {
        for (component, examples) in all_examples() {
            let root = format!("kk-{}", component.replace('_', "-"));
            for example in examples {
                let html = render(|| (example.render)());
                assert!(
                    html.contains(&root),
                    "{component} example {:?} lacks {root}: {html}",
                    example.name
                );
            }
        }
    }

    #[test]
    fn no_two_examples_share_an_id_so_the_gallery_can_show_them_all_on_one_page() {
        let mut seen: std::collections::BTreeMap<String, String> = Default::default();
        for (component, examples) in all_examples() {
            for example in examples {
                let html = render(|| (example.render)());
                for tag in crate::test_support::tags(&html) {
                    if let Some(id) = tag.attr("id") {
                        let here = format!("{component} example {:?}", example.name);
                        if let Some(first) = seen.insert(id.to_string(), here.clone()) {
                            panic!("the id {id:?} of {here} is already used by {first}");
                        }
                    }
                }
            }
        }
        assert!(!seen.is_empty());
    }

    #[test]
    fn components_are_listed_in_alphabetical_order() {
        let names: Vec<_> = all_examples().into_iter().map(|(c, _)| c).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
    }
}
