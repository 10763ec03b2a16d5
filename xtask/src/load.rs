//! The load test of `cargo xtask bench`: the reference server, built for speed, takes
//! valid submissions from this process over HTTP/1.1 keep-alive connections at
//! increasing offered rates; then the rows stored must equal the 201s sent back.

use crate::receiver::Receiver;
use crate::{copy_files, free_port, root, run_cmd, step, tools, wait_healthy, Server, TempDir};
use kommunekit_forms::load_definition;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The service the submissions go to.
const SERVICE: &str = "report-road-problem";
/// The offered rates, per second, in order; `None` sends as fast as the connections go.
const RATES: [Option<u32>; 5] = [Some(500), Some(1000), Some(2000), Some(4000), None];
/// Submissions per rate: 10,000 in all.
const PER_STEP: usize = 2000;
/// Submissions before the table, so that the first rate is not timed against a cold
/// server and a fresh database file; they are stored and counted too.
const WARM_UP: usize = 200;
/// Keep-alive connections (one thread each) of the load generator.
const CONNECTIONS: usize = 32;
/// How long one response may take before it counts as an error.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(30);

/// Why one request got no HTTP response.
#[derive(Debug)]
pub(crate) enum HttpError {
    Io(std::io::Error),
    Malformed(String),
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HttpError::Io(e) => write!(f, "{:?}", e.kind()),
            HttpError::Malformed(what) => write!(f, "malformed response ({what})"),
        }
    }
}

impl From<std::io::Error> for HttpError {
    fn from(e: std::io::Error) -> Self {
        HttpError::Io(e)
    }
}

/// One keep-alive HTTP/1.1 connection, opened again after the server closes it or an
/// error.
struct Connection {
    addr: String,
    stream: Option<BufReader<TcpStream>>,
}

impl Connection {
    fn new(addr: &str) -> Connection {
        Connection {
            addr: addr.to_string(),
            stream: None,
        }
    }

    /// Sends one whole request and reads the whole response: status and body.
    fn send(&mut self, request: &[u8]) -> Result<(u16, Vec<u8>), HttpError> {
        let result = self.exchange(request);
        if !matches!(result, Ok((_, _, true))) {
            self.stream = None;
        }
        result.map(|(status, body, _)| (status, body))
    }

    /// The status, the body, and whether the connection stays open.
    fn exchange(&mut self, request: &[u8]) -> Result<(u16, Vec<u8>, bool), HttpError> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(&self.addr)?;
            stream.set_nodelay(true)?;
            stream.set_read_timeout(Some(RESPONSE_TIMEOUT))?;
            self.stream = Some(BufReader::new(stream));
        }
        let Some(reader) = self.stream.as_mut() else {
            return Err(HttpError::Malformed("no connection".into()));
        };
        reader.get_mut().write_all(request)?;
        read_response(reader)
    }
}

/// One HTTP/1.1 message: its first line, headers (names in lower case) and body.
pub(crate) struct Message {
    pub(crate) first_line: String,
    headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Message {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the connection stays open after this message.
    pub(crate) fn keep_alive(&self) -> bool {
        !self
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"))
    }
}

fn eof() -> HttpError {
    HttpError::Io(std::io::ErrorKind::UnexpectedEof.into())
}

/// Reads a first line, headers and a body of Content-Length or chunked encoding;
/// `None` when the connection closed before the message began.
pub(crate) fn read_message(reader: &mut impl BufRead) -> Result<Option<Message>, HttpError> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let first_line = line.trim_end().to_string();
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err(eof());
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let Some((name, value)) = header.split_once(':') else {
            return Err(HttpError::Malformed(format!("header {header:?}")));
        };
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
    }
    let mut message = Message {
        first_line,
        headers,
        body: Vec::new(),
    };
    if message
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| HttpError::Malformed(format!("chunk size {:?}", line.trim())))?;
            let mut chunk = vec![0; size + 2]; // the chunk and its CRLF
            reader.read_exact(&mut chunk)?;
            if size == 0 {
                break;
            }
            message.body.extend_from_slice(&chunk[..size]);
        }
    } else {
        let length: usize = match message.header("content-length") {
            Some(v) => v
                .parse()
                .map_err(|_| HttpError::Malformed(format!("content-length {v:?}")))?,
            None => 0,
        };
        message.body = vec![0; length];
        reader.read_exact(&mut message.body)?;
    }
    Ok(Some(message))
}

/// Reads a response: its status, body, and whether the connection stays open.
fn read_response(reader: &mut impl BufRead) -> Result<(u16, Vec<u8>, bool), HttpError> {
    let message = read_message(reader)?.ok_or_else(eof)?;
    let status: u16 = message
        .first_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| HttpError::Malformed(format!("status line {:?}", message.first_line)))?;
    let keep_alive = message.keep_alive();
    Ok((status, message.body, keep_alive))
}

/// What one offered rate gave.
struct StepResult {
    offered: Option<u32>,
    sent: usize,
    created: usize,
    /// The reference numbers of the 201s.
    references: Vec<String>,
    /// Every answer that was not 201: `HTTP 503`, `ConnectionReset`, ... with counts.
    errors: BTreeMap<String, usize>,
    /// From the first scheduled send to the last response.
    wall: Duration,
    /// Sorted, from the scheduled send time (when the generator kept up, the time the
    /// request was written) to the end of the response.
    latencies: Vec<Duration>,
}

impl StepResult {
    fn percentile(&self, q: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        self.latencies[((self.latencies.len() - 1) as f64 * q).round() as usize]
    }

    fn row(&self) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let errors = if self.errors.is_empty() {
            "0".to_string()
        } else {
            self.errors
                .iter()
                .map(|(what, n)| format!("{n} {what}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "{:>11} {:>6} {:>6} {:>11.0} {:>8.2} {:>8.2} {:>8.2}  {errors}",
            self.offered
                .map_or_else(|| "unthrottled".to_string(), |r| r.to_string()),
            self.sent,
            self.created,
            self.created as f64 / self.wall.as_secs_f64().max(1e-9),
            ms(self.percentile(0.5)),
            ms(self.percentile(0.99)),
            ms(self.latencies.last().copied().unwrap_or_default()),
        )
    }
}

/// One POST of a submission with its own Idempotency-Key.
fn request(addr: &str, body: &str, key: &str) -> Vec<u8> {
    format!(
        "POST /api/v1/services/{SERVICE}/submissions HTTP/1.1\r\nHost: {addr}\r\n\
         Content-Type: application/json\r\nAccept: application/json\r\n\
         Idempotency-Key: {key}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// The service and file field the upload step sends to, and how many files of how
/// many bytes (just under the field's 10 MB) go at once.
const UPLOAD_SERVICE: &str = "use-public-road-area";
const UPLOAD_FIELD: &str = "site-plan";
const UPLOADS_AT_ONCE: usize = 8;
const UPLOAD_BYTES: usize = 10 * 1024 * 1024 - 4096;

/// The most memory a process has held (its peak resident set, VmHWM), in bytes.
fn peak_resident(pid: u32) -> Result<u64, String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .map_err(|e| format!("cannot read the server's memory: {e}"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .ok_or_else(|| "the server's status has no VmHWM line".to_string())
}

/// Uploads [`UPLOADS_AT_ONCE`] files of [`UPLOAD_BYTES`] at the same moment and
/// reports how much the server's peak memory grew: a server that holds each file
/// whole grows by their sum, one that streams them to disk by little.
fn upload_memory(addr: &str, pid: u32) -> Result<(), String> {
    let before = peak_resident(pid)?;
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(UPLOAD_BYTES, b' ');
    let head = format!(
        "POST /api/v1/attachments?service={UPLOAD_SERVICE}&field={UPLOAD_FIELD}&name=plan.pdf \
         HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/pdf\r\n\
         Content-Length: {UPLOAD_BYTES}\r\n\r\n"
    );
    let request = [head.as_bytes(), &pdf].concat();
    let started = Instant::now();
    let statuses: Vec<Result<u16, String>> = std::thread::scope(|s| {
        let sending: Vec<_> = (0..UPLOADS_AT_ONCE)
            .map(|_| {
                s.spawn(|| {
                    Connection::new(addr)
                        .send(&request)
                        .map(|(status, _)| status)
                        .map_err(|e| e.to_string())
                })
            })
            .collect();
        sending
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("the sender panicked".into()))
            })
            .collect()
    });
    let took = started.elapsed();
    let after = peak_resident(pid)?;
    let created = statuses.iter().filter(|s| matches!(s, Ok(201))).count();
    let mb = |b: u64| b as f64 / (1024.0 * 1024.0);
    println!(
        "\nUploads: {UPLOADS_AT_ONCE} files of {:.1} MB at once ({:.0} MB in all) to {UPLOAD_SERVICE}/{UPLOAD_FIELD}: \
         {created} of them 201 in {:.2} s; the server's peak resident memory {:.1} MB before, \
         {:.1} MB after (+{:.1} MB)",
        mb(UPLOAD_BYTES as u64),
        mb((UPLOAD_BYTES * UPLOADS_AT_ONCE) as u64),
        took.as_secs_f64(),
        mb(before),
        mb(after),
        mb(after.saturating_sub(before)),
    );
    if created == UPLOADS_AT_ONCE {
        Ok(())
    } else {
        Err(format!(
            "{} of {UPLOADS_AT_ONCE} uploads were not stored: {statuses:?}",
            UPLOADS_AT_ONCE - created
        ))
    }
}

/// Sends `count` submissions, at `rate` a second (open loop: each has its own send
/// time, kept whatever the earlier ones took) or as fast as the connections go.
fn run_step(addr: &str, body: &str, rate: Option<u32>, count: usize, tag: &str) -> StepResult {
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    type Sample = (Duration, Result<(u16, Vec<u8>), String>, Instant);
    let samples: Vec<Sample> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..CONNECTIONS)
            .map(|_| {
                s.spawn(|| {
                    let mut connection = Connection::new(addr);
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= count {
                            break;
                        }
                        let due = match rate {
                            Some(r) => start + Duration::from_secs_f64(i as f64 / f64::from(r)),
                            None => Instant::now(),
                        };
                        if let Some(wait) = due.checked_duration_since(Instant::now()) {
                            std::thread::sleep(wait);
                        }
                        let key = format!("{tag}-{i}");
                        let outcome = connection
                            .send(&request(addr, body, &key))
                            .map_err(|e| e.to_string());
                        let done = Instant::now();
                        mine.push((done.saturating_duration_since(due), outcome, done));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let mut result = StepResult {
        offered: rate,
        sent: samples.len(),
        created: 0,
        references: Vec::new(),
        errors: BTreeMap::new(),
        wall: samples
            .iter()
            .map(|(_, _, done)| done.saturating_duration_since(start))
            .max()
            .unwrap_or_default(),
        latencies: samples.iter().map(|(d, _, _)| *d).collect(),
    };
    result.latencies.sort();
    for (_, outcome, _) in &samples {
        match outcome {
            Ok((201, body)) => {
                result.created += 1;
                let receipt: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
                match receipt["reference"].as_str() {
                    Some(r) => result.references.push(r.to_string()),
                    None => {
                        *result
                            .errors
                            .entry("201 without a reference".into())
                            .or_default() += 1
                    }
                }
            }
            Ok((status, _)) => *result.errors.entry(format!("HTTP {status}")).or_default() += 1,
            Err(e) => *result.errors.entry(e.clone()).or_default() += 1,
        }
    }
    result
}

/// A valid submission of the sample service: the answers of its first generated
/// journey that reaches check answers.
fn sample_submission() -> Result<String, String> {
    let path = root().join(format!("catalog/services/{SERVICE}.json"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let definition = load_definition(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let journeys = kommunekit_forms::generate_journeys(&definition, crate::journeys::today_utc())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let journey = journeys
        .iter()
        .find(|j| j.submitted.is_some())
        .ok_or_else(|| format!("{SERVICE} has no journey that reaches check answers"))?;
    Ok(serde_json::json!({
        "service_version": definition.version,
        "language": "da",
        "answers": journey.answers,
    })
    .to_string())
}

/// The rows of the submissions table, read with the sqlite3 CLI.
fn stored_rows(db: &Path) -> Result<usize, String> {
    let out = Command::new("sqlite3")
        .args(["-cmd", ".timeout 10000"])
        .arg(db)
        .arg("SELECT count(*) FROM submissions;")
        .output()
        .map_err(|e| format!("could not run sqlite3: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "sqlite3 {}: {}",
            db.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .map_err(|e| format!("sqlite3 printed no count: {e}"))
}

/// Whether the built server forwards submissions to a webhook (its `--help` says so).
fn server_forwards(server: &Path) -> bool {
    Command::new(server)
        .arg("--help")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("webhook"))
}

/// A copy of the catalog whose municipality forwards to `url`, signed with the secret
/// in a file beside it; returns the municipality's id.
fn catalog_with_webhook(into: &Path, url: &str, secret: &str) -> Result<String, String> {
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    for part in ["services", "municipalities"] {
        copy_files(
            &root().join("catalog").join(part),
            &into.join("catalog").join(part),
        )?;
    }
    let municipalities = into.join("catalog/municipalities");
    let mut ids: Vec<String> = std::fs::read_dir(&municipalities)
        .map_err(|e| io(&municipalities, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    ids.sort();
    let id = ids
        .first()
        .cloned()
        .ok_or("the catalog has no municipality")?;
    let secret_file = into.join("webhook-secret");
    std::fs::write(&secret_file, secret).map_err(|e| io(&secret_file, e))?;
    let file = municipalities.join(format!("{id}.json"));
    let text = std::fs::read_to_string(&file).map_err(|e| io(&file, e))?;
    let mut municipality: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    municipality["webhook"] = serde_json::json!({
        "url": url,
        "secret": { "file": secret_file.display().to_string() },
    });
    std::fs::write(&file, municipality.to_string()).map_err(|e| io(&file, e))?;
    Ok(id)
}

/// A secret of 64 hex characters, different on every run.
fn fresh_secret() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!(
        "{:032x}{:032x}",
        nanos,
        u128::from(std::process::id()) << 64 | nanos
    )
}

/// How long the outbox may take to deliver every accepted submission after the last.
const DELIVERY_DEADLINE: Duration = Duration::from_secs(300);

/// Waits until every reference was delivered, or the deadline; then says how it went.
fn check_forwarding(receiver: &Receiver, references: &[String]) -> Result<(), String> {
    let started = Instant::now();
    let mut delivered = receiver.delivered_of(references);
    while delivered < references.len() && started.elapsed() < DELIVERY_DEADLINE {
        std::thread::sleep(Duration::from_millis(100)); // polling the receiver's count
        delivered = receiver.delivered_of(references);
    }
    let line = format!(
        "forwarding: {delivered} of {} accepted submissions delivered to a webhook receiver \
         with a valid HMAC-SHA256 signature, the last {:.1} s after the last 201 \
         ({} deliveries in all, repeats included; {} with a bad signature)",
        references.len(),
        started.elapsed().as_secs_f64(),
        receiver.requests(),
        receiver.bad_signatures()
    );
    if delivered == references.len() && receiver.bad_signatures() == 0 {
        println!("{line}");
        Ok(())
    } else {
        Err(line)
    }
}

/// Builds the reference server with `--profile server`, starts it on a free port with
/// a fresh data folder (and, when it forwards, a webhook receiver of this process),
/// loads it step by step and prints a table; fails when the rows stored differ from
/// the 201s sent back, or an accepted submission is not delivered.
pub fn load_test() -> Result<(), String> {
    step("Building the reference server (--profile server) for the load test");
    run_cmd(
        Command::new(tools::cargo())
            .args(["build", "--profile", "server", "-p", "kommunekit-server"])
            .current_dir(root()),
    )?;
    let binary = root().join("target/server/kommunekit-server");
    let body = sample_submission()?;
    let data = TempDir::new("load");
    std::fs::create_dir_all(&data.0).map_err(|e| format!("{}: {e}", data.0.display()))?;
    let addr = format!("127.0.0.1:{}", free_port()?);
    let log_path = std::env::temp_dir().join("kommunekit-load-server.log");
    let log =
        std::fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    let mut command = Command::new(&binary);
    command
        .args(["--addr", &addr])
        .arg("--data")
        .arg(data.0.join("data"))
        .arg("--dist")
        .arg(data.0.join("no-dist"));
    let receiver = if server_forwards(&binary) {
        let secret = fresh_secret();
        let receiver = Receiver::start(secret.clone().into_bytes())
            .map_err(|e| format!("the webhook receiver cannot listen: {e}"))?;
        let municipality = catalog_with_webhook(&data.0, &receiver.url(), &secret)?;
        command
            .arg("--catalog")
            .arg(data.0.join("catalog"))
            .args(["--municipality", &municipality]);
        Some(receiver)
    } else {
        command.args(["--catalog", "catalog"]);
        None
    };
    step(&format!(
        "Load test: {} submissions to {SERVICE} on {addr}, server log in {}",
        WARM_UP + PER_STEP * RATES.len(),
        log_path.display()
    ));
    let mut server = Server(
        command
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .current_dir(root())
            .spawn()
            .map_err(|e| format!("could not start the server: {e}"))?,
    );
    wait_healthy(&addr, &mut server)?;
    let tag = format!("bench-{}", std::process::id());
    println!(
        "\nReference server under load (--profile server, SQLite WAL synchronous=FULL{}; \
         {CONNECTIONS} keep-alive connections from this process, {PER_STEP} submissions \
         per rate, each with its own Idempotency-Key; latency from the scheduled send time):",
        if receiver.is_some() {
            ", forwarding to a receiver in this process"
        } else {
            ""
        }
    );
    println!("{}", crate::bench::machine());
    println!(
        "{:>11} {:>6} {:>6} {:>11} {:>8} {:>8} {:>8}  errors",
        "offered/s", "sent", "201", "accepted/s", "p50 ms", "p99 ms", "max ms"
    );
    let warm_up = run_step(&addr, &body, None, WARM_UP, &format!("{tag}-warm-up"));
    let mut created = warm_up.created;
    let mut references = warm_up.references;
    for (n, rate) in RATES.iter().enumerate() {
        let result = run_step(&addr, &body, *rate, PER_STEP, &format!("{tag}-{n}"));
        println!("{}", result.row());
        created += result.created;
        references.extend(result.references);
    }
    println!(
        "(before the table: {WARM_UP} submissions to warm up, {} of them 201)",
        warm_up.created
    );
    let rows = stored_rows(&data.0.join("data/kommunekit.sqlite3"))?;
    let stored = if rows == created {
        println!("stored rows {rows} = 201 responses {created}: every acknowledged submission is stored, none twice");
        Ok(())
    } else {
        Err(format!(
            "the load test stored {rows} rows but sent back {created} 201s"
        ))
    };
    let forwarded = match &receiver {
        Some(receiver) => check_forwarding(receiver, &references),
        None => {
            println!(
                "forwarding: not checked, because this reference server has no webhook forwarding"
            );
            Ok(())
        }
    };
    let uploads = upload_memory(&addr, server.0.id());
    drop(server);
    stored.and(forwarded).and(uploads)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn a_response_is_read_to_its_end_by_content_length_or_chunks() {
        let cases: [(&str, &str, (u16, &str, bool)); 4] = [
            (
                "content-length, keep-alive",
                "HTTP/1.1 201 Created\r\ncontent-length: 5\r\n\r\nhelloNEXT",
                (201, "hello", true),
            ),
            (
                "chunked",
                "HTTP/1.1 422 Unprocessable Entity\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\nNEXT",
                (422, "abcde", true),
            ),
            (
                "connection close",
                "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\nNEXT",
                (503, "", false),
            ),
            (
                "no body",
                "HTTP/1.1 204 No Content\r\n\r\nNEXT",
                (204, "", true),
            ),
        ];
        for (case, response, (status, body, keep_alive)) in cases {
            let mut reader = BufReader::new(response.as_bytes());
            let read = read_response(&mut reader).ok();
            assert_eq!(
                read,
                Some((status, body.as_bytes().to_vec(), keep_alive)),
                "{case}"
            );
            let mut rest = String::new();
            reader.read_to_string(&mut rest).ok();
            assert_eq!(
                rest, "NEXT",
                "{case}: the next response starts after this one"
            );
        }
    }

    #[test]
    fn a_cut_or_garbled_response_is_an_error() {
        let cases = [
            ("empty", ""),
            ("no status code", "HTTP/1.1\r\n\r\n"),
            (
                "cut in the headers",
                "HTTP/1.1 201 Created\r\ncontent-length: 5\r\n",
            ),
            (
                "cut in the body",
                "HTTP/1.1 201 Created\r\ncontent-length: 5\r\n\r\nhel",
            ),
            (
                "bad length",
                "HTTP/1.1 201 Created\r\ncontent-length: x\r\n\r\n",
            ),
        ];
        for (case, response) in cases {
            let mut reader = BufReader::new(response.as_bytes());
            assert!(read_response(&mut reader).is_err(), "{case}");
        }
    }

    #[test]
    fn the_sample_submission_is_valid_for_the_service() {
        let body: serde_json::Value =
            serde_json::from_str(&sample_submission().expect("a submission")).expect("JSON");
        let request: kommunekit_forms::SubmissionRequest =
            serde_json::from_value(body).expect("a submission request");
        let path = root().join(format!("catalog/services/{SERVICE}.json"));
        let definition = load_definition(&std::fs::read_to_string(path).expect("the service"))
            .expect("the definition");
        let journey = kommunekit_forms::Journey::new(
            &definition,
            &request.answers,
            crate::journeys::today_utc(),
        );
        assert!(journey.submission().is_ok());
    }
}
