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
    /// Plan directory (holding plan.toml and one file per area) [env: WORKPLAN_DIR].
    // The variables are read in `lib.rs`, not by clap, whose usage lines would show a value
    // taken from the environment as an option the user must type.
    #[arg(long, global = true, value_name = "DIR")]
    pub plan: Option<PathBuf>,

    /// Language of messages and tables [default: from WORKPLAN_LANG, LC_ALL, LC_MESSAGES, LANG].
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// When to use colours.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The date taken as today, as YYYY-MM-DD, for reproducible results [env: WORKPLAN_TODAY]
    /// [default: the local date].
    #[arg(long, global = true, value_name = "DATE")]
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
        workplan done 3.3.4 --dry-run                    show the change as a diff, write nothing\n  \
        workplan done 3.3.4 --amend 1 --on 2022-03-11    correct record 1 (see `workplan records`)\n\n\
        The record is added to the activity's `done` list in its area file; only those lines change.")]
    Done(DoneArgs),

    /// Undo an activity's cancellation, else its latest record.
    #[command(after_help = "Examples:\n  \
        workplan reopen 3.1.2             removes the latest record (by date)\n  \
        workplan reopen 3.3.4 --record 2  removes the second record (see `workplan records`)\n  \
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
    Timeline(TimelineArgs),

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

    /// Write the plan as a static site: the report, a page per area, the documents, a calendar.
    ///
    /// index.html is the report; area-N.html one page per area; plan.md and plan.docx the plan as
    /// a document, plan.xlsx as a spreadsheet, plan.ics a calendar to subscribe to, plan.json data. Pages link to each other with
    /// relative links and need nothing from elsewhere. The same plan gives the same bytes: the
    /// plan is shown as of its latest record, unless --today gives the day.
    #[command(after_help = "Examples:\n  \
        workplan site --out public                  then publish public/ (docs/site.md)\n  \
        workplan --lang es site --out public        in Spanish\n  \
        workplan site --out public --today 2022-07-15   as of that day, overdue activities marked\n\n\
        DIR must be new, empty, or a site written before (it holds .workplan-site); --force writes \
        into another directory, among its files.")]
    Site(SiteArgs),

    /// Read a plan document (plain text, Markdown, Word .docx, or a spreadsheet: .xlsx, .ods,
    /// .csv) into a new plan directory.
    #[command(after_help = "Prints the areas and activities found, and every place where the importer was \
        unsure: text it could not interpret is kept verbatim as comments in the files, never dropped.\n\n\
        Examples:\n  \
        workplan import plan-de-trabajo-2023.docx --out plan-2023\n  \
        workplan import plan.md --out plan --force      replace the plan files already in plan/\n  \
        workplan import acta.txt --from markdown --out /tmp/plan\n  \
        workplan import actividades.csv --year 2024 --out plan-2024")]
    Import(ImportArgs),

    /// Write the plan as a document in the approved plan's structure and language.
    #[command(after_help = "Examples:\n  \
        workplan export > plan.md\n  \
        workplan export --format text -o plan.txt\n  \
        workplan export --format docx -o plan.docx        Word, for the assembly\n  \
        workplan export --format xlsx --with-status -o avance.xlsx   a spreadsheet for the committee\n  \
        workplan export --with-status -o avance.md        with each activity's status and records\n  \
        workplan export --doc-lang en                     English labels (Objective, Place, When)")]
    Export(ExportArgs),

    /// Print the script that lets a shell complete workplan's commands, options and numbers.
    ///
    /// The script asks workplan for candidates as you type, so the commands that take an
    /// activity (`show`, `done`, `edit`, `move`, …) complete its number, and `--area`,
    /// `--to-area` and `area edit|remove` area numbers, from the plan that the command would use
    /// (--plan on the line, WORKPLAN_DIR, or the nearest plan/).
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
        workplan diff main HEAD --format markdown  to paste into a pull request\n  \
        workplan diff v2022-approved --area 3.3    only what the owner of area 3.3 reviews\n\n\
        Tag the approved version once: git tag -a v2022-approved -m \"Aprobado por la XV Asamblea\" \
        (see docs/ci.md).")]
    Diff(DiffArgs),

    /// Draft next year's plan from the current one, as a new plan directory.
    ///
    /// plan.toml with the new year (also in the title), the background and purpose kept, the
    /// approval and committee left to fill in. Every area with its objective; the activities
    /// --carry chooses, numbered 1..n per area, schedules moved to the new year (2022-S1 ->
    /// 2023-S1; to-be-defined stays), records and cancellations dropped. Each activity has a
    /// comment saying where it came from and how it ended.
    #[command(after_help = "Examples:\n  \
        workplan new 2023 --out plan-2023                     every activity\n  \
        workplan new 2023 --out plan-2023 --carry unfinished  what was not done or cancelled\n  \
        workplan new 2023 --out plan-2023 --carry recurring   webinars, meetings: the repeated ones\n\n\
        Then: workplan --plan plan-2023 validate, and workplan --plan plan-2023 export for the \
        draft document.")]
    New(NewArgs),

    /// The history of the plan, an area or one activity through git commits, newest first.
    ///
    /// Each commit's date, author, hash and subject, then what it changed in the plan's terms:
    /// created, title, place or schedule changed from -> to, carried out, record removed,
    /// cancelled, renumbered. An activity is followed across renumbering and moves to another
    /// area, matched as `workplan diff` matches it. Only commits that touch the plan directory
    /// are read.
    #[command(after_help = "Examples:\n  \
        workplan log                        the plan's history\n  \
        workplan log 3.1.4                  one activity's, under every number it has had\n  \
        workplan log ciberseguridad         one area's (its number, or part of its name)\n  \
        workplan log 3.3 --format json      for tools (shape in docs/history.md)")]
    Log(LogArgs),

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
        workplan schema plan -o docs/schema/plan.schema.json --force\n\n\
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

    /// Start a new, empty plan: plan.toml and the JSON Schemas editors read.
    #[command(after_help = "Examples:\n  \
        workplan init plan --organisation \"Red GEALC\" --title \"Plan de Trabajo 2023\" --year 2023\n  \
        workplan init /tmp/plan-2024 --organisation \"Red GEALC\" --title \"Plan 2024\" --year 2024\n\n\
        The directory must be new or empty. Then `workplan area add` and `workplan add`.")]
    Init(InitArgs),

    /// Add, rename or remove a work area (one file each).
    #[command(subcommand)]
    #[command(after_help = "Examples:\n  \
        workplan area add 3.10 --name \"Inteligencia artificial\" --objective \"Compartir experiencias.\"\n  \
        workplan area edit 3.10 --name \"IA en el sector público\"   renames its file too\n  \
        workplan area remove 3.10 --dry-run")]
    Area(AreaCommand),

    /// Add an activity to an area: at its end, or at a position with the ones after it renumbered.
    ///
    /// On a terminal, without --title, asks for each value in turn.
    #[command(after_help = "Examples:\n  \
        workplan add --area 3.3 --title \"Taller regional\" --place Virtual --schedule \"2do semestre 2022\"\n  \
        workplan add --area ciberseguridad --title \"Encuesta\" --schedule 2022-Q3 --at 2 --dry-run\n\n\
        --schedule takes the codes (2022-S2) and the plan document's words (\"Trimestral (4 al año)\", \
        \"A definir\"). Prints the new activity's number first.")]
    Add(AddArgs),

    /// Change an activity's title, place, schedule, frequency, target or resources.
    #[command(after_help = "Examples:\n  \
        workplan edit 3.1.2 --place \"Lima, Perú\"\n  \
        workplan edit 3.3.4 --schedule \"Trimestral (4 al año)\" --dry-run\n  \
        workplan edit 3.1.2 --unset resources\n\n\
        Only the lines of those keys change; comments and everything else stay.")]
    Edit(EditArgs),

    /// Remove an activity; the rest of its area is numbered 1..n again.
    #[command(after_help = "Examples:\n  \
        workplan remove 3.1.5 --dry-run\n  \
        workplan remove 3.1.5\n\n\
        An activity with records is refused (use `workplan cancel`), unless --force.")]
    Remove(RemoveArgs),

    /// Move an activity to another area, with its records and comments.
    #[command(after_help = "Examples:\n  \
        workplan move 3.8.2 --to-area 3.5\n  \
        workplan move 3.8.2 --to-area innovacion --at 1 --dry-run\n\n\
        Both areas stay numbered 1..n.")]
    Move(MoveArgs),

    /// List an activity's records, numbered for `reopen --record` and `done --amend`.
    #[command(after_help = "Examples:\n  \
        workplan records 3.3.4\n  \
        workplan --lang es records 3.3.4")]
    Records(RecordsArgs),

    /// git's external diff driver for plan files (see docs/ci.md).
    #[command(hide = true)]
    #[command(after_help = "Examples:\n  \
        git config diff.workplan.command \"workplan git-diff-driver\"   once per clone, then git diff\n  \
        workplan git-diff-driver PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE   as git runs it")]
    GitDiffDriver(GitDiffDriverArgs),
}

/// `--rev`, on the commands that only read the plan.
#[derive(Debug, Args, Default)]
pub struct RevArgs {
    /// Read the plan as it stood at this git revision (a tag, a branch, a commit, HEAD~3)
    /// instead of the working tree; nothing is checked out.
    #[arg(long, value_name = "REV")]
    pub rev: Option<String>,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub rev: RevArgs,
}

impl Command {
    /// The revision a reading command is to read the plan at (`--rev`), if any.
    pub fn revision(&self) -> Option<&str> {
        let rev = match self {
            Command::List(args) => &args.rev,
            Command::Show(args) => &args.rev,
            Command::Areas(args) => &args.rev,
            Command::Validate(args) => &args.rev,
            Command::Summary(args) => &args.rev,
            Command::Timeline(args) => &args.rev,
            Command::Report(args) => &args.rev,
            Command::Calendar(args) => &args.rev,
            Command::Export(args) => &args.rev,
            _ => return None,
        };
        rev.rev.as_deref()
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub rev: RevArgs,

    /// Only this area: a number (3.1) or part of its name ("tecnologias"). Repeatable.
    #[arg(long, value_name = "AREA", add = ArgValueCandidates::new(complete::area_numbers))]
    pub area: Vec<String>,

    /// Only activities whose period overlaps this semester: 1 or 2 (of the plan year), or
    /// YEAR-S1 / YEAR-S2 (also in Spanish: 1er, 2do, "2do semestre 2022"). Whole-year and counted activities overlap both semesters; those with
    /// no date yet ("to be defined", "as needed") are left out unless --unscheduled is given.
    #[arg(long, value_name = "SEMESTER")]
    pub semester: Option<String>,

    /// With --semester: also list activities that have no date yet.
    #[arg(long)]
    pub unscheduled: bool,

    /// Only activities with this status. Repeatable. Spanish works too: pendiente, en-curso,
    /// hecha (or realizada), cancelada; and Portuguese (pendente, em-andamento) and French
    /// (en-attente, en-cours, realisee, annulee).
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
    #[command(flatten)]
    pub rev: RevArgs,

    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct AreasArgs {
    #[command(flatten)]
    pub rev: RevArgs,

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

    /// A note to keep with the record (spaces around it are dropped; a blank note is none).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// Record it even if the activity is cancelled, done, or has reached its target; with
    /// --amend, correct it even if validate would then find more errors.
    #[arg(long)]
    pub force: bool,

    /// Correct record N (from 1, as `workplan records` lists them) with --on and --note.
    #[arg(long, value_name = "N")]
    pub amend: Option<usize>,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// Remove record N (from 1, as `workplan records` lists them) instead of the latest.
    #[arg(long, value_name = "N")]
    pub record: Option<usize>,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// Why it is cancelled (spaces around it are dropped; it may not be blank).
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
    #[command(flatten)]
    pub rev: RevArgs,

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
    #[command(flatten)]
    pub rev: RevArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = SummaryFormatArg::Table)]
    pub format: SummaryFormatArg,
}

/// The report's format: HTML, the only one so far, so also the default.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct ReportFormatArgs {
    /// An HTML page: no scripts, no external files; prints well. The default.
    #[arg(long)]
    pub html: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub rev: RevArgs,

    #[command(flatten)]
    pub format: ReportFormatArgs,

    /// Write the report to FILE (replaced atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (a file of the plan is never replaced).
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    #[command(flatten)]
    pub rev: RevArgs,

    /// Write the calendar to FILE (replaced atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (a file of the plan is never replaced).
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The directory to write the site into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Write into DIR even though it holds files and no previous site (they are kept).
    #[arg(long)]
    pub force: bool,
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

    /// Only the changes to this area and its activities: a number (3.1) or part of its name.
    /// Repeatable.
    #[arg(long, value_name = "AREA", add = ArgValueCandidates::new(complete::area_numbers))]
    pub area: Vec<String>,

    /// Only the changes to this activity (as numbered in the newer version). Repeatable.
    #[arg(long, value_name = "NUMBER", add = ArgValueCandidates::new(complete::activity_numbers))]
    pub activity: Vec<String>,
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
pub struct NewArgs {
    /// The year of the new plan, such as 2023.
    #[arg(value_parser = clap::value_parser!(i32).range(1000..=9999))]
    pub year: i32,

    /// The directory to create for the new plan; it must not exist yet, or be empty.
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub out: PathBuf,

    /// Which activities go on to the new plan.
    #[arg(long, value_enum, default_value_t = CarryArg::All)]
    pub carry: CarryArg,

    /// The language of the comments written into the new files.
    #[arg(long, value_enum, default_value_t = LangArg::Es)]
    pub doc_lang: LangArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CarryArg {
    /// Every activity, however it ended.
    All,
    /// Those neither done nor cancelled.
    Unfinished,
    /// Those carried out several times or at a frequency.
    Recurring,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// An activity's number (3.1.4), or an area's number (3.1) or part of its name
    /// [default: the whole plan].
    #[arg(value_name = "NUMBER | AREA", add = ArgValueCandidates::new(complete::activity_numbers))]
    pub target: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = LogFormatArg::Text)]
    pub format: LogFormatArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormatArg {
    /// One block per commit.
    Text,
    /// For tools (shape in docs/history.md).
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

/// `--dry-run` and `--force`, as every command that writes the plan's structure takes them.
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Write the change even if `workplan validate` would then find more errors.
    #[arg(long)]
    pub force: bool,
}

/// An activity's values, as `add` and `edit` take them.
#[derive(Debug, Args)]
pub struct FieldArgs {
    /// The activity's title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// Where it takes place.
    #[arg(long, value_name = "TEXT")]
    pub place: Option<String>,

    /// When: a code (2022-S2, 2022-Q3, 2022-03, to-be-defined, as-needed) or the document's words
    /// ("2do semestre 2022", "Trimestral (4 al año)", "A definir").
    #[arg(long, value_name = "WHEN")]
    pub schedule: Option<String>,

    /// How often a recurring activity takes place.
    #[arg(long, value_enum)]
    pub every: Option<EveryArg>,

    /// How many times it is to be carried out.
    #[arg(long, value_name = "N")]
    pub target: Option<u32>,

    /// The resources it needs.
    #[arg(long, value_name = "TEXT")]
    pub resources: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EveryArg {
    Month,
    Quarter,
    Semester,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OptionalArg {
    Place,
    Schedule,
    Every,
    Target,
    Resources,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The new plan's directory: new or empty.
    #[arg(value_name = "DIR", default_value = "plan", value_hint = clap::ValueHint::DirPath)]
    pub dir: PathBuf,

    /// Whose plan it is.
    #[arg(long, value_name = "NAME")]
    pub organisation: String,

    /// The plan's title.
    #[arg(long, value_name = "TEXT")]
    pub title: String,

    /// The calendar year it covers.
    #[arg(long, value_name = "YEAR")]
    pub year: i32,
}

#[derive(Debug, Subcommand)]
pub enum AreaCommand {
    /// Add a work area, in a file of its own.
    #[command(after_help = "Examples:\n  \
        workplan area add 3.10 --name \"Inteligencia artificial\"\n  \
        workplan area add 3.10 --name \"Inteligencia artificial\" --objective \"Compartir experiencias.\" --dry-run")]
    Add(AreaAddArgs),

    /// Change an area's name or objective; a new name renames its file.
    #[command(after_help = "Examples:\n  \
        workplan area edit 3.3 --objective \"Apoyar las políticas de ciberseguridad.\"\n  \
        workplan area edit 3.3 --name \"Ciberseguridad y confianza\" --dry-run")]
    Edit(AreaEditArgs),

    /// Remove an area's file: refused while it has activities, unless --force.
    #[command(after_help = "Examples:\n  \
        workplan area remove 3.10\n  \
        workplan area remove 3.9 --force --dry-run")]
    Remove(AreaRemoveArgs),
}

#[derive(Debug, Args)]
pub struct AreaAddArgs {
    /// The new area's number, e.g. 3.10.
    pub number: String,

    /// The area's name.
    #[arg(long, value_name = "TEXT")]
    pub name: String,

    /// The area's objective.
    #[arg(long, value_name = "TEXT")]
    pub objective: Option<String>,

    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AreaEditArgs {
    /// The area's number, e.g. 3.3.
    #[arg(add = ArgValueCandidates::new(complete::area_numbers))]
    pub number: String,

    /// The area's new name (its file is renamed to match).
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,

    /// The area's new objective; "" removes it.
    #[arg(long, value_name = "TEXT")]
    pub objective: Option<String>,

    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AreaRemoveArgs {
    /// The area's number, e.g. 3.10.
    #[arg(add = ArgValueCandidates::new(complete::area_numbers))]
    pub number: String,

    /// Remove it even if it has activities, or if validate would then find more errors.
    #[arg(long)]
    pub force: bool,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The area: its number (3.3) or a part of its name ("ciberseguridad").
    #[arg(long, value_name = "AREA", add = ArgValueCandidates::new(complete::area_numbers))]
    pub area: Option<String>,

    #[command(flatten)]
    pub fields: FieldArgs,

    /// Its place in the area (4 or 3.3.4): the activities from there on are renumbered.
    #[arg(long, value_name = "N")]
    pub at: Option<String>,

    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The activity's number, e.g. 3.1.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    #[command(flatten)]
    pub fields: FieldArgs,

    /// Remove an optional key. Repeatable.
    #[arg(long, value_enum, value_name = "KEY")]
    pub unset: Vec<OptionalArg>,

    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The activity's number, e.g. 3.1.5.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// Remove it even if it has records, or if validate would then find more errors.
    #[arg(long)]
    pub force: bool,

    /// Show the change as a diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    /// The activity's number, e.g. 3.8.2.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,

    /// The area to move it to: its number or a part of its name.
    #[arg(long, value_name = "AREA", add = ArgValueCandidates::new(complete::area_numbers))]
    pub to_area: String,

    /// Its place in the new area (1 or 3.5.1): the activities from there on are renumbered.
    #[arg(long, value_name = "N")]
    pub at: Option<String>,

    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct RecordsArgs {
    /// The activity's number, e.g. 3.3.4.
    #[arg(add = ArgValueCandidates::new(complete::activity_numbers))]
    pub number: String,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file the schema is for.
    #[arg(value_enum)]
    pub kind: SchemaKindArg,

    /// Write the schema to FILE (replaced atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (a file of the plan is never replaced).
    #[arg(long, requires = "output")]
    pub force: bool,
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
    /// The plan document: .txt, .md, .docx, .xlsx, .ods or .csv.
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

    /// The plan's year, when the document does not say it (a spreadsheet without the year in
    /// a sheet's or the file's name).
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(1900..2200))]
    pub year: Option<i32>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub rev: RevArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
    pub format: ExportFormat,

    /// Write to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (a file of the plan is never replaced).
    #[arg(long, requires = "output")]
    pub force: bool,

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
    /// A workbook: .xlsx or .ods.
    Spreadsheet,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Text,
    /// A Word document for the assembly.
    Docx,
    /// A spreadsheet for the committee: one row per activity, with its status.
    Xlsx,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Es,
    /// Portuguese (Brazil).
    Pt,
    /// French (Haiti).
    Fr,
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
    #[value(alias = "pendiente", alias = "pendente", alias = "en-attente")]
    Pending,
    #[value(alias = "en-curso", alias = "em-andamento", alias = "en-cours")]
    InProgress,
    #[value(alias = "hecha", alias = "realizada", alias = "realisee", alias = "réalisée")]
    Done,
    #[value(alias = "cancelada", alias = "annulee", alias = "annulée")]
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
