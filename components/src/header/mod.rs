//! Header: the municipality's logo and name, the service name, who is signed in with a
//! button to sign out, and room for a language switch.

use crate::classes::classes;
use crate::locale::{use_locale, Locale};
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<header class="kk-header">` on the brand colour `--kk-colour-brand`.
///
/// The municipality name links to `home_href` (named "Forside"/"Home page" for screen
/// readers while the name is blank, say while it loads); the optional service name links to
/// `service_href`. While someone is signed in (`signed_in_as`), their name follows
/// ("Logget ind som …"/"Signed in as …") with a "Log af"/"Sign out" button that calls
/// `on_sign_out`; when no one is, nothing about signing in is shown. `children` (such
/// as a [`LanguageSwitch`](crate::LanguageSwitch)) come last.
#[component]
pub fn Header(
    /// The municipality's name, shown next to the logo.
    #[prop(into)]
    municipality_name: Signal<String>,
    /// Where the municipality name links to.
    #[prop(optional, into, default = "/".to_string())]
    home_href: String,
    /// The address of the municipality's logo, if it has one.
    #[prop(optional, into)]
    logo_src: MaybeProp<String>,
    /// The logo's alternative text. Leave it empty (the default) when the logo only
    /// repeats the name shown beside it.
    #[prop(optional, into)]
    logo_alt: Signal<String>,
    /// The name of the service the citizen is using.
    #[prop(optional, into)]
    service_name: MaybeProp<String>,
    /// Where the service name links to (its start page).
    #[prop(optional, into, default = "/".to_string())]
    service_href: String,
    /// The name of the person signed in. When not given (or blank), no one is signed
    /// in and nothing about signing in is shown.
    #[prop(optional, into)]
    signed_in_as: MaybeProp<String>,
    /// Called when the signed-in person presses the sign-out button. The button is
    /// shown only while someone is signed in and this is given.
    #[prop(optional, into)]
    on_sign_out: Option<Callback<()>>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// Content placed at the end, such as the language switch.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let logo = move || {
        logo_src.get().map(|src| {
            view! { <img class="kk-header__logo-image" src=src alt=move || logo_alt.get()/> }
        })
    };
    let service = move || {
        service_name.get().map(|name| {
            view! {
                <div class="kk-header__service">
                    <a class="kk-header__link kk-header__service-name" href=service_href.clone()>
                        {name}
                    </a>
                </div>
            }
        })
    };
    let locale = use_locale();
    let account = move || {
        let name = signed_in_as.get().filter(|name| !name.trim().is_empty());
        name.map(|name| {
            let sign_out = on_sign_out.map(|on_sign_out| {
                view! {
                    <button
                        type="button"
                        class="kk-header__sign-out"
                        on:click=move |_| on_sign_out.run(())
                    >
                        {move || sign_out_text(locale.get())}
                    </button>
                }
            });
            view! {
                <div class="kk-header__account">
                    <p class="kk-header__signed-in">
                        {move || signed_in_text(locale.get())}
                        " "
                        <span class="kk-header__user-name">{name}</span>
                    </p>
                    {sign_out}
                </div>
            }
        })
    };
    let extra = children.map(|children| view! { <div class="kk-header__extra">{children()}</div> });
    view! {
        <header class=classes(["kk-header", class.as_str()])>
            <div class="kk-header__container kk-width-container">
                <div class="kk-header__logo">
                    <a class="kk-header__link kk-header__link--homepage" href=home_href>
                        {logo}
                        <span class="kk-header__name">{move || municipality_name.get()}</span>
                        {move || {
                            municipality_name
                                .with(|name| name.trim().is_empty())
                                .then(|| {
                                    view! {
                                        <span class="kk-visually-hidden">
                                            {home_text(locale.get())}
                                        </span>
                                    }
                                })
                        }}
                    </a>
                </div>
                {service}
                {account}
                {extra}
            </div>
        </header>
    }
}

/// The name of the home link while the municipality's name is not known (blank, or not
/// yet arrived): a link is never without a name for a screen reader.
fn home_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => "Forside",
        Locale::En => "Home page",
    }
}

/// The words before the signed-in person's name.
fn signed_in_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => "Logget ind som",
        Locale::En => "Signed in as",
    }
}

/// The label of the sign-out button.
fn sign_out_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => "Log af",
        Locale::En => "Sign out",
    }
}
