//! `workplan site --out DIR`: the plan as a static site, checked as a visitor and a publisher
//! would: every link resolves, nothing comes from elsewhere, the same plan gives the same bytes,
//! and a directory that is not a site is left alone.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use scraper::{Html, Selector};

use crate::common::*;

/// The site of `plan`, written into `out` with `args` before the command; its standard error.
fn site(plan: &Path, out: &Path, args: &[&str]) -> String {
    stderr_of(workplan_on(plan).args(args).arg("site").arg("--out").arg(out), 0)
}

fn names(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .expect("the directory lists")
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect()
}

fn read(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name)).expect("the file is written")
}

const PAGES: [&str; 10] = [
    "index.html",
    "area-3.1.html",
    "area-3.2.html",
    "area-3.3.html",
    "area-3.4.html",
    "area-3.5.html",
    "area-3.6.html",
    "area-3.7.html",
    "area-3.8.html",
    "area-3.9.html",
];

#[test]
fn has_the_report_a_page_per_area_and_the_documents() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    let out = temp.path().join("public");
    let stderr = site(&real_plan(), &out, &[]);
    assert!(stderr.contains("wrote the site in `") && stderr.contains("`: 15 files"), "{stderr}");
    let mut expected: BTreeSet<String> = PAGES.iter().map(|name| (*name).to_owned()).collect();
    expected.extend(
        ["plan.md", "plan.docx", "plan.xlsx", "plan.ics", "plan.json", ".workplan-site"].map(str::to_owned),
    );
    assert_eq!(names(&out), expected);
    insta::assert_snapshot!("site_marker", read(&out, ".workplan-site"));
    // The documents are those the other commands make.
    let export = stdout_of(workplan_on(&real_plan()).args(["export", "--with-status", "--doc-lang", "en"]));
    assert_eq!(read(&out, "plan.md"), export);
    let json = stdout_of(workplan_on(&real_plan()).args(["list", "--format", "json"]));
    assert_eq!(read(&out, "plan.json"), json);
    for format in ["docx", "xlsx"] {
        let exported = temp.path().join(format!("export.{format}"));
        workplan_on(&real_plan())
            .args(["export", "--with-status", "--doc-lang", "en", "--format", format, "-o"])
            .arg(&exported)
            .assert()
            .success();
        assert_eq!(
            fs::read(out.join(format!("plan.{format}"))).ok(),
            fs::read(&exported).ok(),
            "plan.{format}"
        );
    }
    let ics = read(&out, "plan.ics");
    assert!(ics.contains("UID:red-gealc-2022-3.1.2@workplan\r\n"), "stable UIDs");
    assert!(ics.contains("REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n"), "subscribers fetch it daily");
    // An area's page holds its own activities only, and says what the area is for.
    let area = Html::parse_document(&read(&out, "area-3.3.html"));
    let rows: Vec<String> = area
        .select(&Selector::parse("table.activities tr.activity td.num").expect("selector"))
        .map(|cell| cell.text().collect())
        .collect();
    assert_eq!(rows, ["3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5"]);
    let objective: String =
        area.select(&Selector::parse("#area p").expect("selector")).flat_map(|p| p.text()).collect();
    assert!(objective.starts_with("Objective: "), "{objective}");
}

/// The targets of every link and embedded resource of an HTML page.
fn references(html: &str) -> Vec<String> {
    let page = Html::parse_document(html);
    assert!(page.errors.is_empty(), "HTML parse errors: {:?}", page.errors);
    let selector = Selector::parse("[href], [src]").expect("selector");
    page.select(&selector)
        .flat_map(|element| [element.value().attr("href"), element.value().attr("src")])
        .flatten()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_link_resolves_to_a_file_of_the_site_and_nothing_comes_from_elsewhere() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    site(&fixture("progress"), temp.path(), &[]);
    let files = names(temp.path());
    for page in PAGES {
        let html = read(temp.path(), page);
        let targets = references(&html);
        // The report, each area and each document, from every page.
        assert_eq!(targets.len(), 14, "{page}: {targets:?}");
        for target in targets {
            let file = target.split('#').next().unwrap_or_default();
            assert!(!target.contains(':') && !target.starts_with('/'), "{page}: not relative: {target}");
            assert!(files.contains(file), "{page}: `{target}` is not a file of the site");
            assert_ne!(file, page, "{page} links to itself");
        }
        for external in ["<script", "<link", "<img", "@import", "url("] {
            assert!(!html.contains(external), "{page} loads something: {external}");
        }
    }
}

#[test]
fn the_index_is_the_report_with_the_sites_links() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    site(&fixture("progress"), temp.path(), &[]);
    let index = read(temp.path(), "index.html");
    let report = stdout_of(workplan_on(&fixture("progress")).args(["report", "--html"]));
    let start = index.find("<nav class=\"site\"").expect("the navigation");
    let end = index[start..].find("</nav>").expect("closed") + start + "</nav>".len();
    assert_eq!(format!("{}{}", &index[..start], &index[end..]), report);
}

#[test]
fn the_same_plan_gives_the_same_bytes_whatever_the_day() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    let (first, second) = (temp.path().join("a"), temp.path().join("b"));
    let without_today = |out: &Path| {
        workplan_on(&fixture("progress"))
            .env_remove("WORKPLAN_TODAY")
            .arg("site")
            .arg("--out")
            .arg(out)
            .assert()
            .success();
    };
    without_today(&first);
    without_today(&second);
    for name in names(&first) {
        assert_eq!(fs::read(first.join(&name)).ok(), fs::read(second.join(&name)).ok(), "{name} differs");
    }
    // Shown as of the plan's latest record, never the day it was built.
    let index = read(&first, "index.html");
    assert!(index.contains("<footer>Made with workplan "), "{index}");
    assert!(index.contains(" from the plan as of 1 July 2022, its latest record.</footer>"), "{index}");
    assert!(read(&first, "plan.ics").contains("DTSTAMP:20220701T000000Z\r\n"));
    let today = chrono::Local::now().date_naive();
    for text in [today.format("%Y%m%d").to_string(), today.format("%Y-%m-%d").to_string()] {
        for name in names(&first) {
            let bytes = fs::read(first.join(&name)).expect("the file is written");
            assert!(!String::from_utf8_lossy(&bytes).contains(&text), "{name} holds the build date {text}");
        }
    }
    // With --today, the site is as of that day, and says so.
    let dated = temp.path().join("c");
    site(&fixture("progress"), &dated, &["--today", "2022-07-15"]);
    assert!(read(&dated, "index.html").contains("on 15 July 2022.</footer>"));
}

#[test]
fn a_second_run_rewrites_only_what_changed_and_removes_a_gone_area() {
    let plan = copy_plan(&real_plan());
    let temp = tempfile::tempdir().expect("a temporary directory");
    let out = temp.path().join("public");
    site(plan.path(), &out, &[]);
    fs::write(out.join("CNAME"), "plan.example.org\n").expect("a file of the publisher's own");
    let modified = |name: &str| fs::metadata(out.join(name)).and_then(|m| m.modified()).expect("mtime");
    let before: Vec<_> = PAGES.iter().map(|name| modified(name)).collect();
    std::thread::sleep(std::time::Duration::from_millis(20));
    site(plan.path(), &out, &[]);
    let after: Vec<_> = PAGES.iter().map(|name| modified(name)).collect();
    assert_eq!(before, after, "the same plan: no page is rewritten");
    fs::remove_file(plan.path().join("3.9-reunion-anual-y-ministerial-de-la-red-gealc.toml")).expect("rm");
    site(plan.path(), &out, &[]);
    let files = names(&out);
    assert!(!files.contains("area-3.9.html"), "the gone area's page is removed");
    assert!(files.contains("CNAME"), "other files are kept");
    assert_eq!(read(&out, "CNAME"), "plan.example.org\n");
    assert!(!read(&out, "index.html").contains("area-3.9.html"));
    assert!(files.iter().all(|name| !name.ends_with(".tmp")), "{files:?}");
}

#[test]
fn a_directory_that_is_not_a_site_is_refused_without_force() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    fs::write(temp.path().join("notes.txt"), "mine\n").expect("write");
    let stderr = stderr_of(workplan_on(&real_plan()).arg("site").arg("--out").arg(temp.path()), 2);
    assert!(stderr.contains("is not empty and holds no site written by workplan"), "{stderr}");
    assert!(stderr.contains("--force"), "says what to do: {stderr}");
    assert_eq!(names(temp.path()), BTreeSet::from(["notes.txt".to_owned()]), "nothing written");
    let spanish =
        stderr_of(workplan_on(&real_plan()).args(["--lang", "es", "site", "--out"]).arg(temp.path()), 2);
    assert!(spanish.contains("no está vacío"), "{spanish}");
    // With --force, the site is written among the files, which stay.
    let mut command = workplan_on(&real_plan());
    command.args(["site", "--force", "--out"]).arg(temp.path()).assert().success();
    assert_eq!(read(temp.path(), "notes.txt"), "mine\n");
    assert!(names(temp.path()).contains("index.html"));
}

#[test]
fn a_file_or_a_plan_with_errors_is_refused_and_nothing_is_written() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    let file = temp.path().join("public");
    fs::write(&file, "x").expect("write");
    let stderr = stderr_of(workplan_on(&real_plan()).arg("site").arg("--out").arg(&file), 2);
    assert!(stderr.contains("is not a directory"), "{stderr}");
    assert_eq!(fs::read_to_string(&file).expect("read"), "x");
    let under_a_file =
        stderr_of(workplan_on(&real_plan()).arg("site").arg("--out").arg(file.join("site")), 2);
    assert!(under_a_file.starts_with("error: cannot write the site in `"), "{under_a_file}");
    assert_eq!(fs::read_to_string(&file).expect("read"), "x");
    let out = temp.path().join("site");
    workplan_on(&approved_plan().join("no-such-dir")).arg("site").arg("--out").arg(&out).assert().code(2);
    let broken = copy_plan(&real_plan());
    let path = broken.path().join("3.3-ciberseguridad.toml");
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, text.replacen("schedule = ", "shedule = ", 1)).expect("write");
    workplan_on(broken.path()).arg("site").arg("--out").arg(&out).assert().code(2);
    assert!(!out.exists(), "no directory made for a plan that does not load");
}

#[cfg(unix)]
#[test]
fn never_writes_or_removes_outside_the_directory() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    let out = temp.path().join("public");
    site(&real_plan(), &out, &[]);
    let outside = temp.path().join("outside.html");
    fs::write(&outside, "keep me\n").expect("write");
    // A page replaced by a link out of the site, and a marker that names a file outside it.
    fs::remove_file(out.join("index.html")).expect("rm");
    std::os::unix::fs::symlink(&outside, out.join("index.html")).expect("symlink");
    let marker = read(&out, ".workplan-site");
    fs::write(out.join(".workplan-site"), format!("{marker}../outside.html\n{}\nCNAME\n", outside.display()))
        .expect("write");
    fs::write(out.join("CNAME"), "plan.example.org\n").expect("write");
    site(&real_plan(), &out, &[]);
    assert_eq!(fs::read_to_string(&outside).expect("still there"), "keep me\n");
    assert!(out.join("CNAME").is_file(), "a name the site does not make is never removed");
    let index = fs::symlink_metadata(out.join("index.html")).expect("index");
    assert!(index.is_file(), "the link is replaced by the page, not written through");
}

#[test]
fn speaks_the_plans_language() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    let stderr = site(&real_plan(), temp.path(), &["--lang", "es"]);
    assert!(stderr.contains("se escribió el sitio en"), "{stderr}");
    let page = read(temp.path(), "area-3.1.html");
    assert!(page.contains("<html lang=\"es\">"));
    for words in ["Informe", "Calendario para suscribirse (iCalendar)", "Objetivo: ", "Generado con workplan"]
    {
        assert!(page.contains(words), "{words}");
    }
    assert!(read(temp.path(), "plan.md").contains("Lugar"), "the document in Spanish too");
}

/// Chromium, or a browser of its family, where one is installed: `CHROMIUM`, else the usual
/// names on `PATH`.
fn chromium() -> Option<std::path::PathBuf> {
    let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    let path = std::env::var_os("PATH").unwrap_or_default();
    let on_path = std::env::split_paths(&path).flat_map(|dir| names.map(|name| dir.join(name)));
    let mut candidates =
        std::env::var_os("CHROMIUM").map(std::path::PathBuf::from).into_iter().chain(on_path);
    candidates.find(|path| path.is_file())
}

/// Headless Chromium on a file of `dir`, with a profile of its own and nothing from the network.
fn headless(browser: &Path, dir: &Path, args: &[String]) -> std::process::Output {
    let profile = tempfile::tempdir().expect("a temporary profile");
    std::process::Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("Chromium runs")
}

/// A4 landscape, as the report's print stylesheet asks, less its 12 mm margins.
const PRINTABLE_WIDTH: &str = "273mm";

/// What the browser found on `page` laid out at the printable width with the print styles: the
/// elements that stick out sideways, the scripts' errors and the resources fetched, as JSON.
fn probe(browser: &Path, dir: &Path, page: &str) -> serde_json::Value {
    let html = read(dir, page);
    let before = "<script>window.__errors=[];addEventListener('error',e=>__errors.push(String(e.message||\
        (e.target&&e.target.outerHTML))),true);</script>";
    let after = "<script>const root=document.documentElement,limit=root.getBoundingClientRect().width;\
        const wide=[...document.querySelectorAll('body *')].filter(e=>e.getBoundingClientRect().right>limit+1||\
        (e.tagName==='TABLE'&&e.scrollWidth>e.clientWidth+1)).map(e=>e.tagName.toLowerCase()+'.'+e.getAttribute('class'));\
        const out=document.createElement('pre');out.id='probe';out.textContent=JSON.stringify({limit,\
        scroll:root.scrollWidth,wide,errors:__errors,resources:performance.getEntriesByType('resource').length});\
        document.body.append(out);</script>";
    assert_eq!(html.matches("@media print {").count(), 1, "{page}: one print stylesheet");
    let probe = html
        .replacen("@media print {", "@media all {", 1)
        .replacen("</style>", &format!("html {{ width: {PRINTABLE_WIDTH}; }}</style>"), 1)
        .replacen("<head>", &format!("<head>{before}"), 1)
        .replacen("</body>", &format!("{after}</body>"), 1);
    let name = format!("probe-{page}");
    fs::write(dir.join(&name), probe).expect("write the probe");
    let output = headless(browser, dir, &["--timeout=30000".to_owned(), "--dump-dom".to_owned(), name]);
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom.rfind("<pre id=\"probe\">").expect("the probe ran") + "<pre id=\"probe\">".len();
    let end = dom[start..].find("</pre>").expect("closed") + start;
    let text = dom[start..end]
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    serde_json::from_str(&text).expect("the probe's JSON")
}

/// Asserts that the probe found nothing sticking out, no error and nothing fetched.
fn assert_fits(page: &str, found: &serde_json::Value) {
    let limit = found["limit"].as_f64().expect("a width");
    let scroll = found["scroll"].as_f64().expect("a width");
    assert!(scroll <= limit.ceil(), "{page}: {scroll}px wide on a {limit}px line: {found}");
    assert_eq!(found["wide"], serde_json::json!([]), "{page}: cut off sideways: {found}");
    assert_eq!(found["errors"], serde_json::json!([]), "{page}: errors: {found}");
    assert_eq!(found["resources"], 0, "{page}: fetched something: {found}");
}

#[test]
fn renders_in_chromium_and_prints_on_a4_without_a_table_cut_off() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: no Chromium installed (set CHROMIUM to one)");
        return;
    };
    let temp = tempfile::tempdir().expect("a temporary directory");
    site(&fixture("progress"), temp.path(), &["--lang", "es"]);
    for page in ["index.html", "area-3.1.html"] {
        assert_fits(page, &probe(&browser, temp.path(), page));
    }
    // The probe can fail: a table wider than the paper is caught.
    let index = read(temp.path(), "index.html");
    let wide =
        index.replacen("<table class=\"counts\">", "<table class=\"counts\" style=\"width: 300mm\">", 1);
    fs::write(temp.path().join("wide.html"), wide).expect("write");
    let found = probe(&browser, temp.path(), "wide.html");
    assert!(found["wide"].as_array().is_some_and(|wide| wide.iter().any(|e| e == "table.counts")), "{found}");
    // Printed for real: A4 landscape pages (841.92 × 594.96 points), more than one.
    let pdf = temp.path().join("index.pdf");
    let args = [
        "--no-pdf-header-footer".to_owned(),
        format!("--print-to-pdf={}", pdf.display()),
        "index.html".to_owned(),
    ];
    let output = headless(&browser, temp.path(), &args);
    let bytes =
        fs::read(&pdf).unwrap_or_else(|_| panic!("no PDF: {}", String::from_utf8_lossy(&output.stderr)));
    let text = String::from_utf8_lossy(&bytes);
    let boxes: Vec<&str> = text.match_indices("/MediaBox [").map(|(at, _)| &text[at..at + 40]).collect();
    assert!(boxes.len() > 1, "{boxes:?}");
    for media_box in boxes {
        let numbers: Vec<f64> = media_box["/MediaBox [".len()..]
            .split(']')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        assert_eq!(numbers.len(), 4, "{media_box}");
        assert!(
            (numbers[2] - 841.92).abs() < 1.0 && (numbers[3] - 594.96).abs() < 1.0,
            "not A4 landscape: {media_box}"
        );
    }
}

#[test]
fn the_examples_of_the_site_docs_run_as_shown() {
    let docs = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/site.md")).expect("docs");
    let block = docs.split("```sh\n").nth(1).and_then(|rest| rest.split("```").next()).expect("a block");
    let root = repository_copy();
    let mut ran = 0;
    for line in block.lines() {
        let command = line.split(" # ").next().unwrap_or_default();
        let words: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(words.first(), Some(&"workplan"), "{line}");
        workplan().current_dir(root.path()).args(&words[1..]).assert().success();
        assert!(root.path().join("public/index.html").is_file(), "{line}");
        ran += 1;
    }
    assert_eq!(ran, 3);
    assert!(read(&root.path().join("public"), "index.html").contains("on 15 July 2022.</footer>"));
}
