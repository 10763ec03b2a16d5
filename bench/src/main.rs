//! The native figures of the forms engine, one line each (see `kommunekit_bench`).

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let start = Instant::now();
    match kommunekit_bench::measure(|| start.elapsed().as_secs_f64() * 1e6) {
        Ok(figures) => {
            println!("{}", figures.lines());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kommunekit-bench: {e}");
            ExitCode::FAILURE
        }
    }
}
