//! Starting, serving and stopping.

use crate::admin;
use crate::api::{self, ApiOptions, ApiState};
use crate::catalog::{Catalog, CatalogError};
use crate::config::{Config, LogFormat};
use crate::headers::security_headers;
use crate::outbox::{self, Outbox};
use crate::spa::{self, Spa};
use crate::store::{Store, StoreError, Writer};
use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};
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
    /// The API's responses or data cannot be prepared.
    #[error(transparent)]
    Prepare(#[from] crate::api::PrepareError),
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
    /// The forwarding worker, when the municipality has a webhook whose secret is there.
    forwarder: Option<Forwarder>,
}

/// What the forwarding worker needs; it starts with [`Server::serve`].
struct Forwarder {
    store: Store,
    target: outbox::Target,
    settings: outbox::Settings,
    wake: Arc<Notify>,
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
        let wake = Arc::new(Notify::new());
        let webhook = catalog.municipality().webhook.clone();
        let forwarder = match &webhook {
            None => {
                tracing::info!("the municipality has no webhook: submissions are not forwarded");
                None
            }
            Some(webhook) => match outbox::target(webhook) {
                Ok(target) => Some(Forwarder {
                    store: store.clone(),
                    target,
                    settings: outbox::Settings {
                        max_attempts: config.webhook_attempts,
                        base_backoff: Duration::from_millis(config.webhook_backoff_ms),
                        timeout: Duration::from_millis(config.webhook_timeout_ms),
                    },
                    wake: Arc::clone(&wake),
                }),
                Err(e) => {
                    // Submissions are still queued, so nothing is lost: they are
                    // delivered once the server runs with the secret.
                    tracing::warn!(error = %e, url = %webhook.url, "forwarding is paused: submissions are queued in the outbox until the server starts with the secret");
                    None
                }
            },
        };
        let api = ApiState::new(
            catalog,
            store,
            ApiOptions {
                draft_lifetime: Duration::from_secs(u64::from(config.draft_days) * 86_400),
                outbox: Outbox {
                    enabled: webhook.is_some(),
                    wake,
                },
                admin_token: config.admin_token.as_deref().map(admin::token_hash),
                proxy: config.proxy,
                clock: config.clock.clone(),
            },
        )?;
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
            forwarder,
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
            forwarder,
        } = self;
        let (stop_forwarding, stop) = watch::channel(false);
        let forwarding = forwarder
            .map(|f| tokio::spawn(outbox::run(f.store, f.target, f.settings, f.wake, stop)));
        tracing::info!("listening on http://{local_addr}");
        // The client's address counts wrong resume codes.
        let served = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        tracing::info!("stopped listening; stopping the forwarding");
        let _ = stop_forwarding.send(true);
        if let Some(mut task) = forwarding {
            if tokio::time::timeout(WRITER_GRACE, &mut task).await.is_err() {
                tracing::warn!("the forwarding did not stop in time");
                task.abort();
            }
        }
        tracing::info!("closing the database");
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
