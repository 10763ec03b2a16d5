//! The items and looks of [`Breadcrumbs`](super::Breadcrumbs).

use crate::locale::Locale;
use leptos::prelude::*;

/// One step of the trail.
#[derive(Clone, Debug)]
pub struct BreadcrumbItem {
    /// The page's name; a signal so it can follow the language.
    pub text: Signal<String>,
    /// The page's address; `None` for the current page, which is not a link.
    pub href: Option<String>,
}

impl BreadcrumbItem {
    /// A page above the current one, linked.
    pub fn link(text: impl Into<Signal<String>>, href: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            href: Some(href.into()),
        }
    }

    /// The current page: the last item, not a link, marked `aria-current="page"`.
    pub fn current(text: impl Into<Signal<String>>) -> Self {
        Self {
            text: text.into(),
            href: None,
        }
    }
}

/// The colours of the trail.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BreadcrumbsTone {
    /// Dark text on the page background; the default.
    #[default]
    Default,
    /// Light text, for a trail on the brand colour.
    Inverse,
}

impl BreadcrumbsTone {
    /// The CSS modifier: `kk-breadcrumbs--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            BreadcrumbsTone::Default => "default",
            BreadcrumbsTone::Inverse => "inverse",
        }
    }
}

impl Locale {
    /// The accessible name of the breadcrumb navigation.
    pub fn breadcrumbs_label(self) -> &'static str {
        match self {
            Locale::Da => "Brødkrummesti",
            Locale::En => "Breadcrumb",
        }
    }
}
