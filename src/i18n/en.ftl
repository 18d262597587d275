# workplan's words in English.
#
# One message per id; `{ $name }` is a value the program fills in. Counted words choose their form
# with CLDR plural categories: `{ $count -> [one] file *[other] files }`. Every id here exists in
# every catalogue with the same variables (the test suite checks it). See docs/cli.md, Languages.

## Table headers and labels

label-number = Number
label-title = Title
label-schedule = When
label-place = Place
label-resources = Resources
label-status = Status
label-area = Area
label-name = Name
label-objective = Objective
label-activities = Activities
label-done = Done
label-progress = Progress
label-record = Carried out
label-cancelled = Cancelled
label-note = Note
label-total = Total
label-in-progress = In progress
label-pending = Pending
label-overdue = Overdue
label-cancelled-count = Cancelled
label-period = Period
label-no-date-yet = No date yet
label-other-years = Other years
label-timeline = Timeline
label-progress-by-area = Progress by area
label-progress-by-period = Progress by period
label-overdue-status = overdue
label-planned = planned
label-today = today
label-earlier = earlier
label-later = later
label-line = line
label-paragraph = paragraph
label-background = Background
label-purpose = Purpose
label-work-areas = Work areas
label-organisation = Organisation
label-year = Year
label-the-plan = The plan
label-areas = Areas
label-added = Added
label-removed = Removed
label-renumbered = Renumbered
label-rescheduled = Rescheduled
label-edited = Edited
label-working-tree = the working tree
label-error = error
label-warning = warning
label-help = help
# `workplan site` (issue 19).
label-site-contents = The plan's pages and files
label-site-report = Report
label-site-plan-document = The plan as a document (Markdown)
label-site-word-document = The plan as a Word document (.docx)
label-site-spreadsheet = The activities as a spreadsheet (.xlsx)
label-site-calendar = Calendar to subscribe to (iCalendar)
label-site-data = The activities as data (JSON)

## Messages

no-plan-found = no plan found: no `plan/plan.toml` in `{ $start }` or any directory above it; pass `--plan DIR` or set WORKPLAN_DIR
cannot-open-dir = cannot open the plan directory `{ $dir }`
not-a-dir = `{ $dir }` is a file, not a plan directory
no-plan-file = `{ $dir }` has no `plan.toml`: is it a plan directory? (see docs/format.md)
plan-has-errors = the plan could not be read: { $count } { $count ->
        [one] error
       *[other] errors
    }
unknown-activity = there is no activity `{ $number }` in the plan; nearest: { $nearest }
not-an-activity-number = `{ $value }` is not an activity number: write it as in the plan, such as 3.1.2
no-activities = the plan has no activities
bad-semester = `{ $value }` is not a semester: write 1, 2 or a year and semester such as 2022-S1
bad-today = `{ $value }` is not a date: write it as YYYY-MM-DD
bad-date = `{ $value }` is not a date: write it as YYYY-MM-DD, such as 2022-03-10
date-in-future = `{ $date }` is after today ({ $today }): progress is recorded once it has happened
date-before-approval = `{ $date }` is before the plan was approved ({ $approved }): check the date
done-while-cancelled = { $number } was cancelled on { $on }: run `workplan reopen { $number }` to undo the cancellation, or pass --force to record it anyway
already-done = { $number } is already recorded as carried out on { $on }: pass --force to record it again
target-reached = { $number } already has { $done } of { $target } records, its target: pass --force to log one more
already-cancelled = { $number } is already cancelled (on { $on }): pass --force to replace its date and reason
nothing-to-reopen = { $number } has no record and is not cancelled: there is nothing to undo
empty-reason = the reason is empty: say why the activity is cancelled with --reason TEXT
read-only-file = `{ $file }` is read-only: workplan does not change a file marked read-only; make it writable (chmod u+w) to record progress
read-only-dir = the plan directory `{ $dir }` is read-only: workplan writes each change to a new file there and renames it over the old one; make the directory writable (chmod u+w)
cannot-write = cannot write `{ $file }`; it was left as it was
cannot-lock = cannot lock the plan directory `{ $dir }`
file-keeps-changing = `{ $file }` kept changing while workplan was editing it: nothing was written; try again once it is saved
cannot-edit = workplan cannot edit `{ $key }` of { $number } as `{ $file }` writes it: edit it by hand (see docs/format.md, Progress)
edit-not-valid = the edited `{ $file }` would not load: nothing was written (a bug in workplan; please report it)
ambiguous-number = `{ $file }` has more than one activity numbered { $number }: renumber them first (see `workplan validate`)
carried-out = carried out on { $date }
record-removed = removed the record of { $date }
no-longer-cancelled = no longer cancelled
cancelled-on = cancelled on { $date }
changed = { $number } { $title }: { $what } ({ $progress })
validate-summary = checked { $files } { $files ->
        [one] file
       *[other] files
    }, { $activities } { $activities ->
        [one] activity
       *[other] activities
    }{ $unread ->
        [0] {""}
        [one] , not counting those of { $unread } file that could not be read
       *[other] , not counting those of { $unread } files that could not be read
    }: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }{ $allowed ->
        [0] {""}
       *[other] {" "}({ $allowed } allowed)
    }
bad-horizon = `{ $value }` is not a time span: write a number of days (30 or 30d), weeks (2w) or months (3m)
as-of = { $title } — { $organisation }, as of { $date }
summary-note = Overdue: pending or in progress after the end of their planned period (part of those two columns). Progress: each activity not cancelled weighs the same; a counted one adds the share of its times carried out.
report-footer = Made with workplan { $version } on { $date }.
wrote = wrote `{ $path }`
calendar-written = wrote { $events } { $events ->
        [one] event
       *[other] events
    } to `{ $path }`
left-out = left out { $count } { $count ->
        [one] activity
       *[other] activities
    } with no date yet: { $numbers }
cannot-write-output = cannot write `{ $path }`
cannot-read-document = cannot read the document `{ $file }`
document-empty = `{ $file }` is empty: there is no plan to import
document-too-large = `{ $file }` is too large to be a plan document ({ $mib } MiB; the limit is { $limit } MiB)
document-has-no-areas = `{ $file }` has no numbered work areas: number them as in the approved plan, "3.1) Name" with activities "3.1.1) Title" (see docs/import.md)
document-not-zip = `{ $file }` is not a readable Word document ({ $reason }): save it again as .docx, or as plain text
document-not-word = `{ $file }` is a zip archive but not a Word document: it has no word/document.xml
document-bad-xml = the Word document `{ $file }` is damaged: { $reason }; save it again from Word
document-has-no-year = `{ $file }` does not say the plan's year: put it in the title ("Plan de Trabajo 2022") or add a line "Year: 2022" before the first section
read-as-windows1252 = notice: `{ $file }` is not UTF-8 text; it was read as Windows-1252 (Western European)
target-not-empty = `{ $dir }` already exists and is not empty: choose another directory, or pass --force to replace its plan files
target-not-a-dir = `{ $dir }` is a file, not a directory
imported = Imported `{ $file }` into `{ $dir }`: { $areas } { $areas ->
        [one] area
       *[other] areas
    }, { $activities } { $activities ->
        [one] activity
       *[other] activities
    }.
imported-area = { $number } { $name }: { $activities } { $activities ->
        [one] activity
       *[other] activities
    } ({ $file })
removed = removed `{ $file }`, which the document no longer has
to-check = To check ({ $count }):
nothing-to-check = Nothing to check: every line was understood.
check-with-validate = Next: workplan --plan { $dir } validate
kept-comment = Not understood ({ $unit } { $at }): { $text }
count-comment = { $words }, in the title
plan-file-header = { $title }: general data of the plan.
plan-file-layout = Each work area is in its own file ({ $first }-….toml, { $second }-….toml, …).
area-file-header = Area { $number } of the { $title }, as approved.
format-pointer = Format: docs/format.md
committee-line = { $name }: { $members }
committee-line-chaired = { $name }: { $members } (chaired by { $chair })
list-and = { $init } and { $last }
overview =
    workplan keeps an annual work plan as TOML files in a plan/ directory. To begin:

      workplan list               the activities (filters: --area 3.1, --semester 2, --status pending)
      workplan show 3.1.2         one activity in full
      workplan validate           check the plan for mistakes, with the line of each
      workplan done 3.1.2         record that an activity was carried out
      workplan summary            where the year stands

    `workplan --help` lists every command; `workplan COMMAND --help` explains one, with examples.
plan-directory = plan directory: `{ $dir }`
files-read = read { $files } { $files ->
        [one] file
       *[other] files
    }, { $activities } { $activities ->
        [one] activity
       *[other] activities
    } in { $millis } ms
finished = finished in { $millis } ms
man-pages-written = wrote { $count } man { $count ->
        [one] page
       *[other] pages
    } to `{ $dir }`
formatted = formatted `{ $file }`
all-formatted = { $count } plan { $count ->
        [one] file is
       *[other] files are
    } already formatted
need-formatting = { $count } plan { $count ->
        [one] file is
       *[other] files are
    } not formatted: run `workplan fmt`
format-would-change = formatting `{ $file }` would change what the plan says: nothing was written (a bug in workplan; please report it)
diff-heading = Changes to the plan from { $from } to { $to }
no-changes = No changes to the plan from { $from } to { $to }
not-a-git-repository = `{ $dir }` is not in a git repository: `diff`, `log` and `--rev` read the versions of a plan kept in git (see docs/history.md)
git-missing = cannot run `git`: install git, or check that it is on PATH
unknown-revision = unknown revision `{ $revision }`: name a commit, a branch or a tag (see `git log --oneline` and `git tag`)
git-failed = git failed: { $message }
no-plan-at-revision = there is no plan in `{ $dir }` at `{ $revision }` (no `plan.toml` there)
revision-has-errors = the plan at `{ $revision }` could not be read: { $count } { $count ->
        [one] error
       *[other] errors
    }
file-changes = Changes to the plan in { $path }
no-changes-to-file = No changes to what { $path } says (only its name, layout or comments changed)
driver-arguments = git-diff-driver takes the 7 or 9 arguments git gives an external diff driver, not { $count }: configure it as docs/ci.md shows
cannot-read = cannot read `{ $file }`
migrated = migrated `{ $file }` from version { $from } to { $to }
nothing-to-migrate = { $count } plan { $count ->
        [one] file is
       *[other] files are
    } already at version { $version }: nothing to migrate
migrate-not-toml = `{ $file }` is not valid TOML: `workplan validate` shows where; nothing was written
migrate-unknown-version = `{ $file }` says `schema = { $version }`, a version this workplan cannot migrate: upgrade workplan; nothing was written
migrate-wording = `{ $file }`: { $number } says `date = "{ $wording }"`, which workplan cannot read as a schedule: replace it with a `schedule` code by hand (see docs/format.md); nothing was written
migrate-no-year = `{ $file }` has an activity planned for the whole year, but plan.toml has no `year`: add it first; nothing was written
migration-leaves-errors = once migrated, the plan would still have { $count } { $count ->
        [one] error: nothing was written; fix it
       *[other] errors: nothing was written; fix them
    } and run `workplan migrate` again
renumber-other-area = cannot move { $from } to { $to }: `workplan renumber` moves an activity within its area ({ $area }); to move it to another area, move its [[activity]] table to that area's file by hand, then run `workplan renumber` on the last activity of each area to close the gaps
renumber-out-of-range = { $to } is out of range: area { $area } has { $count } { $count ->
        [one] activity
       *[other] activities
    }, numbered up to { $last }; nearest: { $nearest }
nothing-to-renumber = { $number } is already there and its area is numbered in order: nothing to do

# New-user fixes (issue 17).
unknown-area-number = there is no area `{ $area }` in the plan; nearest: { $nearest }
unknown-area-name = no area is numbered `{ $area }` or has it in its name: `workplan areas` lists them
unknown-area-name-near = no area is numbered `{ $area }` or has it in its name; did you mean { $nearest }?
no-activity-matches = no activity matches
semester-outside-plan-year = no activity matches: { $semester } is outside the plan's year, { $year } (write 1 or 2 for its semesters)
date-outside-plan-year = `{ $date }` is outside the plan's year, { $year }: check the date, or pass --force to record it in this plan all the same
overdue-count = { $count } overdue
undated-event = No date set yet: shown across { $year }, the plan's year, within which it is to be carried out

# `workplan site` (issue 19).
site-footer = Made with workplan { $version } from the plan as of { $date }, its latest record.
site-written = wrote the site in `{ $dir }`: { $files } { $files ->
        [one] file
       *[other] files
    }
site-not-empty = `{ $dir }` is not empty and holds no site written by workplan: nothing was written; choose a new or empty directory, or add --force to write the site among its files
site-not-directory = `{ $dir }` is not a directory: nothing was written; give --out a directory for the site
cannot-write-site = cannot write the site in `{ $dir }`

## Statuses, schedules and dates

status-pending = pending
status-in-progress = in progress
status-done = done
status-cancelled = cancelled
# No schedule at all, in a table cell.
schedule-none = —
schedule-to-be-defined = To be defined
schedule-as-needed = As needed
schedule-annual = Annual
# A schedule and how many times it happens: "Quarterly (4 a year)".
schedule-with-count = { $schedule } ({ $count })
times-a-year = { $times } a year
times = { $times } { $times ->
        [one] time
       *[other] times
    }
frequency-month = Monthly
frequency-quarter = Quarterly
frequency-semester = Half-yearly
period-year = Whole year { $year }
period-semester = { $semester ->
        [1] 1st
       *[2] 2nd
    } half { $year }
period-quarter = Q{ $quarter } { $year }
period-month = { $month } { $year }
quarter-short = Q{ $quarter }
# A day: "15 March 2022".
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# Table headers of months.
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## What a diff names as edited

field-organisation = organisation
field-title = title
field-year = year
field-background = background
field-purpose = purpose
field-approved-by = approved by
field-approved-on = approved on
field-committee = committee
field-members = committee members
field-chair = chair
field-name = name
field-objective = objective
field-place = place
field-resources = resources
field-target = times planned
field-allow = allowed warnings

## Why the system refused a file: English keeps the system's own words ($system).

io-reason = { $kind ->
       *[other] { $system }
    }

## Problems `validate` finds, each with a hint on what to do

place-plan-file = plan.toml
place-approval = [approval]
place-committee = [committee]
place-area-file = an area file
place-activity = an [[activity]]
place-record = a `done` record
place-cancellation = `cancelled`
expected-text = a text in quotes
expected-integer = a whole number
expected-date = a date such as 2022-03-15
expected-table = a table
expected-list-of-text = a list of texts in quotes
expected-list-of-tables = a list of tables
# A TOML value's type, as the parser names it ($found).
toml-type = { $found ->
        [string] text
        [integer] whole number
        [float] decimal number
        [datetime] date-time
        [array] list
       *[other] { $found }
    }
did-you-mean = did you mean `{ $known }`?
problem-not-utf8 = the file is not UTF-8 text (invalid byte at offset { $offset })
hint-not-utf8 = save the file as UTF-8 in your editor
problem-unreadable = the file cannot be read: { $reason }
hint-unreadable = check that it exists and that you may read it
problem-not-a-file = this is not a file, yet its name ends in .toml
hint-not-a-file = plan directories hold only plan files: rename or move it
problem-too-large = the file is too large to be a plan file ({ $mib } MiB; the limit is { $limit } MiB)
hint-too-large = split the area, or check that this is the file you meant
problem-syntax = invalid TOML: { $message }
problem-missing-schema = the file does not say its format version
hint-missing-schema = a file of version 0 (older than `schema = 1`) is upgraded by `workplan migrate`; else add `schema = 1` at the top of the file
problem-unsupported-schema = format version { $found } is not supported by this workplan (supported: { $supported })
hint-older-schema = run `workplan migrate` to upgrade the plan's files to the current version
hint-newer-schema = upgrade workplan, or check the `schema` number
problem-unknown-key = unknown key `{ $key }` in { $place }
hint-unknown-key = remove it, or see docs/format.md for the keys this format has
problem-missing-key = { $place } has no `{ $key }`
hint-missing-key = add `{ $key } = …`
problem-wrong-type = `{ $key }` must be { $expected }, not a { $found }
problem-out-of-range = `{ $key } = { $value }` is out of range
hint-year-range = write the plan's year with four digits, such as 2022
hint-count-range = `{ $key }` counts times: write a whole number from 1 up
problem-bad-number = `{ $value }` is not a valid number
hint-bad-number = numbers are whole numbers joined by dots, without leading zeros: 3.1.2
problem-bad-schedule = `{ $value }` is not a schedule this format knows
hint-bad-schedule = write one of: { $forms }
problem-impossible-schedule = `{ $value }` names a date or period that does not exist
hint-impossible-schedule = check the day, month, quarter (1-4) or semester (1-2)
problem-bad-frequency = `{ $value }` is not a frequency
hint-bad-frequency = write month, quarter or semester
problem-not-a-date = `{ $key }` must be a date alone
hint-not-a-date = write it as YYYY-MM-DD, without a time or time zone, e.g. 2022-03-15
problem-duplicate-area = area { $number } is already described in `{ $file }`
hint-duplicate-area = each area has exactly one file: merge the two or renumber one
problem-not-an-area-number = `{ $value }` is not an area number
hint-not-an-area-number = area numbers have two parts, such as 3.1
problem-unknown-check = `{ $name }` is not the name of a check
hint-unknown-check = the checks that can be allowed are: { $checks }
problem-not-allowable = `{ $name }` findings cannot be allowed
hint-not-allowable = correct the file instead; only these checks can be allowed: { $checks }
problem-number-gap = there is no { $missing }: the numbering jumps to { $next }
problem-number-gaps = there are no { $missing } to { $through }: the numbering jumps to { $next }
hint-number-gap = renumber so that the numbers run 1, 2, 3 … without gaps, or add what is missing
problem-duplicate-activity-number = activity number { $number } is already used at { $first }
hint-duplicate-activity-number = give each activity a number of its own
problem-not-in-area = activity number `{ $number }` does not belong to area { $area }
hint-not-in-area = activities of area { $area } are numbered { $area }.1, { $area }.2, …: renumber it, or move it to the file of its own area
problem-file-name-mismatch = area { $number } is in `{ $file }`, a file whose name does not start with its number
hint-file-name-mismatch = rename the file to `{ $number }-….toml`, or correct `number`
problem-stray-number-in-title = the title begins with a stray number, `{ $prefix }`
hint-stray-number-in-title = remove it from the title: the activity's number goes in `number`
problem-schedule-outside-year = scheduled for { $period } (`{ $code }`), outside the plan's year, { $year }
hint-schedule-moved = the plan covers { $year } only: did you mean `{ $code }`?
hint-schedule-outside-year = the plan covers { $year } only: move the activity into { $year }
problem-done-in-future = recorded as done on { $on }, after today ({ $today })
hint-done-in-future = record a completion once it has happened, or correct its date
problem-done-before-approval = recorded as done on { $on }, before the plan was approved ({ $approved })
hint-done-before-approval = correct the date: work done before the approval belongs to the previous plan
problem-done-outside-period = recorded as done on { $on }, outside its planned period ({ $planned })
hint-done-outside-period = correct the date, or update `schedule` if the activity was moved
problem-done-outside-plan-year = recorded as done on { $on }, outside the plan's year, { $year } (its schedule: { $schedule })
hint-done-outside-plan-year = correct the date: this plan covers { $year } only
problem-done-too-often = recorded as done { $done } times, but planned { $planned } { $planned ->
        [one] time
       *[other] times
    }
hint-done-too-often = remove the extra records, or raise `target` if more were planned
problem-missing-details = the activity has no { $missing }
missing-place = place
missing-schedule = schedule
missing-resources = resources
# The last two of the details an activity lacks: "place, schedule or resources".
missing-or = { $init } or { $last }
hint-missing-details = add what is missing; if it is still being defined, write `allow = ["completeness"]` in the activity with a comment saying why
problem-empty-title = the activity's title is empty
hint-empty-title = write the title as approved
problem-empty-area-name = the area's name is empty
hint-empty-area-name = write the name as approved
problem-duplicate-activity = same title and schedule as activity { $first }
hint-duplicate-activity = if it is a copy, remove it; if it happens twice, say so in the title ("Second …") or give each its own schedule
problem-unused-allowance = `{ $check }` is allowed here, but this activity has no `{ $check }` warning
hint-unused-allowance = remove it from `allow`: what it allowed has been corrected

## What `import` was unsure of, and what it did

doubt-title-recased = the title `{ $written }` is in capitals; written as `{ $title }`
doubt-title-from-first-line = no line names the plan; the first line was taken as its title: `{ $title }`
doubt-organisation-from-assembly = the organisation `{ $organisation }` was taken from the name of the assembly
doubt-no-organisation = no organisation found: write it in plan.toml
doubt-year-from-approval = the title has no year; { $year }, the year after the approval, was taken
doubt-kept = not understood, kept as a comment: `{ $text }`
doubt-schedule-not-read = the date `{ $text }` was not understood: no schedule; the text is kept as a comment
doubt-year-assumed = `{ $text }` names no year; { $year }, the plan's year, was taken
doubt-outside-plan-year = `{ $text }` is outside the plan's year; kept as written
doubt-number-in-title = the title starts with a number (`{ $title }`); kept as written
doubt-no-fields = no place, date or resources; kept as written
doubt-count-added = target { $total } added up from the title: { $words }
doubt-counts-disagree = the title says { $title } times, the date { $schedule }; { $schedule } was taken
doubt-outside-its-area = the number is not within area { $area }; kept in it as written
doubt-repeated-number = `{ $number }` is used twice
doubt-repeated-field = a second `{ $text }`; kept as a comment

## Writing, history, safety and import of tables (issues 13 to 16)

change-adds-errors = the change would add { $count } { $count ->
        [one] error
       *[other] errors
    } to the plan (above); nothing was written: correct the values, or pass --force to write it anyway
empty-title-given = the title is empty: give the activity's title
zero-target = --target must be 1 or more: how many times it is to be carried out
bad-schedule-given = `{ $value }` is not a schedule: write a code (2022, 2022-S2, 2022-Q3, 2022-03, 2022-03-15, to-be-defined, as-needed) or the document's words ("2do semestre 2022", "Trimestral (4 al año)", "A definir")
unknown-area = no area is `{ $value }`: give an area's number, or a part of its name that only one area has (areas: { $known })
bad-position = --at `{ $value }` is not a position in area { $area }: give a number from 1 to the new activity's last place ({ $last })
title-required = the activity needs a title: pass --title TEXT (workplan asks for it only on a terminal)
activity-added = { $number } { $title }: added to `{ $file }`
nothing-to-edit = nothing to change: give at least one value to set, or --unset KEY
activity-edited = { $number } { $title }: changed { $keys }
has-records = { $number } has { $count } { $count ->
        [one] record
       *[other] records
    } of progress, which removing it would lose; use `workplan cancel { $number } --reason TEXT` to keep its history, or --force to remove it anyway
activity-removed = { $number } { $title }: removed
move-same-area = { $number } is already in area { $area }: use `workplan renumber` to change its place there
activity-moved = { $from } -> { $to } { $title }: moved
no-records = { $number } has no records yet
no-such-record = { $number } has no record { $wanted }: it has { $count } (see `workplan records { $number }`)
nothing-to-amend = --amend needs --on DATE, --note TEXT or both
record-amended = corrected the record of { $date }
area-exists = area { $number } exists already, in `{ $file }`: use `workplan area edit { $number }`
empty-area-name-given = the name is empty: give the area's name
area-added = area { $number }: added as `{ $file }`
area-edited = area { $number }: changed, in `{ $file }`
area-has-activities = area { $number } has { $count } { $count ->
        [one] activity
       *[other] activities
    }: move or remove them first, or pass --force to remove the area with them
area-removed = area { $number }: removed `{ $file }`
bad-area-number = `{ $value }` is not an area number: write two numbers with a dot, such as 3.1
init-needs-words = --organisation and --title cannot be empty
bad-year = `{ $value }` is not a year: write it with four digits, 2023
dir-not-empty = `{ $dir }` is not empty: a new plan goes into a new or empty directory (`workplan import` reads an existing document)
plan-created = created the plan in `{ $dir }`; next: workplan --plan { $dir } area add 1.1 --name NAME
prompt-title = Title
prompt-place = Place
prompt-schedule = When (2022-S2, 2022-Q3, "2do semestre 2022", "Trimestral (4 al año)", "A definir")
prompt-resources = Resources
prompt-optional = Enter to leave it out
area-required = the activity needs an area: pass --area AREA (its number or a part of its name)
no-area-matches = no area matches `{ $area }`: name one by its number or part of its name ({ $areas })
log-unreadable = the plan could not be read at this commit ({ $files }; `workplan validate --rev { $commit }` says why): the next commit is compared with the last version that could
log-plan-created = plan created: { $areas } { $areas ->
        [one] area
       *[other] areas
    }, { $activities } { $activities ->
        [one] activity
       *[other] activities
    }
no-history = no commit changes the plan yet
no-history-of = no commit changes { $what }
new-same-year = the plan is already the plan for { $year }: name the year of the new plan, such as { $next }
new-target-not-empty = `{ $dir }` already exists and is not empty: name a new directory for the new plan (nothing was written)
new-plan-written = Wrote `{ $dir }`: { $title }, { $areas } { $areas ->
        [one] area
       *[other] areas
    }, { $activities } { $activities ->
        [one] activity
       *[other] activities
    } from the plan for { $from_year } ({ $left_out } left out).
new-plan-to-fill = To fill in: the approval, once the assembly approves the plan, and the committee that drafts it (templates at the end of `{ $file }`).
new-plan-next = Next: workplan --plan { $dir } validate; the draft for the assembly: workplan --plan { $dir } export
new-plan-approval-later = To fill in once the assembly approves the plan:
new-plan-committee-later = To fill in with the executive committee that drafts it:
new-plan-has-errors = the new plan would have { $count } { $count ->
        [one] error
       *[other] errors
    } (shown above), a mistake of workplan: nothing was written; please report it
new-plan-inherits-errors = warning: the new plan has { $count } { $count ->
        [one] error
       *[other] errors
    } carried over from the current one: `workplan --plan { $dir } validate` shows them
draft-area-file-header = Area { $number } of the { $title }: a draft from the plan for { $from_year }.
diff-heading-only = Changes to { $only } from { $from } to { $to }
no-changes-only = No changes to { $only } from { $from } to { $to }
focus-area = area { $number }
focus-activity = activity { $number }
confirmation-not-shown = warning: the change is written, but its confirmation could not be printed: { $reason }
output-exists = `{ $path }` already exists: pass --force to replace it, or choose another file
output-is-plan-file = `{ $path }` is a file of the plan (or would be read as one): write the output elsewhere
link-outside = `{ $file }` is a symbolic link that leads outside the repository: it is not read; put the file itself in the plan directory, or remove the link
document-part-too-large = `{ $file }`: its part `{ $part }` is larger than { $limit } MiB once unpacked, more than any plan document (a damaged or crafted file?); nothing was written
waiting-for-lock = waiting: another workplan process is changing the plan in `{ $dir }`…
lock-timed-out = another workplan process has been changing the plan in `{ $dir }` for { $seconds } s: gave up, nothing was written; try again once it is done (WORKPLAN_LOCK_TIMEOUT sets the wait)
bad-lock-timeout = WORKPLAN_LOCK_TIMEOUT is `{ $value }`: it must be a number of seconds, such as 30 or 0.5
import-interrupted = an import into `{ $dir }` was interrupted before it finished: the next command that changes the plan finishes it (run `workplan import --force` again, for example); until then the plan is not read
cannot-finish-import = cannot finish the import interrupted in `{ $dir }`: its journal, `.workplan-journal`, is damaged or not workplan's; if no import was running, look at it and remove it
document-has-no-activities = `{ $file }` has work areas but no activity was found in them: number activities "3.1.1) Title", or put them in a table whose header row names an "Actividad" column (see docs/import.md)
spreadsheet-unreadable = `{ $file }` is not a readable spreadsheet ({ $reason }): save it again as .xlsx or .ods, or as CSV
csv-unreadable = { $file }:{ $line }: the CSV cannot be read ({ $reason }): check the quotes on that line
document-not-text = { $file }:{ $line }: control characters: the file is not text in UTF-8 or Windows-1252; save it again as "CSV UTF-8"
spreadsheet-has-no-year = `{ $file }` does not say the plan's year: not in a sheet's name, the file's name or the dates; pass it with --year 2024
binary-to-terminal = a .{ $format } file is not text for a terminal: write it with -o plan.{ $format }, or redirect standard output to a file
plain-title = Work Plan { $year }
cannot-write-spreadsheet = the spreadsheet cannot be written: { $reason }

# Import of tables, spreadsheets and other layouts (issue 16).
label-row = row
label-target = Target
label-times-done = Times done
doubt-no-title = no title found: `{ $title }` was written; correct it in plan.toml
doubt-area-without-activities = area { $number } has no activities
doubt-dates-in-another-year = { $count } of { $total } dates name { $year }, not { $plan_year }, the plan's year: check the plan's year
doubt-year-from-text = the plan's year, { $year }, was taken from this line
doubt-table-without-header = a table without a header row naming an `Actividad` column: its rows were read as lines
doubt-column-kept = the column `{ $column }` has no place in a plan: kept as a comment on each activity
doubt-activities-without-area = activities without an area: put in a new area { $number }; name it in its file
doubt-area-numbered = the area `{ $name }` has no number: numbered { $number }
doubt-year-from-name = the plan's year, { $year }, was taken from the name `{ $name }`
doubt-year-from-dates = the plan's year, { $year }, was taken from the dates, which all name it
# safety-files: a link out of the repository.
problem-link-outside = this is a symbolic link that leads outside the repository (outside git, the plan directory), so it is not read
hint-link-outside = put the file itself in the plan directory, or remove the link
# history: where a carried activity came from, in a comment of the new plan ("2022: 3.1.4, carried out 2022-10-05").
origin = { $year }: { $number }, { $how }
ending-not-carried-out = not carried out in { $year }
ending-carried-out = carried out { $on }
ending-partly = carried out { $done } of { $planned } times, the last on { $last }
ending-cancelled = cancelled { $on }: { $reason }
# A range of months: "March to June 2024".
period-months = { $first } to { $last } { $year }
# safety-output: control and bidi characters, overlong text.
problem-bidi-control = `{ $field }` contains the bidi control U+{ $code }, which makes text read differently from what it is
problem-control-character = `{ $field }` contains the control character U+{ $code }, which a terminal obeys instead of showing
hint-hidden-character = delete it: plan text needs no control characters (line breaks and tabs are fine)
problem-text-too-long = `{ $field }` is { $chars } characters long, more than the { $limit } a reader takes in
hint-text-too-long = shorten it; details belong in the minutes or a linked document
