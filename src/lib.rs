//! `workplan`: an organisation's annual work plan, kept as TOML files in git.
//!
//! Data flows one way: files are [`load`]ed into the [`model`], a command in [`commands`] works
//! on it, and [`render`] turns the result into text. [`run`] wires the command line to that flow;
//! `main` only maps its result to the process exit code.

pub mod canonical;
pub mod check;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod complete;
pub mod diagnostic;
pub mod edit;
pub mod exit;
pub mod filter;
pub mod git;
pub mod history;
pub mod i18n;
pub mod import;
pub mod load;
pub mod migrate;
pub mod model;
pub mod next_year;
pub mod number;
pub mod progress;
pub mod render;
pub mod schedule;
pub mod schema;
pub mod source;
pub mod text;

use std::io::{ErrorKind, IsTerminal, Write};
use std::time::Instant;

use anstyle::AnsiColor;
use anyhow::{Result, bail};
use chrono::NaiveDate;

use cli::{Cli, ColorChoice, Command, GlobalArgs, LangArg, ListFormat};
use commands::{Context, Verbosity};
use exit::Exit;
use i18n::{Lang, Msg};
use render::{Format, Style};

/// Runs the parsed command line and reports any error on standard error.
pub fn run(cli: Cli) -> Exit {
    let started = Instant::now();
    let Cli { global, command } = cli;
    let lang = match global.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Es) => Lang::Es,
        Some(LangArg::Pt) => Lang::Pt,
        Some(LangArg::Fr) => Lang::Fr,
        None => Lang::from_env(|name| std::env::var(name).ok()),
    };
    let stderr_color = use_color(global.color, std::io::stderr().is_terminal(), no_color());
    // `workplan` alone: what to try first. Nothing was done, so a script must not take it for
    // success (exit 2, as for any other missing argument).
    let Some(command) = command else {
        let _ = writeln!(std::io::stderr().lock(), "{}", lang.text(Msg::Overview));
        return Exit::Failure;
    };
    let outcome = context(&global, lang, stderr_color).and_then(|mut context| {
        context.rev = command.revision().map(str::to_owned);
        let exit = dispatch(command, &context)?;
        context.detail(Msg::Finished { millis: started.elapsed().as_millis() })?;
        Ok(exit)
    });
    match outcome {
        Ok(exit) => exit,
        Err(error) if is_broken_pipe(&error) => Exit::Success,
        Err(error) => {
            report_error(&error, lang, stderr_color);
            Exit::Failure
        }
    }
}

/// `NO_COLOR` set and not empty (<https://no-color.org>).
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Whether to colour a stream: `--color always` and `never` are obeyed as given; `auto` colours a
/// terminal unless `NO_COLOR` is set, as ripgrep and cargo do.
fn use_color(choice: ColorChoice, terminal: bool, no_color: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && !no_color,
    }
}

fn context(global: &GlobalArgs, lang: Lang, stderr_color: bool) -> Result<Context> {
    let today =
        global.today.clone().or_else(|| env("WORKPLAN_TODAY").map(|v| v.to_string_lossy().into_owned()));
    let today_given = today.is_some();
    let today = match &today {
        Some(text) => match text.trim().parse::<NaiveDate>() {
            Ok(day) => day,
            Err(_) => bail!(lang.text(Msg::BadToday { value: text })),
        },
        None => chrono::Local::now().date_naive(),
    };
    let stdout_terminal = std::io::stdout().is_terminal();
    Ok(Context {
        lang,
        today,
        today_given,
        stdout: Style {
            terminal: stdout_terminal,
            color: use_color(global.color, stdout_terminal, no_color()),
            width: render::fit::columns_variable(std::env::var("COLUMNS").ok().as_deref())
                .or(if stdout_terminal { None } else { Style::PLAIN.width }),
        },
        stderr_color,
        plan_dir: global.plan.clone().or_else(|| env("WORKPLAN_DIR").map(Into::into)),
        cwd: std::env::current_dir()?,
        verbosity: match (global.quiet, global.verbose) {
            (true, _) => Verbosity::Quiet,
            (false, 0) => Verbosity::Normal,
            (false, _) => Verbosity::Verbose,
        },
        rev: None,
    })
}

/// An environment variable that stands for an option (`--plan`, `--today`) when that is not
/// given: set and not empty.
fn env(var: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(var).filter(|value| !value.is_empty())
}

fn dispatch(command: Command, context: &Context) -> Result<Exit> {
    match command {
        Command::List(args) => {
            let semester = match &args.semester {
                Some(text) => match filter::SemesterChoice::parse(text) {
                    Some(choice) => Some(choice),
                    None => bail!(context.lang.text(Msg::BadSemester { value: text })),
                },
                None => None,
            };
            let options = commands::list::ListOptions {
                filter: filter::Filter {
                    areas: args.area,
                    semester,
                    include_unscheduled: args.unscheduled,
                    statuses: args.status.into_iter().map(Into::into).collect(),
                    search: args.search,
                    overdue: args.overdue,
                    due_within: match &args.due_within {
                        Some(text) => match filter::Horizon::parse(text) {
                            Some(horizon) => Some(horizon),
                            None => bail!(context.lang.text(Msg::BadHorizon { value: text })),
                        },
                        None => None,
                    },
                },
                format: format(args.format),
            };
            commands::list::run(context, &options)
        }
        Command::Show(args) => {
            let format = match args.format {
                cli::ShowFormat::Text => commands::show::ShowFormat::Text,
                cli::ShowFormat::Json => commands::show::ShowFormat::Json,
            };
            commands::show::run(context, &commands::show::ShowOptions { number: args.number, format })
        }
        Command::Areas(args) => commands::areas::run(context, format(args.format)),
        Command::Done(args) => {
            let options = commands::done::DoneOptions {
                number: args.number,
                on: args.on,
                note: args.note,
                force: args.force,
                amend: args.amend,
                dry_run: args.dry_run,
            };
            commands::done::run(context, &options)
        }
        Command::Reopen(args) => {
            let options = commands::reopen::ReopenOptions {
                number: args.number,
                record: args.record,
                dry_run: args.dry_run,
            };
            commands::reopen::run(context, &options)
        }
        Command::Cancel(args) => {
            let options = commands::cancel::CancelOptions {
                number: args.number,
                reason: args.reason,
                on: args.on,
                force: args.force,
                dry_run: args.dry_run,
            };
            commands::cancel::run(context, &options)
        }
        Command::Validate(args) => {
            let format = match args.format {
                cli::ValidateFormat::Human => commands::validate::ValidateFormat::Human,
                cli::ValidateFormat::Json => commands::validate::ValidateFormat::Json,
                cli::ValidateFormat::Github => commands::validate::ValidateFormat::Github,
            };
            let deny_warnings = args.deny.contains(&cli::DenyArg::Warnings);
            commands::validate::run(context, &commands::validate::ValidateOptions { format, deny_warnings })
        }
        Command::Summary(args) => {
            let format = match args.format {
                cli::SummaryFormatArg::Table => render::summary::SummaryFormat::Table,
                cli::SummaryFormatArg::Markdown => render::summary::SummaryFormat::Markdown,
                cli::SummaryFormatArg::Json => render::summary::SummaryFormat::Json,
            };
            commands::summary::run(context, format)
        }
        Command::Timeline(_) => commands::timeline::run(context),
        Command::Report(args) => commands::report::run(
            context,
            &commands::report::ReportOptions { output: args.output, force: args.force },
        ),
        Command::Calendar(args) => commands::calendar::run(
            context,
            &commands::calendar::CalendarOptions { output: args.output, force: args.force },
        ),
        Command::Site(args) => {
            commands::site::run(context, &commands::site::SiteOptions { out: args.out, force: args.force })
        }
        Command::Import(args) => {
            let options = commands::import::ImportOptions {
                document: args.document,
                out: args.out,
                force: args.force,
                from: args.from.map(|from| match from {
                    cli::DocumentFormatArg::Text => import::Format::Text,
                    cli::DocumentFormatArg::Markdown => import::Format::Markdown,
                    cli::DocumentFormatArg::Docx => import::Format::Docx,
                    cli::DocumentFormatArg::Spreadsheet => import::Format::Spreadsheet,
                    cli::DocumentFormatArg::Csv => import::Format::Csv,
                }),
                year: args.year,
            };
            commands::import::run(context, &options)
        }
        Command::Export(args) => {
            let document = render::document::DocumentOptions {
                format: match args.format {
                    cli::ExportFormat::Markdown => render::document::DocumentFormat::Markdown,
                    cli::ExportFormat::Text => render::document::DocumentFormat::Text,
                    cli::ExportFormat::Docx => render::document::DocumentFormat::Docx,
                    cli::ExportFormat::Xlsx => render::document::DocumentFormat::Xlsx,
                },
                lang: match args.doc_lang {
                    LangArg::En => Lang::En,
                    LangArg::Es => Lang::Es,
                    LangArg::Pt => Lang::Pt,
                    LangArg::Fr => Lang::Fr,
                },
                with_status: args.with_status,
            };
            commands::export::run(
                context,
                &commands::export::ExportOptions { document, output: args.output, force: args.force },
            )
        }
        Command::Completions(args) => {
            use commands::completions::{CompletionsOptions, Shell};
            let shell = match args.shell {
                cli::ShellArg::Bash => Shell::Bash,
                cli::ShellArg::Zsh => Shell::Zsh,
                cli::ShellArg::Fish => Shell::Fish,
                cli::ShellArg::Powershell => Shell::PowerShell,
                cli::ShellArg::Elvish => Shell::Elvish,
            };
            let program = std::env::args_os().next().unwrap_or_else(|| "workplan".into()).into();
            commands::completions::run(context, &CompletionsOptions { shell, program })
        }
        Command::Man(args) => commands::man::run(context, &commands::man::ManOptions { dir: args.dir }),
        Command::Fmt(args) => {
            commands::fmt::run(context, &commands::fmt::FmtOptions { check: args.check, diff: args.diff })
        }
        Command::Diff(args) => {
            let format = match args.format {
                cli::DiffFormat::Text => render::changes::ChangesFormat::Text,
                cli::DiffFormat::Markdown => render::changes::ChangesFormat::Markdown,
                cli::DiffFormat::Json => render::changes::ChangesFormat::Json,
            };
            commands::diff::run(
                context,
                &commands::diff::DiffOptions {
                    from: args.from,
                    to: args.to,
                    format,
                    areas: args.area,
                    activities: args.activity,
                },
            )
        }
        Command::New(args) => {
            let options = commands::new::NewOptions {
                year: args.year,
                out: args.out,
                carry: match args.carry {
                    cli::CarryArg::All => next_year::Carry::All,
                    cli::CarryArg::Unfinished => next_year::Carry::Unfinished,
                    cli::CarryArg::Recurring => next_year::Carry::Recurring,
                },
                doc_lang: match args.doc_lang {
                    LangArg::En => Lang::En,
                    LangArg::Es => Lang::Es,
                    LangArg::Pt => Lang::Pt,
                    LangArg::Fr => Lang::Fr,
                },
            };
            commands::new::run(context, &options)
        }
        Command::Log(args) => {
            let format = match args.format {
                cli::LogFormatArg::Text => render::log::LogFormat::Text,
                cli::LogFormatArg::Json => render::log::LogFormat::Json,
            };
            commands::log::run(context, &commands::log::LogOptions { target: args.target, format })
        }
        Command::Renumber(args) => {
            let options =
                commands::renumber::RenumberOptions { from: args.from, to: args.to, dry_run: args.dry_run };
            commands::renumber::run(context, &options)
        }
        Command::Schema(args) => {
            let kind = match args.kind {
                cli::SchemaKindArg::Plan => schema::SchemaKind::Plan,
                cli::SchemaKindArg::Area => schema::SchemaKind::Area,
            };
            commands::schema::run(
                context,
                &commands::schema::SchemaOptions { kind, output: args.output, force: args.force },
            )
        }
        Command::Migrate(args) => {
            commands::migrate::run(context, &commands::migrate::MigrateOptions { dry_run: args.dry_run })
        }
        Command::Init(args) => {
            let options = commands::init::InitOptions {
                dir: args.dir,
                organisation: args.organisation,
                title: args.title,
                year: args.year,
            };
            commands::init::run(context, &options)
        }
        Command::Area(area) => dispatch_area(area, context),
        Command::Add(args) => commands::add::run(context, &add_options(args, context)?),
        Command::Edit(args) => {
            let options = commands::edit::EditOptions {
                number: args.number,
                given: given(args.fields),
                unset: args.unset.into_iter().map(optional).collect(),
                write: write_args(&args.write),
            };
            commands::edit::run(context, &options)
        }
        Command::Remove(args) => {
            let write = commands::plan_change::Write { dry_run: args.dry_run, force: false };
            let options = commands::remove::RemoveOptions { number: args.number, force: args.force, write };
            commands::remove::run(context, &options)
        }
        Command::Move(args) => {
            let options = commands::move_to::MoveOptions {
                number: args.number,
                to_area: args.to_area,
                at: args.at,
                write: write_args(&args.write),
            };
            commands::move_to::run(context, &options)
        }
        Command::Records(args) => commands::records::run(context, &args.number),
        Command::GitDiffDriver(args) => {
            commands::diff::driver(context, &commands::diff::DriverOptions { args: args.args })
        }
    }
}

fn dispatch_area(command: cli::AreaCommand, context: &Context) -> Result<Exit> {
    use commands::area;
    match command {
        cli::AreaCommand::Add(args) => {
            let options = area::AreaAddOptions {
                number: args.number,
                name: args.name,
                objective: args.objective,
                write: write_args(&args.write),
            };
            area::add(context, &options)
        }
        cli::AreaCommand::Edit(args) => {
            let options = area::AreaEditOptions {
                number: args.number,
                name: args.name,
                objective: args.objective,
                write: write_args(&args.write),
            };
            area::edit(context, &options)
        }
        cli::AreaCommand::Remove(args) => {
            let write = commands::plan_change::Write { dry_run: args.dry_run, force: false };
            area::remove(context, &area::AreaRemoveOptions { number: args.number, force: args.force, write })
        }
    }
}

/// `add`'s options; on a terminal, without --title, the values are asked for one by one.
fn add_options(args: cli::AddArgs, context: &Context) -> Result<commands::add::AddOptions> {
    let mut given = given(args.fields);
    let mut area = args.area;
    if given.title.is_none() && std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        commands::add::ask(context, &mut area, &mut given)?;
    }
    let Some(area) = area else { bail!(context.lang.text(Msg::AreaRequired)) };
    Ok(commands::add::AddOptions { area, given, at: args.at, write: write_args(&args.write) })
}

fn write_args(args: &cli::WriteArgs) -> commands::plan_change::Write {
    commands::plan_change::Write { dry_run: args.dry_run, force: args.force }
}

fn given(fields: cli::FieldArgs) -> commands::fields::Given {
    commands::fields::Given {
        title: fields.title,
        place: fields.place,
        schedule: fields.schedule,
        every: fields.every.map(|every| match every {
            cli::EveryArg::Month => schedule::Frequency::Month,
            cli::EveryArg::Quarter => schedule::Frequency::Quarter,
            cli::EveryArg::Semester => schedule::Frequency::Semester,
        }),
        target: fields.target,
        resources: fields.resources,
    }
}

fn optional(arg: cli::OptionalArg) -> commands::fields::Optional {
    use commands::fields::Optional;
    match arg {
        cli::OptionalArg::Place => Optional::Place,
        cli::OptionalArg::Schedule => Optional::Schedule,
        cli::OptionalArg::Every => Optional::Every,
        cli::OptionalArg::Target => Optional::Target,
        cli::OptionalArg::Resources => Optional::Resources,
    }
}

fn format(format: ListFormat) -> Format {
    match format {
        ListFormat::Table => Format::Table,
        ListFormat::Json => Format::Json,
        ListFormat::Csv => Format::Csv,
        ListFormat::Markdown => Format::Markdown,
    }
}

/// `workplan list | head` closes the pipe early: that is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
    })
}

/// `error: message: cause: cause`, as one line on standard error, in the reader's language
/// (the system's reasons too, where the catalogue knows them).
fn report_error(error: &anyhow::Error, lang: Lang, color: bool) {
    let chain: Vec<String> = error
        .chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(io) => lang.io_reason(io.kind(), &i18n::os_text(io)),
            None => text::visible_lines(&cause.to_string()).into_owned(),
        })
        .collect();
    let word = lang.severity(true);
    let style = AnsiColor::Red.on_default().bold();
    let word = if color { format!("{style}{word}{style:#}") } else { word.to_owned() };
    let _ = writeln!(std::io::stderr().lock(), "{word}: {}", chain.join(": "));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_flag_then_the_terminal_and_no_color() {
        for (choice, terminal, no_color, expected) in [
            (ColorChoice::Always, false, true, true),
            (ColorChoice::Never, true, false, false),
            (ColorChoice::Auto, true, false, true),
            (ColorChoice::Auto, true, true, false),
            (ColorChoice::Auto, false, false, false),
        ] {
            assert_eq!(use_color(choice, terminal, no_color), expected, "{choice:?} {terminal} {no_color}");
        }
    }
}
