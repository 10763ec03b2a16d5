//! The read-only API: health, tenant, logo, the list of services and a definition, and
//! what any other API address answers.

mod common;

use common::{catalog, content_type, header, TestServer};
use kommunekit_forms::{load_definition, Municipality, ServiceDefinition, ServiceSummary};
use serde_json::Value;

#[tokio::test]
async fn health_answers_ok() {
    let server = TestServer::start().await;
    let r = server.get("/api/v1/health").await;
    assert_eq!(r.status(), 200);
    assert_eq!(content_type(&r), "application/json");
    assert_eq!(
        r.json::<Value>().await.expect("JSON"),
        serde_json::json!({ "status": "ok" })
    );
}

#[tokio::test]
async fn the_tenant_is_the_municipality_with_its_logo_served_by_the_api() {
    let server = TestServer::start().await;
    let r = server.get("/api/v1/tenant").await;
    assert_eq!(r.status(), 200);
    assert_eq!(content_type(&r), "application/json");
    let tenant: Municipality = r.json().await.expect("a municipality");
    let file = std::fs::read_to_string(catalog().join("municipalities/fjordby.json"))
        .expect("the tenant file");
    let mut expected: Municipality = serde_json::from_str(&file).expect("a municipality");
    expected.logo = Some("/api/v1/tenant/logo".into());
    // The webhook is the server's business: the portal never sees it.
    assert!(expected.webhook.is_some());
    expected.webhook = None;
    assert_eq!(tenant, expected);

    let logo = server.get("/api/v1/tenant/logo").await;
    assert_eq!(logo.status(), 200);
    assert_eq!(content_type(&logo), "image/svg+xml");
    let svg = logo.bytes().await.expect("the logo");
    let on_disk =
        std::fs::read(catalog().join("municipalities/fjordby-logo.svg")).expect("the logo file");
    assert_eq!(svg.as_ref(), on_disk.as_slice());
}

#[tokio::test]
async fn the_list_of_services_is_sorted_by_id_and_summarises_each() {
    let server = TestServer::start().await;
    let r = server.get("/api/v1/services").await;
    assert_eq!(r.status(), 200);
    let list: Vec<ServiceSummary> = r.json().await.expect("summaries");
    let ids: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
    let road = list
        .iter()
        .find(|s| s.id == "report-road-problem")
        .expect("the road-problem service is listed");
    assert_eq!(road.title.en, "Report a road problem");
}

#[tokio::test]
async fn a_definition_is_served_as_loaded_and_an_unknown_one_is_a_404_problem() {
    let server = TestServer::start().await;
    let r = server.get("/api/v1/services/report-road-problem").await;
    assert_eq!(r.status(), 200);
    let served: ServiceDefinition = r.json().await.expect("a definition");
    let file = std::fs::read_to_string(catalog().join("services/report-road-problem.json"))
        .expect("the definition file");
    let loaded = load_definition(&file).expect("the definition loads");
    assert_eq!(served, loaded);

    let r = server.get("/api/v1/services/no-such-service").await;
    assert_eq!(r.status(), 404);
    assert_eq!(content_type(&r), "application/problem+json");
    let problem: Value = r.json().await.expect("a problem");
    assert_eq!(problem["type"], "/problems/not-found");
    assert_eq!(problem["status"], 404);
}

#[tokio::test]
async fn an_unchanged_catalog_response_is_not_sent_again() {
    let server = TestServer::start().await;
    for path in [
        "/api/v1/tenant",
        "/api/v1/services",
        "/api/v1/services/report-road-problem",
    ] {
        let first = server.get(path).await;
        let etag = header(&first, "etag");
        assert!(!etag.is_empty(), "{path} has an ETag");
        assert_eq!(header(&first, "cache-control"), "no-cache", "{path}");
        let again = server
            .client
            .get(server.url(path))
            .header("if-none-match", &etag)
            .send()
            .await
            .expect("a response");
        assert_eq!(again.status(), 304, "{path}");
    }
}

#[tokio::test]
async fn any_other_api_address_is_a_404_problem_never_the_app() {
    let server = TestServer::start().await;
    for path in [
        "/api",
        "/api/",
        "/api/v1",
        "/api/v1/",
        "/api/v1/nothing-here",
        "/api/v1/services/report-road-problem/pages",
        "/api/v2/services",
        "/api/index.html",
    ] {
        let r = server.get(path).await;
        assert_eq!(r.status(), 404, "{path}");
        assert_eq!(content_type(&r), "application/problem+json", "{path}");
        let problem: Value = r.json().await.expect("a problem");
        assert_eq!(problem["type"], "/problems/not-found", "{path}");
    }
}

#[tokio::test]
async fn a_method_an_api_address_does_not_take_is_a_405_problem() {
    let server = TestServer::start().await;
    let r = server
        .client
        .delete(server.url("/api/v1/services"))
        .send()
        .await
        .expect("a response");
    assert_eq!(r.status(), 405);
    assert_eq!(content_type(&r), "application/problem+json");
}

#[tokio::test]
async fn every_api_response_carries_the_security_headers() {
    let server = TestServer::start().await;
    for path in [
        "/api/v1/health",
        "/api/v1/tenant/logo",
        "/api/v1/nothing-here",
    ] {
        let r = server.get(path).await;
        assert_eq!(header(&r, "x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header(&r, "referrer-policy"), "same-origin", "{path}");
        let csp = header(&r, "content-security-policy");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    }
}
