//! `workplan completions SHELL`: the script that lets a shell complete workplan's command line.
//!
//! It is clap_complete's dynamic registration, the same text `COMPLETE=bash workplan` prints: at
//! each <TAB> the shell runs workplan again with `COMPLETE` set (answered in `main`, before
//! anything else), so activity and area numbers come from the plan as it is now, not from a list
//! frozen when the script was written. Static scripts could not offer them.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use super::Context;
use crate::exit::Exit;

/// The variable that turns a run of workplan into a completion request.
const VAR: &str = "COMPLETE";

/// The program's name, as the shell sees it.
const NAME: &str = "workplan";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    PowerShell,
    Elvish,
}

pub struct CompletionsOptions {
    pub shell: Shell,
    /// How this run was invoked (its `argv[0]`): the script calls the same program back.
    pub program: PathBuf,
}

pub fn run(context: &Context, options: &CompletionsOptions) -> Result<Exit> {
    let completer = completer(&options.program, &context.cwd);
    let mut script = Vec::new();
    adapter(options.shell).write_registration(VAR, NAME, NAME, &completer, &mut script)?;
    context.print(&String::from_utf8_lossy(&script))?;
    Ok(Exit::Success)
}

fn adapter(shell: Shell) -> &'static dyn EnvCompleter {
    match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::PowerShell => &Powershell,
        Shell::Elvish => &Elvish,
    }
}

/// The program to call back: a bare name is found on `PATH` again, as clap_complete does; a
/// relative path (`./target/debug/workplan`) is made absolute, since the shell may move.
fn completer(program: &Path, cwd: &Path) -> String {
    let program = if program.components().count() > 1 { cwd.join(program) } else { program.to_path_buf() };
    program.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_back_the_program_as_it_was_run() {
        let cwd = Path::new("/repo");
        assert_eq!(completer(Path::new("workplan"), cwd), "workplan");
        assert_eq!(completer(Path::new("target/debug/workplan"), cwd), "/repo/target/debug/workplan");
        assert_eq!(completer(Path::new("/usr/bin/workplan"), cwd), "/usr/bin/workplan");
    }
}
