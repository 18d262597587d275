//! `workplan export`, and the round trip `import(export(plan))`.

use std::fs;
use std::path::Path;

use workplan::i18n::Lang;

use crate::common::*;
use crate::import::assert_same_plan;

#[test]
fn writes_the_approved_plan_as_the_document_reads() {
    let text = stdout_of(workplan_on(&approved_plan()).args(["export", "--format", "text"]));
    insta::assert_snapshot!("export_text", text);
    let markdown = stdout_of(workplan_on(&approved_plan()).args(["export"]));
    insta::assert_snapshot!("export_markdown", markdown);
}

#[test]
fn dates_are_written_in_the_document_s_words() {
    let text = stdout_of(workplan_on(&approved_plan()).args(["export", "--format", "text"]));
    for phrase in [
        "Fecha: 1er semestre 2022.",
        "Fecha: 2do semestre 2021.",
        "Fecha: Anual.",
        "Fecha: Trimestral (4 al año).",
        "Fecha: A definir (4 al año).",
        "Fecha: A definir.",
        "Fecha: Según necesidad.",
    ] {
        assert!(text.contains(phrase), "no `{phrase}` in\n{text}");
    }
    let english = stdout_of(workplan_on(&approved_plan()).args(["export", "--doc-lang", "en"]));
    assert!(english.contains("- **When:** Quarterly (4 a year)."), "{english}");
    assert!(english.contains("**Objective:** "), "{english}");
}

/// Exports `plan` with `args` to `plan.EXTENSION`, imports it, and checks the plan is unchanged;
/// the exported bytes.
pub fn round_trip(plan: &Path, args: &[&str], extension: &str) -> Vec<u8> {
    let temp = tempfile::tempdir().expect("temp dir");
    let doc = temp.path().join(format!("plan.{extension}"));
    workplan_on(plan).arg("export").args(args).arg("-o").arg(&doc).assert().success().stdout("");
    let out = temp.path().join("plan");
    workplan().arg("import").arg(&doc).arg("--out").arg(&out).assert().success();
    let load = |dir: &Path| workplan::load::load(dir, Lang::En).expect("loads").plan;
    assert_same_plan(&load(&out), &load(plan));
    fs::read(&doc).expect("written")
}

#[test]
fn the_real_plan_and_the_fixture_survive_a_round_trip() {
    for plan in [real_plan(), approved_plan()] {
        round_trip(&plan, &["--format", "markdown"], "md");
        round_trip(&plan, &["--format", "text"], "txt");
        round_trip(&plan, &["--format", "markdown", "--doc-lang", "en"], "md");
        round_trip(&plan, &["--format", "text", "--doc-lang", "en", "--with-status"], "txt");
        for lang in ["pt", "fr"] {
            round_trip(&plan, &["--format", "markdown", "--doc-lang", lang], "md");
            round_trip(&plan, &["--format", "text", "--doc-lang", lang, "--with-status"], "txt");
        }
    }
}

#[test]
fn with_status_adds_progress_that_survives_a_round_trip() {
    let plan = plan_with_progress();
    let document = stdout_of(workplan_on(plan.path()).args(["export", "--with-status", "--format", "text"]));
    assert!(document.contains("Estado: en curso 2/4"), "{document}");
    assert!(document.contains("Realizada: 10 de marzo de 2022 — Primera reunión — 12 países"), "{document}");
    assert!(document.contains("Realizada: 2 de junio de 2022\n"), "{document}");
    assert!(document.contains("Cancelada: 1 de mayo de 2022 — Sin fondos"), "{document}");
    let plain = stdout_of(workplan_on(plan.path()).args(["export", "--format", "text"]));
    assert!(!plain.contains("Estado:"), "progress only when asked for");
    round_trip(plan.path(), &["--with-status", "--format", "text"], "txt");
    round_trip(plan.path(), &["--with-status"], "md");
}

#[test]
fn a_plan_with_errors_is_not_exported() {
    let plan = copy_plan(&approved_plan());
    fs::write(plan.path().join("3.2-datos-abiertos.toml"), "schema = 1\nnumber = 3.2\n").expect("written");
    let stderr = stderr_of(workplan_on(plan.path()).arg("export"), 2);
    assert!(stderr.contains("the plan could not be read"), "{stderr}");
}

/// A document exported in Portuguese or French is imported with its notes in that language.
#[test]
fn a_portuguese_or_french_document_is_imported_in_its_language() {
    for (lang, header) in
        [("pt", "# Área 3.1 do Plan de Trabajo 2022"), ("fr", "# Axe 3.1 du Plan de Trabajo 2022")]
    {
        let temp = tempfile::tempdir().expect("temp dir");
        let doc = temp.path().join("plan.md");
        workplan_on(&approved_plan()).args(["export", "--doc-lang", lang, "-o"]).arg(&doc).assert().success();
        let out = temp.path().join("plan");
        workplan().env("LANG", "C").arg("import").arg(&doc).arg("--out").arg(&out).assert().success();
        let area =
            std::fs::read_to_string(out.join("3.1-servicios-transfronterizos.toml")).expect("an area file");
        assert!(area.starts_with(header), "{lang}: {area}");
    }
}

/// Issue 13, item 10: a title with a line break before "3.9.4) …" came back as two activities.
/// Text that would read as structure is escaped, and comes back exactly, in every format.
#[test]
fn text_that_looks_like_structure_comes_back_exactly() {
    let plan = copy_plan(&approved_plan());
    let file = plan.path().join("3.1-servicios-transfronterizos.toml");
    let text = fs::read_to_string(&file).expect("readable");
    let text = text
        .replace(
            "title = \"Dos pilotos de interoperabilidad regional\"",
            "title = \"Dos pilotos de interoperabilidad regional\\n3.9.4) Otra actividad\"",
        )
        .replace("place = \"A definir o virtual.\"", "place = \"Virtual. Fecha: marzo\\n3.10 Otra área\"")
        .replacen(
            "resources = \"Fondos del BPR del BID y tiempo de trabajo de las agencias participantes.\"",
            "resources = \"  Fondos del BID \\\\ **no** Lugar: Lima  \"",
            1,
        );
    fs::write(&file, text).expect("written");
    let document = stdout_of(workplan_on(plan.path()).args(["export", "--format", "text"]));
    assert!(
        document.contains("3.1.1) Dos pilotos de interoperabilidad regional↵3.9.4) Otra actividad\n"),
        "{document}"
    );
    assert!(document.contains("Lugar: Virtual. Fecha\\: marzo↵3.10 Otra área\n"), "{document}");
    assert!(document.contains("Recursos: \\  Fondos del BID \\ **no** Lugar: Lima  \\\n"), "{document}");
    assert!(!document.contains("\n3.9.4)"), "{document}");
    round_trip(plan.path(), &["--format", "text"], "txt");
    round_trip(plan.path(), &["--format", "markdown"], "md");
    round_trip(plan.path(), &["--format", "docx"], "docx");
    round_trip(plan.path(), &["--format", "xlsx"], "xlsx");
}
