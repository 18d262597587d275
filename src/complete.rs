//! Candidates for the shell while it completes a command line: the plan's activity and area
//! numbers, each with its title or name as the description (zsh, fish and PowerShell show it).
//!
//! These run inside the shell's completion request, so they read the plan quietly and quickly:
//! any problem (no plan, a file that does not load) gives fewer candidates, never a message.

use std::ffi::OsString;
use std::path::PathBuf;

use clap_complete::CompletionCandidate;

use crate::i18n::Lang;
use crate::load;
use crate::model::Plan;

/// Every activity number of the plan, with its title.
pub fn activity_numbers() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else { return Vec::new() };
    plan.activities()
        .filter_map(|(_, activity)| {
            let number = activity.number.as_ref()?.to_string();
            Some(CompletionCandidate::new(number).help(Some(activity.title.clone().into())))
        })
        .collect()
}

/// Every area number of the plan, with its name.
pub fn area_numbers() -> Vec<CompletionCandidate> {
    let Some(plan) = plan() else { return Vec::new() };
    plan.areas
        .iter()
        .map(|area| CompletionCandidate::new(area.number.to_string()).help(Some(area.name.clone().into())))
        .collect()
}

/// The plan the command being completed would use: `--plan` on its line, else `WORKPLAN_DIR`,
/// else the nearest `plan/`. Whatever part of it loads, even with errors in some files.
fn plan() -> Option<Plan> {
    let given =
        plan_option(std::env::args_os()).or_else(|| std::env::var_os("WORKPLAN_DIR").map(PathBuf::from));
    let cwd = std::env::current_dir().ok()?;
    let dir = load::find_plan_dir(given.as_deref(), &cwd, Lang::En).ok()?;
    load::load(&dir, Lang::En).ok().map(|loaded| loaded.plan)
}

/// The last `--plan DIR` or `--plan=DIR` among the words being completed.
fn plan_option(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    let args: Vec<OsString> = args.into_iter().collect();
    let mut found = None;
    for (index, arg) in args.iter().enumerate() {
        let Some(text) = arg.to_str() else { continue };
        if text == "--plan" {
            found = args.get(index + 1).map(PathBuf::from).or(found);
        } else if let Some(dir) = text.strip_prefix("--plan=") {
            found = Some(PathBuf::from(dir));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn finds_the_plan_option_on_the_line() {
        assert_eq!(plan_option(words("workplan -- workplan show 3.1.")), None);
        assert_eq!(
            plan_option(words("workplan -- workplan --plan a show --plan=b 3")),
            Some(PathBuf::from("b")),
            "the last one wins, as clap reads it"
        );
        assert_eq!(plan_option(words("workplan -- workplan --plan x show")), Some(PathBuf::from("x")));
        assert_eq!(plan_option(words("workplan -- workplan show --plan")), None, "no value yet");
    }
}
