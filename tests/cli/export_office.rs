//! `workplan export --format docx` and `--format xlsx`, and the round trips through `import`.

use std::fs;
use std::io::Read;
use std::path::Path;

use workplan::i18n::Lang;

use crate::common::*;
use crate::export::round_trip;
use crate::import::assert_same_plan;

/// A part of a zip archive, as text.
fn part(archive: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(archive)).expect("a zip archive");
    let mut text = String::new();
    archive.by_name(name).expect("the part").read_to_string(&mut text).expect("text");
    text
}

#[test]
fn word_and_excel_exports_import_back_as_the_same_plan() {
    for plan in [real_plan(), approved_plan()] {
        round_trip(&plan, &["--format", "docx"], "docx");
        round_trip(&plan, &["--format", "docx", "--doc-lang", "en", "--with-status"], "docx");
        round_trip(&plan, &["--format", "xlsx"], "xlsx");
        round_trip(&plan, &["--format", "xlsx", "--doc-lang", "en"], "xlsx");
    }
    let progress = plan_with_progress();
    round_trip(progress.path(), &["--format", "docx", "--with-status"], "docx");
    round_trip(progress.path(), &["--format", "xlsx"], "xlsx");
}

#[test]
fn the_word_document_has_the_approved_structure() {
    let progress = plan_with_progress();
    let docx = round_trip(progress.path(), &["--format", "docx", "--with-status"], "docx");
    let document = part(&docx, "word/document.xml");
    for expected in [
        "<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Plan de Trabajo 2022</w:t>",
        "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1) Antecedentes</w:t>",
        "<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">3.1) Servicios transfronterizos</w:t>",
        "<w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t xml:space=\"preserve\">3.1.1) Dos pilotos de interoperabilidad regional</w:t>",
        ">Lugar: A definir o virtual.<",
        ">Fecha: 1er semestre 2022.<",
        ">Estado: en curso 2/4<",
        ">Realizada: 10 de marzo de 2022 — Primera reunión — 12 países<",
        "Trinidad &amp; Tobago",
    ] {
        assert!(document.contains(expected), "no `{expected}` in the document");
    }
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains("w:styleId=\"Heading3\"") && styles.contains("<w:lang w:val=\"es\"/>"));
    assert!(part(&docx, "[Content_Types].xml").contains("/word/styles.xml"));
}

#[test]
fn the_spreadsheet_has_a_row_per_activity_under_a_frozen_filtered_header() {
    let progress = plan_with_progress();
    let xlsx = round_trip(progress.path(), &["--format", "xlsx"], "xlsx");
    let sheet = part(&xlsx, "xl/worksheets/sheet2.xml");
    assert!(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), "{sheet}");
    assert!(sheet.contains("<autoFilter ref=\"A1:K38\"/>"), "37 activities under the header: {sheet}");
    let strings = part(&xlsx, "xl/sharedStrings.xml");
    for expected in [
        "Área",
        "Veces realizada",
        "3.3) Ciberseguridad",
        "10 de marzo de 2022 — Primera reunión — 12 países\n2 de junio de 2022",
        "1 de mayo de 2022 — Sin fondos",
        "en curso 2/4",
        "cancelada",
    ] {
        assert!(strings.contains(expected), "no `{expected}` in the spreadsheet");
    }
    let workbook = part(&xlsx, "xl/workbook.xml");
    assert!(workbook.contains("name=\"Plan\"") && workbook.contains("name=\"Actividades\""), "{workbook}");
}

#[test]
fn office_files_go_to_a_pipe_but_never_half_written_to_a_file() {
    let bytes = workplan_on(&approved_plan()).args(["export", "--format", "xlsx"]).assert().success();
    assert!(bytes.get_output().stdout.starts_with(b"PK\x03\x04"), "a zip archive on standard output");
    let temp = tempfile::tempdir().expect("temp dir");
    let missing = temp.path().join("no/such/dir/plan.docx");
    let stderr =
        stderr_of(workplan_on(&approved_plan()).args(["export", "--format", "docx", "-o"]).arg(&missing), 2);
    assert!(stderr.contains("plan.docx"), "{stderr}");
    assert!(!missing.exists());
}

/// LibreOffice, when installed, opens both files: it converts them to text with the plan in it.
#[test]
fn libreoffice_opens_the_exports() {
    let Ok(soffice) = which_soffice() else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let temp = tempfile::tempdir().expect("temp dir");
    for (format, convert, expected) in [
        ("docx", "txt:Text (encoded):UTF8", "3.1.1) Dos pilotos de interoperabilidad regional"),
        ("xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", "3.1) Servicios transfronterizos"),
    ] {
        let doc = temp.path().join(format!("plan.{format}"));
        workplan_on(&approved_plan()).args(["export", "--format", format, "-o"]).arg(&doc).assert().success();
        let status = std::process::Command::new(&soffice)
            .args(["--headless", "--convert-to", convert, "--outdir"])
            .arg(temp.path())
            .arg(&doc)
            .env("HOME", temp.path())
            .output()
            .expect("soffice runs");
        assert!(status.status.success(), "{status:?}");
        let extension = convert.split(':').next().unwrap_or_default();
        let text = fs::read_to_string(temp.path().join(format!("plan.{extension}"))).expect("converted");
        assert!(text.contains(expected), "{format}: {text}");
    }
}

/// What LibreOffice writes, `import` reads: the Word export saved again by LibreOffice, and the
/// spreadsheet saved as `.ods`, import as the same plan.
#[test]
fn files_saved_by_libreoffice_import_as_the_same_plan() {
    let Ok(soffice) = which_soffice() else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let temp = tempfile::tempdir().expect("temp dir");
    for (format, convert) in [("docx", "docx:MS Word 2007 XML"), ("xlsx", "ods")] {
        let doc = temp.path().join(format!("plan.{format}"));
        workplan_on(&approved_plan()).args(["export", "--format", format, "-o"]).arg(&doc).assert().success();
        let resaved = temp.path().join(format!("resaved-{format}"));
        let status = std::process::Command::new(&soffice)
            .args(["--headless", "--convert-to", convert, "--outdir"])
            .arg(&resaved)
            .arg(&doc)
            .env("HOME", temp.path())
            .output()
            .expect("soffice runs");
        assert!(status.status.success(), "{status:?}");
        let extension = convert.split(':').next().unwrap_or_default();
        let out = temp.path().join(format!("plan-from-{format}"));
        workplan()
            .arg("import")
            .arg(resaved.join(format!("plan.{extension}")))
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
        let load = |dir: &Path| workplan::load::load(dir, Lang::En).expect("loads").plan;
        assert_same_plan(&load(&out), &load(&approved_plan()));
    }
}

fn which_soffice() -> Result<std::path::PathBuf, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path).map(|dir| dir.join("soffice")).find(|p| p.is_file()).ok_or(())
}
