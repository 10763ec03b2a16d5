//! Summary list: questions and answers, as on a check-answers page.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;
use web_sys::MouseEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{SummaryAction, SummaryRow};

/// `<dl class="kk-summary-list">` with one row per answer and optional change links.
///
/// Each answer line is its own paragraph. A change link reads "Skift" followed by
/// visually hidden words, so its accessible name says what it changes. When some rows
/// have links, the rows without get `kk-summary-list__row--no-actions`.
#[component]
pub fn SummaryList(
    /// The rows.
    #[prop(into)]
    rows: Signal<Vec<SummaryRow>>,
    /// Called with the click and the link's `href` when a change link is clicked,
    /// for instance to navigate inside the app.
    #[prop(optional, into)]
    on_action: Option<Callback<(MouseEvent, String)>>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let body = move || {
        let rows = rows.get();
        let any_actions = rows.iter().any(|r| r.action.is_some());
        rows.into_iter()
            .map(|row| {
                let row_class = if any_actions && row.action.is_none() {
                    "kk-summary-list__row kk-summary-list__row--no-actions"
                } else {
                    "kk-summary-list__row"
                };
                let lines = row
                    .value
                    .into_iter()
                    .map(|line| view! { <p class="kk-body kk-summary-list__line">{line}</p> })
                    .collect_view();
                let action = row.action.map(|action| {
                    let href = action.href.clone();
                    let text = action.text;
                    let link_text = move || {
                        if text.is_empty() {
                            locale.get().change().to_string()
                        } else {
                            text.clone()
                        }
                    };
                    view! {
                        <dd class="kk-summary-list__actions">
                            <a
                                class="kk-link"
                                href=action.href
                                on:click=move |ev: MouseEvent| {
                                    if let Some(on_action) = on_action {
                                        on_action.run((ev, href.clone()));
                                    }
                                }
                            >
                                {link_text}
                                <span class="kk-visually-hidden">
                                    {format!(" {}", action.visually_hidden)}
                                </span>
                            </a>
                        </dd>
                    }
                });
                view! {
                    <div class=row_class>
                        <dt class="kk-summary-list__key">{row.key}</dt>
                        <dd class="kk-summary-list__value">{lines}</dd>
                        {action}
                    </div>
                }
            })
            .collect_view()
    };
    view! { <dl class=classes(["kk-summary-list", class.as_str()])>{body}</dl> }
}
