//! `workplan report --html`: one self-contained page, parsed back with an HTML5 parser.

use scraper::{Html, Selector};

use crate::common::*;

fn select<'h>(page: &'h Html, css: &str) -> Vec<scraper::ElementRef<'h>> {
    page.select(&Selector::parse(css).expect("a valid selector")).collect()
}

fn text(element: &scraper::ElementRef<'_>) -> String {
    element.text().collect::<String>()
}

/// The report of `plan`, written with `-o` into a temporary directory, parsed.
fn report(plan: &std::path::Path, args: &[&str]) -> (String, Html) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("report.html");
    let stderr = stderr_of(workplan_on(plan).args(args).args(["report", "--html", "-o"]).arg(&path), 0);
    assert!(stderr.contains("report.html"), "says where it wrote: {stderr}");
    let names: Vec<_> =
        std::fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names, ["report.html"], "no temporary file left behind");
    let html = std::fs::read_to_string(&path).expect("the report is written");
    let page = Html::parse_document(&html);
    (html, page)
}

#[test]
fn is_valid_html_with_the_plan_title() {
    let (html, page) = report(&fixture("progress"), &[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(page.errors.is_empty(), "HTML parse errors: {:?}", page.errors);
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("en"));
    assert!(text(&select(&page, "title")[0]).contains("Plan de Trabajo 2022 — Red GEALC"));
    assert_eq!(text(&select(&page, "h1")[0]), "Plan de Trabajo 2022");
    assert_eq!(select(&page, "meta[charset]")[0].value().attr("charset"), Some("utf-8"));
}

#[test]
fn has_one_row_per_activity_with_its_status() {
    let (_, page) = report(&fixture("progress"), &[]);
    let rows = select(&page, "table.activities tr.activity");
    assert_eq!(rows.len(), 37);
    let row = |number: &str| {
        select(&page, &format!("tr[id='activity-{number}']")).first().map(text).expect("a row")
    };
    assert!(row("3.1.2").contains("done"));
    assert!(row("3.1.3").contains("overdue"));
    assert!(row("3.3.4").contains("in progress 2/4"));
    assert!(row("3.3.4").contains("Con la participación de 14 países"), "records and notes are shown");
    assert!(row("3.6.3").contains("Sin fondos; se pospone a 2023"), "the reason for cancelling");
    let timeline_rows = select(&page, "table.timeline tbody tr:not(.area)");
    assert_eq!(timeline_rows.len(), 37, "the timeline has every activity too");
}

#[test]
fn has_an_inline_svg_chart_per_area() {
    let (_, page) = report(&fixture("progress"), &[]);
    let bars = select(&page, "svg.chart rect.fill");
    assert_eq!(bars.len(), 9, "one bar per area");
    let width = |index: usize| bars[index].value().attr("width").and_then(|w| w.parse::<u32>().ok());
    assert_eq!(width(3), Some(165), "3.4 is half done: half of the 330-wide track");
    assert_eq!(width(6), Some(0), "3.7 has nothing done");
    assert!(
        select(&page, "svg.chart title")
            .iter()
            .any(|t| text(t).contains("3.4 Medición del gobierno digital"))
    );
}

#[test]
fn is_self_contained_and_needs_no_script() {
    let (html, page) = report(&fixture("progress"), &[]);
    assert!(select(&page, "script").is_empty());
    assert!(select(&page, "link, img, iframe, object, embed, [src]").is_empty(), "no external assets");
    assert!(!html.contains("url("), "no external images in the styles");
    assert_eq!(select(&page, "style").len(), 1);
    assert!(html.contains("@media print"), "a print stylesheet");
    assert_eq!(html.matches("http").count(), 1, "only the SVG namespace");
}

#[test]
fn escapes_every_text_from_the_plan() {
    let plan = copy_plan(&approved_plan());
    let file = plan.path().join("3.9-reunion-anual-y-ministerial-de-la-red-gealc.toml");
    let text_of = std::fs::read_to_string(&file).expect("area file");
    let nasty = r#"<script>alert("x")</script> & <b>bold</b>"#;
    let changed = text_of.replace("title = \"Documentos de la reunión.\"", &format!("title = '{nasty}'"));
    assert_ne!(changed, text_of);
    std::fs::write(&file, changed).expect("write");
    let (html, page) = report(plan.path(), &[]);
    assert!(select(&page, "script, b").is_empty(), "the title stays text");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;"));
    assert!(text(&select(&page, "tr[id='activity-3.9.2']")[0]).contains(nasty));
    assert!(page.errors.is_empty(), "{:?}", page.errors);
}

#[test]
fn speaks_spanish_and_goes_to_standard_output_without_a_file() {
    let html = stdout_of(workplan_on(&fixture("progress")).args(["--lang", "es", "report", "--html"]));
    let page = Html::parse_document(&html);
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("es"));
    assert!(select(&page, "h2").iter().any(|h| text(h) == "Cronograma"));
    assert!(html.contains("al 15 de julio de 2022"));
}

#[test]
fn html_is_the_default_format() {
    let alone = stdout_of(workplan_on(&real_plan()).arg("report"));
    assert!(alone.starts_with("<!DOCTYPE html>"), "{alone}");
    assert_eq!(alone, stdout_of(workplan_on(&real_plan()).args(["report", "--html"])));
}

#[test]
fn an_unwritable_path_is_an_error_that_names_it() {
    let stderr = stderr_of(
        workplan_on(&real_plan()).args(["report", "--html", "-o", "/nonexistent/dir/report.html"]),
        2,
    );
    assert!(stderr.contains("cannot write `/nonexistent/dir/report.html`"), "{stderr}");
}
