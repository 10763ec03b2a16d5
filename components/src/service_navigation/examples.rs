//! Examples of [`ServiceNavigation`](super::ServiceNavigation).

use super::{ServiceNavItem, ServiceNavigation};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the service navigation.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "service name and three links",
        render: || {
            let items = vec![
                ServiceNavItem::new(da_en("Mine sager", "My cases"), "/komponenter").current(),
                ServiceNavItem::new(da_en("Ny ansøgning", "New application"), "/"),
                ServiceNavItem::new(da_en("Hjælp", "Help"), "/"),
            ];
            view! {
                <ServiceNavigation
                    id="service-nav"
                    service_name=da_en("Parkeringstilladelse", "Parking permit")
                    service_href="/"
                    items=items
                />
            }
            .into_any()
        },
    }]
}
