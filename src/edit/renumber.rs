//! Putting an area's activities in a new order, numbered 1 to n.
//!
//! The `[[activity]]` tables move in the file, so that it stays in number order: each with the
//! comments before its header and any table of its own (`[activity.cancelled]`), nothing else
//! changed but the `number` values.

use std::collections::HashMap;

use toml_edit::{DocumentMut, Item, Table, Value};

use super::{EditError, line_endings};
use crate::number::Number;

/// The text of an area file whose activities are those of `order` (their current numbers, in
/// their new order), numbered `area.1` to `area.n` in that order. `order` must name every
/// activity of the file once.
pub fn renumber(text: &str, area: &Number, order: &[Number]) -> Result<String, EditError> {
    let layout = EditError::Layout { key: "activity" };
    let mut doc: DocumentMut = line_endings::to_lf(text).parse().map_err(|_| EditError::Invalid)?;
    let activities = doc.get_mut("activity").and_then(Item::as_array_of_tables_mut).ok_or(layout)?;
    // Taken out whole and found by number through a map, so that the cost is linear in the
    // number of activities (removing them one by one from the front, or searching the list for
    // each, took seconds at 20,000).
    let mut tables: Vec<Option<Table>> = std::mem::take(activities).into_iter().map(Some).collect();
    if tables.len() != order.len() {
        return Err(layout);
    }
    let mut by_number: HashMap<Number, usize> = HashMap::with_capacity(tables.len());
    for (index, table) in tables.iter().enumerate() {
        if let Some(number) = table.as_ref().and_then(number_of) {
            by_number.entry(number).or_insert(index);
        }
    }
    let mut positions: Vec<isize> = tables.iter().flatten().flat_map(positions).collect();
    positions.sort_unstable();
    let mut next_position = positions.into_iter();
    for (index, wanted) in order.iter().enumerate() {
        let slot = by_number.get(wanted).and_then(|at| tables.get_mut(*at));
        let mut table = slot.and_then(Option::take).ok_or(layout)?;
        set_number(&mut table, &area.child(u32::try_from(index + 1).unwrap_or(u32::MAX)))?;
        place(&mut table, &mut next_position);
        activities.push(table);
    }
    Ok(line_endings::restore(text, &doc.to_string()))
}

/// The number an `[[activity]]` table has.
fn number_of(table: &Table) -> Option<Number> {
    table.get("number").and_then(Item::as_str).and_then(|text| text.trim().parse().ok())
}

/// Replaces the `number` value, keeping the spaces and comment around it.
pub(super) fn set_number(table: &mut Table, number: &Number) -> Result<(), EditError> {
    let old =
        table.get_mut("number").and_then(Item::as_value_mut).ok_or(EditError::Layout { key: "number" })?;
    let decor = old.decor().clone();
    *old = Value::from(number.to_string());
    *old.decor_mut() = decor;
    Ok(())
}

/// Where a table and the tables under it stand in the document.
fn positions(table: &Table) -> Vec<isize> {
    let mut found = Vec::new();
    collect(table, &mut Vec::new(), &mut found);
    found.into_iter().map(|(position, _)| position).collect()
}

/// Gives a table and the tables under it the next positions, keeping their order: the document
/// is written in position order, so this is what moves them.
fn place(table: &mut Table, next: &mut impl Iterator<Item = isize>) {
    let mut own: Vec<(isize, TableRef)> = Vec::new();
    collect(table, &mut Vec::new(), &mut own);
    own.sort_by_key(|(position, _)| *position);
    for (_, path) in own {
        if let (Some(found), Some(position)) = (path.resolve(table), next.next()) {
            found.set_position(Some(position));
        }
    }
}

/// The way from an activity's table to one of the tables under it.
#[derive(Clone, Debug)]
struct TableRef(Vec<(String, Option<usize>)>);

impl TableRef {
    fn resolve<'t>(&self, mut table: &'t mut Table) -> Option<&'t mut Table> {
        for (key, index) in &self.0 {
            let item = table.get_mut(key)?;
            table = match index {
                None => item.as_table_mut()?,
                Some(index) => item.as_array_of_tables_mut()?.get_mut(*index)?,
            };
        }
        Some(table)
    }
}

fn collect(table: &Table, path: &mut Vec<(String, Option<usize>)>, found: &mut Vec<(isize, TableRef)>) {
    if let Some(position) = table.position() {
        found.push((position, TableRef(path.clone())));
    }
    for (key, item) in table.iter() {
        match item {
            Item::Table(sub) => {
                path.push((key.to_owned(), None));
                collect(sub, path, found);
                path.pop();
            }
            Item::ArrayOfTables(subs) => {
                for (index, sub) in subs.iter().enumerate() {
                    path.push((key.to_owned(), Some(index)));
                    collect(sub, path, found);
                    path.pop();
                }
            }
            Item::None | Item::Value(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: &str = "\
# Área 3.1
schema = 1
number = \"3.1\"

[[activity]]
number = \"3.1.1\"
title = \"Uno\"

[[activity]]
number = \"3.1.2\"  # segunda
title = \"Dos\"
[activity.cancelled]
on = 2022-05-01
reason = \"r\"

# Sobre la tercera.
[[activity]]
number = \"3.1.3\"
title = \"Tres\"
done = [
  { on = 2022-03-10 },
]

# fin
";

    fn numbers(list: &[&str]) -> Vec<Number> {
        list.iter().map(|n| n.parse().expect("a number")).collect()
    }

    fn area() -> Number {
        "3.1".parse().expect("a number")
    }

    #[test]
    fn tables_move_with_their_comments_and_subtables() {
        let moved = renumber(AREA, &area(), &numbers(&["3.1.3", "3.1.1", "3.1.2"])).expect("renumbered");
        let expected = "\
# Área 3.1
schema = 1
number = \"3.1\"

# Sobre la tercera.
[[activity]]
number = \"3.1.1\"
title = \"Tres\"
done = [
  { on = 2022-03-10 },
]

[[activity]]
number = \"3.1.2\"
title = \"Uno\"

[[activity]]
number = \"3.1.3\"  # segunda
title = \"Dos\"
[activity.cancelled]
on = 2022-05-01
reason = \"r\"

# fin
";
        assert_eq!(moved, expected);
    }

    #[test]
    fn the_same_order_gives_the_file_back_and_crlf_survives() {
        let order = numbers(&["3.1.1", "3.1.2", "3.1.3"]);
        assert_eq!(renumber(AREA, &area(), &order).expect("renumbered"), AREA);
        let crlf = AREA.replace('\n', "\r\n");
        let swapped = renumber(&crlf, &area(), &numbers(&["3.1.2", "3.1.1", "3.1.3"])).expect("renumbered");
        assert_eq!(swapped.matches('\n').count(), swapped.matches("\r\n").count());
    }

    #[test]
    fn gaps_close() {
        let gappy = AREA.replace("3.1.3", "3.1.7");
        let closed = renumber(&gappy, &area(), &numbers(&["3.1.1", "3.1.2", "3.1.7"])).expect("renumbered");
        assert_eq!(closed, AREA);
    }

    #[test]
    fn an_order_that_does_not_name_every_activity_is_refused() {
        let layout = Err(EditError::Layout { key: "activity" });
        assert_eq!(renumber(AREA, &area(), &numbers(&["3.1.1", "3.1.2"])), layout);
        assert_eq!(renumber(AREA, &area(), &numbers(&["3.1.1", "3.1.2", "3.1.9"])), layout);
        assert_eq!(
            renumber("schema = 1\nactivity = [{ number = \"3.1.1\" }]\n", &area(), &numbers(&["3.1.1"])),
            layout
        );
    }
}
