//! Examples of [`Breadcrumbs`](super::Breadcrumbs).

use super::{BreadcrumbItem, Breadcrumbs};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the breadcrumbs.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "three levels and the current page",
        render: || {
            let items = vec![
                BreadcrumbItem::link(da_en("Forside", "Home"), "/"),
                BreadcrumbItem::link(da_en("Affald og genbrug", "Waste and recycling"), "/"),
                BreadcrumbItem::link(da_en("Storskrald", "Bulky waste"), "/"),
                BreadcrumbItem::current(da_en("Bestil afhentning", "Book a collection")),
            ];
            view! { <Breadcrumbs items=items/> }.into_any()
        },
    }]
}
