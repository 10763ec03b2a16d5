//! The flow runtime: renders any service from its definition, page by page.

use crate::api::{self, ApiError};
use crate::app::{use_portal, NotFound};
use crate::draft::{self, DraftRef, Outbox, SavedOnServer};
use crate::i18n::Msg;
use crate::paths::{
    self, CHANGE_QUERY, CHECK_ANSWERS_STEP, RECEIPT_STEP, SECTION_QUERY, TASK_LIST_STEP,
};
use crate::router::{use_navigate, use_params_map, use_query_map, NavigateOptions};
use kommunekit_components::{
    BackLink, Button, ButtonType, ButtonVariant, CheckboxItem, Checkboxes, DateInput,
    DatePart as UiDatePart, DateValue, Details, ErrorItem, ErrorSummary, InputType, InputWidth,
    InsetText, Panel, RadioItem, Radios, RadiosLayout, Select, SelectItem, SummaryAction,
    SummaryList, SummaryRow, TextInput, Textarea, WarningText,
};
use kommunekit_forms::markup::{self, Span};
use kommunekit_forms::validate::ErrorKind;
use kommunekit_forms::{
    Answer, Answers, ContentBlock, Date, DateAnswer, DatePart, DroppedAnswer, ExitPage, Field,
    FieldError, FieldType, Journey, Lang, Page, ServiceDefinition, Step, SubmissionRequest, Text,
    CHECK_ANSWERS, NO, YES,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use std::sync::Arc;

mod pickers;
mod refused;
mod resume;
mod sections;
// Address and file fields.
use kommunekit_components::date_picker::{DatePicker, DatePickerProps};
use kommunekit_components::{CalendarDate, Combobox, ComboboxItem, ComboboxSearch, LookupFailed};
use kommunekit_components::{Fieldset, FileItem, FileStatus, FileUpload, Hint, NotificationBanner};
use kommunekit_forms::{display_size, AddressPart, FileRules};
use std::rc::Rc;

/// The citizen's date, from the browser's clock and time zone.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_unix_millis(now.get_time() as i64, -(now.get_timezone_offset() as i64))
}

/// Where Continue leads from a valid page. From a change link (`change` is the value of
/// the change query): back to check answers, unless the change opened new questions,
/// then through them, still on the way back. In a long form, see
/// [`sections::continue_href`].
fn continue_href(j: &Journey, service: &str, page_id: &str, change: Option<&str>) -> String {
    if j.definition().has_sections() {
        return sections::continue_href(j, service, page_id, change);
    }
    if change.is_some() {
        match j.resume_step() {
            Step::Page(p) => paths::change(service, &p.id),
            Step::CheckAnswers => paths::step(service, CHECK_ANSWERS_STEP),
            step @ (Step::Exit(_) | Step::SectionEnd(_) | Step::TaskList) => {
                step_href(service, step)
            }
        }
    } else {
        match j.next(page_id) {
            Some(step) => step_href(service, step),
            None => step_href(service, j.resume_step()),
        }
    }
}

fn step_href(service: &str, step: Step<'_>) -> String {
    match step {
        Step::Page(p) => paths::step(service, &p.id),
        Step::CheckAnswers => paths::step(service, CHECK_ANSWERS_STEP),
        Step::Exit(e) => paths::step(service, &e.id),
        Step::SectionEnd(s) => paths::section_check(service, &s.id),
        Step::TaskList => paths::step(service, TASK_LIST_STEP),
    }
}

/// Running text in a definition's markup, as plain nodes: text, `<strong>` and links.
/// Nothing is parsed as HTML.
fn rich_text(text: &Text, lang: Lang) -> impl IntoView {
    text.spans(lang)
        .into_iter()
        .map(|span| match span {
            Span::Text(t) => t.into_any(),
            Span::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
            Span::Link { text, href } => {
                view! { <a class="kk-link" href=href>{text}</a> }.into_any()
            }
        })
        .collect_view()
}

/// Content blocks, each with its component or element.
fn content_view(blocks: &[ContentBlock], lang: Lang) -> impl IntoView {
    blocks
        .iter()
        .map(|block| match block {
            ContentBlock::Heading { heading } => {
                view! { <h2 class="kk-heading-m">{rich_text(heading, lang)}</h2> }.into_any()
            }
            ContentBlock::Paragraph { paragraph } => {
                view! { <p class="kk-body">{rich_text(paragraph, lang)}</p> }.into_any()
            }
            ContentBlock::List { list, numbered } => {
                let items = list
                    .iter()
                    .map(|t| view! { <li>{rich_text(t, lang)}</li> })
                    .collect_view();
                if *numbered {
                    view! { <ol class="kk-list kk-list--number">{items}</ol> }.into_any()
                } else {
                    view! { <ul class="kk-list kk-list--bullet">{items}</ul> }.into_any()
                }
            }
            ContentBlock::Inset { inset } => {
                let text = inset.clone();
                view! { <InsetText>{rich_text(&text, lang)}</InsetText> }.into_any()
            }
            ContentBlock::Details { details } => {
                let text = details.text.clone();
                view! {
                    <Details summary=markup::plain(details.summary.get(lang))>
                        {rich_text(&text, lang)}
                    </Details>
                }
                .into_any()
            }
            ContentBlock::Warning { warning } => {
                let text = warning.clone();
                view! { <WarningText>{rich_text(&text, lang)}</WarningText> }.into_any()
            }
        })
        .collect_view()
}

fn navigate_to(href: &str, replace: bool) {
    let navigate = use_navigate();
    navigate(
        href,
        NavigateOptions {
            replace,
            ..Default::default()
        },
    );
}

/// A [`api::Cancel`] for the requests of the current page or component, aborted when
/// the citizen leaves it (its owner is cleaned up). Each request keeps its timeout.
fn page_cancel() -> api::Cancel {
    let cancel = api::Cancel::new();
    let on_leave = cancel.clone();
    on_cleanup(move || on_leave.abort());
    cancel
}

/// The [`api::Cancel`] of the question page on screen, which aborts its file uploads
/// when the citizen leaves the page. Held by the page rather than the field, so a field
/// drawn again (in the other language) does not stop its uploads.
#[derive(Clone)]
struct PageUploads(api::Cancel);

/// Gives the page its [`PageUploads`].
fn provide_page_uploads() {
    provide_context(PageUploads(page_cancel()));
}

/// Moves focus to the page's main heading after a navigation inside the flow, so
/// keyboard and screen-reader users start at the top of the new page; or, when the
/// address names an input (`#site-plan`, a link from the error summary of check
/// answers), to that input, with its question in view.
fn focus_heading() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let named = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .and_then(|h| h.strip_prefix('#').map(str::to_string))
        .filter(|id| !id.is_empty())
        .and_then(|id| doc.get_element_by_id(&id))
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    if let Some(input) = named {
        let question = input
            .closest(".kk-form-group")
            .ok()
            .flatten()
            .unwrap_or_else(|| input.clone().into());
        question.scroll_into_view();
        let _ = input.focus();
        return;
    }
    let h1 = doc.query_selector("main h1").ok().flatten();
    if let Some(h1) =
        h1.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
    {
        kommunekit_components::focus_from_script(&h1);
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Everything one service's pages share while the citizen answers it.
#[derive(Clone)]
struct FlowState {
    def: Arc<ServiceDefinition>,
    answers: RwSignal<Answers>,
    errors: RwSignal<Vec<FieldError>>,
    /// The server draft the answers were saved to, if any.
    server: RwSignal<Option<SavedOnServer>>,
    /// Why the last "save and continue later" failed, if it did.
    save_error: RwSignal<Option<resume::SaveFailure>>,
    /// The answers the server refused at the last submission, until the citizen
    /// changes each and continues.
    refused: RwSignal<Vec<refused::Refusal>>,
}

/// Whether page `page_id` is on the route the answers take; a memo, so what depends on
/// it runs again only when an answer changes the route.
fn on_route_memo(state: &FlowState, page_id: &str) -> Memo<bool> {
    let (state, page_id) = (state.clone(), page_id.to_string());
    Memo::new(move |_| state.with_journey(|j| j.is_on_route(&page_id)))
}

impl FlowState {
    fn with_journey<R>(&self, f: impl FnOnce(&Journey) -> R) -> R {
        self.answers
            .with(|a| f(&Journey::new(&self.def, a, today())))
    }

    fn service(&self) -> &str {
        &self.def.id
    }

    /// Continue on page `page_id`: shows the errors of its answers, keeps the
    /// refusals of its answers not changed since (a refused answer stands, as an
    /// error found in the browser does), and tells whether the page may be left.
    fn check_page(&self, page_id: &str) -> bool {
        let errors = self.with_journey(|j| j.validate_page(page_id));
        let (refused, blocked) = self.answers.with_untracked(|a| {
            self.refused
                .with_untracked(|rs| refused::after_continue(rs, page_id, a))
        });
        self.refused.set(refused);
        let may_leave = errors.is_empty() && !blocked;
        self.errors.set(errors);
        may_leave
    }
}

/// A service: fetches its definition, then shows the step in the address.
#[component]
pub fn ServiceFlow() -> impl IntoView {
    let params = use_params_map();
    let service_id = Memo::new(move |_| params.read().get("service").unwrap_or_default());
    // One controller per fetch of the definition: a new fetch or leaving the service
    // aborts the one under way.
    let fetching = StoredValue::new(api::Cancel::new());
    on_cleanup(move || {
        if let Some(c) = fetching.try_get_value() {
            c.abort();
        }
    });
    let definition = LocalResource::new(move || {
        let id = service_id.get();
        let cancel = api::Cancel::new();
        if let Some(before) = fetching.try_update_value(|c| std::mem::replace(c, cancel.clone())) {
            before.abort();
        }
        async move { api::service(&id, Some(&cancel)).await }
    });
    provide_context(ReloadDefinition(Callback::new(move |_| {
        definition.refetch()
    })));
    let portal = use_portal();
    let lang = portal.lang;
    view! {
        <Suspense fallback=move || {
            view! { <p class="kk-body">{Msg::Loading.text(lang.get_untracked())}</p> }
        }>
            {move || {
                definition
                    .get()
                    .map(|result| match result {
                        Ok(def) => view! { <Flow def=Arc::new(def) /> }.into_any(),
                        Err(ApiError::NotFound) => view! { <NotFound /> }.into_any(),
                        Err(_) => {
                            view! {
                                <div class="kk-grid-row">
                                    <div class="kk-grid-column-two-thirds">
                                        <h1 class="kk-heading-l">{move || Msg::LoadFailed.text(lang.get())}</h1>
                                        <Button
                                            button_type=ButtonType::Button
                                            variant=ButtonVariant::Secondary
                                            on_click=Callback::new(move |_| definition.refetch())
                                        >
                                            {move || Msg::TryAgain.text(lang.get())}
                                        </Button>
                                    </div>
                                </div>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

/// Fetches the service's definition again (after a 409: the service changed).
#[derive(Clone, Copy)]
struct ReloadDefinition(Callback<()>);

/// The answers of a draft that a new version of the service could not keep; shown
/// until the citizen moves on from the page they land on.
#[derive(Clone, Copy)]
struct DroppedAnswers(RwSignal<Vec<DroppedAnswer>>);

/// The texts of the version notice: the lead, and the sentence on removed questions.
fn version_notice_texts(asked_again: bool, removed: usize, lang: Lang) -> (String, Option<String>) {
    let lead = if asked_again {
        Msg::VersionNoticeAskAgain
    } else {
        Msg::VersionNoticeKept
    };
    (
        lead.text(lang).to_string(),
        crate::i18n::removed_answers(removed, lang),
    )
}

/// Tells the citizen, after the service changed version, which questions to answer
/// again and how many answers went with removed questions. Nothing when none.
#[component]
fn VersionNotice() -> impl IntoView {
    let lang = use_portal().lang;
    let dropped = expect_context::<DroppedAnswers>().0;
    move || {
        let l = lang.get();
        dropped.with(|list| {
            (!list.is_empty()).then(|| {
                let again: Vec<String> = list
                    .iter()
                    .filter_map(|d| d.label.as_ref().map(|t| t.get(l).to_string()))
                    .collect();
                let removed = list.iter().filter(|d| !d.asked_again()).count();
                let (lead, removed) = version_notice_texts(!again.is_empty(), removed, l);
                view! {
                    <div role="region" aria-labelledby="version-notice-title">
                        <InsetText>
                            <p class="kk-body" id="version-notice-title">{lead}</p>
                            {(!again.is_empty())
                                .then(|| {
                                    view! {
                                        <ul class="kk-list kk-list--bullet">
                                            {again
                                                .into_iter()
                                                .map(|q| view! { <li>{q}</li> })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            {removed.map(|r| view! { <p class="kk-body">{r}</p> })}
                        </InsetText>
                    </div>
                }
            })
        })
    }
}

#[component]
fn Flow(def: Arc<ServiceDefinition>) -> impl IntoView {
    let portal = use_portal();
    let service = def.id.clone();
    portal
        .service
        .set(Some((def.id.clone(), def.title.clone())));
    // A draft of another version keeps what still fits; the rest is listed for the citizen.
    let (saved, dropped) = draft::load_draft_for(&def, today());
    provide_context(DroppedAnswers(RwSignal::new(dropped)));
    let state = FlowState {
        def: def.clone(),
        answers: RwSignal::new(saved.answers),
        errors: RwSignal::new(Vec::new()),
        server: RwSignal::new(saved.server),
        save_error: RwSignal::new(None),
        refused: RwSignal::new(Vec::new()),
    };
    let key = StoredValue::new(saved.idempotency_key);
    provide_context(state.clone());
    provide_context(key);

    // Every change to the answers is kept at once: a reload loses nothing.
    let answers = state.answers;
    let version = def.version;
    let service_for_save = service.clone();
    let server = state.server;
    Effect::new(move |first_run_done: Option<()>| {
        // The first run only subscribes: what was just loaded needs no saving, and an
        // empty draft must not reappear after a submission cleared it.
        if first_run_done.is_none() {
            answers.track();
            return;
        }
        let idempotency_key = key.get_value();
        let server = server.get_untracked();
        answers.with(|answers| {
            draft::save_draft(
                &service_for_save,
                DraftRef {
                    version,
                    answers,
                    idempotency_key: idempotency_key.as_deref(),
                    server: server.as_ref(),
                },
            )
        })
    });

    let params = use_params_map();
    let step = Memo::new(move |_| params.read().get("step"));
    let query = use_query_map();
    let section = Memo::new(move |_| query.read().get(SECTION_QUERY));
    let errors = state.errors;
    let save_error = state.save_error;
    Effect::new(move |previous: Option<Option<String>>| {
        let now = step.get();
        if previous.is_some() {
            errors.set(Vec::new());
            save_error.set(None);
            request_animation_frame(focus_heading);
        }
        now
    });

    move || {
        let def = def.clone();
        match step.get() {
            None => view! { <StartPage def /> }.into_any(),
            Some(s) if s == TASK_LIST_STEP && def.has_sections() => {
                view! { <sections::TaskListPage /> }.into_any()
            }
            Some(s) if s == CHECK_ANSWERS_STEP && def.has_sections() && section.get().is_some() => {
                let section = section.get().unwrap_or_default();
                view! { <sections::SectionCheckPage section /> }.into_any()
            }
            Some(s) if s == CHECK_ANSWERS_STEP => view! { <CheckAnswersPage /> }.into_any(),
            Some(s) if s == RECEIPT_STEP => view! { <ReceiptPage def /> }.into_any(),
            Some(s) if s == paths::SAVED_STEP => view! { <resume::SavedPage /> }.into_any(),
            Some(s) if s == paths::RESUME_STEP => view! { <resume::ResumePage /> }.into_any(),
            Some(s) => match (def.page(&s), def.exit(&s)) {
                (Some(page), _) if page.repeat.is_some() => {
                    view! { <RepeatPage page=page.clone() /> }.into_any()
                }
                (Some(page), _) => view! { <QuestionPage page=page.clone() /> }.into_any(),
                (None, Some(exit)) => view! { <ExitStep exit=exit.clone() /> }.into_any(),
                (None, None) => view! { <NotFound /> }.into_any(),
            },
        }
    }
}

#[component]
fn StartPage(def: Arc<ServiceDefinition>) -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let title = def.title.clone();
    Effect::new(move |_| portal.set_title(false, &[title.get(lang.get())]));
    let service = def.id.clone();
    let first = sections::start_href(&def);
    move || {
        let l = lang.get();
        let service = service.clone();
        view! {
            <div class="kk-grid-row">
                <div class="kk-grid-column-two-thirds">
                    <h1 class="kk-heading-xl">{def.title.get(l).to_string()}</h1>
                    {def
                        .start
                        .body
                        .iter()
                        .map(|p| view! { <p class="kk-body">{rich_text(p, l)}</p> })
                        .collect_view()}
                    {(!def.start.before_you_start.is_empty())
                        .then(|| {
                            view! {
                                <h2 class="kk-heading-m">{Msg::BeforeYouStart.text(l)}</h2>
                                <ul class="kk-list kk-list--bullet">
                                    {def
                                        .start
                                        .before_you_start
                                        .iter()
                                        .map(|t| view! { <li>{t.get(l).to_string()}</li> })
                                        .collect_view()}
                                </ul>
                            }
                        })}
                    <a
                        href=first.clone()
                        role="button"
                        draggable="false"
                        class="kk-button kk-button--start"
                        on:click=move |_| draft::clear_receipt(&service)
                    >
                        {Msg::StartNow.text(l)}
                        <svg
                            class="kk-button__start-icon"
                            xmlns="http://www.w3.org/2000/svg"
                            width="17.5"
                            height="19"
                            viewBox="0 0 33 40"
                            aria-hidden="true"
                            focusable="false"
                        >
                            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                        </svg>
                    </a>
                    {resume::start_link(&def.id, l)}
                </div>
            </div>
        }
    }
}

/// Where a field's answer is kept: in the answers by field id, or in one item (index
/// from 0) of a repeat page, under the page id.
#[derive(Clone, Debug, PartialEq)]
enum Slot {
    Answers,
    Item(String, usize),
}

impl Slot {
    fn get<'a>(&self, answers: &'a Answers, id: &str) -> Option<&'a Answer> {
        match self {
            Slot::Answers => answers.get(id),
            Slot::Item(page, index) => answers
                .get(page)
                .and_then(|a| a.as_items().get(*index))
                .and_then(|item| item.get(id)),
        }
    }

    fn set(&self, answers: &mut Answers, id: &str, answer: Answer) {
        match self {
            Slot::Answers => {
                answers.insert(id.to_string(), answer);
            }
            Slot::Item(page, index) => {
                let mut items = answers
                    .get(page)
                    .map(|a| a.as_items().to_vec())
                    .unwrap_or_default();
                while items.len() <= *index {
                    items.push(Answers::new());
                }
                items[*index].insert(id.to_string(), answer);
                answers.insert(page.clone(), Answer::Items(items));
            }
        }
    }

    /// The answer to a field as text, for a text control.
    fn text(&self, answers: &Answers, id: &str) -> String {
        self.get(answers, id)
            .map(|a| a.as_text().to_string())
            .unwrap_or_default()
    }
}

fn date_of(answer: Option<&Answer>) -> DateValue {
    match answer {
        Some(Answer::Date(d)) => DateValue {
            day: d.day.clone(),
            month: d.month.clone(),
            year: d.year.clone(),
        },
        _ => DateValue::default(),
    }
}

/// How a text-like field's input is set up: type, keyboard, autocomplete, width,
/// spellcheck and what stands before and after it.
struct InputSetup {
    input_type: InputType,
    input_mode: Option<&'static str>,
    autocomplete: Option<String>,
    width: InputWidth,
    spellcheck: Option<bool>,
    prefix: Option<String>,
    suffix: Option<String>,
}

fn input_setup(field: &Field, lang: Lang) -> InputSetup {
    let own = field.autocomplete.clone();
    let setup =
        |input_type, input_mode, autocomplete: Option<String>, width, spellcheck| InputSetup {
            input_type,
            input_mode,
            autocomplete,
            width,
            spellcheck,
            prefix: None,
            suffix: None,
        };
    match field.kind {
        FieldType::Email => setup(InputType::Email, None, own, InputWidth::Full, Some(false)),
        FieldType::Phone => setup(
            InputType::Tel,
            None,
            own.or(Some("tel".into())),
            InputWidth::W20,
            Some(false),
        ),
        FieldType::Cpr | FieldType::Cvr => setup(
            InputType::Text,
            Some("numeric"),
            own,
            InputWidth::W10,
            Some(false),
        ),
        FieldType::Postcode => setup(
            InputType::Text,
            Some("numeric"),
            own.or(Some("postal-code".into())),
            InputWidth::W4,
            Some(false),
        ),
        FieldType::Number => {
            let whole = field.number.as_ref().and_then(|r| r.decimals) == Some(0);
            let mut s = setup(
                InputType::Text,
                Some(if whole { "numeric" } else { "decimal" }),
                own,
                InputWidth::W10,
                Some(false),
            );
            s.suffix = field
                .number
                .as_ref()
                .and_then(|r| r.unit.as_ref())
                .map(|u| u.get(lang).to_string());
            s
        }
        FieldType::Money => {
            let mut s = setup(
                InputType::Text,
                Some("decimal"),
                own,
                InputWidth::W10,
                Some(false),
            );
            s.suffix = Some("kr.".into());
            s
        }
        _ => setup(InputType::Text, None, own, InputWidth::Full, None),
    }
}

fn ui_part(p: DatePart) -> UiDatePart {
    match p {
        DatePart::Day => UiDatePart::Day,
        DatePart::Month => UiDatePart::Month,
        DatePart::Year => UiDatePart::Year,
    }
}

/// One field, rendered with the component for its type.
fn field_view(
    field: Field,
    is_heading: bool,
    slot: Slot,
    state: &FlowState,
    lang: Lang,
) -> AnyView {
    let answers = state.answers;
    let errors = state.errors;
    let refused = state.refused;
    let id = field.id.clone();
    let error = {
        let (id, field) = (id.clone(), field.clone());
        Signal::derive(move || {
            errors
                .with(|es| {
                    es.iter()
                        .find(|e| e.field == id)
                        .map(|e| e.message(Some(&field), lang))
                })
                .or_else(|| refused.with(|rs| refused::message_of(rs, &id, lang)))
        })
    };
    let label = field.label.get(lang).to_string();
    let hint = field.hint.as_ref().map(|h| h.get(lang).to_string());
    let set_text = {
        let (id, slot) = (id.clone(), slot.clone());
        Callback::new(move |v: String| answers.update(|a| slot.set(a, &id, Answer::Text(v))))
    };
    let text_value = {
        let (id, slot) = (id.clone(), slot.clone());
        Memo::new(move |_| answers.with(|a| slot.text(a, &id)))
    };
    // The fields an option reveals, rendered under it by the radios or checkboxes.
    let reveal = |reveals: &[String]| -> Option<ViewFn> {
        let fields: Vec<Field> = reveals
            .iter()
            .filter_map(|r| state.def.field(r).map(|(_, f)| f.clone()))
            .collect();
        if fields.is_empty() {
            return None;
        }
        let (state, slot) = (state.clone(), slot.clone());
        Some(ViewFn::from(move || {
            fields
                .iter()
                .map(|f| field_view(f.clone(), false, slot.clone(), &state, lang))
                .collect_view()
        }))
    };
    match field.kind {
        FieldType::Text
        | FieldType::Email
        | FieldType::Phone
        | FieldType::Cpr
        | FieldType::Cvr
        | FieldType::Postcode
        | FieldType::Number
        | FieldType::Money => {
            let setup = input_setup(&field, lang);
            view! {
                <TextInput
                    id=id.clone()
                    label=label
                    label_is_heading=is_heading
                    hint=hint
                    error=error
                    value=text_value
                    on_input=set_text
                    input_type=setup.input_type
                    input_mode=setup.input_mode.map(str::to_string)
                    width=setup.width
                    autocomplete=setup.autocomplete
                    spellcheck=setup.spellcheck
                    prefix=setup.prefix
                    suffix=setup.suffix
                />
            }
            .into_any()
        }
        FieldType::Textarea => view! {
            <Textarea
                id=id.clone()
                label=label
                label_is_heading=is_heading
                hint=hint
                error=error
                value=text_value
                on_input=set_text
                max_length=field.max_length
            />
        }
        .into_any(),
        FieldType::Radios | FieldType::YesNo => {
            let items: Vec<RadioItem> = field
                .choices()
                .iter()
                .map(|o| {
                    let mut item = RadioItem::new(o.value.clone(), o.label.get(lang).to_string());
                    if let Some(h) = &o.hint {
                        item = item.with_hint(h.get(lang).to_string());
                    }
                    if let Some(fields) = reveal(&o.reveals) {
                        item = item.with_reveal(fields);
                    }
                    item
                })
                .collect();
            let layout = if field.kind == FieldType::YesNo {
                RadiosLayout::Inline
            } else {
                RadiosLayout::Stacked
            };
            view! {
                <Radios
                    id=id.clone()
                    legend=label
                    legend_is_heading=is_heading
                    hint=hint
                    error=error
                    items=items
                    value=text_value
                    on_change=set_text
                    layout=layout
                />
            }
            .into_any()
        }
        FieldType::Select => {
            let items: Vec<SelectItem> = field
                .choices()
                .iter()
                .map(|o| SelectItem::new(o.value.clone(), o.label.get(lang).to_string()))
                .collect();
            view! {
                <Select
                    id=id.clone()
                    label=label
                    label_is_heading=is_heading
                    hint=hint
                    error=error
                    items=items
                    value=text_value
                    on_change=set_text
                    placeholder=Msg::ChooseOption.text(lang).to_string()
                />
            }
            .into_any()
        }
        FieldType::Checkboxes => {
            let items: Vec<CheckboxItem> = field
                .choices()
                .iter()
                .map(|o| {
                    let mut item =
                        CheckboxItem::new(o.value.clone(), o.label.get(lang).to_string());
                    if let Some(h) = &o.hint {
                        item = item.with_hint(h.get(lang).to_string());
                    }
                    if o.exclusive {
                        item = item.exclusive();
                    }
                    if let Some(fields) = reveal(&o.reveals) {
                        item = item.with_reveal(fields);
                    }
                    item
                })
                .collect();
            let value = {
                let (id, slot) = (id.clone(), slot.clone());
                Memo::new(move |_| {
                    answers.with(|a| {
                        slot.get(a, &id)
                            .map(|a| a.as_many().to_vec())
                            .unwrap_or_default()
                    })
                })
            };
            let on_change = {
                let (id, slot) = (id.clone(), slot.clone());
                Callback::new(move |v: Vec<String>| {
                    answers.update(|a| slot.set(a, &id, Answer::Many(v)))
                })
            };
            view! {
                <Checkboxes
                    id=id.clone()
                    legend=label
                    legend_is_heading=is_heading
                    hint=hint
                    error=error
                    items=items
                    value=value
                    on_change=on_change
                />
            }
            .into_any()
        }
        FieldType::Address => address_view(&field, is_heading, slot, state, lang),
        FieldType::File => file_view(&field, is_heading, slot, state, error, lang),
        FieldType::Date => {
            let value = {
                let (id, slot) = (id.clone(), slot.clone());
                Memo::new(move |_| answers.with(|a| date_of(slot.get(a, &id))))
            };
            let error_parts = {
                let id = id.clone();
                Signal::derive(move || {
                    errors.with(|es| {
                        es.iter()
                            .find(|e| e.field == id)
                            .map(|e| e.date_parts().into_iter().map(ui_part).collect())
                            .unwrap_or_default()
                    })
                })
            };
            let on_change = {
                let (id, slot) = (id.clone(), slot.clone());
                Callback::new(move |v: DateValue| {
                    answers.update(|a| {
                        slot.set(
                            a,
                            &id,
                            Answer::Date(DateAnswer::new(v.day, v.month, v.year)),
                        )
                    })
                })
            };
            // The calendar beside the fields: typing stays the main way in.
            let now = today();
            let calendar = |d: Date| CalendarDate::new(d.year, d.month, d.day);
            let (min, max) = pickers::picker_bounds(field.date.as_ref(), now);
            let picker_label = (pickers::dates_on_page(&state.def, &id) > 1)
                .then(|| format!("{} {label}", Msg::DatePickerFor.text(lang)));
            // Built as props, since a bound may be absent.
            let picker = DatePicker(DatePickerProps {
                id: id.clone(),
                value: value.into(),
                on_change,
                min: min.and_then(calendar),
                max: max.and_then(calendar),
                label: picker_label.into(),
                today: calendar(now),
                class: String::new(),
            });
            view! {
                <DateInput
                    id=id.clone()
                    legend=label
                    legend_is_heading=is_heading
                    hint=hint
                    error=error
                    error_parts=error_parts
                    value=value
                    on_change=on_change
                />
                {picker}
            }
            .into_any()
        }
    }
}

/// An address field: a fieldset of one text input per part, each with its label, width
/// and autocomplete token. An error shows at the part it names (the first wrong one),
/// which the error summary links to.
fn address_view(
    field: &Field,
    is_heading: bool,
    slot: Slot,
    state: &FlowState,
    lang: Lang,
) -> AnyView {
    let (answers, errors) = (state.answers, state.errors);
    let id = field.id.clone();
    let hint = field.hint.as_ref().map(|h| h.get(lang).to_string());
    let hint_id = format!("{id}-hint");
    let inputs = AddressPart::ALL
        .into_iter()
        .map(|part| {
            let error = {
                let (id, field) = (id.clone(), field.clone());
                let refused = state.refused;
                Signal::derive(move || {
                    let own = errors.with(|es| {
                        es.iter().find(|e| e.field == id).map(|e| {
                            (e.address_part().unwrap_or(AddressPart::Street) == part)
                                .then(|| e.message(Some(&field), lang))
                        })
                    });
                    match own {
                        Some(message) => message,
                        None if part == AddressPart::Street => {
                            refused.with(|rs| refused::message_of(rs, &id, lang))
                        }
                        None => None,
                    }
                })
            };
            let value = {
                let (id, slot) = (id.clone(), slot.clone());
                Memo::new(move |_| {
                    answers.with(|a| {
                        slot.get(a, &id)
                            .and_then(Answer::as_address)
                            .map(|ad| ad.part(part).to_string())
                            .unwrap_or_default()
                    })
                })
            };
            let on_input = {
                let (id, slot) = (id.clone(), slot.clone());
                Callback::new(move |v: String| {
                    answers.update(|a| {
                        let mut address = slot
                            .get(a, &id)
                            .and_then(Answer::as_address)
                            .cloned()
                            .unwrap_or_default();
                        *address.part_mut(part) = v;
                        slot.set(a, &id, Answer::Address(address));
                    })
                })
            };
            let (width, autocomplete, input_mode) = match part {
                AddressPart::Street => (InputWidth::Full, Some("address-line1"), None),
                AddressPart::Number => (InputWidth::W5, None, None),
                AddressPart::Floor | AddressPart::Door => (InputWidth::W3, None, None),
                AddressPart::Postcode => (InputWidth::W4, Some("postal-code"), Some("numeric")),
                AddressPart::City => (InputWidth::W20, Some("address-level2"), None),
            };
            view! {
                <TextInput
                    id=format!("{id}-{}", part.as_str())
                    label=part.label(lang).to_string()
                    error=error
                    value=value
                    on_input=on_input
                    width=width
                    autocomplete=autocomplete.map(str::to_string)
                    input_mode=input_mode.map(str::to_string)
                    spellcheck=false
                />
            }
        })
        .collect_view();
    let search = address_search(&id, slot, state, lang);
    let described_by = hint.as_ref().map(|_| hint_id.clone());
    let group_class = {
        let id = id.clone();
        let refused = state.refused;
        move || {
            if errors.with(|es| es.iter().any(|e| e.field == id))
                || refused.with(|rs| rs.iter().any(|r| r.field == id))
            {
                "kk-form-group kk-form-group--error kk-address"
            } else {
                "kk-form-group kk-address"
            }
        }
    };
    view! {
        <div class=group_class id=id.clone()>
            <Fieldset legend=field.label.get(lang).to_string() legend_is_heading=is_heading described_by=described_by>
                {hint.map(|h| view! { <Hint id=hint_id.clone() text=h/> })}
                {search}
                {inputs}
            </Fieldset>
        </div>
    }
    .into_any()
}

/// How many addresses the address search suggests.
const ADDRESS_SUGGESTIONS: u32 = 8;

/// The address search above an address field's parts (`{id}-search`): typing two or
/// more characters looks addresses up, and choosing one fills every part. The parts
/// stay the answer and editable; when the lookup fails the citizen is told to type the
/// address in them, and nothing blocks Continue.
fn address_search(id: &str, slot: Slot, state: &FlowState, lang: Lang) -> AnyView {
    let answers = state.answers;
    let text = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    let found = StoredValue::new(Vec::<kommunekit_forms::contract::AddressSuggestion>::new());
    let cancel = StoredValue::new(api::Cancel::new());
    on_cleanup(move || cancel.with_value(api::Cancel::abort));
    let search = ComboboxSearch::new(move |q: String| {
        // A newer search replaces the one under way.
        let mine = api::Cancel::new();
        if let Some(before) = cancel.try_update_value(|c| std::mem::replace(c, mine.clone())) {
            before.abort();
        }
        async move {
            match api::addresses(&q, ADDRESS_SUGGESTIONS, Some(&mine)).await {
                Ok(list) => {
                    failed.set(false);
                    let items = list
                        .iter()
                        .enumerate()
                        .map(|(i, s)| ComboboxItem::new(i.to_string(), s.text.clone()))
                        .collect();
                    found.set_value(list);
                    Ok(items)
                }
                Err(_) if mine.is_aborted() => Err(LookupFailed),
                Err(_) => {
                    failed.set(true);
                    Err(LookupFailed)
                }
            }
        }
    });
    let on_select = {
        let id = id.to_string();
        Callback::new(move |item: ComboboxItem| {
            let chosen = item
                .value
                .parse::<usize>()
                .ok()
                .and_then(|i| found.with_value(|f| f.get(i).map(|s| s.address.clone())));
            if let Some(address) = chosen {
                answers.update(|a| slot.set(a, &id, Answer::Address(address)));
            }
        })
    };
    let failed_id = format!("{id}-search-failed");
    view! {
        <Combobox
            id=format!("{id}-search")
            label=Msg::AddressSearch.text(lang).to_string()
            hint=Some(Msg::AddressSearchHint.text(lang).to_string())
            value=text
            on_input=move |v: String| text.set(v)
            on_select=on_select
            search=search
            class="kk-address__search"
        />
        <Show when=move || failed.get()>
            <p class="kk-body kk-address__search-failed" id=failed_id.clone()>
                {Msg::AddressSearchFailed.text(lang)}
            </p>
        </Show>
    }
    .into_any()
}

/// A file not (yet) among the answer's attachments: being uploaded, or refused.
#[derive(Clone, Debug, PartialEq)]
struct PendingFile {
    key: String,
    name: String,
    size: u64,
    status: FileStatus,
}

/// The message when an upload failed for a reason other than the field's rules.
fn upload_failed_text(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("'{name}' kunne ikke uploades. Tjek din forbindelse, og prøv igen."),
        Lang::En => format!("'{name}' could not be uploaded. Check your connection and try again."),
    }
}

/// The message of a refused upload, naming the file: the field's own rule when the
/// status names it (413 too large, 415 wrong type, 422 empty), else the server's.
fn refused_text(
    rules: &FileRules,
    file: (&str, u64, &str),
    status: u16,
    problem: Option<&kommunekit_forms::Problem>,
    lang: Lang,
) -> String {
    let (name, size, media_type) = file;
    let kind = match status {
        413 => Some(ErrorKind::FileTooLarge {
            name: name.to_string(),
            max_size_mb: rules.max_size_mb,
        }),
        415 => Some(ErrorKind::FileWrongType {
            name: name.to_string(),
            kinds: rules.kinds.clone(),
        }),
        _ => kommunekit_forms::validate::file_error(rules, name, size, media_type),
    };
    match (kind, problem.and_then(|p| p.errors.first())) {
        (Some(kind), _) => kommunekit_forms::validate::message(&kind, None, lang),
        (None, Some(e)) => format!("'{name}': {}", e.message),
        (None, None) => upload_failed_text(name, lang),
    }
}

/// A file field: the file upload component. Chosen files are checked against the
/// field's rules here (the same code the server runs), then uploaded one by one with
/// progress; the answer holds the attachments the server stored. Removing a file
/// being uploaded cancels its upload.
fn file_view(
    field: &Field,
    is_heading: bool,
    slot: Slot,
    state: &FlowState,
    error: Signal<Option<String>>,
    lang: Lang,
) -> AnyView {
    let answers = state.answers;
    let id = field.id.clone();
    let rules = field.file.clone().unwrap_or_default();
    let service = state.service().to_string();
    let hint = Some(match &field.hint {
        Some(h) => h.get(lang).to_string(),
        None => match lang {
            Lang::Da => format!(
                "Vælg {}. Hver fil må højst fylde {} MB.",
                rules.kinds_text(lang),
                rules.max_size_mb
            ),
            Lang::En => format!(
                "Choose {}. Each file must be {} MB or smaller.",
                rules.kinds_text(lang),
                rules.max_size_mb
            ),
        },
    });
    let pending: RwSignal<Vec<PendingFile>> = RwSignal::new(Vec::new());
    let uploads = StoredValue::new_local(Vec::<(String, Rc<api::Upload>)>::new());
    let leave = use_context::<PageUploads>()
        .map(|p| p.0)
        .unwrap_or_else(page_cancel);
    let next_key = StoredValue::new(0u32);
    let stored = {
        let (id, slot) = (id.clone(), slot.clone());
        Memo::new(move |_| {
            answers.with(|a| {
                slot.get(a, &id)
                    .map(|x| x.as_files().to_vec())
                    .unwrap_or_default()
            })
        })
    };
    let items = Signal::derive(move || {
        let mut items: Vec<FileItem> = stored
            .get()
            .into_iter()
            .map(|f| {
                FileItem::new(
                    format!("stored-{}", f.id),
                    f.name,
                    display_size(f.size, lang),
                    FileStatus::Uploaded,
                )
            })
            .collect();
        items.extend(
            pending
                .get()
                .into_iter()
                .map(|p| FileItem::new(p.key, p.name, display_size(p.size, lang), p.status)),
        );
        items
    });
    let on_select = {
        let (id, slot, rules) = (id.clone(), slot.clone(), rules.clone());
        Callback::new(move |files: Vec<web_sys::File>| {
            for file in files {
                let key = next_key.with_value(|n| format!("pending-{n}"));
                next_key.update_value(|n| *n += 1);
                let name = file.name();
                let size = file.size().max(0.0) as u64;
                let media_type = file.type_();
                let taken = stored.with_untracked(Vec::len)
                    + pending.with_untracked(|p| {
                        p.iter()
                            .filter(|p| matches!(p.status, FileStatus::Uploading { .. }))
                            .count()
                    });
                let refused = if taken >= rules.max_files {
                    Some(kommunekit_forms::validate::message(
                        &ErrorKind::TooManyFiles {
                            max: rules.max_files,
                        },
                        None,
                        lang,
                    ))
                } else {
                    kommunekit_forms::validate::file_error(&rules, &name, size, &media_type)
                        .map(|kind| kommunekit_forms::validate::message(&kind, None, lang))
                };
                let status = match &refused {
                    Some(message) => FileStatus::Failed {
                        message: message.clone(),
                    },
                    None => FileStatus::Uploading { percent: 0 },
                };
                pending.update(|p| {
                    p.push(PendingFile {
                        key: key.clone(),
                        name: name.clone(),
                        size,
                        status,
                    })
                });
                if refused.is_some() {
                    continue;
                }
                let progress_key = key.clone();
                let started = api::upload_attachment(
                    &service,
                    &id,
                    &file,
                    lang.as_str(),
                    Some(&leave),
                    move |n| {
                        // The field may have been drawn again since (`try_`).
                        pending.try_update(|p| {
                            if let Some(item) = p.iter_mut().find(|i| i.key == progress_key) {
                                item.status = FileStatus::Uploading { percent: n };
                            }
                        });
                    },
                );
                let upload = match started {
                    Ok(upload) => Rc::new(upload),
                    Err(api::UploadError::Cancelled) => {
                        pending.update(|p| p.retain(|i| i.key != key));
                        continue;
                    }
                    Err(_) => {
                        let message = upload_failed_text(&name, lang);
                        pending.update(|p| {
                            if let Some(item) = p.iter_mut().find(|i| i.key == key) {
                                item.status = FileStatus::Failed { message };
                            }
                        });
                        continue;
                    }
                };
                uploads.update_value(|u| u.push((key.clone(), upload.clone())));
                let (id, slot, rules) = (id.clone(), slot.clone(), rules.clone());
                leptos::task::spawn_local(async move {
                    let result = upload.finished().await;
                    // The field may have been drawn again meanwhile (in the other
                    // language): the answer still takes the file.
                    uploads.try_update_value(|u| u.retain(|(k, _)| *k != key));
                    let failed = match result {
                        Ok(attachment) => {
                            pending.try_update(|p| p.retain(|i| i.key != key));
                            answers.update(|a| {
                                let mut files = slot
                                    .get(a, &id)
                                    .map(|x| x.as_files().to_vec())
                                    .unwrap_or_default();
                                files.push(attachment);
                                slot.set(a, &id, Answer::Files(files));
                            });
                            None
                        }
                        Err(api::UploadError::Cancelled) => {
                            pending.try_update(|p| p.retain(|i| i.key != key));
                            None
                        }
                        Err(api::UploadError::Refused { status, problem }) => Some(refused_text(
                            &rules,
                            (&name, size, &media_type),
                            status,
                            problem.as_ref(),
                            lang,
                        )),
                        Err(_) => Some(upload_failed_text(&name, lang)),
                    };
                    if let Some(message) = failed {
                        pending.try_update(|p| {
                            if let Some(item) = p.iter_mut().find(|i| i.key == key) {
                                item.status = FileStatus::Failed { message };
                            }
                        });
                    }
                });
            }
        })
    };
    let on_remove = {
        let (id, slot) = (id.clone(), slot.clone());
        Callback::new(move |key: String| {
            if let Some(stored_id) = key.strip_prefix("stored-") {
                answers.update(|a| {
                    let files: Vec<_> = slot
                        .get(a, &id)
                        .map(|x| x.as_files().to_vec())
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|f| f.id != stored_id)
                        .collect();
                    slot.set(a, &id, Answer::Files(files));
                });
                // The server forgets the file too; if that fails, it expires unsubmitted.
                let stored_id = stored_id.to_string();
                leptos::task::spawn_local(async move {
                    let _ = api::upload::remove_attachment(&stored_id).await;
                });
                return;
            }
            uploads.with_value(|u| {
                if let Some((_, upload)) = u.iter().find(|(k, _)| *k == key) {
                    upload.cancel();
                }
            });
            pending.update(|p| p.retain(|i| i.key != key));
        })
    };
    let multiple = rules.max_files > 1;
    view! {
        <FileUpload
            id=id.clone()
            label=field.label.get(lang).to_string()
            label_is_heading=is_heading
            hint=hint
            error=error
            accept=rules.accept()
            multiple=multiple
            items=items
            on_select=on_select
            on_remove=on_remove
        />
    }
    .into_any()
}

/// The error summary of a question page: the errors found in the browser, then the
/// answers of the page that the server refused (a field shows one error, the
/// browser's first), then a failed save.
fn summary_items(state: &FlowState, page_id: &str, lang: Lang) -> Vec<ErrorItem> {
    state.errors.with(|es| {
        let refused: Vec<ErrorItem> = state.refused.with(|rs| {
            rs.iter()
                .filter(|r| r.is_on(page_id) && !es.iter().any(|e| e.field == r.field))
                .map(|r| ErrorItem::new(r.target_id(&state.def), r.message(lang)))
                .collect()
        });
        es.iter()
            .map(|e| {
                let field = state.def.field(&e.field).map(|(_, f)| f);
                ErrorItem::new(e.target_id(field), e.message(field, lang))
            })
            .chain(refused)
            .chain(state.save_error.get().map(|f| f.item(lang)))
            .collect()
    })
}

#[component]
fn QuestionPage(page: Page) -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let service = state.service().to_string();
    let query = use_query_map();
    let changing = Memo::new(move |_| query.read().get(CHANGE_QUERY).is_some());
    provide_page_uploads();

    // Opened out of order (a bookmark, an old tab): go to where the answers lead. The
    // check runs when the page opens and when an answer takes it off the route, not on
    // every keystroke.
    {
        let state = state.clone();
        let (service, page_id) = (service.clone(), page.id.clone());
        let on_route = on_route_memo(&state, &page_id);
        Effect::new(move |_| {
            if draft::load_receipt(&service).is_some() {
                navigate_to(&paths::step(&service, RECEIPT_STEP), true);
            } else if !on_route.get() {
                let href = state.with_journey(|j| step_href(&service, j.resume_step()));
                navigate_to(&href, true);
            }
        });
    }

    {
        let state = state.clone();
        let page = page.clone();
        Effect::new(move |_| {
            let l = lang.get();
            let has_errors = state.errors.with(|e| !e.is_empty())
                || state.refused.with(|rs| refused::any_on(rs, &page.id));
            let heading = page.heading().map(|t| t.get(l)).unwrap_or_default();
            portal.set_title(has_errors, &[heading, state.def.title.get(l)]);
        });
    }

    let back_href = {
        let state = state.clone();
        let (service, page_id) = (service.clone(), page.id.clone());
        Memo::new(move |_| {
            if changing.get() {
                let change = query.read().get(CHANGE_QUERY);
                return sections::change_back_href(&service, change.as_deref());
            }
            state.with_journey(|j| match j.previous(&page_id) {
                Some(p) => paths::step(&service, &p.id),
                None => sections::first_back_href(&state.def, &service),
            })
        })
    };

    let dropped = expect_context::<DroppedAnswers>().0;
    let on_submit = {
        let state = state.clone();
        let (service, page_id) = (service.clone(), page.id.clone());
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if !state.check_page(&page_id) {
                return;
            }
            // The citizen has seen the version notice and moved on.
            dropped.set(Vec::new());
            let href = state.with_journey(|j| {
                let change = query.read_untracked().get(CHANGE_QUERY);
                continue_href(j, &service, &page_id, change.as_deref())
            });
            navigate_to(&href, false);
        }
    };

    let summary = {
        let (state, page_id) = (state.clone(), page.id.clone());
        Signal::derive(move || summary_items(&state, &page_id, lang.get()))
    };

    let body = {
        let state = state.clone();
        let page = page.clone();
        move || {
            let l = lang.get();
            let is_heading = page.field_is_heading();
            let reveals = page.reveals();
            view! {
                <span class="kk-caption-l">{state.def.title.get(l).to_string()}</span>
                {page
                    .title
                    .as_ref()
                    .map(|t| view! { <h1 class="kk-heading-l">{t.get(l).to_string()}</h1> })}
                {content_view(&page.content, l)}
                {page
                    .fields
                    .iter()
                    .filter(|f| reveals.revealer(&f.id).is_none())
                    .map(|f| field_view(f.clone(), is_heading, Slot::Answers, &state, l))
                    .collect_view()}
            }
        }
    };

    view! {
        <BackLink href=back_href />
        <div class="kk-grid-row">
            <div class="kk-grid-column-two-thirds">
                <ErrorSummary errors=summary />
                <VersionNotice />
                <form novalidate on:submit=on_submit>
                    {body}
                    <div class="kk-button-group">
                        <Button>{move || Msg::Continue.text(lang.get())}</Button>
                        <resume::SaveForLater page_id=page.id.clone() />
                    </div>
                </form>
            </div>
        </div>
    }
}

/// A repeat page ("add another"): the items added so far, each with change and remove,
/// and the question whether to add another; or the form of one item (`?item=n`, and
/// always while there are none).
#[component]
fn RepeatPage(page: Page) -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let service = state.service().to_string();
    let Some(repeat) = page.repeat.clone() else {
        return view! { <NotFound /> }.into_any();
    };
    provide_page_uploads();
    let query = use_query_map();
    let changing = Memo::new(move |_| query.read().get(CHANGE_QUERY).is_some());
    let asked = Memo::new(move |_| {
        query
            .read()
            .get(paths::ITEM_QUERY)
            .and_then(|n| n.parse::<usize>().ok())
    });
    let count = {
        let (state, page) = (state.clone(), page.clone());
        Memo::new(move |_| state.answers.with(|a| page.items(a).len()))
    };
    let max = repeat.max_items;
    // The item whose form shows (from 0), or none for the list.
    let editing = Memo::new(move |_| {
        let n = count.get();
        match asked.get() {
            Some(k) if k >= 1 && k <= n + 1 && k <= max => Some(k - 1),
            _ if n == 0 => Some(0),
            _ => None,
        }
    });
    let another_id = format!("{}-add-another", page.id);
    let list_id = format!("{}-list", page.id);
    let another = RwSignal::new(String::new());

    // Opened out of order: go to where the answers lead. With no items, the address
    // names the first item's form, so that typing in it keeps the form on screen.
    {
        let state = state.clone();
        let (service, page_id) = (service.clone(), page.id.clone());
        let on_route = on_route_memo(&state, &page_id);
        Effect::new(move |_| {
            if draft::load_receipt(&service).is_some() {
                navigate_to(&paths::step(&service, RECEIPT_STEP), true);
            } else if !on_route.get() {
                let href = state.with_journey(|j| step_href(&service, j.resume_step()));
                navigate_to(&href, true);
            } else if count.get() == 0 && asked.get() != Some(1) {
                navigate_to(
                    &paths::item(&service, &page_id, 1, changing.get_untracked()),
                    true,
                );
            }
        });
    }
    // Between the list and an item's form: clear errors and start at the heading.
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = asked.get();
        if previous.is_some_and(|p| p != now) {
            state.errors.set(Vec::new());
            another.set(String::new());
            request_animation_frame(focus_heading);
        }
        now
    });
    {
        let (state, page, repeat) = (state.clone(), page.clone(), repeat.clone());
        Effect::new(move |_| {
            let l = lang.get();
            let has_errors = state.errors.with(|e| !e.is_empty())
                || (editing.get().is_none()
                    && state.refused.with(|rs| refused::any_on(rs, &page.id)));
            let heading = page.heading().map(|t| t.get(l)).unwrap_or_default();
            let item = editing.get().map(|i| repeat.item_label(i, l));
            let mut parts: Vec<&str> = item.iter().map(String::as_str).collect();
            parts.extend([heading, state.def.title.get(l)]);
            portal.set_title(has_errors, &parts);
        });
    }

    let list_href = {
        let (service, page_id) = (service.clone(), page.id.clone());
        move || {
            if changing.get_untracked() {
                paths::change(&service, &page_id)
            } else {
                paths::step(&service, &page_id)
            }
        }
    };
    let back_href = {
        let state = state.clone();
        let (service, page_id) = (service.clone(), page.id.clone());
        let list_href = list_href.clone();
        Memo::new(move |_| {
            if editing.get().is_some() && count.get() > 0 {
                return list_href();
            }
            if changing.get() {
                let change = query.read().get(CHANGE_QUERY);
                return sections::change_back_href(&service, change.as_deref());
            }
            state.with_journey(|j| match j.previous(&page_id) {
                Some(p) => paths::step(&service, &p.id),
                None => sections::first_back_href(&state.def, &service),
            })
        })
    };

    let on_submit = {
        let state = state.clone();
        let (service, page_id, another_id) = (service.clone(), page.id.clone(), another_id.clone());
        let list_href = list_href.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let n = count.get_untracked();
            if let Some(index) = editing.get_untracked() {
                let errors = state.with_journey(|j| j.validate_item(&page_id, index));
                if !errors.is_empty() {
                    state.errors.set(errors);
                    return;
                }
                state.errors.set(Vec::new());
                if index >= n {
                    // An item of optional fields left empty is still an item.
                    state.answers.update(|a| {
                        let mut items = a
                            .get(&page_id)
                            .map(|x| x.as_items().to_vec())
                            .unwrap_or_default();
                        items.push(Answers::new());
                        a.insert(page_id.clone(), Answer::Items(items));
                    });
                }
                if !(changing.get_untracked() && index < n) {
                    navigate_to(&list_href(), false);
                    return;
                }
            } else if n < max {
                match another.get_untracked().as_str() {
                    YES => {
                        let href = paths::item(&service, &page_id, n + 1, changing.get_untracked());
                        navigate_to(&href, false);
                        return;
                    }
                    NO => {}
                    _ => {
                        state.errors.set(vec![FieldError {
                            page: page_id.clone(),
                            field: another_id.clone(),
                            kind: ErrorKind::Required,
                        }]);
                        return;
                    }
                }
            }
            if !state.check_page(&page_id) {
                return;
            }
            let href = state.with_journey(|j| {
                let change = query.read_untracked().get(CHANGE_QUERY);
                continue_href(j, &service, &page_id, change.as_deref())
            });
            navigate_to(&href, false);
        }
    };

    let another_field = {
        let mut f = Field::new(
            another_id.clone(),
            FieldType::YesNo,
            repeat.add_another.clone(),
        );
        f.required = true;
        f
    };
    let summary = {
        let (state, page, another_field, list_id) = (
            state.clone(),
            page.clone(),
            another_field.clone(),
            list_id.clone(),
        );
        Signal::derive(move || {
            let l = lang.get();
            state.errors.with(|es| {
                es.iter()
                    .map(|e| {
                        let field = page
                            .fields
                            .iter()
                            .chain([&another_field])
                            .find(|f| f.id == e.field);
                        let target = if e.field == page.id {
                            list_id.clone()
                        } else {
                            e.target_id(field)
                        };
                        ErrorItem::new(target, e.message(field, l))
                    })
                    // On the list, the answers of the page the server refused.
                    .chain(
                        state
                            .refused
                            .get()
                            .into_iter()
                            .filter(|r| editing.get().is_none() && r.is_on(&page.id))
                            .map(|r| ErrorItem::new(list_id.clone(), r.message(l))),
                    )
                    .chain(state.save_error.get().map(|f| f.item(l)))
                    .collect()
            })
        })
    };

    let remove = {
        let (state, page_id, list_id) = (state.clone(), page.id.clone(), list_id.clone());
        move |index: usize| {
            state.errors.set(Vec::new());
            state.answers.update(|a| {
                let mut items = a
                    .get(&page_id)
                    .map(|x| x.as_items().to_vec())
                    .unwrap_or_default();
                if index < items.len() {
                    items.remove(index);
                }
                if items.is_empty() {
                    a.remove(&page_id);
                } else {
                    a.insert(page_id.clone(), Answer::Items(items));
                }
            });
            let list_id = list_id.clone();
            request_animation_frame(move || {
                let el = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&list_id))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
                if let Some(el) = el {
                    let _ = el.focus();
                }
            });
        }
    };

    let body = {
        let (state, page, service) = (state.clone(), page.clone(), service.clone());
        let (another_id, list_id) = (another_id.clone(), list_id.clone());
        move || {
            let l = lang.get();
            let title = page
                .heading()
                .map(|t| t.get(l).to_string())
                .unwrap_or_default();
            let head = view! {
                <span class="kk-caption-l">{state.def.title.get(l).to_string()}</span>
                <h1 class="kk-heading-l">{title}</h1>
                {content_view(&page.content, l)}
            };
            let rest = match editing.get() {
                Some(index) => view! {
                    <h2 class="kk-heading-m">{repeat.item_label(index, l)}</h2>
                    {page
                        .fields
                        .iter()
                        .map(|f| {
                            field_view(
                                f.clone(),
                                false,
                                Slot::Item(page.id.clone(), index),
                                &state,
                                l,
                            )
                        })
                        .collect_view()}
                }
                .into_any(),
                None => {
                    let rows = state.answers.with(|a| {
                        let journey = Journey::new(&state.def, a, today());
                        page.items(a)
                            .iter()
                            .enumerate()
                            .map(|(i, item)| {
                                (
                                    i,
                                    repeat.item_label(i, l),
                                    journey.display_item(&page, item, l),
                                )
                            })
                            .collect::<Vec<_>>()
                    });
                    let rows = rows
                        .into_iter()
                        .map(|(i, label, lines)| {
                            let remove = remove.clone();
                            let href = paths::item(&service, &page.id, i + 1, changing.get_untracked());
                            view! {
                                <div class="kk-summary-list__row">
                                    <dt class="kk-summary-list__key">{label.clone()}</dt>
                                    <dd class="kk-summary-list__value">
                                        {lines
                                            .into_iter()
                                            .map(|line| view! { <p class="kk-body kk-summary-list__line">{line}</p> })
                                            .collect_view()}
                                    </dd>
                                    <dd class="kk-summary-list__actions">
                                        <a class="kk-link" href=href>
                                            {crate::app::locale_of(l).change().to_string()}
                                            <span class="kk-visually-hidden">{format!(" {label}")}</span>
                                        </a>
                                        " "
                                        <button
                                            type="button"
                                            class="kk-button kk-button--secondary"
                                            on:click=move |_| remove(i)
                                        >
                                            {Msg::Remove.text(l)}
                                            <span class="kk-visually-hidden">{format!(" {label}")}</span>
                                        </button>
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view();
                    let error = {
                        let (another_id, another_field) =
                            (another_id.clone(), another_field.clone());
                        Signal::derive(move || {
                            state.errors.with(|es| {
                                es.iter()
                                    .find(|e| e.field == another_id)
                                    .map(|e| e.message(Some(&another_field), l))
                            })
                        })
                    };
                    let question = (count.get() < max).then(|| {
                        let items: Vec<RadioItem> = another_field
                            .choices()
                            .iter()
                            .map(|o| RadioItem::new(o.value.clone(), o.label.get(l).to_string()))
                            .collect();
                        view! {
                            <Radios
                                id=another_id.clone()
                                legend=repeat.add_another.get(l).to_string()
                                error=error
                                items=items
                                value=Signal::derive(move || another.get())
                                on_change=Callback::new(move |v: String| another.set(v))
                                layout=RadiosLayout::Inline
                            />
                        }
                    });
                    view! {
                        <h2 class="kk-heading-m" id=list_id.clone() tabindex="-1">
                            {Msg::AddedSoFar.text(l)}
                        </h2>
                        <dl class="kk-summary-list">{rows}</dl>
                        {question}
                    }
                    .into_any()
                }
            };
            view! { {head} {rest} }
        }
    };

    view! {
        <BackLink href=back_href />
        <div class="kk-grid-row">
            <div class="kk-grid-column-two-thirds">
                <ErrorSummary errors=summary />
                <form novalidate on:submit=on_submit>
                    {body}
                    <div class="kk-button-group">
                        <Button>{move || Msg::Continue.text(lang.get())}</Button>
                        <resume::SaveForLater page_id=page.id.clone() />
                    </div>
                </form>
            </div>
        </div>
    }
    .into_any()
}

/// An exit page: the answers lead where the service cannot be used. It says why and
/// what to do instead, with a back link to the question that led here and no button.
#[component]
fn ExitStep(exit: ExitPage) -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let service = state.service().to_string();

    // Opened when the answers do not lead here: go to where they do lead.
    {
        let state = state.clone();
        let (service, exit_id) = (service.clone(), exit.id.clone());
        Effect::new(move |_| {
            if draft::load_receipt(&service).is_some() {
                navigate_to(&paths::step(&service, RECEIPT_STEP), true);
            } else if state.with_journey(|j| j.exit().is_none_or(|e| e.id != exit_id)) {
                let href = state.with_journey(|j| step_href(&service, j.resume_step()));
                navigate_to(&href, true);
            }
        });
    }
    {
        let state = state.clone();
        let title = exit.title.clone();
        Effect::new(move |_| {
            let l = lang.get();
            portal.set_title(false, &[title.get(l), state.def.title.get(l)]);
        });
    }
    let back_href = {
        let state = state.clone();
        let (service, exit_id) = (service.clone(), exit.id.clone());
        Signal::derive(move || {
            state.with_journey(|j| match j.previous(&exit_id) {
                Some(p) => paths::step(&service, &p.id),
                None => paths::start(&service),
            })
        })
    };
    move || {
        let l = lang.get();
        view! {
            <BackLink href=back_href />
            <div class="kk-grid-row">
                <div class="kk-grid-column-two-thirds">
                    <span class="kk-caption-l">{state.def.title.get(l).to_string()}</span>
                    <h1 class="kk-heading-l">{exit.title.get(l).to_string()}</h1>
                    {content_view(&exit.body, l)}
                </div>
            </div>
        }
    }
}

/// The id of the button that fetches a new version of the service.
const LOAD_NEW_VERSION_ID: &str = "load-new-version";

/// What went wrong with the last attempt to submit.
#[derive(Clone, Debug, PartialEq)]
enum SubmitProblem {
    /// Nothing sent yet, or it went through.
    None,
    /// The network or server failed; the answers are kept.
    Failed,
    /// The service changed.
    Changed,
    /// The server refused answers: those with a field are in [`FlowState`]'s
    /// `refused`, shown until the citizen changes them.
    Rejected,
    /// The browser is offline: the submission waits in the outbox and goes when the
    /// connection returns.
    Offline,
}

#[component]
fn CheckAnswersPage() -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let key = expect_context::<StoredValue<Option<String>>>();
    let service = state.service().to_string();
    let problem = RwSignal::new(SubmitProblem::None);

    {
        let state = state.clone();
        let service = service.clone();
        Effect::new(move |_| {
            if draft::load_receipt(&service).is_some() {
                navigate_to(&paths::step(&service, RECEIPT_STEP), true);
            } else if !state.with_journey(|j| j.is_complete()) {
                let href = if state.answers.with(|a| a.is_empty()) {
                    paths::start(&service)
                } else {
                    state.with_journey(|j| step_href(&service, j.resume_step()))
                };
                navigate_to(&href, true);
            }
        });
    }
    {
        let state = state.clone();
        Effect::new(move |_| {
            let l = lang.get();
            let has_errors = !matches!(problem.get(), SubmitProblem::None | SubmitProblem::Offline)
                || state.refused.with(|rs| !rs.is_empty());
            portal.set_title(
                has_errors,
                &[state.def.check_answers.title.get(l), state.def.title.get(l)],
            );
        });
    }

    // Sends a submission, from the button or from the outbox when the network returns.
    // The idempotency key is the outbox's, so however often it is sent, it is stored once.
    let cancel = page_cancel();
    let send = {
        let (service, state) = (service.clone(), state.clone());
        Action::new_local(move |outbox: &Outbox| {
            let (service, outbox, cancel) = (service.clone(), outbox.clone(), cancel.clone());
            let state = state.clone();
            async move {
                let options = api::SubmitOptions {
                    draft_id: outbox.draft_id.as_deref(),
                    cancel: Some(&cancel),
                };
                let sent =
                    api::submit_with(&service, &outbox.request, &outbox.idempotency_key, options)
                        .await;
                match sent {
                    Ok(receipt) => {
                        state.refused.set(Vec::new());
                        draft::save_receipt(&service, &receipt);
                        draft::clear_draft(&service);
                        draft::clear_outbox(&service);
                        key.set_value(None);
                        problem.set(SubmitProblem::None);
                        navigate_to(&paths::step(&service, RECEIPT_STEP), true);
                    }
                    Err(ApiError::Invalid(p)) => {
                        draft::clear_outbox(&service);
                        key.set_value(None);
                        let sent = state.answers.get_untracked();
                        state.refused.set(refused::Refusal::of_problem(
                            &p,
                            &state.def,
                            &sent,
                            outbox.request.language,
                        ));
                        problem.set(SubmitProblem::Rejected);
                    }
                    Err(ApiError::Conflict(_)) => {
                        draft::clear_outbox(&service);
                        problem.set(SubmitProblem::Changed);
                    }
                    // The citizen left the page; a waiting submission stays in the outbox.
                    Err(ApiError::Cancelled) => {}
                    Err(ApiError::Network(_)) => {
                        draft::save_outbox(&service, &outbox);
                        problem.set(if api::is_offline() {
                            SubmitProblem::Offline
                        } else {
                            SubmitProblem::Failed
                        });
                    }
                    Err(_) => problem.set(SubmitProblem::Failed),
                }
            }
        })
    };
    let pending = send.pending();

    let submit = {
        let state = state.clone();
        let service = service.clone();
        Callback::new(move |()| {
            if pending.get_untracked() {
                return;
            }
            let answers = match state.with_journey(|j| j.submission()) {
                Ok(a) => a,
                Err(errors) => {
                    state.errors.set(errors);
                    return;
                }
            };
            let idem = key.get_value().unwrap_or_else(api::new_idempotency_key);
            key.set_value(Some(idem.clone()));
            let server = state.server.get_untracked();
            state.answers.with_untracked(|answers| {
                draft::save_draft(
                    &service,
                    DraftRef {
                        version: state.def.version,
                        answers,
                        idempotency_key: Some(&idem),
                        server: server.as_ref(),
                    },
                )
            });
            let outbox = Outbox {
                idempotency_key: idem,
                request: SubmissionRequest {
                    service_version: state.def.version,
                    language: lang.get_untracked(),
                    answers,
                },
                draft_id: server.map(|s| s.id),
            };
            if api::is_offline() {
                draft::save_outbox(&service, &outbox);
                problem.set(SubmitProblem::Offline);
            } else {
                send.dispatch(outbox);
            }
        })
    };

    // A submission waiting in the outbox goes when the connection returns, and at once
    // when the page opens online (after a reload, say).
    {
        let service = service.clone();
        let flush = move || {
            if pending.get_untracked() {
                return;
            }
            if let Some(outbox) = draft::load_outbox(&service) {
                if api::is_offline() {
                    problem.set(SubmitProblem::Offline);
                } else {
                    send.dispatch(outbox);
                }
            }
        };
        let on_online = flush.clone();
        let handle = window_event_listener(leptos::ev::online, move |_| on_online());
        on_cleanup(move || handle.remove());
        Effect::new(move |done: Option<()>| {
            if done.is_none() {
                flush();
            }
        });
    }

    // Each refused answer links to its page; the other problems to this page's buttons.
    let error_items = {
        let state = state.clone();
        Signal::derive(move || {
            let l = lang.get();
            // A refused answer links to its page (its change link), or to the submit
            // button when its page is unknown.
            let refused: Vec<ErrorItem> = state.refused.with(|rs| {
                state.with_journey(|j| {
                    rs.iter()
                        .filter(|r| r.page.as_deref().is_none_or(|p| j.is_on_route(p)))
                        .map(|r| {
                            ErrorItem::new(r.target_id(&state.def), r.message(l))
                                .with_link(r.href(&state.def))
                        })
                        .collect()
                })
            });
            let own = |id: &str, msg: Msg| vec![ErrorItem::new(id, msg.text(l))];
            match problem.get() {
                SubmitProblem::Failed => own("submit", Msg::SubmitFailed),
                SubmitProblem::Changed => own(LOAD_NEW_VERSION_ID, Msg::ServiceChanged),
                // No field named (a reused key, say): with a new key, sending again helps.
                SubmitProblem::Rejected if refused.is_empty() => own("submit", Msg::SubmitFailed),
                SubmitProblem::None | SubmitProblem::Offline | SubmitProblem::Rejected => refused,
            }
        })
    };

    let rows = {
        let state = state.clone();
        let service = service.clone();
        Signal::derive(move || {
            let l = lang.get();
            state.with_journey(|j| {
                j.summary(l)
                    .into_iter()
                    .map(|item| SummaryRow {
                        key: item.question.clone(),
                        value: if item.answer.is_empty() {
                            vec![Msg::NotAnswered.text(l).to_string()]
                        } else {
                            item.answer
                        },
                        action: Some(SummaryAction {
                            href: match item.item {
                                Some(i) => paths::item(&service, &item.page, i + 1, true),
                                None => paths::change(&service, &item.page),
                            },
                            text: crate::app::locale_of(l).change().to_string(),
                            visually_hidden: item.question,
                        }),
                    })
                    .collect()
            })
        })
    };

    let reload = use_context::<ReloadDefinition>();
    move || {
        let l = lang.get();
        let def = state.def.clone();
        // After a 409: fetch the new version; the draft is carried over to it.
        let changed_view = move || {
            let reload = reload?;
            (problem.get() == SubmitProblem::Changed).then(|| {
                view! {
                    <Button
                        id=LOAD_NEW_VERSION_ID
                        button_type=ButtonType::Button
                        variant=ButtonVariant::Secondary
                        on_click=Callback::new(move |_| reload.0.run(()))
                    >
                        {Msg::LoadNewVersion.text(l)}
                    </Button>
                }
            })
        };
        let back = state.with_journey(|j| {
            j.previous(CHECK_ANSWERS)
                .map(|p| paths::step(&service, &p.id))
                .unwrap_or_else(|| sections::first_back_href(&state.def, &service))
        });
        view! {
            <BackLink href=Signal::derive(move || back.clone()) />
            <div class="kk-grid-row">
                <div class="kk-grid-column-two-thirds">
                    <ErrorSummary errors=error_items />
                    {move || {
                        (problem.get() == SubmitProblem::Offline)
                            .then(|| {
                                view! {
                                    <NotificationBanner id="offline" take_focus=true>
                                        <p class="kk-notification-banner__heading">
                                            {Msg::Offline.text(l)}
                                        </p>
                                    </NotificationBanner>
                                }
                            })
                    }}
                    <VersionNotice />
                    {changed_view}
                    <span class="kk-caption-l">{def.title.get(l).to_string()}</span>
                    <h1 class="kk-heading-l">{def.check_answers.title.get(l).to_string()}</h1>
                    {if def.has_sections() {
                        sections::summary_by_section(&state, l).into_any()
                    } else {
                        view! {
                            <h2 class="kk-heading-m">{Msg::YourAnswers.text(l)}</h2>
                            <SummaryList rows=rows />
                        }
                            .into_any()
                    }}
                    <h2 class="kk-heading-m">{Msg::NowSend.text(l)}</h2>
                    {def
                        .check_answers
                        .declaration
                        .as_ref()
                        .map(|d| view! { <p class="kk-body">{d.get(l).to_string()}</p> })}
                    <Button
                        id="submit"
                        button_type=ButtonType::Button
                        prevent_double_click=true
                        disabled=pending
                        on_click=Callback::new(move |_| submit.run(()))
                    >
                        {
                            let label = def.check_answers.submit_label.get(l).to_string();
                            move || {
                                if pending.get() {
                                    Msg::Sending.text(l).to_string()
                                } else {
                                    label.clone()
                                }
                            }
                        }
                    </Button>
                </div>
            </div>
        }
    }
}

#[component]
fn ReceiptPage(def: Arc<ServiceDefinition>) -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let service = def.id.clone();
    let receipt = draft::load_receipt(&service);
    {
        let def = def.clone();
        Effect::new(move |_| {
            let l = lang.get();
            portal.set_title(false, &[def.confirmation.title.get(l), def.title.get(l)]);
        });
    }
    let start_href = paths::start(&service);
    move || {
        let l = lang.get();
        let service = service.clone();
        let again = view! {
            <p class="kk-body">
                <a
                    class="kk-link"
                    href=start_href.clone()
                    on:click=move |_| draft::clear_receipt(&service)
                >
                    {Msg::StartAgain.text(l)}
                </a>
            </p>
        };
        match receipt.clone() {
            Some(r) => view! {
                <div class="kk-grid-row">
                    <div class="kk-grid-column-two-thirds">
                        <Panel title=def.confirmation.title.get(l).to_string()>
                            {Msg::YourReference.text(l)}
                            <br />
                            <strong class="kk-panel__reference">{r.reference.clone()}</strong>
                        </Panel>
                        <h2 class="kk-heading-m">{Msg::WhatHappensNext.text(l)}</h2>
                        {def
                            .confirmation
                            .next_steps
                            .iter()
                            .map(|p| view! { <p class="kk-body">{p.get(l).to_string()}</p> })
                            .collect_view()}
                        {again}
                    </div>
                </div>
            }
            .into_any(),
            None => view! {
                <div class="kk-grid-row">
                    <div class="kk-grid-column-two-thirds">
                        <h1 class="kk-heading-l">{def.title.get(l).to_string()}</h1>
                        <p class="kk-body">{Msg::NoReceipt.text(l)}</p>
                        {again}
                    </div>
                </div>
            }
            .into_any(),
        }
    }
}
