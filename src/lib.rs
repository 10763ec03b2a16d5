//! The KommuneKit portal: the shell app that renders every service from its definition.
//!
//! `main.rs` only mounts [`App`]. The flow runtime maps each field type to a component
//! from `kommunekit-components`; the journey logic lives in `kommunekit-forms`; all HTTP
//! goes through [`api`].
#![deny(missing_docs)]
// Deeply nested views make deep types when the native test build renders to HTML.
#![recursion_limit = "256"]

pub mod api;
mod app;
pub mod draft;
mod flow;
// Only in the gallery's own build (and the tests), so citizens never download it.
#[cfg(any(test, feature = "gallery"))]
pub mod gallery;
pub mod i18n;
mod layout;
pub mod paths;
pub mod router;

pub use app::App;
