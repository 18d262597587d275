//! Deterministic synthetic plans for benchmarks: `areas` areas of `activities` activities each,
//! with realistic Spanish text (accents included), every schedule form, and some progress.
//!
//! The same arguments always give byte-identical files, so figures are comparable run to run.

use std::fmt::Write as _;
use std::path::Path;

const WORDS: &[&str] = &[
    "webinar",
    "regional",
    "reunión",
    "grupo",
    "trabajo",
    "interoperabilidad",
    "transfronteriza",
    "firma",
    "digital",
    "documento",
    "políticas",
    "públicas",
    "innovación",
    "tecnologías",
    "emergentes",
    "ciudadanía",
    "datos",
    "abiertos",
    "ciberseguridad",
    "medición",
    "gobierno",
    "países",
    "región",
    "apertura",
    "intercambio",
    "técnico",
    "actualización",
    "elaboración",
    "consolidación",
    "capacitación",
    "guía",
    "estrategia",
];
const PLACES: &[&str] =
    &["Virtual.", "Intercambios virtuales.", "A definir o virtual.", "Lima, Perú.", "Bogotá, Colombia."];
const RESOURCES: &[&str] = &[
    "Tiempo del grupo de trabajo.",
    "Fondos del BPR del BID y tiempo de trabajo de las agencias participantes.",
    "Tiempo de trabajo del Comité Ejecutivo.",
];

/// A small linear congruential generator: enough variety, no dependency, fully reproducible.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

/// Writes `plan.toml` and one file per area into `dir`, which must exist.
pub fn write_plan(dir: &Path, areas: usize, activities: usize) -> std::io::Result<()> {
    std::fs::write(dir.join("plan.toml"), plan_file())?;
    let mut rng = Lcg(0x5eed);
    for area in 1..=areas {
        let text = area_file(&mut rng, area, activities);
        std::fs::write(dir.join(format!("3.{area}-area-sintetica-{area}.toml")), text)?;
    }
    Ok(())
}

fn plan_file() -> String {
    "schema = 1\n\norganisation = \"Red de prueba\"\ntitle = \"Plan sintético 2022\"\nyear = 2022\n\n\
     background = \"Plan generado para medir el rendimiento.\"\npurpose = \"Medición.\"\n\n\
     [approval]\nby = \"Asamblea de prueba\"\non = 2021-11-18\n\n\
     [committee]\nname = \"Comité de prueba\"\nmembers = [\"Perú\", \"México\"]\nchair = \"Perú\"\n"
        .to_owned()
}

fn area_file(rng: &mut Lcg, area: usize, activities: usize) -> String {
    let mut text = String::with_capacity(activities * 260);
    let name = sentence(rng, 3);
    let _ = write!(
        text,
        "schema = 1\n\nnumber = \"3.{area}\"\nname = \"{name}\"\nobjective = \"{}\"\n",
        sentence(rng, 25)
    );
    for activity in 1..=activities {
        let title = sentence(rng, 8);
        let place = rng.pick(PLACES);
        let (schedule, (first, last)) = schedule(rng);
        let resources = rng.pick(RESOURCES);
        let _ = write!(
            text,
            "\n[[activity]]\nnumber = \"3.{area}.{activity}\"\ntitle = \"{title}\"\nplace = \"{place}\"\n\
             {schedule}resources = \"{resources}\"\n",
        );
        if rng.next().is_multiple_of(4) {
            let month = first + (rng.next() % (last - first + 1) as usize) as u32;
            let _ = writeln!(text, "done = [\n  {{ on = 2022-{month:02}-{:02} }},\n]", 1 + rng.next() % 28);
        }
    }
    text
}

/// A schedule, and the months (first, last) in which a record of it is valid. One-day events
/// are in the second half, so that a plan checked at the end of the year has them all behind.
fn schedule(rng: &mut Lcg) -> (String, (u32, u32)) {
    match rng.next() % 7 {
        0 => ("schedule = \"2022-S1\"\n".into(), (1, 6)),
        1 => ("schedule = \"2022-S2\"\n".into(), (7, 12)),
        2 => ("schedule = \"2022\"\nevery = \"quarter\"\ntarget = 4\n".into(), (1, 12)),
        3 => ("schedule = \"to-be-defined\"\ntarget = 2\n".into(), (1, 12)),
        4 => ("schedule = \"as-needed\"\n".into(), (1, 12)),
        5 => {
            let month = 7 + rng.next() as u32 % 6;
            (format!("schedule = \"2022-{month:02}\"\n"), (month, month))
        }
        _ => ("schedule = \"2022\"\n".into(), (1, 12)),
    }
}

/// A capitalised sentence of `words` words ending in a period.
fn sentence(rng: &mut Lcg, words: usize) -> String {
    let mut text = String::new();
    for i in 0..words {
        let word = rng.pick(WORDS);
        if i == 0 {
            let mut chars = word.chars();
            text.extend(chars.next().into_iter().flat_map(char::to_uppercase));
            text.push_str(chars.as_str());
        } else {
            text.push(' ');
            text.push_str(word);
        }
    }
    text.push('.');
    text
}
