//! `workplan import`.

use std::fs;
use std::path::{Path, PathBuf};

use workplan::i18n::Lang;
use workplan::model::Plan;

use crate::common::*;

/// The approved 2022 document in one of its formats.
fn document(extension: &str) -> PathBuf {
    fixture("import").join(format!("red-gealc-plan-de-trabajo-2022.{extension}"))
}

fn load(dir: &Path) -> Plan {
    let loaded = workplan::load::load(dir, Lang::En).expect("the plan loads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.plan
}

/// Compares two plans field by field: all of `PlanInfo`, every area and every activity.
pub fn assert_same_plan(got: &Plan, want: &Plan) {
    let (g, w) = (&got.info, &want.info);
    assert_eq!(g.organisation, w.organisation);
    assert_eq!(g.title, w.title);
    assert_eq!(g.year, w.year);
    assert_eq!(g.background, w.background);
    assert_eq!(g.purpose, w.purpose);
    let approval = |p: &Plan| p.info.approval.as_ref().map(|a| (a.by.clone(), a.on));
    assert_eq!(approval(got), approval(want));
    let committee =
        |p: &Plan| p.info.committee.as_ref().map(|c| (c.name.clone(), c.members.clone(), c.chair.clone()));
    assert_eq!(committee(got), committee(want));
    assert_eq!(got.areas.len(), want.areas.len());
    for (g, w) in got.areas.iter().zip(&want.areas) {
        assert_eq!((&g.number, &g.name, &g.objective), (&w.number, &w.name, &w.objective));
        assert_eq!(g.activities.len(), w.activities.len(), "activities of {}", w.number);
        for (g, w) in g.activities.iter().zip(&w.activities) {
            let number = w.number_text();
            assert_eq!(g.number, w.number);
            assert_eq!(g.title, w.title, "{number}");
            assert_eq!(g.place, w.place, "{number}");
            assert_eq!(g.schedule, w.schedule, "{number}");
            assert_eq!(g.every, w.every, "{number}");
            assert_eq!(g.target, w.target, "{number}");
            assert_eq!(g.resources, w.resources, "{number}");
            assert_eq!(g.done, w.done, "{number}");
            assert_eq!(g.cancelled, w.cancelled, "{number}");
        }
    }
}

/// The one line the importer writes differently from the hand-written fixture: its own note on
/// a target it added up, where the fixture has a person's explanation.
const OWN_COMMENT: &str = "target = 8  # cuatro + cuatro, según el título";
const FIXTURE_COMMENT: &str =
    "target = 8  # al menos cuatro reuniones de cada uno de los dos grupos de trabajo";

/// Every file written is the fixture's, byte for byte, but for that comment.
fn assert_same_files(dir: &Path) {
    let names = |dir: &Path| {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("listable")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(dir), names(&approved_plan()));
    for name in names(dir) {
        let got = fs::read_to_string(dir.join(&name)).expect("written");
        let want = fs::read_to_string(approved_plan().join(&name)).expect("fixture");
        if name.starts_with("3.1-") {
            assert!(got.contains(OWN_COMMENT), "{got}");
            assert_eq!(got.replace(OWN_COMMENT, FIXTURE_COMMENT), want, "{name}");
        } else {
            assert_eq!(got, want, "{name} differs from the fixture");
        }
    }
}

fn imports_as_the_approved_fixture(extension: &str) {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("plan");
    workplan().arg("import").arg(document(extension)).arg("--out").arg(&out).assert().success();
    assert_same_plan(&load(&out), &load(&approved_plan()));
    assert_same_files(&out);
}

#[test]
fn the_2022_text_imports_as_the_approved_fixture() {
    imports_as_the_approved_fixture("txt");
}

#[test]
fn the_2022_markdown_imports_as_the_approved_fixture() {
    imports_as_the_approved_fixture("md");
}

#[test]
fn the_2022_word_document_imports_as_the_approved_fixture() {
    imports_as_the_approved_fixture("docx");
}

#[test]
fn windows_1252_text_is_read_with_a_notice() {
    let temp = tempfile::tempdir().expect("temp dir");
    let utf8 = fs::read_to_string(document("txt")).expect("fixture");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&utf8);
    assert!(!unmappable, "the 2022 text fits in Windows-1252");
    let doc = temp.path().join("plan-1252.txt");
    fs::write(&doc, &bytes).expect("written");
    let out = temp.path().join("plan");
    let stderr = stderr_of(workplan().arg("import").arg(&doc).arg("--out").arg(&out), 0);
    assert!(stderr.contains("is not UTF-8 text; it was read as Windows-1252"), "{stderr}");
    assert_same_plan(&load(&out), &load(&approved_plan()));
}

#[test]
fn the_summary_lists_areas_and_every_doubt() {
    let temp = tempfile::tempdir().expect("temp dir");
    fs::copy(document("txt"), temp.path().join("plan-2022.txt")).expect("copied");
    let mut command = workplan();
    command.current_dir(temp.path()).args(["import", "plan-2022.txt", "--out", "plan"]);
    insta::assert_snapshot!("import_summary_en", stdout_of(&mut command));
    let mut command = workplan();
    command.current_dir(temp.path()).args(["--lang", "es", "import", "plan-2022.txt", "--out", "otro"]);
    insta::assert_snapshot!("import_summary_es", stdout_of(&mut command));
}

#[test]
fn text_it_cannot_read_is_kept_in_the_files_and_listed() {
    let temp = tempfile::tempdir().expect("temp dir");
    let doc = temp.path().join("plan.md");
    let text = "# Plan de Trabajo 2023\n\nXV Asamblea Anual de la Red GEALC  \n20 de noviembre de 2022\n\n\
                ## 3) Áreas de trabajo\n\n### 3.1) Datos abiertos\n\n**Objetivo:** Abrir datos.\n\n\
                #### 3.1.1) Taller regional\n\n- **Lugar:** Lima\n- **Fecha:** cuando haya fondos\n\
                - **Responsable:** Perú\n\n#### 3.1.2) Webinar\n\n- **Fecha:** 2do. semestre\n";
    fs::write(&doc, text).expect("written");
    let out = temp.path().join("plan");
    let stdout = stdout_of(workplan().arg("import").arg(&doc).arg("--out").arg(&out));
    assert!(stdout.contains("the date `cuando haya fondos` was not understood"), "{stdout}");
    assert!(
        stdout.contains("line 16, 3.1.1: not understood, kept as a comment: `Responsable: Perú`"),
        "{stdout}"
    );
    assert!(stdout.contains("`2do. semestre` names no year; 2023, the plan's year, was taken"), "{stdout}");
    let area = fs::read_to_string(out.join("3.1-datos-abiertos.toml")).expect("written");
    assert!(area.contains("# Sin interpretar (línea 15): Fecha: cuando haya fondos\n"), "{area}");
    assert!(area.contains("# Sin interpretar (línea 16): Responsable: Perú\n"), "{area}");
    let plan = load(&out);
    let activities = &plan.areas[0].activities;
    assert_eq!(activities[0].schedule, None, "an unread date is left out, not guessed");
    assert_eq!(activities[1].schedule.map(|s| s.to_string()).as_deref(), Some("2023-S2"));
}

/// Runs `import` expecting it to fail with exit 2, and returns standard error.
fn refused(doc: &Path, out: &Path, lang: &str) -> String {
    let stderr = stderr_of(workplan().args(["--lang", lang, "import"]).arg(doc).arg("--out").arg(out), 2);
    assert!(!out.exists(), "nothing is written");
    stderr
}

#[test]
fn bad_documents_are_refused_in_both_languages() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("plan");
    let file = |name: &str, bytes: &[u8]| {
        let path = temp.path().join(name);
        fs::write(&path, bytes).expect("written");
        path
    };
    let empty = file("vacio.txt", b"");
    assert!(refused(&empty, &out, "en").contains("vacio.txt` is empty: there is no plan to import"));
    assert!(refused(&empty, &out, "es").contains("está vacío"));
    let blank = file("blanco.md", b"  \n\n\t\n");
    assert!(refused(&blank, &out, "en").contains("is empty: there is no plan to import"));
    let letter = file("carta.txt", "Estimados:\n\nLes escribo para…\n".as_bytes());
    assert!(refused(&letter, &out, "en").contains("has no numbered work areas"));
    assert!(refused(&letter, &out, "es").contains("no tiene áreas de trabajo numeradas"));
    let corrupt = file("plan.docx", b"PK\x03\x04 this is no zip archive");
    assert!(refused(&corrupt, &out, "en").contains("is not a readable Word document"));
    assert!(refused(&corrupt, &out, "es").contains("no es un documento de Word legible"));
    let not_zip = file("viejo.docx", b"\xd0\xcf\x11\xe0 an old .doc file");
    assert!(refused(&not_zip, &out, "en").contains("is not a readable Word document"));
    let mut truncated = fs::read(document("docx")).expect("fixture");
    truncated.truncate(truncated.len() / 2);
    let truncated = file("cortado.docx", &truncated);
    assert!(refused(&truncated, &out, "en").contains("is not a readable Word document"));
    let huge = temp.path().join("enorme.txt");
    fs::File::create(&huge).and_then(|f| f.set_len(65 * 1024 * 1024)).expect("a sparse file");
    assert!(
        refused(&huge, &out, "en")
            .contains("is too large to be a plan document (65 MiB; the limit is 64 MiB)")
    );
    assert!(refused(&huge, &out, "es").contains("es demasiado grande"));
    let missing = temp.path().join("no-existe.txt");
    assert!(refused(&missing, &out, "en").contains("cannot read the document"));
    assert!(refused(&missing, &out, "es").contains("no se puede leer el documento"));
}

#[test]
fn an_existing_directory_is_replaced_only_with_force() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("plan");
    fs::create_dir(&out).expect("created");
    fs::write(out.join("3.10-vieja.toml"), "old").expect("written");
    fs::write(out.join("NOTAS.md"), "mine").expect("written");
    fs::write(out.join("Cargo.toml"), "[package]").expect("written");
    let stderr = stderr_of(workplan().arg("import").arg(document("txt")).arg("--out").arg(&out), 2);
    assert!(stderr.contains("already exists and is not empty"), "{stderr}");
    assert_eq!(fs::read_to_string(out.join("3.10-vieja.toml")).expect("kept"), "old", "nothing overwritten");
    assert!(!out.join("plan.toml").exists());

    let stdout =
        stdout_of(workplan().arg("import").arg(document("txt")).arg("--out").arg(&out).arg("--force"));
    assert!(stdout.contains("removed `3.10-vieja.toml`"), "{stdout}");
    assert!(!out.join("3.10-vieja.toml").exists(), "a stale plan file would be read as part of the plan");
    assert_eq!(fs::read_to_string(out.join("NOTAS.md")).expect("kept"), "mine", "other files are left alone");
    assert_eq!(fs::read_to_string(out.join("Cargo.toml")).expect("kept"), "[package]", "not an area file");
    fs::remove_file(out.join("Cargo.toml")).expect("removed");
    assert_same_plan(&load(&out), &load(&approved_plan()));
}

#[test]
fn an_empty_directory_is_used_and_a_file_is_refused() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("plan");
    fs::create_dir(&out).expect("created");
    workplan().arg("import").arg(document("txt")).arg("--out").arg(&out).assert().success();
    assert!(out.join("plan.toml").is_file());
    let file = temp.path().join("a-file");
    fs::write(&file, "x").expect("written");
    let stderr =
        stderr_of(workplan().arg("import").arg(document("txt")).arg("--out").arg(&file).arg("--force"), 2);
    assert!(stderr.contains("is a file, not a directory"), "{stderr}");
}

#[test]
fn the_format_can_be_named() {
    let temp = tempfile::tempdir().expect("temp dir");
    let doc = temp.path().join("plan.txt");
    fs::copy(document("md"), &doc).expect("copied");
    let out = temp.path().join("plan");
    workplan().arg("import").arg(&doc).args(["--from", "markdown", "--out"]).arg(&out).assert().success();
    assert_same_plan(&load(&out), &load(&approved_plan()));
}
