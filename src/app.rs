//! The app: language, tenant, routes.

use crate::api::{self, ApiError};
use crate::draft;
use crate::flow::ServiceFlow;
#[cfg(feature = "gallery")]
use crate::gallery::Gallery;
use crate::i18n::{page_title, Msg};
use crate::layout::{PortalFooter, PortalHeader};
use crate::router::{provide_router, use_route, Route};
use kommunekit_components::{provide_locale, Locale, SkipLink};
use kommunekit_forms::{Lang, Municipality, Text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
// The citizens' build has no gallery: the server answers `/komponenter` with the
// gallery's own build, and the front page links to it with a page load.
#[cfg(not(feature = "gallery"))]
use NotFound as Gallery;

/// What every page of the portal shares.
#[derive(Clone, Copy)]
pub struct Portal {
    /// The language the citizen reads.
    pub lang: RwSignal<Lang>,
    /// The municipality running the portal, once fetched.
    pub tenant: LocalResource<Result<Municipality, ApiError>>,
    /// The service being answered, for the header: its id and name.
    pub service: RwSignal<Option<(String, Text)>>,
    /// The municipality's name once the tenant has arrived, else empty. Pages read
    /// this, never the resource: a resource read inside a service's `<Suspense>`
    /// would put the page back to "loading" (and draw it twice) while the tenant is
    /// still on its way.
    name: RwSignal<String>,
}

/// The portal from context.
pub fn use_portal() -> Portal {
    expect_context::<Portal>()
}

impl Portal {
    /// The municipality's name, once known.
    pub fn tenant_name(&self) -> String {
        self.name.get()
    }

    /// Sets the document title from the parts of a page.
    pub fn set_title(&self, has_errors: bool, parts: &[&str]) {
        let lang = self.lang.get();
        let name = self.tenant_name();
        let mut all: Vec<&str> = parts.to_vec();
        all.push(&name);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&page_title(lang, has_errors, &all));
        }
    }
}

/// Maps the forms crate's language to the components' locale.
pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::Da => Locale::Da,
        Lang::En => Locale::En,
    }
}

fn apply_tokens(tenant: &Municipality) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in &tenant.tokens {
        if name.starts_with("--kk-") {
            let _ = style.set_property(name, value);
        }
    }
}

/// The portal.
#[component]
pub fn App() -> impl IntoView {
    provide_router();
    let lang = RwSignal::new(draft::load_lang().unwrap_or_default());
    provide_locale(Signal::derive(move || locale_of(lang.get())));
    let tenant = LocalResource::new(api::tenant);
    let portal = Portal {
        lang,
        tenant,
        service: RwSignal::new(None),
        name: RwSignal::new(String::new()),
    };
    provide_context(portal);

    Effect::new(move |_| {
        let lang = lang.get();
        draft::save_lang(lang);
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.as_str());
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(t)) = tenant.get() {
            apply_tokens(&t);
            portal.name.set(t.name);
        }
    });

    // A view per kind of route: moving between two steps of a service keeps the view,
    // which follows the parameters.
    let route = use_route();
    let kind = Memo::new(move |_| route.with(Route::kind));
    view! {
        <SkipLink />
        <PortalHeader />
        <div class="kk-width-container">
            <main class="kk-main-wrapper" id="main-content" tabindex="-1">
                {move || {
                    // `get`, not `track`: a memo that was never read is not yet
                    // subscribed to the route, so it would never change.
                    let _ = kind.get();
                    match route.get_untracked() {
                    Route::Home => view! { <Home /> }.into_any(),
                    Route::ServiceStart { .. } | Route::ServiceStep { .. } => {
                        view! { <ServiceFlow /> }.into_any()
                    }
                    Route::Gallery => view! { <Gallery /> }.into_any(),
                    Route::NotFound => view! { <NotFound /> }.into_any(),
                    }
                }}
            </main>
        </div>
        <PortalFooter />
    }
}

/// The front page's heading: "Selvbetjening – Fjordby Kommune", or "Selvbetjening"
/// alone while the municipality's name has not arrived (never a dash before nothing).
fn front_heading(lang: Lang, municipality: &str) -> String {
    let self_service = Msg::SelfService.text(lang);
    match municipality.trim() {
        "" => self_service.to_string(),
        name => format!("{self_service} – {name}"),
    }
}

/// The front page: the services on offer.
#[component]
fn Home() -> impl IntoView {
    let portal = use_portal();
    portal.service.set(None);
    let lang = portal.lang;
    // Leaving the front page aborts the read still under way.
    let cancel = api::Cancel::new();
    {
        let cancel = cancel.clone();
        on_cleanup(move || cancel.abort());
    }
    let services = LocalResource::new(move || {
        let cancel = cancel.clone();
        async move { api::services(Some(&cancel)).await }
    });
    Effect::new(move |_| portal.set_title(false, &[Msg::SelfService.text(lang.get())]));
    view! {
        <div class="kk-grid-row">
            <div class="kk-grid-column-two-thirds">
                <h1 class="kk-heading-l">
                    {move || front_heading(lang.get(), &portal.tenant_name())}
                </h1>
                <h2 class="kk-heading-m">{move || Msg::ServicesHeading.text(lang.get())}</h2>
                <Suspense fallback=move || {
                    view! { <p class="kk-body">{Msg::Loading.text(lang.get_untracked())}</p> }
                }>
                    {move || {
                        services
                            .get()
                            .map(|result| match result {
                                Ok(list) => {
                                    view! {
                                        <ul class="kk-list kk-service-list">
                                            {list
                                                .into_iter()
                                                .map(|s| {
                                                    let href = crate::paths::start(&s.id);
                                                    let l = lang.get();
                                                    view! {
                                                        <li class="kk-service-list__item">
                                                            <h3 class="kk-heading-s kk-service-list__title">
                                                                <a class="kk-link" href=href>
                                                                    {s.title.get(l).to_string()}
                                                                </a>
                                                            </h3>
                                                            <p class="kk-body">{s.description.get(l).to_string()}</p>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                }
                                Err(_) => {
                                    view! {
                                        <p class="kk-body">{Msg::LoadFailed.text(lang.get())}</p>
                                    }
                                        .into_any()
                                }
                            })
                    }}
                </Suspense>
                <p class="kk-body kk-margin-top-8">
                    // `rel="external"`: a page load, since the gallery is its own build.
                    <a class="kk-link" href="/komponenter" rel="external">
                        {move || Msg::GalleryLink.text(lang.get())}
                    </a>
                </p>
            </div>
        </div>
    }
}

/// A page for addresses that lead nowhere.
#[component]
pub fn NotFound() -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    Effect::new(move |_| portal.set_title(false, &[Msg::NotFoundTitle.text(lang.get())]));
    view! {
        <div class="kk-grid-row">
            <div class="kk-grid-column-two-thirds">
                <h1 class="kk-heading-l">{move || Msg::NotFoundTitle.text(lang.get())}</h1>
                <p class="kk-body">{move || Msg::NotFoundBody.text(lang.get())}</p>
                <p class="kk-body">
                    <a class="kk-link" href="/">
                        {move || Msg::GoToFrontPage.text(lang.get())}
                    </a>
                </p>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_heading_names_the_municipality_once_it_is_known() {
        assert_eq!(
            front_heading(Lang::Da, "Fjordby Kommune"),
            "Selvbetjening – Fjordby Kommune"
        );
        assert_eq!(
            front_heading(Lang::En, "Fjordby Kommune"),
            "Self-service – Fjordby Kommune"
        );
        assert_eq!(front_heading(Lang::Da, ""), "Selvbetjening");
        assert_eq!(front_heading(Lang::En, " "), "Self-service");
    }
}
