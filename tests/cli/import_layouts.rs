//! `workplan import` on plans laid out otherwise than the 2022 document: fields sharing a line,
//! labels in any case and without a colon, other date wordings, tables and spreadsheets.

use std::fs;
use std::path::{Path, PathBuf};

use workplan::i18n::Lang;
use workplan::model::Plan;

use crate::common::*;

fn document(name: &str) -> PathBuf {
    fixture("import").join(name)
}

/// Imports `doc` into a new directory; returns the plan read back and the summary printed.
fn import(doc: &Path, extra: &[&str]) -> (Plan, String, tempfile::TempDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("plan");
    let stdout = stdout_of(workplan().arg("import").arg(doc).args(extra).arg("--out").arg(&out));
    let loaded = workplan::load::load(&out, Lang::En).expect("the plan loads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    (loaded.plan, stdout, temp)
}

/// Each activity as "number | title | place | schedule | resources".
fn rows(plan: &Plan) -> Vec<String> {
    plan.activities()
        .map(|(_, a)| {
            let text = |t: &Option<std::sync::Arc<str>>| t.as_deref().unwrap_or_default().to_owned();
            format!(
                "{} | {} | {} | {} | {}",
                a.number_text(),
                a.title,
                text(&a.place),
                a.schedule.map(|s| s.to_string()).unwrap_or_default(),
                text(&a.resources)
            )
        })
        .collect()
}

#[test]
fn fields_on_one_line_lowercase_labels_and_other_date_forms_are_read() {
    let (plan, stdout, temp) = import(&document("otras-formas-2024.txt"), &[]);
    assert_eq!(plan.info.year, 2024, "the plan's year, not the approval's");
    assert_eq!(plan.info.title, "Plan de Trabajo 2024");
    let approval = plan.info.approval.as_ref().expect("approved");
    assert_eq!(
        (approval.by.as_str(), approval.on.to_string().as_str()),
        ("XVIII Asamblea Anual de la Red GEALC", "2023-11-20")
    );
    assert_eq!(
        rows(&plan),
        [
            "3.1.1 | Taller regional de datos abiertos. | Virtual. | 2024-S2 | Fondos propios.",
            "3.1.2 | Encuesta regional | Montevideo | 2024-10-15 | BID",
            "3.1.3 | Informe anual | Virtual | 2024-S2 | Tiempo de las agencias.",
            "3.3.1 | Foro de identidad digital | Lima | 2024-Q4 | OEA",
            "3.3.2 | Seminario |  | 2024-09 | ",
        ]
    );
    assert!(stdout.contains("area 3.2 has no activities"), "{stdout}");
    assert!(stdout.contains("not understood, kept as a comment: `Responsable: Perú`"), "{stdout}");
    let area = fs::read_to_string(temp.path().join("plan/3.3-identidad-digital.toml")).expect("written");
    assert!(area.contains("# Sin interpretar (línea 31): Responsable: Perú"), "{area}");
}

#[test]
fn a_plan_without_any_activity_is_refused() {
    let temp = tempfile::tempdir().expect("temp dir");
    let out = temp.path().join("plan");
    let doc = document("sin-actividades.txt");
    let stderr = stderr_of(workplan().arg("import").arg(&doc).arg("--out").arg(&out), 2);
    assert!(stderr.contains("has work areas but no activity was found in them"), "{stderr}");
    let stderr = stderr_of(workplan().args(["--lang", "es", "import"]).arg(&doc).arg("--out").arg(&out), 2);
    assert!(stderr.contains("tiene áreas de trabajo pero ninguna actividad"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn markdown_tables_are_read_by_their_header() {
    let (plan, stdout, temp) = import(&document("tablas-2024.md"), &[]);
    assert_eq!(plan.info.year, 2024);
    let areas: Vec<_> = plan.areas.iter().map(|a| format!("{} {}", a.number, a.name)).collect();
    assert_eq!(areas, ["3.1 Datos abiertos", "3.2 Ciberseguridad", "3.3 Identidad digital"]);
    assert_eq!(
        rows(&plan),
        [
            "3.1.1 | Taller regional de datos abiertos | Virtual | 2024-S1 | Fondos propios",
            "3.1.2 | Encuesta regional | Montevideo | 2024-09 | BID",
            "3.2.1 | Webinars de respuesta a incidentes |  | 2024-Q3 | ",
            "3.2.2 | Foro regional |  | 2024-10-15 | ",
        ]
    );
    assert_eq!(plan.areas[1].activities[0].target, Some(3), "the Meta column");
    for expected in [
        "the column `Responsable` has no place in a plan: kept as a comment on each activity",
        "the area `Ciberseguridad` has no number: numbered 3.2",
        "area 3.3 has no activities",
        "a table without a header row naming an `Actividad` column",
    ] {
        assert!(stdout.contains(expected), "{expected} in\n{stdout}");
    }
    let area = fs::read_to_string(temp.path().join("plan/3.1-datos-abiertos.toml")).expect("written");
    assert!(area.contains("# Sin interpretar (línea 14): Responsable: Uruguay"), "{area}");
    assert_eq!(area.matches("Responsable").count(), 1, "an empty cell is not kept");
}

#[test]
fn word_tables_are_read_by_their_header() {
    use crate::office::{docx, paragraph, table};
    let body = [
        paragraph("XVIII Asamblea Anual de la Red GEALC"),
        paragraph("20 de noviembre de 2023"),
        paragraph("PLAN DE TRABAJO 2024"),
        paragraph("3) Áreas de trabajo"),
        table(&[
            &["Área", "N°", "Descripción", "Período", "Lugar", "Presupuesto", "Observaciones"],
            &["3.1 Datos abiertos", "3.1.1", "Taller regional", "marzo 2024", "Lima", "BID", "Con la OEA"],
            &[
                "Ciberseguridad",
                "1",
                "Foro regional\nde ciberseguridad",
                "II semestre 2024",
                "Virtual",
                "",
                "",
            ],
            &["3.1 Datos abiertos", "3.1.2", "Encuesta", "todo el año", "", "Propios", ""],
        ]),
        table(&[&["Anexo", "Texto"], &["A", "B"]]),
    ]
    .concat();
    let temp = tempfile::tempdir().expect("temp dir");
    let doc = temp.path().join("plan.docx");
    fs::write(&doc, docx(&body)).expect("written");
    let (plan, stdout, out) = import(&doc, &[]);
    assert_eq!((plan.info.year, plan.info.title.as_str()), (2024, "Plan de Trabajo 2024"));
    let areas: Vec<_> = plan.areas.iter().map(|a| format!("{} {}", a.number, a.name)).collect();
    assert_eq!(areas, ["3.1 Datos abiertos", "3.2 Ciberseguridad"]);
    assert_eq!(
        rows(&plan),
        [
            "3.1.1 | Taller regional | Lima | 2024-03 | BID",
            "3.1.2 | Encuesta |  | 2024 | Propios",
            "3.2.1 | Foro regional de ciberseguridad | Virtual | 2024-S2 | ",
        ]
    );
    assert!(stdout.contains("paragraph 5: the column `Observaciones` has no place in a plan"), "{stdout}");
    assert!(stdout.contains("paragraph 34: a table without a header row"), "{stdout}");
    let area = fs::read_to_string(out.path().join("plan/3.1-datos-abiertos.toml")).expect("written");
    assert!(area.contains("# Sin interpretar (párrafo 12): Observaciones: Con la OEA"), "{area}");
}
