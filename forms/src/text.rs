//! Languages and texts that exist in every language the portal speaks.

use serde::{Deserialize, Serialize};

/// A language of the portal. Danish is the default.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Danish.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order they are offered.
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The BCP 47 code: `da` or `en`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The language for a BCP 47 code, if the portal speaks it.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in Danish and English. A definition must give both.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The Danish text.
    pub da: String,
    /// The English text.
    pub en: String,
}

impl Text {
    /// A text from its Danish and English versions.
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            da: da.into(),
            en: en.into(),
        }
    }

    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}
