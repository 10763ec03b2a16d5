//! Examples of [`Spinner`](super::Spinner).

use super::{Spinner, SpinnerSize};
use crate::button::{Button, ButtonType, ButtonVariant};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the spinner.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "loading, text for screen readers",
            render: || view! { <Spinner/> }.into_any(),
        },
        Example {
            name: "with visible text",
            render: || {
                view! {
                    <Spinner
                        text=da_en("Henter dine sager …", "Fetching your cases …")
                        text_visible=true
                        size=SpinnerSize::Small
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "started and finished by a button, announcing both",
            render: || {
                let active = RwSignal::new(false);
                let start = da_en("Hent dine sager", "Fetch your cases");
                let stop = da_en("Stop hentningen", "Stop fetching");
                let label = move || {
                    if active.get() {
                        stop.get()
                    } else {
                        start.get()
                    }
                };
                view! {
                    <Button
                        id="spinner-toggle"
                        variant=ButtonVariant::Secondary
                        button_type=ButtonType::Button
                        on_click=move |_| active.update(|a| *a = !*a)
                    >
                        {label}
                    </Button>
                    <Spinner
                        active=active
                        text=da_en("Henter dine sager …", "Fetching your cases …")
                        text_visible=true
                        done_text=da_en("Dine sager er hentet.", "Your cases have been fetched.")
                        size=SpinnerSize::Large
                    />
                }
                .into_any()
            },
        },
    ]
}
