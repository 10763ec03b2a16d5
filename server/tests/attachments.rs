//! Attachments: uploading files to a file field, checked by the field's rules and by
//! their content, and referring to them from a submission.

mod common;

use common::{content_type, pothole, submission, TestServer, PHOTO_SERVICE};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The start of a real PDF.
const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
/// The start of a real PNG.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
/// The start of a Windows program.
const EXE: &[u8] = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0";

async fn upload(
    server: &TestServer,
    service: &str,
    field: &str,
    name: &str,
    declared: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    server
        .client
        .post(server.url("/api/v1/attachments"))
        .query(&[("service", service), ("field", field), ("name", name)])
        .header("content-type", declared)
        .header("accept-language", "en")
        .body(bytes)
        .send()
        .await
        .expect("a response")
}

fn attachment_rows(server: &TestServer) -> i64 {
    server
        .db()
        .query_row("SELECT count(*) FROM attachments", [], |r| r.get(0))
        .expect("a count")
}

#[tokio::test]
async fn a_file_whose_content_is_an_allowed_kind_is_stored_and_described() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let cases = [
        (
            "skade på vejen.pdf",
            "application/pdf",
            PDF,
            "application/pdf",
        ),
        ("foto.PNG", "image/png", PNG, "image/png"),
        // A browser that does not know the type sends the generic one.
        ("foto.png", "application/octet-stream", PNG, "image/png"),
    ];
    for (name, declared, bytes, stored_type) in cases {
        let r = upload(
            &server,
            PHOTO_SERVICE,
            "photos",
            name,
            declared,
            bytes.to_vec(),
        )
        .await;
        assert_eq!(r.status(), 201, "{name}");
        let body: Value = r.json().await.expect("JSON");
        let id = body["id"].as_str().expect("an id").to_string();
        assert!(id.starts_with("att_") && id.len() == 30, "{id}");
        assert_eq!(
            body,
            json!({ "id": id, "name": name, "size": bytes.len(), "content_type": stored_type }),
            "{name}"
        );
        let stored: Vec<u8> = server
            .db()
            .query_row("SELECT data FROM attachments WHERE id = ?1", [&id], |r| {
                r.get(0)
            })
            .expect("the stored file");
        assert_eq!(stored, bytes, "{name}");
    }
    assert_eq!(attachment_rows(&server), 3);
}

#[tokio::test]
async fn a_file_that_breaks_the_rules_is_refused_with_a_problem_on_the_field() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let big = [PNG, &vec![0u8; 1024 * 1024][..]].concat();
    // (case, name, declared type, content, status, problem type, the detail mentions)
    type Case = (
        &'static str,
        &'static str,
        &'static str,
        Vec<u8>,
        u16,
        &'static str,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            "a program named .pdf",
            "kvittering.pdf",
            "application/pdf",
            EXE.to_vec(),
            415,
            "/problems/unsupported-file-type",
            "a Windows program",
        ),
        (
            "a program named .exe",
            "setup.exe",
            "application/x-msdownload",
            EXE.to_vec(),
            415,
            "/problems/unsupported-file-type",
            "setup.exe",
        ),
        (
            "a PNG named .pdf",
            "foto.pdf",
            "application/pdf",
            PNG.to_vec(),
            415,
            "/problems/unsupported-file-type",
            "a PNG image",
        ),
        (
            "an SVG named .png",
            "tegning.png",
            "image/png",
            b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".to_vec(),
            415,
            "/problems/unsupported-file-type",
            "SVG",
        ),
        (
            "an empty file",
            "tom.pdf",
            "application/pdf",
            Vec::new(),
            422,
            "/problems/empty-file",
            "empty",
        ),
        (
            "a file over the field's 1 MB",
            "stor.png",
            "image/png",
            big,
            413,
            "/problems/file-too-large",
            "1048576 bytes",
        ),
    ];
    for (case, name, declared, bytes, status, kind, mentions) in cases {
        let r = upload(&server, PHOTO_SERVICE, "photos", name, declared, bytes).await;
        assert_eq!(r.status(), status, "{case}");
        assert_eq!(content_type(&r), "application/problem+json", "{case}");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["type"], kind, "{case}");
        let detail = problem["detail"].as_str().unwrap_or("");
        assert!(detail.contains(mentions), "{case}: {detail}");
        assert_eq!(problem["errors"][0]["field"], "photos", "{case}");
        assert_eq!(problem["errors"][0]["page"], "location", "{case}");
        assert!(
            !problem["errors"][0]["message"]
                .as_str()
                .unwrap_or("")
                .is_empty(),
            "{case}"
        );
    }
    assert_eq!(attachment_rows(&server), 0);
}

#[tokio::test]
async fn the_message_for_the_citizen_follows_accept_language() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let cases = [
        ("da", "Filen skal være en PDF, PNG eller JPG"),
        (
            "en-GB,en;q=0.8",
            "The selected file must be a PDF, PNG or JPG",
        ),
    ];
    for (language, message) in cases {
        let r = server
            .client
            .post(server.url("/api/v1/attachments"))
            .query(&[
                ("service", PHOTO_SERVICE),
                ("field", "photos"),
                ("name", "a.pdf"),
            ])
            .header("content-type", "application/pdf")
            .header("accept-language", language)
            .body(EXE.to_vec())
            .send()
            .await
            .expect("a response");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["errors"][0]["message"], message, "{language}");
    }
}

#[tokio::test]
async fn an_upload_to_a_field_that_takes_no_files_or_without_its_query_is_refused() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let cases = [
        (
            "/api/v1/attachments?service=report-with-photos&field=location&name=a.pdf",
            404,
        ),
        (
            "/api/v1/attachments?service=no-such-service&field=photos&name=a.pdf",
            404,
        ),
        (
            "/api/v1/attachments?service=report-with-photos&field=photos",
            400,
        ),
        ("/api/v1/attachments", 400),
    ];
    for (path, status) in cases {
        let r = server
            .client
            .post(server.url(path))
            .header("content-type", "application/pdf")
            .body(PDF.to_vec())
            .send()
            .await
            .expect("a response");
        assert_eq!(r.status(), status, "{path}");
        assert_eq!(content_type(&r), "application/problem+json", "{path}");
    }
}

async fn photo_submission(server: &TestServer, photos: Value, key: &str) -> reqwest::Response {
    let mut answers = pothole();
    answers["photos"] = photos;
    server
        .post(
            &format!("/api/v1/services/{PHOTO_SERVICE}/submissions"),
            submission("en", answers).to_string(),
            Some(key),
        )
        .await
}

async fn uploaded(server: &TestServer, service: &str, field: &str) -> Value {
    let r = upload(
        server,
        service,
        field,
        "foto.png",
        "image/png",
        PNG.to_vec(),
    )
    .await;
    assert_eq!(r.status(), 201);
    r.json().await.expect("JSON")
}

#[tokio::test]
async fn a_submission_takes_its_attachments_and_no_other_submission_can() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let a = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let b = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let r = photo_submission(&server, json!([a, b]), "with-photos").await;
    assert_eq!(r.status(), 201);
    let receipt: Value = r.json().await.expect("a receipt");
    let taken: i64 = server
        .db()
        .query_row(
            "SELECT count(*) FROM attachments WHERE submission = ?1",
            [receipt["reference"].as_str().expect("a reference")],
            |r| r.get(0),
        )
        .expect("a count");
    assert_eq!(taken, 2);

    // The same files in another submission are refused, on the field.
    let r = photo_submission(&server, json!([a]), "again").await;
    assert_eq!(r.status(), 422);
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/unknown-attachment");
    assert_eq!(
        problem["errors"][0],
        json!({
            "field": "photos",
            "page": "location",
            "code": "attachment_unknown",
            "message": "The file could not be found. Attach it again",
        })
    );
    assert_eq!(server.rows(), 1);
}

#[tokio::test]
async fn a_submission_with_an_unknown_or_too_many_attachments_is_refused_and_stores_nothing() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let a = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let b = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let c = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let mut made_up = a.clone();
    made_up["id"] = json!("att_0000000000000000000000000a");
    let mut renamed = a.clone();
    renamed["content_type"] = json!("application/pdf");
    let cases = [
        (
            "an id the server never gave",
            json!([made_up]),
            "/problems/unknown-attachment",
        ),
        (
            "three files where two are allowed",
            json!([a, b, c]),
            "/problems/validation",
        ),
        (
            "a reference that claims another type",
            json!([renamed]),
            "/problems/unknown-attachment",
        ),
    ];
    for (i, (case, photos, kind)) in cases.into_iter().enumerate() {
        let r = photo_submission(&server, photos, &format!("refused-{i}")).await;
        assert_eq!(r.status(), 422, "{case}");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["type"], kind, "{case}");
        assert_eq!(problem["errors"][0]["field"], "photos", "{case}");
    }
    assert_eq!(server.rows(), 0);
    let taken: i64 = server
        .db()
        .query_row(
            "SELECT count(*) FROM attachments WHERE submission IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .expect("a count");
    assert_eq!(taken, 0);
}

#[tokio::test]
async fn files_never_submitted_are_deleted_once_no_draft_can_refer_to_them() {
    let server = TestServer::start_with_test_catalog(|c| c.draft_days = 30).await;
    let kept = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let r = photo_submission(&server, json!([kept]), "kept").await;
    assert_eq!(r.status(), 201);
    // Two files from 32 days ago: one submitted then, one never.
    let db = server.db();
    for (id, submission) in [
        ("att_0000000000000000000000old1", None),
        ("att_0000000000000000000000old2", Some("KK-OLD0-0000")),
    ] {
        if let Some(reference) = submission {
            db.execute(
                "INSERT INTO submissions (reference, service_id, service_version, language, \
                 answers, submitted_at, body_hash) VALUES (?1, 'x', 1, 'da', '{}', '2020-01-01T00:00:00Z', x'00')",
                [reference],
            )
            .expect("an old submission");
        }
        db.execute(
            "INSERT INTO attachments (id, service_id, field_id, name, content_type, size, sha256, \
             data, uploaded_at, submission) VALUES (?1, ?2, 'photos', 'a.png', 'image/png', 1, \
             x'00', x'00', '2020-01-01T00:00:00Z', ?3)",
            rusqlite::params![id, PHOTO_SERVICE, submission],
        )
        .expect("an old attachment");
    }
    let fresh = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let ids: Vec<String> = {
        let mut stmt = db
            .prepare("SELECT id FROM attachments ORDER BY uploaded_at")
            .expect("a statement");
        let rows = stmt.query_map([], |r| r.get(0)).expect("rows");
        rows.collect::<Result<_, _>>().expect("ids")
    };
    let mut expected = vec![
        "att_0000000000000000000000old2".to_string(),
        kept["id"].as_str().expect("an id").to_string(),
        fresh["id"].as_str().expect("an id").to_string(),
    ];
    expected[1..].sort();
    let mut got = ids.clone();
    got[1..].sort();
    assert_eq!(got, expected);
}

#[tokio::test]
async fn a_file_of_several_megabytes_within_the_fields_rules_is_stored_whole() {
    let server = TestServer::start_with_test_catalog(|c| {
        c.admin_token = Some("stored-whole-token".into());
    })
    .await;
    // Bytes that differ all the way through, so a chunk lost, doubled or out of
    // order on the way in or out shows.
    let mut pdf = PDF.to_vec();
    let mut x = 0x2545_f491_u32;
    while pdf.len() < 6 * 1024 * 1024 + 12_345 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        pdf.push(x as u8);
    }
    let r = upload(
        &server,
        PHOTO_SERVICE,
        "plans",
        "tegning.pdf",
        "application/pdf",
        pdf.clone(),
    )
    .await;
    assert_eq!(r.status(), 201);
    let body: Value = r.json().await.expect("JSON");
    assert_eq!(body["size"], pdf.len());
    let id = body["id"].as_str().expect("an id");
    let (stored, sha): (Vec<u8>, Vec<u8>) = server
        .db()
        .query_row(
            "SELECT data, sha256 FROM attachments WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the stored file");
    assert!(stored == pdf, "the database holds the file byte for byte");
    assert_eq!(
        sha,
        Sha256::digest(&pdf).to_vec(),
        "its SHA-256 is the file's"
    );

    // The municipality's download gives the same bytes, with their length.
    let r = server
        .client
        .get(server.url(&format!("/api/v1/admin/attachments/{id}")))
        .bearer_auth("stored-whole-token")
        .send()
        .await
        .expect("a response");
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["content-length"].to_str().ok(),
        Some(pdf.len().to_string().as_str())
    );
    assert_eq!(content_type(&r), "application/pdf");
    let downloaded = r.bytes().await.expect("the body");
    assert!(
        downloaded[..] == pdf[..],
        "the download is the file byte for byte"
    );

    let too_big = vec![b'%'; 10 * 1024 * 1024 + 1];
    let r = upload(
        &server,
        PHOTO_SERVICE,
        "plans",
        "stor.pdf",
        "application/pdf",
        too_big,
    )
    .await;
    assert_eq!(r.status(), 413);
}

#[tokio::test]
async fn a_file_sent_without_a_length_is_cut_off_at_the_fields_limit_and_leaves_nothing_behind() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    // The photos field takes 1 MB. Chunked, so the server only learns the size by
    // reading: it must stop there, not hold the rest.
    let addr = server.base.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("a connection");
    let head = format!(
        "POST /api/v1/attachments?service={PHOTO_SERVICE}&field=photos&name=stor.png HTTP/1.1\r\n\
         Host: {addr}\r\nContent-Type: image/png\r\nAccept-Language: en\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.expect("the head");
    let chunk = [PNG, &vec![7u8; 64 * 1024 - PNG.len()][..]].concat();
    // 64 chunks of 64 kB: 4 MB offered. The server may answer and close before the
    // end, so a refused write ends the sending.
    for _ in 0..64 {
        let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
        if stream.write_all(&framed).await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 413"),
        "{}",
        answer.lines().next().unwrap_or("")
    );
    assert!(answer.contains("/problems/file-too-large"), "{answer}");
    assert_eq!(attachment_rows(&server), 0);

    // A file that is taken is in the database; nothing else stays in the data folder.
    let r = upload(
        &server,
        PHOTO_SERVICE,
        "photos",
        "lille.png",
        "image/png",
        PNG.to_vec(),
    )
    .await;
    assert_eq!(r.status(), 201);
    let mut left: Vec<String> = std::fs::read_dir(server.data.path())
        .expect("the data folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| !n.starts_with("kommunekit.sqlite3"))
        .collect();
    left.sort();
    assert_eq!(
        left,
        Vec::<String>::new(),
        "no temporary file is left behind"
    );
}

#[tokio::test]
async fn a_file_taken_back_before_submitting_is_deleted_and_a_submitted_one_stays() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let gone = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let kept = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let r = photo_submission(&server, json!([kept]), "keeps-one").await;
    assert_eq!(r.status(), 201);
    let delete = |id: &str| {
        server
            .client
            .delete(server.url(&format!("/api/v1/attachments/{id}")))
            .send()
    };
    let gone_id = gone["id"].as_str().expect("an id");
    let kept_id = kept["id"].as_str().expect("an id");
    let cases = [
        (gone_id, 204),
        (gone_id, 404),
        (kept_id, 409),
        ("att_00000000000000000000000000", 404),
        ("not-an-id", 404),
    ];
    for (id, status) in cases {
        let r = delete(id).await.expect("a response");
        assert_eq!(r.status(), status, "{id}");
    }
    assert_eq!(attachment_rows(&server), 1);
}

#[tokio::test]
async fn a_submission_with_a_file_deleted_before_it_is_refused_on_the_field_naming_the_file() {
    let server = TestServer::start_with_test_catalog(|_| {}).await;
    let gone = uploaded(&server, PHOTO_SERVICE, "photos").await;
    let id = gone["id"].as_str().expect("an id");
    let r = server
        .client
        .delete(server.url(&format!("/api/v1/attachments/{id}")))
        .send()
        .await
        .expect("a response");
    assert_eq!(r.status(), 204);

    let r = photo_submission(&server, json!([gone]), "after-delete").await;
    assert_eq!(r.status(), 422);
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/unknown-attachment");
    assert_eq!(
        problem["errors"],
        json!([{
            "field": "photos",
            "page": "location",
            "code": "attachment_unknown",
            "message": "The file 'foto.png' is no longer on the server. Attach it again",
        }])
    );
    assert_eq!(server.rows(), 0);
}
