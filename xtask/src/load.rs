//! The load test of `cargo xtask bench`: the reference server, built for speed, takes
//! valid submissions from this process over HTTP/1.1 keep-alive connections at
//! increasing offered rates; then the rows stored must equal the 201s sent back.

use crate::{free_port, root, run_cmd, step, tools, wait_healthy, Server};
use kommunekit_forms::load_definition;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
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
enum HttpError {
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

    /// Sends one whole request and reads the whole response; returns its status.
    fn send(&mut self, request: &[u8]) -> Result<u16, HttpError> {
        let result = self.exchange(request);
        if !matches!(result, Ok((_, true))) {
            self.stream = None;
        }
        result.map(|(status, _)| status)
    }

    /// The status, and whether the connection stays open.
    fn exchange(&mut self, request: &[u8]) -> Result<(u16, bool), HttpError> {
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

/// Reads a status line, headers and a body of Content-Length or chunked encoding.
fn read_response(reader: &mut impl BufRead) -> Result<(u16, bool), HttpError> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Err(HttpError::Io(std::io::ErrorKind::UnexpectedEof.into()));
    }
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| HttpError::Malformed(format!("status line {:?}", line.trim_end())))?;
    let (mut length, mut chunked, mut keep_alive) = (0usize, false, true);
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err(HttpError::Io(std::io::ErrorKind::UnexpectedEof.into()));
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let Some((name, value)) = header.split_once(':') else {
            return Err(HttpError::Malformed(format!("header {header:?}")));
        };
        let value = value.trim();
        match name.to_ascii_lowercase().as_str() {
            "content-length" => {
                length = value
                    .parse()
                    .map_err(|_| HttpError::Malformed(format!("content-length {value:?}")))?
            }
            "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
            "connection" => keep_alive = !value.eq_ignore_ascii_case("close"),
            _ => {}
        }
    }
    if chunked {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| HttpError::Malformed(format!("chunk size {:?}", line.trim())))?;
            // The chunk and its CRLF (after the last chunk: the empty trailer's CRLF).
            std::io::copy(&mut reader.take(size as u64 + 2), &mut std::io::sink())?;
            if size == 0 {
                break;
            }
        }
    } else {
        let read = std::io::copy(&mut reader.take(length as u64), &mut std::io::sink())?;
        if read != length as u64 {
            return Err(HttpError::Io(std::io::ErrorKind::UnexpectedEof.into()));
        }
    }
    Ok((status, keep_alive))
}

/// What one offered rate gave.
struct StepResult {
    offered: Option<u32>,
    sent: usize,
    created: usize,
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

/// Sends `count` submissions, at `rate` a second (open loop: each has its own send
/// time, kept whatever the earlier ones took) or as fast as the connections go.
fn run_step(addr: &str, body: &str, rate: Option<u32>, count: usize, tag: &str) -> StepResult {
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    type Sample = (Duration, Result<u16, String>, Instant);
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
            Ok(201) => result.created += 1,
            Ok(status) => *result.errors.entry(format!("HTTP {status}")).or_default() += 1,
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

/// Removes the data folder of the run when dropped.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Builds the reference server with `--profile server`, starts it on a free port with
/// a fresh data folder, loads it step by step and prints a table; fails when the rows
/// stored differ from the 201s sent back.
pub fn load_test() -> Result<(), String> {
    step("Building the reference server (--profile server) for the load test");
    run_cmd(
        Command::new(tools::cargo())
            .args(["build", "--profile", "server", "-p", "kommunekit-server"])
            .current_dir(root()),
    )?;
    let body = sample_submission()?;
    let data =
        TempDir(std::env::temp_dir().join(format!("kommunekit-load-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&data.0);
    let addr = format!("127.0.0.1:{}", free_port()?);
    let log_path = std::env::temp_dir().join("kommunekit-load-server.log");
    let log =
        std::fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    step(&format!(
        "Load test: {} submissions to {SERVICE} on {addr}, server log in {}",
        WARM_UP + PER_STEP * RATES.len(),
        log_path.display()
    ));
    let mut server = Server(
        Command::new(root().join("target/server/kommunekit-server"))
            .args(["--addr", &addr, "--catalog", "catalog"])
            .arg("--data")
            .arg(&data.0)
            .arg("--dist")
            .arg(data.0.join("no-dist"))
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .current_dir(root())
            .spawn()
            .map_err(|e| format!("could not start the server: {e}"))?,
    );
    wait_healthy(&addr, &mut server)?;
    let tag = format!("bench-{}", std::process::id());
    println!(
        "\nReference server under load (--profile server, SQLite WAL synchronous=FULL; \
         {CONNECTIONS} keep-alive connections from this process, {PER_STEP} submissions \
         per rate, each with its own Idempotency-Key; latency from the scheduled send time):"
    );
    println!(
        "{:>11} {:>6} {:>6} {:>11} {:>8} {:>8} {:>8}  errors",
        "offered/s", "sent", "201", "accepted/s", "p50 ms", "p99 ms", "max ms"
    );
    let warm_up = run_step(&addr, &body, None, WARM_UP, &format!("{tag}-warm-up"));
    let mut created = warm_up.created;
    for (n, rate) in RATES.iter().enumerate() {
        let result = run_step(&addr, &body, *rate, PER_STEP, &format!("{tag}-{n}"));
        println!("{}", result.row());
        created += result.created;
    }
    println!(
        "(before the table: {WARM_UP} submissions to warm up, {} of them 201)",
        warm_up.created
    );
    let rows = stored_rows(&data.0.join("kommunekit.sqlite3"))?;
    drop(server);
    if rows == created {
        println!("stored rows {rows} = 201 responses {created}: every acknowledged submission is stored, none twice");
    } else {
        return Err(format!(
            "the load test stored {rows} rows but sent back {created} 201s"
        ));
    }
    println!("forwarding: not checked, because the reference server has no forwarding outbox yet");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_is_read_to_its_end_by_content_length_or_chunks() {
        let cases: [(&str, &str, (u16, bool)); 4] = [
            (
                "content-length, keep-alive",
                "HTTP/1.1 201 Created\r\ncontent-length: 5\r\n\r\nhelloNEXT",
                (201, true),
            ),
            (
                "chunked",
                "HTTP/1.1 422 Unprocessable Entity\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\nNEXT",
                (422, true),
            ),
            (
                "connection close",
                "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\nNEXT",
                (503, false),
            ),
            (
                "no body",
                "HTTP/1.1 204 No Content\r\n\r\nNEXT",
                (204, true),
            ),
        ];
        for (case, response, expected) in cases {
            let mut reader = BufReader::new(response.as_bytes());
            assert_eq!(read_response(&mut reader).ok(), Some(expected), "{case}");
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
