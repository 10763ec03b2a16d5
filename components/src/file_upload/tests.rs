use super::*;
use crate::locale::Locale;
use crate::test_support::*;

type Files = Vec<web_sys::File>;

fn upload_html(
    locale: Locale,
    error: Option<&'static str>,
    multiple: bool,
    items: Vec<FileItem>,
) -> String {
    render_in(locale, move || {
        view! {
            <FileUpload
                id="docs"
                label="Dokumentation"
                hint=Some("Vælg PDF, JPG eller PNG".to_string())
                error=error.map(str::to_string)
                accept="application/pdf,.pdf"
                multiple=multiple
                items=items
                on_select=|_: Files| {}
                on_remove=|_: String| {}
            />
        }
    })
}

fn items() -> Vec<FileItem> {
    vec![
        FileItem::new("a", "kvittering.pdf", "845 KB", FileStatus::Uploaded),
        FileItem::new(
            "b",
            "foto.jpg",
            "2,4 MB",
            FileStatus::Uploading { percent: 40 },
        ),
        FileItem::new(
            "c",
            "kvittering.exe",
            "12 KB",
            FileStatus::Failed {
                message: "'kvittering.exe' er ikke en tilladt filtype.".into(),
            },
        ),
    ]
}

#[test]
fn the_input_is_a_real_file_input_labelled_and_described_by_hint_then_error() {
    let html = upload_html(Locale::Da, Some("Vælg en fil"), true, Vec::new());
    let input = by_id(&html, "docs");
    assert_eq!(input.name, "input");
    assert_eq!(input.attr("type"), Some("file"));
    assert_eq!(input.attr("name"), Some("docs"));
    assert_eq!(input.attr("accept"), Some("application/pdf,.pdf"));
    assert!(input.attr("multiple").is_some());
    assert_eq!(input.attr("aria-describedby"), Some("docs-hint docs-error"));
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    let label = by_name(&html, "label")
        .into_iter()
        .find(|l| l.attr("for") == Some("docs"));
    assert!(label.is_some(), "the input has a label");
    assert!(text_of(&html, "docs-error").contains("Fejl:"));
}

#[test]
fn one_file_is_asked_for_without_the_multiple_attribute() {
    let html = upload_html(Locale::En, None, false, Vec::new());
    let input = by_id(&html, "docs");
    assert_eq!(input.attr("multiple"), None);
    assert_eq!(input.attr("aria-invalid"), None);
    assert_eq!(input.attr("aria-describedby"), Some("docs-hint"));
    assert!(text(&html).contains("Drag a file here, or choose it"));
}

#[test]
fn the_input_sits_in_a_visible_drop_zone() {
    let html = upload_html(Locale::Da, None, true, Vec::new());
    let zone = by_class(&html, "kk-file-upload__drop-zone");
    assert_eq!(zone.len(), 1);
    let input = by_id(&html, "docs");
    assert!(zone[0].start < input.start);
    assert!(text(&html).contains("Træk filer hertil, eller vælg dem"));
}

#[test]
fn each_remove_button_names_its_file_in_hidden_text() {
    let html = upload_html(Locale::Da, None, true, items());
    let buttons = by_class(&html, "kk-file-upload__remove");
    assert_eq!(buttons.len(), 3);
    for (button, name) in buttons
        .iter()
        .zip(["kvittering.pdf", "foto.jpg", "kvittering.exe"])
    {
        assert_eq!(button.attr("type"), Some("button"));
        let inner = inner_html(&html, button);
        assert!(inner.contains("Fjern"), "{inner}");
        assert!(
            inner.contains(&format!(
                "<span class=\"kk-visually-hidden\"> {name}</span>"
            )),
            "{inner}"
        );
    }
    let en = upload_html(Locale::En, None, true, items());
    assert!(inner_html(&en, &by_class(&en, "kk-file-upload__remove")[0]).contains("Remove"));
}

#[test]
fn each_file_shows_its_size_and_status_and_an_upload_its_progress() {
    let html = upload_html(Locale::Da, None, true, items());
    assert!(text_of(&html, "docs-file-a").contains("845 KB"));
    assert!(text_of(&html, "docs-file-a-status").contains("Uploadet"));
    let bars = by_class(&html, "kk-file-upload__progress");
    assert_eq!(bars.len(), 1, "only the file being uploaded has a bar");
    assert_eq!(bars[0].attr("max"), Some("100"));
    assert_eq!(bars[0].attr("value"), Some("40"));
    assert_eq!(bars[0].attr("aria-label"), Some("Upload af foto.jpg"));
    assert!(text_of(&html, "docs-file-b-status").contains("Uploader"));
}

#[test]
fn a_failed_file_shows_its_error_with_the_hidden_prefix() {
    let html = upload_html(Locale::Da, None, true, items());
    let status = by_id(&html, "docs-file-c-status");
    assert!(status.has_class("kk-file-upload__status--error"));
    assert_eq!(
        text_of(&html, "docs-file-c-status"),
        "Fejl: 'kvittering.exe' er ikke en tilladt filtype."
    );
    assert!(by_id(&html, "docs-file-c").has_class("kk-file-upload__item--failed"));
}

#[test]
fn the_list_is_hidden_until_a_file_is_chosen_and_then_labelled() {
    let empty = upload_html(Locale::Da, None, true, Vec::new());
    let list = &by_class(&empty, "kk-file-upload__list")[0];
    assert!(list.attr("hidden").is_some());
    let html = upload_html(Locale::Da, None, true, items());
    let list = &by_class(&html, "kk-file-upload__list")[0];
    assert_eq!(list.attr("hidden"), None);
    assert_eq!(list.attr("aria-labelledby"), Some("docs-files"));
    assert_eq!(text_of(&html, "docs-files"), "Valgte filer");
}
