//! The work areas with their objective and activity counts.

use serde::Serialize;

use super::activities::json;
use super::{Format, Grid, Style};
use crate::i18n::{Label, Lang};
use crate::model::{Area, Status};

pub fn list(areas: &[Area], format: Format, lang: Lang, style: Style) -> anyhow::Result<String> {
    Ok(match format {
        Format::Table => grid(areas, lang).to_table(style),
        Format::Markdown => grid(areas, lang).to_markdown(),
        Format::Json => json(&areas.iter().map(JsonArea::of).collect::<Vec<_>>())?,
        Format::Csv => csv(areas)?,
    })
}

fn done_count(area: &Area) -> usize {
    area.activities.iter().filter(|a| a.status() == Status::Done).count()
}

fn grid(areas: &[Area], lang: Lang) -> Grid {
    let header = [Label::Number, Label::Name, Label::Objective, Label::Activities, Label::Done];
    let mut grid = Grid::new(header.iter().map(|label| lang.label(*label).to_owned()).collect());
    grid.main_column = Some(2);
    for area in areas {
        grid.push(vec![
            (area.number.to_string(), None),
            (area.name.clone(), None),
            (area.objective.clone(), None),
            (area.activities.len().to_string(), None),
            (done_count(area).to_string(), None),
        ]);
    }
    grid
}

#[derive(Serialize)]
struct JsonArea<'p> {
    number: String,
    name: &'p str,
    objective: &'p str,
    activities: usize,
    done: usize,
}

impl<'p> JsonArea<'p> {
    fn of(area: &'p Area) -> Self {
        JsonArea {
            number: area.number.to_string(),
            name: &area.name,
            objective: &area.objective,
            activities: area.activities.len(),
            done: done_count(area),
        }
    }
}

fn csv(areas: &[Area]) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["number", "name", "objective", "activities", "done"])?;
    for area in areas {
        writer.write_record(
            [
                area.number.to_string(),
                area.name.clone(),
                area.objective.clone(),
                area.activities.len().to_string(),
                done_count(area).to_string(),
            ]
            .map(super::csv_cell),
        )?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}
