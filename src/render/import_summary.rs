//! What `import` tells its user: what it wrote, and every place it was unsure of.

use crate::i18n::{Label, Lang, Msg};
use crate::import::{Imported, Unit};
use crate::text::visible;

/// What was written where.
pub struct Written<'w> {
    pub document: &'w str,
    pub dir: &'w str,
    /// Name and text of each file, `plan.toml` first, then the areas in order.
    pub files: &'w [(String, String)],
    /// Plan files of an earlier plan that were removed.
    pub removed: &'w [String],
}

pub fn summary(imported: &Imported, written: &Written<'_>, lang: Lang) -> String {
    let plan = &imported.plan;
    let activities = plan.areas.iter().map(|a| a.activities.len()).sum();
    let imported_msg =
        Msg::Imported { file: written.document, dir: written.dir, areas: plan.areas.len(), activities };
    let mut lines = vec![lang.text(imported_msg)];
    for (area, (file, _)) in plan.areas.iter().zip(written.files.iter().skip(1)) {
        let number = area.number.to_string();
        let msg = Msg::ImportedArea {
            number: &number,
            name: &visible(&area.name),
            activities: area.activities.len(),
            file,
        };
        lines.push(format!("  {}", lang.text(msg)));
    }
    for file in written.removed {
        lines.push(format!("  {}", lang.text(Msg::Removed { file })));
    }
    lines.push(String::new());
    if imported.doubts.is_empty() {
        lines.push(lang.text(Msg::NothingToCheck));
    } else {
        lines.push(lang.text(Msg::ToCheck { count: imported.doubts.len() }));
        let unit = lang.label(match imported.unit {
            Unit::Line => Label::Line,
            Unit::Paragraph => Label::Paragraph,
            Unit::Row => Label::Row,
        });
        for doubt in &imported.doubts {
            let activity = doubt.activity.as_deref().map(|n| format!(", {n}")).unwrap_or_default();
            lines.push(format!("  {unit} {}{activity}: {}", doubt.at, visible(&lang.describe(&doubt.kind))));
        }
    }
    lines.push(String::new());
    lines.push(lang.text(Msg::CheckWithValidate { dir: written.dir }));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
