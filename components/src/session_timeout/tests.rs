use super::*;
use crate::locale::Locale;
use crate::test_support::*;

const MINUTE: f64 = 60_000.0;

#[test]
fn the_warning_shows_only_within_its_time_before_the_end() {
    // (now, expires at, warn before, phase)
    let cases = [
        (0.0, None, 120, TimeoutPhase::Quiet),
        (0.0, Some(10.0 * MINUTE), 120, TimeoutPhase::Quiet),
        (0.0, Some(120_001.0), 120, TimeoutPhase::Quiet),
        (
            0.0,
            Some(120_000.0),
            120,
            TimeoutPhase::Warning {
                remaining_secs: 120,
            },
        ),
        (
            0.0,
            Some(59_200.0),
            120,
            TimeoutPhase::Warning { remaining_secs: 60 },
        ),
        (
            0.0,
            Some(1.0),
            120,
            TimeoutPhase::Warning { remaining_secs: 1 },
        ),
        (5.0, Some(5.0), 120, TimeoutPhase::Expired),
        (9.0, Some(5.0), 120, TimeoutPhase::Expired),
    ];
    for (now, expires_at, warn, expected) in cases {
        assert_eq!(
            TimeoutPhase::at(now, expires_at, warn),
            expected,
            "now={now} expires_at={expires_at:?} warn={warn}"
        );
    }
}

#[test]
fn the_warning_always_gives_at_least_twenty_seconds() {
    for warn in [0, 5, 19, 20] {
        assert_eq!(
            TimeoutPhase::at(0.0, Some(20_000.0), warn),
            TimeoutPhase::Warning { remaining_secs: 20 },
            "warn={warn}"
        );
        assert_eq!(
            TimeoutPhase::at(0.0, Some(21_000.0), warn),
            TimeoutPhase::Quiet
        );
    }
}

#[test]
fn the_time_left_is_announced_at_whole_minutes_and_the_last_half_minute_not_every_second() {
    let announced: Vec<u32> = (0..=180).rev().filter(|s| is_announced(*s)).collect();
    assert_eq!(announced, [180, 120, 60, 30, 20, 10]);
}

#[test]
fn the_live_region_speaks_when_the_warning_opens_and_at_announced_times_only() {
    let warn = |s| TimeoutPhase::Warning { remaining_secs: s };
    let mut said = String::new();
    let mut heard = Vec::new();
    for phase in [
        TimeoutPhase::Quiet,
        warn(95),
        warn(94),
        warn(61),
        warn(60),
        warn(59),
        warn(30),
        warn(29),
        TimeoutPhase::Quiet,
        warn(44),
    ] {
        let next = next_announcement(Locale::Da, phase, &said);
        if next != said && !next.is_empty() {
            heard.push(next.clone());
        }
        said = next;
    }
    assert_eq!(
        heard,
        [
            "Du bliver logget af om 1 minut og 35 sekunder.",
            "Du bliver logget af om 1 minut.",
            "Du bliver logget af om 30 sekunder.",
            "Du bliver logget af om 44 sekunder.",
        ]
    );
}

#[test]
fn durations_read_naturally_in_both_languages() {
    let cases = [
        (Locale::Da, 1, "1 sekund"),
        (Locale::Da, 45, "45 sekunder"),
        (Locale::Da, 60, "1 minut"),
        (Locale::Da, 61, "1 minut og 1 sekund"),
        (Locale::Da, 150, "2 minutter og 30 sekunder"),
        (Locale::En, 1, "1 second"),
        (Locale::En, 120, "2 minutes"),
        (Locale::En, 90, "1 minute and 30 seconds"),
    ];
    for (locale, secs, expected) in cases {
        assert_eq!(duration_text(locale, secs), expected);
    }
    assert_eq!(
        countdown_text(Locale::En, 20),
        "You will be signed out in 20 seconds."
    );
}

fn timeout_html(locale: Locale, now: f64) -> String {
    render_in(locale, move || {
        view! {
            <SessionTimeout
                id="st"
                expires_at=Some(90_000.0)
                warn_before_secs=120
                now=Signal::stored(now)
                on_extend=|()| {}
                on_sign_out=|()| {}
            />
        }
    })
}

#[test]
fn the_warning_is_a_modal_with_extend_then_sign_out_in_the_locale() {
    for (locale, title, extend, sign_out) in [
        (Locale::Da, "Du bliver snart logget af", "Fortsæt", "Log af"),
        (
            Locale::En,
            "You will soon be signed out",
            "Continue",
            "Sign out",
        ),
    ] {
        let html = timeout_html(locale, 0.0);
        assert!(tags(&html)[0].has_class("kk-session-timeout"));
        let dialog = by_id(&html, "st-dialog");
        assert_eq!(dialog.name, "dialog");
        assert!(dialog.has_class("kk-session-timeout__dialog"));
        assert_eq!(dialog.attr("aria-labelledby"), Some("st-dialog-title"));
        assert_eq!(text_of(&html, "st-dialog-title"), title);
        assert!(by_class(&html, "kk-modal__close").is_empty());
        assert_eq!(text_of(&html, "st-extend"), extend);
        assert_eq!(text_of(&html, "st-sign-out"), sign_out);
        assert!(by_id(&html, "st-extend").start < by_id(&html, "st-sign-out").start);
    }
}

#[test]
fn the_countdown_is_hidden_from_screen_readers_which_hear_the_polite_status_instead() {
    let html = timeout_html(Locale::Da, 0.0);
    let countdown = &by_class(&html, "kk-session-timeout__countdown")[0];
    assert_eq!(countdown.attr("aria-hidden"), Some("true"));
    assert_eq!(
        text(inner_html(&html, countdown)),
        "Du bliver logget af om 1 minut og 30 sekunder."
    );
    let status = by_id(&html, "st-status");
    assert_eq!(status.attr("role"), Some("status"));
    assert!(status.has_class("kk-visually-hidden"));
    assert_eq!(
        text_of(&html, "st-status"),
        "Du bliver logget af om 1 minut og 30 sekunder."
    );
}
