//! The portal's router: the address bar as a signal, over the browser's History API.
//!
//! The portal has four kinds of address (the front page, a service's start, a step of
//! a service, the gallery), so it needs no general router: this one reads the path,
//! follows same-origin link clicks without a page load (as a single-page app must),
//! and follows the back and forward buttons. Leaving out a general router keeps its
//! code out of what every citizen downloads.
//!
//! The hooks keep the names and shapes the flow runtime uses ([`use_navigate`],
//! [`use_params_map`], [`use_query_map`], [`NavigateOptions`]).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Which page an address shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the services on offer.
    Home,
    /// `/tjenester/{service}`: a service's start page.
    ServiceStart {
        /// The service's id.
        service: String,
    },
    /// `/tjenester/{service}/{step}`: a page of a service.
    ServiceStep {
        /// The service's id.
        service: String,
        /// A page id, or a step such as check answers.
        step: String,
    },
    /// `/komponenter`: the component gallery.
    Gallery,
    /// Anything else.
    NotFound,
}

impl Route {
    /// The route of a path (no query, no hash). Empty segments (a trailing slash) are
    /// ignored; each segment is percent-decoded.
    pub fn of(path: &str) -> Route {
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect();
        match segments.as_slice() {
            [] => Route::Home,
            [g] if g == "komponenter" => Route::Gallery,
            [t, service] if t == "tjenester" => Route::ServiceStart {
                service: service.clone(),
            },
            [t, service, step] if t == "tjenester" => Route::ServiceStep {
                service: service.clone(),
                step: step.clone(),
            },
            _ => Route::NotFound,
        }
    }

    /// Which view shows the route: two routes of one kind share a view, which follows
    /// the changing parameters instead of being built anew.
    pub fn kind(&self) -> u8 {
        match self {
            Route::Home => 0,
            Route::ServiceStart { .. } => 1,
            Route::ServiceStep { .. } => 2,
            Route::Gallery => 3,
            Route::NotFound => 4,
        }
    }
}

/// Named values of an address: the parameters of its path, or its query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParamsMap(Vec<(String, String)>);

impl ParamsMap {
    /// The value of `key`, if the address has one.
    pub fn get(&self, key: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    /// The parameters of a route's path.
    fn of_route(route: &Route) -> Option<ParamsMap> {
        match route {
            Route::ServiceStart { service } => {
                Some(ParamsMap(vec![("service".to_string(), service.clone())]))
            }
            Route::ServiceStep { service, step } => Some(ParamsMap(vec![
                ("service".to_string(), service.clone()),
                ("step".to_string(), step.clone()),
            ])),
            _ => None,
        }
    }

    /// The pairs of a query string (`?a=1&b=2`, the `?` optional), percent-decoded,
    /// with `+` read as a space.
    pub fn of_query(search: &str) -> ParamsMap {
        let search = search.strip_prefix('?').unwrap_or(search);
        ParamsMap(
            search
                .split('&')
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
                })
                .collect(),
        )
    }
}

#[cfg(target_arch = "wasm32")]
fn decode(s: &str) -> String {
    js_sys::decode_uri_component(s)
        .ok()
        .and_then(|d| d.as_string())
        .unwrap_or_else(|| s.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn decode(s: &str) -> String {
    s.to_string()
}

/// How to navigate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NavigateOptions {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Scroll to the top of the page (or to the element the hash names).
    pub scroll: bool,
}

impl Default for NavigateOptions {
    fn default() -> Self {
        NavigateOptions {
            replace: false,
            scroll: true,
        }
    }
}

/// The current address, shared by the whole app.
#[derive(Clone, Copy)]
struct Location {
    /// The path, such as `/tjenester/road/kind`.
    path: RwSignal<String>,
    /// The query, such as `?skift=1`, or empty.
    search: RwSignal<String>,
}

impl Location {
    fn read_browser(&self) {
        let Some(loc) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let path = loc.pathname().unwrap_or_default();
        let search = loc.search().unwrap_or_default();
        if self.path.get_untracked() != path {
            self.path.set(path);
        }
        if self.search.get_untracked() != search {
            self.search.set(search);
        }
    }
}

fn location() -> Location {
    expect_context::<Location>()
}

/// Goes to `href` (a path on this site) without a page load.
fn go(loc: Location, href: &str, options: NavigateOptions) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = if options.replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(href))
        };
    }
    loc.read_browser();
    scroll_after(&window, options.scroll);
    request_animation_frame(start_focus_at_top);
}

/// After a navigation, keyboard and screen-reader users start at the top of the new
/// page, as after a page load: when the link or button that was followed is gone
/// (focus fell back to the body), focus moves to the page's main heading, or to the
/// main content while the heading is still loading. Views that place focus themselves
/// (a step's heading, the field an error link names) do so after this, and keep it.
fn start_focus_at_top() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // An address with a place on the page was scrolled there; focusing the heading
    // would scroll back up.
    if window.location().hash().is_ok_and(|h| h.len() > 1) {
        return;
    }
    let Some(doc) = window.document() else {
        return;
    };
    let lost = match doc.active_element() {
        None => true,
        Some(el) => doc.body().is_some_and(|body| *body == el),
    };
    if !lost {
        return;
    }
    let target = doc
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| doc.get_element_by_id("main-content"));
    if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        kommunekit_components::focus_from_script(&el);
    }
}

/// Scrolls to the element the hash names, else (when asked) to the top.
fn scroll_after(window: &web_sys::Window, scroll: bool) {
    let hash = window.location().hash().unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
        let el = window
            .document()
            .and_then(|d| d.get_element_by_id(&decode(id)));
        if let Some(el) = el {
            el.scroll_into_view();
            return;
        }
    }
    if scroll {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// A function that navigates, like the browser following a link.
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone {
    let loc = location();
    move |href: &str, options: NavigateOptions| go(loc, href, options)
}

/// The parameters of the current route's path (`service`, `step`). While the address
/// shows a route without parameters (the view is about to be left), the last
/// parameters stay, so a view being left does not see its parameters vanish.
pub fn use_params_map() -> Memo<ParamsMap> {
    let path = location().path;
    Memo::new(move |previous: Option<&ParamsMap>| {
        ParamsMap::of_route(&Route::of(&path.get()))
            .or_else(|| previous.cloned())
            .unwrap_or_default()
    })
}

/// The query of the current address.
pub fn use_query_map() -> Memo<ParamsMap> {
    let search = location().search;
    Memo::new(move |_| ParamsMap::of_query(&search.get()))
}

/// The current route.
pub fn use_route() -> Memo<Route> {
    let path = location().path;
    Memo::new(move |_| Route::of(&path.get()))
}

/// Starts the router: the location from the address bar, then link clicks and the
/// back and forward buttons. Call once, at the top of the app, before any hook.
pub fn provide_router() {
    let loc = Location {
        path: RwSignal::new(String::new()),
        search: RwSignal::new(String::new()),
    };
    loc.read_browser();
    provide_context(loc);
    let Some(window) = web_sys::window() else {
        return;
    };

    let on_pop = Closure::<dyn Fn()>::new(move || {
        loc.read_browser();
        request_animation_frame(start_focus_at_top);
    });
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();

    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if let Some(href) = link_to_follow(&ev) {
            ev.prevent_default();
            go(loc, &href, NavigateOptions::default());
        }
    });
    let _ = window.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}

/// The path, query and hash a click on a link should go to without a page load: a
/// plain left click on a same-origin link with no target, no download and no
/// `rel="external"`. A link to a place on the same page (only the hash differs) is
/// left to the browser, which scrolls and moves focus there.
fn link_to_follow(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return None;
    }
    let mut node = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    while let Some(el) = node {
        if el.tag_name().eq_ignore_ascii_case("a") {
            let a: web_sys::HtmlAnchorElement = el.dyn_into().ok()?;
            let rel = a.rel();
            if !a.target().is_empty()
                || a.href().is_empty()
                || a.has_attribute("download")
                || rel.split_ascii_whitespace().any(|r| r == "external")
            {
                return None;
            }
            let here = web_sys::window()?.location();
            if a.origin() != here.origin().ok()? {
                return None;
            }
            let (path, search, hash) = (a.pathname(), a.search(), a.hash());
            if !hash.is_empty()
                && Some(&path) == here.pathname().ok().as_ref()
                && Some(&search) == here.search().ok().as_ref()
            {
                return None;
            }
            return Some(format!("{path}{search}{hash}"));
        }
        node = el.parent_element();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_as_the_routes_of_the_portal() {
        let cases = [
            ("/", Route::Home),
            ("", Route::Home),
            ("/komponenter", Route::Gallery),
            ("/komponenter/", Route::Gallery),
            (
                "/tjenester/road",
                Route::ServiceStart {
                    service: "road".into(),
                },
            ),
            (
                "/tjenester/road/kind",
                Route::ServiceStep {
                    service: "road".into(),
                    step: "kind".into(),
                },
            ),
            ("/tjenester", Route::NotFound),
            ("/tjenester/road/kind/more", Route::NotFound),
            ("/andet", Route::NotFound),
        ];
        for (path, want) in cases {
            assert_eq!(Route::of(path), want, "{path}");
        }
    }

    #[test]
    fn a_query_is_read_as_named_values() {
        let q = ParamsMap::of_query("?skift=1&item=2&afsnit=");
        assert_eq!(q.get("skift").as_deref(), Some("1"));
        assert_eq!(q.get("item").as_deref(), Some("2"));
        assert_eq!(q.get("afsnit").as_deref(), Some(""));
        assert_eq!(q.get("andet"), None);
        assert_eq!(ParamsMap::of_query(""), ParamsMap::default());
    }

    #[test]
    fn a_service_route_has_its_service_and_step_as_parameters() {
        let p = ParamsMap::of_route(&Route::of("/tjenester/road/kind")).unwrap();
        assert_eq!(p.get("service").as_deref(), Some("road"));
        assert_eq!(p.get("step").as_deref(), Some("kind"));
        let p = ParamsMap::of_route(&Route::of("/tjenester/road")).unwrap();
        assert_eq!(p.get("step"), None);
        assert_eq!(ParamsMap::of_route(&Route::Home), None);
    }
}
