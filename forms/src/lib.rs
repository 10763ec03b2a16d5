//! KommuneKit forms: the definition format of a self-service, the journey engine that
//! routes a citizen through it, and the validation of every answer.
//!
//! The crate knows nothing of the DOM or of HTTP. It compiles natively and to
//! WebAssembly, so the browser and the server validate with the very same code.
#![deny(missing_docs)]

pub mod condition;
pub mod contract;
pub mod danish;
pub mod date;
pub mod definition;
pub mod journey;
pub mod load;
pub mod number;
pub mod text;
pub mod validate;

pub use condition::{Condition, DateRef};
pub use contract::{
    Contact, Municipality, Problem, ProblemFieldError, ServiceSummary, SubmissionReceipt,
    SubmissionRequest,
};
pub use date::{Date, DatePart};
pub use definition::{
    Answer, Answers, CheckAnswers, Choice, Confirmation, DateAnswer, DateRules, Direction,
    ErrorTexts, Field, FieldType, MoneyRules, NumberRules, Page, PeriodUnit, Route,
    ServiceDefinition, StartPage, Within, CHECK_ANSWERS, NO, YES,
};
pub use journey::{Journey, Step, SummaryItem};
pub use load::{load_definition, DefinitionError, LoadError};
pub use number::Decimal;
pub use text::{Lang, Text};
pub use validate::{ErrorKind, FieldError};
