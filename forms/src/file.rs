//! File fields: the rules a definition sets for uploaded files, and the checks of a
//! file's name, size and declared type that the browser makes before an upload and
//! the server makes again (the server also reads the content, see [`FileKind::sniff`]).

use crate::contract::AttachmentRef;
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// One kind of file a file field may take.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// A PDF document (`application/pdf`, `.pdf`).
    Pdf,
    /// A JPEG photo (`image/jpeg`, `.jpg` or `.jpeg`).
    Jpeg,
    /// A PNG image (`image/png`, `.png`).
    Png,
    /// A HEIC photo, as iPhones take them (`image/heic`, `.heic`).
    Heic,
}

impl FileKind {
    /// Every kind, in the order they are named to citizens.
    pub const ALL: [FileKind; 4] = [FileKind::Pdf, FileKind::Jpeg, FileKind::Png, FileKind::Heic];

    /// The name used in definitions, e.g. `pdf`.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Jpeg => "jpeg",
            FileKind::Png => "png",
            FileKind::Heic => "heic",
        }
    }

    /// The name a citizen knows the kind by, e.g. `JPG`.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Jpeg => "JPG",
            FileKind::Png => "PNG",
            FileKind::Heic => "HEIC",
        }
    }

    /// The media type a file of this kind is stored and served with.
    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
            FileKind::Heic => "image/heic",
        }
    }

    /// The file name endings of the kind, lowercase, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Jpeg => &["jpg", "jpeg"],
            FileKind::Png => &["png"],
            FileKind::Heic => &["heic"],
        }
    }

    /// The kind of a declared media type (parameters such as `; charset` ignored,
    /// case ignored), if it is one of the kinds.
    pub fn from_media_type(media_type: &str) -> Option<FileKind> {
        let essence = media_type.split(';').next()?.trim().to_ascii_lowercase();
        match essence.as_str() {
            "application/pdf" => Some(FileKind::Pdf),
            "image/jpeg" | "image/jpg" | "image/pjpeg" => Some(FileKind::Jpeg),
            "image/png" => Some(FileKind::Png),
            "image/heic" | "image/heif" => Some(FileKind::Heic),
            _ => None,
        }
    }

    /// The kind that a file name's ending names, if it is one of the kinds.
    pub fn from_name(name: &str) -> Option<FileKind> {
        let ext = extension(name)?.to_ascii_lowercase();
        FileKind::ALL
            .into_iter()
            .find(|k| k.extensions().contains(&ext.as_str()))
    }

    /// The kind that a file's first bytes show it to be (its signature), whatever its
    /// name and declared type say. 12 bytes are enough to tell.
    pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
        if bytes.starts_with(b"%PDF-") {
            return Some(FileKind::Pdf);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(FileKind::Jpeg);
        }
        if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            return Some(FileKind::Png);
        }
        let brand = bytes.get(4..12)?;
        if brand.starts_with(b"ftyp")
            && [b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"]
                .iter()
                .any(|b| &brand[4..8] == *b)
        {
            return Some(FileKind::Heic);
        }
        None
    }
}

/// The part of a file name after its last dot, if there is one and it is not the
/// whole name.
fn extension(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then_some(ext)
}

fn default_kinds() -> Vec<FileKind> {
    vec![FileKind::Pdf, FileKind::Jpeg, FileKind::Png]
}

fn default_max_size_mb() -> u32 {
    10
}

fn default_max_files() -> usize {
    1
}

/// The most megabytes a definition may allow for one file.
pub const MAX_SIZE_MB_LIMIT: u32 = 100;

/// The most files a definition may allow in one field.
pub const MAX_FILES_LIMIT: usize = 20;

/// Rules for a file field, e.g. `{"kinds": ["pdf", "jpeg", "png"], "max_size_mb": 10,
/// "max_files": 5}`. The fewest files is 1 when the field is required, else 0.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FileRules {
    /// The kinds of file allowed; PDF, JPG and PNG when not given.
    #[serde(default = "default_kinds")]
    pub kinds: Vec<FileKind>,
    /// The largest size of one file, in megabytes (1 MB = 1,048,576 bytes), from 1 to
    /// 100; 10 when not given.
    #[serde(default = "default_max_size_mb")]
    pub max_size_mb: u32,
    /// The most files the citizen may add, from 1 to 20; 1 when not given.
    #[serde(default = "default_max_files")]
    pub max_files: usize,
}

impl Default for FileRules {
    fn default() -> Self {
        FileRules {
            kinds: default_kinds(),
            max_size_mb: default_max_size_mb(),
            max_files: default_max_files(),
        }
    }
}

/// What is wrong with one file, before or after its upload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// The file is empty (0 bytes).
    Empty,
    /// The file is larger than the rules allow.
    TooLarge,
    /// The file's name or declared type is not one of the allowed kinds.
    WrongType,
}

impl FileRules {
    /// The largest size of one file, in bytes.
    pub fn max_size_bytes(&self) -> u64 {
        u64::from(self.max_size_mb) * 1024 * 1024
    }

    /// Whether a file of this name and declared media type is of an allowed kind: its
    /// declared type (when the browser gives one other than the generic
    /// `application/octet-stream`) and its name's ending (when it has one) must both
    /// name an allowed kind, and at least one of them must be given.
    pub fn allows_type(&self, name: &str, media_type: &str) -> bool {
        let declared = media_type.trim();
        let generic =
            declared.is_empty() || declared.eq_ignore_ascii_case("application/octet-stream");
        let by_type = (!generic).then(|| FileKind::from_media_type(declared));
        let by_name = extension(name.trim()).map(|_| FileKind::from_name(name.trim()));
        let allowed = |k: Option<FileKind>| k.is_some_and(|k| self.kinds.contains(&k));
        match (by_type, by_name) {
            (None, None) => false,
            (Some(t), None) => allowed(t),
            (None, Some(n)) => allowed(n),
            (Some(t), Some(n)) => allowed(t) && allowed(n),
        }
    }

    /// What is wrong with a file of a name, size in bytes and declared media type, if
    /// anything: the type first, then the size.
    pub fn check(&self, name: &str, size: u64, media_type: &str) -> Option<FileProblem> {
        if !self.allows_type(name, media_type) {
            return Some(FileProblem::WrongType);
        }
        if size == 0 {
            return Some(FileProblem::Empty);
        }
        if size > self.max_size_bytes() {
            return Some(FileProblem::TooLarge);
        }
        None
    }

    /// What is wrong with an uploaded file's reference, if anything.
    pub fn check_attachment(&self, file: &AttachmentRef) -> Option<FileProblem> {
        self.check(&file.name, file.size, &file.content_type)
    }

    /// The allowed kinds as a citizen reads them: "PDF, JPG eller PNG" /
    /// "PDF, JPG or PNG".
    pub fn kinds_text(&self, lang: Lang) -> String {
        let labels: Vec<&str> = self.kinds.iter().map(|k| k.label()).collect();
        let or = match lang {
            Lang::Da => " eller ",
            Lang::En => " or ",
        };
        match labels.split_last() {
            None => String::new(),
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{}{or}{last}", rest.join(", ")),
        }
    }

    /// The `accept` attribute of the file input: media types and endings of the kinds.
    pub fn accept(&self) -> String {
        self.kinds
            .iter()
            .flat_map(|k| {
                std::iter::once(k.media_type().to_string())
                    .chain(k.extensions().iter().map(|e| format!(".{e}")))
            })
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// A size in bytes as a citizen reads it: `845 KB`, `2,4 MB` in Danish, `2.4 MB` in
/// English (1 KB = 1,024 bytes; at least 1 KB for a non-empty file).
pub fn display_size(bytes: u64, lang: Lang) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        let kb = bytes.div_ceil(KB).max(u64::from(bytes > 0));
        return format!("{kb} KB");
    }
    // Tenths of a megabyte, rounded half up, in whole numbers: no float rounding.
    let tenths = (bytes * 10 + MB / 2) / MB;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let sep = match lang {
        Lang::Da => ',',
        Lang::En => '.',
    };
    if tenth == 0 {
        format!("{whole} MB")
    } else {
        format!("{whole}{sep}{tenth} MB")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> FileRules {
        FileRules::default()
    }

    #[test]
    fn a_file_is_allowed_when_its_declared_type_and_name_name_an_allowed_kind() {
        let cases = [
            ("kvittering.pdf", "application/pdf", true),
            ("foto.JPG", "image/jpeg", true),
            ("foto.jpeg", "", true),
            ("foto.png", "application/octet-stream", true),
            ("scan", "application/pdf", true),
            ("kvittering.exe", "application/x-msdownload", false),
            ("kvittering.exe", "application/pdf", false),
            ("kvittering.pdf", "text/html", false),
            ("foto.heic", "image/heic", false),
            ("noget", "", false),
            (".pdf", "", false),
            ("brev.PDF", "Application/PDF; charset=binary", true),
        ];
        for (name, media_type, expected) in cases {
            assert_eq!(
                rules().allows_type(name, media_type),
                expected,
                "{name} {media_type}"
            );
        }
    }

    #[test]
    fn a_file_is_checked_for_type_then_emptiness_then_size() {
        let r = FileRules {
            max_size_mb: 2,
            ..rules()
        };
        let cases = [
            ("a.pdf", 1, "application/pdf", None),
            ("a.pdf", 2 * 1024 * 1024, "application/pdf", None),
            (
                "a.pdf",
                2 * 1024 * 1024 + 1,
                "application/pdf",
                Some(FileProblem::TooLarge),
            ),
            ("a.pdf", 0, "application/pdf", Some(FileProblem::Empty)),
            ("a.exe", 0, "", Some(FileProblem::WrongType)),
            ("a.exe", u64::MAX, "", Some(FileProblem::WrongType)),
        ];
        for (name, size, media_type, expected) in cases {
            assert_eq!(r.check(name, size, media_type), expected, "{name} {size}");
        }
    }

    #[test]
    fn the_content_tells_the_kind_whatever_the_name_says() {
        let cases: [(&[u8], Option<FileKind>); 7] = [
            (b"%PDF-1.7\n", Some(FileKind::Pdf)),
            (&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], Some(FileKind::Jpeg)),
            (
                &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0],
                Some(FileKind::Png),
            ),
            (b"\0\0\0\x18ftypheic\0\0\0\0", Some(FileKind::Heic)),
            (b"MZ\x90\0", None),
            (b"<html>", None),
            (b"", None),
        ];
        for (bytes, expected) in cases {
            assert_eq!(FileKind::sniff(bytes), expected, "{bytes:?}");
        }
    }

    #[test]
    fn sizes_read_in_kilobytes_below_a_megabyte_and_tenths_of_megabytes_above() {
        let cases = [
            (0, Lang::Da, "0 KB"),
            (1, Lang::Da, "1 KB"),
            (1024, Lang::Da, "1 KB"),
            (1025, Lang::Da, "2 KB"),
            (865_280, Lang::Da, "845 KB"),
            (1024 * 1024, Lang::Da, "1 MB"),
            (2_516_582, Lang::Da, "2,4 MB"),
            (2_516_582, Lang::En, "2.4 MB"),
            (10 * 1024 * 1024 - 1, Lang::En, "10 MB"),
        ];
        for (bytes, lang, expected) in cases {
            assert_eq!(display_size(bytes, lang), expected, "{bytes}");
        }
    }

    #[test]
    fn allowed_kinds_are_listed_as_a_citizen_reads_them() {
        assert_eq!(rules().kinds_text(Lang::Da), "PDF, JPG eller PNG");
        assert_eq!(rules().kinds_text(Lang::En), "PDF, JPG or PNG");
        let one = FileRules {
            kinds: vec![FileKind::Pdf],
            ..rules()
        };
        assert_eq!(one.kinds_text(Lang::Da), "PDF");
        assert_eq!(
            rules().accept(),
            "application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png"
        );
    }

    #[test]
    fn rules_read_from_json_with_defaults() {
        let r: FileRules = serde_json::from_str(r#"{"max_files": 5}"#).unwrap();
        assert_eq!(
            r,
            FileRules {
                max_files: 5,
                ..FileRules::default()
            }
        );
        assert!(serde_json::from_str::<FileRules>(r#"{"kinds": ["exe"]}"#).is_err());
        assert!(serde_json::from_str::<FileRules>(r#"{"max_count": 2}"#).is_err());
    }
}
