//! The state of each chosen file, and the built-in texts of the file upload.

use crate::locale::Locale;

/// Where one chosen file is on its way to the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileStatus {
    /// Being sent: how much of it, from 0 to 100.
    Uploading {
        /// The percentage sent.
        percent: u8,
    },
    /// Received and checked by the server.
    Uploaded,
    /// Refused or failed, with the message that says why and what to do.
    Failed {
        /// The message, naming the file.
        message: String,
    },
}

impl FileStatus {
    /// The CSS modifier of the item: `kk-file-upload__item--{as_str}`.
    pub fn as_str(&self) -> &'static str {
        match self {
            FileStatus::Uploading { .. } => "uploading",
            FileStatus::Uploaded => "uploaded",
            FileStatus::Failed { .. } => "failed",
        }
    }

    /// The status as the citizen reads it (and a screen reader announces it).
    pub fn text(&self, locale: Locale) -> String {
        match (self, locale) {
            (FileStatus::Uploading { .. }, Locale::Da) => "Uploader".into(),
            (FileStatus::Uploading { .. }, Locale::En) => "Uploading".into(),
            (FileStatus::Uploaded, Locale::Da) => "Uploadet".into(),
            (FileStatus::Uploaded, Locale::En) => "Uploaded".into(),
            (FileStatus::Failed { message }, _) => message.clone(),
        }
    }
}

/// One chosen file in the list under the drop zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileItem {
    /// A key unique in the list, given back by `on_remove`.
    pub key: String,
    /// The file's name.
    pub name: String,
    /// Its size as the citizen reads it, e.g. "845 KB".
    pub size: String,
    /// Where it is on its way.
    pub status: FileStatus,
}

impl FileItem {
    /// A file item.
    pub fn new(
        key: impl Into<String>,
        name: impl Into<String>,
        size: impl Into<String>,
        status: FileStatus,
    ) -> Self {
        FileItem {
            key: key.into(),
            name: name.into(),
            size: size.into(),
            status,
        }
    }
}

/// The text in the drop zone, beside the file input.
pub fn drop_text(locale: Locale, multiple: bool) -> &'static str {
    match (locale, multiple) {
        (Locale::Da, true) => "Træk filer hertil, eller vælg dem",
        (Locale::Da, false) => "Træk en fil hertil, eller vælg den",
        (Locale::En, true) => "Drag files here, or choose them",
        (Locale::En, false) => "Drag a file here, or choose it",
    }
}

/// The visible text of a remove button; the file's name follows, visually hidden.
pub fn remove_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => "Fjern",
        Locale::En => "Remove",
    }
}

/// The heading of the list of chosen files.
pub fn list_heading(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => "Valgte filer",
        Locale::En => "Chosen files",
    }
}

/// The accessible name of a file's progress bar, e.g. "Upload af kvittering.pdf".
pub fn progress_label(locale: Locale, name: &str) -> String {
    match locale {
        Locale::Da => format!("Upload af {name}"),
        Locale::En => format!("Upload of {name}"),
    }
}
