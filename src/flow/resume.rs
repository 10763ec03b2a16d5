//! Save and return: "save and continue later" on every question page stores the
//! answers as a draft on the server and shows the resume code; the resume page (or the
//! resume link, with the code in its fragment) brings every answer and the page back,
//! carried over to the current version of the service when it has changed.

use super::{navigate_to, page_cancel, step_href, today, DroppedAnswers, FlowState};
use crate::api::{self, ApiError, Cancel};
use crate::app::use_portal;
use crate::draft::{self, Draft, SavedOnServer};
use crate::i18n::Msg;
use crate::paths::{self, CHECK_ANSWERS_STEP, RESUME_STEP, SAVED_STEP};
use kommunekit_components::{
    BackLink, Button, ButtonType, ButtonVariant, ErrorItem, ErrorSummary, InputWidth, Panel,
    TextInput,
};
use kommunekit_forms::contract::{Draft as ServerDraft, DraftRequest};
use kommunekit_forms::{long_date, Date, Lang, CHECK_ANSWERS};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The id of the "save and continue later" button, the target of its error.
pub(super) const SAVE_BUTTON_ID: &str = "save-for-later";
/// The id of the resume code field.
pub(super) const CODE_FIELD_ID: &str = "resume-code";

/// Why the answers could not be saved on the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SaveFailure {
    /// The network or the server failed; the answers are still in this tab.
    Failed,
    /// The service changed version while the citizen answered.
    Changed,
    /// The saved answers are locked after too many wrong codes (`429` with a
    /// `Retry-After`): wait this many minutes. The answers are still in this tab.
    Locked(u32),
}

impl SaveFailure {
    /// The failure of a save call; `None` when the page was left.
    fn of(error: &ApiError) -> Option<SaveFailure> {
        Some(match error {
            ApiError::Cancelled => return None,
            ApiError::Conflict(_) => SaveFailure::Changed,
            // The server's only `429` on a draft's address is the lock after wrong
            // codes, from this client or against this draft; its wait is too long to
            // sit out on the page, so the citizen is told how long it is.
            ApiError::Unavailable {
                status: 429,
                retry_after_s: Some(s),
            } => SaveFailure::Locked(s.div_ceil(60).max(1)),
            _ => SaveFailure::Failed,
        })
    }

    /// The message, in the error summary.
    pub(super) fn message(self, lang: Lang) -> String {
        match self {
            SaveFailure::Failed => Msg::SaveFailed.text(lang).into(),
            SaveFailure::Changed => Msg::ServiceChanged.text(lang).into(),
            SaveFailure::Locked(minutes) => draft_locked(minutes, lang),
        }
    }

    /// The error summary's entry, pointing at the save button.
    pub(super) fn item(self, lang: Lang) -> ErrorItem {
        ErrorItem::new(SAVE_BUTTON_ID, self.message(lang))
    }
}

/// The message when the saved answers are locked after too many wrong codes, with
/// the wait in whole minutes.
fn draft_locked(minutes: u32, lang: Lang) -> String {
    let wait = match (lang, minutes) {
        (Lang::Da, 1) => "1 minut".to_string(),
        (Lang::Da, m) => format!("{m} minutter"),
        (Lang::En, 1) => "1 minute".to_string(),
        (Lang::En, m) => format!("{m} minutes"),
    };
    match lang {
        Lang::Da => format!(
            "Dine gemte svar er låst i et stykke tid, fordi der er skrevet en forkert kode for mange gange. Du mister ikke noget: dine svar er stadig her i browseren. Prøv igen om {wait}."
        ),
        Lang::En => format!(
            "Your saved answers are locked for a while, because a wrong code was entered too many times. You lose nothing: your answers are still here in the browser. Try again in {wait}."
        ),
    }
}

/// What is wrong with a resume code the citizen entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CodeProblem {
    /// Nothing entered.
    Missing,
    /// Not 12 letters and digits.
    Form,
    /// No saved answers have this code, or they have expired.
    Unknown,
    /// Too many wrong codes: wait this many minutes.
    TooMany(u32),
    /// The network or the server failed.
    Failed,
}

impl CodeProblem {
    /// The message, the same in the error summary and at the field.
    pub(super) fn message(self, lang: Lang) -> String {
        match self {
            CodeProblem::Missing => Msg::ResumeCodeMissing.text(lang).into(),
            CodeProblem::Form => Msg::ResumeCodeForm.text(lang).into(),
            CodeProblem::Unknown => Msg::ResumeCodeUnknown.text(lang).into(),
            CodeProblem::TooMany(minutes) => too_many_codes(minutes, lang),
            CodeProblem::Failed => Msg::ResumeFailed.text(lang).into(),
        }
    }

    /// The problem of a failed resume call; `None` when the page was left.
    fn of(error: &ApiError) -> Option<CodeProblem> {
        Some(match error {
            ApiError::Cancelled => return None,
            ApiError::NotFound | ApiError::Status(400) | ApiError::Invalid(_) => {
                CodeProblem::Unknown
            }
            ApiError::Unavailable {
                status: 429,
                retry_after_s,
            } => CodeProblem::TooMany(retry_after_s.unwrap_or(60).div_ceil(60).max(1)),
            _ => CodeProblem::Failed,
        })
    }
}

/// The message after too many wrong codes, with the wait in whole minutes.
fn too_many_codes(minutes: u32, lang: Lang) -> String {
    match (lang, minutes) {
        (Lang::Da, 1) => {
            "Du har skrevet en forkert kode for mange gange. Prøv igen om 1 minut".into()
        }
        (Lang::Da, m) => {
            format!("Du har skrevet en forkert kode for mange gange. Prøv igen om {m} minutter")
        }
        (Lang::En, 1) => {
            "You have entered a wrong code too many times. Try again in 1 minute".into()
        }
        (Lang::En, m) => {
            format!("You have entered a wrong code too many times. Try again in {m} minutes")
        }
    }
}

/// A resume code as typed, in the grouped form the server gave (`K7QM-3WXD-9HTP`):
/// case, spaces and hyphens do not matter. The server decides whether it is known.
pub(super) fn parse_code(typed: &str) -> Result<String, CodeProblem> {
    let bare: String = typed
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if bare.is_empty() {
        return Err(CodeProblem::Missing);
    }
    if bare.chars().count() != 12 || !bare.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(CodeProblem::Form);
    }
    Ok(format!("{}-{}-{}", &bare[..4], &bare[4..8], &bare[8..]))
}

/// A moment in the citizen's calendar and clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct LocalTime {
    date: Date,
    hour: u32,
    minute: u32,
}

/// When the saved answers are deleted, stated plainly: "Du kan fortsætte indtil
/// 27. december 2026 kl. 09.31. Derefter slettes dine svar."
pub(super) fn saved_until(at: LocalTime, lang: Lang) -> String {
    let day = long_date(at.date, lang);
    match lang {
        Lang::Da => format!(
            "Du kan fortsætte indtil {day} kl. {:02}.{:02}. Derefter slettes dine svar.",
            at.hour, at.minute
        ),
        Lang::En => format!(
            "You can continue until {day} at {:02}:{:02}. After that, your answers are deleted.",
            at.hour, at.minute
        ),
    }
}

/// An RFC 3339 time from the server in the browser's time zone.
fn local_time(rfc3339: &str) -> Option<LocalTime> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if !d.get_time().is_finite() {
        return None;
    }
    Some(LocalTime {
        date: Date::new(
            i32::try_from(d.get_full_year()).ok()?,
            d.get_month() + 1,
            d.get_date(),
        )?,
        hour: d.get_hours(),
        minute: d.get_minutes(),
    })
}

/// The step of a draft's page: its id, or check answers.
fn page_step(page: &str) -> &str {
    if page == CHECK_ANSWERS {
        CHECK_ANSWERS_STEP
    } else {
        page
    }
}

/// Saves the answers on the server: a new draft, or the one saved before (a new one
/// when that has expired). On success the draft is remembered in this tab and the
/// saved page shows; on failure the error summary says so and nothing is lost.
async fn save_on_server(state: FlowState, page: String, cancel: Cancel) {
    state.save_error.set(None);
    let service = state.service().to_string();
    let request = DraftRequest {
        service_id: service.clone(),
        service_version: state.def.version,
        page,
        answers: state.answers.get_untracked(),
    };
    let before = state.server.get_untracked();
    let result = match &before {
        Some(s) => match api::update_draft(&s.id, &s.resume_code, &request, Some(&cancel)).await {
            Err(ApiError::NotFound) => api::create_draft(&request, Some(&cancel)).await,
            other => other,
        },
        None => api::create_draft(&request, Some(&cancel)).await,
    };
    let saved = match result {
        Ok(d) => saved_on_server(d, before.as_ref()),
        Err(e) => {
            // The answers stay in this tab whatever went wrong.
            if let Some(failure) = SaveFailure::of(&e) {
                state.save_error.set(Some(failure));
            }
            return;
        }
    };
    let Some(saved) = saved else {
        state.save_error.set(Some(SaveFailure::Failed));
        return;
    };
    let mut kept = draft::load_draft(&service).unwrap_or_default();
    kept.version = state.def.version;
    kept.answers = request.answers;
    kept.server = Some(saved.clone());
    draft::save_draft(&service, kept.borrowed());
    state.server.set(Some(saved));
    navigate_to(&paths::step(&service, SAVED_STEP), false);
}

/// What the tab keeps of a draft the server saved; the code comes from the answer
/// that created the draft, or from the draft saved before.
fn saved_on_server(d: ServerDraft, before: Option<&SavedOnServer>) -> Option<SavedOnServer> {
    let resume_code = d
        .resume_code
        .or_else(|| before.map(|b| b.resume_code.clone()))
        .filter(|c| !c.is_empty())?;
    Some(SavedOnServer {
        id: d.id,
        resume_code,
        expires_at: d.expires_at,
        page: d.page,
    })
}

/// The secondary "save and continue later" button of a question page.
#[component]
pub(super) fn SaveForLater(
    /// The id of the page the citizen is on.
    page_id: String,
) -> impl IntoView {
    let lang = use_portal().lang;
    let state = expect_context::<FlowState>();
    let cancel = page_cancel();
    let save = Action::new_local(move |_: &()| {
        save_on_server(state.clone(), page_id.clone(), cancel.clone())
    });
    let pending = save.pending();
    view! {
        <Button
            id=SAVE_BUTTON_ID
            button_type=ButtonType::Button
            variant=ButtonVariant::Secondary
            prevent_double_click=true
            disabled=pending
            on_click=Callback::new(move |_| {
                save.dispatch(());
            })
        >
            {move || Msg::SaveForLater.text(lang.get())}
        </Button>
    }
}

/// The page after saving: the resume code, large and in groups, the resume link, and
/// when the answers are deleted.
#[component]
pub(super) fn SavedPage() -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let service = state.service().to_string();
    let server = state.server;
    {
        let state = state.clone();
        Effect::new(move |_| {
            let l = lang.get();
            portal.set_title(false, &[Msg::SavedTitle.text(l), state.def.title.get(l)]);
        });
    }
    // Nothing saved in this tab: there is no code to show.
    {
        let service = service.clone();
        Effect::new(move |_| {
            if server.with(Option::is_none) {
                navigate_to(&paths::start(&service), true);
            }
        });
    }
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    move || {
        let l = lang.get();
        let saved = server.get()?;
        let link = format!(
            "{origin}{}",
            paths::resume_link(&service, &saved.resume_code)
        );
        let until = local_time(&saved.expires_at).map(|t| saved_until(t, l));
        let continue_href = if saved.page.is_empty() {
            paths::start(&service)
        } else {
            paths::step(&service, page_step(&saved.page))
        };
        Some(view! {
            <div class="kk-grid-row">
                <div class="kk-grid-column-two-thirds">
                    <Panel title=Msg::SavedTitle.text(l).to_string()>
                        {Msg::YourResumeCode.text(l)}
                        <br />
                        <strong class="kk-panel__reference" id="resume-code-value">
                            {saved.resume_code.clone()}
                        </strong>
                    </Panel>
                    {until.map(|u| view! { <p class="kk-body" id="saved-until">{u}</p> })}
                    <p class="kk-body">{Msg::SavedWriteDown.text(l)}</p>
                    <h2 class="kk-heading-m">{Msg::ResumeLinkHeading.text(l)}</h2>
                    <p class="kk-body">
                        <a class="kk-link" id="resume-link" href=link.clone()>
                            {link.clone()}
                        </a>
                    </p>
                    <p class="kk-body">{Msg::SavedCloseNote.text(l)}</p>
                    <p class="kk-body">
                        <a class="kk-link" href=continue_href>
                            {Msg::ContinueNow.text(l)}
                        </a>
                    </p>
                </div>
            </div>
        })
    }
}

/// The resume page: the citizen enters the code (or opens the resume link, which
/// fills it in), and every answer and the page they were on come back.
#[component]
pub(super) fn ResumePage() -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let dropped = expect_context::<DroppedAnswers>().0;
    let key = expect_context::<StoredValue<Option<String>>>();
    let service = state.service().to_string();
    let code = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<CodeProblem>);
    let cancel = page_cancel();

    let resume = {
        let state = state.clone();
        Action::new_local(move |typed: &String| {
            let (state, cancel) = (state.clone(), cancel.clone());
            let parsed = parse_code(typed);
            async move {
                let grouped = match parsed {
                    Ok(c) => c,
                    Err(p) => {
                        problem.set(Some(p));
                        return;
                    }
                };
                match api::resume_draft(&grouped, Some(&cancel)).await {
                    Ok(d) => {
                        problem.set(None);
                        restore(&state, d, grouped, dropped, key);
                    }
                    Err(e) => {
                        if let Some(p) = CodeProblem::of(&e) {
                            problem.set(Some(p));
                        }
                    }
                }
            }
        })
    };
    let pending = resume.pending();

    // The resume link carries the code in its fragment: fill it in and resume at once.
    Effect::new(move |done: Option<()>| {
        if done.is_some() {
            return;
        }
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let typed = hash.trim_start_matches('#').to_string();
        if !typed.is_empty() {
            code.set(typed.clone());
            resume.dispatch(typed);
        }
    });

    {
        let state = state.clone();
        Effect::new(move |_| {
            let l = lang.get();
            let has_errors = problem.with(Option::is_some);
            portal.set_title(
                has_errors,
                &[Msg::ResumeTitle.text(l), state.def.title.get(l)],
            );
        });
    }
    let summary = Signal::derive(move || {
        let l = lang.get();
        problem
            .get()
            .map(|p| ErrorItem::new(CODE_FIELD_ID, p.message(l)))
            .into_iter()
            .collect::<Vec<_>>()
    });
    let error = Signal::derive(move || problem.get().map(|p| p.message(lang.get())));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if !pending.get_untracked() {
            resume.dispatch(code.get_untracked());
        }
    };
    let back = paths::start(&service);
    view! {
        <BackLink href=Signal::derive(move || back.clone()) />
        <div class="kk-grid-row">
            <div class="kk-grid-column-two-thirds">
                <ErrorSummary errors=summary />
                <span class="kk-caption-l">
                    {
                        let state = state.clone();
                        move || state.def.title.get(lang.get()).to_string()
                    }
                </span>
                <h1 class="kk-heading-l">{move || Msg::ResumeTitle.text(lang.get())}</h1>
                <p class="kk-body">{move || Msg::ResumeIntro.text(lang.get())}</p>
                <form novalidate on:submit=on_submit>
                    <TextInput
                        id=CODE_FIELD_ID
                        label=Signal::derive(move || Msg::ResumeCodeLabel.text(lang.get()).to_string())
                        hint=Signal::derive(move || Some(Msg::ResumeCodeHint.text(lang.get()).to_string()))
                        error=error
                        value=Signal::derive(move || code.get())
                        on_input=Callback::new(move |v: String| code.set(v))
                        width=InputWidth::W20
                        autocomplete="off".to_string()
                        spellcheck=false
                    />
                    <Button disabled=pending>{move || Msg::Continue.text(lang.get())}</Button>
                </form>
            </div>
        </div>
    }
}

/// Brings back a draft the server returned: the answers (carried over to the current
/// version, with the citizen told what to answer again) and the page.
fn restore(
    state: &FlowState,
    d: ServerDraft,
    code: String,
    dropped: RwSignal<Vec<kommunekit_forms::DroppedAnswer>>,
    key: StoredValue<Option<String>>,
) {
    let saved = SavedOnServer {
        id: d.id,
        resume_code: code,
        expires_at: d.expires_at,
        page: d.page.clone(),
    };
    let raw = Draft {
        version: d.service_version,
        answers: d.answers,
        idempotency_key: None,
        server: Some(saved),
    };
    draft::clear_receipt(&d.service_id);
    // The resume page is replaced in the history, so that Back does not bring the
    // code (in the link's fragment) up again on a shared computer.
    if d.service_id != state.service() {
        // A code of another service: that service's flow carries the draft over.
        draft::save_draft(&d.service_id, raw.borrowed());
        navigate_to(&paths::step(&d.service_id, page_step(&d.page)), true);
        return;
    }
    let (kept, lost) = raw.for_definition(&state.def, today());
    draft::save_draft(state.service(), kept.borrowed());
    key.set_value(None);
    state.server.set(kept.server.clone());
    state.answers.set(kept.answers);
    dropped.set(lost);
    let service = state.service();
    let href = if d.page == CHECK_ANSWERS {
        paths::step(service, CHECK_ANSWERS_STEP)
    } else if state.def.page(&d.page).is_some() {
        paths::step(service, &d.page)
    } else {
        state.with_journey(|j| step_href(service, j.resume_step()))
    };
    navigate_to(&href, true);
}

/// The start page's link to the resume page.
pub(super) fn start_link(service: &str, lang: Lang) -> impl IntoView {
    view! {
        <p class="kk-body">
            <a class="kk-link" href=paths::step(service, RESUME_STEP)>
                {Msg::ResumeStartLink.text(lang)}
            </a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_code_is_read_whatever_its_case_spacing_and_hyphens() {
        let cases = [
            ("K7QM-3WXD-9HTP", Ok("K7QM-3WXD-9HTP")),
            ("k7qm 3wxd 9htp", Ok("K7QM-3WXD-9HTP")),
            ("  K7QM3WXD9HTP ", Ok("K7QM-3WXD-9HTP")),
            ("", Err(CodeProblem::Missing)),
            (" - ", Err(CodeProblem::Missing)),
            ("K7QM-3WXD-9HT", Err(CodeProblem::Form)),
            ("K7QM-3WXD-9HTPP", Err(CodeProblem::Form)),
            ("K7QM-3WXD-9HTÆ", Err(CodeProblem::Form)),
        ];
        for (typed, expected) in cases {
            assert_eq!(parse_code(typed), expected.map(str::to_string), "{typed:?}");
        }
    }

    #[test]
    fn the_expiry_is_stated_plainly_in_both_languages() {
        let at = LocalTime {
            date: Date::new(2026, 12, 27).expect("a date"),
            hour: 9,
            minute: 5,
        };
        assert_eq!(
            saved_until(at, Lang::Da),
            "Du kan fortsætte indtil 27. december 2026 kl. 09.05. Derefter slettes dine svar."
        );
        assert_eq!(
            saved_until(at, Lang::En),
            "You can continue until 27 December 2026 at 09:05. After that, your answers are deleted."
        );
    }

    #[test]
    fn a_wrong_or_expired_code_says_so_and_a_left_page_says_nothing() {
        let cases = [
            (ApiError::NotFound, Some(CodeProblem::Unknown)),
            (ApiError::Status(400), Some(CodeProblem::Unknown)),
            (
                ApiError::Unavailable {
                    status: 429,
                    retry_after_s: Some(600),
                },
                Some(CodeProblem::TooMany(10)),
            ),
            (
                ApiError::Unavailable {
                    status: 429,
                    retry_after_s: Some(61),
                },
                Some(CodeProblem::TooMany(2)),
            ),
            (ApiError::Network("down".into()), Some(CodeProblem::Failed)),
            (
                ApiError::Unavailable {
                    status: 503,
                    retry_after_s: None,
                },
                Some(CodeProblem::Failed),
            ),
            (ApiError::Cancelled, None),
        ];
        for (error, expected) in cases {
            assert_eq!(CodeProblem::of(&error), expected, "{error:?}");
        }
    }

    #[test]
    fn a_locked_draft_says_how_long_to_wait_and_other_failures_say_what_they_are() {
        let locked = |s: u32| ApiError::Unavailable {
            status: 429,
            retry_after_s: Some(s),
        };
        let problem = kommunekit_forms::Problem {
            kind: "/problems/version-changed".into(),
            title: "Changed".into(),
            status: 409,
            detail: String::new(),
            errors: vec![],
        };
        let cases = [
            (locked(3600), Some(SaveFailure::Locked(60))),
            (locked(3599), Some(SaveFailure::Locked(60))),
            (locked(61), Some(SaveFailure::Locked(2))),
            (locked(11), Some(SaveFailure::Locked(1))),
            (locked(0), Some(SaveFailure::Locked(1))),
            (
                ApiError::Unavailable {
                    status: 429,
                    retry_after_s: None,
                },
                Some(SaveFailure::Failed),
            ),
            (
                ApiError::Unavailable {
                    status: 503,
                    retry_after_s: Some(3600),
                },
                Some(SaveFailure::Failed),
            ),
            (ApiError::Network("down".into()), Some(SaveFailure::Failed)),
            (ApiError::Status(500), Some(SaveFailure::Failed)),
            (ApiError::Conflict(problem), Some(SaveFailure::Changed)),
            (ApiError::Cancelled, None),
        ];
        for (error, expected) in cases {
            assert_eq!(SaveFailure::of(&error), expected, "{error:?}");
        }
    }

    #[test]
    fn the_lock_message_names_the_wait_in_whole_minutes_in_both_languages() {
        let cases = [
            (
                SaveFailure::Locked(58),
                Lang::Da,
                "Dine gemte svar er låst i et stykke tid, fordi der er skrevet en forkert kode for mange gange. Du mister ikke noget: dine svar er stadig her i browseren. Prøv igen om 58 minutter.",
            ),
            (
                SaveFailure::Locked(1),
                Lang::Da,
                "Dine gemte svar er låst i et stykke tid, fordi der er skrevet en forkert kode for mange gange. Du mister ikke noget: dine svar er stadig her i browseren. Prøv igen om 1 minut.",
            ),
            (
                SaveFailure::Locked(58),
                Lang::En,
                "Your saved answers are locked for a while, because a wrong code was entered too many times. You lose nothing: your answers are still here in the browser. Try again in 58 minutes.",
            ),
            (
                SaveFailure::Locked(1),
                Lang::En,
                "Your saved answers are locked for a while, because a wrong code was entered too many times. You lose nothing: your answers are still here in the browser. Try again in 1 minute.",
            ),
            (SaveFailure::Failed, Lang::Da, Msg::SaveFailed.text(Lang::Da)),
            (
                SaveFailure::Changed,
                Lang::En,
                Msg::ServiceChanged.text(Lang::En),
            ),
        ];
        for (failure, lang, expected) in cases {
            assert_eq!(failure.message(lang), expected, "{failure:?} {lang:?}");
            assert_eq!(failure.item(lang).target_id, SAVE_BUTTON_ID);
        }
    }

    #[test]
    fn every_code_problem_has_a_message_in_both_languages() {
        for p in [
            CodeProblem::Missing,
            CodeProblem::Form,
            CodeProblem::Unknown,
            CodeProblem::TooMany(1),
            CodeProblem::TooMany(15),
            CodeProblem::Failed,
        ] {
            let (da, en) = (p.message(Lang::Da), p.message(Lang::En));
            assert!(!da.is_empty() && !en.is_empty() && da != en, "{p:?}");
        }
        assert_eq!(
            too_many_codes(15, Lang::Da),
            "Du har skrevet en forkert kode for mange gange. Prøv igen om 15 minutter"
        );
    }

    #[test]
    fn a_saved_draft_keeps_the_code_it_was_created_with() {
        let answer = |code: Option<&str>| ServerDraft {
            id: "drf_1".into(),
            resume_code: code.map(str::to_string),
            service_id: "road".into(),
            service_version: 1,
            page: "location".into(),
            answers: Default::default(),
            updated_at: "2026-11-27T08:00:00Z".into(),
            expires_at: "2026-12-27T08:00:00Z".into(),
        };
        let created = saved_on_server(answer(Some("K7QM-3WXD-9HTP")), None).unwrap();
        assert_eq!(created.resume_code, "K7QM-3WXD-9HTP");
        assert_eq!(created.page, "location");
        let updated = saved_on_server(answer(None), Some(&created)).unwrap();
        assert_eq!(updated.resume_code, "K7QM-3WXD-9HTP");
        assert_eq!(saved_on_server(answer(None), None), None);
    }

    #[test]
    fn a_draft_on_check_answers_resumes_on_the_check_answers_step() {
        assert_eq!(page_step(CHECK_ANSWERS), CHECK_ANSWERS_STEP);
        assert_eq!(page_step("location"), "location");
    }
}
