//! Date picker: a calendar beside the three date fields, for those who would rather
//! point at a day than type it. Typing stays the main way; the picker only fills the
//! fields.

use crate::classes::classes;
use crate::date_input::DateValue;
use crate::locale::use_locale;
use crate::modal::Modal;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{
    days_in_month, long_date, month_label, month_name, month_weeks, weekday_names, CalendarDate,
    GridKey, PickerTexts,
};

/// The id of the cell of `date` in the calendar of the date field `id`.
pub fn cell_id(id: &str, date: CalendarDate) -> String {
    format!("{id}-picker-{}", date.iso())
}

/// Today in the browser's time zone.
fn browser_today() -> Option<CalendarDate> {
    let now = js_sys::Date::new_0();
    CalendarDate::new(
        i32::try_from(now.get_full_year()).ok()?,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// A button, `{id}-picker-button`, to put after a [`DateInput`](crate::DateInput) with
/// id `id`, that opens a calendar in a [`Modal`] (`{id}-picker`).
///
/// The calendar is a grid of one month, weeks from Monday, opened on the date typed in
/// the fields or else today. Arrow keys move a day or a week, Page Up and Page Down a
/// month (with Shift a year), Home and End to the start and end of the week; Enter,
/// Space or a click chooses the day, fills the three fields through `on_change`, closes
/// the calendar and returns focus to the button. Esc closes without choosing. Days
/// before `min` or after `max` are shown disabled and cannot be reached or chosen.
#[component]
pub fn DatePicker(
    /// The id of the date input the picker fills; the picker's ids derive from it.
    #[prop(into)]
    id: String,
    /// The date as typed in the fields.
    #[prop(into)]
    value: Signal<DateValue>,
    /// Called with the three fields of the chosen date.
    #[prop(into)]
    on_change: Callback<DateValue>,
    /// The earliest date that may be chosen.
    #[prop(optional)]
    min: Option<CalendarDate>,
    /// The latest date that may be chosen.
    #[prop(optional)]
    max: Option<CalendarDate>,
    /// The button's text, naming the date when a page asks for several, such as
    /// "Vælg flyttedato i kalender"; "Vælg dato i kalender" when not given.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Today; the browser's date when not given (tests give it).
    #[prop(optional)]
    today: Option<CalendarDate>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let texts = move || PickerTexts::of(locale.get());
    let fallback = today.unwrap_or(CalendarDate {
        year: 2000,
        month: 1,
        day: 1,
    });
    let open = RwSignal::new(false);
    let active = RwSignal::new(fallback.clamp(min, max));
    let today_shown = RwSignal::new(today);
    let focus_grid = StoredValue::new(false);
    let selected = Memo::new(move |_| value.with(CalendarDate::from_value));
    let shown = Memo::new(move |_| {
        let date = active.get();
        (date.year, date.month)
    });

    let dialog_id = format!("{id}-picker");
    let month_id = format!("{id}-picker-month");
    let keys_id = format!("{id}-picker-keys");

    {
        let id = id.clone();
        Effect::new(move |_| {
            let date = active.get();
            if open.get() && focus_grid.get_value() {
                if let Some(cell) = crate::dom::html_element_by_id(&cell_id(&id, date)) {
                    let _ = cell.focus();
                }
            }
        });
    }

    let open_calendar = move |_| {
        let today = today.or_else(browser_today);
        today_shown.set(today);
        let start = selected
            .get_untracked()
            .or(today)
            .unwrap_or(fallback)
            .clamp(min, max);
        active.set(start);
        focus_grid.set_value(true);
        open.set(true);
    };
    let choose = move |date: CalendarDate| {
        if date.is_within(min, max) {
            on_change.run(date.to_value());
            focus_grid.set_value(false);
            open.set(false);
        }
    };
    let on_grid_key = move |ev: KeyboardEvent| {
        let key = ev.key();
        if let Some(grid_key) = GridKey::from_key(&key) {
            ev.prevent_default();
            focus_grid.set_value(true);
            active.update(|date| *date = grid_key.moved(*date, ev.shift_key(), min, max));
        } else if key == "Enter" || key == " " {
            ev.prevent_default();
            choose(active.get_untracked());
        }
    };
    let step_month = move |months: i32| {
        focus_grid.set_value(false);
        active.update(|date| *date = date.add_months(months).clamp(min, max));
    };

    let header = move || {
        weekday_names(locale.get())
            .into_iter()
            .map(|(short, full)| {
                view! {
                    <th scope="col" class="kk-date-picker__weekday">
                        <span aria-hidden="true">{short}</span>
                        <span class="kk-visually-hidden">{full}</span>
                    </th>
                }
            })
            .collect_view()
    };
    let body = {
        let id = id.clone();
        move || {
            let (year, month) = shown.get();
            month_weeks(year, month)
                .into_iter()
                .map(|week| {
                    let cells = week
                        .into_iter()
                        .map(|day| match day {
                            None => view! { <td class="kk-date-picker__empty"></td> }.into_any(),
                            Some(date) => {
                                day_cell(&id, date, active, selected, today_shown, min, max, choose)
                                    .into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view()
        }
    };

    view! {
        <div class=classes(["kk-date-picker", class.as_str()])>
            <button
                type="button"
                class="kk-button kk-button--secondary kk-date-picker__open"
                id=format!("{id}-picker-button")
                on:click=open_calendar
            >
                {move || label.get().unwrap_or_else(|| texts().open.to_string())}
            </button>
            <Modal
                id=dialog_id
                title=Signal::derive(move || texts().title.to_string())
                open=open
                on_close=move |()| {
                    focus_grid.set_value(false);
                    open.set(false);
                }
                class="kk-date-picker__dialog"
            >
                <div class="kk-date-picker__nav">
                    <button
                        type="button"
                        class="kk-button kk-button--secondary kk-date-picker__step"
                        id=format!("{id}-picker-previous")
                        on:click=move |_| step_month(-1)
                    >
                        {move || texts().previous_month}
                    </button>
                    <p class="kk-date-picker__month" id=month_id.clone() aria-live="polite">
                        {move || {
                            let (year, month) = shown.get();
                            month_label(locale.get(), year, month)
                        }}
                    </p>
                    <button
                        type="button"
                        class="kk-button kk-button--secondary kk-date-picker__step"
                        id=format!("{id}-picker-next")
                        on:click=move |_| step_month(1)
                    >
                        {move || texts().next_month}
                    </button>
                </div>
                <p class="kk-hint kk-date-picker__keys" id=keys_id.clone()>
                    {move || texts().keys}
                </p>
                <table
                    class="kk-date-picker__grid"
                    role="grid"
                    aria-labelledby=month_id
                    aria-describedby=keys_id
                    on:keydown=on_grid_key
                >
                    <thead>
                        <tr>{header}</tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </Modal>
        </div>
    }
}

/// One day of the calendar grid: focusable only while active (a roving tab stop, also
/// marked `data-kk-initial-focus` for the dialog), selected when it is the typed date, disabled outside `[min, max]`.
#[allow(clippy::too_many_arguments)]
fn day_cell(
    id: &str,
    date: CalendarDate,
    active: RwSignal<CalendarDate>,
    selected: Memo<Option<CalendarDate>>,
    today: RwSignal<Option<CalendarDate>>,
    min: Option<CalendarDate>,
    max: Option<CalendarDate>,
    choose: impl Fn(CalendarDate) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let within = date.is_within(min, max);
    let is_active = move || active.get() == date;
    let class = move || {
        classes([
            "kk-date-picker__day",
            if within {
                ""
            } else {
                "kk-date-picker__day--disabled"
            },
            if today.get() == Some(date) {
                "kk-date-picker__day--today"
            } else {
                ""
            },
            if selected.get() == Some(date) {
                "kk-date-picker__day--selected"
            } else {
                ""
            },
        ])
    };
    view! {
        <td
            id=cell_id(id, date)
            class=class
            tabindex=move || if is_active() { "0" } else { "-1" }
            aria-selected=move || if selected.get() == Some(date) { "true" } else { "false" }
            aria-disabled=(!within).then_some("true")
            aria-current=move || (today.get() == Some(date)).then_some("date")
            data-kk-initial-focus=move || is_active().then_some("")
            on:click=move |_| choose(date)
        >
            <span aria-hidden="true">{date.day}</span>
            <span class="kk-visually-hidden">{move || long_date(locale.get(), date)}</span>
        </td>
    }
}
