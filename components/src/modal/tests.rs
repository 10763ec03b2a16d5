use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn modal_html(locale: Locale, close_button: bool) -> String {
    render_in(locale, move || {
        view! {
            <Modal
                id="m"
                title="Vil du slette filen?"
                open=false
                on_close=|()| {}
                close_button=close_button
                class="extra"
            >
                <p id="m-body">"Filen fjernes."</p>
            </Modal>
        }
    })
}

#[test]
fn the_dialog_is_a_modal_named_by_its_title() {
    let html = modal_html(Locale::Da, true);
    let dialog = by_id(&html, "m");
    assert_eq!(dialog.name, "dialog");
    assert_eq!(dialog.attr("class"), Some("kk-modal extra"));
    assert_eq!(dialog.attr("role"), Some("dialog"));
    assert_eq!(dialog.attr("aria-modal"), Some("true"));
    assert_eq!(dialog.attr("aria-labelledby"), Some("m-title"));
    let title = by_id(&html, "m-title");
    assert_eq!(title.name, "h2");
    assert!(title.has_class("kk-modal__title"));
    assert_eq!(text_of(&html, "m-title"), "Vil du slette filen?");
}

#[test]
fn a_closed_dialog_is_rendered_without_the_open_attribute() {
    let html = modal_html(Locale::Da, true);
    assert_eq!(by_id(&html, "m").attr("open"), None);
}

#[test]
fn the_title_comes_before_the_content() {
    let html = modal_html(Locale::Da, true);
    let body = &by_class(&html, "kk-modal__body")[0];
    assert!(by_id(&html, "m-title").start < body.start);
    assert!(body.start < by_id(&html, "m-body").start);
}

#[test]
fn the_close_button_speaks_the_locale_and_can_be_left_out() {
    for (locale, close_button, expected) in [
        (Locale::Da, true, Some("Luk")),
        (Locale::En, true, Some("Close")),
        (Locale::Da, false, None),
    ] {
        let html = modal_html(locale, close_button);
        let close = by_class(&html, "kk-modal__close");
        let found = close.first().map(|b| {
            assert_eq!(b.name, "button");
            assert_eq!(b.attr("type"), Some("button"));
            text(inner_html(&html, b))
        });
        assert_eq!(found.as_deref(), expected, "{locale:?}");
    }
}

#[test]
fn tab_wraps_at_the_ends_and_is_left_alone_in_between() {
    // (focusable elements, focused position, Shift held, where focus must go)
    let cases = [
        (3, Some(2), false, Some(0)),
        (3, Some(0), true, Some(2)),
        (3, Some(1), false, None),
        (3, Some(1), true, None),
        (3, Some(0), false, None),
        (3, Some(2), true, None),
        (3, None, false, Some(0)),
        (3, None, true, Some(2)),
        (1, Some(0), false, Some(0)),
        (1, Some(0), true, Some(0)),
        (0, None, false, None),
    ];
    for (count, current, backwards, expected) in cases {
        assert_eq!(
            trapped_focus(count, current, backwards),
            expected,
            "count={count} current={current:?} backwards={backwards}"
        );
    }
}
