//! Step indicator: where the citizen is in a journey of a few named steps.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{StepItem, StepStatus};

/// `<div class="kk-step-indicator">`: "Trin 2 af 4" (`{id}-position`), then an ordered
/// list of the steps named "Trin"/"Steps".
///
/// The current step's item has `aria-current="step"`. A completed step ends with a
/// visually hidden "(udfyldt)"/"(completed)" and is a link when it has an address.
/// The numbers and ticks are drawn for the eye only (`aria-hidden`); the list itself
/// gives the order.
#[component]
pub fn StepIndicator(
    /// The indicator's id; the position text's id is `{id}-position`.
    #[prop(into)]
    id: String,
    /// The steps, in order.
    #[prop(into)]
    items: Signal<Vec<StepItem>>,
    /// The step the citizen is on, counted from 0.
    #[prop(into)]
    current: Signal<usize>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let position_id = format!("{id}-position");
    let position = move || {
        let steps = items.with(Vec::len);
        locale.get().step_of((current.get() + 1).min(steps), steps)
    };
    let steps = move || {
        let current = current.get();
        items
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let status = StepStatus::of(index, current);
                let item_class = format!(
                    "kk-step-indicator__step kk-step-indicator__step--{}",
                    status.as_str()
                );
                let label = item.label;
                let name = match (status, item.href) {
                    (StepStatus::Completed, Some(href)) => view! {
                        <a class="kk-step-indicator__link" href=href>
                            {move || label.get()}
                        </a>
                    }
                    .into_any(),
                    _ => view! { <span class="kk-step-indicator__label">{move || label.get()}</span> }
                        .into_any(),
                };
                let marker = match status {
                    StepStatus::Completed => "✓".to_string(),
                    _ => (index + 1).to_string(),
                };
                let completed = (status == StepStatus::Completed).then(|| {
                    view! {
                        <span class="kk-visually-hidden">
                            {move || format!(" {}", locale.get().step_completed())}
                        </span>
                    }
                });
                view! {
                    <li
                        class=item_class
                        aria-current=(status == StepStatus::Current).then_some("step")
                    >
                        <span class="kk-step-indicator__marker" aria-hidden="true">
                            {marker}
                        </span>
                        {name}
                        {completed}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class=classes(["kk-step-indicator", class.as_str()]) id=id>
            <p class="kk-step-indicator__position" id=position_id>
                {position}
            </p>
            <ol
                class="kk-step-indicator__list"
                aria-label=move || locale.get().steps_label()
            >
                {steps}
            </ol>
        </div>
    }
}
