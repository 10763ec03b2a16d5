//! Examples of [`Combobox`].

use super::{filter_items, Combobox, ComboboxItem, ComboboxSearch};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// Postal districts for the examples.
fn towns() -> Vec<ComboboxItem> {
    [
        ("8000", "8000 Aarhus C"),
        ("8200", "8200 Aarhus N"),
        ("8210", "8210 Aarhus V"),
        ("8230", "8230 Åbyhøj"),
        ("8240", "8240 Risskov"),
        ("8260", "8260 Viby J"),
        ("9000", "9000 Aalborg"),
        ("6200", "6200 Aabenraa"),
        ("5000", "5000 Odense C"),
        ("2100", "2100 København Ø"),
        ("2200", "2200 København N"),
        ("7100", "7100 Vejle"),
    ]
    .into_iter()
    .map(|(value, label)| ComboboxItem::new(value, label))
    .collect()
}

/// Addresses an address lookup might return, for the example of a search.
fn addresses() -> Vec<ComboboxItem> {
    [
        ("a1", "Torvet 1, 4999 Fjordby", "Fjordby Kommune"),
        ("a2", "Torvet 3, 4999 Fjordby", "Fjordby Kommune"),
        ("a3", "Torvegade 12, 4999 Fjordby", "Fjordby Kommune"),
        ("a4", "Havnevej 7, 4990 Sakskøbing", "Guldborgsund Kommune"),
    ]
    .into_iter()
    .map(|(value, label, hint)| ComboboxItem::new(value, label).with_hint(hint))
    .collect()
}

/// The named examples of the combobox.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "postal district from a list",
            render: || {
                let value = RwSignal::new(String::new());
                let chosen = RwSignal::new(None::<ComboboxItem>);
                view! {
                    <Combobox
                        id="combobox-town"
                        label=da_en("Postnummer og by", "Postcode and town")
                        hint=Signal::derive(move || {
                            Some(da_en("Skriv de første bogstaver, for eksempel aar", "Type the first letters, for example aar").get())
                        })
                        value=value
                        on_input=move |v: String| {
                            chosen.set(None);
                            value.set(v);
                        }
                        on_select=move |item: ComboboxItem| chosen.set(Some(item))
                        items=towns()
                    />
                    <p class="kk-body" id="combobox-town-chosen">
                        {move || chosen.get().map(|item| format!("Valgt: {}", item.value))}
                    </p>
                }
                .into_any()
            },
        },
        Example {
            name: "address found by a search",
            render: || {
                let value = RwSignal::new(String::new());
                // The app passes its API layer's address lookup; the example answers
                // from a fixed list, later like a real lookup.
                let search = ComboboxSearch::new(|query: String| async move {
                    Ok(filter_items(&addresses(), &query))
                });
                view! {
                    <Combobox
                        id="combobox-address"
                        label=da_en("Adresse", "Address")
                        value=value
                        on_input=move |v: String| value.set(v)
                        search=search
                    />
                }
                .into_any()
            },
        },
    ]
}
