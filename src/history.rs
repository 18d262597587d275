//! The plan's history: what each commit changed, in the plan's terms.
//!
//! `git log -- DIR` names the commits that touch the plan directory; each is compared with its
//! first parent by [`compare`], as `workplan diff` compares two revisions. Objects come from one
//! `git cat-file --batch` process, and each file version (blob) is decoded once and each
//! directory version (tree) assembled once, however many commits share them: a few thousand
//! commits read in well under a second (docs/performance.md).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::rc::Rc;

use crate::compare::{self, Change, Kind, Scope};
use crate::git::{CommitInfo, GitError, Objects, Repo, TreeEntry};
use crate::i18n::Lang;
use crate::load::{self, PLAN_FILE};
use crate::model::{Area, Plan, PlanInfo};
use crate::number::Number;

/// One commit of the history and what it changed.
#[derive(Debug)]
pub struct Entry {
    pub commit: CommitInfo,
    pub changes: Vec<Change>,
    /// The plan files this commit has that could not be read (`plan/3.3-x.toml`). Its changes
    /// are then not known: the next commit's are measured from the last version that could.
    pub unreadable: Vec<String>,
    /// Whether the plan did not exist before this commit (or had nothing in it).
    pub created: bool,
}

/// The plan directory as one commit has it.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub plan: Plan,
    /// Its files that could not be read, by their path from the top of the repository.
    pub unreadable: Vec<String>,
}

/// What one file version says.
enum Decoded {
    Info(PlanInfo),
    Area(Area),
    Unreadable,
}

/// Reads versions of the plan directory, remembering every file and directory version seen.
pub struct Reader<'r> {
    repo: &'r Repo,
    objects: Objects,
    lang: Lang,
    blobs: HashMap<String, Rc<Decoded>>,
    trees: HashMap<String, Rc<Snapshot>>,
    empty: Rc<Snapshot>,
}

impl<'r> Reader<'r> {
    pub fn new(repo: &'r Repo, lang: Lang) -> Result<Self, GitError> {
        Ok(Reader {
            repo,
            objects: repo.objects()?,
            lang,
            blobs: HashMap::new(),
            trees: HashMap::new(),
            empty: Rc::default(),
        })
    }

    /// The plan as `commit` has it; an empty plan where the directory or its `plan.toml` is
    /// missing.
    pub fn snapshot(&mut self, commit: &str) -> Result<Rc<Snapshot>, GitError> {
        Ok(self.snapshots(&[commit])?.pop().unwrap_or_else(|| Rc::clone(&self.empty)))
    }

    /// The plan as each of `commits` has it, read in two streams: the trees, then every file
    /// version not seen before.
    pub fn snapshots(&mut self, commits: &[&str]) -> Result<Vec<Rc<Snapshot>>, GitError> {
        let names: Vec<String> = commits.iter().map(|commit| self.repo.plan_tree(commit)).collect();
        let trees = self.objects.toml_files(&names)?;
        let mut wanted: Vec<&TreeEntry> = Vec::new();
        let mut asked = HashSet::new();
        for (tree, entries) in trees.iter().flatten() {
            if self.trees.contains_key(tree) {
                continue;
            }
            for entry in entries {
                if !self.blobs.contains_key(&entry.hash) && asked.insert(entry.hash.as_str()) {
                    wanted.push(entry);
                }
            }
        }
        let hashes: Vec<String> = wanted.iter().map(|entry| entry.hash.clone()).collect();
        let objects = self.objects.get_many(&hashes)?;
        for (entry, object) in wanted.into_iter().zip(objects) {
            let text = object.and_then(|object| String::from_utf8(object.body).ok());
            let decoded = Rc::new(self.decode(&entry.name, text));
            self.blobs.insert(entry.hash.clone(), decoded);
        }
        let mut snapshots = Vec::with_capacity(trees.len());
        for tree in trees {
            let Some((tree, entries)) = tree else {
                snapshots.push(Rc::clone(&self.empty));
                continue;
            };
            let snapshot = match self.trees.get(&tree) {
                Some(snapshot) => Rc::clone(snapshot),
                None => {
                    let snapshot = Rc::new(self.assemble(&entries));
                    self.trees.insert(tree, Rc::clone(&snapshot));
                    snapshot
                }
            };
            snapshots.push(snapshot);
        }
        Ok(snapshots)
    }

    /// The plan a tree's files make, each file decoded already.
    fn assemble(&self, entries: &[TreeEntry]) -> Snapshot {
        let mut snapshot = Snapshot::default();
        if !entries.iter().any(|entry| entry.name == PLAN_FILE) {
            return snapshot;
        }
        for entry in entries {
            match self.blobs.get(&entry.hash).map(|decoded| &**decoded) {
                Some(Decoded::Info(info)) => snapshot.plan.info = info.clone(),
                Some(Decoded::Area(area)) => snapshot.plan.areas.push(area.clone()),
                Some(Decoded::Unreadable) | None => {
                    snapshot.unreadable.push(format!("{}{}", self.repo.prefix, entry.name));
                }
            }
        }
        snapshot.plan.areas.sort_by(|a, b| a.number.cmp(&b.number));
        snapshot
    }

    /// What the file `name` says, given its text (`None` if it is not UTF-8).
    fn decode(&self, name: &str, text: Option<String>) -> Decoded {
        match text {
            None => Decoded::Unreadable,
            Some(text) if name == PLAN_FILE => {
                match load::load_texts(Path::new(""), vec![(PLAN_FILE.into(), text)], self.lang) {
                    Ok(loaded) if !loaded.has_errors() => Decoded::Info(loaded.plan.info),
                    _ => Decoded::Unreadable,
                }
            }
            Some(text) => load::decode_area(&text).map_or(Decoded::Unreadable, Decoded::Area),
        }
    }
}

/// What each commit reachable from `revision` changed in the plan, newest first. A commit whose
/// plan cannot be read says so, with no changes; the next one is compared with the last version
/// before it that could be read.
pub fn history(reader: &mut Reader<'_>, revision: &str) -> Result<Vec<Entry>, GitError> {
    let commits = reader.repo.history(revision)?;
    let mut wanted: Vec<&str> = commits.iter().map(|commit| commit.hash.as_str()).collect();
    // Parents are mostly commits of the list; those that are not (a commit that did not touch
    // the plan, before one that did) are read with them.
    let listed: HashSet<&str> = wanted.iter().copied().collect();
    wanted.extend(commits.iter().filter_map(|c| c.parent.as_deref()).filter(|p| !listed.contains(p)));
    let read = reader.snapshots(&wanted)?;
    let by_commit: HashMap<&str, Rc<Snapshot>> = wanted.iter().copied().zip(read).collect();
    let snapshot_of = |hash: &str| by_commit.get(hash).map_or_else(|| Rc::clone(&reader.empty), Rc::clone);
    let snapshots: Vec<Rc<Snapshot>> = commits.iter().map(|commit| snapshot_of(&commit.hash)).collect();
    let mut entries = Vec::with_capacity(commits.len());
    for (index, commit) in commits.iter().enumerate() {
        let new = &snapshots[index];
        if !new.unreadable.is_empty() {
            let unreadable = new.unreadable.clone();
            entries.push(Entry { commit: commit.clone(), changes: Vec::new(), unreadable, created: false });
            continue;
        }
        let parent = commit.parent.as_deref().map_or_else(|| Rc::clone(&reader.empty), snapshot_of);
        let old = if parent.unreadable.is_empty() {
            parent
        } else {
            let older = snapshots[index + 1..].iter().find(|snapshot| snapshot.unreadable.is_empty());
            older.map_or_else(|| Rc::clone(&reader.empty), Rc::clone)
        };
        let changes = compare::compare(&old.plan, &new.plan);
        let created = old.plan.areas.is_empty() && old.plan.info.title.is_empty();
        entries.push(Entry { commit: commit.clone(), changes, unreadable: Vec::new(), created });
    }
    Ok(entries)
}

/// Keeps, of each entry, the changes to the activity numbered `number` in the newest entry,
/// following it back through renumberings and moves to the commit that added it; entries left
/// with no change are dropped (those whose plan could not be read are kept: they may have
/// touched it).
pub fn follow(entries: Vec<Entry>, number: &Number) -> Vec<Entry> {
    let mut current = Some(number.to_string());
    let mut kept = Vec::new();
    for mut entry in entries {
        if !entry.unreadable.is_empty() {
            kept.push(entry);
            continue;
        }
        let Some(wanted) = current.clone() else { break };
        let is_it = |change: &Change| change.scope == Scope::Activity && change.number == wanted;
        let present = entry.changes.iter().any(|change| is_it(change) && change.kind != Kind::Removed);
        entry.changes.retain(|change| is_it(change) && (change.kind == Kind::Removed || present));
        for change in &entry.changes {
            match &change.kind {
                Kind::Renumbered { from, .. } => current = Some(from.clone()),
                Kind::Added { .. } => current = None,
                _ => {}
            }
        }
        if !entry.changes.is_empty() {
            kept.push(entry);
        }
    }
    kept
}

/// The number that the activity once numbered `number` has in the newest entry: followed
/// forward from the newest commit that took that number from it. An activity later removed
/// keeps the number it last had.
pub fn latest_number(entries: &[Entry], number: &Number) -> Number {
    let renumbered_from = |change: &Change, wanted: &str| matches!(&change.kind, Kind::Renumbered { from, .. } if from == wanted);
    let wanted = number.to_string();
    let left = entries.iter().position(|entry| {
        entry
            .changes
            .iter()
            .any(|c| renumbered_from(c, &wanted) || (c.kind == Kind::Removed && c.number == wanted))
    });
    let Some(left) = left else { return number.clone() };
    let mut current = wanted;
    for entry in entries[..=left].iter().rev() {
        match entry.changes.iter().find(|change| renumbered_from(change, &current)) {
            Some(change) => current = change.number.clone(),
            None if entry.changes.iter().any(|c| c.kind == Kind::Removed && c.number == current) => break,
            None => {}
        }
    }
    current.parse().unwrap_or_else(|_| number.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::When;

    fn entry(changes: Vec<Change>) -> Entry {
        let commit = CommitInfo {
            hash: "h".into(),
            parent: None,
            author: "A".into(),
            date: "2022-01-01".into(),
            subject: "s".into(),
        };
        Entry { commit, changes, unreadable: Vec::new(), created: false }
    }

    fn change(number: &str, kind: Kind) -> Change {
        Change { scope: Scope::Activity, number: number.into(), title: "T".into(), kind }
    }

    fn renumbered(from: &str, to: &str) -> Kind {
        Kind::Renumbered { from: from.into(), to: to.into() }
    }

    #[test]
    fn an_activity_is_followed_back_through_renumbering_to_its_creation() {
        let added = Kind::Added { when: When { schedule: None, every: None, target: None } };
        let entries = vec![
            entry(vec![
                change("3.1.4", renumbered("3.1.5", "3.1.4")),
                change("3.1.5", renumbered("3.1.4", "3.1.5")),
            ]),
            entry(vec![change("3.1.4", Kind::Removed)]),
            entry(vec![change(
                "3.1.5",
                Kind::Status { from: crate::model::Status::Pending, to: crate::model::Status::Done },
            )]),
            entry(vec![change("3.1.5", added.clone()), change("3.1.4", added)]),
            entry(vec![change("3.1.5", Kind::Removed)]),
        ];
        let kept = follow(entries, &"3.1.4".parse().expect("number"));
        let numbers: Vec<Vec<&str>> =
            kept.iter().map(|e| e.changes.iter().map(|c| c.number.as_str()).collect()).collect();
        assert_eq!(numbers, [vec!["3.1.4"], vec!["3.1.5"], vec!["3.1.5"]]);
        assert!(matches!(kept[2].changes[0].kind, Kind::Added { .. }));
    }

    #[test]
    fn a_number_left_behind_leads_to_the_activitys_number_now() {
        let entries = vec![
            entry(vec![change("3.7.6", renumbered("3.7.5", "3.7.6"))]),
            entry(vec![change("3.3.4", Kind::Removed)]),
            entry(vec![change("3.7.5", renumbered("3.3.5", "3.7.5"))]),
        ];
        let number = |text: &str| text.parse::<Number>().expect("number");
        assert_eq!(latest_number(&entries, &number("3.3.5")), number("3.7.6"));
        assert_eq!(latest_number(&entries, &number("3.3.4")), number("3.3.4"));
        assert_eq!(latest_number(&entries, &number("3.9.9")), number("3.9.9"));
    }

    #[test]
    fn a_removed_activity_is_found_by_its_last_number() {
        let entries =
            vec![entry(vec![change("3.9.3", Kind::Removed), change("3.9.4", renumbered("3.9.5", "3.9.4"))])];
        let kept = follow(entries, &"3.9.3".parse().expect("number"));
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].changes, [change("3.9.3", Kind::Removed)]);
    }
}
