use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = workplan::cli::Cli::parse();
    ExitCode::from(workplan::run(cli).code())
}
