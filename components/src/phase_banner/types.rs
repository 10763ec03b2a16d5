//! The phases of [`PhaseBanner`](super::PhaseBanner).

use crate::locale::Locale;

/// How far a service is from being finished.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Phase {
    /// A prototype tried with a few citizens.
    Alpha,
    /// Open to everyone, still being improved; the default.
    #[default]
    Beta,
}

impl Phase {
    /// The CSS modifier: `kk-phase-banner--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Alpha => "alpha",
            Phase::Beta => "beta",
        }
    }

    /// The word on the banner's tag in `locale`.
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Phase::Alpha, Locale::Da) => "Alfa",
            (Phase::Alpha, Locale::En) => "Alpha",
            (Phase::Beta, _) => "Beta",
        }
    }
}
