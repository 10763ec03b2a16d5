//! Starting, serving and stopping.

use crate::api::{self, ApiState};
use crate::catalog::{Catalog, CatalogError};
use crate::config::{Config, LogFormat};
use crate::headers::security_headers;
use crate::spa::{self, Spa};
use crate::store::{Store, StoreError, Writer};
use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::compression::predicate::{DefaultPredicate, Predicate, SizeAbove};
use tower_http::compression::CompressionLayer;
use tower_http::trace::{DefaultOnFailure, TraceLayer};

/// How long shutdown waits for the database writer to finish its last group.
const WRITER_GRACE: Duration = Duration::from_secs(10);

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// The catalog has problems.
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    /// The database cannot be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The responses of the catalog cannot be prepared.
    #[error("cannot prepare the catalog's responses: {0}")]
    Serialize(#[from] serde_json::Error),
    /// The address cannot be listened on.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

/// A started server: catalog checked, database open, address bound.
pub struct Server {
    listener: TcpListener,
    local_addr: SocketAddr,
    app: Router,
    writer: Writer,
}

impl Server {
    /// Checks the catalog, opens the database and binds the address. Nothing is
    /// served until [`Server::serve`].
    pub async fn start(config: &Config) -> Result<Server, StartupError> {
        let catalog = Catalog::load(&config.catalog, config.municipality.as_deref())?;
        tracing::info!(
            services = catalog.services().len(),
            municipality = %catalog.municipality().id,
            catalog = %config.catalog.display(),
            "catalog loaded"
        );
        let (store, writer) = Store::open(&config.data)?;
        if !config.dist.join("index.html").is_file() {
            tracing::warn!(
                dist = %config.dist.display(),
                "the app is not built: pages answer 503 until index.html is there (run `cargo xtask run`)"
            );
        }
        let api = ApiState::new(catalog, store)?;
        let app = app(api, Spa::new(config.dist.clone()));
        let listener =
            TcpListener::bind(config.addr)
                .await
                .map_err(|source| StartupError::Bind {
                    addr: config.addr,
                    source,
                })?;
        let local_addr = listener.local_addr().map_err(|source| StartupError::Bind {
            addr: config.addr,
            source,
        })?;
        Ok(Server {
            listener,
            local_addr,
            app,
            writer,
        })
    }

    /// The address bound, with the port chosen when the configuration said 0.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Serves until `shutdown` completes, then finishes the requests under way and
    /// closes the database.
    pub async fn serve<F>(self, shutdown: F) -> std::io::Result<()>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let Server {
            listener,
            local_addr,
            app,
            writer,
        } = self;
        tracing::info!("listening on http://{local_addr}");
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await;
        tracing::info!("stopped listening; closing the database");
        // Every handle on the store went with the app, so the writer ends its loop.
        let joined = tokio::task::spawn_blocking(move || writer.join());
        if tokio::time::timeout(WRITER_GRACE, joined).await.is_err() {
            tracing::warn!("the database writer did not finish in time");
        }
        served
    }
}

/// The whole application: the API under `/api/v1`, the portal everywhere else.
fn app(api: ApiState, spa: Spa) -> Router {
    let spa = Router::new()
        .fallback(spa::handle)
        .with_state(Arc::new(spa));
    // Small bodies (receipts, problems) are not worth compressing.
    let compress = DefaultPredicate::new().and(SizeAbove::new(1024));
    Router::new()
        .nest("/api/v1", api::router(Arc::new(api)))
        .merge(spa)
        .layer(CompressionLayer::new().compress_when(compress))
        .layer(axum::middleware::map_response(security_headers))
        .layer(
            // Requests are traced at debug level; server errors are warned of here and
            // logged with their cause where they happen.
            TraceLayer::new_for_http()
                .on_failure(DefaultOnFailure::new().level(tracing::Level::WARN)),
        )
}

/// Completes on Ctrl-C or, on Unix, SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// Sets up logging to standard error; `RUST_LOG` filters it (default `info`).
pub fn init_logging(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let result = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    if let Err(e) = result {
        eprintln!("logging is already set up: {e}");
    }
}
