//! Journey analysis: from a definition, a small set of test journeys that together
//! visit every page and take every way out of every page (each route, and the fall
//! through to the following page), each one checked with the journey engine.
//!
//! The search walks the graph of routes from the first page. On each page it tries
//! candidate answers for the fields: a valid value derived from each field's type and
//! rules, and, for the fields that conditions read, every option and the values on
//! either side of each number or date a condition compares with. The answers decide
//! which route the engine takes, so the search follows only real routes. A journey is
//! kept only when [`Journey`] reproduces it: every page valid with the answers given
//! so far, every step where the route leads, and the submission accepted.

use crate::condition::{Comparison, Condition, DateRef};
use crate::date::Date;
use crate::definition::{
    Answer, Answers, DateAnswer, Field, FieldType, Page, Route, ServiceDefinition, CHECK_ANSWERS,
};
use crate::journey::{Journey, Step};
use crate::number::Decimal;
use crate::text::Lang;
use crate::validate::{canonical_answer, parse_date, validate_field_in};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// How many pages the search may visit while looking for one journey.
const SEARCH_BUDGET: usize = 20_000;
/// How many combinations of answers the search tries on one page.
const COMBINATIONS_PER_PAGE: usize = 512;

/// One generated journey: the pages in order with the answers typed on each, how it
/// ends, and what the server should store.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct GeneratedJourney {
    /// The id of the service.
    pub service: String,
    /// A readable name: each page, with the answers that choose its route, then the end,
    /// e.g. `problem-type:other → describe → location → contact → check-answers`.
    pub name: String,
    /// The question pages, in the order the citizen sees them.
    pub steps: Vec<JourneyStep>,
    /// Where the journey ends.
    pub end: JourneyEnd,
    /// Every answer given, as typed.
    pub answers: Answers,
    /// For a journey that ends at check answers: the answers the submission carries,
    /// in canonical form, which the server stores. `None` for an exit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted: Option<Answers>,
}

/// One page of a generated journey.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct JourneyStep {
    /// The page id.
    pub page: String,
    /// The page's fields, in order, with what the citizen types. On a repeat page, the
    /// fields of one item.
    pub fields: Vec<StepField>,
    /// On a repeat page, how many items to add, each with the same answers in `fields`,
    /// answering no to "add another" after the last one (when it is asked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<usize>,
    /// In a form with sections, on the first page of each section the journey opens:
    /// the id of the section, which the citizen opens from the task list (after the
    /// check-answers page of the section before, if any).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

/// What the citizen types into one field.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct StepField {
    /// The field id.
    pub id: String,
    /// The field type, which says how to fill it in.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// The answer as typed: a string, a date's three inputs, or the ticked values;
    /// `None` (JSON `null`) for an optional field left empty.
    pub value: Option<Answer>,
}

/// Where a generated journey ends.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum JourneyEnd {
    /// At check answers, then submitted (JSON `"check-answers"`).
    CheckAnswers,
    /// At an exit page, with nothing submitted (JSON `{"exit": id}`).
    Exit(String),
}

/// A part of a definition that no generated journey reaches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageGap {
    /// Where, as a JSON path: `$.pages[2].next[1]` for a route, `$.pages[2].next` for
    /// the fall-through to the following page, `$.pages[2]` for a page.
    pub path: String,
    /// What could not be reached, and why.
    pub message: String,
}

impl fmt::Display for CoverageGap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The parts of a definition that no answers could reach.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct CoverageError {
    /// The id of the service.
    pub service: String,
    /// Every gap, in the order of the definition.
    pub gaps: Vec<CoverageGap>,
}

impl fmt::Display for CoverageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "no answers reach {} part{} of the service \"{}\":",
            self.gaps.len(),
            if self.gaps.len() == 1 { "" } else { "s" },
            self.service
        )?;
        for gap in &self.gaps {
            writeln!(f, "  {gap}")?;
        }
        Ok(())
    }
}

/// A small set of journeys through a definition that together visit every page and
/// take every route of every page (the fall-through to the following page included)
/// and so reach every end. Dates are chosen for `today`, preferring dates that stay
/// valid a day either side of it (the server may count from another time zone).
/// Every journey is verified with [`Journey`]; a route no answers can take (for
/// example one whose condition an earlier route always catches, or one that asks for
/// a number outside the field's limits) is reported with its JSON path.
///
/// A form with sections is searched as the citizen walks it: section after section
/// in the order of the task list, each section that applies from its first page to
/// its end (see [`crate::sections`]). Every route of every page is taken, the end of
/// each section included; the end of a section counts as taken when it leads on to
/// any of the sections that may follow.
pub fn generate_journeys(
    definition: &ServiceDefinition,
    today: Date,
) -> Result<Vec<GeneratedJourney>, CoverageError> {
    if definition.has_sections() {
        return sectioned_journeys(definition, today);
    }
    search_journeys(definition, today, None)
}

/// The journeys of a definition without sections. `groups[page][route]` names the
/// routes of a page that count as one: taking any of them covers all.
fn search_journeys(
    definition: &ServiceDefinition,
    today: Date,
    groups: Option<&[Vec<usize>]>,
) -> Result<Vec<GeneratedJourney>, CoverageError> {
    let analysis = Analysis::new(definition, today);
    let group = |b: &BranchId| -> usize {
        groups
            .and_then(|g| g.get(b.page))
            .and_then(|g| g.get(b.route))
            .copied()
            .unwrap_or(b.route)
    };
    let same = |a: &BranchId, b: &BranchId| a.page == b.page && group(a) == group(b);
    let mut covered: BTreeSet<BranchId> = BTreeSet::new();
    let mut unreachable: BTreeMap<BranchId, bool> = BTreeMap::new();
    let mut plans: Vec<Plan> = Vec::new();
    loop {
        let goal = analysis
            .all_branches()
            .find(|b| !covered.iter().any(|c| same(c, b)) && !unreachable.contains_key(b));
        let Some(goal) = goal else { break };
        let mut search = Search {
            goal,
            covered: &covered,
            budget: SEARCH_BUDGET,
            cut_short: false,
        };
        let mut path = Vec::new();
        match analysis.walk(0, false, &mut path, &mut Answers::new(), &mut search) {
            Some(plan) => {
                covered.extend(plan.branches());
                plans.push(plan);
            }
            None => {
                unreachable.insert(goal, search.budget == 0 || search.cut_short);
            }
        }
    }

    // Drop journeys whose every route another journey also takes.
    let mut i = plans.len();
    while i > 0 {
        i -= 1;
        let others: BTreeSet<BranchId> = plans
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, p)| p.branches())
            .collect();
        if plans[i].branches().iter().all(|b| others.contains(b)) {
            plans.remove(i);
        }
    }

    let mut gaps = Vec::new();
    let visited: BTreeSet<usize> = covered.iter().map(|b| b.page).collect();
    for (pi, page) in definition.pages.iter().enumerate() {
        if !visited.contains(&pi) {
            gaps.push(CoverageGap {
                path: format!("$.pages[{pi}]"),
                message: format!("no answers lead to the page \"{}\"", page.id),
            });
        }
    }
    let mut reported: Vec<BranchId> = Vec::new();
    for (branch, gave_up) in &unreachable {
        if !visited.contains(&branch.page)
            || covered.iter().any(|c| same(c, branch))
            || reported.iter().any(|r| same(r, branch))
        {
            continue; // reported as the page itself, or taken by a route that counts as it
        }
        reported.push(*branch);
        gaps.push(analysis.gap(*branch, *gave_up));
    }
    gaps.sort_by_key(|g| path_key(&g.path));
    if !gaps.is_empty() {
        return Err(CoverageError {
            service: definition.id.clone(),
            gaps,
        });
    }
    Ok(plans.iter().map(|p| analysis.journey(p)).collect())
}

/// Orders JSON paths by their numbers, so `pages[10]` follows `pages[9]`.
fn path_key(path: &str) -> Vec<(usize, String)> {
    path.split('[')
        .map(|part| {
            let (n, rest) = part.split_once(']').unwrap_or(("", part));
            (n.parse().unwrap_or(0), rest.to_string())
        })
        .collect()
}

/// A way out of a page: `route` indexes `page.next`; `page.next.len()` is the
/// fall-through to the following page (or check answers after the last page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct BranchId {
    page: usize,
    route: usize,
}

/// Where a branch leads.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    Page(usize),
    CheckAnswers,
    Exit(String),
}

/// A page on a planned journey: the answers typed and the branch they take.
#[derive(Clone, Debug)]
struct PlannedStep {
    page: usize,
    values: Vec<Option<Answer>>,
    route: usize,
}

/// A complete journey found by the search, verified, with what it submits.
#[derive(Clone, Debug)]
struct Plan {
    steps: Vec<PlannedStep>,
    end: Target,
    answers: Answers,
    submitted: Option<Answers>,
}

impl Plan {
    fn branches(&self) -> Vec<BranchId> {
        self.steps
            .iter()
            .map(|s| BranchId {
                page: s.page,
                route: s.route,
            })
            .collect()
    }
}

/// The state of one search: the branch it must take, what is already covered (to
/// prefer the rest), and how many more pages it may visit.
struct Search<'c> {
    goal: BranchId,
    covered: &'c BTreeSet<BranchId>,
    budget: usize,
    /// Whether some page had more combinations of answers than were tried.
    cut_short: bool,
}

/// What the conditions of a definition compare each field with.
#[derive(Default)]
struct Hints<'a> {
    values: Vec<&'a str>,
    contains: usize,
    numbers: Vec<Decimal>,
    dates: Vec<&'a DateRef>,
    /// Read by a condition of another page, or by a date rule or condition of another
    /// field: its value matters beyond its own page's routes.
    read_elsewhere: bool,
}

struct Analysis<'a> {
    def: &'a ServiceDefinition,
    today: Date,
    /// The branches of each page, by route index.
    targets: Vec<Vec<Target>>,
    /// `reach[i][j]`: some branches lead from page i to page j.
    reach: Vec<Vec<bool>>,
    hints: BTreeMap<&'a str, Hints<'a>>,
}

impl<'a> Analysis<'a> {
    fn new(def: &'a ServiceDefinition, today: Date) -> Self {
        let n = def.pages.len();
        let targets: Vec<Vec<Target>> = (0..n)
            .map(|i| {
                let page = &def.pages[i];
                let resolve = |goto: &str| {
                    if goto == CHECK_ANSWERS {
                        Target::CheckAnswers
                    } else {
                        def.page_index(goto)
                            .map_or_else(|| Target::Exit(goto.to_string()), Target::Page)
                    }
                };
                let mut out: Vec<Target> = page.next.iter().map(|r| resolve(&r.goto)).collect();
                if page.next.iter().all(|r| r.when.is_some()) {
                    out.push(if i + 1 < n {
                        Target::Page(i + 1)
                    } else {
                        Target::CheckAnswers
                    });
                }
                out
            })
            .collect();
        let mut reach = vec![vec![false; n]; n];
        for (i, row) in reach.iter_mut().enumerate() {
            let mut stack = vec![i];
            while let Some(p) = stack.pop() {
                for t in &targets[p] {
                    if let Target::Page(j) = t {
                        if !row[*j] {
                            row[*j] = true;
                            stack.push(*j);
                        }
                    }
                }
            }
        }

        let mut hints: BTreeMap<&'a str, Hints<'a>> = BTreeMap::new();
        let page_of = |field: &str| {
            def.pages
                .iter()
                .position(|p| p.fields.iter().any(|f| f.id == field))
        };
        for (pi, page) in def.pages.iter().enumerate() {
            for condition in page.next.iter().filter_map(|r| r.when.as_ref()) {
                for (field, _, comparison) in condition.comparisons() {
                    let h = hints.entry(field).or_default();
                    if page_of(field) != Some(pi) {
                        h.read_elsewhere = true;
                    }
                    match comparison {
                        Comparison::Presence => {}
                        Comparison::Values(values) => {
                            h.values.extend(values.iter().map(String::as_str))
                        }
                        Comparison::Contains(_) => h.contains += 1,
                        Comparison::Number(n) => h.numbers.push(*n),
                        Comparison::Date(r) => {
                            h.dates.push(r);
                            if let DateRef::Field(other) = r {
                                hints.entry(other.as_str()).or_default().read_elsewhere = true;
                            }
                        }
                    }
                }
            }
            for field in &page.fields {
                let Some(rules) = &field.date else { continue };
                let bounds = [
                    &rules.after,
                    &rules.before,
                    &rules.not_before,
                    &rules.not_after,
                ];
                for r in bounds.into_iter().flatten() {
                    if let DateRef::Field(other) = r {
                        hints.entry(other.as_str()).or_default().read_elsewhere = true;
                    }
                }
            }
        }
        Analysis {
            def,
            today,
            targets,
            reach,
            hints,
        }
    }

    fn all_branches(&self) -> impl Iterator<Item = BranchId> + '_ {
        self.targets
            .iter()
            .enumerate()
            .flat_map(|(page, ts)| (0..ts.len()).map(move |route| BranchId { page, route }))
    }

    fn target_name(&self, target: &Target) -> String {
        match target {
            Target::Page(j) => format!("the page \"{}\"", self.def.pages[*j].id),
            Target::CheckAnswers => "check answers".to_string(),
            Target::Exit(id) => format!("the exit \"{id}\""),
        }
    }

    fn gap(&self, branch: BranchId, gave_up: bool) -> CoverageGap {
        let page = &self.def.pages[branch.page];
        let to = self.target_name(&self.targets[branch.page][branch.route]);
        let why = if gave_up {
            format!(
                " (the search gave up: it visits at most {SEARCH_BUDGET} pages and tries at most {COMBINATIONS_PER_PAGE} combinations of answers on a page)"
            )
        } else {
            String::new()
        };
        if branch.route < page.next.len() {
            CoverageGap {
                path: format!("$.pages[{}].next[{}]", branch.page, branch.route),
                message: format!(
                    "no valid answers take this route from \"{}\" to {to}{why}; an earlier route may always be taken first, or the condition may ask for an answer the field's rules refuse",
                    page.id
                ),
            }
        } else {
            CoverageGap {
                path: format!("$.pages[{}].next", branch.page),
                message: format!(
                    "no valid answers leave \"{}\" by none of its routes, to {to}{why}; the conditions may together cover every answer (then give the last route no \"when\")",
                    page.id
                ),
            }
        }
    }

    /// The route a page's answers take, as the engine chooses it.
    fn route_taken(&self, page: usize, answers: &Answers) -> usize {
        let p = &self.def.pages[page];
        p.next
            .iter()
            .position(|r| r.when.as_ref().is_none_or(|c| c.holds(answers, self.today)))
            .unwrap_or(p.next.len())
    }

    /// Depth-first search from a page for a journey that takes the goal branch, taking
    /// uncovered branches first.
    fn walk(
        &self,
        page: usize,
        goal_taken: bool,
        path: &mut Vec<PlannedStep>,
        answers: &mut Answers,
        search: &mut Search<'_>,
    ) -> Option<Plan> {
        if search.budget == 0 {
            return None;
        }
        search.budget -= 1;
        let goal = search.goal;
        if !goal_taken && page != goal.page && !self.reach[page][goal.page] {
            return None;
        }
        let fields = &self.def.pages[page].fields;
        let mut options: Vec<(usize, Vec<Option<Answer>>)> = Vec::new();
        let mut seen: BTreeSet<(usize, String)> = BTreeSet::new();
        let combinations = self.combinations(page, answers);
        if combinations.len() >= COMBINATIONS_PER_PAGE {
            search.cut_short = true;
        }
        for values in combinations {
            let mut trial = answers.clone();
            set_values(&mut trial, &self.def.pages[page], &values);
            if !Journey::new(self.def, &trial, self.today)
                .validate_page(&self.def.pages[page].id)
                .is_empty()
            {
                continue;
            }
            let route = self.route_taken(page, &trial);
            if page == goal.page && !goal_taken && route != goal.route {
                continue;
            }
            // Answers that take the same route and that nothing else reads are alike.
            let key: Vec<Option<Answer>> = fields
                .iter()
                .zip(&values)
                .filter(|(f, _)| {
                    self.hints
                        .get(f.id.as_str())
                        .is_some_and(|h| h.read_elsewhere)
                })
                .map(|(_, v)| v.clone())
                .collect();
            if seen.insert((route, format!("{key:?}"))) {
                options.push((route, values));
            }
        }
        options.sort_by_key(|(route, _)| {
            let b = BranchId {
                page,
                route: *route,
            };
            u8::from(search.covered.contains(&b))
        });

        for (route, values) in options {
            let taken = goal_taken || BranchId { page, route } == goal;
            set_values(answers, &self.def.pages[page], &values);
            path.push(PlannedStep {
                page,
                values: values.clone(),
                route,
            });
            let found = match &self.targets[page][route] {
                Target::Page(next) => {
                    if path.iter().any(|s| s.page == *next) {
                        None
                    } else {
                        self.walk(*next, taken, path, answers, search)
                    }
                }
                end if taken => self.verify(path, end.clone()).ok(),
                _ => None,
            };
            path.pop();
            for f in fields {
                answers.remove(&f.id);
            }
            answers.remove(&self.def.pages[page].id);
            if found.is_some() {
                return found;
            }
            if search.budget == 0 {
                return None;
            }
        }
        None
    }

    /// The combinations of candidate answers for a page's fields, in field order (a
    /// field's candidates may depend on the fields before it, e.g. a date after
    /// another date).
    fn combinations(&self, page: usize, answers: &Answers) -> Vec<Vec<Option<Answer>>> {
        let mut out = Vec::new();
        let mut scratch = answers.clone();
        let mut current = Vec::new();
        self.extend(page, 0, &mut scratch, &mut current, &mut out);
        out
    }

    fn extend(
        &self,
        page: usize,
        index: usize,
        answers: &mut Answers,
        current: &mut Vec<Option<Answer>>,
        out: &mut Vec<Vec<Option<Answer>>>,
    ) {
        if out.len() >= COMBINATIONS_PER_PAGE {
            return;
        }
        let fields = &self.def.pages[page].fields;
        let Some(field) = fields.get(index) else {
            out.push(current.clone());
            return;
        };
        // A revealed field whose option is not chosen is not asked: leave it empty.
        let candidates = if self.def.pages[page].is_shown(&field.id, answers) {
            self.candidates(field, answers)
        } else {
            vec![None]
        };
        for candidate in candidates {
            match &candidate {
                Some(a) => answers.insert(field.id.clone(), a.clone()),
                None => answers.remove(&field.id),
            };
            current.push(candidate);
            self.extend(page, index + 1, answers, current, out);
            current.pop();
            answers.remove(&field.id);
        }
    }

    fn valid_on(&self, field: &Field, answer: &Answer, answers: &Answers, day: Date) -> bool {
        validate_field_in(field, Some(answer), answers, day).is_none()
    }

    /// The answers to try for a field: one valid value for a field that no condition
    /// reads; for one that conditions read, also every option and the values either
    /// side of what the conditions compare with; and nothing, for an optional field
    /// that conditions read.
    fn candidates(&self, field: &Field, answers: &Answers) -> Vec<Option<Answer>> {
        let hints = self.hints.get(field.id.as_str());
        let (defaults, hinted) = self.raw_candidates(field, answers, hints);
        let today = self.today;
        let around = [day_offset(today, -1), day_offset(today, 1)];
        let keep = |list: Vec<Answer>| -> Vec<Answer> {
            let mut valid: Vec<Answer> = list
                .into_iter()
                .filter(|a| self.valid_on(field, a, answers, today))
                .collect();
            // Prefer answers that stay valid if "today" is a day off.
            valid.sort_by_key(|a| !around.iter().all(|d| self.valid_on(field, a, answers, *d)));
            valid
        };
        let defaults = keep(defaults);
        let hinted = keep(hinted);
        let mut out: Vec<Answer> = Vec::new();
        let push = |a: Answer, out: &mut Vec<Answer>| {
            let key = canonical_answer(field, &a);
            if !out.iter().any(|o| canonical_answer(field, o) == key) {
                out.push(a);
            }
        };
        match (hints.is_some(), defaults.first().or(hinted.first())) {
            (false, Some(first)) => push(first.clone(), &mut out),
            (true, Some(first)) => {
                push(first.clone(), &mut out);
                let many = field.kind.has_options() || field.kind == FieldType::YesNo;
                for a in hinted
                    .into_iter()
                    .chain(if many { defaults } else { Vec::new() })
                {
                    push(a, &mut out);
                }
            }
            (_, None) => {}
        }
        let mut out: Vec<Option<Answer>> = out.into_iter().map(Some).collect();
        if !field.required && (hints.is_some() || out.is_empty()) {
            out.push(None);
        }
        out
    }

    /// Candidate answers before validation: defaults from the type and rules, and
    /// answers derived from what conditions compare the field with.
    fn raw_candidates(
        &self,
        field: &Field,
        answers: &Answers,
        hints: Option<&Hints<'_>>,
    ) -> (Vec<Answer>, Vec<Answer>) {
        let text = |s: &str| Answer::Text(s.to_string());
        let hinted_values = || -> Vec<Answer> {
            hints
                .map(|h| h.values.iter().map(|v| text(v)).collect())
                .unwrap_or_default()
        };
        match field.kind {
            FieldType::Text | FieldType::Textarea => {
                let max = field.max_length.unwrap_or(usize::MAX);
                let sample: String = "Eksempel".chars().take(max).collect();
                (vec![text(&sample)], hinted_values())
            }
            FieldType::Email => (vec![text("borger@example.dk")], hinted_values()),
            FieldType::Phone => (vec![text("12345678")], hinted_values()),
            FieldType::Cpr => (vec![text("010190-1234")], hinted_values()),
            FieldType::Cvr => (vec![text("10150817")], hinted_values()),
            FieldType::Postcode => (vec![text("4999")], hinted_values()),
            FieldType::Radios | FieldType::Select | FieldType::YesNo => (
                field.choices().iter().map(|c| text(&c.value)).collect(),
                Vec::new(),
            ),
            FieldType::Checkboxes => (checkbox_candidates(field, hints), Vec::new()),
            FieldType::Number | FieldType::Money => {
                let money = field.kind == FieldType::Money;
                let (min, max) = if money {
                    let r = field.money.as_ref();
                    (r.and_then(|r| r.min), r.and_then(|r| r.max))
                } else {
                    let r = field.number.as_ref();
                    (r.and_then(|r| r.min), r.and_then(|r| r.max))
                };
                let mut defaults: Vec<Decimal> = [10, 1, 0, 100, 1000]
                    .into_iter()
                    .map(Decimal::from_int)
                    .collect();
                for limit in [min, max].into_iter().flatten() {
                    defaults.push(limit);
                    defaults.extend(nudged(limit));
                }
                let hinted: Vec<Decimal> = hints
                    .map(|h| {
                        h.numbers
                            .iter()
                            .flat_map(|n| nudged(*n).chain([*n]))
                            .collect()
                    })
                    .unwrap_or_default();
                // As a Dane types it, e.g. "10.000,01".
                let typed = |n: Decimal| -> Option<Answer> {
                    let n = if money {
                        Decimal::from_hundredths(n.hundredths()?)
                    } else {
                        n
                    };
                    Some(Answer::Text(n.normalized().display(Lang::Da)))
                };
                (
                    defaults.into_iter().filter_map(typed).collect(),
                    hinted.into_iter().filter_map(typed).collect(),
                )
            }
            FieldType::Date => {
                let today = self.today;
                let mut defaults: Vec<Date> = [-2, 2, -30, 30, -400, 400, -3650, 3650]
                    .into_iter()
                    .map(|n| day_offset(today, n))
                    .collect();
                let rules = field.date.clone().unwrap_or_default();
                if let Some(d) = rules.after.as_ref().and_then(|r| r.resolve(answers, today)) {
                    defaults.extend([2, 1, 30, 400].map(|n| day_offset(d, n)));
                }
                if let Some(d) = rules
                    .before
                    .as_ref()
                    .and_then(|r| r.resolve(answers, today))
                {
                    defaults.extend([-2, -1, -30, -400].map(|n| day_offset(d, n)));
                }
                // An inclusive bound: the day itself first, then days inside it.
                if let Some(d) = rules
                    .not_before
                    .as_ref()
                    .and_then(|r| r.resolve(answers, today))
                {
                    defaults.extend([0, 1, 30, 400].map(|n| day_offset(d, n)));
                }
                if let Some(d) = rules
                    .not_after
                    .as_ref()
                    .and_then(|r| r.resolve(answers, today))
                {
                    defaults.extend([0, -1, -30, -400].map(|n| day_offset(d, n)));
                }
                if let Some((first, last)) = rules
                    .within
                    .as_ref()
                    .and_then(|w| crate::validate::within_range(w, today))
                {
                    defaults.extend([day_offset(first, 2), day_offset(last, -2), first, last]);
                }
                let hinted: Vec<Date> = hints
                    .map(|h| {
                        h.dates
                            .iter()
                            .filter_map(|r| r.resolve(answers, today))
                            .flat_map(|d| [-2, 2, -1, 1, 0].map(|n| day_offset(d, n)))
                            .collect()
                    })
                    .unwrap_or_default();
                let typed = |d: Date| {
                    (1000..=9999).contains(&d.year).then(|| {
                        Answer::Date(DateAnswer::new(
                            d.day.to_string(),
                            d.month.to_string(),
                            d.year.to_string(),
                        ))
                    })
                };
                (
                    defaults.into_iter().filter_map(typed).collect(),
                    hinted.into_iter().filter_map(typed).collect(),
                )
            }
            FieldType::Address => (
                vec![Answer::Address(crate::address::AddressAnswer::new(
                    "Vestergade",
                    "12",
                    "2",
                    "th",
                    "8000",
                    "Aarhus C",
                ))],
                Vec::new(),
            ),
            FieldType::File => {
                let rules = field.file.clone().unwrap_or_default();
                let kind = rules
                    .kinds
                    .first()
                    .copied()
                    .unwrap_or(crate::file::FileKind::Pdf);
                let ext = kind.extensions().first().copied().unwrap_or("pdf");
                let file = crate::contract::AttachmentRef {
                    id: "example".into(),
                    name: format!("bilag.{ext}"),
                    size: 1024,
                    content_type: kind.media_type().into(),
                };
                (vec![Answer::Files(vec![file])], Vec::new())
            }
        }
    }

    /// Checks a planned journey with the engine, as the portal runs it: on each page,
    /// with the answers given so far, the page is valid and the next step is the
    /// planned one; with all the answers, the route is the planned one and the
    /// submission is accepted. Returns the plan with what it submits.
    fn verify(&self, path: &[PlannedStep], end: Target) -> Result<Plan, String> {
        let def = self.def;
        let mut so_far = Answers::new();
        for (k, step) in path.iter().enumerate() {
            let page = &def.pages[step.page];
            set_values(&mut so_far, page, &step.values);
            let journey = Journey::new(def, &so_far, self.today);
            let errors = journey.validate_page(&page.id);
            if !errors.is_empty() {
                return Err(format!("the page \"{}\" is not valid: {errors:?}", page.id));
            }
            let planned = path
                .get(k + 1)
                .map_or(end.clone(), |next| Target::Page(next.page));
            let actual = match journey.next(&page.id) {
                Some(Step::Page(p)) => def.page_index(&p.id).map(Target::Page),
                Some(Step::CheckAnswers) => Some(Target::CheckAnswers),
                Some(Step::Exit(exit)) => Some(Target::Exit(exit.id.clone())),
                Some(Step::SectionEnd(_) | Step::TaskList) | None => None,
            };
            if actual.as_ref() != Some(&planned) {
                return Err(format!(
                    "after \"{}\" the engine goes to {actual:?}, not {planned:?}",
                    page.id
                ));
            }
        }
        let journey = Journey::new(def, &so_far, self.today);
        let route: Vec<usize> = journey
            .route()
            .iter()
            .filter_map(|p| def.page_index(&p.id))
            .collect();
        let planned: Vec<usize> = path.iter().map(|s| s.page).collect();
        if route != planned {
            return Err(format!("the engine's route is {route:?}, not {planned:?}"));
        }
        let submitted = match &end {
            Target::CheckAnswers => Some(
                journey
                    .submission()
                    .map_err(|e| format!("the submission is refused: {e:?}"))?,
            ),
            Target::Exit(id) => {
                if journey.exit().map(|e| e.id.as_str()) != Some(id.as_str()) {
                    return Err(format!("the engine does not end at the exit \"{id}\""));
                }
                if journey.submission().is_ok() {
                    return Err(format!(
                        "answers that lead to the exit \"{id}\" can be submitted"
                    ));
                }
                None
            }
            Target::Page(_) => return Err("a journey cannot end on a page".into()),
        };
        Ok(Plan {
            steps: path.to_vec(),
            end,
            answers: so_far,
            submitted,
        })
    }

    fn journey(&self, plan: &Plan) -> GeneratedJourney {
        let def = self.def;
        let mut names: Vec<String> = Vec::new();
        let mut steps = Vec::new();
        for step in &plan.steps {
            let page = &def.pages[step.page];
            // The answers that choose the route: fields of this page its conditions read.
            let read: BTreeSet<&str> = page
                .next
                .iter()
                .filter_map(|r| r.when.as_ref())
                .flat_map(Condition::comparisons)
                .map(|(field, _, _)| field)
                .collect();
            let deciding: Vec<(&Field, &Option<Answer>)> = page
                .fields
                .iter()
                .zip(&step.values)
                .filter(|(f, _)| read.contains(f.id.as_str()))
                .collect();
            let name = match deciding.as_slice() {
                [] => page.id.clone(),
                [(_, v)] => format!("{}:{}", page.id, short(v)),
                many => format!(
                    "{}:{}",
                    page.id,
                    many.iter()
                        .map(|(f, v)| format!("{}={}", f.id, short(v)))
                        .collect::<Vec<_>>()
                        .join(";")
                ),
            };
            names.push(name);
            steps.push(JourneyStep {
                page: page.id.clone(),
                fields: page
                    .fields
                    .iter()
                    .zip(&step.values)
                    .map(|(f, v)| StepField {
                        id: f.id.clone(),
                        kind: f.kind,
                        value: v.clone(),
                    })
                    .collect(),
                items: items_to_add(page),
                section: None,
            });
        }
        let end = match &plan.end {
            Target::Exit(id) => JourneyEnd::Exit(id.clone()),
            _ => JourneyEnd::CheckAnswers,
        };
        names.push(match &end {
            JourneyEnd::CheckAnswers => CHECK_ANSWERS.to_string(),
            JourneyEnd::Exit(id) => format!("exit:{id}"),
        });
        GeneratedJourney {
            service: def.id.clone(),
            name: names.join(" → "),
            steps,
            end,
            answers: plan.answers.clone(),
            submitted: plan.submitted.clone(),
        }
    }
}

/// An answer in a journey's name: the value, the ticked values joined by `+`, an
/// ISO date, or `-` for none.
fn short(answer: &Option<Answer>) -> String {
    match answer {
        None => "-".into(),
        Some(Answer::Text(t)) => t.trim().to_string(),
        Some(Answer::Many(values)) => values.join("+"),
        Some(Answer::Items(items)) => format!("{} items", items.len()),
        Some(Answer::Address(a)) => a.one_line(),
        Some(Answer::Files(files)) => files
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join("+"),
        Some(Answer::Date(d)) => parse_date(d).map_or_else(
            |_| format!("{}-{}-{}", d.year, d.month, d.day),
            |date| date.to_string(),
        ),
    }
}

/// Puts a page's planned answers into the answers: by field id, or on a repeat page as
/// [`items_to_add`] alike items under the page id.
fn set_values(answers: &mut Answers, page: &Page, values: &[Option<Answer>]) {
    if let Some(n) = items_to_add(page) {
        let item: Answers = page
            .fields
            .iter()
            .zip(values)
            .filter_map(|(f, v)| Some((f.id.clone(), v.clone()?)))
            .collect();
        answers.insert(page.id.clone(), Answer::Items(vec![item; n]));
        return;
    }
    for (field, value) in page.fields.iter().zip(values) {
        match value {
            Some(a) => answers.insert(field.id.clone(), a.clone()),
            None => answers.remove(&field.id),
        };
    }
}

/// How many items a generated journey adds on a repeat page: the fewest allowed, and
/// at least one so that the item's fields are filled in. `None` for other pages.
fn items_to_add(page: &Page) -> Option<usize> {
    page.repeat
        .as_ref()
        .map(|r| r.min_items.max(1).min(r.max_items.max(1)))
}

fn day_offset(date: Date, days: i64) -> Date {
    Date::from_days_since_epoch(date.days_since_epoch() + days)
}

/// The numbers just either side of a number: by 1, 0.1 and 0.01.
fn nudged(n: Decimal) -> impl Iterator<Item = Decimal> {
    let (units, scale) = units_of(n);
    [(1, 0), (1, 1), (1, 2)]
        .into_iter()
        .flat_map(move |(step, step_scale)| {
            let scale_out = scale.max(step_scale);
            let base = units * 10i128.pow(scale_out - scale);
            let delta = step * 10i128.pow(scale_out - step_scale);
            [base - delta, base + delta].map(|u| from_units(u, scale_out))
        })
        .flatten()
}

/// A decimal's digits as an integer and its scale: `12.50` is (1250, 2).
fn units_of(n: Decimal) -> (i128, u32) {
    let canonical = n.canonical();
    let scale = n.scale();
    let digits: String = canonical.chars().filter(|c| *c != '.').collect();
    (digits.parse().unwrap_or(0), scale)
}

fn from_units(units: i128, scale: u32) -> Option<Decimal> {
    let negative = units < 0;
    let digits = units.unsigned_abs().to_string();
    let scale = scale as usize;
    let padded = format!(
        "{}{digits}",
        "0".repeat((scale + 1).saturating_sub(digits.len()))
    );
    let (int, frac) = padded.split_at(padded.len() - scale);
    let sign = if negative { "-" } else { "" };
    let text = if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    };
    Decimal::parse_canonical(&text)
}

/// Ticked values to try: each option alone (with the following ones when more must be
/// ticked), the exclusive option alone, and as many of the others as allowed.
fn checkbox_candidates(field: &Field, hints: Option<&Hints<'_>>) -> Vec<Answer> {
    let options = field.choices();
    let plain: Vec<&str> = options
        .iter()
        .filter(|c| !c.exclusive)
        .map(|c| c.value.as_str())
        .collect();
    let min = field.min_selected.unwrap_or(1).max(1);
    let max = field.max_selected.unwrap_or(plain.len()).max(1);
    let mut out = Vec::new();
    for i in 0..plain.len() {
        let ticked: Vec<String> = plain
            .iter()
            .cycle()
            .skip(i)
            .take(min.min(plain.len()))
            .map(|v| v.to_string())
            .collect();
        out.push(Answer::Many(ticked));
    }
    for c in options.iter().filter(|c| c.exclusive) {
        out.push(Answer::Many(vec![c.value.clone()]));
    }
    if hints.is_some_and(|h| h.contains > 1) {
        out.push(Answer::Many(
            plain.iter().take(max).map(|v| v.to_string()).collect(),
        ));
    }
    out
}

/// A form with sections as one graph of pages, for the search: the sections' pages in
/// the order of the task list, with every way out written as a route. The end of a
/// section becomes routes to the first page of each section that may follow (guarded
/// by its condition) and finally to check answers.
struct Flattened {
    def: ServiceDefinition,
    /// The index in the original definition of each page.
    pages: Vec<usize>,
    /// For each page and route: the index of the original route it comes from, or
    /// the original's length for the fall-through.
    routes: Vec<Vec<usize>>,
    /// For each page, how many routes the original page has.
    original_next: Vec<usize>,
}

impl Flattened {
    fn new(original: &ServiceDefinition) -> Self {
        let mut order: Vec<usize> = Vec::new();
        for section in &original.sections {
            for id in &section.pages {
                if let Some(i) = original.page_index(id).filter(|i| !order.contains(i)) {
                    order.push(i);
                }
            }
        }
        for i in 0..original.pages.len() {
            if !order.contains(&i) {
                order.push(i);
            }
        }
        // The routes from the end of the section at index k, under a condition.
        let onward = |k: usize, when: Option<Condition>| -> Vec<Route> {
            let mut out = Vec::new();
            for section in original.sections.iter().skip(k + 1) {
                let Some(first) = section.pages.first() else {
                    continue;
                };
                let both = match (&when, &section.when) {
                    (Some(a), Some(b)) => Some(Condition::All(vec![a.clone(), b.clone()])),
                    (a, b) => a.clone().or_else(|| b.clone()),
                };
                let last = section.when.is_none();
                out.push(Route {
                    when: both,
                    goto: first.clone(),
                });
                if last {
                    return out;
                }
            }
            out.push(Route {
                when,
                goto: CHECK_ANSWERS.to_string(),
            });
            out
        };
        let mut def = original.clone();
        def.sections.clear();
        def.pages = Vec::with_capacity(order.len());
        let mut routes = Vec::with_capacity(order.len());
        for &i in &order {
            let mut page = original.pages[i].clone();
            let k = original
                .sections
                .iter()
                .position(|s| s.pages.contains(&page.id));
            let mut next = Vec::new();
            let mut from = Vec::new();
            if let Some(k) = k {
                for (ri, route) in page.next.iter().enumerate() {
                    let expanded = if route.goto == CHECK_ANSWERS {
                        onward(k, route.when.clone())
                    } else {
                        vec![route.clone()]
                    };
                    from.extend(expanded.iter().map(|_| ri));
                    next.extend(expanded);
                }
                if page.next.iter().all(|r| r.when.is_some()) {
                    let fall = match original.following_in_section(&original.sections[k], &page.id)
                    {
                        Some(p) => vec![Route {
                            when: None,
                            goto: p.id.clone(),
                        }],
                        None => onward(k, None),
                    };
                    from.extend(fall.iter().map(|_| page.next.len()));
                    next.extend(fall);
                }
                page.next = next;
            } else {
                from = (0..=page.next.len()).collect();
            }
            routes.push(from);
            def.pages.push(page);
        }
        let original_next = order
            .iter()
            .map(|&i| original.pages[i].next.len())
            .collect();
        Flattened {
            def,
            pages: order,
            routes,
            original_next,
        }
    }

    /// A JSON path in the flattened definition as a path in the original.
    fn original_path(&self, path: &str) -> String {
        let Some(rest) = path.strip_prefix("$.pages[") else {
            return path.to_string();
        };
        let Some((n, rest)) = rest.split_once(']') else {
            return path.to_string();
        };
        let Some(fp) = n.parse::<usize>().ok().filter(|i| *i < self.pages.len()) else {
            return path.to_string();
        };
        let op = self.pages[fp];
        let route = rest
            .strip_prefix(".next[")
            .and_then(|r| r.split_once(']'))
            .and_then(|(r, _)| r.parse::<usize>().ok());
        match route {
            Some(fr) => match self.routes[fp].get(fr) {
                Some(&or) if or < self.original_next[fp] => {
                    format!("$.pages[{op}].next[{or}]")
                }
                _ => format!("$.pages[{op}].next"),
            },
            None if rest.starts_with(".next") => format!("$.pages[{op}].next"),
            None => format!("$.pages[{op}]{rest}"),
        }
    }
}

/// See [`generate_journeys`]: the journeys of a form with sections, found on the
/// flattened form and then checked with the engine as the portal runs the sections.
fn sectioned_journeys(
    definition: &ServiceDefinition,
    today: Date,
) -> Result<Vec<GeneratedJourney>, CoverageError> {
    let flat = Flattened::new(definition);
    let journeys = search_journeys(&flat.def, today, Some(&flat.routes)).map_err(|mut e| {
        for gap in &mut e.gaps {
            gap.path = flat.original_path(&gap.path);
        }
        e
    })?;
    let mut out = Vec::with_capacity(journeys.len());
    let mut gaps = Vec::new();
    for mut generated in journeys {
        let mut previous: Option<&str> = None;
        for step in &mut generated.steps {
            let section = definition.section_of(&step.page).map(|s| s.id.as_str());
            if section != previous {
                step.section = section.map(str::to_string);
            }
            previous = section;
        }
        let journey = Journey::new(definition, &generated.answers, today);
        let route: Vec<&str> = journey.route().iter().map(|p| p.id.as_str()).collect();
        let planned: Vec<&str> = generated.steps.iter().map(|s| s.page.as_str()).collect();
        let agrees = match &generated.end {
            JourneyEnd::CheckAnswers => {
                route == planned && journey.submission().ok() == generated.submitted
            }
            JourneyEnd::Exit(id) => {
                route.starts_with(&planned)
                    && journey.exit().is_some_and(|e| e.id == *id)
                    && journey.submission().is_err()
            }
        };
        if !agrees {
            gaps.push(CoverageGap {
                path: "$.sections".into(),
                message: format!(
                    "the journey {} does not run the same through the sections (route {route:?}); check the sections' pages and conditions",
                    generated.name
                ),
            });
        }
        out.push(generated);
    }
    if gaps.is_empty() {
        Ok(out)
    } else {
        Err(CoverageError {
            service: definition.id.clone(),
            gaps,
        })
    }
}
