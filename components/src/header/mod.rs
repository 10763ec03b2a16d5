//! Header: the municipality's logo and name, the service name and room for a
//! language switch.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<header class="kk-header">` on the brand colour `--kk-colour-brand`.
///
/// The municipality name links to `home_href`; the optional service name links to
/// `service_href`; `children` (such as a [`LanguageSwitch`](crate::LanguageSwitch))
/// come last.
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
    let extra = children.map(|children| view! { <div class="kk-header__extra">{children()}</div> });
    view! {
        <header class=classes(["kk-header", class.as_str()])>
            <div class="kk-header__container kk-width-container">
                <div class="kk-header__logo">
                    <a class="kk-header__link kk-header__link--homepage" href=home_href>
                        {logo}
                        <span class="kk-header__name">{move || municipality_name.get()}</span>
                    </a>
                </div>
                {service}
                {extra}
            </div>
        </header>
    }
}
