//! Accessible design-system components for KommuneKit.
//!
//! The components follow the patterns of GOV.UK Frontend and the Danish common design
//! system: ids `{id}-hint` and `{id}-error`, `aria-describedby` hint then error, a
//! visually hidden "Fejl:"/"Error:" prefix, an error summary that takes focus and links
//! to the fields, fieldset and legend for groups, and visible focus everywhere.
//!
//! Every component has its own folder with the component (`mod.rs`), its data types
//! (`types.rs`), named examples (`examples.rs`) and markup tests (`tests.rs`), and its own
//! stylesheet `style/components/<kebab-name>.css` with the root class `.kk-<kebab-name>`.
//! Colours, spacing, type and focus come only from the `--kk-*` custom properties in
//! `style/tokens.css`, so a municipality themes the portal by overriding tokens.
//!
//! Built-in texts (error prefix, error summary title, date part labels, ...) follow the
//! [`Locale`] provided with [`provide_locale`] and switch language live.
#![deny(missing_docs)]

pub mod accordion;
pub mod back_to_top;
pub mod breadcrumbs;
mod classes;
mod dom;
pub use dom::focus_from_script;
pub mod example;
pub mod ids;
pub mod locale;

pub mod back_link;
pub mod button;
pub mod checkboxes;
pub mod combobox;
pub mod cookie_banner;
pub mod date_input;
pub mod date_picker;
pub mod details;
pub mod error_message;
pub mod error_summary;
pub mod fieldset;
pub mod file_upload;
pub mod footer;
pub mod header;
pub mod hint;
pub mod inset_text;
pub mod label;
pub mod language_switch;
pub mod modal;
pub mod notification_banner;
pub mod pagination;
pub mod panel;
pub mod phase_banner;
pub mod radios;
pub mod select;
pub mod service_navigation;
pub mod session_timeout;
pub mod skip_link;
pub mod spinner;
pub mod step_indicator;
pub mod summary_card;
pub mod summary_list;
pub mod table;
pub mod tabs;
pub mod tag;
pub mod task_list;
pub mod text_input;
pub mod textarea;
pub mod warning_text;

#[cfg(test)]
mod test_support;

pub use accordion::{Accordion, AccordionItem, HeadingLevel};
pub use back_link::BackLink;
pub use back_to_top::BackToTop;
pub use breadcrumbs::{BreadcrumbItem, Breadcrumbs, BreadcrumbsTone};
pub use button::{Button, ButtonType, ButtonVariant, ClickGuard};
pub use checkboxes::{CheckboxItem, Checkboxes};
pub use combobox::{Combobox, ComboboxItem, ComboboxSearch, LookupFailed};
pub use cookie_banner::{CookieBanner, CookieChoice};
pub use date_input::{DateInput, DatePart, DateValue};
pub use date_picker::{CalendarDate, DatePicker};
pub use details::Details;
pub use error_message::ErrorMessage;
pub use error_summary::{ErrorItem, ErrorSummary};
pub use example::{all_examples, Example};
pub use fieldset::Fieldset;
pub use file_upload::{FileItem, FileStatus, FileUpload};
pub use footer::Footer;
pub use header::Header;
pub use hint::Hint;
pub use inset_text::InsetText;
pub use label::Label;
pub use language_switch::LanguageSwitch;
pub use locale::{provide_locale, use_locale, Locale};
pub use modal::Modal;
pub use notification_banner::{BannerKind, NotificationBanner};
pub use pagination::{PageItem, PageLink, Pagination};
pub use panel::Panel;
pub use phase_banner::{Phase, PhaseBanner};
pub use radios::{RadioItem, Radios, RadiosLayout};
pub use select::{Select, SelectItem};
pub use service_navigation::{MenuState, ServiceNavItem, ServiceNavigation};
pub use session_timeout::{SessionTimeout, TimeoutPhase};
pub use skip_link::SkipLink;
pub use spinner::{Spinner, SpinnerSize};
pub use step_indicator::{StepIndicator, StepItem, StepStatus};
pub use summary_card::{CardAction, SummaryCard};
pub use summary_list::{SummaryAction, SummaryList, SummaryRow};
pub use table::{CaptionSize, SortDirection, SortKey, Table, TableCell, TableColumn, TableRow};
pub use tabs::{TabItem, TabMove, Tabs};
pub use tag::{Tag, TagColour};
pub use task_list::{TaskItem, TaskList, TaskStatus};
pub use text_input::{InputType, InputWidth, TextInput};
pub use textarea::{CharacterCount, Textarea};
pub use warning_text::WarningText;
