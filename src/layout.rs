//! The header and footer of every page, filled from the tenant.

use crate::app::{locale_of, use_portal};
use crate::i18n::Msg;
use kommunekit_components::{Footer, Header, LanguageSwitch, Locale};
use kommunekit_forms::Lang;
use leptos::prelude::*;

/// The header: the municipality, the service being answered, the language switch.
#[component]
pub fn PortalHeader() -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let tenant = portal.tenant;
    let name = Signal::derive(move || portal.tenant_name());
    let logo = Signal::derive(move || tenant.get().and_then(Result::ok).and_then(|t| t.logo));
    let service_name = Signal::derive(move || {
        portal
            .service
            .get()
            .map(|(_, title)| title.get(lang.get()).to_string())
    });
    let service_href = Signal::derive(move || {
        portal
            .service
            .get()
            .map(|(id, _)| crate::paths::start(&id))
            .unwrap_or_default()
    });
    let on_change = Callback::new(move |locale: Locale| {
        lang.set(match locale {
            Locale::Da => Lang::Da,
            Locale::En => Lang::En,
        })
    });
    move || {
        view! {
            <Header
                municipality_name=name
                logo_src=logo
                home_href="/"
                service_name=service_name
                service_href=service_href.get()
            >
                <LanguageSwitch current=Signal::derive(move || locale_of(lang.get())) on_change />
            </Header>
        }
    }
}

/// The footer: how to reach the municipality, and the statements it must publish.
#[component]
pub fn PortalFooter() -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let tenant = portal.tenant;
    view! {
        <Footer>
            {move || {
                let l = lang.get();
                tenant
                    .get()
                    .and_then(Result::ok)
                    .map(|t| {
                        let mailto = format!("mailto:{}", t.contact.email);
                        view! {
                            <div class="kk-footer__section">
                                <h2 class="kk-footer__heading">{Msg::Contact.text(l)}</h2>
                                <p class="kk-footer__text">{t.name.clone()}</p>
                                <p class="kk-footer__text">{t.contact.address.clone()}</p>
                                <p class="kk-footer__text">
                                    {Msg::Phone.text(l)}": "{t.contact.phone.clone()}" ("
                                    {t.contact.opening_hours.get(l).to_string()}")"
                                </p>
                                <p class="kk-footer__text">
                                    {Msg::Email.text(l)}": "
                                    <a class="kk-footer__link" href=mailto>
                                        {t.contact.email.clone()}
                                    </a>
                                </p>
                            </div>
                            <ul class="kk-footer__links">
                                <li>
                                    <a class="kk-footer__link" href=t.accessibility_statement_url.clone()>
                                        {Msg::AccessibilityStatement.text(l)}
                                    </a>
                                </li>
                                <li>
                                    <a class="kk-footer__link" href=t.privacy_url.clone()>
                                        {Msg::Privacy.text(l)}
                                    </a>
                                </li>
                            </ul>
                        }
                    })
            }}
        </Footer>
    }
}
