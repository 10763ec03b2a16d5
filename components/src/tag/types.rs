//! The colours of [`Tag`](super::Tag).

/// The colour of a tag. Each pairs a dark text with a light background of the same hue,
/// and the word on the tag always says what the colour means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TagColour {
    /// Neutral: received, not started.
    Grey,
    /// Done or approved.
    Green,
    /// In progress; the default.
    #[default]
    Blue,
    /// Waiting for someone else.
    Purple,
    /// Refused, rejected or urgent.
    Red,
    /// Needs the citizen's attention.
    Yellow,
}

impl TagColour {
    /// Every colour, in the order the gallery shows them.
    pub const ALL: [TagColour; 6] = [
        TagColour::Grey,
        TagColour::Green,
        TagColour::Blue,
        TagColour::Purple,
        TagColour::Red,
        TagColour::Yellow,
    ];

    /// The CSS modifier: `kk-tag--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            TagColour::Grey => "grey",
            TagColour::Green => "green",
            TagColour::Blue => "blue",
            TagColour::Purple => "purple",
            TagColour::Red => "red",
            TagColour::Yellow => "yellow",
        }
    }
}
