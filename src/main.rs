use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // A shell asking for completions (`COMPLETE=bash workplan -- …`) is answered here, and the
    // process ends; see `workplan completions`.
    clap_complete::CompleteEnv::with_factory(workplan::cli::command).complete();
    let cli = workplan::cli::Cli::parse();
    ExitCode::from(workplan::run(cli).code())
}
