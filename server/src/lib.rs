//! The KommuneKit reference server: the `/api/v1` contract on an embedded SQLite file,
//! and the static host of the built portal.
//!
//! The server checks the whole catalog before it listens, so a broken definition never
//! reaches a citizen; it re-validates every submission with the same `kommunekit-forms`
//! code that runs in the browser; and it answers `201 Created` only once the submission
//! is durably committed.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use kommunekit_server::{shutdown_signal, Config, Server};
//! let server = Server::start(&Config::default()).await?;
//! println!("listening on http://{}", server.local_addr());
//! server.serve(shutdown_signal()).await?;
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod addresses;
mod admin;
mod api;
mod attachments;
pub mod catalog;
pub mod config;
mod drafts;
mod headers;
pub mod outbox;
mod problem;
mod reference;
mod server;
mod spa;
mod store;
mod time;

pub use catalog::{Catalog, CatalogError};
pub use config::{Command, Config, ConfigError, LogFormat};
pub use server::{init_logging, shutdown_signal, Server, StartupError};
pub use store::StoreError;
pub use time::Clock;
