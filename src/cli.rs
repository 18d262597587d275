//! The command line: clap types only. Commands receive plain options built from these.

use std::path::PathBuf;

use clap::{ArgAction, Args, CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::ArgValueCandidates;

use crate::complete;
use crate::model::Status;

/// Manage an organisation's annual work plan kept as TOML files in git.
#[derive(Debug, Parser)]
#[command(name = "workplan", version, about, long_about = None)]
#[command(after_help = "Examples:\n  \
    workplan list --semester 2            what is planned for the second half of the year\n  \
    workplan validate                     every mistake in the plan, with its line\n  \
    workplan --lang es summary            where the year stands, in Spanish\n\n\
    Results go to standard output; errors, diagnostics and notes to standard error.\n\
    Exit codes: 0 ok, 1 findings (validate), 2 could not run.\n\
    The plan directory is --plan, else WORKPLAN_DIR, else the nearest plan/ holding a plan.toml \
    (searched upwards from the current directory).\n\
    Messages and tables follow --lang (en, es); this help is in English.")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// `None` when only options were given: `workplan` alone prints an overview.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The command line's definition, for man pages and completions.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Options that apply to every command.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Plan directory (holding plan.toml and one file per area).
    #[arg(long, global = true, value_name = "DIR", env = "WORKPLAN_DIR")]
    pub plan: Option<PathBuf>,

    /// Language of messages and tables [default: from WORKPLAN_LANG, LC_ALL, LC_MESSAGES, LANG].
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// When to use colours.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The date taken as today, as YYYY-MM-DD, for reproducible results [default: the local date].
    #[arg(long, global = true, value_name = "DATE", env = "WORKPLAN_TODAY")]
    pub today: Option<String>,

    /// Say nothing on standard error but errors: no summary lines or notes.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Also say which plan directory and files were read, and how long it took.
    #[arg(short, long, global = true, action = ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List activities, with filters.
    #[command(after_help = "Examples:\n  \
        workplan list --semester 2            activities of the second semester of the plan year\n  \
        workplan list --area 3.1 --status pending\n  \
        workplan list --search peru           case- and accent-insensitive: finds \"Perú\"\n  \
        workplan list --format json > plan.json\n  \
        workplan list --overdue --due-within 2w   what is late, and what ends in the next two weeks")]
    List(ListArgs),

    /// Show one activity in full, with its area and objective.
    #[command(after_help = "Examples:\n  workplan show 3.1.2\n  workplan show 3.3.4 --format json")]
    Show(ShowArgs),

    /// List the work areas with their objective and activity counts.
    #[command(after_help = "Examples:\n  workplan areas\n  workplan areas --format markdown")]
    Areas(AreasArgs),

    /// Record that an activity was carried out (once more, for a counted activity).
    #[command(after_help = "Examples:\n  \
        workplan done 3.1.2                              carried out today\n  \
        workplan done 3.1.2 --on 2022-03-10 --note \"Realizado con 120 participantes\"\n  \
        workplan done 3.3.4 --on 2022-06-02              one more of its 4 meetings: prints 2/4\n  \
        workplan done 3.3.4 --dry-run                    show the change as a diff, write nothing\n\n\
        The record is added to the activity's `done` list in its area file; only those lines change.")]
    Done(DoneArgs),

    /// Undo an activity's cancellation, else its latest record.
    #[command(after_help = "Examples:\n  \
        workplan reopen 3.1.2             removes the latest record (by date)\n  \
        workplan reopen 3.1.2 --dry-run   show the change as a diff, write nothing")]
    Reopen(ReopenArgs),

    /// Mark an activity as cancelled, with the reason.
    #[command(after_help = "Examples:\n  \
        workplan cancel 3.1.5 --reason \"Se unificó con 3.1.3\"\n  \
        workplan cancel 3.1.5 --reason \"Se unificó con 3.1.3\" --on 2022-05-02 --dry-run\n\n\
        `workplan reopen` undoes a cancellation.")]
    Cancel(CancelArgs),

    /// Check the plan for mistakes: numbering, dates, completeness, duplicates and format.
    #[command(after_help = "Examples:\n  \
        workplan validate                                  every finding, with the line it is on\n  \
        workplan validate --deny warnings --format github  in CI: annotations in the pull request\n  \
        workplan validate --format json > findings.json\n\n\
        Checks: numbering, dates, completeness, duplicates, text, schema, syntax, file, unused-allow (see \
        docs/checks.md). An activity may accept a known warning with `allow = [\"completeness\"]`.\n\n\
        Exit codes: 0 no errors (warnings allowed), 1 errors found (or warnings, with --deny \
        warnings), 2 could not run (no plan directory, or a file that cannot be read as text).")]
    Validate(ValidateArgs),
    /// Where the plan stands: counts and progress per area and per part of the year.
    ///
    /// Activities in total, done, in progress (counted ones partly carried out), pending, overdue
    /// (still open after their planned period ended) and cancelled, with a progress bar each.
    #[command(after_help = "Examples:\n  \
        workplan summary\n  \
        workplan summary --today 2022-07-15     as it stood on that day\n  \
        workplan summary --format markdown      to paste into minutes or a pull request\n  \
        workplan summary --format json          for scripts (shape in docs/reports.md)")]
    Summary(SummaryArgs),

    /// The activities over the plan year, as a chart.
    ///
    /// Which run when, which are done and which are overdue, one row per activity.
    #[command(after_help = "Examples:\n  \
        workplan timeline\n  \
        workplan timeline --today 2022-10-01 --lang es\n\n\
        One character is half a month. █ done, ░ planned, ! overdue, × cancelled; a dotted \
        column marks today.")]
    Timeline,

    /// An HTML report to share and print.
    ///
    /// One self-contained page with the plan's progress per area, the timeline and every
    /// activity with its status.
    #[command(after_help = "Examples:\n  \
        workplan report --html -o report.html\n  \
        workplan --lang es report --html > informe.html")]
    Report(ReportArgs),

    /// The plan as an iCalendar file (.ics) for calendar apps.
    ///
    /// Importing a newer file again updates the events instead of duplicating them.
    #[command(after_help = "Examples:\n  \
        workplan calendar -o plan.ics\n  \
        workplan calendar > plan.ics\n\n\
        Activities with no date yet are left out, and named on standard error.")]
    Calendar(CalendarArgs),

    /// Read a plan document (plain text, Markdown or Word .docx) into a new plan directory.
    #[command(after_help = "Prints the areas and activities found, and every place where the importer was \
        unsure: text it could not interpret is kept verbatim as comments in the files, never dropped.\n\n\
        Examples:\n  \
        workplan import plan-de-trabajo-2023.docx --out plan-2023\n  \
        workplan import plan.md --out plan --force      replace the plan files already in plan/\n  \
        workplan import acta.txt --from markdown --out /tmp/plan")]
    Import(ImportArgs),

    /// Write the plan as a document in the approved plan's structure and language.
    #[command(after_help = "Examples:\n  \
        workplan export > plan.md\n  \
        workplan export --format text -o plan.txt\n  \
        workplan export --with-status -o avance.md        with each activity's status and records\n  \
        workplan export --doc-lang en                     English labels (Objective, Place, When)")]
    Export(ExportArgs),

    /// Print the script that lets a shell complete workplan's commands, options and numbers.
    ///
    /// The script asks workplan for candidates as you type, so `show`, `done`, `reopen` and
    /// `cancel` complete activity numbers, and `list --area` area numbers, from the plan that
    /// the command would use (--plan on the line, WORKPLAN_DIR, or the nearest plan/).
    #[command(after_help = "Examples:\n  \
        source <(workplan completions bash)          in ~/.bashrc\n  \
        source <(workplan completions zsh)           in ~/.zshrc\n  \
        workplan completions fish | source           in ~/.config/fish/config.fish\n\n\
        PowerShell ($PROFILE): workplan completions powershell | Out-String | Invoke-Expression\n\
        Elvish (rc.elv): eval (workplan completions elvish | slurp)\n\n\
        Then `workplan show 3.1.<TAB>` offers 3.1.1, 3.1.2, … Regenerate the script at each \
        shell start (as above) so that it always matches the installed workplan.")]
    Completions(CompletionsArgs),

    /// Write man pages: workplan(1), and one per command (workplan-list(1), …).
    ///
    /// Without --dir, prints workplan(1) to standard output.
    #[command(after_help = "Examples:\n  \
        workplan man --dir ~/.local/share/man/man1     then `man workplan-list`\n  \
        workplan man | man -l -                          read workplan(1) without installing it")]
    Man(ManArgs),

    /// Rewrite the plan files in the one canonical layout, keeping every comment.
    ///
    /// Keys in the documented order, `key = value`, texts as basic strings, one blank line
    /// between tables, `done` one record per line, a final newline, the file's own line endings.
    /// The plan must load without errors; what it says never changes.
    #[command(after_help = "Examples:\n  \
        workplan fmt                    rewrite the files that are not formatted, and name them\n  \
        workplan fmt --check            in CI: list them and exit 1, write nothing\n  \
        workplan fmt --check --diff     show what fmt would change, as a diff")]
    Fmt(FmtArgs),

    /// What changed in the plan between two git revisions, in the plan's terms.
    ///
    /// Activities added, removed, renumbered and rescheduled, progress recorded, cancellations,
    /// and edited texts with the changed words marked. REV and REV2 are anything git names a
    /// commit by: a tag, a branch, a hash, HEAD~3. Without REV2, REV is compared with the
    /// working tree; without either, HEAD is.
    #[command(after_help = "Examples:\n  \
        workplan diff                              what changed since the last commit\n  \
        workplan diff v2022-approved               everything since the approved version (a tag)\n  \
        workplan diff main HEAD --format markdown  to paste into a pull request\n\n\
        Tag the approved version once: git tag -a v2022-approved -m \"Aprobado por la XV Asamblea\" \
        (see docs/ci.md).")]
    Diff(DiffArgs),

    /// Move an activity to a new number within its area, renumbering the others to 1..n.
    ///
    /// The activities' tables move in the file with their comments, so that it stays in number
    /// order; only the `number` lines change otherwise. Texts that mention a number (a
    /// cancellation's reason, say) are left as they are.
    #[command(after_help = "Examples:\n  \
        workplan renumber 3.1.5 3.1.4            prints: 3.1.5 -> 3.1.4, 3.1.4 -> 3.1.5\n  \
        workplan renumber 3.1.2 3.1.8 --dry-run  show the change as a diff, write nothing\n  \
        workplan renumber 3.1.8 3.1.8            only close gaps in the area's numbering")]
    Renumber(RenumberArgs),

    /// Print the JSON Schema of a plan file, for editors that validate and complete TOML.
    ///
    /// taplo and VS Code's Even Better TOML read the schema a file names on its first line:
    /// `#:schema ../docs/schema/area.schema.json`. One schema is for plan.toml, one for the area
    /// files.
    #[command(after_help = "Examples:\n  \
        workplan schema area > docs/schema/area.schema.json\n  \
        workplan schema plan -o docs/schema/plan.schema.json\n\n\
        See docs/format.md, \"Editor support\".")]
    Schema(SchemaArgs),

    /// Upgrade the plan's files from an older format version to the current one.
    ///
    /// Version 0 files have no `schema` key (or `schema = 0`) and say when an activity takes
    /// place in the document's words: `date = "1er semestre 2022"`. They become `schema = 1`
    /// files with `schedule` codes, keeping every comment. Nothing is written unless the whole
    /// plan loads once migrated.
    #[command(after_help = "Examples:\n  \
        workplan migrate --dry-run   show the changes as diffs, write nothing\n  \
        workplan migrate             upgrade the files, and name each one\n\n\
        See docs/format.md, \"Format versions\".")]
    Migrate(MigrateArgs),

    /// git's external diff driver for plan files (see docs/ci.md).
    #[command(hide = true)]
    #[command(after_help = "Examples:\n  \
        git config diff.workplan.command \"workplan git-diff-driver\"   once per clone, then git diff\n  \
        workplan git-diff-driver PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE   as git runs it")]
    GitDiffDriver(GitDiffDriverArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this area: a number (3.1) or part of its name ("tecnologias"). Repeatable.
    #[arg(long, value_name = "AREA", add = ArgValueCandidates::new(complete::area_numbers))]
    pub area: Vec<String>,

    /// Only activities whose period overlaps this semester: 1 or 2 (of the plan year), or
    /// YEAR-S1 / YEAR-S2. Whole-year and counted activities overlap both semesters; those with
    /// no date yet ("to be defined", "as needed") are left out unless --unscheduled is given.
    #[arg(long, value_name = "SEMESTER")]
    pub semester: Option<String>,

    /// With --semester: also list activities that have no date yet.
    #[arg(long)]
    pub unscheduled: bool,

    /// Only activities with this status. Repeatable.
    #[arg(long, value_enum)]
    pub status: Vec<StatusArg>,

    /// Only activities whose title, place or resources contain TEXT (ignoring case and accents).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,

    /// Only activities still open (pending or in progress) after their planned period ended.
    /// With --due-within, also those due soon.
    #[arg(long)]
    pub overdue: bool,

    /// Only activities still open whose planned period ends between today and SPAN from today:
    /// days (30 or 30d), weeks (2w) or calendar months (1m). With --overdue, also late ones.
    #[arg(long, value_name = "SPAN")]
    pub due_within: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct AreasArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// The day it was carried out, as YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,

    /// A note to keep with the record.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// Record it even if the activity is cancelled, done, or has reached its target.
    #[arg(long)]
    pub force: bool,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// Why it is cancelled.
    #[arg(long, value_name = "TEXT")]
    pub reason: String,

    /// The day it was cancelled, as YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,

    /// Replace the date and reason of an activity already cancelled.
    #[arg(long)]
    pub force: bool,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ValidateFormat::Human)]
    pub format: ValidateFormat,

    /// Fail (exit 1) on these findings too, as on errors.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Vec<DenyArg>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    /// rustc-style: the source line with a marker under the mistake.
    Human,
    /// A stable JSON array of findings (see docs/checks.md).
    Json,
    /// GitHub Actions workflow commands: annotations in pull requests.
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DenyArg {
    /// Any warning that no activity allows fails the run, as an error does.
    Warnings,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = SummaryFormatArg::Table)]
    pub format: SummaryFormatArg,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ReportFormatArgs {
    /// An HTML page: no scripts, no external files; prints well.
    #[arg(long)]
    pub html: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub format: ReportFormatArgs,

    /// Write the report to FILE (replaced atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Write the calendar to FILE (replaced atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: ShellArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page into DIR (created if missing) instead of printing workplan(1).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Write nothing: list the files that are not formatted and exit 1 if there are any.
    #[arg(long)]
    pub check: bool,

    /// With --check: show the changes as a unified diff instead of file names.
    #[arg(long, requires = "check")]
    pub diff: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older revision [default: HEAD].
    #[arg(value_name = "REV")]
    pub from: Option<String>,

    /// The newer revision [default: the working tree].
    #[arg(value_name = "REV2")]
    pub to: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Grouped changes, edited words marked [-old-]{+new+}.
    Text,
    /// The same for a pull request: ~~old~~ **new**.
    Markdown,
    /// For tools (shape in docs/ci.md).
    Json,
}

#[derive(Debug, Args)]
pub struct RenumberArgs {
    /// The activity's number now, e.g. 3.1.5.
    pub from: String,

    /// The number it is to have, in the same area, e.g. 3.1.4.
    pub to: String,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file the schema is for.
    #[arg(value_enum)]
    pub kind: SchemaKindArg,

    /// Write the schema to FILE (replaced atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKindArg {
    /// plan.toml.
    Plan,
    /// An area file (3.1-….toml).
    Area,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// Show the changes as diffs and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct GitDiffDriverArgs {
    /// PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH INFO], as git gives them.
    #[arg(num_args = 0.., allow_hyphen_values = true, trailing_var_arg = true)]
    pub args: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormatArg {
    Table,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The plan document: .txt, .md or .docx.
    #[arg(value_name = "DOC")]
    pub document: PathBuf,

    /// The directory to write plan.toml and one file per area into; it must be new or empty.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Write into a directory that is not empty, replacing its plan files (area files the
    /// document no longer has are removed; other files are left alone).
    #[arg(long)]
    pub force: bool,

    /// The document's format [default: from its content and extension].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<DocumentFormatArg>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
    pub format: ExportFormat,

    /// Write to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Add each activity's status, the times it was carried out, and any cancellation.
    #[arg(long)]
    pub with_status: bool,

    /// The language of the document's labels and dates; the plan's own text is kept as written.
    #[arg(long, value_enum, default_value_t = LangArg::Es)]
    pub doc_lang: LangArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DocumentFormatArg {
    Text,
    Markdown,
    Docx,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Es,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colours on a terminal, unless NO_COLOR is set.
    Auto,
    /// Colours even in a pipe or file, and despite NO_COLOR.
    Always,
    /// No colours.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Pending,
    InProgress,
    Done,
    Cancelled,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

impl From<StatusArg> for Status {
    fn from(status: StatusArg) -> Self {
        match status {
            StatusArg::Pending => Status::Pending,
            StatusArg::InProgress => Status::InProgress,
            StatusArg::Done => Status::Done,
            StatusArg::Cancelled => Status::Cancelled,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// Each command's `--help` says what it does and shows at least two ways to use it.
    #[test]
    fn every_command_has_a_description_and_examples() {
        for command in Cli::command().get_subcommands() {
            let name = command.get_name();
            let about = command.get_about().map(ToString::to_string).unwrap_or_default();
            assert!(!about.trim().is_empty(), "`{name}` has no description");
            let after = command.get_after_help().map(ToString::to_string).unwrap_or_default();
            let examples = after
                .lines()
                .skip_while(|line| *line != "Examples:")
                .skip(1)
                .take_while(|line| !line.is_empty())
                .filter(|line| line.contains("workplan "))
                .count();
            assert!(examples >= 2, "`workplan {name} --help` shows {examples} examples");
        }
    }
}
