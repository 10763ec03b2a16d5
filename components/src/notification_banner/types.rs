//! The kinds of [`NotificationBanner`](super::NotificationBanner).

use crate::locale::Locale;

/// What a banner tells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BannerKind {
    /// Something the citizen should know before going on; the default. A landmark
    /// region named by its title.
    #[default]
    Important,
    /// The outcome of what the citizen just did. An alert, read at once.
    Success,
}

impl BannerKind {
    /// The CSS modifier: `kk-notification-banner--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            BannerKind::Important => "important",
            BannerKind::Success => "success",
        }
    }

    /// The banner's ARIA role.
    pub fn role(self) -> &'static str {
        match self {
            BannerKind::Important => "region",
            BannerKind::Success => "alert",
        }
    }

    /// The default title in `locale`.
    pub fn title(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (BannerKind::Important, Locale::Da) => "Vigtigt",
            (BannerKind::Important, Locale::En) => "Important",
            (BannerKind::Success, Locale::Da) => "Gennemført",
            (BannerKind::Success, Locale::En) => "Success",
        }
    }
}
