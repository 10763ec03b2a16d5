//! `kommunekit-server`: run the reference backend and static host. See `--help`.

use kommunekit_server::catalog::Catalog;
use kommunekit_server::config::USAGE;
use kommunekit_server::{init_logging, shutdown_signal, Command, Config, Server};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_env() {
        Ok(Command::Run(config)) => config,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Check(config)) => {
            return match Catalog::check_all(&config.catalog) {
                Ok((services, municipalities)) => {
                    println!(
                        "{}: {services} service(s) and {} municipalit{} ({}) have no problems",
                        config.catalog.display(),
                        municipalities.len(),
                        if municipalities.len() == 1 {
                            "y"
                        } else {
                            "ies"
                        },
                        municipalities.join(", ")
                    );
                    ExitCode::SUCCESS
                }
                Err(errors) => {
                    for e in errors {
                        eprintln!("{e}");
                    }
                    ExitCode::from(1)
                }
            };
        }
        Err(e) => {
            eprintln!("kommunekit-server: {e}\nRun `kommunekit-server --help` to see the flags.");
            return ExitCode::from(2);
        }
    };
    init_logging(config.log_format);
    let server = match Server::start(&config).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("kommunekit-server: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    match server.serve(shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kommunekit-server: stopped with an error: {e}");
            ExitCode::from(1)
        }
    }
}
