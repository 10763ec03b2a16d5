//! The portal's own texts in Danish and English. Service texts come from definitions.

use kommunekit_forms::Lang;

/// A text of the portal itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The portal's name.
    SelfService,
    /// The heading of the list of services.
    ServicesHeading,
    /// The start button.
    StartNow,
    /// The heading of the list of things to have at hand.
    BeforeYouStart,
    /// The continue button of a question page.
    Continue,
    /// Shown while something loads.
    Loading,
    /// The heading of a page that does not exist.
    NotFoundTitle,
    /// The body of a page that does not exist.
    NotFoundBody,
    /// A link to the front page.
    GoToFrontPage,
    /// A service could not be fetched.
    LoadFailed,
    /// The retry button.
    TryAgain,
    /// The submit button while sending.
    Sending,
    /// The submission could not be sent.
    SubmitFailed,
    /// A refused file is no longer on the server (the portal's own words, for when
    /// the server's message is in the other language).
    AttachmentGone,
    /// The service changed while the citizen answered.
    ServiceChanged,
    /// The button that fetches the new version of a service.
    LoadNewVersion,
    /// The version notice when some questions must be answered again.
    VersionNoticeAskAgain,
    /// The version notice when every answer carried over.
    VersionNoticeKept,
    /// The label of the reference number.
    YourReference,
    /// The heading of the next steps on the receipt.
    WhatHappensNext,
    /// The link that starts the service again.
    StartAgain,
    /// There is no receipt to show.
    NoReceipt,
    /// The heading of the contact column.
    Contact,
    /// Telephone.
    Phone,
    /// Email.
    Email,
    /// The accessibility statement link.
    AccessibilityStatement,
    /// The privacy link.
    Privacy,
    /// An optional question left empty.
    NotAnswered,
    /// The first, empty entry of a drop-down list.
    ChooseOption,
    /// The prefix of the page title while errors show.
    ErrorTitlePrefix,
    /// The heading above the answers on check answers.
    YourAnswers,
    /// The heading of the declaration.
    NowSend,
    /// The button that removes an item of a repeat page.
    Remove,
    /// The heading of the list of items added on a repeat page.
    AddedSoFar,
    /// The heading of the component gallery.
    Components,
    /// The introduction of the component gallery.
    GalleryIntro,
    /// The heading of a table of contents.
    Contents,
    /// The front page's link to the component gallery.
    GalleryLink,
    /// The task list page of a long form, in the page title.
    TaskListTitle,
    /// The heading above the task list.
    TaskListHeading,
    /// Under the task list, while some parts are still to do.
    TaskListNotYet,
    /// The link from a completed task list to check answers.
    CheckAndSend,
    /// The heading of a section's check-answers page.
    CheckYourAnswers,
    /// The button of a section's check-answers page, back to the task list.
    SaveAndContinue,
    /// The secondary button of a question page that saves the answers on the server.
    SaveForLater,
    /// The answers could not be saved on the server.
    SaveFailed,
    /// The heading of the page that shows the resume code.
    SavedTitle,
    /// The label of the resume code.
    YourResumeCode,
    /// Why to write the code down.
    SavedWriteDown,
    /// The heading above the resume link.
    ResumeLinkHeading,
    /// What the citizen may do after saving.
    SavedCloseNote,
    /// The link from the saved page back to the form.
    ContinueNow,
    /// The heading of the page where a resume code is entered.
    ResumeTitle,
    /// The introduction of the resume page.
    ResumeIntro,
    /// The label of the resume code field.
    ResumeCodeLabel,
    /// The hint of the resume code field.
    ResumeCodeHint,
    /// The resume code field was left empty.
    ResumeCodeMissing,
    /// The resume code does not have the form of one.
    ResumeCodeForm,
    /// No saved answers have this code, or they have expired.
    ResumeCodeUnknown,
    /// The saved answers could not be fetched.
    ResumeFailed,
    /// The start page's link to the resume page.
    ResumeStartLink,
    /// The submission waits for the network.
    Offline,
    /// The label of the address search above an address field's parts.
    AddressSearch,
    /// The hint of the address search.
    AddressSearchHint,
    /// The address search failed; the parts can still be typed.
    AddressSearchFailed,
    /// The date picker's button, before the name of the date when a page has several.
    DatePickerFor,
}

impl Msg {
    /// The text in a language.
    pub fn text(self, lang: Lang) -> &'static str {
        let (da, en) = match self {
            Msg::SelfService => ("Selvbetjening", "Self-service"),
            Msg::ServicesHeading => ("Hvad vil du gøre?", "What do you want to do?"),
            Msg::StartNow => ("Start nu", "Start now"),
            Msg::BeforeYouStart => (
                "Før du starter, skal du vide",
                "Before you start, you will need to know",
            ),
            Msg::Continue => ("Fortsæt", "Continue"),
            Msg::Loading => ("Henter …", "Loading …"),
            Msg::NotFoundTitle => ("Siden findes ikke", "Page not found"),
            Msg::NotFoundBody => (
                "Tjek at adressen er skrevet rigtigt. Er den kopieret, så tjek at du fik det hele med.",
                "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.",
            ),
            Msg::GoToFrontPage => ("Gå til forsiden", "Go to the front page"),
            Msg::LoadFailed => (
                "Vi kunne ikke hente siden. Tjek din internetforbindelse, og prøv igen.",
                "We could not load the page. Check your internet connection and try again.",
            ),
            Msg::TryAgain => ("Prøv igen", "Try again"),
            Msg::Sending => ("Sender …", "Sending …"),
            Msg::SubmitFailed => (
                "Vi kunne ikke sende dine svar. Dine svar er gemt. Prøv igen.",
                "We could not send your answers. Your answers are saved. Try again.",
            ),
            Msg::AttachmentGone => (
                "En af filerne findes ikke længere på serveren. Fjern den, og vedhæft den igen",
                "One of the files is no longer on the server. Remove it and attach it again",
            ),
            Msg::ServiceChanged => (
                "Tjenesten er blevet opdateret, mens du svarede. Hent den nye udgave: dine svar er gemt, og du får at vide, hvis du skal svare på noget igen.",
                "The service was updated while you were answering. Load the new version: your answers are saved, and you will be told if you need to answer anything again.",
            ),
            Msg::LoadNewVersion => ("Hent den nye udgave", "Load the new version"),
            Msg::VersionNoticeAskAgain => (
                "Tjenesten er blevet opdateret, siden du begyndte. Dine svar er gemt, men du skal svare på disse spørgsmål igen:",
                "The service has been updated since you started. Your answers are saved, but you need to answer these questions again:",
            ),
            Msg::VersionNoticeKept => (
                "Tjenesten er blevet opdateret, siden du begyndte. Dine svar er gemt.",
                "The service has been updated since you started. Your answers are saved.",
            ),
            Msg::YourReference => ("Dit referencenummer", "Your reference number"),
            Msg::WhatHappensNext => ("Hvad sker der nu", "What happens next"),
            Msg::StartAgain => ("Start forfra", "Start again"),
            Msg::NoReceipt => (
                "Der er ingen kvittering at vise. Hvis du har sendt dine svar, har du fået et referencenummer på skærmen.",
                "There is no receipt to show. If you sent your answers, a reference number was shown on screen.",
            ),
            Msg::Contact => ("Kontakt", "Contact"),
            Msg::Phone => ("Telefon", "Telephone"),
            Msg::Email => ("E-mail", "Email"),
            Msg::AccessibilityStatement => ("Tilgængelighedserklæring", "Accessibility statement"),
            Msg::Privacy => ("Privatlivspolitik", "Privacy notice"),
            Msg::NotAnswered => ("Ikke besvaret", "Not answered"),
            Msg::ChooseOption => ("Vælg", "Choose"),
            Msg::ErrorTitlePrefix => ("Fejl: ", "Error: "),
            Msg::YourAnswers => ("Dine svar", "Your answers"),
            Msg::NowSend => ("Send dine svar", "Now send your answers"),
            Msg::Remove => ("Fjern", "Remove"),
            Msg::AddedSoFar => ("Tilføjet indtil nu", "Added so far"),
            Msg::Components => ("Komponenter", "Components"),
            Msg::GalleryIntro => (
                "Alle komponenter i KommuneKit med deres eksempler, som de ser ud og virker i portalen. Komponenternes egne tekster følger sprogvalget.",
                "Every KommuneKit component with its examples, as they look and work in the portal. The components' own texts follow the language choice.",
            ),
            Msg::Contents => ("Indhold", "Contents"),
            Msg::GalleryLink => ("Komponenter (for designere)", "Components (for designers)"),
            Msg::TaskListTitle => ("Oversigt", "Overview"),
            Msg::TaskListHeading => ("Ansøgningens dele", "The parts of the application"),
            Msg::TaskListNotYet => (
                "Når du har udfyldt alle dele, kan du tjekke dine svar og sende.",
                "When you have completed every part, you can check your answers and send them.",
            ),
            Msg::CheckAndSend => ("Tjek dine svar og send", "Check your answers and send"),
            Msg::CheckYourAnswers => ("Tjek dine svar", "Check your answers"),
            Msg::SaveAndContinue => ("Gem og fortsæt", "Save and continue"),
            Msg::SaveForLater => (
                "Gem og fortsæt senere",
                "Save and continue later",
            ),
            Msg::SaveFailed => (
                "Vi kunne ikke gemme dine svar. Tjek din internetforbindelse, og prøv igen.",
                "We could not save your answers. Check your internet connection and try again.",
            ),
            Msg::SavedTitle => (
                "Dine svar er gemt",
                "Your answers have been saved",
            ),
            Msg::YourResumeCode => (
                "Din kode er",
                "Your code is",
            ),
            Msg::SavedWriteDown => (
                "Skriv koden ned, eller gem linket herunder. Du skal bruge koden for at fortsætte, og vi kan ikke sende den til dig igen.",
                "Write the code down, or keep the link below. You need the code to continue, and we cannot send it to you again.",
            ),
            Msg::ResumeLinkHeading => (
                "Link til at fortsætte",
                "Link to continue",
            ),
            Msg::SavedCloseNote => (
                "Når du har skrevet koden ned, kan du lukke siden.",
                "When you have written the code down, you can close the page.",
            ),
            Msg::ContinueNow => (
                "Fortsæt med at udfylde nu",
                "Continue filling in now",
            ),
            Msg::ResumeTitle => (
                "Fortsæt en ansøgning",
                "Continue an application",
            ),
            Msg::ResumeIntro => (
                "Skriv den kode, du fik, da du gemte dine svar. Så kan du fortsætte, hvor du slap.",
                "Enter the code you got when you saved your answers. Then you can continue where you left off.",
            ),
            Msg::ResumeCodeLabel => (
                "Kode",
                "Code",
            ),
            Msg::ResumeCodeHint => (
                "Koden har 12 tegn, for eksempel K7QM-3WXD-9HTP.",
                "The code has 12 characters, for example K7QM-3WXD-9HTP.",
            ),
            Msg::ResumeCodeMissing => (
                "Skriv din kode",
                "Enter your code",
            ),
            Msg::ResumeCodeForm => (
                "Koden skal have 12 tegn, for eksempel K7QM-3WXD-9HTP",
                "The code must have 12 characters, for example K7QM-3WXD-9HTP",
            ),
            Msg::ResumeCodeUnknown => (
                "Vi kan ikke finde gemte svar med den kode. Tjek koden. Gemte svar slettes, når fristen er overskredet",
                "We cannot find saved answers with that code. Check the code. Saved answers are deleted when their time is up",
            ),
            Msg::ResumeFailed => (
                "Vi kunne ikke hente dine svar. Tjek din internetforbindelse, og prøv igen",
                "We could not fetch your answers. Check your internet connection and try again",
            ),
            Msg::ResumeStartLink => (
                "Har du gemt dine svar? Fortsæt, hvor du slap",
                "Have you saved your answers? Continue where you left off",
            ),
            Msg::Offline => (
                "Du er ikke på nettet. Vi sender dine svar, så snart forbindelsen er tilbage. Luk ikke siden.",
                "You are offline. We will send your answers as soon as the connection is back. Do not close the page.",
            ),
            Msg::AddressSearch => ("Søg efter adressen", "Search for the address"),
            Msg::AddressSearchHint => (
                "Skriv vejnavn og husnummer, og vælg adressen på listen. Du kan også skrive adressen i felterne nedenfor.",
                "Type the street name and house number, and choose the address from the list. You can also type the address in the fields below.",
            ),
            Msg::AddressSearchFailed => (
                "Vi kan ikke søge efter adresser lige nu. Skriv adressen i felterne nedenfor.",
                "We cannot search for addresses right now. Type the address in the fields below.",
            ),
            Msg::DatePickerFor => ("Vælg dato i kalender:", "Choose date from calendar:"),
        };
        match lang {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// Every text, for the test that each exists in both languages.
pub const ALL: [Msg; 66] = [
    Msg::SelfService,
    Msg::ServicesHeading,
    Msg::StartNow,
    Msg::BeforeYouStart,
    Msg::Continue,
    Msg::Loading,
    Msg::NotFoundTitle,
    Msg::NotFoundBody,
    Msg::GoToFrontPage,
    Msg::LoadFailed,
    Msg::TryAgain,
    Msg::Sending,
    Msg::SubmitFailed,
    Msg::AttachmentGone,
    Msg::ServiceChanged,
    Msg::LoadNewVersion,
    Msg::VersionNoticeAskAgain,
    Msg::VersionNoticeKept,
    Msg::YourReference,
    Msg::WhatHappensNext,
    Msg::StartAgain,
    Msg::NoReceipt,
    Msg::Contact,
    Msg::Phone,
    Msg::Email,
    Msg::AccessibilityStatement,
    Msg::Privacy,
    Msg::NotAnswered,
    Msg::ChooseOption,
    Msg::ErrorTitlePrefix,
    Msg::YourAnswers,
    Msg::NowSend,
    Msg::Remove,
    Msg::AddedSoFar,
    Msg::Components,
    Msg::GalleryIntro,
    Msg::Contents,
    Msg::GalleryLink,
    Msg::TaskListTitle,
    Msg::TaskListHeading,
    Msg::TaskListNotYet,
    Msg::CheckAndSend,
    Msg::CheckYourAnswers,
    Msg::SaveAndContinue,
    Msg::SaveForLater,
    Msg::SaveFailed,
    Msg::SavedTitle,
    Msg::YourResumeCode,
    Msg::SavedWriteDown,
    Msg::ResumeLinkHeading,
    Msg::SavedCloseNote,
    Msg::ContinueNow,
    Msg::ResumeTitle,
    Msg::ResumeIntro,
    Msg::ResumeCodeLabel,
    Msg::ResumeCodeHint,
    Msg::ResumeCodeMissing,
    Msg::ResumeCodeForm,
    Msg::ResumeCodeUnknown,
    Msg::ResumeFailed,
    Msg::ResumeStartLink,
    Msg::Offline,
    Msg::AddressSearch,
    Msg::AddressSearchHint,
    Msg::AddressSearchFailed,
    Msg::DatePickerFor,
];

/// How many parts of a long form are completed, e.g. "Du har udfyldt 2 af 5 dele.".
pub fn sections_completed(done: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Da if total == 1 => format!("Du har udfyldt {done} af 1 del."),
        Lang::Da => format!("Du har udfyldt {done} af {total} dele."),
        Lang::En if total == 1 => format!("You have completed {done} of 1 part."),
        Lang::En => format!("You have completed {done} of {total} parts."),
    }
}

/// The sentence on answers that went with questions no longer asked; none for none.
pub fn removed_answers(count: usize, lang: Lang) -> Option<String> {
    match (count, lang) {
        (0, _) => None,
        (1, Lang::Da) => {
            Some("Ét svar hørte til et spørgsmål, der ikke længere stilles, og er fjernet.".into())
        }
        (1, Lang::En) => Some(
            "One answer was to a question that is no longer asked, and has been removed.".into(),
        ),
        (n, Lang::Da) => Some(format!(
            "{n} svar hørte til spørgsmål, der ikke længere stilles, og er fjernet."
        )),
        (n, Lang::En) => Some(format!(
            "{n} answers were to questions that are no longer asked, and have been removed."
        )),
    }
}

/// The page title: an error prefix while errors show, then the page, the service and
/// the municipality, separated by en dashes.
pub fn page_title(lang: Lang, has_errors: bool, parts: &[&str]) -> String {
    let body: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    let prefix = if has_errors {
        Msg::ErrorTitlePrefix.text(lang)
    } else {
        ""
    };
    format!("{prefix}{}", body.join(" – "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_portal_text_exists_in_danish_and_english() {
        for msg in ALL {
            let (da, en) = (msg.text(Lang::Da), msg.text(Lang::En));
            assert!(!da.trim().is_empty() && !en.trim().is_empty(), "{msg:?}");
            assert_ne!(da, en, "{msg:?} is not translated");
        }
    }

    #[test]
    fn the_page_title_is_prefixed_while_errors_show() {
        let parts = [
            "Hvad vil du anmelde?",
            "Anmeld skade på vej",
            "Fjordby Kommune",
        ];
        assert_eq!(
            page_title(Lang::Da, true, &parts),
            "Fejl: Hvad vil du anmelde? – Anmeld skade på vej – Fjordby Kommune"
        );
        assert_eq!(
            page_title(Lang::En, false, &["Page", "", "Fjordby Kommune"]),
            "Page – Fjordby Kommune"
        );
    }
}
