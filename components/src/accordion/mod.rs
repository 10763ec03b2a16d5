//! Accordion: several sections of content, each opened and closed by its heading.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{all_expanded, section_button_id, section_content_id, AccordionItem, HeadingLevel};

/// `<div class="kk-accordion">`: a "Vis alle sektioner"/"Show all sections" button, then
/// one section per item.
///
/// Each section heading holds a button (`{id}-heading-n`, n from 1) with
/// `aria-expanded` and `aria-controls` naming its content (`{id}-content-n`), which is
/// `hidden` while closed. The button reads the heading, the summary and "Vis dette
/// afsnit"/"Skjul dette afsnit". The show-all button has `aria-expanded="true"` once
/// every section is open, and then closes them all. Closed content is
/// `hidden="until-found"`, so the browser's find in page still finds it and opens its
/// section.
#[component]
pub fn Accordion(
    /// The accordion's id, the stem of every section id.
    #[prop(into)]
    id: String,
    /// The sections.
    items: Vec<AccordionItem>,
    /// The level of the section headings.
    #[prop(optional)]
    heading_level: HeadingLevel,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let states: Vec<RwSignal<bool>> = items.iter().map(|i| RwSignal::new(i.expanded)).collect();
    let all_open = {
        let states = states.clone();
        Memo::new(move |_| all_expanded(&states.iter().map(|s| s.get()).collect::<Vec<_>>()))
    };
    let show_all = {
        let states = states.clone();
        move |_| {
            let open = !all_open.get_untracked();
            for state in &states {
                state.set(open);
            }
        }
    };
    let sections = items
        .into_iter()
        .zip(states)
        .enumerate()
        .map(|(index, (item, open))| {
            let n = index + 1;
            let button_id = section_button_id(&id, n);
            let content_id = section_content_id(&id, n);
            let heading = item.heading;
            let summary = item.summary.map(|summary| {
                view! {
                    <span class="kk-visually-hidden">", "</span>
                    <span class="kk-accordion__section-summary">{move || summary.get()}</span>
                }
            });
            let button = view! {
                <button
                    type="button"
                    class="kk-accordion__section-button"
                    id=button_id
                    aria-expanded=move || open.get().to_string()
                    aria-controls=content_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="kk-accordion__section-heading-text">{move || heading.get()}</span>
                    {summary}
                    <span class="kk-visually-hidden">", "</span>
                    <span class="kk-accordion__section-toggle">
                        <span class="kk-accordion__chevron" aria-hidden="true"></span>
                        <span class="kk-accordion__section-toggle-text">
                            {move || locale.get().accordion_toggle(open.get())}
                            <span class="kk-visually-hidden">
                                {move || format!(" {}", locale.get().accordion_this_section())}
                            </span>
                        </span>
                    </span>
                </button>
            };
            let heading = match heading_level {
                HeadingLevel::H2 => {
                    view! { <h2 class="kk-accordion__section-heading">{button}</h2> }.into_any()
                }
                HeadingLevel::H3 => {
                    view! { <h3 class="kk-accordion__section-heading">{button}</h3> }.into_any()
                }
                HeadingLevel::H4 => {
                    view! { <h4 class="kk-accordion__section-heading">{button}</h4> }.into_any()
                }
            };
            view! {
                <div class=move || {
                    if open.get() {
                        "kk-accordion__section kk-accordion__section--expanded"
                    } else {
                        "kk-accordion__section"
                    }
                }>
                    <div class="kk-accordion__section-header">{heading}</div>
                    <div
                        class="kk-accordion__section-content"
                        id=content_id
                        hidden=move || (!open.get()).then_some("until-found")
                        on:beforematch=move |_: web_sys::Event| open.set(true)
                    >
                        {item.content.run()}
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=classes(["kk-accordion", class.as_str()]) id=id.clone()>
            <div class="kk-accordion__controls">
                <button
                    type="button"
                    class="kk-accordion__show-all"
                    id=format!("{id}-show-all")
                    aria-expanded=move || all_open.get().to_string()
                    on:click=show_all
                >
                    <span class="kk-accordion__chevron" aria-hidden="true"></span>
                    <span class="kk-accordion__show-all-text">
                        {move || locale.get().accordion_all(all_open.get())}
                    </span>
                </button>
            </div>
            {sections}
        </div>
    }
}
