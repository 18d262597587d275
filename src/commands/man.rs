//! `workplan man`: manual pages for workplan and for each of its commands.
//!
//! The pages are made from the same definition as `--help` ([`crate::cli::command`]), so the two
//! never disagree; like `--help` they are in English (see docs/cli.md). This is the one command
//! that reads the command-line definition: it is what the pages describe.

use std::io;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap_mangen::Man;
use roff::{Roff, bold, roman};

use super::Context;
use crate::edit::write::write_atomically;
use crate::exit::Exit;
use crate::i18n::Msg;

pub struct ManOptions {
    /// Where to write every page; `None` prints workplan(1) alone.
    pub dir: Option<PathBuf>,
}

/// One manual page: its file name (`workplan-list.1`) and its roff text.
pub struct Page {
    pub file: String,
    pub text: String,
}

pub fn run(context: &Context, options: &ManOptions) -> Result<Exit> {
    let pages = pages()?;
    let Some(dir) = &options.dir else {
        let main = pages.first().map(|page| page.text.as_str()).unwrap_or_default();
        context.print(main)?;
        return Ok(Exit::Success);
    };
    let lang = context.lang;
    let shown = dir.display().to_string();
    std::fs::create_dir_all(dir).with_context(|| lang.text(Msg::CannotWriteOutput { path: &shown }))?;
    for page in &pages {
        let path = dir.join(&page.file);
        write_atomically(&path, page.text.as_bytes())
            .with_context(|| lang.text(Msg::CannotWriteOutput { path: &path.display().to_string() }))?;
    }
    context.note(Msg::ManPagesWritten { count: pages.len(), dir: &shown })?;
    Ok(Exit::Success)
}

/// workplan(1) first, then one page per command, in the order `--help` lists them.
pub fn pages() -> io::Result<Vec<Page>> {
    let mut root = crate::cli::command().disable_help_subcommand(true);
    root.build();
    let commands: Vec<&clap::Command> = root.get_subcommands().filter(|c| !c.is_hide_set()).collect();
    let names: Vec<String> = commands.iter().map(|c| name(c)).collect();
    let mut pages = vec![page(&root, &names, MAIN_SECTIONS)?];
    for command in commands {
        pages.push(page(command, &[name(&root)], "")?);
    }
    Ok(pages)
}

/// `workplan`, `workplan-list`: the page's name, as `man` looks it up.
fn name(command: &clap::Command) -> String {
    command.get_display_name().unwrap_or_else(|| command.get_name()).to_owned()
}

fn page(command: &clap::Command, see_also: &[String], extra: &str) -> io::Result<Page> {
    let name = name(command);
    let man = Man::new(command.clone())
        .title(name.to_uppercase())
        .source(concat!("workplan ", env!("CARGO_PKG_VERSION")))
        .manual("Workplan Manual");
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    if command.has_subcommands() {
        man.render_subcommands_section(&mut out)?;
    }
    let after_help = command.get_after_help().map(ToString::to_string).unwrap_or_default();
    out.extend(examples_and_notes(&after_help).to_roff().into_bytes());
    out.extend(extra.as_bytes());
    out.extend(see_also_section(see_also).to_roff().into_bytes());
    if command.get_version().is_some() {
        man.render_version_section(&mut out)?;
    }
    Ok(Page { file: format!("{name}.1"), text: one_preamble(&String::from_utf8_lossy(&out)) })
}

/// The lines the roff crate puts before each piece it renders, defining the apostrophe.
const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

/// The page with the roff crate's preamble once, at the top, as a page written in one piece
/// would have it.
fn one_preamble(text: &str) -> String {
    if text.contains(PREAMBLE) {
        format!("{PREAMBLE}{}", text.replace(PREAMBLE, ""))
    } else {
        text.to_owned()
    }
}

/// The `Examples:` paragraph of `--help`'s closing text as EXAMPLES, lines kept as they are;
/// its other paragraphs as NOTES.
fn examples_and_notes(after_help: &str) -> Roff {
    let paragraphs = after_help.split("\n\n").filter(|p| !p.trim().is_empty());
    let (examples, notes): (Vec<&str>, Vec<&str>) = paragraphs.partition(|p| p.starts_with("Examples:\n"));
    let mut roff = Roff::new();
    for example in examples {
        roff.control("SH", ["EXAMPLES"]).control("nf", []);
        for line in example.lines().skip(1) {
            roff.text([roman(line.trim_start())]);
        }
        roff.control("fi", []);
    }
    if !notes.is_empty() {
        roff.control("SH", ["NOTES"]);
    }
    for note in notes {
        roff.control("PP", []).text([roman(note)]);
    }
    roff
}

fn see_also_section(names: &[String]) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["SEE ALSO"]);
    let mut line = Vec::new();
    for (index, name) in names.iter().enumerate() {
        if index > 0 {
            line.push(roman(", "));
        }
        line.push(bold(name.as_str()));
        line.push(roman("(1)"));
    }
    roff.text(line);
    roff
}

/// What workplan(1) says beyond `--help`: exit status and environment, as manual pages do.
const MAIN_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success (warnings allowed).
.TP
\fB1\fR
The command ran and found problems: \fBvalidate\fR found errors (or warnings, with \fB\-\-deny warnings\fR).
.TP
\fB2\fR
The command could not run: no plan directory, a file that cannot be read, a bad argument, no command. Nothing was changed.
.SH ENVIRONMENT
.TP
\fBWORKPLAN_DIR\fR
The plan directory, when \fB\-\-plan\fR is not given.
.TP
\fBWORKPLAN_LANG\fR, \fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR
The language of messages and tables when \fB\-\-lang\fR is not given: the first one set and not empty decides; \fBes\fR or \fBes_*\fR is Spanish, anything else English.
.TP
\fBWORKPLAN_TODAY\fR
The date taken as today, when \fB\-\-today\fR is not given.
.TP
\fBWORKPLAN_LOCK_TIMEOUT\fR
How many seconds a command that changes the plan waits while another holds the plan's lock (30 when not set); then it gives up with exit 2.
.TP
\fBNO_COLOR\fR
When set and not empty, no colour unless \fB\-\-color always\fR.
.TP
\fBCOMPLETE\fR
Set by the script of \fBworkplan completions\fR while the shell completes; leave it unset.
"#;
