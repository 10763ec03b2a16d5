//! The language of the built-in texts of the components.
//!
//! The app provides the current language once with [`provide_locale`]; every component
//! reads it with [`use_locale`] and its built-in texts follow it reactively.

use leptos::prelude::*;

/// A language the components speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Danish, the default.
    #[default]
    Da,
    /// English.
    En,
}

impl Locale {
    /// Every supported language, in the order a language switch lists them.
    pub const ALL: [Locale; 2] = [Locale::Da, Locale::En];

    /// The BCP 47 language tag: `"da"` or `"en"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Da => "da",
            Locale::En => "en",
        }
    }

    /// The language of a BCP 47 tag such as `"da"`, `"da-DK"` or `"en-GB"`, if supported.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(primary))
    }

    /// The language's name in the language itself ("Dansk", "English").
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Da => "Dansk",
            Locale::En => "English",
        }
    }

    /// The visually hidden prefix of an error message, without the colon.
    pub fn error_prefix(self) -> &'static str {
        match self {
            Locale::Da => "Fejl",
            Locale::En => "Error",
        }
    }

    /// The title of the error summary.
    pub fn error_summary_title(self) -> &'static str {
        match self {
            Locale::Da => "Der er et problem",
            Locale::En => "There is a problem",
        }
    }

    /// The text of a back link.
    pub fn back(self) -> &'static str {
        match self {
            Locale::Da => "Tilbage",
            Locale::En => "Back",
        }
    }

    /// The text of the skip link.
    pub fn skip_link(self) -> &'static str {
        match self {
            Locale::Da => "Gå til indhold",
            Locale::En => "Skip to main content",
        }
    }

    /// The label of the day field of a date.
    pub fn day(self) -> &'static str {
        match self {
            Locale::Da => "Dag",
            Locale::En => "Day",
        }
    }

    /// The label of the month field of a date.
    pub fn month(self) -> &'static str {
        match self {
            Locale::Da => "Måned",
            Locale::En => "Month",
        }
    }

    /// The label of the year field of a date.
    pub fn year(self) -> &'static str {
        match self {
            Locale::Da => "År",
            Locale::En => "Year",
        }
    }

    /// The text of a change link on a check-answers page.
    pub fn change(self) -> &'static str {
        match self {
            Locale::Da => "Skift",
            Locale::En => "Change",
        }
    }

    /// The accessible name of the language navigation.
    pub fn language_nav_label(self) -> &'static str {
        match self {
            Locale::Da => "Sprog",
            Locale::En => "Language",
        }
    }

    /// The status of a task list task with nothing answered yet.
    pub fn task_not_started(self) -> &'static str {
        match self {
            Locale::Da => "Ikke startet",
            Locale::En => "Not started",
        }
    }

    /// The status of a task list task that is begun, not finished.
    pub fn task_in_progress(self) -> &'static str {
        match self {
            Locale::Da => "I gang",
            Locale::En => "In progress",
        }
    }

    /// The status of a finished task list task.
    pub fn task_completed(self) -> &'static str {
        match self {
            Locale::Da => "Udfyldt",
            Locale::En => "Completed",
        }
    }

    /// The status of a task list task that waits for another task.
    pub fn task_cannot_start_yet(self) -> &'static str {
        match self {
            Locale::Da => "Kan ikke startes endnu",
            Locale::En => "Cannot start yet",
        }
    }

    /// The word between the other options and a "none of these" option ("eller").
    pub fn or(self) -> &'static str {
        match self {
            Locale::Da => "eller",
            Locale::En => "or",
        }
    }

    /// The placeholder option of a select: the prompt to choose.
    pub fn choose(self) -> &'static str {
        match self {
            Locale::Da => "Vælg",
            Locale::En => "Choose",
        }
    }

    /// The visually hidden word that opens a warning text.
    pub fn warning(self) -> &'static str {
        match self {
            Locale::Da => "Advarsel",
            Locale::En => "Warning",
        }
    }

    /// The character count message for `remaining` characters left (negative: too many).
    pub fn characters_remaining(self, remaining: i64) -> String {
        let over = remaining < 0;
        let n = remaining.unsigned_abs();
        match (self, over) {
            (Locale::Da, false) => format!("Du har {n} tegn tilbage"),
            (Locale::Da, true) => format!("Du har {n} tegn for meget"),
            (Locale::En, false) if n == 1 => "You have 1 character remaining".to_string(),
            (Locale::En, false) => format!("You have {n} characters remaining"),
            (Locale::En, true) if n == 1 => "You have 1 character too many".to_string(),
            (Locale::En, true) => format!("You have {n} characters too many"),
        }
    }
}

/// The context value that carries the current language.
#[derive(Clone, Copy)]
struct LocaleContext(Signal<Locale>);

/// Makes `locale` the language of every component below the current owner.
pub fn provide_locale(locale: Signal<Locale>) {
    provide_context(LocaleContext(locale));
}

/// The current language: the one given to [`provide_locale`], or Danish if none was.
pub fn use_locale() -> Signal<Locale> {
    use_context::<LocaleContext>()
        .map(|LocaleContext(locale)| locale)
        .unwrap_or_else(|| Signal::stored(Locale::Da))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_is_the_default_language() {
        assert_eq!(Locale::default(), Locale::Da);
        assert_eq!(Locale::default().as_str(), "da");
        assert_eq!(Locale::En.as_str(), "en");
    }

    #[test]
    fn a_language_tag_names_its_locale_whatever_the_region() {
        let cases = [
            ("da", Some(Locale::Da)),
            ("da-DK", Some(Locale::Da)),
            ("EN", Some(Locale::En)),
            ("en_GB", Some(Locale::En)),
            ("de", None),
            ("", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Locale::from_tag(tag), expected, "{tag:?}");
        }
    }

    #[test]
    fn without_a_provided_locale_components_speak_danish() {
        let owner = Owner::new();
        owner.with(|| assert_eq!(use_locale().get_untracked(), Locale::Da));
    }

    #[test]
    fn a_provided_locale_is_used_and_followed() {
        let owner = Owner::new();
        owner.with(|| {
            let locale = RwSignal::new(Locale::En);
            provide_locale(locale.into());
            assert_eq!(use_locale().get_untracked(), Locale::En);
            locale.set(Locale::Da);
            assert_eq!(use_locale().get_untracked(), Locale::Da);
        });
    }

    #[test]
    fn character_count_messages_read_naturally_in_both_languages() {
        let cases = [
            (Locale::Da, 12, "Du har 12 tegn tilbage"),
            (Locale::Da, 1, "Du har 1 tegn tilbage"),
            (Locale::Da, 0, "Du har 0 tegn tilbage"),
            (Locale::Da, -3, "Du har 3 tegn for meget"),
            (Locale::En, 12, "You have 12 characters remaining"),
            (Locale::En, 1, "You have 1 character remaining"),
            (Locale::En, -1, "You have 1 character too many"),
            (Locale::En, -3, "You have 3 characters too many"),
        ];
        for (locale, remaining, expected) in cases {
            assert_eq!(locale.characters_remaining(remaining), expected);
        }
    }

    #[test]
    fn every_built_in_text_exists_in_both_languages_and_differs() {
        let texts = |l: Locale| {
            [
                l.error_prefix(),
                l.error_summary_title(),
                l.back(),
                l.skip_link(),
                l.day(),
                l.month(),
                l.year(),
                l.change(),
                l.language_nav_label(),
                l.native_name(),
                l.or(),
                l.choose(),
                l.warning(),
            ]
        };
        for (da, en) in texts(Locale::Da).iter().zip(texts(Locale::En)) {
            assert!(!da.is_empty() && !en.is_empty());
            assert_ne!(*da, en);
        }
    }
}
