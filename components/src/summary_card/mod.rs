//! Summary card: one summary list under a title, for one of several similar things
//! (each child, each address) on a check-answers page.

use crate::accordion::HeadingLevel;
use crate::classes::classes;
use crate::summary_list::{SummaryList, SummaryRow};
use leptos::prelude::*;
use web_sys::MouseEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::CardAction;

/// `<div class="kk-summary-card">`: a title bar with the title as a heading and the
/// card's actions, above a [`SummaryList`] of its rows.
///
/// Each card action reads its text followed by the card's title, visually hidden
/// (`Fjern <span class="kk-visually-hidden"> Barn 1</span>`), so that among several
/// cards every link has its own name. The actions are a list, left out when there are
/// none.
#[component]
pub fn SummaryCard(
    /// The card's title, such as "Barn 1".
    #[prop(into)]
    title: Signal<String>,
    /// The level of the title's heading; `<h2>` when not given.
    #[prop(optional)]
    heading_level: HeadingLevel,
    /// The rows of the summary list inside the card.
    #[prop(into)]
    rows: Signal<Vec<SummaryRow>>,
    /// The actions on the whole card.
    #[prop(optional, into)]
    actions: Signal<Vec<CardAction>>,
    /// Called with the click and the link's `href` when a card action or a row's change
    /// link is clicked, for instance to navigate inside the app.
    #[prop(optional, into)]
    on_action: Option<Callback<(MouseEvent, String)>>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let heading = match heading_level {
        HeadingLevel::H2 => {
            view! { <h2 class="kk-summary-card__title">{move || title.get()}</h2> }.into_any()
        }
        HeadingLevel::H3 => {
            view! { <h3 class="kk-summary-card__title">{move || title.get()}</h3> }.into_any()
        }
        HeadingLevel::H4 => {
            view! { <h4 class="kk-summary-card__title">{move || title.get()}</h4> }.into_any()
        }
    };
    let action_list = move || {
        let actions = actions.get();
        (!actions.is_empty()).then(|| {
            let items = actions
                .into_iter()
                .map(|action| {
                    let href = action.href.clone();
                    view! {
                        <li class="kk-summary-card__action">
                            <a
                                class="kk-link"
                                href=action.href
                                on:click=move |ev: MouseEvent| {
                                    if let Some(on_action) = on_action {
                                        on_action.run((ev, href.clone()));
                                    }
                                }
                            >
                                {action.text}
                                <span class="kk-visually-hidden">
                                    {move || format!(" {}", title.get())}
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="kk-summary-card__actions">{items}</ul> }
        })
    };
    let list = match on_action {
        Some(on_action) => view! {
            <SummaryList rows=rows on_action=on_action class="kk-summary-card__list"/>
        }
        .into_any(),
        None => view! { <SummaryList rows=rows class="kk-summary-card__list"/> }.into_any(),
    };
    view! {
        <div class=classes(["kk-summary-card", class.as_str()])>
            <div class="kk-summary-card__title-wrapper">{heading}{action_list}</div>
            <div class="kk-summary-card__content">{list}</div>
        </div>
    }
}
