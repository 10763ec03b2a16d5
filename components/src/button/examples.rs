//! Examples of [`Button`].

use super::{Button, ButtonType, ButtonVariant};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the button.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "primary",
            render: || view! { <Button prevent_double_click=true>"Fortsæt"</Button> }.into_any(),
        },
        Example {
            name: "secondary",
            render: || {
                view! {
                    <Button variant=ButtonVariant::Secondary button_type=ButtonType::Button>
                        "Gem og fortsæt senere"
                    </Button>
                }
                .into_any()
            },
        },
        Example {
            name: "warning",
            render: || {
                view! { <Button variant=ButtonVariant::Warning>"Slet kladden"</Button> }.into_any()
            },
        },
        Example {
            name: "start",
            render: || {
                view! {
                    <Button variant=ButtonVariant::Start button_type=ButtonType::Button>
                        "Start nu"
                    </Button>
                }
                .into_any()
            },
        },
        Example {
            name: "loading",
            render: || {
                view! {
                    <Button
                        button_type=ButtonType::Button
                        loading=true
                        loading_text=da_en("Sender din ansøgning …", "Sending your application …")
                    >
                        {da_en("Send ansøgning", "Send application")}
                    </Button>
                }
                .into_any()
            },
        },
        Example {
            name: "disabled",
            render: || view! { <Button disabled=true>"Send"</Button> }.into_any(),
        },
    ]
}
