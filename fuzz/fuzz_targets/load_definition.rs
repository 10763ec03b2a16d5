//! Any bytes as a definition: loading never panics, every problem has a message and a
//! path from the root, and a definition that loads can be analysed and walked.
#![no_main]

use kommunekit_forms::{generate_journeys, load_definition, Date, Journey, JourneyEnd, Step};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let def = match load_definition(json) {
        Ok(def) => def,
        Err(e) => {
            assert!(!e.errors.is_empty());
            for problem in &e.errors {
                assert!(!problem.message.trim().is_empty(), "{problem}");
                assert!(problem.path.starts_with('$'), "{problem}");
            }
            return;
        }
    };
    let Some(today) = Date::new(2026, 11, 27) else {
        return;
    };
    if let Ok(journeys) = generate_journeys(&def, today) {
        for j in journeys {
            let journey = Journey::new(&def, &j.answers, today);
            let end = journey.resume_step();
            match (&j.end, end) {
                (JourneyEnd::CheckAnswers, Step::CheckAnswers) => {
                    assert!(journey.submission().is_ok());
                }
                (JourneyEnd::Exit(id), Step::Exit(e)) => assert_eq!(id, &e.id),
                (end, step) => panic!("{} ends at {end:?}, the engine at {step:?}", j.name),
            }
        }
    }
});
