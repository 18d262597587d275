//! Tables of activities: a header row naming the columns, in any order and with the usual
//! synonyms, then one row per activity. Word and Markdown tables, CSV files and spreadsheet
//! sheets all come here as rows of cells.

use crate::text::fold;

use super::outline::Field;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// "N°", "Número": the activity's number, whole ("3.1.2") or within its area ("2").
    Number,
    /// "Actividad", "Descripción": the title.
    Activity,
    /// "Área": the work area, by number, name or both ("3.1 Datos abiertos").
    Area,
    /// A field the outline knows: place, date, resources, records, cancellation.
    Field(Field),
    /// "Meta": how many times.
    Target,
    /// What the plan derives rather than says ("Estado", "Veces realizada"): read and set aside.
    Derived,
    /// A column this importer has no place for ("Responsable"): kept as a comment.
    Other,
}

/// Header words, folded, and the column they name. A header names a column when it is one of
/// these, or starts with one of the single words ("Fecha prevista", "Descripción de la actividad").
const NAMES: &[(Column, &[&str])] = &[
    (Column::Number, &["n", "no", "nro", "num", "numero", "number", "item", "id", "codigo", "code", "#"]),
    (
        Column::Activity,
        &[
            "actividad",
            "actividades",
            "descripcion",
            "accion",
            "acciones",
            "titulo",
            "tarea",
            "tareas",
            "activity",
            "activities",
            "description",
            "title",
            "task",
            "tasks",
        ],
    ),
    (Column::Area, &["area", "areas", "eje", "ejes", "linea", "lineas", "tema", "work area"]),
    (Column::Field(Field::Place), &["lugar", "sede", "place", "venue", "location"]),
    (
        Column::Field(Field::Schedule),
        &[
            "fecha",
            "fechas",
            "periodo",
            "plazo",
            "plazos",
            "cuando",
            "calendario",
            "cronograma",
            "date",
            "dates",
            "when",
            "schedule",
            "period",
        ],
    ),
    (
        Column::Field(Field::Resources),
        &["recursos", "presupuesto", "financiamiento", "financiacion", "resources", "budget", "funding"],
    ),
    (Column::Target, &["meta", "metas", "target", "veces previstas"]),
    (Column::Derived, &["estado", "status", "veces realizada", "veces realizadas", "times done", "avance"]),
    (Column::Field(Field::Done), &["realizada", "realizado", "registros", "records", "done", "carried out"]),
    (Column::Field(Field::Cancelled), &["cancelada", "cancelado", "cancelled", "canceled"]),
];

/// The column a header cell names.
pub fn column(header: &str) -> Column {
    let key = key(header);
    if let Some((column, _)) = NAMES.iter().find(|(_, names)| names.contains(&key.as_str())) {
        return *column;
    }
    let first = key.split(' ').next().unwrap_or_default();
    let starts = |names: &[&str]| names.iter().any(|name| !name.contains(' ') && *name == first);
    let by_first_word = NAMES
        .iter()
        .filter(|(column, _)| {
            !matches!(column, Column::Derived | Column::Target | Column::Field(Field::Done))
        })
        .find(|(_, names)| starts(names));
    by_first_word.map_or(Column::Other, |(column, _)| *column)
}

/// A header folded to its words: "N°" is "n", "Descripción  de la actividad" is "descripcion de
/// la actividad", "#" stays "#".
fn key(header: &str) -> String {
    let folded: String = fold(header.trim()).chars().filter(|c| !matches!(c, 'º' | 'ª')).collect();
    if folded == "#" {
        return folded;
    }
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The columns of a header row: it must name the activity and at least one other thing this
/// importer reads, so that a table of figures is not taken for a plan. A column named twice
/// ("Actividad" and "Descripción") is read from the first; the second is kept as a comment.
pub fn header(cells: &[String]) -> Option<Vec<Column>> {
    let mut columns: Vec<Column> = Vec::new();
    for cell in cells {
        let column = column(cell);
        let repeated = !matches!(column, Column::Other | Column::Derived) && columns.contains(&column);
        columns.push(if repeated { Column::Other } else { column });
    }
    let has_activity = columns.contains(&Column::Activity);
    let known = columns.iter().filter(|c| !matches!(c, Column::Other | Column::Activity)).count();
    (has_activity && known >= 1).then_some(columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(row: &[&str]) -> Vec<String> {
        row.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn names_columns_by_their_usual_words() {
        assert_eq!(column("N°"), Column::Number);
        assert_eq!(column("Nº"), Column::Number);
        assert_eq!(column("#"), Column::Number);
        assert_eq!(column("Número de actividad"), Column::Number);
        assert_eq!(column("ACTIVIDAD"), Column::Activity);
        assert_eq!(column("Descripción de la actividad"), Column::Activity);
        assert_eq!(column("Área de trabajo"), Column::Area);
        assert_eq!(column("Período"), Column::Field(Field::Schedule));
        assert_eq!(column("Plazo"), Column::Field(Field::Schedule));
        assert_eq!(column("¿Cuándo?"), Column::Field(Field::Schedule));
        assert_eq!(column("Fecha prevista"), Column::Field(Field::Schedule));
        assert_eq!(column("Presupuesto (USD)"), Column::Field(Field::Resources));
        assert_eq!(column("Lugar"), Column::Field(Field::Place));
        assert_eq!(column("Meta"), Column::Target);
        assert_eq!(column("Estado"), Column::Derived);
        assert_eq!(column("Veces realizada"), Column::Derived);
        assert_eq!(column("Registros"), Column::Field(Field::Done));
        assert_eq!(column("Responsable"), Column::Other);
        assert_eq!(column("Observaciones"), Column::Other);
    }

    #[test]
    fn a_header_names_the_activity_and_something_else() {
        let header = header(&cells(&["Responsable", "Fecha", "Actividad", "N°"])).expect("a header");
        assert_eq!(header, [Column::Other, Column::Field(Field::Schedule), Column::Activity, Column::Number]);
        assert_eq!(super::header(&cells(&["Actividad", "Responsable"])), None, "nothing else read");
        assert_eq!(super::header(&cells(&["Lugar", "Fecha"])), None, "no activity");
        assert_eq!(super::header(&cells(&["Taller regional", "Lima", "2do semestre"])), None);
        assert_eq!(
            super::header(&cells(&["Actividad", "Descripción", "Fecha"])),
            Some(vec![Column::Activity, Column::Other, Column::Field(Field::Schedule)]),
            "the second title is kept as a comment"
        );
    }
}
