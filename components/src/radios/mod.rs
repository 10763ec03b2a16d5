//! Radios: choose exactly one option from a short list.

use crate::classes::form_group_class;
use crate::error_message::field_error;
use crate::fieldset::Fieldset;
use crate::hint::field_hint;
use crate::hint::Hint;
use crate::ids::field_described_by;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{conditional_id, item_hint_id, item_id, RadioItem, RadiosLayout};

/// A radio group in a `kk-form-group`: a fieldset whose legend asks the question, an
/// optional hint and error message, and one large radio per item.
///
/// The fieldset is described by `{id}-hint` then `{id}-error`. The first radio's id is
/// `id`, the next `{id}-2`, `{id}-3`, ...; an item hint `{input id}-item-hint` describes
/// its radio. All radios share the name `id`. An item with a reveal
/// ([`RadioItem::with_reveal`]) is followed by `conditional-{input id}`, shown only while
/// it is chosen; its radio has `aria-controls` (not `aria-expanded`, which ARIA does
/// not allow on a radio).
#[component]
pub fn Radios(
    /// The group's id: the first radio's id and every radio's name.
    #[prop(into)]
    id: String,
    /// The question, shown as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Whether the legend is also the page heading (one question on the page).
    #[prop(optional)]
    legend_is_heading: bool,
    /// Help text shown under the legend.
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// The error message; the group is in error while it is `Some`.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The options.
    #[prop(into)]
    items: Signal<Vec<RadioItem>>,
    /// The value of the chosen option; empty when none is chosen.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen option's value.
    #[prop(into)]
    on_change: Callback<String>,
    /// Stacked or inline.
    #[prop(optional)]
    layout: RadiosLayout,
    /// Whether every radio is disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let has_error = move || error.with(Option::is_some);
    let group_class = form_group_class(error, class);
    let described_by = {
        let id = id.clone();
        Signal::derive(move || field_described_by(&id, hint.with(Option::is_some), has_error()))
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);
    let radios = move || {
        items
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let input_id = item_id(&id, index);
                let hint_id = item.hint.map(|_| item_hint_id(&input_id));
                let item_hint = item.hint.map(|text| {
                    view! {
                        <Hint id=item_hint_id(&input_id) text=text class="kk-radios__hint"/>
                    }
                });
                let checked_value = item.value.clone();
                let chosen_value = item.value.clone();
                let label = item.label;
                let is_chosen = {
                    let item_value = item.value.clone();
                    move || value.with(|v| *v == item_value)
                };
                // No aria-expanded: ARIA does not allow it on a radio (axe flags it), and
                // the revealed fields follow the radio in reading order.
                let controls = item.reveal.as_ref().map(|_| conditional_id(&input_id));
                let conditional = item.reveal.map(|reveal| {
                    let class = move || {
                        if is_chosen() {
                            "kk-radios__conditional"
                        } else {
                            "kk-radios__conditional kk-radios__conditional--hidden"
                        }
                    };
                    view! {
                        <div class=class id=conditional_id(&input_id)>
                            {reveal.run()}
                        </div>
                    }
                });
                view! {
                    <div class="kk-radios__item">
                        <input
                            class="kk-radios__input"
                            id=input_id.clone()
                            name=id.clone()
                            type="radio"
                            value=item.value
                            prop:checked=move || value.with(|v| *v == checked_value)
                            disabled=move || disabled.get()
                            aria-describedby=hint_id
                            aria-controls=controls
                            on:change=move |_| on_change.run(chosen_value.clone())
                        />
                        <label class="kk-label kk-radios__label" for=input_id>
                            {move || label.get()}
                        </label>
                        {item_hint}
                    </div>
                    {conditional}
                }
            })
            .collect_view()
    };
    let radios_class = format!("kk-radios kk-radios--{}", layout.as_str());
    view! {
        <div class=group_class>
            <Fieldset legend=legend legend_is_heading=legend_is_heading described_by=described_by>
                {hint_view}
                {error_view}
                <div class=radios_class>{radios}</div>
            </Fieldset>
        </div>
    }
}
