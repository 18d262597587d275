//! The canonical layout: which tables a file has, the order of their keys, and which keys are
//! written as tables, lists of one value per line, or long texts.
//!
//! The orders are those of `docs/format.md`; a test checks that they name exactly the keys the
//! loader knows.

/// What kind of plan file a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `plan.toml`.
    Plan,
    /// A work area's file.
    Area,
}

/// A table of the format, to know its keys' order and how each is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    PlanRoot,
    Approval,
    Committee,
    AreaRoot,
    Activity,
    Record,
    Cancellation,
    /// A table the format does not define: its keys keep their order.
    Other,
}

pub const PLAN_ORDER: &[&str] =
    &["schema", "organisation", "title", "year", "background", "purpose", "approval", "committee"];
pub const APPROVAL_ORDER: &[&str] = &["by", "on"];
pub const COMMITTEE_ORDER: &[&str] = &["name", "members", "chair"];
pub const AREA_ORDER: &[&str] = &["schema", "number", "name", "objective", "activity"];
pub const ACTIVITY_ORDER: &[&str] =
    &["number", "title", "place", "schedule", "every", "target", "resources", "allow", "done", "cancelled"];
pub const RECORD_ORDER: &[&str] = &["on", "note"];
pub const CANCELLATION_ORDER: &[&str] = &["on", "reason"];

impl FileKind {
    pub fn root(self) -> Shape {
        match self {
            FileKind::Plan => Shape::PlanRoot,
            FileKind::Area => Shape::AreaRoot,
        }
    }
}

/// How a key's value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `key = value` on one line.
    Inline,
    /// A `[key]` table.
    Table,
    /// `[[key]]` tables.
    Tables,
    /// `key = [` one value per line `]`.
    OnePerLine,
    /// A `"""` text starting on the next line.
    LongText,
}

impl Shape {
    /// The keys of this table in their canonical order.
    pub fn order(self) -> &'static [&'static str] {
        match self {
            Shape::PlanRoot => PLAN_ORDER,
            Shape::Approval => APPROVAL_ORDER,
            Shape::Committee => COMMITTEE_ORDER,
            Shape::AreaRoot => AREA_ORDER,
            Shape::Activity => ACTIVITY_ORDER,
            Shape::Record => RECORD_ORDER,
            Shape::Cancellation => CANCELLATION_ORDER,
            Shape::Other => &[],
        }
    }

    /// The shape of the table (or of each table of the list) under `key`.
    pub fn child(self, key: &str) -> Shape {
        match (self, key) {
            (Shape::PlanRoot, "approval") => Shape::Approval,
            (Shape::PlanRoot, "committee") => Shape::Committee,
            (Shape::AreaRoot, "activity") => Shape::Activity,
            (Shape::Activity, "done") => Shape::Record,
            (Shape::Activity, "cancelled") => Shape::Cancellation,
            _ => Shape::Other,
        }
    }

    pub fn form(self, key: &str) -> Form {
        match (self, key) {
            (Shape::PlanRoot, "approval" | "committee") => Form::Table,
            (Shape::PlanRoot, "background" | "purpose") => Form::LongText,
            (Shape::AreaRoot, "activity") => Form::Tables,
            (Shape::Activity, "done") => Form::OnePerLine,
            _ => Form::Inline,
        }
    }

    /// Which group of the root's keys `key` belongs to: a blank line separates groups.
    pub fn group(self, key: &str) -> usize {
        match (self, key) {
            (Shape::PlanRoot | Shape::AreaRoot, "schema") => 0,
            (Shape::PlanRoot, "organisation" | "title" | "year") => 1,
            (Shape::PlanRoot, "background") => 2,
            (Shape::PlanRoot, "purpose") => 3,
            (Shape::AreaRoot, "number" | "name" | "objective") => 1,
            (Shape::PlanRoot | Shape::AreaRoot, _) => 4,
            _ => 0,
        }
    }

    /// Where `key` goes among this table's keys: known keys in their order, others after them.
    pub fn rank(self, key: &str) -> usize {
        let order = self.order();
        order.iter().position(|known| *known == key).unwrap_or(order.len())
    }
}
