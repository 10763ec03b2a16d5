//! Submissions in one SQLite file (WAL, `synchronous=FULL`).
//!
//! All writes go through one writer thread that commits in groups: it takes every
//! submission waiting in its queue, writes them in one transaction, commits (one
//! fsync for the group) and only then answers each of them. So a `201 Created` always
//! means durably stored, and many citizens submitting at once share the cost of the
//! sync. Reads use their own connection, off the async runtime.

use kommunekit_forms::{Lang, SubmissionReceipt};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tokio::sync::{mpsc, oneshot};

/// The file name of the database in the data folder.
pub const DATABASE_FILE: &str = "kommunekit.sqlite3";

/// The schema version this server writes (`PRAGMA user_version`).
const SCHEMA_VERSION: i64 = 2;

/// The schema, created when missing.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS submissions (
    reference       TEXT PRIMARY KEY NOT NULL,  -- KK-XXXX-XXXX
    service_id      TEXT NOT NULL,
    service_version INTEGER NOT NULL,
    language        TEXT NOT NULL,              -- da | en
    answers         TEXT NOT NULL,              -- JSON: the answers on the route taken
    submitted_at    TEXT NOT NULL,              -- RFC 3339, UTC
    idempotency_key TEXT UNIQUE,                -- the Idempotency-Key header, if any
    body_hash       BLOB NOT NULL               -- SHA-256 of service id, NUL, request body
) STRICT;

CREATE TABLE IF NOT EXISTS attachments (
    id           TEXT PRIMARY KEY NOT NULL,     -- att_ and 26 random characters
    service_id   TEXT NOT NULL,
    field_id     TEXT NOT NULL,
    name         TEXT NOT NULL,                 -- as the citizen named the file
    content_type TEXT NOT NULL,                 -- the kind its content showed
    size         INTEGER NOT NULL,
    sha256       BLOB NOT NULL,
    data         BLOB NOT NULL,
    uploaded_at  TEXT NOT NULL,                 -- RFC 3339, UTC
    submission   TEXT REFERENCES submissions (reference)  -- set when submitted
) STRICT;
CREATE INDEX IF NOT EXISTS attachments_unsubmitted ON attachments (uploaded_at)
    WHERE submission IS NULL;

CREATE TABLE IF NOT EXISTS drafts (
    id              TEXT PRIMARY KEY NOT NULL,  -- drf_ and 26 random characters
    code_hash       BLOB NOT NULL UNIQUE,       -- SHA-256 of the resume code
    service_id      TEXT NOT NULL,
    service_version INTEGER NOT NULL,
    page            TEXT NOT NULL,              -- the page to resume on
    answers         TEXT NOT NULL,              -- JSON, as the citizen left them
    created_at      TEXT NOT NULL,              -- RFC 3339, UTC
    updated_at      TEXT NOT NULL,
    expires_at      INTEGER NOT NULL            -- Unix milliseconds
) STRICT;
CREATE INDEX IF NOT EXISTS drafts_expiry ON drafts (expires_at);

CREATE TABLE IF NOT EXISTS outbox (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE REFERENCES submissions (reference),
    body            TEXT NOT NULL,              -- the JSON posted to the webhook
    state           TEXT NOT NULL,              -- pending | delivered | dead
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,           -- Unix milliseconds
    last_error      TEXT,
    created_at      TEXT NOT NULL,              -- RFC 3339, UTC
    delivered_at    TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_attempt_at);
";

/// How many submissions wait for the writer before senders wait too.
const QUEUE: usize = 4096;
/// The most submissions committed in one transaction.
const MAX_GROUP: usize = 512;
/// How many fresh reference numbers to try when one is taken.
const REFERENCE_TRIES: usize = 16;

/// Why the store cannot open or write.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data folder cannot be created.
    #[error("cannot create the data folder {}: {source}", path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The database cannot be opened or prepared.
    #[error("cannot open the database {}: {source}", path.display())]
    Open {
        /// The database file.
        path: PathBuf,
        /// Why.
        source: rusqlite::Error,
    },
    /// The file system does not allow write-ahead logging.
    #[error("the database {} cannot use write-ahead logging (journal mode is {mode}); put the data folder on a local file system", path.display())]
    NotWal {
        /// The database file.
        path: PathBuf,
        /// The journal mode SQLite kept.
        mode: String,
    },
    /// The database was written by a newer server.
    #[error("the database {} has schema version {found}, newer than this server's {SCHEMA_VERSION}; run a newer server", path.display())]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// The version found.
        found: i64,
    },
    /// A statement failed.
    #[error("database error: {0}")]
    Sqlite(Arc<rusqlite::Error>),
    /// The random source failed.
    #[error("cannot make a reference number: {0}")]
    Random(getrandom::Error),
    /// Every reference number tried was taken.
    #[error("no free reference number after {REFERENCE_TRIES} tries")]
    NoFreeReference,
    /// The writer has stopped (the server is shutting down).
    #[error("the database writer has stopped")]
    Closed,
    /// The work refused what it was asked (nothing of it was written): the answer
    /// to give.
    #[error("refused: {0}")]
    Refused(Box<crate::problem::ApiError>),
    /// A read task failed.
    #[error("a database task failed: {0}")]
    Task(String),
    /// An uploaded file could not be copied from its temporary file into the database.
    #[error("cannot copy an uploaded file into the database: {0}")]
    Upload(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(Arc::new(e))
    }
}

/// A validated submission, ready to store.
#[derive(Clone, Debug)]
pub struct NewSubmission {
    /// The reference number to use, unless it is taken.
    pub reference: String,
    /// The service id.
    pub service_id: String,
    /// The version of the definition answered.
    pub service_version: u32,
    /// The citizen's language.
    pub language: Lang,
    /// The answers on the route taken, as JSON.
    pub answers_json: String,
    /// When it was submitted, RFC 3339 in UTC.
    pub submitted_at: String,
    /// The `Idempotency-Key` header, if given.
    pub idempotency_key: Option<String>,
    /// SHA-256 of the service id, a NUL byte and the request body.
    pub body_hash: [u8; 32],
    /// The attachments the answers refer to.
    pub attachments: Vec<crate::attachments::Use>,
    /// The draft the submission completes, deleted with it.
    pub draft: Option<String>,
    /// Whether to queue the submission for forwarding to the municipality's webhook.
    pub forward: bool,
}

/// What storing a submission did.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Stored as a new row.
    Created(SubmissionReceipt),
    /// The idempotency key was seen with the same body: the first receipt, no new row.
    Replayed(SubmissionReceipt),
    /// The idempotency key was seen with a different body: nothing stored.
    KeyReused,
}

/// A stored submission, as the status endpoint shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubmissionStatus {
    /// The reference number.
    pub reference: String,
    /// The service id.
    pub service_id: String,
    /// When it was stored, RFC 3339 in UTC.
    pub submitted_at: String,
}

/// One unit of work for the writer: it runs in a savepoint of the group's
/// transaction and is answered once the group is committed (or rolled back).
trait Work: Send {
    /// Runs the work; an error rolls back this work alone.
    fn run(&mut self, tx: &mut Transaction<'_>);
    /// Answers the requester: the work's outcome once committed, or the commit error.
    fn answer(self: Box<Self>, committed: Result<(), Arc<rusqlite::Error>>);
}

struct Job<T, F> {
    work: Option<F>,
    outcome: Option<Result<T, StoreError>>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<T, F> Work for Job<T, F>
where
    T: Send,
    F: FnOnce(&Connection) -> Result<T, StoreError> + Send,
{
    fn run(&mut self, tx: &mut Transaction<'_>) {
        let Some(work) = self.work.take() else {
            return;
        };
        let outcome = match tx.savepoint() {
            Ok(savepoint) => match work(&savepoint) {
                // Dropping a savepoint rolls it back; committing releases it.
                Ok(value) => savepoint.commit().map(|()| value).map_err(StoreError::from),
                Err(e) => Err(e),
            },
            Err(e) => Err(e.into()),
        };
        self.outcome = Some(outcome);
    }

    fn answer(self: Box<Self>, committed: Result<(), Arc<rusqlite::Error>>) {
        let result = match committed {
            Ok(()) => self
                .outcome
                .unwrap_or_else(|| Err(StoreError::Task("the work was not run".into()))),
            Err(e) => Err(StoreError::Sqlite(e)),
        };
        // The requester may have gone (connection closed); what was written stays.
        let _ = self.reply.send(result);
    }
}

/// The store: cheap to clone, shared by every request.
#[derive(Clone)]
pub struct Store {
    jobs: mpsc::Sender<Box<dyn Work>>,
    reader: Arc<Mutex<Connection>>,
    dir: Arc<Path>,
}

/// The writer thread; join it after the last [`Store`] clone is gone.
pub struct Writer {
    thread: JoinHandle<()>,
}

impl Writer {
    /// Waits for the writer to commit what it has and close the database.
    pub fn join(self) {
        if self.thread.join().is_err() {
            tracing::error!("the database writer panicked");
        }
    }
}

fn open_connection(path: &Path) -> Result<Connection, StoreError> {
    let open = |source| StoreError::Open {
        path: path.to_path_buf(),
        source,
    };
    let conn = Connection::open(path).map_err(open)?;
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
        .map_err(open)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::NotWal {
            path: path.to_path_buf(),
            mode,
        });
    }
    // FULL: in WAL mode, every commit is synced to disk before it returns, so a 201
    // survives a power cut.
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(open)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(open)?;
    conn.set_prepared_statement_cache_capacity(32);
    Ok(conn)
}

impl Store {
    /// Opens (creating when missing) `kommunekit.sqlite3` in a data folder (created
    /// when missing), and starts the writer thread.
    pub fn open(data: &Path) -> Result<(Store, Writer), StoreError> {
        std::fs::create_dir_all(data).map_err(|source| StoreError::CreateDir {
            path: data.to_path_buf(),
            source,
        })?;
        let path = data.join(DATABASE_FILE);
        let open = |source| StoreError::Open {
            path: path.clone(),
            source,
        };
        let writer = open_connection(&path)?;
        let version: i64 = writer
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(open)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path,
                found: version,
            });
        }
        writer.execute_batch(SCHEMA).map_err(open)?;
        writer
            .pragma_update(None, "user_version", SCHEMA_VERSION)
            .map_err(open)?;
        let reader = open_connection(&path)?;
        reader
            .pragma_update(None, "query_only", true)
            .map_err(open)?;

        let (jobs, queue) = mpsc::channel(QUEUE);
        let thread = std::thread::Builder::new()
            .name("kk-sqlite-writer".into())
            .spawn(move || run_writer(writer, queue))
            .map_err(|e| StoreError::Task(format!("cannot start the database writer: {e}")))?;
        Ok((
            Store {
                jobs,
                reader: Arc::new(Mutex::new(reader)),
                dir: Arc::from(data),
            },
            Writer { thread },
        ))
    }

    /// Runs `work` on the writer, in a savepoint of the next group's transaction, and
    /// returns its outcome once the group is durably committed. An error of `work`
    /// rolls back what `work` wrote, and nothing else.
    pub async fn write<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Box<dyn Work> = Box::new(Job {
            work: Some(work),
            outcome: None,
            reply,
        });
        self.jobs.send(job).await.map_err(|_| StoreError::Closed)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }

    /// The data folder: the database, and files on their way into it.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Runs `read` on the read-only connection, off the async runtime.
    pub async fn read<T, F>(&self, read: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let reader = Arc::clone(&self.reader);
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock cannot leave the connection half-used in a
            // way that matters to a read, so a poisoned lock is used as it is.
            let conn = reader.lock().unwrap_or_else(|p| p.into_inner());
            read(&conn)
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Stores a submission, or finds the one stored before under the same
    /// idempotency key. Returns once the row is durably committed.
    pub async fn submit(&self, submission: NewSubmission) -> Result<Outcome, StoreError> {
        self.write(move |conn| write_submission(conn, &submission))
            .await
    }

    /// The submission with a reference number.
    pub async fn status(&self, reference: String) -> Result<Option<SubmissionStatus>, StoreError> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT reference, service_id, submitted_at FROM submissions WHERE reference = ?1",
            )?;
            let row = stmt
                .query_row([&reference], |row| {
                    Ok(SubmissionStatus {
                        reference: row.get(0)?,
                        service_id: row.get(1)?,
                        submitted_at: row.get(2)?,
                    })
                })
                .optional()?;
            Ok(row)
        })
        .await
    }
}

fn run_writer(mut conn: Connection, mut queue: mpsc::Receiver<Box<dyn Work>>) {
    let mut group: Vec<Box<dyn Work>> = Vec::with_capacity(MAX_GROUP);
    while let Some(first) = queue.blocking_recv() {
        group.push(first);
        while group.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        let committed = write_group(&mut conn, &mut group).map_err(|e| {
            tracing::error!(error = %e, jobs = group.len(), "a group of writes could not be committed");
            Arc::new(e)
        });
        for job in group.drain(..) {
            job.answer(committed.clone());
        }
    }
}

/// Runs a group in one transaction, each job in its own savepoint, and commits once
/// (one sync for the whole group).
fn write_group(conn: &mut Connection, group: &mut [Box<dyn Work>]) -> Result<(), rusqlite::Error> {
    let mut tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for job in group.iter_mut() {
        job.run(&mut tx);
    }
    tx.commit()
}

/// Stores one submission (and what goes with it: its forward in the outbox, its
/// attachments, the end of its draft).
fn write_submission(conn: &Connection, s: &NewSubmission) -> Result<Outcome, StoreError> {
    if let Some(key) = &s.idempotency_key {
        let mut find = conn.prepare_cached(
            "SELECT reference, service_id, submitted_at, body_hash FROM submissions \
             WHERE idempotency_key = ?1",
        )?;
        let seen = find
            .query_row([key], |row| {
                Ok((
                    SubmissionReceipt {
                        reference: row.get(0)?,
                        service_id: row.get(1)?,
                        submitted_at: row.get(2)?,
                    },
                    row.get::<_, Vec<u8>>(3)?,
                ))
            })
            .optional()?;
        if let Some((receipt, hash)) = seen {
            return Ok(if hash == s.body_hash {
                Outcome::Replayed(receipt)
            } else {
                Outcome::KeyReused
            });
        }
    }
    let mut insert = conn.prepare_cached(
        "INSERT INTO submissions (reference, service_id, service_version, language, \
         answers, submitted_at, idempotency_key, body_hash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING",
    )?;
    // The key is free (checked in this transaction, and only this thread writes), so
    // a conflict can only be a reference number that is taken: draw another.
    let mut reference = s.reference.clone();
    for _ in 0..REFERENCE_TRIES {
        let inserted = insert.execute(params![
            reference,
            s.service_id,
            s.service_version,
            s.language.as_str(),
            s.answers_json,
            s.submitted_at,
            s.idempotency_key,
            &s.body_hash[..],
        ])?;
        if inserted == 1 {
            let receipt = SubmissionReceipt {
                reference,
                service_id: s.service_id.clone(),
                submitted_at: s.submitted_at.clone(),
            };
            after_submission(conn, s, &receipt)?;
            return Ok(Outcome::Created(receipt));
        }
        reference = crate::reference::new_reference().map_err(StoreError::Random)?;
    }
    Err(StoreError::NoFreeReference)
}

/// What a new submission brings with it, in its own transaction.
fn after_submission(
    conn: &Connection,
    s: &NewSubmission,
    receipt: &SubmissionReceipt,
) -> Result<(), StoreError> {
    let attachments = crate::attachments::take(
        conn,
        &s.service_id,
        &receipt.reference,
        &s.attachments,
        s.language,
    )?;
    if s.forward {
        let answers: serde_json::Value = serde_json::from_str(&s.answers_json)
            .map_err(|e| StoreError::Task(format!("the answers are not JSON: {e}")))?;
        let body = serde_json::json!({
            "reference": receipt.reference,
            "service_id": s.service_id,
            "service_version": s.service_version,
            "language": s.language.as_str(),
            "submitted_at": receipt.submitted_at,
            "answers": answers,
            "attachments": attachments
                .iter()
                .map(|(field, a)| serde_json::json!({
                    "field": field,
                    "id": a.id,
                    "name": a.name,
                    "size": a.size,
                    "content_type": a.content_type,
                    "download": format!("/api/v1/admin/attachments/{}", a.id),
                }))
                .collect::<Vec<_>>(),
        });
        crate::outbox::queue(
            conn,
            &receipt.reference,
            &body.to_string(),
            crate::time::unix_millis(std::time::SystemTime::now()),
        )?;
    }
    if let Some(draft) = &s.draft {
        crate::drafts::delete_submitted(conn, draft, &s.service_id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn submission(reference: &str, key: Option<&str>, hash: u8) -> NewSubmission {
        NewSubmission {
            reference: reference.into(),
            service_id: "s".into(),
            service_version: 1,
            language: Lang::Da,
            answers_json: "{}".into(),
            submitted_at: "2026-11-27T09:00:00Z".into(),
            idempotency_key: key.map(str::to_string),
            body_hash: [hash; 32],
            attachments: Vec::new(),
            draft: None,
            forward: false,
        }
    }

    fn rows(dir: &Path) -> i64 {
        let conn = Connection::open(dir.join(DATABASE_FILE)).expect("open");
        conn.query_row("SELECT count(*) FROM submissions", [], |r| r.get(0))
            .expect("count")
    }

    #[tokio::test]
    async fn a_taken_reference_number_is_replaced_by_a_fresh_one() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, writer) = Store::open(dir.path()).expect("open");
        let first = store
            .submit(submission("KK-0000-0000", None, 1))
            .await
            .expect("stored");
        let second = store
            .submit(submission("KK-0000-0000", None, 2))
            .await
            .expect("stored");
        match (first, second) {
            (Outcome::Created(a), Outcome::Created(b)) => {
                assert_eq!(a.reference, "KK-0000-0000");
                assert_ne!(b.reference, a.reference);
                assert!(crate::reference::is_reference(&b.reference));
            }
            other => panic!("expected two new rows, got {other:?}"),
        }
        drop(store);
        writer.join();
        assert_eq!(rows(dir.path()), 2);
    }

    #[tokio::test]
    async fn submissions_sent_at_once_are_all_stored_and_a_key_only_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, writer) = Store::open(dir.path()).expect("open");
        let mut tasks = Vec::new();
        for i in 0..200u32 {
            let store = store.clone();
            let reference = crate::reference::new_reference().expect("random");
            // Every tenth shares one key and one body: one row between them.
            let key = (i % 10 == 0).then_some("shared");
            tasks.push(tokio::spawn(async move {
                store.submit(submission(&reference, key, 7)).await
            }));
        }
        let mut created = 0;
        let mut replayed = 0;
        for t in tasks {
            match t.await.expect("task").expect("stored") {
                Outcome::Created(_) => created += 1,
                Outcome::Replayed(_) => replayed += 1,
                Outcome::KeyReused => panic!("same body, same key"),
            }
        }
        assert_eq!((created, replayed), (181, 19));
        drop(store);
        writer.join();
        assert_eq!(rows(dir.path()), 181);
    }

    #[tokio::test]
    async fn a_database_from_a_newer_server_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let conn = Connection::open(dir.path().join(DATABASE_FILE)).expect("open");
        conn.pragma_update(None, "user_version", 99).expect("set");
        drop(conn);
        assert!(matches!(
            Store::open(dir.path()),
            Err(StoreError::NewerSchema { found: 99, .. })
        ));
    }
}
