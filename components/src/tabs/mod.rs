//! Tabs: a few panels of related content, one shown at a time.

use crate::classes::classes;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{panel_id, tab_id, TabItem, TabMove};

/// `<div class="kk-tabs">`: a title (`{id}-title`) naming a `role="tablist"` of
/// buttons, then one `role="tabpanel"` per tab, following the ARIA tabs pattern.
///
/// Each tab (`{id}-tab-{key}`) has `aria-controls` and `aria-selected`; each panel
/// (`{id}-panel-{key}`) is named by its tab and is focusable, and only the selected
/// panel shows. Only the selected tab is in the tab order (roving `tabindex`); the
/// left and right arrows move to and select the previous and next tab (wrapping), Home
/// and End the first and last.
#[component]
pub fn Tabs(
    /// The tabs' id, the stem of every tab and panel id.
    #[prop(into)]
    id: String,
    /// The title over the tabs, which names the tab list, such as "Indhold".
    #[prop(into)]
    title: Signal<String>,
    /// The tabs, in order.
    items: Vec<TabItem>,
    /// The tab selected at first, counted from 0.
    #[prop(optional)]
    selected: usize,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let count = items.len();
    let selected = RwSignal::new(selected.min(count.saturating_sub(1)));
    let tab_ids: Vec<String> = items.iter().map(|item| tab_id(&id, &item.key)).collect();
    let title_id = format!("{id}-title");
    let on_keydown = {
        let tab_ids = tab_ids.clone();
        move |ev: KeyboardEvent| {
            let Some(to) =
                TabMove::from_key(&ev.key()).and_then(|m| m.apply(selected.get_untracked(), count))
            else {
                return;
            };
            ev.prevent_default();
            selected.set(to);
            if let Some(tab) = crate::dom::html_element_by_id(&tab_ids[to]) {
                let _ = tab.focus();
            }
        }
    };
    let tabs = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let is_selected = move || selected.get() == index;
            let label = item.label;
            view! {
                <button
                    type="button"
                    role="tab"
                    class=move || {
                        if is_selected() { "kk-tabs__tab kk-tabs__tab--selected" } else { "kk-tabs__tab" }
                    }
                    id=tab_id(&id, &item.key)
                    aria-controls=panel_id(&id, &item.key)
                    aria-selected=move || is_selected().to_string()
                    tabindex=move || if is_selected() { "0" } else { "-1" }
                    on:click=move |_| selected.set(index)
                >
                    {move || label.get()}
                </button>
            }
        })
        .collect_view();
    let panels = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            view! {
                <div
                    class="kk-tabs__panel"
                    role="tabpanel"
                    id=panel_id(&id, &item.key)
                    aria-labelledby=tab_id(&id, &item.key)
                    tabindex="0"
                    hidden=move || selected.get() != index
                >
                    {item.panel.run()}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=classes(["kk-tabs", class.as_str()]) id=id.clone()>
            <h2 class="kk-tabs__title" id=title_id.clone()>
                {move || title.get()}
            </h2>
            <div
                class="kk-tabs__list"
                role="tablist"
                aria-labelledby=title_id
                on:keydown=on_keydown
            >
                {tabs}
            </div>
            {panels}
        </div>
    }
}
