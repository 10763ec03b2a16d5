//! Cookie banner: asks once whether optional cookies may be used.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{BannerState, CookieChoice, CookieTexts};

/// A banner at the top of the page, a region named "Cookies på {service}", that asks
/// whether statistics cookies may be used. Until the citizen answers, only necessary
/// cookies are used.
///
/// "Accepter" and "Afvis" are buttons of the same look, side by side, followed by a link
/// to the cookie page. A choice calls `on_choice` (the owner stores it, the banner does
/// not) and replaces the question with a confirmation that takes focus, with a link to
/// change the settings and a button that hides the banner. With a `choice` already
/// stored, the banner shows nothing.
#[component]
pub fn CookieBanner(
    /// The banner's id; the heading is `{id}-heading`.
    #[prop(optional, into, default = "cookie-banner".to_string())]
    id: String,
    /// The name of the site or service, such as "Selvbetjening hos Fjordby Kommune".
    #[prop(into)]
    service_name: Signal<String>,
    /// The address of the page about cookies, where the choice can be changed.
    #[prop(into)]
    cookies_href: String,
    /// The choice stored before, if any; read when the banner appears.
    #[prop(optional, into)]
    choice: Signal<Option<CookieChoice>>,
    /// Called with the citizen's choice, for the owner to store and follow.
    #[prop(into)]
    on_choice: Callback<CookieChoice>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let texts = move || CookieTexts::of(locale.get());
    let state = RwSignal::new(BannerState::initial(choice.get_untracked()));
    let confirmation = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let (BannerState::Confirmed(_), Some(element)) = (state.get(), confirmation.get()) {
            let _ = element.focus();
        }
    });
    let choose = move |made: CookieChoice| {
        state.set(BannerState::Confirmed(made));
        on_choice.run(made);
    };
    let heading_id = format!("{id}-heading");
    let label = move || format!("{} {}", texts().heading_prefix, service_name.get());
    let question = {
        let id = id.clone();
        let heading_id = heading_id.clone();
        let cookies_href = cookies_href.clone();
        move || {
            view! {
                <div class="kk-cookie-banner__message">
                    <h2 class="kk-cookie-banner__heading" id=heading_id.clone()>
                        {label}
                    </h2>
                    <p class="kk-body">{move || texts().body}</p>
                    <div class="kk-cookie-banner__actions">
                        <button
                            type="button"
                            class="kk-button kk-button--primary kk-cookie-banner__button"
                            id=format!("{id}-accept")
                            on:click=move |_| choose(CookieChoice::Accepted)
                        >
                            {move || texts().accept}
                        </button>
                        <button
                            type="button"
                            class="kk-button kk-button--primary kk-cookie-banner__button"
                            id=format!("{id}-reject")
                            on:click=move |_| choose(CookieChoice::Rejected)
                        >
                            {move || texts().reject}
                        </button>
                        <a class="kk-link kk-cookie-banner__link" href=cookies_href.clone()>
                            {move || texts().view}
                        </a>
                    </div>
                </div>
            }
        }
    };
    let confirmation_id = format!("{id}-confirmation");
    let confirmed = move |made: CookieChoice| {
        let cookies_href = cookies_href.clone();
        let said = move || match made {
            CookieChoice::Accepted => texts().accepted,
            CookieChoice::Rejected => texts().rejected,
        };
        view! {
            <div
                class="kk-cookie-banner__message kk-cookie-banner__message--confirmation"
                id=confirmation_id.clone()
                tabindex="-1"
                node_ref=confirmation
            >
                <p class="kk-body">
                    {said} " " <a class="kk-link" href=cookies_href>
                        {move || texts().change}
                    </a> "."
                </p>
                <div class="kk-cookie-banner__actions">
                    <button
                        type="button"
                        class="kk-button kk-button--secondary kk-cookie-banner__button"
                        on:click=move |_| state.set(BannerState::Hidden)
                    >
                        {move || texts().hide}
                    </button>
                </div>
            </div>
        }
    };
    let root_class = classes(["kk-cookie-banner", class.as_str()]);
    move || {
        let content = match state.get() {
            BannerState::Hidden => return None,
            BannerState::Asking => question().into_any(),
            BannerState::Confirmed(made) => confirmed(made).into_any(),
        };
        Some(view! {
            <div class=root_class.clone() id=id.clone() role="region" aria-label=label>
                {content}
            </div>
        })
    }
}
