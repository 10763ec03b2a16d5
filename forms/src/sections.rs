//! Long forms: sections and the task list.
//!
//! A definition with `sections` divides its pages into parts that the citizen answers
//! one at a time from a task list page (the GOV.UK task list pattern). Each section is
//! a small journey of its own: it starts at its first page, routes within itself, and
//! ends at a check-answers page for the section, from which the citizen returns to the
//! task list. When every section that applies is completed, the check-answers page of
//! the whole form follows.
//!
//! The status of a section is computed from the answers alone, so it survives a reload
//! and a new version of the definition:
//!
//! - *cannot start yet*: a section it requires, or one whose answers its condition
//!   reads, is not completed;
//! - left out (not shown): its condition does not hold;
//! - *completed*: every page on its route is answered and the route ends the section;
//! - *not started*: none of its questions is answered;
//! - *in progress*: otherwise.

use crate::definition::{Page, Section, ServiceDefinition, CHECK_ANSWERS};
use crate::journey::{Journey, Step, SummaryItem};
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// Where a section stands, as the task list shows it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum SectionStatus {
    /// None of its questions is answered yet.
    NotStarted,
    /// Some questions are answered, not yet all on its route.
    InProgress,
    /// Every page on its route is answered and the route ends the section.
    Completed,
    /// A section it depends on is not completed yet; it cannot be opened.
    CannotStartYet,
    /// Its condition does not hold: it is left out of the task list, the summary and
    /// the submission.
    NotApplicable,
}

impl SectionStatus {
    /// The status as a token, e.g. `not-started`, for classes and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "not-started",
            SectionStatus::InProgress => "in-progress",
            SectionStatus::Completed => "completed",
            SectionStatus::CannotStartYet => "cannot-start-yet",
            SectionStatus::NotApplicable => "not-applicable",
        }
    }

    /// Whether the citizen can open the section from the task list.
    pub fn can_open(self) -> bool {
        matches!(
            self,
            SectionStatus::NotStarted | SectionStatus::InProgress | SectionStatus::Completed
        )
    }
}

/// One row of the task list: a section that applies, and its status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Task<'a> {
    /// The section.
    pub section: &'a Section,
    /// Where it stands; never [`SectionStatus::NotApplicable`].
    pub status: SectionStatus,
}

impl ServiceDefinition {
    /// The sections a section depends on, by index: those it `requires`, and those
    /// holding the fields its condition reads. Unknown ids are left out.
    pub fn section_dependencies(&self, section: &Section) -> Vec<usize> {
        let mut out: Vec<usize> = section
            .requires
            .iter()
            .filter_map(|id| self.sections.iter().position(|s| s.id == *id))
            .collect();
        if let Some(condition) = &section.when {
            for (field, _, _) in condition.comparisons() {
                let page = self.field(field).map(|(p, _)| p.id.as_str());
                if let Some(i) = page.and_then(|p| {
                    self.sections
                        .iter()
                        .position(|s| s.pages.iter().any(|q| q == p))
                }) {
                    out.push(i);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The page after a page within its section, in the order of the section's pages;
    /// `None` after the last.
    pub fn following_in_section(&self, section: &Section, page_id: &str) -> Option<&Page> {
        let at = section.pages.iter().position(|p| p == page_id)?;
        section.pages.get(at + 1).and_then(|id| self.page(id))
    }
}

impl<'a> Journey<'a> {
    /// Where the citizen goes after a page of a section (see [`Journey::next`]).
    pub(crate) fn next_in_section(&self, page: &'a Page, section: &'a Section) -> Option<Step<'a>> {
        let definition = self.definition;
        let target = page
            .next
            .iter()
            .find(|r| {
                r.when
                    .as_ref()
                    .is_none_or(|c| c.holds(&self.answers, self.today))
            })
            .map(|r| r.goto.as_str());
        match target {
            Some(CHECK_ANSWERS) => Some(Step::SectionEnd(section)),
            Some(id) => definition
                .page(id)
                .map(Step::Page)
                .or_else(|| definition.exit(id).map(Step::Exit)),
            None => Some(
                definition
                    .following_in_section(section, &page.id)
                    .map_or(Step::SectionEnd(section), Step::Page),
            ),
        }
    }

    /// The pages on a section's route, from its first page, up to and including the
    /// first page whose answers are not valid yet.
    pub fn section_route(&self, section: &Section) -> Vec<&'a Page> {
        let definition = self.definition;
        let Some(section) = definition.section(&section.id) else {
            return Vec::new();
        };
        let mut pages: Vec<&'a Page> = Vec::new();
        let mut current = section.pages.first().and_then(|id| definition.page(id));
        while let Some(page) = current {
            if pages.iter().any(|p| p.id == page.id) {
                break; // a loop: the definition checks forbid it, so stop safely
            }
            pages.push(page);
            if !self.validate_page(&page.id).is_empty() {
                break;
            }
            current = match self.next_in_section(page, section) {
                Some(Step::Page(next)) => Some(next),
                _ => None,
            };
        }
        pages
    }

    /// Where a section's route stands: the first page that still needs an answer, or
    /// where the route ends: the end of the section or an exit page.
    pub fn section_resume_step(&self, section: &Section) -> Step<'a> {
        let route = self.section_route(section);
        let Some(last) = route.last().copied() else {
            return Step::TaskList;
        };
        if !self.validate_page(&last.id).is_empty() {
            return Step::Page(last);
        }
        let Some(section) = self.definition.section(&section.id) else {
            return Step::TaskList;
        };
        match self.next_in_section(last, section) {
            Some(end @ (Step::SectionEnd(_) | Step::Exit(_))) => end,
            _ => Step::Page(last),
        }
    }

    /// The status of every section, in the order of the definition.
    pub fn section_statuses(&self) -> Vec<SectionStatus> {
        let definition = self.definition;
        let mut statuses: Vec<SectionStatus> = Vec::with_capacity(definition.sections.len());
        for (i, section) in definition.sections.iter().enumerate() {
            // A dependency counts when it comes earlier and is done with: completed, or
            // left out. A later one (which the definition checks forbid) never counts.
            let ready = definition
                .section_dependencies(section)
                .into_iter()
                .all(|d| {
                    d < i
                        && matches!(
                            statuses[d],
                            SectionStatus::Completed | SectionStatus::NotApplicable
                        )
                });
            let status = if !ready {
                SectionStatus::CannotStartYet
            } else if section
                .when
                .as_ref()
                .is_some_and(|c| !c.holds(&self.answers, self.today))
            {
                SectionStatus::NotApplicable
            } else if matches!(self.section_resume_step(section), Step::SectionEnd(_)) {
                SectionStatus::Completed
            } else if self.is_section_started(section) {
                SectionStatus::InProgress
            } else {
                SectionStatus::NotStarted
            };
            statuses.push(status);
        }
        statuses
    }

    /// The status of the section with an id; `None` for an unknown id.
    pub fn section_status(&self, section_id: &str) -> Option<SectionStatus> {
        let at = self
            .definition
            .sections
            .iter()
            .position(|s| s.id == section_id)?;
        self.section_statuses().get(at).copied()
    }

    /// The rows of the task list: every section that applies, with its status.
    pub fn tasks(&self) -> Vec<Task<'a>> {
        self.definition
            .sections
            .iter()
            .zip(self.section_statuses())
            .filter(|(_, status)| *status != SectionStatus::NotApplicable)
            .map(|(section, status)| Task { section, status })
            .collect()
    }

    /// Whether some question of a section is answered.
    fn is_section_started(&self, section: &Section) -> bool {
        section
            .pages
            .iter()
            .filter_map(|id| self.definition.page(id))
            .any(|page| {
                let keys = std::iter::once(&page.id).chain(page.fields.iter().map(|f| &f.id));
                keys.filter_map(|k| self.answers.get(k))
                    .any(|a| !a.is_blank())
            })
    }

    /// The rows of a section's check-answers page: every field of every page on the
    /// section's route. Empty for an unknown section.
    pub fn section_summary(&self, section_id: &str, lang: Lang) -> Vec<SummaryItem> {
        match self.definition.section(section_id) {
            Some(section) => self.summary_of(&self.section_route(section), lang),
            None => Vec::new(),
        }
    }

    /// The route of a form with sections: the routes of the sections the citizen can
    /// open now, in the order of the task list.
    pub(crate) fn sectioned_route(&self) -> Vec<&'a Page> {
        let definition = self.definition;
        definition
            .sections
            .iter()
            .zip(self.section_statuses())
            .filter(|(_, status)| status.can_open())
            .flat_map(|(section, _)| self.section_route(section))
            .collect()
    }

    /// See [`Journey::resume_step`].
    pub(crate) fn sectioned_resume_step(&self) -> Step<'a> {
        let definition = self.definition;
        let statuses = self.section_statuses();
        for (section, status) in definition.sections.iter().zip(&statuses) {
            if status.can_open() {
                if let exit @ Step::Exit(_) = self.section_resume_step(section) {
                    return exit;
                }
            }
        }
        let done = statuses
            .iter()
            .all(|s| matches!(s, SectionStatus::Completed | SectionStatus::NotApplicable));
        if done {
            Step::CheckAnswers
        } else {
            Step::TaskList
        }
    }

    /// See [`Journey::previous`].
    pub(crate) fn previous_in_section(&self, page_id: &str) -> Option<&'a Page> {
        let definition = self.definition;
        if page_id == CHECK_ANSWERS {
            return None;
        }
        if definition.exit(page_id).is_some() {
            return self
                .exit()
                .filter(|e| e.id == page_id)
                .and_then(|e| self.page_leading_to_exit(&e.id));
        }
        let section = definition.section_of(page_id)?;
        let route = self.section_route(section);
        let at = route.iter().position(|p| p.id == page_id)?;
        at.checked_sub(1).map(|i| route[i])
    }

    /// The last page of the route that leads to an exit page: in a form with
    /// sections, of the section whose route ends there.
    pub(crate) fn page_leading_to_exit(&self, exit_id: &str) -> Option<&'a Page> {
        if !self.definition.has_sections() {
            return self.route().last().copied();
        }
        let statuses = self.section_statuses();
        self.definition
            .sections
            .iter()
            .zip(statuses)
            .filter(|(_, status)| status.can_open())
            .find(|(section, _)| {
                matches!(self.section_resume_step(section), Step::Exit(e) if e.id == exit_id)
            })
            .and_then(|(section, _)| self.section_route(section).last().copied())
    }

    /// In a form with sections, the first page, in the order of the task list, that
    /// still needs an answer.
    pub(crate) fn first_unanswered_page(&self) -> Option<&'a Page> {
        let statuses = self.section_statuses();
        self.definition
            .sections
            .iter()
            .zip(statuses)
            .filter(|(_, status)| status.can_open())
            .find_map(|(section, _)| match self.section_resume_step(section) {
                Step::Page(page) => Some(page),
                _ => None,
            })
    }
}
