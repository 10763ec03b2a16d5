//! Checkboxes: choose any number of options from a list, or "none of these".

use crate::classes::form_group_class;
use crate::error_message::field_error;
use crate::fieldset::Fieldset;
use crate::hint::field_hint;
use crate::hint::Hint;
use crate::ids::field_described_by;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{conditional_id, item_hint_id, item_id, toggle, CheckboxItem};

/// A checkbox group in a `kk-form-group`: a fieldset whose legend asks the question, an
/// optional hint and error message, and one large checkbox per item.
///
/// The fieldset is described by `{id}-hint` then `{id}-error`. The first checkbox's id
/// is `id`, the next `{id}-2`, `{id}-3`, ...; an item hint `{input id}-item-hint`
/// describes its checkbox. All checkboxes share the name `id`. An exclusive item ("none
/// of these") follows a divider saying "eller"/"or"; the rule of [`toggle`] keeps it
/// exclusive. An item with a reveal ([`CheckboxItem::with_reveal`]) is followed by
/// `conditional-{input id}`, shown only while it is checked; its checkbox has
/// `aria-controls` and `aria-expanded`.
#[component]
pub fn Checkboxes(
    /// The group's id: the first checkbox's id and every checkbox's name.
    #[prop(into)]
    id: String,
    /// The question, shown as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Whether the legend is also the page heading (one question on the page).
    #[prop(optional)]
    legend_is_heading: bool,
    /// Help text shown under the legend, such as "Vælg alle der passer".
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// The error message; the group is in error while it is `Some`.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The options.
    #[prop(into)]
    items: Signal<Vec<CheckboxItem>>,
    /// The values of the checked options.
    #[prop(into)]
    value: Signal<Vec<String>>,
    /// Called with the values checked after a change, in the order of the items.
    #[prop(into)]
    on_change: Callback<Vec<String>>,
    /// Whether every checkbox is disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let has_error = move || error.with(Option::is_some);
    let group_class = form_group_class(error, class);
    let described_by = {
        let id = id.clone();
        Signal::derive(move || field_described_by(&id, hint.with(Option::is_some), has_error()))
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);
    let checkboxes = move || {
        items
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let input_id = item_id(&id, index);
                let hint_id = item.hint.map(|_| item_hint_id(&input_id));
                let item_hint = item.hint.map(|text| {
                    view! {
                        <Hint id=item_hint_id(&input_id) text=text class="kk-checkboxes__hint"/>
                    }
                });
                let divider = item.exclusive.then(|| {
                    view! {
                        <div class="kk-checkboxes__divider">{move || locale.get().or()}</div>
                    }
                });
                let checked_value = item.value.clone();
                let changed_value = item.value.clone();
                let label = item.label;
                let is_checked = {
                    let item_value = item.value.clone();
                    move || value.with(|v| v.contains(&item_value))
                };
                let controls = item.reveal.as_ref().map(|_| conditional_id(&input_id));
                let has_reveal = item.reveal.is_some();
                let expanded = {
                    let is_checked = is_checked.clone();
                    move || has_reveal.then(|| is_checked().to_string())
                };
                let conditional = item.reveal.map(|reveal| {
                    let class = move || {
                        if is_checked() {
                            "kk-checkboxes__conditional"
                        } else {
                            "kk-checkboxes__conditional kk-checkboxes__conditional--hidden"
                        }
                    };
                    view! {
                        <div class=class id=conditional_id(&input_id)>
                            {reveal.run()}
                        </div>
                    }
                });
                view! {
                    {divider}
                    <div class="kk-checkboxes__item">
                        <input
                            class="kk-checkboxes__input"
                            id=input_id.clone()
                            name=id.clone()
                            type="checkbox"
                            value=item.value
                            prop:checked=move || value.with(|v| v.contains(&checked_value))
                            disabled=move || disabled.get()
                            aria-describedby=hint_id
                            aria-controls=controls
                            aria-expanded=expanded
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                let next = value
                                    .with_untracked(|values| {
                                        items
                                            .with_untracked(|items| {
                                                toggle(values, &changed_value, checked, items)
                                            })
                                    });
                                on_change.run(next);
                            }
                        />
                        <label class="kk-label kk-checkboxes__label" for=input_id>
                            {move || label.get()}
                        </label>
                        {item_hint}
                    </div>
                    {conditional}
                }
            })
            .collect_view()
    };
    view! {
        <div class=group_class>
            <Fieldset legend=legend legend_is_heading=legend_is_heading described_by=described_by>
                {hint_view}
                {error_view}
                <div class="kk-checkboxes">{checkboxes}</div>
            </Fieldset>
        </div>
    }
}
