//! The widths and types of [`TextInput`](super::TextInput).

/// How wide an input is, to hint at the expected answer's length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum InputWidth {
    /// The full width of its container.
    #[default]
    Full,
    /// Room for about 20 characters.
    W20,
    /// Room for about 10 characters (a phone number).
    W10,
    /// Room for about 5 characters.
    W5,
    /// Room for about 4 characters (a postcode, a year).
    W4,
    /// Room for about 3 characters.
    W3,
    /// Room for about 2 characters (a day, a month).
    W2,
}

impl InputWidth {
    /// The CSS modifier: `kk-input--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            InputWidth::Full => "width-full",
            InputWidth::W20 => "width-20",
            InputWidth::W10 => "width-10",
            InputWidth::W5 => "width-5",
            InputWidth::W4 => "width-4",
            InputWidth::W3 => "width-3",
            InputWidth::W2 => "width-2",
        }
    }
}

/// The `type` of a text input. Prefer [`InputType::Text`] with `input_mode="numeric"`
/// over [`InputType::Number`] for codes and numbers that are not amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum InputType {
    /// Any text.
    #[default]
    Text,
    /// An email address.
    Email,
    /// A telephone number.
    Tel,
    /// A number.
    Number,
}

impl InputType {
    /// The value of the `type` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            InputType::Text => "text",
            InputType::Email => "email",
            InputType::Tel => "tel",
            InputType::Number => "number",
        }
    }
}
