//! Examples of [`CookieBanner`].

use super::{CookieBanner, CookieChoice};
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the cookie banner.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "first visit",
        render: || {
            let stored = RwSignal::new(None::<CookieChoice>);
            view! {
                <CookieBanner
                    id="cookie-demo"
                    service_name="Selvbetjening hos Fjordby Kommune"
                    cookies_href="#cookies"
                    choice=stored
                    on_choice=move |c: CookieChoice| stored.set(Some(c))
                />
                <p class="kk-body kk-margin-top-4" id="cookie-demo-stored">
                    "Gemt valg: "
                    {move || stored.get().map_or("intet", CookieChoice::as_str)}
                </p>
            }
            .into_any()
        },
    }]
}
