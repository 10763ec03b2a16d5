//! Autocomplete (combobox): a text field that suggests answers as the citizen types.

use crate::classes::form_group_class;
use crate::error_message::field_error;
use crate::hint::field_hint;
use crate::ids::{described_by, field_described_by};
use crate::locale::use_locale;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::KeyboardEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{
    failed_text, filter_items, key_action, keys_text, results_text, ComboboxItem, ComboboxSearch,
    KeyAction, LookupFailed, SearchFuture,
};

/// The id of the list of suggestions of the combobox `id`.
pub fn listbox_id(id: &str) -> String {
    format!("{id}-listbox")
}

/// The id of the suggestion at `index` (from 0) of the combobox `id`.
pub fn option_id(id: &str, index: usize) -> String {
    format!("{id}-option-{index}")
}

/// The id of the visually hidden text that tells how to use the suggestions by keyboard.
pub fn keys_hint_id(id: &str) -> String {
    format!("{id}-keys")
}

/// Where the list of suggestions stands.
#[derive(Clone, Debug, Default, PartialEq)]
struct Suggestions {
    /// The suggestions for the last text searched.
    items: Vec<ComboboxItem>,
    /// Whether a search has answered since the text was last empty.
    searched: bool,
    /// Whether the last search failed.
    failed: bool,
}

/// A text field with `role="combobox"` (ARIA 1.2) in a `kk-form-group`, with a label,
/// hint and error message like a [`TextInput`](crate::TextInput), that suggests answers
/// in a listbox (`{id}-listbox`) while the citizen types.
///
/// The suggestions come from `items` (filtered by what is typed) or, when given, from
/// `search`, called with the typed text once it has `min_chars` characters; answers to
/// older texts are dropped. The field has `aria-expanded`, `aria-controls` and, while a
/// suggestion is highlighted, `aria-activedescendant` (`{id}-option-{n}`). Down and Up
/// move through the suggestions, Enter chooses one (`on_select`, and the field takes
/// its label), Esc closes the list or, when closed, clears the field. A polite status
/// (`{id}-status`) says how many suggestions there are, such as "5 resultater", and a
/// visually hidden text (`{id}-keys`, last in `aria-describedby`) tells how to use them
/// by keyboard. Typing
/// stays possible: the field's text is the answer when nothing is chosen.
#[component]
pub fn Combobox(
    /// The field's id and, unless `name` is given, its name.
    #[prop(into)]
    id: String,
    /// The name; the id when not given.
    #[prop(optional, into)]
    name: Option<String>,
    /// The question, shown as the label.
    #[prop(into)]
    label: Signal<String>,
    /// Help text shown under the label.
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// The error message; the field is in error while it is `Some`.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The text in the field.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the text as the citizen types, and with a chosen suggestion's label.
    #[prop(into)]
    on_input: Callback<String>,
    /// Called with the suggestion the citizen chooses.
    #[prop(optional, into)]
    on_select: Option<Callback<ComboboxItem>>,
    /// The suggestions to filter, when there is no `search`.
    #[prop(optional, into)]
    items: Signal<Vec<ComboboxItem>>,
    /// Finds suggestions for the typed text, such as an address lookup.
    #[prop(optional)]
    search: Option<ComboboxSearch>,
    /// How many characters must be typed before `search` is called.
    #[prop(optional, default = 2)]
    min_chars: usize,
    /// The `autocomplete` attribute; `off` by default, so the browser's own suggestions
    /// do not cover the list.
    #[prop(optional, into, default = "off".to_string())]
    autocomplete: String,
    /// Whether the field is disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let has_error = move || error.with(Option::is_some);
    let group_class = form_group_class(error, classes_with_root(&class));
    let described_by = {
        let id = id.clone();
        let keys = keys_hint_id(&id);
        move || {
            described_by([
                field_described_by(&id, hint.with(Option::is_some), has_error()),
                Some(keys.clone()),
            ])
        }
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);

    let suggestions = RwSignal::new(Suggestions::default());
    let expanded = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let latest = StoredValue::new(0_u64);

    let show = move |found: Result<Vec<ComboboxItem>, LookupFailed>| {
        let failed = found.is_err();
        let items = found.unwrap_or_default();
        expanded.set(!items.is_empty());
        active.set(None);
        suggestions.set(Suggestions {
            items,
            searched: true,
            failed,
        });
    };
    let clear = move || {
        latest.update_value(|n| *n += 1);
        expanded.set(false);
        active.set(None);
        suggestions.set(Suggestions::default());
    };
    let query = move |text: String| {
        latest.update_value(|n| *n += 1);
        if text.trim().is_empty() {
            clear();
            return;
        }
        match &search {
            None => show(Ok(filter_items(&items.get_untracked(), &text))),
            Some(_) if text.trim().chars().count() < min_chars => clear(),
            Some(search) => {
                let asked = latest.get_value();
                let answer = search.run(text);
                spawn_local(async move {
                    let found = answer.await;
                    if latest.try_get_value() == Some(asked) {
                        show(found);
                    }
                });
            }
        }
    };
    let choose = move |index: usize| {
        let item = suggestions.with_untracked(|s| s.items.get(index).cloned());
        if let Some(item) = item {
            latest.update_value(|n| *n += 1);
            on_input.run(item.label.clone());
            expanded.set(false);
            active.set(None);
            if let Some(on_select) = on_select {
                on_select.run(item);
            }
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let count = suggestions.with_untracked(|s| s.items.len());
        match key_action(
            &ev.key(),
            ev.alt_key(),
            expanded.get_untracked(),
            count,
            active.get_untracked(),
        ) {
            KeyAction::Highlight(index) => {
                ev.prevent_default();
                expanded.set(true);
                active.set(index);
                if let Some(option) = index
                    .map(|i| option_id(&event_target::<web_sys::HtmlElement>(&ev).id(), i))
                    .and_then(|id| crate::dom::html_element_by_id(&id))
                {
                    option.scroll_into_view_with_bool(false);
                }
            }
            KeyAction::Choose(index) => {
                ev.prevent_default();
                choose(index);
            }
            KeyAction::Close => {
                ev.prevent_default();
                ev.stop_propagation();
                expanded.set(false);
                active.set(None);
            }
            KeyAction::Clear => {
                if !value.get_untracked().is_empty() {
                    ev.prevent_default();
                    on_input.run(String::new());
                    clear();
                }
            }
            KeyAction::Ignore => {}
        }
    };

    let list_id = listbox_id(&id);
    let active_descendant = {
        let id = id.clone();
        move || {
            active
                .get()
                .filter(|_| expanded.get())
                .map(|i| option_id(&id, i))
        }
    };
    let options = {
        let id = id.clone();
        move || {
            suggestions
                .get()
                .items
                .into_iter()
                .enumerate()
                .map(|(index, item)| {
                    let is_active = move || active.get() == Some(index);
                    let class = move || {
                        if is_active() {
                            "kk-combobox__option kk-combobox__option--active"
                        } else {
                            "kk-combobox__option"
                        }
                    };
                    let hint = item.hint.map(|hint| {
                        view! { <span class="kk-combobox__option-hint">{hint}</span> }
                    });
                    view! {
                        <li
                            id=option_id(&id, index)
                            class=class
                            role="option"
                            aria-selected=move || if is_active() { "true" } else { "false" }
                            on:mousedown=|ev| ev.prevent_default()
                            on:click=move |_| choose(index)
                        >
                            {item.label}
                            {hint}
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let status = move || {
        suggestions.with(|s| {
            if s.failed {
                failed_text(locale.get()).to_string()
            } else if s.searched {
                results_text(locale.get(), s.items.len())
            } else {
                String::new()
            }
        })
    };
    let input_class = move || {
        if has_error() {
            "kk-input kk-combobox__input kk-input--error"
        } else {
            "kk-input kk-combobox__input"
        }
    };
    let label_id = format!("{id}-label");
    view! {
        <div class=group_class>
            <label class="kk-label" for=id.clone() id=label_id.clone()>
                {move || label.get()}
            </label>
            {hint_view}
            {error_view}
            <div class="kk-combobox__wrapper">
                <input
                    class=input_class
                    id=id.clone()
                    name=name.unwrap_or_else(|| id.clone())
                    type="text"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-expanded=move || if expanded.get() { "true" } else { "false" }
                    aria-controls=list_id.clone()
                    aria-activedescendant=active_descendant
                    aria-describedby=described_by
                    aria-invalid=move || has_error().then_some("true")
                    autocomplete=autocomplete
                    spellcheck="false"
                    prop:value=move || value.get()
                    disabled=move || disabled.get()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        on_input.run(text.clone());
                        query(text);
                    }
                    on:keydown=on_keydown
                    on:blur=move |_| {
                        expanded.set(false);
                        active.set(None);
                    }
                />
                <ul
                    class="kk-combobox__listbox"
                    id=list_id.clone()
                    role="listbox"
                    aria-labelledby=label_id
                    hidden=move || !expanded.get()
                >
                    {options}
                </ul>
            </div>
            <div class="kk-visually-hidden" id=keys_hint_id(&id)>
                {move || keys_text(locale.get())}
            </div>
            <div class="kk-visually-hidden" id=format!("{id}-status") role="status">
                {status}
            </div>
        </div>
    }
}

/// The form group's classes: the combobox's root class, then the caller's.
fn classes_with_root(class: &str) -> String {
    crate::classes::classes(["kk-combobox", class])
}
