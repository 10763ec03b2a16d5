//! Configuration from command-line flags, each of which can also come from an
//! environment variable. A flag wins over its variable, a variable over the default.

use std::ffi::OsString;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// The text printed by `--help`.
pub const USAGE: &str = "\
kommunekit-server: the KommuneKit reference backend and static host

USAGE:
    kommunekit-server [FLAGS]

FLAGS (each can also be set by the environment variable after it):
    --addr <HOST:PORT>        address to listen on                  KK_ADDR
                              [default: 127.0.0.1:8080]
    --data <DIR>              folder of the SQLite file, created     KK_DATA
                              on first start [default: data]
    --catalog <DIR>           catalog with services/ and            KK_CATALOG
                              municipalities/ [default: catalog]
    --dist <DIR>              the built portal (trunk's output)     KK_DIST
                              [default: dist]
    --municipality <ID>       the tenant file in                    KK_MUNICIPALITY
                              <catalog>/municipalities to serve
                              [default: the first by id]
    --log-format <text|json>  how logs are written                  KK_LOG_FORMAT
                              [default: text]; RUST_LOG filters them
    --draft-days <DAYS>       how long a saved draft is kept after  KK_DRAFT_DAYS
                              it was last saved, 1 to 365
                              [default: 30]
    --admin-token <TOKEN>     the bearer token of /api/v1/admin     KK_ADMIN_TOKEN
                              (at least 32 characters; prefer the
                              variable); without it the admin
                              endpoints answer 401
    --webhook-attempts <N>    deliveries tried before a forward is  KK_WEBHOOK_ATTEMPTS
                              dead, 1 to 100 [default: 10]
    --webhook-backoff-ms <MS> the wait before the first retry;      KK_WEBHOOK_BACKOFF_MS
                              it doubles each time (with jitter),
                              up to 15 minutes [default: 1000]
    --webhook-timeout-ms <MS> how long one delivery may take        KK_WEBHOOK_TIMEOUT_MS
                              [default: 10000]
    --proxy <IP>              the reverse proxy in front: requests  KK_PROXY
                              from it are counted (wrong resume
                              codes) by the last X-Forwarded-For
                              address [default: none]

The municipality's webhook (\"webhook\" in its catalog file) names where its
signing secret is: an environment variable or a file, never the secret itself.
    --check                   check every service and municipality
                              of the catalog, report every problem
                              with its file and JSON path, and exit
    -h, --help                print this text

A flag may be written `--addr 0.0.0.0:8080` or `--addr=0.0.0.0:8080`.";

/// How log lines are written to standard error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// Human-readable lines with key=value fields.
    #[default]
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

impl LogFormat {
    /// The name used in flags: `text` or `json`.
    pub fn as_str(self) -> &'static str {
        match self {
            LogFormat::Text => "text",
            LogFormat::Json => "json",
        }
    }
}

/// Everything the server needs to know to start. Its `Debug` form hides the admin
/// token.
#[derive(Clone, PartialEq, Eq)]
pub struct Config {
    /// The address to listen on; port 0 picks a free port.
    pub addr: SocketAddr,
    /// The folder that holds `kommunekit.sqlite3`.
    pub data: PathBuf,
    /// The catalog folder, with `services/` and `municipalities/`.
    pub catalog: PathBuf,
    /// The built portal to serve at `/`.
    pub dist: PathBuf,
    /// The id of the municipality to serve; `None` means the first in the catalog by id.
    pub municipality: Option<String>,
    /// How logs are written.
    pub log_format: LogFormat,
    /// How many days a saved draft is kept after it was last saved.
    pub draft_days: u32,
    /// The bearer token of the admin endpoints; `None` closes them.
    pub admin_token: Option<String>,
    /// How many deliveries of a forward are tried before it is dead.
    pub webhook_attempts: u32,
    /// The wait before the first retry of a forward, in milliseconds.
    pub webhook_backoff_ms: u64,
    /// How long one delivery of a forward may take, in milliseconds.
    pub webhook_timeout_ms: u64,
    /// The reverse proxy whose `X-Forwarded-For` names the client.
    pub proxy: Option<std::net::IpAddr>,
    /// The clock the limits on wrong resume codes count with: the system's, unless a
    /// test moves it on by hand. Not a command-line setting.
    pub clock: crate::time::Clock,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("addr", &self.addr)
            .field("data", &self.data)
            .field("catalog", &self.catalog)
            .field("dist", &self.dist)
            .field("municipality", &self.municipality)
            .field("log_format", &self.log_format)
            .field("draft_days", &self.draft_days)
            .field(
                "admin_token",
                &self.admin_token.as_ref().map(|_| "(hidden)"),
            )
            .field("webhook_attempts", &self.webhook_attempts)
            .field("webhook_backoff_ms", &self.webhook_backoff_ms)
            .field("webhook_timeout_ms", &self.webhook_timeout_ms)
            .field("proxy", &self.proxy)
            .field("clock", &self.clock)
            .finish()
    }
}

/// The shortest admin token accepted.
pub const MIN_ADMIN_TOKEN: usize = 32;

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data: PathBuf::from("data"),
            catalog: PathBuf::from("catalog"),
            dist: PathBuf::from("dist"),
            municipality: None,
            log_format: LogFormat::Text,
            draft_days: 30,
            admin_token: None,
            webhook_attempts: 10,
            webhook_backoff_ms: 1000,
            webhook_timeout_ms: 10_000,
            proxy: None,
            clock: crate::time::Clock::default(),
        }
    }
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Run the server with this configuration.
    Run(Config),
    /// Print the usage text and stop.
    Help,
    /// Check every file of the catalog (every service and every municipality), report
    /// every problem, and stop.
    Check(Config),
}

/// A flag or variable that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A flag the server does not know.
    #[error("unknown flag `{0}`; see --help for the flags there are")]
    UnknownFlag(String),
    /// An argument that is not a flag.
    #[error("unexpected argument `{0}`; every setting is a flag, see --help")]
    UnexpectedArgument(String),
    /// A flag given without its value.
    #[error("the flag `{0}` needs a value, e.g. `{0} <value>`")]
    MissingValue(String),
    /// A flag given twice.
    #[error("the flag `{0}` is given more than once")]
    Repeated(String),
    /// A value that is not valid for its flag or variable.
    #[error("{source_name} = `{value}` is not valid: {reason}")]
    InvalidValue {
        /// The flag or variable, e.g. `--addr` or `KK_ADDR`.
        source_name: String,
        /// The value given.
        value: String,
        /// Why it is not valid and what would be.
        reason: String,
    },
    /// An argument or variable that is not valid UTF-8.
    #[error("{0} is not valid UTF-8")]
    NotUtf8(String),
}

/// The flags, with their variables.
const FLAGS: [(&str, &str); 12] = [
    ("--addr", "KK_ADDR"),
    ("--data", "KK_DATA"),
    ("--catalog", "KK_CATALOG"),
    ("--dist", "KK_DIST"),
    ("--municipality", "KK_MUNICIPALITY"),
    ("--log-format", "KK_LOG_FORMAT"),
    ("--draft-days", "KK_DRAFT_DAYS"),
    ("--admin-token", "KK_ADMIN_TOKEN"),
    ("--webhook-attempts", "KK_WEBHOOK_ATTEMPTS"),
    ("--webhook-backoff-ms", "KK_WEBHOOK_BACKOFF_MS"),
    ("--webhook-timeout-ms", "KK_WEBHOOK_TIMEOUT_MS"),
    ("--proxy", "KK_PROXY"),
];

impl Config {
    /// Reads the process's own arguments and environment.
    pub fn from_env() -> Result<Command, ConfigError> {
        let args = std::env::args_os()
            .skip(1)
            .map(|a| {
                a.into_string()
                    .map_err(|a| ConfigError::NotUtf8(format!("the argument {a:?}")))
            })
            .collect::<Result<Vec<String>, ConfigError>>()?;
        Config::parse(args, |name| std::env::var_os(name))
    }

    /// Parses arguments (without the program name) and looks variables up with `env`.
    pub fn parse<I, E>(args: I, env: E) -> Result<Command, ConfigError>
    where
        I: IntoIterator<Item = String>,
        E: Fn(&str) -> Option<OsString>,
    {
        let mut given: [Option<(String, String)>; FLAGS.len()] = Default::default();
        let mut args = args.into_iter();
        let mut check = false;
        while let Some(arg) = args.next() {
            if arg == "-h" || arg == "--help" {
                return Ok(Command::Help);
            }
            if arg == "--check" {
                check = true;
                continue;
            }
            if !arg.starts_with('-') {
                return Err(ConfigError::UnexpectedArgument(arg));
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name.to_string(), Some(value.to_string())),
                None => (arg.clone(), None),
            };
            let Some(index) = FLAGS.iter().position(|(flag, _)| *flag == name) else {
                return Err(ConfigError::UnknownFlag(name));
            };
            let value = match inline {
                Some(v) => v,
                None => match args.next() {
                    Some(v) if !v.starts_with("--") => v,
                    _ => return Err(ConfigError::MissingValue(name)),
                },
            };
            if given[index].is_some() {
                return Err(ConfigError::Repeated(name));
            }
            given[index] = Some((name, value));
        }

        let mut values: [Option<(String, String)>; FLAGS.len()] = Default::default();
        for (i, (_, var)) in FLAGS.iter().enumerate() {
            values[i] = match given[i].take() {
                Some(v) => Some(v),
                None => match env(var) {
                    Some(os) => {
                        let v = os
                            .into_string()
                            .map_err(|_| ConfigError::NotUtf8(format!("the variable {var}")))?;
                        // An empty variable counts as unset, as shells make that easy.
                        (!v.is_empty()).then(|| (var.to_string(), v))
                    }
                    None => None,
                },
            };
        }

        let mut config = Config::default();
        let [addr, data, catalog, dist, municipality, log_format, draft_days, admin_token, webhook_attempts, webhook_backoff_ms, webhook_timeout_ms, proxy] =
            values;
        if let Some((source, v)) = addr {
            config.addr = v.parse().map_err(|_| ConfigError::InvalidValue {
                source_name: source,
                value: v.clone(),
                reason: "write an IP address and a port, e.g. 127.0.0.1:8080 or [::1]:8080".into(),
            })?;
        }
        if let Some((source, v)) = data {
            config.data = non_empty_path(source, v)?;
        }
        if let Some((source, v)) = catalog {
            config.catalog = non_empty_path(source, v)?;
        }
        if let Some((source, v)) = dist {
            config.dist = non_empty_path(source, v)?;
        }
        if let Some((source, v)) = municipality {
            if !is_id(&v) {
                return Err(ConfigError::InvalidValue {
                    source_name: source,
                    value: v,
                    reason: "write the id of a municipality, the name of its file in \
                             catalog/municipalities without .json, e.g. fjordby"
                        .into(),
                });
            }
            config.municipality = Some(v);
        }
        if let Some((source, v)) = log_format {
            config.log_format = match v.as_str() {
                "text" => LogFormat::Text,
                "json" => LogFormat::Json,
                _ => {
                    return Err(ConfigError::InvalidValue {
                        source_name: source,
                        value: v,
                        reason: "use `text` or `json`".into(),
                    })
                }
            };
        }
        if let Some((source, v)) = draft_days {
            config.draft_days = number_in(source, v, 1, 365)?;
        }
        if let Some((source, v)) = admin_token {
            if v.chars().count() < MIN_ADMIN_TOKEN
                || v.chars().any(|c| c.is_whitespace() || c.is_control())
            {
                return Err(ConfigError::InvalidValue {
                    source_name: source,
                    value: "(hidden)".into(),
                    reason: format!("the token must be at least {MIN_ADMIN_TOKEN} characters without spaces, e.g. from `openssl rand -hex 32`"),
                });
            }
            config.admin_token = Some(v);
        }
        if let Some((source, v)) = webhook_attempts {
            config.webhook_attempts = number_in(source, v, 1, 100)?;
        }
        if let Some((source, v)) = webhook_backoff_ms {
            config.webhook_backoff_ms = number_in(source, v, 1, 3_600_000)?;
        }
        if let Some((source, v)) = webhook_timeout_ms {
            config.webhook_timeout_ms = number_in(source, v, 1, 600_000)?;
        }
        if let Some((source, v)) = proxy {
            config.proxy = Some(v.trim().parse().map_err(|_| ConfigError::InvalidValue {
                source_name: source,
                value: v.clone(),
                reason: "write the IP address of the reverse proxy, e.g. 127.0.0.1".into(),
            })?);
        }
        Ok(if check {
            Command::Check(config)
        } else {
            Command::Run(config)
        })
    }
}

/// A whole number from `min` to `max`.
fn number_in<T>(source: String, value: String, min: T, max: T) -> Result<T, ConfigError>
where
    T: std::str::FromStr + PartialOrd + fmt::Display + Copy,
{
    match value.trim().parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(ConfigError::InvalidValue {
            source_name: source,
            value,
            reason: format!("write a whole number from {min} to {max}"),
        }),
    }
}

fn non_empty_path(source: String, value: String) -> Result<PathBuf, ConfigError> {
    if value.trim().is_empty() {
        return Err(ConfigError::InvalidValue {
            source_name: source,
            value,
            reason: "write a folder".into(),
        });
    }
    Ok(PathBuf::from(value))
}

/// Whether a string is an id: lowercase letters, digits and inner hyphens.
pub(crate) fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

impl fmt::Display for LogFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Args = &'static [&'static str];
    type Env = &'static [(&'static str, &'static str)];

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Command, ConfigError> {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::parse(args.iter().map(|s| s.to_string()), move |name| {
            env.iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| OsString::from(v))
        })
    }

    fn run(args: &[&str], env: &[(&str, &str)]) -> Config {
        match parse(args, env) {
            Ok(Command::Run(c)) => c,
            other => panic!("expected a configuration, got {other:?}"),
        }
    }

    #[test]
    fn without_flags_or_variables_the_defaults_apply() {
        assert_eq!(run(&[], &[]), Config::default());
        assert_eq!(Config::default().addr.to_string(), "127.0.0.1:8080");
    }

    #[test]
    fn a_flag_wins_over_its_variable_and_a_variable_over_the_default() {
        let cases: [(Args, Env, &str, &str); 5] = [
            (&["--addr", "0.0.0.0:9000"], &[], "0.0.0.0:9000", "data"),
            (
                &["--addr=0.0.0.0:9001"],
                &[("KK_ADDR", "127.0.0.1:1")],
                "0.0.0.0:9001",
                "data",
            ),
            (
                &[],
                &[("KK_ADDR", "127.0.0.1:1"), ("KK_DATA", "/var/kk")],
                "127.0.0.1:1",
                "/var/kk",
            ),
            (
                &["--data", "here"],
                &[("KK_DATA", "there")],
                "127.0.0.1:8080",
                "here",
            ),
            (&[], &[("KK_DATA", "")], "127.0.0.1:8080", "data"),
        ];
        for (args, env, addr, data) in cases {
            let c = run(args, env);
            assert_eq!(c.addr.to_string(), addr, "{args:?} {env:?}");
            assert_eq!(c.data, PathBuf::from(data), "{args:?} {env:?}");
        }
    }

    #[test]
    fn every_flag_sets_its_setting() {
        let c = run(
            &[
                "--catalog",
                "cat",
                "--dist=out",
                "--municipality",
                "fjordby",
                "--log-format",
                "json",
            ],
            &[],
        );
        assert_eq!(c.catalog, PathBuf::from("cat"));
        assert_eq!(c.dist, PathBuf::from("out"));
        assert_eq!(c.municipality.as_deref(), Some("fjordby"));
        assert_eq!(c.log_format, LogFormat::Json);
    }

    #[test]
    fn the_settings_of_drafts_admin_and_webhook_are_read_and_checked() {
        let token = "t".repeat(MIN_ADMIN_TOKEN);
        let c = run(
            &["--draft-days", "7", "--webhook-attempts=3"],
            &[
                ("KK_ADMIN_TOKEN", token.as_str()),
                ("KK_WEBHOOK_BACKOFF_MS", "50"),
                ("KK_WEBHOOK_TIMEOUT_MS", "2000"),
                ("KK_PROXY", "10.0.0.1"),
            ],
        );
        assert_eq!(c.proxy, Some([10, 0, 0, 1].into()));
        assert_eq!(c.draft_days, 7);
        assert_eq!(c.admin_token.as_deref(), Some(token.as_str()));
        assert!(
            !format!("{c:?}").contains(&token),
            "the token shows in {c:?}"
        );
        assert_eq!(
            (
                c.webhook_attempts,
                c.webhook_backoff_ms,
                c.webhook_timeout_ms
            ),
            (3, 50, 2000)
        );
        let cases: [(Args, Env, &str); 5] = [
            (&["--draft-days", "0"], &[], "--draft-days"),
            (&["--draft-days", "366"], &[], "--draft-days"),
            (&[], &[("KK_ADMIN_TOKEN", "short")], "KK_ADMIN_TOKEN"),
            (&["--webhook-attempts", "many"], &[], "--webhook-attempts"),
            (&["--proxy", "proxy.local"], &[], "--proxy"),
        ];
        for (args, env, named) in cases {
            match parse(args, env) {
                Err(e) => {
                    assert!(e.to_string().contains(named), "{e} should name {named}");
                    assert!(!e.to_string().contains("short"), "{e} shows the token");
                }
                Ok(c) => panic!("{args:?} {env:?} should be refused, got {c:?}"),
            }
        }
    }

    #[test]
    fn help_is_recognised_wherever_it_stands() {
        for args in [&["--help"][..], &["-h"], &["--addr", "1.2.3.4:5", "--help"]] {
            assert_eq!(parse(args, &[]), Ok(Command::Help), "{args:?}");
        }
    }

    #[test]
    fn bad_flags_are_refused_with_an_error_that_names_them() {
        let cases: [(Args, Env, &str); 8] = [
            (&["--port", "80"], &[], "--port"),
            (&["serve"], &[], "serve"),
            (&["--addr"], &[], "--addr"),
            (&["--addr", "--data", "x"], &[], "--addr"),
            (&["--addr", "localhost"], &[], "localhost"),
            (&[], &[("KK_ADDR", "nope")], "KK_ADDR"),
            (&["--data", "a", "--data", "b"], &[], "--data"),
            (&["--municipality", "../etc"], &[], "../etc"),
        ];
        for (args, env, named) in cases {
            match parse(args, env) {
                Err(e) => assert!(e.to_string().contains(named), "{e} should name {named}"),
                Ok(c) => panic!("{args:?} should be refused, got {c:?}"),
            }
        }
    }
}
