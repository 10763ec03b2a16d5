//! A webhook receiver for the load test: it checks the HMAC-SHA256 signature of every
//! forward the reference server delivers and keeps the reference numbers it got.

use crate::load::{read_message, HttpError};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashSet;
use std::io::{BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The header with the signature: `sha256=<hex of HMAC-SHA256 of "{timestamp}.{body}">`.
const SIGNATURE_HEADER: &str = "x-kommunekit-signature";
/// The header with the Unix time the signature covers.
const TIMESTAMP_HEADER: &str = "x-kommunekit-timestamp";
/// The header with the reference number of the submission.
const DELIVERY_HEADER: &str = "x-kommunekit-delivery";

/// What the receiver has seen.
#[derive(Default)]
struct Seen {
    /// Reference numbers of the deliveries with a valid signature.
    delivered: Mutex<HashSet<String>>,
    /// Every request, repeats included.
    requests: AtomicUsize,
    /// Requests whose signature was missing or wrong.
    bad_signatures: AtomicUsize,
}

/// A receiver on a free port of 127.0.0.1; it stops accepting when dropped.
pub struct Receiver {
    addr: SocketAddr,
    seen: Arc<Seen>,
    stop: Arc<AtomicBool>,
}

/// `sha256=<hex>` of `{timestamp}.{body}`.
pub fn signature(secret: &[u8], timestamp: &str, body: &[u8]) -> Option<String> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).ok()?;
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some(format!("sha256={hex}"))
}

impl Receiver {
    /// Starts accepting deliveries signed with `secret`.
    pub fn start(secret: Vec<u8>) -> std::io::Result<Receiver> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let seen = Arc::new(Seen::default());
        let stop = Arc::new(AtomicBool::new(false));
        let secret = Arc::new(secret);
        let (seen_, stop_) = (seen.clone(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (seen, secret) = (seen_.clone(), secret.clone());
                std::thread::spawn(move || {
                    // A connection that breaks off is the sender's to retry.
                    let _ = serve(stream, &secret, &seen);
                });
            }
        });
        Ok(Receiver { addr, seen, stop })
    }

    /// The webhook address to configure.
    pub fn url(&self) -> String {
        format!("http://{}/kommunekit", self.addr)
    }

    /// How many of `references` were delivered with a valid signature.
    pub fn delivered_of(&self, references: &[String]) -> usize {
        let delivered = match self.seen.delivered.lock() {
            Ok(d) => d,
            Err(poisoned) => poisoned.into_inner(),
        };
        references
            .iter()
            .filter(|r| delivered.contains(r.as_str()))
            .count()
    }

    /// Every request received, repeats included.
    pub fn requests(&self) -> usize {
        self.seen.requests.load(Ordering::Relaxed)
    }

    /// Requests with a missing or wrong signature.
    pub fn bad_signatures(&self) -> usize {
        self.seen.bad_signatures.load(Ordering::Relaxed)
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wakes the accepting thread so that it sees the flag.
        let _ = TcpStream::connect(self.addr);
    }
}

/// Answers every request of one connection: 204 for a delivery with a valid
/// signature (recorded), 401 for any other.
fn serve(stream: TcpStream, secret: &[u8], seen: &Seen) -> Result<(), HttpError> {
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    while let Some(message) = read_message(&mut reader)? {
        seen.requests.fetch_add(1, Ordering::Relaxed);
        let timestamp = message.header(TIMESTAMP_HEADER).unwrap_or("");
        let valid = !timestamp.is_empty()
            && signature(secret, timestamp, &message.body).as_deref()
                == message.header(SIGNATURE_HEADER);
        let reference = message.header(DELIVERY_HEADER).unwrap_or("");
        let status = if valid && !reference.is_empty() {
            let mut delivered = match seen.delivered.lock() {
                Ok(d) => d,
                Err(poisoned) => poisoned.into_inner(),
            };
            delivered.insert(reference.to_string());
            "204 No Content"
        } else {
            seen.bad_signatures.fetch_add(1, Ordering::Relaxed);
            "401 Unauthorized"
        };
        writer.write_all(format!("HTTP/1.1 {status}\r\ncontent-length: 0\r\n\r\n").as_bytes())?;
        if !message.keep_alive() {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::read_message;
    use std::io::BufReader;

    fn post(addr: &str, headers: &[(&str, &str)], body: &str) -> String {
        let mut stream = TcpStream::connect(addr).expect("the receiver");
        let mut request = format!("POST /kommunekit HTTP/1.1\r\nhost: {addr}\r\n");
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str(&format!("content-length: {}\r\n\r\n{body}", body.len()));
        stream.write_all(request.as_bytes()).expect("sent");
        let mut reader = BufReader::new(stream);
        read_message(&mut reader)
            .ok()
            .flatten()
            .map(|m| m.first_line)
            .unwrap_or_default()
    }

    #[test]
    fn a_delivery_counts_only_with_the_signature_of_its_timestamp_and_body() {
        let secret = b"a-webhook-secret-of-at-least-32-bytes".to_vec();
        let receiver = Receiver::start(secret.clone()).expect("a receiver");
        let addr = receiver.addr.to_string();
        let body = r#"{"reference":"KK-AAAA-BBBB"}"#;
        let good = signature(&secret, "1795737600", body.as_bytes()).expect("a signature");
        let other = signature(&secret, "1795737601", body.as_bytes()).expect("a signature");
        let cases = [
            (
                "signed right",
                "KK-AAAA-BBBB",
                "1795737600",
                good.as_str(),
                "204",
            ),
            (
                "signed for another time",
                "KK-CCCC-DDDD",
                "1795737600",
                other.as_str(),
                "401",
            ),
            (
                "signed with nothing",
                "KK-EEEE-FFFF",
                "1795737600",
                "",
                "401",
            ),
        ];
        for (case, reference, timestamp, sig, status) in cases {
            let headers = [
                (DELIVERY_HEADER, reference),
                (TIMESTAMP_HEADER, timestamp),
                (SIGNATURE_HEADER, sig),
            ];
            let line = post(&addr, &headers, body);
            assert!(line.contains(status), "{case}: {line}");
        }
        let all: Vec<String> = ["KK-AAAA-BBBB", "KK-CCCC-DDDD", "KK-EEEE-FFFF"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            (
                receiver.delivered_of(&all),
                receiver.requests(),
                receiver.bad_signatures()
            ),
            (1, 3, 2)
        );
    }
}
