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

/// Writes `bytes` as `name` in a new temporary directory.
fn file(name: &str, bytes: &[u8]) -> (PathBuf, tempfile::TempDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let path = temp.path().join(name);
    fs::write(&path, bytes).expect("written");
    (path, temp)
}

#[test]
fn an_xlsx_workbook_with_a_sheet_per_area_is_read() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let header = ["N°", "Actividad", "Fecha", "Lugar", "Recursos", "Responsable"];
    for (name, rows) in [
        ("Datos abiertos", vec![("Taller regional", "1er semestre 2024", "Virtual", "BID", "Chile")]),
        ("Ciberseguridad", vec![("Foro", "", "Lima", "", ""), ("Encuesta", "Q4 2024", "", "OEA", "")]),
    ] {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name).expect("named");
        for (column, text) in (0u16..).zip(header) {
            sheet.write_string(0, column, text).expect("written");
        }
        for (row, (title, when, place, resources, who)) in (1u32..).zip(rows) {
            sheet.write_number(row, 0, f64::from(row)).expect("written");
            sheet.write_string(row, 1, title).expect("written");
            if when.is_empty() {
                let day = ExcelDateTime::from_ymd(2024, 10, 15).expect("a date");
                sheet.write_datetime_with_format(row, 2, &day, &date).expect("written");
            } else {
                sheet.write_string(row, 2, when).expect("written");
            }
            for (column, text) in [(3, place), (4, resources), (5, who)] {
                if !text.is_empty() {
                    sheet.write_string(row, column, text).expect("written");
                }
            }
        }
    }
    let (doc, _temp) = file("plan-de-trabajo-2024.xlsx", &workbook.save_to_buffer().expect("saved"));
    let (plan, stdout, out) = import(&doc, &[]);
    assert_eq!(plan.info.year, 2024);
    let areas: Vec<_> = plan.areas.iter().map(|a| format!("{} {}", a.number, a.name)).collect();
    assert_eq!(areas, ["1.1 Datos abiertos", "1.2 Ciberseguridad"]);
    assert_eq!(
        rows(&plan),
        [
            "1.1.1 | Taller regional | Virtual | 2024-S1 | BID",
            "1.2.1 | Foro | Lima | 2024-10-15 | ",
            "1.2.2 | Encuesta |  | 2024-Q4 | OEA",
        ]
    );
    for expected in [
        "the plan's year, 2024, was taken from the name `plan-de-trabajo-2024.xlsx`",
        "row 1: the column `Responsable` has no place in a plan",
        "the area `Ciberseguridad` has no number: numbered 1.2",
    ] {
        assert!(stdout.contains(expected), "{expected} in\n{stdout}");
    }
    let area = fs::read_to_string(out.path().join("plan/1.1-datos-abiertos.toml")).expect("written");
    assert!(area.contains("# Sin interpretar (fila 2): Responsable: Chile"), "{area}");
}

#[test]
fn an_ods_sheet_with_section_rows_takes_its_year_from_the_dates() {
    let sheet: &[&[&str]] = &[
        &["Actividades de la Red", "", ""],
        &["Actividad", "Período", "Lugar"],
        &["3.1 Datos abiertos", "", ""],
        &["Taller regional", "marzo-2024", "Lima"],
        &["Encuesta", "II semestre 2024", ""],
        &["3.2) Ciberseguridad", "", ""],
        &["Foro", "15/10/2024", "Virtual"],
    ];
    let (doc, _temp) = file("actividades.ods", &crate::office::ods(&[("Hoja1", sheet)]));
    let (plan, stdout, _out) = import(&doc, &[]);
    assert_eq!(plan.info.year, 2024);
    assert_eq!(
        rows(&plan),
        [
            "3.1.1 | Taller regional | Lima | 2024-03 | ",
            "3.1.2 | Encuesta |  | 2024-S2 | ",
            "3.2.1 | Foro | Virtual | 2024-10-15 | "
        ]
    );
    assert!(
        stdout.contains("the plan's year, 2024, was taken from the dates, which all name it"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "row 1: no line names the plan; the first line was taken as its title: `Actividades de la Red`"
        ),
        "the line above the header is the title, and listed:\n{stdout}"
    );
}

#[test]
fn a_csv_in_latin_1_with_semicolons_and_an_area_column_needs_its_year() {
    let text = "Área;Nº;Actividad;Fecha;Observaciones\n\
                Datos abiertos;1;Taller regional;1er semestre;Con apoyo\n\
                Ciberseguridad;1;Foro;2do semestre;\n\
                Datos abiertos;2;Encuesta;Q3;\n";
    let (latin1, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    let (doc, temp) = file("actividades.csv", &latin1);
    let out = temp.path().join("plan");
    let stderr = stderr_of(workplan().arg("import").arg(&doc).arg("--out").arg(&out), 2);
    assert!(stderr.contains("does not say the plan's year"), "{stderr}");
    assert!(stderr.contains("--year 2024"), "{stderr}");
    assert!(!out.exists(), "nothing written");
    let (plan, stdout, _out) = import(&doc, &["--year", "2024"]);
    assert_eq!(
        rows(&plan),
        [
            "1.1.1 | Taller regional |  | 2024-S1 | ",
            "1.1.2 | Encuesta |  | 2024-Q3 | ",
            "1.2.1 | Foro |  | 2024-S2 | "
        ]
    );
    assert!(stdout.contains("line 1: the column `Observaciones` has no place"), "{stdout}");
}

#[test]
fn bad_spreadsheets_are_refused_and_nothing_is_written() {
    let refused = |name: &str, bytes: &[u8], expected: &str| {
        let (doc, temp) = file(name, bytes);
        let out = temp.path().join("plan");
        let stderr = stderr_of(workplan().arg("import").arg(&doc).arg("--out").arg(&out), 2);
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(!out.exists(), "{name}: nothing is written");
    };
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.add_worksheet().write_string(0, 0, "Actividad").expect("written");
    let mut broken = workbook.save_to_buffer().expect("saved");
    broken.truncate(broken.len() / 2);
    refused("plan-2024.xlsx", &broken, "is not a readable spreadsheet");
    refused("plan-2024.ods", b"PK\x03\x04 no zip", "is not a readable spreadsheet");
    let mut empty = rust_xlsxwriter::Workbook::new();
    empty.add_worksheet();
    refused("vacio-2024.xlsx", &empty.save_to_buffer().expect("saved"), "is empty");
    refused("utf16.csv", b"A\x00c\x00t\x00;\x00F\x00\n\x00", "utf16.csv:1: control characters");
    refused("sin-encabezado-2024.csv", b"Taller;Lima\nForo;Quito\n", "no activity was found");
    refused("solo-encabezado-2024.csv", "Actividad;Fecha\n".as_bytes(), "no activity was found");
}

#[test]
fn a_sheet_without_title_or_areas_gets_plain_ones_and_lists_them() {
    let (doc, _temp) = file("actividades.csv", "Actividad;Fecha\nTaller;marzo 2024\n".as_bytes());
    let (plan, stdout, out) = import(&doc, &[]);
    assert_eq!((plan.info.title.as_str(), plan.info.year), ("Plan de Trabajo 2024", 2024));
    assert_eq!(plan.areas[0].name, "Actividades");
    assert!(stdout.contains("no title found: `Plan de Trabajo 2024` was written"), "{stdout}");
    assert!(stdout.contains("activities without an area: put in a new area 1.1"), "{stdout}");
    let validate =
        workplan().arg("--plan").arg(out.path().join("plan")).arg("validate").output().expect("runs");
    assert_eq!(validate.status.code(), Some(0), "the imported plan has no errors: {validate:?}");
}

#[test]
fn areas_and_activities_named_by_a_word_are_numbered_in_their_section() {
    let (plan, _stdout, _out) = import(&document("areas-con-nombre-2024.txt"), &[]);
    assert_eq!(plan.info.background, "El Eje 1 del plan anterior se cumplió.", "text, not an area");
    let areas: Vec<_> =
        plan.areas.iter().map(|a| format!("{} {} / {}", a.number, a.name, a.objective)).collect();
    assert_eq!(areas, ["2.1 Datos abiertos / Abrir datos.", "2.2 Ciberseguridad / "]);
    assert_eq!(
        rows(&plan),
        [
            "2.1.1 | Taller regional | Lima. | 2024-03/06 | BID.",
            "2.1.2 | Encuesta |  | 2024-S1 | ",
            "2.2.1 | Foro regional |  | 2024-S1 | ",
        ]
    );
}
