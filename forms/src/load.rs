//! Loading a definition from JSON, with every problem reported by its JSON path and a
//! sentence that says how to fix it.

use crate::condition::{parse_iso_date, Comparison, DateRef};
use crate::content::ContentBlock;
use crate::definition::{
    DateRules, Field, FieldType, Page, ServiceDefinition, CHECK_ANSWERS, NO, RESERVED_PAGE_IDS, YES,
};
use crate::markup::bad_links;
use crate::number::Decimal;
use crate::text::{Lang, Text};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;

/// One problem in a definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DefinitionError {
    /// Where: a JSON path such as `$.pages[2].fields[0].id`.
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// The line in the file, where known (syntax and shape errors).
    pub line: Option<usize>,
    /// The column in the line, where known.
    pub column: Option<usize>,
}

impl DefinitionError {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        DefinitionError {
            path: path.into(),
            message: message.into(),
            line: None,
            column: None,
        }
    }
}

impl fmt::Display for DefinitionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => {
                write!(f, "{} (line {l}, column {c}): {}", self.path, self.message)
            }
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Every problem found in a definition.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// The problems, in the order of the file.
    pub errors: Vec<DefinitionError>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        writeln!(
            f,
            "{n} problem{} in the definition:",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.errors {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

/// Reads a definition from JSON and checks it. A file that does not parse gives the
/// line and column; a file of the wrong shape gives the path of the first wrong value;
/// a file of the right shape gives every problem of meaning at once.
pub fn load_definition(json: &str) -> Result<ServiceDefinition, LoadError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let definition: ServiceDefinition = match serde_path_to_error::deserialize(&mut de) {
        Ok(d) => d,
        Err(err) => {
            let path = json_path(&err.path().to_string());
            let inner = err.into_inner();
            let message = if inner.is_syntax() || inner.is_eof() {
                format!(
                    "this is not valid JSON: {}",
                    strip_position(&inner.to_string())
                )
            } else {
                strip_position(&inner.to_string())
            };
            let path = if inner.is_syntax() || inner.is_eof() {
                "$".to_string()
            } else {
                path
            };
            return Err(LoadError {
                errors: vec![DefinitionError {
                    path,
                    message,
                    line: Some(inner.line()),
                    column: Some(inner.column()),
                }],
            });
        }
    };
    if let Err(trailing) = de.end() {
        return Err(LoadError {
            errors: vec![DefinitionError {
                path: "$".into(),
                message: "there is more after the definition's closing brace; remove it".into(),
                line: Some(trailing.line()),
                column: Some(trailing.column()),
            }],
        });
    }
    let errors = check_definition(&definition);
    if errors.is_empty() {
        Ok(definition)
    } else {
        Err(LoadError { errors })
    }
}

/// Turns serde_path_to_error's `pages[1].fields[0].id` into `$.pages[1].fields[0].id`.
fn json_path(p: &str) -> String {
    if p.is_empty() || p == "." {
        "$".into()
    } else {
        format!("$.{p}")
    }
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(s: &str) -> String {
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

const ID_RULE: &str = "use lowercase letters a-z, digits and hyphens, e.g. \"road-problem\"";

/// Checks the meaning of a definition that has the right shape, and returns every
/// problem found (empty when the definition can be published).
pub fn check_definition(d: &ServiceDefinition) -> Vec<DefinitionError> {
    let mut errors = Vec::new();
    let mut err = |path: String, message: String| errors.push(DefinitionError::at(path, message));

    if !is_id(&d.id) {
        err(
            "$.id".into(),
            format!("\"{}\" is not a valid id: {ID_RULE}", d.id),
        );
    }
    if d.version == 0 {
        err("$.version".into(), "the version must be 1 or more".into());
    }

    // Texts in both languages.
    let mut texts: Vec<(String, &Text)> = vec![
        ("$.title".into(), &d.title),
        ("$.description".into(), &d.description),
        ("$.check_answers.title".into(), &d.check_answers.title),
        (
            "$.check_answers.submit_label".into(),
            &d.check_answers.submit_label,
        ),
        ("$.confirmation.title".into(), &d.confirmation.title),
    ];
    if let Some(t) = &d.check_answers.declaration {
        texts.push(("$.check_answers.declaration".into(), t));
    }
    // Texts in the markup, whose links are checked too.
    let mut marked: Vec<(String, &Text)> = Vec::new();
    for (i, t) in d.start.body.iter().enumerate() {
        marked.push((format!("$.start.body[{i}]"), t));
    }
    for (i, t) in d.start.before_you_start.iter().enumerate() {
        texts.push((format!("$.start.before_you_start[{i}]"), t));
    }
    for (i, t) in d.confirmation.next_steps.iter().enumerate() {
        texts.push((format!("$.confirmation.next_steps[{i}]"), t));
    }
    let mut blocks: Vec<(String, &ContentBlock)> = Vec::new();
    for (ei, exit) in d.exits.iter().enumerate() {
        texts.push((format!("$.exits[{ei}].title"), &exit.title));
        for (bi, block) in exit.body.iter().enumerate() {
            blocks.push((format!("$.exits[{ei}].body[{bi}]"), block));
        }
    }
    for (si, section) in d.sections.iter().enumerate() {
        texts.push((format!("$.sections[{si}].title"), &section.title));
    }
    for (pi, page) in d.pages.iter().enumerate() {
        if let Some(t) = &page.title {
            texts.push((format!("$.pages[{pi}].title"), t));
        }
        if let Some(repeat) = &page.repeat {
            texts.push((format!("$.pages[{pi}].repeat.item_name"), &repeat.item_name));
            texts.push((
                format!("$.pages[{pi}].repeat.add_another"),
                &repeat.add_another,
            ));
        }
        for (bi, block) in page.content.iter().enumerate() {
            blocks.push((format!("$.pages[{pi}].content[{bi}]"), block));
        }
        for (fi, field) in page.fields.iter().enumerate() {
            let fp = format!("$.pages[{pi}].fields[{fi}]");
            texts.push((format!("{fp}.label"), &field.label));
            if let Some(t) = &field.hint {
                texts.push((format!("{fp}.hint"), t));
            }
            if let Some(errors) = &field.errors {
                for (name, t) in [
                    ("required", &errors.required),
                    ("not_before", &errors.not_before),
                    ("not_after", &errors.not_after),
                ] {
                    if let Some(t) = t {
                        texts.push((format!("{fp}.errors.{name}"), t));
                    }
                }
            }
            if let Some(t) = field.number.as_ref().and_then(|n| n.unit.as_ref()) {
                texts.push((format!("{fp}.number.unit"), t));
            }
            for (oi, o) in field.options.iter().enumerate() {
                texts.push((format!("{fp}.options[{oi}].label"), &o.label));
                if let Some(t) = &o.hint {
                    texts.push((format!("{fp}.options[{oi}].hint"), t));
                }
            }
        }
    }
    for (bp, block) in &blocks {
        if let ContentBlock::List { list, .. } = block {
            if list.is_empty() {
                err(
                    format!("{bp}.list"),
                    "a list needs at least one item".into(),
                );
            }
        }
        for (sub, t) in block.texts() {
            marked.push((format!("{bp}{sub}"), t));
        }
    }
    for (path, text) in &marked {
        for lang in Lang::ALL {
            for bad in bad_links(text.get(lang)) {
                err(
                    format!("{path}.{}", lang.as_str()),
                    format!(
                        "the link \"{}\" goes to \"{}\"; a link must go to an https:// or http:// address, or to a path on this site that starts with /",
                        bad.text, bad.href
                    ),
                );
            }
        }
    }
    texts.extend(marked);
    for (path, text) in texts {
        if text.da.trim().is_empty() {
            err(
                format!("{path}.da"),
                "the Danish text is empty; write it".into(),
            );
        }
        if text.en.trim().is_empty() {
            err(
                format!("{path}.en"),
                "the English text is empty; write it".into(),
            );
        }
    }

    if d.pages.is_empty() {
        err(
            "$.pages".into(),
            "a service needs at least one question page".into(),
        );
    }

    // Pages and fields: ids, and what each type allows.
    let mut page_ids: BTreeMap<&str, usize> = BTreeMap::new();
    let mut field_ids: BTreeMap<&str, String> = BTreeMap::new();
    for (pi, page) in d.pages.iter().enumerate() {
        let pp = format!("$.pages[{pi}]");
        if !is_id(&page.id) {
            err(
                format!("{pp}.id"),
                format!("\"{}\" is not a valid page id: {ID_RULE}", page.id),
            );
        } else if RESERVED_PAGE_IDS.contains(&page.id.as_str()) {
            err(
                format!("{pp}.id"),
                format!(
                    "\"{}\" is reserved for the portal's own pages; choose another id",
                    page.id
                ),
            );
        }
        if let Some(first) = page_ids.insert(&page.id, pi) {
            err(
                format!("{pp}.id"),
                format!("the page id \"{}\" is already used by $.pages[{first}]; page ids must be unique", page.id),
            );
        }
        if page.fields.is_empty() {
            err(
                format!("{pp}.fields"),
                "a question page needs at least one field".into(),
            );
        }
        if page.title.is_none() && !page.content.is_empty() {
            err(
                format!("{pp}.title"),
                "a page with content needs a title, so that its heading comes before the content"
                    .into(),
            );
        } else if page.title.is_none() && page.fields.len() > 1 {
            err(
                format!("{pp}.title"),
                "a page with several fields needs a title to use as its heading".into(),
            );
        }
        if let Some(repeat) = &page.repeat {
            if page.title.is_none() && page.content.is_empty() && page.fields.len() <= 1 {
                err(
                    format!("{pp}.title"),
                    "a repeat page needs a title to use as its heading above the list of items"
                        .into(),
                );
            }
            if repeat.max_items == 0 {
                err(
                    format!("{pp}.repeat.max_items"),
                    "max_items must be 1 or more".into(),
                );
            } else if repeat.min_items > repeat.max_items {
                err(
                    format!("{pp}.repeat.min_items"),
                    format!(
                        "min_items ({}) is more than max_items ({}); make min_items the smaller",
                        repeat.min_items, repeat.max_items
                    ),
                );
            }
            if let Some((other, _)) = d.field(&page.id) {
                err(
                    format!("{pp}.id"),
                    format!("the repeat page's id \"{}\" is also the id of a field on the page \"{}\"; the items are stored under the page id, so choose an id no field uses", page.id, other.id),
                );
            }
        }
        for (fi, field) in page.fields.iter().enumerate() {
            let fp = format!("{pp}.fields[{fi}]");
            if !is_id(&field.id) {
                err(
                    format!("{fp}.id"),
                    format!("\"{}\" is not a valid field id: {ID_RULE}", field.id),
                );
            }
            if let Some(first) = field_ids.insert(&field.id, fp.clone()) {
                err(
                    format!("{fp}.id"),
                    format!("the field id \"{}\" is already used by {first}; field ids must be unique in the whole service", field.id),
                );
            }
            check_field(d, field, &fp, &mut err);
        }
        check_reveals(d, page, &pp, &mut err);
    }

    // Exit pages: ids distinct from every page and each other, and a body.
    let mut exit_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for (ei, exit) in d.exits.iter().enumerate() {
        let ep = format!("$.exits[{ei}]");
        if !is_id(&exit.id) {
            err(
                format!("{ep}.id"),
                format!("\"{}\" is not a valid exit id: {ID_RULE}", exit.id),
            );
        } else if RESERVED_PAGE_IDS.contains(&exit.id.as_str()) {
            err(
                format!("{ep}.id"),
                format!(
                    "\"{}\" is reserved for the portal's own pages; choose another id",
                    exit.id
                ),
            );
        } else if let Some(pi) = page_ids.get(exit.id.as_str()) {
            err(
                format!("{ep}.id"),
                format!("the id \"{}\" is already used by the page $.pages[{pi}]; an exit page needs an id of its own", exit.id),
            );
        }
        if let Some(first) = exit_ids.insert(&exit.id, ei) {
            err(
                format!("{ep}.id"),
                format!("the exit id \"{}\" is already used by $.exits[{first}]; exit ids must be unique", exit.id),
            );
        }
        if exit.body.is_empty() {
            err(
                format!("{ep}.body"),
                "an exit page needs a body that says why and what to do instead".into(),
            );
        }
    }

    // Routes: targets, conditions, and routes that can never be taken.
    for (pi, page) in d.pages.iter().enumerate() {
        let mut unconditional_seen = false;
        for (ri, route) in page.next.iter().enumerate() {
            let rp = format!("$.pages[{pi}].next[{ri}]");
            if unconditional_seen {
                err(
                    rp.clone(),
                    "this route comes after a route without \"when\", so it is never taken; move it up or remove it".into(),
                );
            }
            if route.when.is_none() {
                unconditional_seen = true;
            }
            if route.goto != CHECK_ANSWERS
                && !page_ids.contains_key(route.goto.as_str())
                && !exit_ids.contains_key(route.goto.as_str())
            {
                err(
                    format!("{rp}.goto"),
                    format!(
                        "there is no page \"{}\"; use the id of a page, of an exit page or \"{CHECK_ANSWERS}\"",
                        route.goto
                    ),
                );
            }
            if route.goto == page.id {
                err(format!("{rp}.goto"), "a page cannot lead to itself".into());
            }
            if let Some(condition) = &route.when {
                for problem in condition.problems() {
                    err(format!("{rp}.when"), problem);
                }
                for (field_id, name, comparison) in condition.comparisons() {
                    let Some((on, field)) = d.field(field_id) else {
                        err(
                            format!("{rp}.when"),
                            format!("the condition reads the field \"{field_id}\", which does not exist"),
                        );
                        continue;
                    };
                    if on.repeat.is_some() {
                        err(
                            format!("{rp}.when"),
                            format!("the condition reads \"{field_id}\", a field of the items of the repeat page \"{}\"; a condition cannot read answers inside a repeat group's items", on.id),
                        );
                        continue;
                    }
                    if let Some(message) = check_comparison(d, field, name, comparison) {
                        err(format!("{rp}.when"), message);
                    }
                }
            }
        }
    }

    // Reachability and ends, on the graph of every possible route.
    check_sections(d, &mut err);

    // In a form with sections, each section is a graph of its own, from its first page
    // to its end (check answers stands for the end of the section).
    let section_of: Vec<Option<usize>> = d
        .pages
        .iter()
        .map(|p| d.sections.iter().position(|s| s.pages.contains(&p.id)))
        .collect();
    let roots: Vec<usize> = if d.has_sections() {
        d.sections
            .iter()
            .filter_map(|s| s.pages.first().and_then(|id| d.page_index(id)))
            .collect()
    } else {
        vec![0]
    };
    if !d.pages.is_empty() {
        let edges = |i: usize| -> Vec<Target> {
            let page = &d.pages[i];
            let mut out: Vec<Target> = page
                .next
                .iter()
                .map(|r| {
                    if r.goto == CHECK_ANSWERS {
                        Target::CheckAnswers
                    } else if let Some(n) = d
                        .page_index(&r.goto)
                        .filter(|n| !d.has_sections() || section_of[*n] == section_of[i])
                    {
                        Target::Page(n)
                    } else if let Some(e) = d.exits.iter().position(|e| e.id == r.goto) {
                        Target::Exit(e)
                    } else {
                        Target::Missing
                    }
                })
                .collect();
            if page.next.iter().all(|r| r.when.is_some()) {
                let following = match section_of[i] {
                    Some(k) => d
                        .following_in_section(&d.sections[k], &page.id)
                        .and_then(|p| d.page_index(&p.id)),
                    None if d.has_sections() => None,
                    None => (i + 1 < d.pages.len()).then_some(i + 1),
                };
                out.push(following.map_or(Target::CheckAnswers, Target::Page));
            }
            out
        };
        let mut reached = vec![false; d.pages.len()];
        let mut exit_reached = vec![false; d.exits.len()];
        let mut queue = VecDeque::from(roots.clone());
        for &r in &roots {
            reached[r] = true;
        }
        while let Some(i) = queue.pop_front() {
            for next in edges(i) {
                match next {
                    Target::Page(n) if !reached[n] => {
                        reached[n] = true;
                        queue.push_back(n);
                    }
                    Target::Exit(e) => exit_reached[e] = true,
                    _ => {}
                }
            }
        }
        // Pages from which the questions can end, found backwards: at check answers, or
        // at an exit page (which ends them too); and, apart, at check answers alone.
        let ends_from = |exit_is_end: bool| {
            let mut ends = vec![false; d.pages.len()];
            let mut changed = true;
            while changed {
                changed = false;
                for i in 0..d.pages.len() {
                    if !ends[i]
                        && edges(i).into_iter().any(|e| match e {
                            Target::CheckAnswers => true,
                            Target::Exit(_) => exit_is_end,
                            Target::Page(n) => ends[n],
                            Target::Missing => false,
                        })
                    {
                        ends[i] = true;
                        changed = true;
                    }
                }
            }
            ends
        };
        let ends = ends_from(true);
        // A route back to a page already on the way makes a loop: the answers do not
        // change on the way round, so a citizen who takes it goes round for ever. Loops
        // with no way out at all are reported below; these are the ones with one.
        let back_edges = {
            let mut found = Vec::new();
            // 0: not seen, 1: on the current path, 2: done.
            let mut state = vec![0u8; d.pages.len()];
            let mut stack: Vec<(usize, usize)> = Vec::new();
            for &root in roots.iter().rev() {
                if state[root] == 0 {
                    state[root] = 1;
                    stack.push((root, 0));
                }
                while let Some(&mut (i, ref mut next)) = stack.last_mut() {
                    let targets = edges(i);
                    let Some(target) = targets.get(*next) else {
                        state[i] = 2;
                        stack.pop();
                        continue;
                    };
                    let edge = *next;
                    *next += 1;
                    if let Target::Page(n) = *target {
                        match state[n] {
                            0 => {
                                state[n] = 1;
                                stack.push((n, 0));
                            }
                            1 if ends[i] => found.push((i, edge, n)),
                            _ => {}
                        }
                    }
                }
            }
            found
        };
        for (i, edge, n) in back_edges {
            let path = if edge < d.pages[i].next.len() {
                format!("$.pages[{i}].next[{edge}].goto")
            } else {
                format!("$.pages[{i}].next")
            };
            err(
                path,
                format!(
                    "from the page \"{}\" the route leads back to the page \"{}\", which leads here again: the same answers would go round for ever; route forward instead",
                    d.pages[i].id, d.pages[n].id
                ),
            );
        }
        for (i, page) in d.pages.iter().enumerate() {
            if d.has_sections() && section_of[i].is_none() {
                continue; // reported with the sections
            }
            if !reached[i] {
                err(
                    format!("$.pages[{i}]"),
                    format!(
                        "no route reaches the page \"{}\"; add a route to it or remove it",
                        page.id
                    ),
                );
            } else if !ends[i] {
                err(
                    format!("$.pages[{i}].next"),
                    format!("from the page \"{}\" no route leads to check answers (a loop without exit); add a route that leaves the loop", page.id),
                );
            }
        }
        if !d.has_sections() && ends[0] && !ends_from(false)[0] {
            err(
                "$.pages".into(),
                "every route ends at an exit page, so no one can send the service; add a route to check answers".into(),
            );
        }
        let completes = ends_from(false);
        for (k, section) in d.sections.iter().enumerate() {
            let first = section.pages.first().and_then(|id| d.page_index(id));
            if let Some(first) = first.filter(|f| ends[*f] && !completes[*f]) {
                err(
                    format!("$.sections[{k}]"),
                    format!("every route of the section \"{}\" ends at an exit page (from its first page \"{}\"), so it can never be completed; add a route that ends the section with \"{CHECK_ANSWERS}\"", section.id, d.pages[first].id),
                );
            }
        }
        for (e, exit) in d.exits.iter().enumerate() {
            if !exit_reached[e] {
                err(
                    format!("$.exits[{e}]"),
                    format!(
                        "no route reaches the exit page \"{}\"; add a route to it or remove it",
                        exit.id
                    ),
                );
            }
        }
    }
    errors
}

/// Checks the sections of a long form: ids, the pages they hold (every page in exactly
/// one), the first page, what each requires and what its condition reads (only
/// sections listed before), and routes that stay within their section.
fn check_sections(d: &ServiceDefinition, err: &mut impl FnMut(String, String)) {
    if d.sections.is_empty() {
        return;
    }
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    let mut owner: BTreeMap<&str, (usize, String)> = BTreeMap::new();
    for (k, section) in d.sections.iter().enumerate() {
        let sp = format!("$.sections[{k}]");
        if !is_id(&section.id) {
            err(
                format!("{sp}.id"),
                format!("\"{}\" is not a valid section id: {ID_RULE}", section.id),
            );
        }
        if let Some(first) = ids.insert(&section.id, k) {
            err(
                format!("{sp}.id"),
                format!("the section id \"{}\" is already used by $.sections[{first}]; section ids must be unique", section.id),
            );
        }
        if section.pages.is_empty() {
            err(
                format!("{sp}.pages"),
                "a section needs at least one page; list the ids of its pages, the first where it starts".into(),
            );
        }
        for (j, id) in section.pages.iter().enumerate() {
            let path = format!("{sp}.pages[{j}]");
            if d.page(id).is_none() {
                err(
                    path,
                    format!("there is no page \"{id}\"; use the id of a page in \"pages\""),
                );
            } else if let Some((_, first)) = owner.insert(id, (k, path.clone())) {
                err(
                    path,
                    format!("the page \"{id}\" is already in {first}; a page belongs to one section only"),
                );
            }
        }
        if let Some(first) = section.pages.first().and_then(|id| d.page(id)) {
            let starts = match &first.repeat {
                Some(repeat) => repeat.min_items >= 1,
                None => first
                    .fields
                    .iter()
                    .any(|f| f.required && first.revealer(&f.id).is_none()),
            };
            if !starts {
                err(
                    format!("{sp}.pages[0]"),
                    format!("the section starts at the page \"{}\", which has no required question; the first page of a section needs one (or a repeat page with min_items of 1 or more), so that answering it starts the section", first.id),
                );
            }
        }
        for (r, id) in section.requires.iter().enumerate() {
            let path = format!("{sp}.requires[{r}]");
            match d.sections.iter().position(|s| s.id == *id) {
                None => err(
                    path,
                    format!("there is no section \"{id}\"; use the id of a section listed before this one"),
                ),
                Some(j) if j >= k => err(
                    path,
                    format!("the section \"{id}\" is this one or comes after it; a section can only require sections listed before it, so move this section further down"),
                ),
                Some(_) => {}
            }
        }
        if let Some(condition) = &section.when {
            for problem in condition.problems() {
                err(format!("{sp}.when"), problem);
            }
            for (field_id, name, comparison) in condition.comparisons() {
                let Some((on, field)) = d.field(field_id) else {
                    err(
                        format!("{sp}.when"),
                        format!(
                            "the condition reads the field \"{field_id}\", which does not exist"
                        ),
                    );
                    continue;
                };
                if on.repeat.is_some() {
                    err(
                        format!("{sp}.when"),
                        format!("the condition reads \"{field_id}\", a field of the items of the repeat page \"{}\"; a condition cannot read answers inside a repeat group's items", on.id),
                    );
                    continue;
                }
                if let Some(message) = check_comparison(d, field, name, comparison) {
                    err(format!("{sp}.when"), message);
                }
                let holder = d.sections.iter().position(|s| s.pages.contains(&on.id));
                if let Some(j) = holder.filter(|j| *j >= k) {
                    err(
                        format!("{sp}.when"),
                        format!("the condition reads \"{field_id}\", a question of the section \"{}\", which is this one or comes after it; a section's condition can only read answers of sections listed before it", d.sections[j].id),
                    );
                }
            }
        }
    }
    for (pi, page) in d.pages.iter().enumerate() {
        let Some((own, _)) = owner.get(page.id.as_str()) else {
            err(
                format!("$.pages[{pi}]"),
                format!(
                    "the page \"{}\" is in no section; add its id to the pages of a section",
                    page.id
                ),
            );
            continue;
        };
        for (ri, route) in page.next.iter().enumerate() {
            if let Some((other, _)) = owner.get(route.goto.as_str()).filter(|(o, _)| o != own) {
                err(
                    format!("$.pages[{pi}].next[{ri}].goto"),
                    format!("the page \"{}\" is in the section \"{}\", not in this page's section \"{}\"; a route stays within its section: end the section with \"{CHECK_ANSWERS}\", and the task list leads on", route.goto, d.sections[*other].id, d.sections[*own].id),
                );
            }
        }
    }
}

/// Where a route from a page can go, for the checks of the route graph.
#[derive(Clone, Copy)]
enum Target {
    Page(usize),
    Exit(usize),
    CheckAnswers,
    Missing,
}

/// A sentence on what is wrong with comparing a field in a condition, if anything.
fn check_comparison(
    d: &ServiceDefinition,
    field: &Field,
    name: &str,
    comparison: Comparison<'_>,
) -> Option<String> {
    let id = &field.id;
    let kind = field.kind.as_str();
    let a_kind = with_article(kind);
    let options = || {
        field
            .choices()
            .iter()
            .map(|o| o.value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (comparison, field.kind) {
        (Comparison::Presence, _) => None,
        (Comparison::Values(values), k) if k.is_single_choice() => values
            .iter()
            .find(|v| field.option_label(v).is_none())
            .map(|v| {
                if k == FieldType::YesNo {
                    format!("the condition compares the yes-no field \"{id}\" with \"{v}\"; use \"{YES}\" or \"{NO}\"")
                } else {
                    format!("the condition compares \"{id}\" with \"{v}\", which is not one of its options ({})", options())
                }
            }),
        (Comparison::Values(_), FieldType::Checkboxes) => Some(format!(
            "{name} does not apply to the checkboxes field \"{id}\", whose answer is a list; use {{\"contains\": {{\"field\": \"{id}\", \"value\": ...}}}}"
        )),
        (Comparison::Values(_), FieldType::Date) => Some(format!(
            "the condition compares the date field \"{id}\" with text; use before / after, or answered / not_answered"
        )),
        (Comparison::Values(_), FieldType::Address | FieldType::File) => Some(format!(
            "{name} compares text, and the answer to the {kind} field \"{id}\" is not text; use answered / not_answered"
        )),
        (Comparison::Values(_), FieldType::Number | FieldType::Money) => Some(format!(
            "{name} compares text, which does not suit the {kind} field \"{id}\" (\"1.000\" and \"1000\" are the same number); use greater_than / less_than"
        )),
        (Comparison::Values(_), _) => None,
        (Comparison::Contains(v), FieldType::Checkboxes) => field.option_label(v).is_none().then(|| {
            format!("the condition looks for \"{v}\" in \"{id}\", which is not one of its options ({})", options())
        }),
        (Comparison::Contains(_), _) => Some(format!(
            "contains applies to checkboxes, not to the {kind} field \"{id}\"; use equals or one_of"
        )),
        (Comparison::Number(v), FieldType::Money) => (v.decimals_needed() > 2).then(|| {
            format!("the amount {v} has more than 2 decimals; write kroner with at most 2 decimals (øre)")
        }),
        (Comparison::Number(_), FieldType::Number) => None,
        (Comparison::Number(_), _) => Some(format!(
            "{name} compares numbers, and \"{id}\" is {a_kind} field; use it on a number or money field"
        )),
        (Comparison::Date(r), FieldType::Date) => check_date_ref(d, r, Some(id)),
        (Comparison::Date(_), _) => Some(format!(
            "{name} compares dates, and \"{id}\" is {a_kind} field; use it on a date field"
        )),
    }
}

/// A sentence on what is wrong with a date reference, if anything.
fn check_date_ref(d: &ServiceDefinition, r: &DateRef, own: Option<&str>) -> Option<String> {
    match r {
        DateRef::Today { .. } => None,
        DateRef::Date(s) => parse_iso_date(s).is_none().then(|| {
            format!("\"{s}\" is not a date; write a real date as YYYY-MM-DD, e.g. \"2026-01-01\"")
        }),
        DateRef::Field(other) if Some(other.as_str()) == own => Some(format!(
            "the date refers to its own field \"{other}\"; refer to another date field"
        )),
        DateRef::Field(other) => match d.field(other) {
            None => Some(format!(
                "the date refers to the field \"{other}\", which does not exist; use the id of a date field"
            )),
            Some((_, f)) if f.kind != FieldType::Date => Some(format!(
                "the date refers to \"{other}\", {} field; refer to a date field",
                with_article(f.kind.as_str())
            )),
            Some((p, _))
                if p.repeat.is_some()
                    && own.and_then(|o| d.field(o)).is_none_or(|(q, _)| q.id != p.id) =>
            {
                Some(format!(
                    "the date refers to \"{other}\", a field of the items of the repeat page \"{}\"; only the fields of the same item can refer to it",
                    p.id
                ))
            }
            Some(_) => None,
        },
    }
}

/// A sentence on a date rule that refers to a field of a later page, if it does: the
/// rule is checked when the citizen leaves the page, and the later answer is not
/// given yet then, so the rule would hold on the page and fail at submission.
fn later_field(d: &ServiceDefinition, r: &DateRef, own: &str) -> Option<String> {
    let DateRef::Field(other) = r else {
        return None;
    };
    let page_of = |id: &str| d.field(id).and_then(|(p, _)| d.page_index(&p.id));
    match (page_of(own), page_of(other)) {
        (Some(mine), Some(theirs)) if theirs > mine => Some(format!(
            "the date refers to \"{other}\", a question of the later page \"{}\"; a date rule can only refer to a field on the same page or an earlier one, which the citizen has answered when the rule is checked",
            d.pages[theirs].id
        )),
        _ => None,
    }
}

/// Where a date bound lies, in terms that can be compared when a definition is
/// loaded: a fixed date, a day counted from today, or another field's answer, with a
/// number of days from it. Bounds of two kinds cannot be compared before the day.
#[derive(PartialEq)]
enum Anchor<'a> {
    Fixed,
    Today,
    Field(&'a str),
}

/// The anchor and day of a date reference; `None` for a fixed date that is not one.
fn anchored(r: &DateRef) -> Option<(Anchor<'_>, i64)> {
    match r {
        DateRef::Today { offset_days } => Some((Anchor::Today, *offset_days)),
        DateRef::Date(s) => parse_iso_date(s).map(|d| (Anchor::Fixed, d.days_since_epoch())),
        DateRef::Field(id) => Some((Anchor::Field(id), 0)),
    }
}

/// A sentence on date rules whose lower bound lies after their upper bound, so that
/// no date meets them all (e.g. `not_before` 2026-03-01 with `not_after` 2026-02-01,
/// or `after` and `before` the same field), if any do.
fn empty_date_range(rules: &DateRules) -> Option<String> {
    const TODAY: DateRef = DateRef::Today { offset_days: 0 };
    // Each bound as the first (or last) day it allows: a strict bound moves one day in.
    let lower = [
        ("not_past", rules.not_past.then_some(&TODAY), 0),
        ("after", rules.after.as_ref(), 1),
        ("not_before", rules.not_before.as_ref(), 0),
    ];
    let upper = [
        ("not_future", rules.not_future.then_some(&TODAY), 0),
        ("before", rules.before.as_ref(), -1),
        ("not_after", rules.not_after.as_ref(), 0),
    ];
    for (low_name, low, low_step) in lower {
        let Some((low_anchor, low_day)) = low.and_then(anchored) else {
            continue;
        };
        for (high_name, high, high_step) in upper {
            let Some((high_anchor, high_day)) = high.and_then(anchored) else {
                continue;
            };
            if low_anchor == high_anchor && low_day + low_step > high_day + high_step {
                return Some(format!(
                    "{low_name} and {high_name} together allow no date: the earliest day they allow comes after the latest; change one of them"
                ));
            }
        }
    }
    None
}

/// Checks the fields that options reveal: each a later field of the same page, revealed
/// by one option of a radios or checkboxes field, and revealing nothing itself.
fn check_reveals(
    d: &ServiceDefinition,
    page: &Page,
    pp: &str,
    err: &mut impl FnMut(String, String),
) {
    let mut revealed: BTreeMap<&str, String> = BTreeMap::new();
    for (fi, field) in page.fields.iter().enumerate() {
        for (oi, option) in field.options.iter().enumerate() {
            let op = format!("{pp}.fields[{fi}].options[{oi}].reveals");
            if option.reveals.is_empty() {
                continue;
            }
            if !matches!(field.kind, FieldType::Radios | FieldType::Checkboxes) {
                err(op, format!("only an option of radios or checkboxes can reveal fields, not an option of {} field; remove \"reveals\"", with_article(field.kind.as_str())));
                continue;
            }
            if page.repeat.is_some() {
                err(op, "an option on a repeat page cannot reveal fields; remove \"reveals\" or ask the question on a page of its own".into());
                continue;
            }
            for (ri, id) in option.reveals.iter().enumerate() {
                let rp = format!("{op}[{ri}]");
                let Some(ti) = page.fields.iter().position(|f| f.id == *id) else {
                    let fix = match d.field(id) {
                        Some((other, _)) => format!("the field \"{id}\" is on the page \"{}\"; an option can only reveal a field on its own page", other.id),
                        None => format!("there is no field \"{id}\" on this page; use the id of a field in this page's \"fields\""),
                    };
                    err(rp, fix);
                    continue;
                };
                let target = &page.fields[ti];
                if ti <= fi {
                    err(rp.clone(), format!("the field \"{id}\" comes before the field whose option reveals it (or is that field); move it after \"{}\"", field.id));
                }
                if target.options.iter().any(|o| !o.reveals.is_empty()) {
                    err(rp.clone(), format!("the field \"{id}\" reveals fields itself; a revealed field cannot reveal others, so ask those on a page of their own"));
                }
                if let Some(first) = revealed.insert(id, rp.clone()) {
                    err(rp, format!("the field \"{id}\" is already revealed by {first}; a field can be revealed by one option only"));
                }
            }
        }
    }
}

/// Checks what a field's type allows: options, rules and their limits.
fn check_field(
    d: &ServiceDefinition,
    field: &Field,
    fp: &str,
    err: &mut impl FnMut(String, String),
) {
    let kind = field.kind.as_str();
    let a_kind = with_article(kind);
    if field.kind.has_options() {
        let fewest = if field.kind == FieldType::Checkboxes {
            1
        } else {
            2
        };
        if field.options.len() < fewest {
            let what = if fewest == 1 {
                "at least one option"
            } else {
                "at least two options"
            };
            err(format!("{fp}.options"), format!("{kind} need {what}"));
        }
        let mut seen = BTreeSet::new();
        let last = field.options.len().saturating_sub(1);
        let mut exclusive_seen = false;
        for (oi, o) in field.options.iter().enumerate() {
            if o.value.trim().is_empty() {
                err(
                    format!("{fp}.options[{oi}].value"),
                    "an option needs a value".into(),
                );
            } else if !seen.insert(o.value.as_str()) {
                err(
                    format!("{fp}.options[{oi}].value"),
                    format!("the value \"{}\" is used by another option of this field; values must be unique", o.value),
                );
            }
            if !o.exclusive {
                continue;
            }
            let path = format!("{fp}.options[{oi}].exclusive");
            if field.kind != FieldType::Checkboxes {
                err(path, format!("only a checkboxes option can be exclusive, not an option of {a_kind} field; remove \"exclusive\""));
            } else if exclusive_seen {
                err(path, "only one option of a field can be exclusive (the \"none of these\" option); remove \"exclusive\" from the others".into());
            } else if oi != last {
                err(path, "the exclusive option (\"none of these\") must be the last option; move it to the end".into());
            }
            exclusive_seen = true;
        }
    } else if !field.options.is_empty() {
        let fix = if field.kind == FieldType::YesNo {
            "a yes-no field has its own options, Ja/Nej (yes/no); remove \"options\", or use type \"radios\"".to_string()
        } else {
            format!("{a_kind} field has no options; remove \"options\" or use type \"radios\", \"checkboxes\" or \"select\"")
        };
        err(format!("{fp}.options"), fix);
    }

    match (field.kind, field.max_length) {
        (FieldType::Text | FieldType::Textarea, Some(0)) => err(
            format!("{fp}.max_length"),
            "max_length must be at least 1".into(),
        ),
        (FieldType::Text | FieldType::Textarea, _) | (_, None) => {}
        (_, Some(_)) => err(
            format!("{fp}.max_length"),
            format!("{a_kind} field has no max_length; remove it"),
        ),
    }

    // Checkboxes: how many to tick.
    if field.kind == FieldType::Checkboxes {
        let n = field.options.len();
        match (field.min_selected, field.max_selected) {
            (Some(min), Some(max)) if min > max => err(
                format!("{fp}.min_selected"),
                format!("min_selected ({min}) is more than max_selected ({max}); make min_selected the smaller"),
            ),
            _ => {}
        }
        if let Some(max) = field.max_selected {
            if max == 0 {
                err(
                    format!("{fp}.max_selected"),
                    "max_selected must be at least 1".into(),
                );
            } else if max > n {
                err(
                    format!("{fp}.max_selected"),
                    format!(
                        "max_selected ({max}) is more than the {n} options; lower it or remove it"
                    ),
                );
            }
        }
        if let Some(min) = field.min_selected {
            if min > n {
                err(
                    format!("{fp}.min_selected"),
                    format!("min_selected ({min}) is more than the {n} options; lower it"),
                );
            }
        }
    } else {
        for (name, value) in [
            ("min_selected", field.min_selected),
            ("max_selected", field.max_selected),
        ] {
            if value.is_some() {
                err(
                    format!("{fp}.{name}"),
                    format!("{name} belongs to a checkboxes field, not {a_kind} field; remove it"),
                );
            }
        }
    }

    let min_max = |min: Option<&Decimal>,
                   max: Option<&Decimal>,
                   path: &str,
                   err: &mut dyn FnMut(String, String)| {
        if let (Some(min), Some(max)) = (min, max) {
            if min > max {
                err(
                    format!("{path}.min"),
                    format!("min ({min}) is more than max ({max}); make min the smaller"),
                );
            }
        }
    };
    match (&field.number, field.kind) {
        (Some(rules), FieldType::Number) => {
            min_max(
                rules.min.as_ref(),
                rules.max.as_ref(),
                &format!("{fp}.number"),
                err,
            );
            if let Some(decimals) = rules.decimals {
                if decimals > 10 {
                    err(
                        format!("{fp}.number.decimals"),
                        "decimals must be 10 or fewer".into(),
                    );
                }
                for (name, limit) in [("min", &rules.min), ("max", &rules.max)] {
                    if let Some(limit) = limit.filter(|l| l.decimals_needed() > decimals) {
                        err(format!("{fp}.number.{name}"), format!("{name} ({limit}) has more decimals than the {decimals} the answer may have; round it or raise decimals"));
                    }
                }
            }
        }
        (Some(_), _) => err(
            format!("{fp}.number"),
            format!("number rules belong to a number field, not {a_kind} field; remove \"number\""),
        ),
        (None, _) => {}
    }
    match (&field.money, field.kind) {
        (Some(rules), FieldType::Money) => {
            min_max(
                rules.min.as_ref(),
                rules.max.as_ref(),
                &format!("{fp}.money"),
                err,
            );
            for (name, limit) in [("min", &rules.min), ("max", &rules.max)] {
                if let Some(limit) = limit.filter(|l| l.decimals_needed() > 2) {
                    err(format!("{fp}.money.{name}"), format!("{name} ({limit}) has more than 2 decimals; write kroner with at most 2 decimals (øre)"));
                }
            }
        }
        (Some(_), _) => err(
            format!("{fp}.money"),
            format!("money rules belong to a money field, not {a_kind} field; remove \"money\""),
        ),
        (None, _) => {}
    }

    match (&field.date, field.kind) {
        (Some(rules), FieldType::Date) => {
            if rules.not_future && rules.not_past {
                err(
                    format!("{fp}.date"),
                    "not_future and not_past together allow only today; remove one of them".into(),
                );
            }
            for (name, r) in [
                ("after", &rules.after),
                ("before", &rules.before),
                ("not_before", &rules.not_before),
                ("not_after", &rules.not_after),
            ] {
                if let Some(message) = r.as_ref().and_then(|r| {
                    check_date_ref(d, r, Some(&field.id)).or_else(|| later_field(d, r, &field.id))
                }) {
                    err(format!("{fp}.date.{name}"), message);
                }
            }
            if let Some(message) = empty_date_range(rules) {
                err(format!("{fp}.date"), message);
            }
            if let Some(within) = &rules.within {
                if within.period().is_none() {
                    err(
                        format!("{fp}.date.within"),
                        "give exactly one of days, months and years, e.g. {\"days\": 30, \"direction\": \"future\"}".into(),
                    );
                }
            }
        }
        (Some(_), _) => err(
            format!("{fp}.date"),
            format!("date rules belong to a date field, not {a_kind} field; remove \"date\""),
        ),
        (None, _) => {}
    }

    if let Some(texts) = &field.errors {
        let rules = field
            .date
            .as_ref()
            .filter(|_| field.kind == FieldType::Date);
        for (name, text, rule) in [
            (
                "not_before",
                &texts.not_before,
                rules.and_then(|r| r.not_before.as_ref()),
            ),
            (
                "not_after",
                &texts.not_after,
                rules.and_then(|r| r.not_after.as_ref()),
            ),
        ] {
            if text.is_some() && rule.is_none() {
                err(
                    format!("{fp}.errors.{name}"),
                    format!("this message is shown when the date breaks its {name} rule, and the field has no such rule; add \"date\": {{\"{name}\": ...}} or remove the message"),
                );
            }
        }
    }

    match (&field.file, field.kind) {
        (Some(rules), FieldType::File) => {
            if rules.kinds.is_empty() {
                err(
                    format!("{fp}.file.kinds"),
                    "give at least one kind of file, e.g. [\"pdf\", \"jpeg\", \"png\"]".into(),
                );
            }
            for (k, kind) in rules.kinds.iter().enumerate() {
                if rules.kinds[..k].contains(kind) {
                    err(
                        format!("{fp}.file.kinds[{k}]"),
                        format!("\"{}\" is listed twice; remove one", kind.as_str()),
                    );
                }
            }
            if !(1..=crate::file::MAX_SIZE_MB_LIMIT).contains(&rules.max_size_mb) {
                err(
                    format!("{fp}.file.max_size_mb"),
                    format!(
                        "max_size_mb must be from 1 to {}",
                        crate::file::MAX_SIZE_MB_LIMIT
                    ),
                );
            }
            if !(1..=crate::file::MAX_FILES_LIMIT).contains(&rules.max_files) {
                err(
                    format!("{fp}.file.max_files"),
                    format!(
                        "max_files must be from 1 to {}",
                        crate::file::MAX_FILES_LIMIT
                    ),
                );
            }
        }
        (Some(_), _) => err(
            format!("{fp}.file"),
            format!("file rules belong to a file field, not {a_kind} field; remove \"file\""),
        ),
        (None, _) => {}
    }
}

/// "a text", "an address": the kind of a field with its English article.
fn with_article(kind: &str) -> String {
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind}")
}
