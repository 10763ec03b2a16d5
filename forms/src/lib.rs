//! KommuneKit forms: the definition format of a self-service, the journey engine that
//! routes a citizen through it, and the validation of every answer.
//!
//! The crate knows nothing of the DOM or of HTTP. It compiles natively and to
//! WebAssembly, so the browser and the server validate with the very same code.
#![deny(missing_docs)]

pub mod address;
pub mod analysis;
pub mod condition;
pub mod content;
pub mod contract;
pub mod danish;
pub mod date;
pub mod definition;
pub mod file;
pub mod journey;
pub mod load;
pub mod markup;
pub mod number;
pub mod sections;
pub mod text;
pub mod validate;
pub mod versions;

pub use address::{AddressAnswer, AddressPart, AddressProblem};
pub use analysis::{
    generate_journeys, CoverageError, CoverageGap, GeneratedJourney, JourneyEnd, JourneyStep,
    StepField,
};
pub use condition::{Condition, DateRef};
pub use content::{ContentBlock, DetailsContent};
pub use contract::{
    AttachmentRef, Contact, Municipality, Problem, ProblemFieldError, ServiceSummary,
    SubmissionReceipt, SubmissionRequest,
};
pub use date::{Date, DatePart};
pub use definition::{
    Answer, Answers, CheckAnswers, Choice, Confirmation, DateAnswer, DateRules, Direction,
    ErrorTexts, ExitPage, Field, FieldType, MoneyRules, NumberRules, Page, PeriodUnit, Repeat,
    Route, Section, ServiceDefinition, StartPage, Within, CHECK_ANSWERS, NO, YES,
};
pub use file::{display_size, FileKind, FileProblem, FileRules};
pub use journey::{long_date, Journey, Step, SummaryItem};
pub use load::{load_definition, DefinitionError, LoadError};
pub use markup::Span;
pub use number::Decimal;
pub use sections::{SectionStatus, Task};
pub use text::{Lang, Text};
pub use validate::{ErrorKind, FieldError};
pub use versions::{carry_over, CarryOver, DropReason, DroppedAnswer};
