//! Examples of [`SessionTimeout`].

use super::SessionTimeout;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the session-timeout warning.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "one minute's warning",
        render: || {
            let expires_at = RwSignal::new(None::<f64>);
            let status = RwSignal::new("");
            view! {
                <button
                    type="button"
                    class="kk-button kk-button--secondary"
                    id="session-demo-start"
                    on:click=move |_| {
                        status.set("");
                        expires_at.set(Some(js_sys::Date::now() + 60_000.0));
                    }
                >
                    "Vis advarslen: sessionen udløber om et minut"
                </button>
                <p class="kk-body" id="session-demo-result" role="status">
                    {move || status.get()}
                </p>
                <SessionTimeout
                    id="session-demo"
                    expires_at=expires_at
                    warn_before_secs=60
                    on_extend=move |()| {
                        expires_at.set(None);
                        status.set("Du er stadig logget ind.");
                    }
                    on_sign_out=move |()| {
                        expires_at.set(None);
                        status.set("Du er logget af.");
                    }
                    on_expire=move |()| {
                        expires_at.set(None);
                        status.set("Du blev logget af, fordi tiden løb ud.");
                    }
                />
            }
            .into_any()
        },
    }]
}
