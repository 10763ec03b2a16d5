//! Examples of [`Pagination`](super::Pagination).

use super::Pagination;
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the pagination.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "page 5 of 12, changing page in place",
            render: || {
                let current = RwSignal::new(5_u32);
                view! {
                    <Pagination
                        current=current
                        pages=12_u32
                        href=|n: u32| format!("/komponenter?side={n}")
                        on_navigate=move |n: u32| current.set(n)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "first of three pages",
            render: || {
                view! {
                    <Pagination
                        current=1_u32
                        pages=3_u32
                        href=|n: u32| format!("/komponenter?side={n}")
                        on_navigate=|_: u32| {}
                        label=da_en("Sider med sager", "Pages of cases")
                    />
                }
                .into_any()
            },
        },
    ]
}
