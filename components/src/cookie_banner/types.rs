//! The choice, states and built-in texts of [`CookieBanner`](super::CookieBanner).

use crate::locale::Locale;

/// The citizen's answer to the question about optional cookies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CookieChoice {
    /// Optional (statistics) cookies may be used.
    Accepted,
    /// Only the necessary cookies may be used.
    Rejected,
}

impl CookieChoice {
    /// The stable name, for storing the choice: `accepted` or `rejected`.
    pub fn as_str(self) -> &'static str {
        match self {
            CookieChoice::Accepted => "accepted",
            CookieChoice::Rejected => "rejected",
        }
    }

    /// The choice named by [`CookieChoice::as_str`].
    pub fn from_name(name: &str) -> Option<CookieChoice> {
        [CookieChoice::Accepted, CookieChoice::Rejected]
            .into_iter()
            .find(|c| c.as_str() == name)
    }

    /// Whether optional cookies may be set. Without a choice, they may not.
    pub fn allows_optional(choice: Option<CookieChoice>) -> bool {
        choice == Some(CookieChoice::Accepted)
    }
}

/// What the banner shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerState {
    /// The question with its two buttons.
    Asking,
    /// The confirmation of the choice just made, with a button to hide it.
    Confirmed(CookieChoice),
    /// Nothing: the choice was made before, or the confirmation was hidden.
    Hidden,
}

impl BannerState {
    /// The state when the page opens: asking only if no choice is stored.
    pub fn initial(stored: Option<CookieChoice>) -> BannerState {
        match stored {
            None => BannerState::Asking,
            Some(_) => BannerState::Hidden,
        }
    }
}

/// The built-in texts of the banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CookieTexts {
    /// The start of the heading, before the service's name: "Cookies på".
    pub heading_prefix: &'static str,
    /// What cookies are used and which the citizen may choose.
    pub body: &'static str,
    /// Accept the optional cookies.
    pub accept: &'static str,
    /// Reject the optional cookies.
    pub reject: &'static str,
    /// The link to the cookie page.
    pub view: &'static str,
    /// The button that hides the confirmation.
    pub hide: &'static str,
    /// The confirmation after accepting, before the link.
    pub accepted: &'static str,
    /// The confirmation after rejecting, before the link.
    pub rejected: &'static str,
    /// The link text in the confirmation.
    pub change: &'static str,
}

impl CookieTexts {
    /// The texts in `locale`.
    pub fn of(locale: Locale) -> CookieTexts {
        match locale {
            Locale::Da => CookieTexts {
                heading_prefix: "Cookies på",
                body: "Vi bruger nødvendige cookies, så selvbetjeningen virker. Vi vil også \
                       gerne bruge statistikcookies, så vi kan se, hvordan du bruger den, og \
                       gøre den bedre. Dem sætter vi kun, hvis du siger ja.",
                accept: "Accepter statistikcookies",
                reject: "Afvis statistikcookies",
                view: "Læs om cookies",
                hide: "Skjul beskeden",
                accepted: "Du har accepteret statistikcookies.",
                rejected: "Du har afvist statistikcookies.",
                change: "Du kan ændre dine cookieindstillinger når som helst",
            },
            Locale::En => CookieTexts {
                heading_prefix: "Cookies on",
                body: "We use necessary cookies to make this service work. We would also like \
                       to use statistics cookies to see how you use it and make it better. We \
                       only set them if you say yes.",
                accept: "Accept statistics cookies",
                reject: "Reject statistics cookies",
                view: "View cookies",
                hide: "Hide this message",
                accepted: "You have accepted statistics cookies.",
                rejected: "You have rejected statistics cookies.",
                change: "You can change your cookie settings at any time",
            },
        }
    }
}
