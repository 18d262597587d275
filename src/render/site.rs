//! The plan as a static site (`workplan site`): the report as `index.html`, a page per area and
//! the plan's documents, every page linking to the others with relative links.
//!
//! Everything here depends only on the plan, the language and the day the site is shown as of,
//! so that the same plan gives the same bytes and a site kept in git changes only where the plan
//! did. Unless `--today` says otherwise, that day is the plan's latest record ([`as_of`]), never
//! the day the site is built.

use anyhow::Result;
use chrono::NaiveDate;

use super::document::{self, DocumentFormat, DocumentOptions};
use super::html::{self, Link, Page};
use super::{Format, Style, activities, ics, office};
use crate::i18n::{Label, Lang, Msg};
use crate::model::{Area, Plan};
use crate::progress::Summary;

/// The file that marks a directory as a site `workplan site` wrote, listing the files it wrote:
/// those a later run may replace or remove, and no others.
pub const MARKER: &str = ".workplan-site";

/// How to make the site.
#[derive(Clone, Copy, Debug)]
pub struct SiteOptions {
    pub lang: Lang,
    /// The day the plan is shown as of: what is overdue, the calendar's stamp.
    pub as_of: NaiveDate,
    /// Whether that day was given (`--today`), so that the footer may call it the day it was made.
    pub today_given: bool,
}

/// One file of the site: a name in its directory, never a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A document of the plan that the site offers besides its pages.
pub struct Document {
    pub name: &'static str,
    /// What the navigation calls it.
    pub label: Label,
    pub render: fn(&Plan, &SiteOptions) -> Result<Vec<u8>>,
}

/// The documents the site writes. Another format (`plan.docx`, `plan.xlsx`) is one more line.
pub const DOCUMENTS: &[Document] = &[
    Document { name: "plan.md", label: Label::SitePlanDocument, render: markdown },
    Document { name: "plan.docx", label: Label::SiteWordDocument, render: word },
    Document { name: "plan.xlsx", label: Label::SiteSpreadsheet, render: spreadsheet },
    Document { name: "plan.ics", label: Label::SiteCalendar, render: calendar },
    Document { name: "plan.json", label: Label::SiteData, render: json },
];

fn markdown(plan: &Plan, options: &SiteOptions) -> Result<Vec<u8>> {
    let document_options =
        DocumentOptions { format: DocumentFormat::Markdown, lang: options.lang, with_status: true };
    Ok(document::document(plan, document_options).into_bytes())
}

fn word(plan: &Plan, options: &SiteOptions) -> Result<Vec<u8>> {
    let document_options =
        DocumentOptions { format: DocumentFormat::Docx, lang: options.lang, with_status: true };
    Ok(office::docx(plan, document_options)?)
}

fn spreadsheet(plan: &Plan, options: &SiteOptions) -> Result<Vec<u8>> {
    let document_options =
        DocumentOptions { format: DocumentFormat::Xlsx, lang: options.lang, with_status: true };
    Ok(office::xlsx(plan, document_options)?)
}

fn calendar(plan: &Plan, options: &SiteOptions) -> Result<Vec<u8>> {
    Ok(ics::render(plan, options.as_of, options.lang).text.into_bytes())
}

fn json(plan: &Plan, options: &SiteOptions) -> Result<Vec<u8>> {
    let entries: Vec<_> = plan.activities().collect();
    let mut bytes = Vec::new();
    let as_of = activities::AsOf { year: plan.info.year, today: options.as_of };
    activities::write_list(&entries, Format::Json, (options.lang, as_of), Style::PLAIN, &mut bytes)?;
    Ok(bytes)
}

/// The day the plan stands as of without `--today`: its latest record, cancellation or approval
/// (else the first day of its year), so that a site made later from the same plan is the same.
pub fn as_of(plan: &Plan) -> NaiveDate {
    let records = plan.activities().flat_map(|(_, activity)| {
        activity.done.iter().map(|record| record.on).chain(activity.cancelled.as_ref().map(|c| c.on))
    });
    let approval = plan.info.approval.as_ref().map(|approval| approval.on);
    records
        .chain(approval)
        .max()
        .or_else(|| NaiveDate::from_ymd_opt(plan.info.year, 1, 1))
        .unwrap_or_default()
}

/// The name of an area's page: `area-3.1.html`.
pub fn area_page(area: &Area) -> String {
    format!("area-{}.html", area.number)
}

/// Every file of the site, pages first, in a fixed order.
pub fn site(plan: &Plan, options: &SiteOptions) -> Result<Vec<SiteFile>> {
    let lang = options.lang;
    let date = lang.date(options.as_of);
    let version = env!("CARGO_PKG_VERSION");
    let footer = if options.today_given {
        lang.text(Msg::ReportFooter { version, date: &date })
    } else {
        lang.text(Msg::SiteFooter { version, date: &date })
    };
    let mut files = Vec::with_capacity(plan.areas.len() + DOCUMENTS.len() + 1);
    let summary = Summary::of(plan, options.as_of);
    let frame = |area, links: &[Link], summary: &Summary<'_>| {
        html::page(&Page { info: &plan.info, summary, lang, area, links, footer: &footer })
    };
    let index = frame(None, &links(plan, "index.html", lang), &summary);
    files.push(SiteFile { name: "index.html".to_owned(), bytes: index.into_bytes() });
    for area in &plan.areas {
        let name = area_page(area);
        let summary = Summary::of_areas(std::slice::from_ref(area), plan.info.year, options.as_of);
        let page = frame(Some(area), &links(plan, &name, lang), &summary);
        files.push(SiteFile { name, bytes: page.into_bytes() });
    }
    for document in DOCUMENTS {
        files.push(SiteFile { name: document.name.to_owned(), bytes: (document.render)(plan, options)? });
    }
    Ok(files)
}

/// The navigation of the page named `current`: the report, each area, each document.
fn links(plan: &Plan, current: &str, lang: Lang) -> Vec<Link> {
    let link = |href: String, text: String| Link { current: href == current, href, text };
    let mut links = vec![link("index.html".to_owned(), lang.label(Label::SiteReport).to_owned())];
    links.extend(
        plan.areas.iter().map(|area| link(area_page(area), format!("{} {}", area.number, area.name))),
    );
    links.extend(
        DOCUMENTS
            .iter()
            .map(|document| link(document.name.to_owned(), lang.label(document.label).to_owned())),
    );
    links
}

/// The marker's text: what it is, then the site's files, one per line.
pub fn marker(files: &[SiteFile]) -> String {
    let mut text = String::from(
        "# Written by `workplan site`: the files below are replaced or removed by its next run.\n",
    );
    for file in files {
        text.push_str(&file.name);
        text.push('\n');
    }
    text
}

/// The file names a marker lists, keeping only names the site makes: a marker edited to name
/// `../x`, `.git` or `CNAME` names nothing the site may remove.
pub fn marker_names(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|name| is_site_name(name)).collect()
}

/// A name the site could have written: `index.html`, an area's page, a document.
fn is_site_name(name: &str) -> bool {
    let area_page = name.strip_prefix("area-").and_then(|rest| rest.strip_suffix(".html"));
    let is_number = |number: &str| {
        number.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
    };
    name == "index.html"
        || area_page.is_some_and(is_number)
        || DOCUMENTS.iter().any(|document| document.name == name)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Whatever a marker holds, the names read from it stay inside the site's directory.
        #[test]
        fn marker_names_never_leave_the_directory(text in "((area-|\\.\\./|/|\\\\|\\.)?[a-z0-9./\\\\-]{0,12}(\\.html)?\n){0,12}") {
            for name in marker_names(&text) {
                prop_assert!(!name.contains(['/', '\\']) && !name.starts_with('.') && !name.contains(".."), "{name}");
            }
        }
    }

    #[test]
    fn a_marker_names_only_files_of_the_site_directory() {
        let text = "# comment\nindex.html\n../outside.html\n.git\nsub/dir.html\nC:\\x\narea-3.1.html\n\nCNAME\n\
            area-../x.html\narea-.html\narea-3.x.html\nplan.ics\n";
        assert_eq!(marker_names(text), ["index.html", "area-3.1.html", "plan.ics"]);
    }

    #[test]
    fn the_marker_lists_the_files_it_is_read_back_as() {
        let files: Vec<SiteFile> = ["index.html", "plan.ics"]
            .into_iter()
            .map(|name| SiteFile { name: name.to_owned(), bytes: Vec::new() })
            .collect();
        assert_eq!(marker_names(&marker(&files)), ["index.html", "plan.ics"]);
    }

    #[test]
    fn documents_have_distinct_plain_names() {
        let mut names: Vec<&str> = DOCUMENTS.iter().map(|document| document.name).collect();
        assert!(
            names
                .iter()
                .all(|name| is_site_name(name) && !name.contains(['/', '\\']) && !name.starts_with('.'))
        );
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), DOCUMENTS.len());
        assert!(!names.contains(&"index.html"));
    }
}
