# English. Every message of nb/tavle.ftl, with the same variables
# (tests/i18n.rs checks). Fluent text cannot hold a bare { or }: write {"{"}
# and {"}"}.

## Numbers and dates

decimal-separator = {"."}
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun
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
# "Tuesday 24 November 2026"
date-long = { $weekday } { $day } { $month } { $year }
week-number = week { $week }

## Reading board files: what was expected and found

expected-object = an object ({"{"} … {"}"})
expected-array = a list ([ … ])
expected-string = a text in double quotes
expected-number = a number
expected-whole-number = a whole number
expected-bool = true or false
found-object = an object
found-array = a list
found-string = a text
found-number = a number
found-bool = true/false
found-null = null
id-kind-column = column
id-kind-card = card
id-kind-goal = goal
id-kind-indicator = indicator
id-kind-decision = decision

## JSON syntax errors ($char is `x` or U+0009)

syntax-unexpected-end = the file ends in the middle of a value
syntax-unexpected-end-hint = is a `{"}"}`, `]` or `"` missing? The file may be only half saved
syntax-unexpected-char = unexpected character { $char }
syntax-unexpected-char-hint = a value is a "quoted text", a number, true, false, null, {"{"} … {"}"} or [ … ]
syntax-expected-comma-or-brace = expected `,` or `{"}"}` here, found { $char }
syntax-expected-comma-or-brace-hint = is a comma missing at the end of the line before?
syntax-expected-comma-or-bracket = expected `,` or `]` here, found { $char }
syntax-expected-comma-or-bracket-hint = is a comma missing between two items of the list?
syntax-expected-colon = expected `:` after the key, found { $char }
syntax-expected-key = expected a key in "double quotes", found { $char }
syntax-trailing-comma = comma before `{"}"}` or `]`
syntax-trailing-comma-hint = remove the comma after the last item
syntax-control-in-string = line break or tab inside a text
syntax-control-in-string-hint = write \n for a line break and \t for a tab, or is a text missing its closing "?
syntax-control-char = control character { $code } inside a text
syntax-control-char-hint = remove it or write it as { $escape }; such a character often comes from a damaged file or a copy from another program
syntax-bad-escape = unknown \ escape in a text
syntax-bad-escape-hint = write \\ for a backslash
syntax-bad-unicode-escape = invalid \u escape in a text
syntax-bad-number = invalid number
syntax-bad-number-hint = use a decimal point (6.2, not 6,2) and no leading zeros
syntax-trailing-text = more text after the end of the board
syntax-trailing-text-hint = a board file holds one object {"{"} … {"}"}; is there one `{"}"}` too many?
syntax-too-deep = nested too deeply (over 128 levels)
syntax-single-quote = text in single quotes
syntax-single-quote-hint = JSON uses double quotes: "like this"
syntax-comment = comments are not allowed in JSON
syntax-comment-hint = put the remark in a field of its own, such as "note"

## Problems in a board file

diag-io = cannot read the file: { $error }
diag-too-large = the file is too large ({ $size } MB; the limit is { $limit } MB)
diag-too-large-hint = is this really a board file? Archived cards can be moved to a file of their own
diag-empty = the file is empty
diag-empty-hint = a board needs at least {"{"}"tavle": 1, "title": "…", "kind": "drift"{"}"}; see docs/format.md
diag-utf16 = the file is saved as UTF-16, not UTF-8
diag-utf16-hint = in Notepad: File → Save as → Encoding: UTF-8
diag-not-utf8 = the file is not UTF-8 (perhaps Latin-1/Windows-1252)
diag-not-utf8-hint = save the file again as UTF-8; in Notepad: File → Save as → Encoding: UTF-8
diag-wrong-type = expected { $expected }, found { $found }
diag-number-in-quotes-hint = numbers are written without quotes: 6.2
diag-text-without-quotes-hint = put the text in double quotes: "…"
diag-missing = missing the field `{ $field }`
diag-missing-tavle-hint = add "tavle": 1 at the top of the file
diag-duplicate-key = the field `{ $key }` appears twice in the same object
diag-duplicate-key-hint = only the last one is used; remove one
# $allowed is a list such as `drift`, `forbedring`
diag-unknown-value = unknown value `{ $value }`; allowed values are { $allowed }
diag-did-you-mean-hint = did you mean `{ $suggestion }`?
diag-bad-date = `{ $value }` is not a date of the form YYYY-MM-DD
diag-bad-date-hint = write for example "2026-12-01" for 1 December 2026
diag-bad-timestamp = `{ $value }` is not a time (RFC 3339)
diag-bad-timestamp-hint = write for example "2026-11-24T08:15:00+01:00"
diag-too-small = `{ $value }` is too small; the least value is { $min }
diag-out-of-range = `{ $value }` is out of range { $min } to { $max }
diag-newer-version = format version { $found } is newer than this tavle knows { $known }
diag-newer-version-hint = upgrade tavle; until then the file is opened read-only
# $kind is one of the id-kind-* words
diag-duplicate-id = { $kind } `{ $id }` already exists (ids must be unique)
diag-unknown-column = the card stands in a column that does not exist: `{ $id }`
diag-unknown-column-hint = use the id of one of the columns in "columns"
diag-unknown-card = refers to a card that does not exist: `{ $id }`
diag-unknown-goal = refers to a goal that does not exist: `{ $id }`
diag-unknown-goal-hint = use the id of one of the goals in "goals"
diag-unknown-parent = the sub-goal's parent `{ $id }` does not exist
diag-goal-cycle = the goal `{ $id }` is its own parent (a loop of parents)
diag-empty-id = empty id
diag-no-owner = the measure `{ $card }` has no owner (not SMART)
diag-no-owner-hint = set "owner" to the person responsible
diag-no-due = the measure `{ $card }` has no deadline (not SMART)
diag-no-due-hint = set "due", for example "2026-12-01"
diag-no-target = the goal `{ $goal }` has no measurable target (not SMART)
diag-no-target-hint = set "target", for example "Below 5 % sick leave by June 2027"
diag-wip-exceeded = the column `{ $column }` has { $count ->
        [one] { $count } card
       *[other] { $count } cards
    } (the limit is { $limit })
diag-no-columns = the board has cards but no columns
diag-values-out-of-order = the measurements are not in date order
diag-values-out-of-order-hint = oldest measurement first

## tavle check and tavle fmt

hint-label = hint
check-summary = { $files ->
        [one] { $files } file
       *[other] { $files } files
    } checked: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
no-board-files = no board files (*.json) in { $dir }
no-such-path = no such folder or file: { $path }
cannot-list = cannot read the folder { $path }: { $error }
fmt-skipped = { $path }: has errors and was left alone (run tavle check)
fmt-not-canonical = { $path }: is not in the canonical layout
fmt-rewritten = { $path }: rewritten

## The command line (--help)

cli-usage = Usage
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-options-placeholder = OPTIONS
cli-command-placeholder = COMMAND
cli-help-flag = Print help
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-help-command-arg = The command to print the help of
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-value-lang = LANG
cli-value-path = PATH
cli-value-secs = SECS
cli-value-dir = DIR
cli-value-board = BOARD
cli-value-card = CARD
cli-value-column = COLUMN
cli-value-title = TITLE
cli-value-owner = OWNER
cli-value-due = DUE
cli-value-light = LIGHT
cli-value-text = TEXT
cli-value-date = DATE
cli-value-indicator = INDICATOR
cli-value-value = VALUE
cli-value-file = FILE
cli-value-format = FORMAT
cli-about = Dashboard for board meetings: operations and improvement boards from JSON files in a shared folder
cli-lang = Language: nb (bokmål, default), nn (nynorsk) or en (English); also TAVLE_LANG, else LC_ALL/LC_MESSAGES/LANG. An unknown --lang stops with code 2; an unknown TAVLE_LANG gives a warning and is not used
cli-check = Check every board file in a folder and print each problem as file:line:column
cli-check-path = The folder (or one board file) to check
cli-check-strict = Treat warnings as errors (exit 1)
cli-check-fix = Give cards and decisions that share an id one each (decisions follow the card they are about)
cli-check-fixed = { $kind ->
    [card] card
   *[decision] decision
  } { $from } “{ $title }” has a new id: { $to }
cli-schema = Print the JSON Schema of the board format (for editors and scripts)
cli-path = The folder of board files, or one board file to open at once
cli-poll = Check the folder every SECS seconds ({ $min } to { $max }) instead of waiting for events (for network drives)
cli-card = Edit cards from a script (the same safe saving as the screen)
cli-dir = The folder of board files when BOARD is an id or a title
cli-card-add = Add a card; prints the new card's id
cli-card-set = Change fields of a card
cli-card-move = Move a card to a column
cli-card-archive = Archive a card (it stays in the file, hidden)
cli-card-restore = Restore an archived card
cli-card-board = The board: a file, or the id or title of a board in --dir
cli-card-card = The card: its id or title (the start is enough when it is unique)
cli-card-column = The column: its id or title, such as Pågår (default: the first)
cli-card-title = Title
cli-card-owner = Owner (empty text clears)
cli-card-due = Due: 2026-12-01, 1.12, fri, +3d, week 49 (none clears)
cli-card-light = Traffic light: green, yellow, red, none
cli-decision = Log decisions from a script
cli-decision-add = Log a decision; prints its id
cli-decision-text = What was decided
cli-decision-owner = Who follows it up
cli-decision-card = The card it concerns
cli-minutes = Print the minutes of a board's meeting as Markdown
cli-minutes-date = The meeting's date (default: today)
cli-measure = Record measurements from a script or a CSV file
cli-measure-add = Record one value (the same date is replaced)
cli-measure-import = Import values from CSV with the columns indicator,date,value (; and decimal commas are fine)
cli-measure-indicator = The indicator: its id or title
cli-measure-value = The value, for example 6.2
cli-measure-date = The date (default: today)
cli-measure-file = The CSV file
cli-measure-skip-bad = Import the good rows even when some rows are bad
cli-status = Print the status of every board for the leadership group's report
cli-status-path = The folder of board files, or one board file
cli-status-format = text, markdown, json or html (see docs/status.md and docs/status-page.md)
cli-status-owner = Only what this person is responsible for
cli-unlock = Break a stale lock left by a crash (BOARD.json.lock)
cli-fmt = Rewrite board files in the canonical layout (2 spaces, fixed key order) and give shared ids one each; files with errors are left alone
cli-fmt-check = Only list files not in the canonical layout (exit 1 if any)

## Messages on screen and from commands

msg-watch-notify = watching the folder
msg-watch-poll = checking the folder every { $secs } s ({ $reason })
msg-watch-error = file watcher error, reloading everything: { $error }
msg-board-added = new board: { $board }
msg-board-deleted = the board { $board } was deleted from the folder
msg-board-missing = the file is gone right now; waiting for it to come back
msg-file-broken = the file has an error at line { $line }:{ $col }; showing the last good version, read-only
msg-newer-format = the file has a newer format, version { $version }; opened read-only
msg-would-be-too-large = Not saved: the board would become too large ({ $why }), and tavle does not read files that large. The file is unchanged; archived cards can be moved to a file of their own.
msg-kept-changing = Not saved: another program kept writing the board while the change was being saved. The file is as that program left it; try again.
msg-duplicate-ids = Not saved: several cards or decisions share an id ({ $ids }), so a change could reach the wrong card. Run `tavle check --fix` (or `tavle fmt`), which gives each its own id.
msg-card-gone = the card { $card } no longer exists (deleted elsewhere)
msg-column-gone = the column { $column } no longer exists
msg-card-exists = the card { $card } exists already
msg-empty-title = the title cannot be empty
msg-bad-due = `{ $text }`: write 1.12, 2026-12-01, fri, +3d or week 49
msg-nothing-to-undo = nothing to undo
msg-nothing-to-redo = nothing to redo
msg-showing-archived = showing archived cards (x restores)
msg-hiding-archived = hiding archived cards
msg-bad-light = `{ $text }`: use green, yellow, red or none
msg-decision-gone = the decision { $decision } no longer exists
msg-no-meeting = no meeting is running
msg-minutes-written = the minutes are written: { $path }
msg-no-agenda = the board has no agenda (meeting.agenda)
msg-goal-gone = the goal { $goal } no longer exists
msg-indicator-gone = the indicator { $indicator } does not exist
msg-bad-value = `{ $text }`: not a number (write for example 6.2)
msg-escalated = sent up to { $board } ({ $card })
msg-round-not-saved = The value was not saved (see below): it is back here, press Enter to try again
msg-no-other-board = no other board in the folder to send the card to
msg-already-escalated = the card was already sent up to { $board }

## Fixed words of the screens

ui-overview = Overview
ui-board = Board
ui-kind = Kind
ui-unit = Unit
ui-cards = Cards per column
ui-overdue = Overdue
ui-changed = Last changed
ui-drift = operations
ui-forbedring = improvement
ui-no-boards = No board files (*.json) in the folder yet. Put a board there and it shows up here.
ui-too-small = Make the window bigger
ui-help = Keys
ui-help-everywhere = Everywhere
ui-help-close = press any key to close
ui-filter = Filter
ui-new-card = New card
ui-edit-card = Edit card
ui-title = Title
ui-owner = Owner
ui-due = Due
ui-edit-keys = Enter saves · Tab next field · Esc cancels
ui-read-only = read-only
ui-broken = ERROR IN FILE
ui-archived = archived
ui-over-limit = over the limit
ui-week = week
ui-empty = (empty)
ui-changed-by = changed by
ui-meeting = MEETING
ui-goal = Goal
ui-left = left
ui-over-time = over time
ui-item = Item
ui-follow-ups = Follow-up from earlier meetings
ui-decisions-today = Decisions today
ui-new-decision = New decision
ui-correct-decision = Correct a decision (the old text is kept)
ui-decision = Decision
ui-linked-card = Concerns card
ui-concerns = Concerns
ui-attendees = Present
ui-attendees-hint = names separated by commas · Enter saves · Esc cancels
ui-closing = End the meeting
ui-closing-keys = Enter: write the minutes and end · Esc: continue the meeting
ui-none-yet = none yet
ui-no-meeting-hint = m starts the meeting
ui-done = done
ui-corrected = corrected
ui-choose-keys = ↑↓ choose · Enter send · Esc cancel

## Traffic lights and due dates

light-green = green
light-yellow = yellow
light-red = red
due-yesterday = yesterday
due-overdue = { $days } d late
due-today = today
due-tomorrow = tomorrow

## Keys: what a command does (? overlay) and its short word (hint bar)

cmd-help-up = up
cmd-help-down = down
cmd-help-left = previous / next column
cmd-help-right = next column
cmd-help-open = open the board
cmd-help-move-left = move the card left
cmd-help-move-right = move the card right
cmd-help-move-up = move the card up
cmd-help-move-down = move the card down
cmd-help-cycle-light = change the traffic light
cmd-help-new = new card
cmd-help-edit = edit title, owner, due
cmd-help-archive = archive / restore
cmd-help-show-archived = show / hide archived
cmd-help-undo = undo
cmd-help-redo = redo
cmd-help-filter = filter by text, owner, tag
cmd-help-next-board = next board
cmd-help-prev-board = previous board
cmd-help-help = help
cmd-help-back = back
cmd-help-quit = quit
cmd-help-meeting = start / end the meeting (writes the minutes)
cmd-help-next-item = next agenda item
cmd-help-prev-item = previous agenda item
cmd-help-big-clock = big clock
cmd-help-decide = new decision
cmd-help-panel = decisions and follow-up
cmd-help-attendees = who is present
cmd-help-done = follow-up done / not done
cmd-help-plan = action plan: goals, sub-goals, measures
cmd-help-indicators = indicators with run charts
cmd-help-escalate = send the card up to another board
cmd-help-add-value = new measurement (date: today)
cmd-hint-move = move
cmd-hint-light = light
cmd-hint-new = new
cmd-hint-edit = edit
cmd-hint-archive = archive
cmd-hint-undo = undo
cmd-hint-filter = filter
cmd-hint-open = open
cmd-hint-next-board = next board
cmd-hint-help = help
cmd-hint-back = back
cmd-hint-quit = quit
cmd-hint-meeting = meeting
cmd-hint-decide = decision
cmd-hint-done = done
cmd-hint-plan = plan
cmd-hint-indicators = indicators
cmd-hint-add-value = add value

## The minutes

minutes-minutes = Minutes
minutes-date = Date
minutes-time = Time
minutes-board = Board
minutes-attendees = Present
minutes-goal = Goal of the meeting
minutes-agenda = Agenda
minutes-decisions = Decisions
minutes-follow-ups = Follow-up
minutes-changes = Changes to the board today
minutes-lights = Traffic lights changed
minutes-no-owner = No owner
minutes-none = None.
minutes-owner = owner
minutes-due = due
minutes-card = card
minutes-corrected = corrected
minutes-overdue = overdue
minutes-added = Added
minutes-moved = Moved
minutes-archived = Archived
minutes-no-light = no light

## Action plan, indicators and the organisation overview

plan-plan = Action plan
plan-goal = Goal / measure
plan-measure = Measure
plan-status = Status
plan-smart = SMART
plan-missing = missing
plan-owner = owner
plan-deadline = deadline
plan-target = measurable target
plan-by-hand = set
plan-derived = derived
plan-done = ✓ done
plan-no-goal = Measures without a goal
plan-no-goals = The board has no goals yet (goals in the file).
plan-indicators = Indicators
plan-no-indicators = The board has no indicators (indicators in the file).
plan-median = median
plan-target-line = target
plan-latest = latest
plan-meets-target = ✓ meets the target
plan-misses-target = ✗ misses the target
plan-too-few = too few points to read signals (at least 10)
plan-no-signal = no non-random signals
plan-shift = shift
plan-trend = trend
plan-above = above the median
plan-below = below the median
plan-rising = rising
plan-falling = falling
plan-value = Value
plan-date = Date
plan-new-value = New measurement
plan-edit-goal = Edit goal
plan-measurable = Measurable
plan-escalate-to = Send the card up to
plan-escalated-to = sent to
plan-escalated-from = from
plan-responsible-for = is responsible for
plan-next-deadlines = Next deadlines
plan-signals = Signals
plan-points = points

## tavle status and tavle measure

status-title = Status of the boards
status-done = done
status-overdue = overdue
status-next = Next deadlines
status-responsible = Responsible for
status-indicator = Indicator
csv-field-count = expected three fields (indicator,date,value), found { $found }
csv-empty-indicator = missing the indicator
csv-bad-date = `{ $value }` is not a date (2026-11-24 or 24.11.2026)
csv-bad-value = `{ $value }` is not a number
csv-malformed = invalid CSV: { $error }
nothing-written = { $bad ->
        [one] { $bad } bad row
       *[other] { $bad } bad rows
    }: nothing was written (use --skip-bad to import the rest)

## Added with the card detail and the honest light
ui-discard-again = The text will be lost: press Esc again to discard it, or Enter to save
ui-edit-keys-note = Tab next field · Enter saves (in the note: new line) · Ctrl+S saves · Esc cancel
ui-over-deadline = overdue
label-note = Note
label-tags = Tags
label-source = Source
label-effect = Effect 1–3
label-effort = Effort 1–3
msg-one-to-three = effect and effort are 1, 2 or 3

## The card detail screen, banners and a card's history
card-column = Column
card-light = Light
card-goal = Goal
card-created = Created
card-updated = Last changed
card-id = Id
card-decisions = Decisions about the card
card-no-decisions = No decision points at this card.
card-history = History
card-no-history = No changes in the log yet.
card-links = Links
card-card = Card
banner-broken = { $count ->
    [one] An error in the file
   *[other] { $count } errors in the file
  }, the first: { $at }: { $message } — showing the last saved version, read-only. «tavle check» shows them all.
banner-gone = The board was deleted or moved — showing the last version read, read-only. Esc goes to the overview.
banner-newer-format = The board is in format { $version }, newer than this tavle knows — read-only. Update tavle to change it.
banner-duplicate-ids = Read-only: several cards or decisions share an id ({ $ids }), so a change could reach the wrong card. Run `tavle check --fix` (or `tavle fmt`), which gives each its own id and moves their decisions along.
banner-no-columns = The board has no columns: add one with «new column» (see ?) or to «columns» in the file («tavle check» gives details).
banner-orphans = { $count ->
    [one] 1 card stands
   *[other] { $count } cards stand
  } in columns that do not exist ({ $columns }): fix the cards' «column» or add the column («tavle check» gives details).
history-added = added to { $column }
history-removed = removed
history-moved = moved { $from } → { $to }
history-archived = archived
history-restored = restored
history-light = light { $from } → { $to }
history-edited = edited
history-edited-fields = changed { $fields }
history-escalated = sent up to { $board }
msg-no-columns = The board has no columns yet: add one first («new column», see ?).
msg-unbound-key = That key does nothing here — ? shows the keys
msg-card-gone-elsewhere = Card { $card } was changed elsewhere and is no longer in the column; selected the card beside it.
ui-changed-outside = changed outside tavle
cmd-help-details = open the card: every field, decisions and history
cmd-hint-details = card
cmd-help-light-green = set the light to green
cmd-help-light-yellow = set the light to yellow
cmd-help-light-red = set the light to red
cmd-help-light-none = take the light away
list-more-above = ↑ { $count } more
list-more-below = ↓ { $count } more

## The minutes of one meeting
minutes-changes-in-meeting = Changes to the board in the meeting
minutes-restored = Restored
minutes-corrected-earlier = Corrected
minutes-was = was
minutes-values = Values recorded
minutes-no-attendance = not recorded
minutes-running = under way
cli-minutes-meeting = Which of the day's meetings, counted from 1 (default: the last)
no-such-meeting = { $count ->
    [0] there was no meeting on { $date }, so there is no --meeting { $asked }
    [one] there was one meeting on { $date }: --meeting must be 1, not { $asked }
   *[other] there were { $count } meetings on { $date }: --meeting must be 1 to { $count }, not { $asked }
  }
banner-read-only = Read-only: { $why }.
msg-saving = ⏳ saving … { $board } is locked by { $host } (process { $pid }); the change is saved when the lock is free
msg-saving-unknown = ⏳ saving … { $board } is locked (the lock does not say by whom); the change is saved when the lock is free
minutes-maybe-incomplete = The list of changes may be incomplete: the change log could not be written during the meeting.
msg-log-failed = Saved, but the change log could not be written ({ $reason }): the minutes will miss this change.

## The folder layer: file errors, locks, read-only boards, odd names in the
## folder, leftover temp files, a watcher that stopped. $kind is one of the
## fs-kind-* nouns; $reason one of the fs-* reasons (or the system's own text);
## $board a board's id; $host and $pid name the process that holds a lock.

fs-kind-file = a regular file
fs-kind-directory = a folder
fs-kind-symlink = a symbolic link
fs-kind-fifo = a FIFO (named pipe)
fs-kind-socket = a socket
fs-kind-device = a device
fs-kind-unknown = something other than a file
fs-read-only-fs = the file system is read-only
fs-permission-denied = permission denied
fs-no-space = no space left on the disk (or the quota is used up)
fs-not-found = does not exist
fs-already-exists = already exists
fs-not-regular = is not a regular file but { $kind }
fs-symlink = is a symbolic link, and tavle follows no links here
fs-outside-folder = leads outside the board folder, and tavle never writes outside it
fs-error = { $path }: { $reason }
folder-save-failed = could not save: { $path }: { $reason }
folder-read-only = the board { $board } is read-only: { $why }
folder-read-only-link-outside = the file is a link to something outside the board folder, and tavle never writes outside the folder
folder-read-only-no-write-permission = you have no write permission on the file
folder-read-only-folder-not-writable = you have no write permission in the folder
folder-read-only-fs = the folder is on a read-only file system
folder-read-only-newer-format = the file has a newer format, version { $version }; upgrade tavle
folder-read-only-duplicate-ids = several cards or decisions share an id; `tavle check --fix` gives each its own
folder-skipped = { $path }: skipped: { $why }
folder-skip-special = { $kind }, not a regular file; tavle does not open it
folder-skip-link-to = a link to { $kind }
folder-skip-broken-link = a link that leads to no file
# "min" is the same for one minute and many, so no plural forms here.
folder-temp-removable = temp file of a save that did not finish ({ $minutes } min); the next save removes it
folder-temp-kept = temp file of a save that did not finish ({ $minutes } min); may be deleted if nobody is saving right now
folder-leftover-temp = { $path }: { $temp }
folder-watch-stopped-gone = no longer watching the folder (the folder is gone or was moved); the screen may be out of date
folder-watch-stopped-crashed = no longer watching the folder (the watcher stopped unexpectedly); the screen may be out of date
folder-watch-stopped-failed = no longer watching the folder ({ $error }); the screen may be out of date
lock-locked = the board { $board } is locked by { $host } (pid { $pid }); try again in a moment
lock-locked-unnamed = the board { $board } is locked, but the lock file does not say by whom (it is being written or cannot be read); try again in a moment
lock-stale = the board { $board } has a stale lock left by { $host } (pid { $pid }); break it with `tavle unlock { $board }` if nobody else is saving
lock-stale-since = the board { $board } has a stale lock left by { $host } (pid { $pid }) since { $since }; break it with `tavle unlock { $board }` if nobody else is saving
lock-stale-unnamed = the board { $board } has a stale lock with no holder (the lock file is empty or unreadable); break it with `tavle unlock { $board }` if nobody else is saving
lock-not-regular = the lock file { $lock } is not a regular file but { $kind }; tavle neither reads nor removes it; remove it by hand or with `tavle unlock`
lock-lost = the board { $board } was not saved: its lock was broken while saving; nothing was written, try again
lock-unlocked = broke the lock left by { $host } (pid { $pid }) on the board { $board }
lock-unlocked-unnamed = broke a lock with no holder on the board { $board }
lock-unlocked-odd = removed the lock file of the board { $board }, which was { $kind }
lock-not-locked = the board { $board } was not locked
lock-in-use = the lock of the board { $board } is in use right now by { $host } (pid { $pid }); it is not broken
lock-in-use-unnamed = the lock of the board { $board } is in use right now by a process that has not written its name yet; it is not broken

## The command line: things named as people name them, what `tavle check`
## reports beyond the schema, and `tavle demo`
cli-name-more = and { $count } more
cli-unknown-board = { $count ->
    [0] no board “{ $name }”: { $dir } has no board files
   *[other] no board “{ $name }” in { $dir }; the boards are: { $valid }
  }
cli-no-board-folder = no board “{ $name }”: the folder { $dir } does not exist
cli-unknown-column = { $count ->
    [0] the board has no columns, so there is no “{ $name }”
   *[other] the board has no column “{ $name }”; the columns are: { $valid }
  }
cli-unknown-card = { $count ->
    [0] the board has no cards, so there is no “{ $name }”
   *[other] the board has no card “{ $name }”; the cards are: { $valid }
  }
cli-unknown-indicator = { $count ->
    [0] the board has no indicators, so there is no “{ $name }”
   *[other] the board has no indicator “{ $name }”; the indicators are: { $valid }
  }
cli-ambiguous-board = “{ $name }” fits several boards: { $matches }; type more of the name
cli-ambiguous-column = “{ $name }” fits several columns: { $matches }; type more of the name
cli-ambiguous-card = “{ $name }” fits several cards: { $matches }; type more of the title or use the id
cli-ambiguous-indicator = “{ $name }” fits several indicators: { $matches }; type more of the name
cli-conflict-copy = this file is a conflict copy of { $original } made by { $source }; merge it with `tavle merge`
cli-conflict-copy-link = this file is named as a conflict copy of { $original } made by { $source }, but is a symbolic link: tavle never merges it; put the file itself here or remove the link
cli-copy-syncthing = Syncthing (device { $device })
cli-copy-dropbox = Dropbox
cli-copy-dropbox-who = Dropbox ({ $who })
cli-copy-onedrive = OneDrive (computer { $host })
cli-copy-nextcloud = Nextcloud or ownCloud
cli-copy-nextcloud-user = Nextcloud or ownCloud ({ $user })
cli-copy-duplicate = copying (copy no. { $n })
cli-panic = tavle stopped on an internal error (please report it): { $message }
cli-demo = Copy the sample boards to a new folder with their dates moved to today, and open the copy
cli-demo-dir = The folder for the copy (default: a new folder in the temp directory); must be empty or not exist
cli-demo-no-open = Only write the copy and print where it is; do not open it
cli-demo-written = the sample boards are in { $dir }, with their dates moved to sit around today
cli-demo-not-empty = { $dir } is not empty; tavle demo never writes over anything — choose a new or empty folder
cli-demo-failed = could not write the sample boards to { $dir }: { $error }
diag-empty-title = the card `{ $card }` has no title
diag-empty-title-hint = write a title in "title"; otherwise the screen has nothing to show for the card
diag-identity-number = this looks like a national identity number or D-number ({ $number })
diag-identity-number-hint = personal identity numbers do not belong on a board shown on a shared screen; write initials or a room number instead

## Synced folders: conflict copies, merging them, tavle merge
sync-copy-found = Conflict copy of { $board } found: { $copy }. Open the board and press c to merge it.
sync-no-copies = This board has no conflict copies.
sync-merged = Merged; the copy is moved to { $kept } (u undoes).
sync-not-moved = Merged, but the conflict copy { $copy } could not be moved ({ $why }); it is still there.
sync-changed-meanwhile = the copy changed meanwhile
sync-copy-changed = The conflict copy { $copy } changed while you chose; nothing was merged. Look it over again.
sync-not-merged = The conflict copy { $copy } was not merged: { $why }. The board is unchanged.
sync-board-changed = The board changed meanwhile: { $count ->
    [one] one new conflict
   *[other] { $count } new conflicts
  } must be chosen before the merge.
sync-choose-all = Choose the board (←) or the copy (→) for every conflict first: { $count } left.
sync-unmerged = The merge with { $copy } is undone; the copy stays in .tavle/merged/.
sync-copy-broken = The conflict copy { $copy } cannot be read (line { $line }, column { $col }); it is skipped.
sync-banner = { $count ->
    [one] One conflict copy
   *[other] { $count } conflict copies
  } of this board ({ $sources }). c merges { $count ->
    [one] it
   *[other] them
  } into the board.
sync-held-back = { $count ->
    [one] One file is held back as a conflict copy
   *[other] { $count } files are held back as conflict copies
  } and not counted: { $files }.
sync-held-back-item = { $copy } (a copy of { $board })
sync-held-back-merge = c merges the copies of “{ $board }” into the board.
sync-source-device = the board has the change from device { $device }
sync-source-who = by { $who }
sync-source-host = computer { $host }
sync-source-duplicate = copy no. { $n }
sync-log-merged = merged the conflict copy { $copy }
sync-log-unmerged = undid the merge with { $copy }
merge-title = Conflict copy { $n } of { $of }: { $copy } ({ $source })
merge-three-way = Common ancestor known: what changed on one side only is taken without asking.
merge-two-way = No common ancestor known: everything that differs must be chosen.
merge-adds = The copy adds { $what }.
merge-count-cards = { $count ->
    [one] one card
   *[other] { $count } cards
  }
merge-count-decisions = { $count ->
    [one] one decision
   *[other] { $count } decisions
  }
merge-count-values = { $count ->
    [one] one value
   *[other] { $count } values
  }
merge-count-other = { $count ->
    [one] one other element
   *[other] { $count } other elements
  }
merge-nothing-new = The copy has nothing the board lacks.
merge-kept-edits = Kept
merge-renamed = New id
merge-conflicts = Choose for every conflict
merge-field = field
merge-board = Board
merge-copy = Copy
merge-before = before
merge-empty = (empty)
merge-loading = Reading the common ancestor …
merge-saving = Merging …
merge-no-conflicts = No conflicts. Enter merges.
merge-adds-heading = Adds
merge-removes-heading = Removes
merge-whole = the whole element
merge-present = has it
merge-removed = removed
merge-more = … and { $count } more
merge-changes-heading = Changes
merge-from-copy = (from the copy)
cli-merge-ask = { $copy } looks like a copy of { $board }, but may have been made on purpose (the name is not a sync client's); it is merged only when you ask: tavle merge { $board } --copy "{ $copy }"
cli-help-merge-copy = Merge only this copy (file name); needed for copies with names people also give on purpose, such as "NAME (1).json" and "NAME - Copy.json"
merge-element-board = Board
merge-element-meeting = Meeting
merge-element-column = Column
merge-element-card = Card
merge-element-goal = Goal
merge-element-indicator = Indicator
merge-element-value = Value
merge-element-decision = Decision
merge-on-board = the board
merge-on-copy = the copy
merge-kept-unarchived = archived on { $side }, edited on the other: the edit is kept
merge-kept-edited = deleted on { $side }, edited on the other: the edit is kept
merge-kept-record = deleted on { $side }, but a merge never deletes decisions and values
merge-kept-record-both = deleted on both sides, but a merge never deletes decisions and values
merge-renamed-from = got a new id (was { $from }): each side had made its own with the same id
merge-yes = yes
merge-no = no
cmd-help-sync-open = merge the board's conflict copies
cmd-help-sync-board = keep the board's value in the conflict
cmd-help-sync-copy = take the copy's value in the conflict
cmd-help-sync-merge = merge (once every conflict is chosen)
cmd-help-sync-skip = skip this copy
cmd-hint-sync-open = merge
cmd-hint-sync-board = board
cmd-hint-sync-copy = copy
cmd-hint-sync-merge = merge
cmd-hint-sync-skip = skip
cli-merge-none = No conflict copies of { $board }.
cli-merge-no-board = cannot find the board { $board }
cli-merge-broken = the board { $board } cannot be read: { $problem }
cli-merge-copy-broken = the conflict copy { $copy } cannot be read: { $problem } — skipped
cli-merge-choose = { $count ->
    [one] One conflict needs
   *[other] { $count } conflicts need
  } a choice: run again with --prefer board (keep the board) or --prefer copy (take the copy). Nothing was written.
cli-merge-dry-run = Dry run: nothing was written.
cli-merge-log = The change log of { $board }: { $count ->
    [one] one conflict copy
   *[other] { $count } conflict copies
  } merged into the log, line by line in order of time.
cli-merge-log-failed = the conflict copies of the change log of { $board } were not merged: { $why }
cli-log-copy = a conflict copy of the change log of { $board }: the minutes miss what it holds until it is merged into the log (`tavle merge { $board }`, or c when the board is merged)
cli-merge-done = Merged { $copy }; the copy is now in { $kept }.
cli-merge-failed = { $copy } was not merged: { $why }
cli-help-merge = Merge conflict copies (Syncthing, Dropbox, OneDrive, Nextcloud) into the board, element by element
cli-help-merge-board = The board: a file, or the id or title of a board in --dir (with --git: the file)
cli-help-merge-dry-run = Show what would be merged, without writing anything
cli-help-merge-prefer = Choose this side in every conflict: board or copy

## Odd starts: a bad --poll or --lang, an unknown TAVLE_LANG, no terminal, and
## the operating system's own errors. $valid lists the languages as
## `code (start-lang-autonym)`; $reason is one of the start-os-* reasons, an
## fs-* reason, or start-os-other with the system's own text as $detail.
start-lang-autonym = English
start-lang-unknown = tavle does not speak “{ $value }” (--lang); choose one of: { $valid }
start-env-lang-unknown = TAVLE_LANG is “{ $value }”, which tavle does not speak; using { $used } instead. The languages are: { $valid }
start-poll-bad = --poll { $value }: not a valid number of seconds; use a number from { $min } to { $max } (for example 2 or 1.5)
start-no-terminal = { $which ->
    [stdin] tavle needs a terminal to show the boards, but standard input is not a terminal
    [stdout] tavle needs a terminal to show the boards, but standard output is not a terminal
   *[both] tavle needs a terminal to show the boards, but neither standard input nor standard output is a terminal
  } (cron, a script, a pipe or `ssh` without -t?). In scripts `tavle status`, `tavle check` and `tavle minutes` print the same as text; `tavle demo --no-open` only writes the copy.
start-terminal-failed = tavle could not take over the terminal: { $reason }. Start tavle in a terminal window (over ssh: `ssh -t`).
start-screen-failed = the screen stopped: { $reason }
start-os-not-a-folder = part of the path is a file, not a folder
start-os-bad-name = the name is too long or not allowed here
start-os-busy = is in use by another program
start-os-network = the connection to the network folder is broken
start-os-stale = the network folder lost the file; connect the folder again
start-os-no-terminal = no terminal is attached to tavle
start-os-other = the operating system said “{ $detail }”

## Locks: who holds one, on which machine, how old as seen by tavle, and what
## `tavle unlock` found before it breaks or refuses. $who and $age are the
## lock-found-* pieces; $since and $time are dates as 24.11.2026 08:15.
lock-found = found the lock of the board { $board }: { $who }, { $age }
lock-found-holder = taken by { $host } (pid { $pid })
lock-found-holder-since = taken by { $host } (pid { $pid }) at { $since }
lock-found-nobody = it names no holder (it is empty, cut short or not written by tavle)
lock-found-unreadable = you may not read it (its permissions), so its holder is unknown
lock-found-age-secs = { $secs } s old as seen by tavle
lock-found-age-min = { $min } min old as seen by tavle
lock-found-age-hours = { $hours } h old as seen by tavle
lock-found-future = its time is in the future ({ $time }): a clock gone wrong, or planted, so its age is unknown
lock-found-gone = process { $pid } is no longer running on this machine: the lock was left behind
lock-found-running = process { $pid } is running on this machine
lock-found-no-answer = this system cannot tell whether process { $pid } is running
lock-found-other-host = it was taken on another machine ({ $host })
lock-found-other-machine = it was taken on another machine with the same name (another machine id)
lock-found-other-boot = it was taken under another start of the machine (before a restart, or on a copy of this virtual machine)
lock-found-other-namespace = it was taken in another container on this machine (another process namespace), so its process number says nothing here
lock-found-by-name-only = { $why } (the lock is from an older version of tavle and names only the machine's name)
lock-unlock-needs-force = not broken: the lock of the board { $board } may be in use; if nobody is saving that board right now, break it with `tavle unlock { $board } --force`
lock-unlock-running-force = not broken: process { $pid } runs on this machine; if it is not tavle saving (the number was reused, or it hangs), break the lock with `tavle unlock { $board } --force`
lock-unlocked-folder = the lock of the board { $board } was a folder; tavle removes no folder, so it was moved aside to { $aside } (remove it by hand)
cli-unlock-force = Also break a lock that may be in use: another machine's recent lock, or that of a process that runs here but has held it long

## git: conflict markers in a board file, tavle merge --git, the merge driver
## git runs (tavle merge-driver) and tavle init. $file is the file as the user
## wrote it; $side is one of git-side-*; $lines are line ranges like
## "59–70 and 88–94".
diag-git-conflict = git conflict in { $count ->
    [one] line
   *[other] lines
  } { $lines }: resolve it with `tavle merge --git FILE` or in git
diag-git-conflict-and = and
diag-git-conflict-hint = git stopped a merge here: between <<<<<<< and >>>>>>> are both versions; `git merge --abort` goes back to before the merge
git-side-ours = our side (HEAD)
git-side-theirs = their side (what is being merged in)
git-missing = git is not on this machine (not on the PATH)
git-failed = git said: { $detail }
git-not-repo = { $file } is not in a git work tree
git-not-conflicted = { $file } has no git conflict: git has not stopped a merge in this file (see `git status`)
git-deleted = { $file } was deleted on { $side } and changed on the other; choose in git: `git add { $file }` keeps the file, `git rm { $file }` deletes it
git-broken = the version of { $file } on { $side } cannot be read as a board: { $problem }
git-base-broken = the common version cannot be read as a board ({ $problem }), so everything that differs must be chosen
git-sides = The board is our version (HEAD), the copy is theirs (what is being merged in).
git-choose = { $count ->
    [one] One conflict needs
   *[other] { $count } conflicts need
  } a choice: run again with --prefer ours (our side) or --prefer theirs (their side). Nothing was written.
git-done = The merged board was written to { $file }. Mark the conflict resolved with `git add { $file }`.
git-write-failed = { $file } was not written: { $why }
git-driver-conflicts = { $count ->
    [one] One conflict in { $file } needs
   *[other] { $count } conflicts in { $file } need
  } a choice: run `tavle merge --git { $file }`. Until then the file holds our version.
git-driver-as-text = { $file } is not a board: git merges it line by line.
git-driver-failed = tavle could not merge { $file }: { $why }
git-driver-name = tavle: boards merged element by element
init-added = { $file }: added { $count ->
    [one] 1 line
   *[other] { $count } lines
  }
init-had = { $file }: had every line already
init-failed = { $file } was not written: { $why }
init-driver = git: boards are now merged element by element (merge.tavle.driver in { $repo }/.git/config)
init-not-repo = The folder is not in a git work tree: run `tavle init` again after `git init` or `git clone` to set up the merge.
init-no-git = git is not on this machine: run `tavle init` again where git is to set up the merge.
cli-help-merge-git = BOARD is a file git stopped a merge in: merge git's versions of it element by element (--prefer ours|theirs)
cli-help-init = Prepare a board folder for git and Syncthing: .gitattributes, .gitignore, .stignore and git's merge driver
cli-help-init-dir = The board folder

## Issue 17: every message in the user's language — clap's usage errors
## (built from the error's kind, not clap's English) and the facts --help
## states. $arg is an argument as the usage line writes it (--dir <MAPPE>),
## $value what the user typed, $usage a command line to type.
cli-quoted = “{ $text }”
cli-or = or
cli-tip = hint
cli-error-missing = not given, but needed: { $args }
cli-error-unknown-argument = the argument “{ $arg }” does not belong here
cli-error-invalid-value = “{ $value }” is not a valid value for { $arg }
cli-error-value-missing = { $arg } needs a value
cli-error-valid-values = valid values: { $values }
cli-error-not-a-number = not a whole number
cli-error-number-too-large = the number is too large
cli-error-unknown-command = unknown command: “{ $command }”
cli-error-missing-command = { $command } needs a command after it: { $commands }
cli-error-too-many = { $arg } takes no more values, but got “{ $value }”
cli-error-too-few = { $arg } needs at least { $min } values, but got { $count }
cli-error-wrong-count = { $arg } needs { $expected } values, but got { $count }
cli-error-conflict = { $arg } and { $other } exclude each other
cli-error-given-twice = { $arg } may be given only once
cli-error-conflict-others = { $arg } excludes the other arguments given
cli-error-no-equals = { $arg } takes its value after an equals sign: { $arg }=…
cli-error-not-utf8 = an argument is not valid text (UTF-8)
cli-error-other = the command line cannot be read
cli-error-more = More help: { $command } --help
cli-tip-similar = did you mean { $names }?
cli-tip-as-value = to give “{ $arg }” as a value, write “{ $usage }”
cli-tip-remove-dashes = the command “{ $command }” exists: remove the “--” before it
cli-required = [must be given]
cli-value-meeting = MEETING
cli-value-name = NAME
cli-value-side = SIDE
cli-value-base = BASE
cli-value-ours = OURS
cli-value-theirs = THEIRS
cli-card-move-column = The column to move the card to: its id or title, such as Pågår
cli-fmt-long = Rewrite board files in the canonical layout: 2 spaces and a fixed order of the fields. Cards and decisions that share an id get one each (as with tavle check --fix). A BOM and the line ends (CRLF or LF) are kept. Files with errors or in a newer format are left alone, and so are files you may not write and links out of the folder. Each file is written under the board's lock, as every change is.
cli-fmt-path = The folder (or one board file) to rewrite
cli-merge-driver = The merge driver git runs for board files (tavle init sets it up): tavle merge-driver %O %A %B %P
cli-merge-driver-base = The common version (%O)
cli-merge-driver-ours = Our version (%A); the merged board is written here
cli-merge-driver-theirs = Their version (%B)
cli-merge-driver-path = The file's name in the work tree (%P), for messages
cli-env = Environment
cli-env-tavle-lang = The language (nb, nn or en) when --lang is not given
cli-env-locale = The language when neither --lang nor TAVLE_LANG is given: nn_NO gives nynorsk, nb_NO and no_NO bokmål, en_* English, anything else bokmål
cli-env-tavle-user = The name changes are signed with (updated_by and the change log) when --as is not given; else name in tavle.toml, the account's full name or the login name ({ $login })
cli-env-config = Where tavle.toml is read: $XDG_CONFIG_HOME/tavle, else $HOME/.config/tavle (Windows: %APPDATA%\tavle); LOGNAME (Windows: USERNAME) is the login name when USER is unset
cli-exit = Exit codes
cli-exit-ok = done
cli-exit-problems = problems found (tavle check, tavle fmt --check, a file with errors), or what was asked was refused or failed
cli-exit-usage = the command line was wrong: an unknown argument, a board, card or name that does not exist, a bad date or value, no terminal for the screen; nothing was tried
cli-exit-signal = the screen was ended by signal N, such as 143 (SIGTERM) or 129 (SIGHUP)

## Issue 17: dates, pasted text and who did it. $text is what the user
## typed; $date is a date such as 24.11.2026; $days are dates with meetings.
date-bad-day = `{ $text }`: write today, yesterday, mon, 1.12, 2026-12-01, -1d or week 49
date-future = `{ $text }` is { $date }, a day still to come
csv-future-date = `{ $value }` is { $date }, a day still to come
minutes-no-meeting-day = { $count ->
    [0] there was no meeting on { $date }, and the change log has no meetings (--anyway writes the day's changes without a meeting)
   *[other] there was no meeting on { $date }; meetings: { $days } (--anyway writes the day's changes without a meeting)
  }
who-unknown = unknown
cli-as = The name changes are signed with (instead of TAVLE_USER, tavle.toml and the account's name)
cli-minutes-anyway = Also a day without a meeting: write the day's changes

## Issue 17: preparing the meeting, since last time
prep-msg-tick-needs-meeting = start the meeting (m) before ticking who is present
prep-msg-choose-item = choose an agenda item first (↑↓)
prep-msg-choose-person = Space ticks a person: choose one in the list "Present"
prep-msg-bad-minutes = "{ $text }" is not a time: type whole minutes from 1 to 1440, or leave the field empty
prep-msg-item-gone = the item "{ $item }" is no longer on the agenda (changed from another screen?)
prep-msg-no-earlier-meeting = the board has had no meeting before: nothing to show since last time
prep-msg-no-minutes = the board has no minutes of an earlier meeting
prep-msg-no-such-card = no card is called "{ $text }": type the card's id (e.g. k1) or title, or leave the field empty for the whole meeting
prep-msg-ambiguous-card = "{ $text }" fits several cards ({ $cards }): type the card's id
prep-screen = The meeting: preparation and attendance
prep-goal = Goal
prep-no-goal = not set
prep-length = Length
prep-agenda = Agenda
prep-no-agenda = no items yet
prep-add-item = + new item
prep-team = Present
prep-guest = guest
prep-add-guest = + guest
prep-tick-when-running = Tick who is present once the meeting is under way (m starts it).
prep-not-started = not started
prep-started = under way
prep-since = Since last time
prep-since-keys = ↑↓ scroll · r previous minutes · Esc close · other keys work as usual
prep-previous-meeting = Previous meeting
prep-present-then = Present then
prep-nothing-since = No changes on the board since the previous meeting.
prep-cards = Cards
prep-finished = Finished
prep-decisions-since = Decisions between the meetings
prep-minutes-title = Previous minutes
prep-minutes-keys = ↑↓ scroll · Esc close · other keys work as usual
prep-made-from-log = No minutes file was written for this meeting; these minutes are made now from the board and the change log.
prep-whole-meeting = the whole meeting (not about a card)
prep-plan-changes = Preparing the meeting
prep-goal-removed = Goal removed
prep-default-length = default
prep-item-added = New item
prep-item-removed = Item removed
prep-item-renamed = Item changed
prep-item-moved = Item moved
prep-item-time-box = Time box
prep-no-time-box = none
prep-minutes = { $minutes } min
prep-item-places = from place { $from } to { $to }
prep-card-offer = the whole meeting · type { $card } to make it about the selected card "{ $title }"
prep-minutes-file = Previous minutes: { $file }
label-minutes = Minutes
label-item = Item
label-name = Name
label-card = Card
cmd-help-prep-open = the meeting: goal, length, agenda and who is present
cmd-help-prep-goal = set or change the meeting's goal
cmd-help-prep-length = set or change the meeting's length
cmd-help-prep-add-item = new agenda item
cmd-help-prep-remove-item = remove the item (on a person: not present)
cmd-help-prep-time-box = the item's own time box
cmd-help-prep-tick = tick present / not present
cmd-help-prep-guest = add a guest who is present
cmd-help-prep-since = what has been done since last time
cmd-help-prep-minutes = previous minutes
cmd-help-prep-edit = change the line (goal, length, item) or tick the person
cmd-help-prep-item-up = move the item up
cmd-help-prep-item-down = move the item down
cmd-hint-prep-add-item = new item
cmd-hint-prep-tick = present
cmd-hint-prep-since = since
cmd-hint-prep-minutes = minutes
cmd-hint-prep-edit = change

## Issue 17: columns from the board, and small screens (80×24). Columns are
## added, renamed, given a WIP limit and moved with keys on the board; the
## minutes list it. $column is a column title; $text is what the user typed.
cmd-help-new-column = new column right of the selected one
cmd-help-edit-column = rename the column or change its WIP limit
cmd-help-column-left = move the column left
cmd-help-column-right = move the column right
cmd-hint-new-column = new column
cmd-hint-edit-column = column
cmd-hint-column-move = move column
cmd-hint-agenda-item = item
cmd-hint-end-meeting = end meeting
column-new = New column
column-edit = Edit column
label-wip = WIP limit
msg-column-not-empty = The column { $column } has cards (archived ones too): move them first.
msg-bad-limit = `{ $text }`: a WIP limit is a whole number from 1 (empty: no limit)
minutes-columns = Columns
minutes-column-added = New column
minutes-column-removed = Column removed
minutes-column-renamed = Renamed
minutes-column-limit = WIP limit
minutes-column-order = New order
minutes-no-limit = none
ui-scroll-keys = ↑↓ PgUp PgDn: scroll

## Issue 17: the facilitator's views — boards with one title told apart, fields
## in the user's words, notices that confirm what a key did, one person's view,
## what each symbol means. $what is one of the views-what-* texts; $fields the
## names of fields (title, note); $matches boards as “Drift (nord.json)”.

views-same-title-board = “{ $name }” is the title of several boards: { $matches }; give the file name, for example { $file }
views-field-order-cards = Order of the cards
views-field-order-columns = Order of the columns
views-field-order-goals = Order of the goals
views-field-order-indicators = Order of the indicators
views-field-order-decisions = Order of the decisions
views-field-meeting-goal = Goal of the meeting
views-field-agenda = Agenda
views-field-minutes = Length (minutes)
views-field-running = The meeting under way
views-field-wip = Card limit
views-field-done-column = Done column
views-field-done-at = Done at
views-field-decided-at = Decided at
views-field-by = Written by
views-field-corrections = Earlier wording
views-field-parent = Parent goal
views-field-target = Target value
views-field-better = Better is
views-field-values = Measurements
views-field-updated-by = Last changed by
views-field-escalated-to = Sent up to
views-field-escalated-from = Sent from
views-what-added = “{ $title }” added
views-what-removed = “{ $title }” removed
views-what-moved = “{ $title }”: { $from } → { $to }
views-what-edited = “{ $title }”: { $fields }
views-what-archived = “{ $title }” archived
views-what-restored = “{ $title }” restored
views-what-escalated = “{ $title }” sent up to { $board }
views-what-decided = the decision “{ $text }”
views-what-decision-removed = the decision “{ $text }” removed
views-what-corrected = the wording of “{ $text }”
views-what-done = “{ $text }” done
views-what-not-done = “{ $text }” not done
views-what-measured = { $indicator } { $date }: { $value }
views-what-unmeasured = { $indicator } { $date }: measurement removed
views-what-goal = the goal “{ $title }”
views-what-other = the last change
views-did-undo = Undone: { $what }
views-did-redo = Redone: { $what }
views-did-archived = Archived: “{ $title }” (u undoes, a shows the archive)
views-did-restored = Restored: “{ $title }”
views-did-done = Done: “{ $text }”
views-did-not-done = Not done after all: “{ $text }”
views-history-edited = changed { $fields }
views-history-decided = decision: { $text }
views-history-corrected = decision corrected: { $text }
views-history-done = follow-up done: { $text }
views-history-not-done = follow-up not done after all: { $text }
views-owner-follow-ups = Follow-ups
views-owner-decisions = Decisions
views-owner-nothing = No cards or decisions with this name.
views-symbol-green = green: on track
views-symbol-yellow = yellow: at risk
views-symbol-red = red: off track
views-symbol-no-light = no light
views-symbol-done = done · meets target · chosen
views-symbol-set-by-hand = red, deadline passed (set light)
views-symbol-overdue = past the deadline · warning
views-symbol-due-today = due today · run-chart signal
views-symbol-misses-target = misses the target
views-symbol-changed-by = just changed by someone else
views-symbol-escalated-to = sent up to another board
views-symbol-escalated-from = sent here from another board
views-symbol-selected = selected · more columns right
views-symbol-more-left = more columns to the left
views-symbol-more-above = more lines above
views-symbol-more-below = more lines below
views-symbol-goal = goal in the action plan
views-symbol-measure = measure · decision, no deadline
views-symbol-follow-up-open = follow-up, not done
views-symbol-follow-up-done = follow-up done
views-symbol-time-left = time left in the meeting
views-symbol-over-time = the meeting is over time
views-symbol-cursor = the cursor where you type
views-symbol-info = message
views-symbol-added = is added
views-symbol-removed = is taken away
views-symbol-changed = is changed
views-symbol-sparkline = measurements over time
views-symbols-title = Symbols on screen
views-symbols-from-help = ? shows what the symbols mean · any other key closes
views-symbols-close = press a key to close
views-merge-diff-hint = What differs is underlined · PgUp/PgDn scroll the values
views-merge-base = Before both changed it
cmd-help-sync-page-down = scroll down in the values
cmd-help-sync-page-up = scroll up in the values

## CSV import: encodings, ambiguous numbers, two rows for one date, each stored value (issue 18.6)
csv-read-windows-1252 = { $file }: read as Windows-1252 (not UTF-8), as Norwegian Excel saves CSV; æ, ø and å were converted
csv-read-utf16 = { $file }: read as UTF-16 (Excel's "Unicode text") and converted
csv-broken-utf8 = { $file } starts as UTF-8, but line { $line } is not UTF-8
csv-broken-utf16 = { $file } is UTF-16, but broken on line { $line }
csv-utf16-without-bom = { $file } looks like UTF-16 without the mark (BOM) that says which byte comes first
csv-not-windows-1252 = { $file } is neither UTF-8 nor Windows-1252 (byte { $byte } on line { $line } is no letter there)
csv-how-to-save = nothing was read. Save the file as UTF-8: in Excel File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"; in Notepad Save As → Encoding: UTF-8
csv-ambiguous = `{ $text }` can be read two ways (thousands separator or decimal mark?): write { $thousands } or { $grouped } for thousands, { $decimal } for decimals
msg-ambiguous-value = `{ $text }` can be read two ways: write { $thousands } or { $grouped } for thousands, { $decimal } for decimals
csv-stored = Stored { $indicator } { $date }: { $value }
csv-stored-replaced = Stored { $indicator } { $date }: { $value } (replaced { $old })
csv-unchanged = Unchanged { $indicator } { $date }: { $value } (already there)
csv-repeat = the same indicator, date and value as line { $first }: stored once
csv-line-value = line { $line }: { $value }
csv-conflict = { $indicator } gets different values for { $date } ({ $rows }): none of them is stored, keep one of the rows
csv-summary = Stored { $stored ->
        [one] { $stored } measurement
       *[other] { $stored } measurements
    } ({ $replaced } replaced), { $unchanged } unchanged, skipped { $skipped ->
        [one] { $skipped } row
       *[other] { $skipped } rows
    }
values-same-date = the indicator “{ $indicator }” has more than one measurement on { $count ->
        [one] one date
       *[other] { $count } dates
    }: { $dates }
values-same-date-hint = give each date one value: correct the date or remove the other measurement in the file
values-future = the indicator “{ $indicator }” has { $count ->
        [one] a measurement
       *[other] { $count } measurements
    } dated after today: { $dates }
values-future-hint = a measurement is of a day that has been: correct the date in the file

## Run charts: signals named by their weeks, the chart's legend
# "Shift: weeks 3–9 (7 points above the median)". $kind: shift or trend; $direction:
# above, below, rising or falling; $weeks: runchart-weeks or runchart-week
runchart-signal = { $kind ->
        [shift] Shift
       *[trend] Trend
    }: { $weeks } ({ $direction ->
        [above] { $len } points above the median
        [below] { $len } points below the median
        [rising] { $len } rising points
       *[falling] { $len } falling points
    })
# $from and $to are week numbers, with the year ("50/2025") when it is needed
runchart-weeks = weeks { $from }–{ $to }
runchart-week = week { $week }
runchart-legend-point = measurement
runchart-legend-shift = shift
runchart-legend-rising = rising trend
runchart-legend-falling = falling trend
runchart-legend-both = shift and trend
runchart-newest = the newest { $shown } of { $total } measurements
runchart-more = … and { $n } more signals
views-symbol-chart-point = measurement in a run chart
views-symbol-chart-shift = point in a shift (run chart)
views-symbol-chart-trend = point in a rising or falling trend
views-symbol-chart-both = point in both a shift and a trend

## Issue 18.3–4: following escalations between boards and back, what a copy's
## state says on its origin card, long lists (paging, position) and pickers
## that filter as you type. $board and $origin are board titles; $card a
## card id; $title a card title; $key the key that goes back (Backspace).
link-none = the card has no link to another board
link-no-card = no card is selected
link-not-loaded = the board { $board } is not in this folder: the card cannot be shown
link-unreadable = the board { $board } cannot be read now: the card cannot be shown
link-gone = the card { $card } is no longer on { $board }
link-jumped = on { $board } · { $key } goes back
link-nothing-back = nowhere to go back to
link-back-gone = the board you came from, { $board }, is gone
link-closed-finished = “{ $title }” is finished on { $board } (sent up from { $origin })
link-closed-archived = “{ $title }” is archived on { $board } (sent up from { $origin })
link-state-finished = ✓ finished on { $board }
link-state-archived = archived on { $board }
link-state-missing = ? not to be found
list-owners = Owners
list-no-match = no match
list-picker-keys = type to filter · ↑↓ PgUp/PgDn choose · Enter send · Esc cancel
list-owner-keys = ↑↓ choose a name · Enter use · Esc cancel
list-panel-keys = J/K scrolls
list-owner-line = { $name } · { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    }{ $follow ->
        [0] {""}
        [one] {" · "}1 follow-up
       *[other] {" · "}{ $follow } follow-ups
    }
cmd-help-follow-link = go to the linked card (⇪ first)
cmd-help-follow-origin = go to the card it was sent up from (⇩)
cmd-help-jump-back = back to where you came from
cmd-help-first = first in the list
cmd-help-last = last in the list
cmd-help-page-up = a page up
cmd-help-page-down = a page down
cmd-help-panel-up = scroll the responsibilities up
cmd-help-panel-down = scroll the responsibilities down
cmd-hint-follow-link = go to link
cmd-hint-jump-back = back

## tavle status names every measure: the organisation's total, copies counted once, changes since a day

report-total = The whole organisation
report-boards = { $count ->
        [one] { $count } board
       *[other] { $count } boards
    }
report-follow-ups-total = { $count ->
        [one] { $count } open follow-up
       *[other] { $count } open follow-ups
    } ({ $overdue } overdue)
report-copies-note = Each measure is counted once: { $count ->
        [one] { $count } copy
       *[other] { $count } copies
    } sent up from another board in the report { $count ->
        [one] is
       *[other] are
    } not counted again in the total (a copy stays on its board, marked ⇩).
report-unreadable-note = { $count ->
        [one] { $count } board
       *[other] { $count } boards
    } could not be read: the cards there are not counted.
report-red = Red and overdue measures
report-copy-of = ⇩ copy of { $card }
report-more = … { $count ->
        [one] { $count } more deadline
       *[other] { $count } more deadlines
    } (--all shows every one)
report-goals = Goals
report-decisions = Decisions
report-measured = measured { $date }
report-no-owner = no owner
report-since-title = Changes since { $date }
report-turned-red = Turned red
report-finished = Finished
report-new-overdue = Newly overdue
report-new-signals = New signals
report-was = before: { $light }
report-added = new card
report-unchanged = No changes: { $boards }
report-nothing-changed = No changes.
changes-title = Changes since
changes-ask = Since which day? (last week, yesterday, 16.11, week 46)
changes-reading = Reading the change logs …
changes-keys-typing = Enter shows · Esc back
changes-none = No changes on any board since { $date }.
cmd-help-since-open = what changed since a day, on every board
cmd-hint-since-open = since
cmd-help-since-date = choose another day
cmd-help-since-page-down = scroll down a page
cmd-help-since-page-up = scroll up a page
cli-status-unit = Only boards with this unit (a part of the name is enough)
cli-status-board = Only this board (id, file name or title)
cli-status-since = What changed since this day (last week, yesterday, 16.11, week 46)
cli-status-all = Show every deadline in the text (nothing folded)
changes-default-day = last week

## Platform: a file another program holds open (Windows)
fs-held-open = another program has the file open (or you may not replace it); your change is kept in { $kept } — save again once the file is closed

## Improvement board: the format's words – routines, PDSA cycles, a card's indicator (issue 21)
## $routine is a routine's id; $card a card's id; $cycle a PDSA cycle's number
## (from 1); $effect and $effort 1–3 or –; $fields names of fields in the file.
id-kind-routine = routine
diag-unknown-indicator = refers to an indicator that does not exist: `{ $id }`
diag-unknown-indicator-hint = use the id of one of the indicators in "indicators", or remove "indicator"
merge-element-routine = Routine
msg-routine-gone = the routine { $routine } no longer exists
msg-routine-exists = the routine { $routine } exists already
msg-cycle-gone = the card { $card } no longer has PDSA cycle { $cycle }
history-prioritised = placed in the priority matrix: effect { $effect }, effort { $effort }
history-cycle-started = PDSA cycle { $cycle } started
history-cycle-changed = PDSA cycle { $cycle } changed: { $fields }
history-cycle-removed = PDSA cycle { $cycle } removed

## New boards from a template: tavle new and n on the overview
template-forbedring-col-ideas = Ideas
template-forbedring-col-plan = Plan
template-forbedring-col-do = Do
template-forbedring-col-study = Study
template-forbedring-col-act = Act/standardise
template-forbedring-col-done = Done
template-forbedring-goal = Collect ideas, prioritise them and follow the tests until they become the new standard
template-forbedring-agenda-tests = Status of the tests under way (PDSA)
template-forbedring-agenda-ideas = New ideas
template-forbedring-agenda-priority = Priorities (effect × effort)
template-forbedring-agenda-decisions = Decisions and next steps
template-drift-col-today = Today
template-drift-col-week = This week
template-drift-col-doing = In progress
template-drift-col-waiting = Waiting for others
template-drift-col-done = Done
template-drift-goal = A shared picture of today's operations, risks and who does what
template-drift-agenda-staffing = Staffing and resources today
template-drift-agenda-goals = Status against goals
template-drift-agenda-risk = Risks and deviations since last time
template-drift-agenda-deadlines = Measures and deadlines
template-drift-agenda-decisions = Decisions and who is responsible
new-board-kind-forbedring = improvement board
new-board-kind-drift = operations board
new-board-dialog = New board: improvement or operations?
new-board-label-kind = Kind
new-board-label-name = Name
new-board-label-team-leader = Team leader (may be left empty)
new-board-label-measurement-lead = Measurement lead (may be left empty)
new-board-created = New { $kind } made: { $path }
new-board-exists = { $path } exists already; choose another name (nothing was written)
new-board-failed = Could not make the board: { $error }
new-board-bad-kind = “{ $text }” is no kind of board: type improvement or operations (forbedring or drift; i, o, f or d will do)
new-board-no-name = The board needs a name
cmd-help-new-board = new board: an improvement or an operations board, from its template
cmd-hint-new-board = new board
cli-new = Make a new board from its template: forbedring (improvement board) or drift (operations board)
cli-new-kind = forbedring or drift (also improvement, operations, forbetring)
cli-new-name = The board's name; its file name is made from it
cli-new-dir = The folder to put the board in
role-team-leader = Team leader
role-measurement-lead = Measurement lead
cli-new-team-leader = The improvement team's leader
cli-new-measurement-lead = The improvement team's measurement lead
cli-value-kind = KIND

## Routines, A3 and the team's reports (issue 21: an improvement becomes a routine; status and final report)
routine-doc = Routine
routine-purpose = The purpose of this routine
routine-content = The concrete content of the routine
routine-arenas = The meeting arenas where participants share their experience
routine-follow-up = Follow-up and further development of the routine
routine-revision = The routine is revised in a yearly review
routine-revision-date = Date of the yearly review
routine-board = Board
routine-card = From the improvement
routine-created = Made
routine-not-written = (not filled in)
routine-none = The board has no routines yet.
routines-title = Routines
routines-empty = No routines yet. n makes one; a card moved into Korrigere/standardisere is offered one too.
routines-col-routine = Routine
routines-col-revision = Revision
routines-col-card = From card
routine-dialog-new = New routine (routine template)
routine-dialog-edit = Change the routine
label-routine-purpose = Purpose
label-routine-content = Content
label-routine-arenas = Arenas
label-routine-follow-up = Follow-up
label-routine-revision = Revision
routine-yes = Enter/y: yes
routine-no = Esc/n: no
routine-offer = Make “{ $card }” a routine?
routine-remove-ask = Remove the routine “{ $routine }”? (u undoes)
routine-exists-for = “{ $card }” has a routine already: “{ $routine }”
routine-written = The routine was written to { $path }
routines-overdue = { $count ->
    [one] ⚠ 1 routine due for revision
   *[other] ⚠ { $count } routines due for revision
  }
cmd-help-routines = the routines and their yearly revision
cmd-hint-routines = routines
cmd-help-a3 = the A3 of the selected card
cmd-hint-a3 = A3
cmd-help-routine-new = new routine
cmd-hint-routine-new = new
cmd-help-routine-edit = change the selected routine
cmd-hint-routine-edit = edit
cmd-help-routine-remove = remove the selected routine (asks first; u undoes)
cmd-hint-routine-remove = remove
cmd-help-routine-revised = revised today: the next revision a year from now
cmd-hint-routine-revised = revised
cmd-help-routine-write = write the routine as Markdown to rutiner/
cmd-hint-routine-write = write
a3-title = A3
a3-problem = Problem
a3-description = Description
a3-current = Current situation
a3-root-cause = Root cause
a3-whys = Five whys
a3-goal = Goal
a3-measures = Measures
a3-plan = Plan (PDSA)
a3-plan-field = Plan
a3-prediction = Prediction
a3-started = Started
a3-result = Result
a3-measured = Measured
a3-outcome = Result
a3-decision = Decision
a3-ended = Ended
a3-no-cycles = No PDSA cycles yet.
a3-run-chart = Run chart
a3-no-indicator = The card is not linked to an indicator.
a3-median = Median
a3-target = Target
a3-signals = Signals
a3-above = above the median
a3-below = below the median
a3-on-median = on the median
a3-benefit = Benefit
a3-benefit-kind = Kind
a3-benefit-who = Benefit owner
a3-benefit-by = By
a3-benefit-how = How it is measured
a3-owner = Owner
a3-due = Due
a3-column = Column
a3-board = Board
a3-adopt = adopt
a3-adapt = adapt and test again
a3-abandon = abandon
a3-avoided-cost = avoided cost
a3-time-saved = time saved
a3-better-quality = better quality
a3-keys = Esc/A: close
a3-cycle = Cycle { $n }
team-status-report = Status report
team-final-report = Final report
team-team = Improvement team
team-unit = Unit
team-leader = Team leader
team-measurement-lead = Measurement lead
team-date = Date
team-not-set = (not set)
team-goals = Goals
team-no-goals = The board has no goals.
team-measures = Measures and PDSA cycles
team-no-measures = No measures on the board.
team-indicators = Indicators
team-no-indicators = The board has no indicators.
team-routines = Routines made
team-no-routines = No routines made yet.
team-achieved = What was achieved
team-nothing-achieved = No measure is finished yet.
team-benefits = Benefit
team-no-benefits = No benefit is described.
team-kept = What is kept
team-nothing-kept = Nothing has been adopted yet.
team-latest = latest
team-effect = Effect
team-remains = Remains
team-cycles = { $count ->
    [one] 1 PDSA cycle
   *[other] { $count } PDSA cycles
  }
cli-routine = Print the board's routines as Markdown, with the headings of the routine template
cli-value-routine = ROUTINE
cli-routine-routine = The routine (id or title); all of them when none is named
cli-a3 = Print the A3 of an improvement card as Markdown
cli-a3-card = The card (id or title)
cli-report = Print the team's status report or final report (learning network) as Markdown
cli-report-status = The status report
cli-report-final = The final report
cli-unknown-routine = { $count ->
    [0] the board has no routines, so “{ $name }” does not exist
   *[other] the board has no routine “{ $name }”; the routines are: { $valid }
  }
cli-ambiguous-routine = “{ $name }” fits several routines: { $matches }; type more of the title or use the id

## Idea intake (+) and priority matrix (P)
intake-dialog = New idea
intake-label-received = Received
intake-choices = From: 1 staff · 2 user · 3 relative · 4 other (type who) · the date is today unless you change it
source-ansatt = staff
source-bruker = user
source-parorende = relative
source-other = other
source-unknown = no source
card-source-from = from { $source }
overview-sources = Ideas by source: { $list }
matrix-title = Priority matrix
matrix-axes = effect ↑ (rows) × effort → (columns)
matrix-high = high
matrix-medium = medium
matrix-low = low
matrix-quick-win = ★ Quick win
matrix-unplaced = Not placed
matrix-no-ideas = No ideas to prioritise
matrix-numpad = 1–9 puts the idea in the cell of that digit · 0/x takes it out · Shift+arrow moves it
matrix-more = +{ $count } more
msg-intake-not-improvement = Idea intake (+) is for improvement boards; use n for a new card here
msg-intake-no-source = Where did the idea come from? Press 1 staff, 2 user, 3 relative or 4 other
msg-matrix-place-first = The idea is not in the matrix yet: place it with a digit 1–9
cmd-help-intake = new idea: source, date, text (improvement board)
cmd-hint-intake = idea
cmd-help-matrix-open = priority matrix: effect × effort
cmd-hint-matrix-open = matrix
cmd-help-matrix-place = put the idea in a cell, as on a numpad: 7 8 9 high effect, 1 2 3 low; 7 = quick win
cmd-hint-matrix-place = place
cmd-help-matrix-unplace = take the idea out of the matrix
cmd-hint-matrix-unplace = take out
cmd-help-matrix-more-effect = move the idea up: more effect
cmd-help-matrix-less-effect = move the idea down: less effect
cmd-help-matrix-less-effort = move the idea left: less effort
cmd-help-matrix-more-effort = move the idea right: more effort
cmd-hint-matrix-move = move

## The PDSA card: cycles, evaluation, benefit and indicator (improvement board)
pdsa-plan = Plan
pdsa-prediction = Prediction
pdsa-started = Started
pdsa-measured = Measured
pdsa-result = Result
pdsa-decision = Decision
pdsa-ended = Ended
pdsa-q-problem = Problem
pdsa-q-decided = Decided
pdsa-q-done = Done
pdsa-q-told = Told
pdsa-q-seen = Effect seen
pdsa-q-remains = Remains
pdsa-q-share = Sharing
pdsa-benefit-kind = Benefit kind
pdsa-benefit-who = Responsible
pdsa-benefit-by = By
pdsa-benefit-how = Measured by
pdsa-ask-plan = Plan: what is tested, by whom, where and when?
pdsa-ask-prediction = Prediction: what do you expect to happen? Written before the test starts.
pdsa-ask-started = Start date, a day that has been (today, mon, 2.12). Needs a prediction.
pdsa-ask-measured = What was measured?
pdsa-ask-result = What did the measurements show, against the prediction?
pdsa-ask-decision = Decision: adopt, adapt or abandon
pdsa-ask-ended = End date, a day that has been
pdsa-ask-problem = What was the problem?
pdsa-ask-decided = What was decided as the measure?
pdsa-ask-done = What has been done?
pdsa-ask-told = Who has been told, and how?
pdsa-ask-seen = What effect have you seen of this improvement?
pdsa-ask-remains = Is there more that must be done?
pdsa-ask-share = How shall we share the information and learning?
pdsa-ask-kind = Kind of benefit: avoided cost, time saved or better quality (1, 2 or 3)
pdsa-ask-who = Who is responsible for realising the benefit?
pdsa-ask-by = By when, a day to come (fri, week 10, 1.3.2027)
pdsa-ask-how = How do we know the benefit is realised? How is it measured and reported?
pdsa-cycles = PDSA cycles
pdsa-no-cycles = No PDSA cycle yet (c starts one)
pdsa-new-cycle = New PDSA cycle
pdsa-cycle-title = PDSA cycle { $n }
pdsa-cycle-of = Cycle { $n } of { $total }
pdsa-evaluation = Evaluation
pdsa-no-evaluation = Not evaluated yet (v)
pdsa-benefit = Benefit
pdsa-no-benefit = No benefit plan yet (b)
pdsa-benefit-form = Benefit plan
pdsa-indicator = Indicator
pdsa-no-indicator = No indicator linked (i)
pdsa-link-indicator = Link the card to an indicator
pdsa-unlink = (no indicator)
pdsa-picker-keys = ↑↓ choose · Enter link · Esc cancel
pdsa-minutes-heading = Improvement work
pdsa-no-signal = no signal
pdsa-adopt = adopt
pdsa-adapt = adapt
pdsa-abandon = abandon
pdsa-kind-avoided-cost = Avoided cost
pdsa-kind-time-saved = Time saved
pdsa-kind-better-quality = Better quality
pdsa-adapt-next = Adapted: the next step is a new cycle, cycle { $n } (c)
pdsa-msg-prediction-first = Write the prediction before the cycle starts: what do you expect? (not saved)
pdsa-msg-bad-decision = “{ $text }” is no decision: type adopt, adapt or abandon
pdsa-msg-bad-kind = “{ $text }” is no kind of benefit: type avoided cost, time saved or better quality (1–3)
pdsa-msg-by-past = { $date } has passed: a benefit is realised by a day to come
pdsa-msg-ended-before-started = A cycle cannot end before it started
pdsa-msg-no-cycle = The card has no PDSA cycle yet: c starts one
pdsa-msg-no-indicators = The board has no indicators to link the card to
cmd-help-pdsa-new = start a new PDSA cycle (plan and prediction first)
cmd-help-pdsa-edit = fill in the latest PDSA cycle: start, measured, result, decision
cmd-help-pdsa-evaluate = answer the evaluation questions
cmd-help-pdsa-indicator = link the card to an indicator (its run chart shows on the card)
cmd-help-pdsa-benefit = kind of benefit and benefit plan: who, by when, how it is measured
cmd-hint-pdsa-new = new cycle
cmd-hint-pdsa-edit = cycle
cmd-hint-pdsa-evaluate = evaluate
pdsa-role-team-leader = Team leader
pdsa-role-measurement-lead = Measurement lead
pdsa-role-set = { $role }: { $name }
pdsa-role-empty = { $role }: nobody
pdsa-routine-added = Routine made: { $title } (revised { $revision })
pdsa-routine-changed = Routine changed: { $title } ({ $fields })
pdsa-routine-removed = Routine removed: { $title }
pdsa-edited-evaluation = evaluation written
pdsa-edited-benefit = benefit plan changed
pdsa-edited-indicator = indicator linked
pdsa-edited-cycles = PDSA cycles changed
pdsa-edited-a3 = A3 changed

## The measurement round: the measurement lead's round (issue 22 point 5, seed 001)
every-week = every week
every-month = every month
every-quarter = every quarter
every-year = every year
every-days = { $count ->
    [1] every day
   *[other] every { $count } days
}
diag-bad-every = unknown frequency in "every": `{ $value }`
diag-bad-every-hint = write week, month, quarter, year or a number of days such as "14 days"; the indicator is left out of the measurement round until then
round-title = Measurement round { $date }
round-count = { $count ->
    [0] nothing to measure
    [1] 1 indicator to measure
   *[other] { $count } indicators to measure
}
round-who = Measured by: { $who }
round-no-one = no measurement lead
round-last = last { $value } ({ $date })
round-never = never measured
round-due = due { $date }
round-due-now = due now
round-unreadable = { $file } cannot be read and is left out (see tavle check)
round-col-indicator = Indicator
round-col-every = How often
round-col-who = Measured by
round-col-last = Last value
round-col-due = Due
round-col-value = Today's value
round-name = Measurement round
round-done = recorded
round-empty = No indicator is due today.
round-all-done = Every value is recorded.
round-help-line = Type the value and press Enter. Tab/↓ skips, ↑ goes back.
cmd-help-round-open = the measurement round: enter today's values of every indicator due
cmd-hint-round-open = round
cmd-help-round-save = save the value (date: today) and go to the next
cmd-hint-round-save = save
cmd-help-round-skip = skip this indicator
cmd-hint-round-skip = skip
cli-round = The indicators due for a value today, on every board in the folder (for the measurement lead)
cli-round-dir = Folder of boards
cli-round-who = Only what this person measures
cli-round-format = text, markdown or json
cli-round-exit = Exit code 0 whether anything is due or not; 2 when the folder does not exist.

## Operations board: staffing, risks, deviations and the annual wheel (issue 22)
merge-element-staffing = Staffing
merge-element-risk = Risk
merge-element-deviation = Deviation
merge-element-event = Annual wheel event
id-kind-risk = risk
id-kind-deviation = deviation
id-kind-event = annual wheel event
id-kind-staffing = staffing
diag-unknown-link = refers to a { $kind } that does not exist: `{ $id }`
diag-unknown-shift = staffing for a shift the board does not have: `{ $shift }`
diag-unknown-shift-hint = add the shift to "staffing"."shifts", or correct the name
ops-msg-shift-gone = the board has no shift { $shift }
ops-msg-shift-exists = the board has the shift { $shift } already
ops-msg-staff-exists = the staffing for { $entry } exists already
ops-msg-below-zero = Fewer than 0 cannot be present
ops-msg-risk-gone = the risk { $risk } no longer exists
ops-msg-risk-exists = the risk { $risk } exists already
ops-msg-one-to-five = Likelihood and consequence are 1 to 5, not { $value }
ops-msg-deviation-gone = the deviation { $deviation } no longer exists
ops-msg-deviation-exists = the deviation { $deviation } exists already
ops-msg-already-linked = The measure card { $card } is made already
ops-msg-event-gone = the event { $event } is no longer on the annual wheel
ops-msg-event-exists = the event { $event } is on the annual wheel already
ops-msg-no-such-week = There is no week { $week }
ops-msg-already-made = The event { $event } has its card for { $year } already
ops-msg-not-made = The event { $event } has no card for { $year }
ops-level-low = low
ops-level-medium = medium
ops-level-high = high
ops-staff-missing = Staffing { $shift } { $date }: { $present } of { $planned } present, { $missing } missing
ops-staff-set = Staffing { $shift } { $date }: { $present } of { $planned } present
ops-staff-present = Staffing { $shift } { $date }: { $present } present
ops-staff-cleared = Staffing { $shift } { $date }: taken away
ops-shifts-set = The shifts are now: { $shifts }
ops-staff-rolled-off = { $count ->
    [one] The staffing of one past day was tidied away
   *[other] { $count } staffing entries of past days were tidied away
}
ops-staff-put-back = { $count ->
    [one] One staffing entry was put back
   *[other] { $count } staffing entries were put back
}
ops-risk-added = Risk added: { $title } (likelihood { $likelihood }, consequence { $consequence }, { $level })
ops-risk-changed = Risk changed: { $title } ({ $fields }; likelihood { $likelihood }, consequence { $consequence }, { $level })
ops-risk-removed = Risk removed: { $title }
ops-deviation-added = Deviation registered { $date }: { $category }
ops-deviation-changed = Deviation changed: { $category } ({ $fields })
ops-deviation-removed = Deviation removed: { $category }
ops-measure-from-risk = Measure made of risk { $risk }: { $title }
ops-measure-from-deviation = Measure made of deviation { $deviation }: { $title }
ops-measure-made = Measure made: { $title }
ops-event-added = Annual wheel: { $title } added in week { $week }
ops-event-changed = Annual wheel: { $title } changed ({ $fields }), week { $week }
ops-event-removed = Annual wheel: { $title } removed
ops-event-card = Annual wheel week { $week } { $year }: { $title } became card { $card }
ops-minutes-heading = Staffing, risks, deviations and the annual wheel

ops-panel-goals = Goals and indicators
ops-panel-staffing = Staffing today
ops-panel-risks = Risks and deviations
ops-panel-measures = Measures
ops-panel-deadlines = Deadlines and annual wheel
ops-panel-not-shown = This board does not show { $panel }: add "{ $name }" to the board's "panels" to show it
cmd-help-focus-goals = go to goals and indicators
cmd-hint-focus-goals = goals
cmd-help-focus-staffing = go to staffing
cmd-hint-focus-staffing = staffing
cmd-help-focus-risks = go to risks and deviations
cmd-hint-focus-risks = risks
cmd-help-focus-measures = go to the measures (the columns)
cmd-hint-focus-measures = measures
cmd-help-focus-deadlines = go to deadlines and the annual wheel
cmd-hint-focus-deadlines = deadlines

## Risks and deviations panel, deadlines and annual wheel panel (issue 22)
cmd-help-ops-new-risk = register a new risk: title, likelihood and consequence (1–5), owner
cmd-hint-ops-new-risk = new risk
cmd-help-ops-new-deviation = register a deviation: date, category and a short text without personal data
cmd-hint-ops-new-deviation = new deviation
cmd-help-ops-other-list = switch between the risks and the deviations
cmd-hint-ops-other-list = risks/deviations
cmd-help-ops-edit-item = change the selected one
cmd-hint-ops-edit-item = edit
cmd-help-ops-remove-item = take out the selected one (asked first; u undoes)
cmd-hint-ops-remove-item = remove
cmd-help-ops-make-measure = make a measure card of the selected one
cmd-hint-ops-make-measure = make card
cmd-help-ops-new-event = a new event in the annual wheel: week, title and role
cmd-hint-ops-new-event = new event
cmd-help-ops-wheel-view = show the annual wheel as a strip or as a ring
cmd-hint-ops-wheel-view = strip/ring
ops-label-likelihood = Likelihood
ops-label-consequence = Consequence
ops-label-category = Category
ops-label-text = What happened
ops-label-week = Week
ops-label-role = Role
ops-dialog-new-risk = New risk
ops-dialog-edit-risk = Edit risk
ops-dialog-new-deviation = New deviation
ops-dialog-edit-deviation = Edit deviation
ops-dialog-new-event = New event in the annual wheel
ops-dialog-edit-event = Edit event in the annual wheel
ops-form-scale = 1 = very unlikely / negligible · 5 = very likely / very serious
ops-form-identity = The text seems to hold a national identity number: it is stored masked. Write without personal data.
ops-form-roles = 1 leader · 2 team leader · 3 measurement lead · empty = none
ops-form-categories = Used before: { $categories }
ops-risks-title = Risks
ops-risks-none = No risks. n = new risk
ops-deviations-title = Deviations
ops-deviations-none = No deviations. a = new deviation
ops-deviations-week = Deviations this week (week { $week }): { $count }
ops-per-week = Deviations per week
ops-to-measure = → measure
ops-axis-likelihood = L
ops-axis-consequence = C
ops-remove-ask = Remove “{ $title }”? x = yes · Esc = no
ops-week-this = Week { $week } – this week
ops-week-next = Week { $week } – next week
ops-week-earlier = Overdue before this week
ops-deadlines-none = no deadlines
ops-of-card = card
ops-of-goal = goal
ops-of-revision = revision
ops-overdue = overdue
ops-wheel-ahead = Annual wheel, the weeks ahead
ops-wheel-none = No events in the annual wheel. n = new event
ops-wheel-to-card = → card
ops-wheel-made = card { $card }
ops-wheel-year = The year { $year }
ops-strip-legend = ◉ event · ▼ this week
ops-role-leader = leader
ops-role-team-leader = team leader
ops-role-measurement-lead = measurement lead
ops-msg-not-one-to-five = “{ $text }” is not a number from 1 to 5
ops-msg-not-a-week = “{ $text }” is not a week from 1 to 53
ops-msg-unknown-role = “{ $text }” is no role: type 1 leader, 2 team leader, 3 measurement lead or leave it empty
ops-msg-not-due = Only an event whose week has come (marked → card) becomes a card with c
ops-msg-not-a-card = Enter opens a card: select a card's deadline or an event that became a card (✓)
ops-week-word = week
ops-symbol-risk-low = low risk (likelihood × consequence 1–4)
ops-symbol-risk-medium = medium risk (5–12)
ops-symbol-risk-high = high risk (15–25)
ops-symbol-wheel-event = event of the annual wheel
ops-symbol-this-week = this week
ops-symbol-to-card = became or becomes a card

## The operations board on screen: the staffing panel (issue 22, part 2)
staff-shift = Shift
staff-planned = Planned
staff-present = Present
staff-full = ✓ full
staff-not-a-shift = not one of the board's shifts
staff-count = Number
staff-new-shift = New shift
staff-no-figures = No figures for today yet: p sets how many are planned
staff-gap = ▼ { $missing } missing
staff-total = { $missing ->
    [0] Today every shift with figures is fully staffed
   *[other] Today { $missing } missing
}
staff-remove-ask = Take out the shift “{ $shift }”? The figures written for it stay.
staff-msg-unknown = { $shift } has no figures today yet: p sets how many are planned, Enter how many are present
staff-msg-bad-count = “{ $text }” is not a number of people: type a whole number from 0, or leave the field empty
cmd-help-ops-more-present = one more present on the shift
cmd-hint-ops-more-present = one more
cmd-help-ops-fewer-present = one fewer present (a sick call)
cmd-hint-ops-fewer-present = one fewer
cmd-help-ops-set-present = type how many are present
cmd-hint-ops-set-present = present
cmd-help-ops-set-planned = type how many are planned
cmd-hint-ops-set-planned = planned
cmd-help-ops-add-shift = a new shift
cmd-hint-ops-add-shift = new shift
cmd-help-ops-remove-shift = take the shift out (asks first)
cmd-hint-ops-remove-shift = take out

## Settings (tavle.toml)
settings-at = { $file }:{ $line }:{ $column }: { $what } (tavle uses its default)
settings-syntax = the file is not valid TOML ({ $detail }): correct the line, or remove the file
settings-unknown = tavle does not know the setting “{ $key }”: remove it (see docs/settings.md)
settings-unknown-like = tavle does not know the setting “{ $key }”: did you mean “{ $like }”?
settings-only-team = “{ $key }” belongs in the boards folder's tavle.toml, not in your own
settings-only-person = “{ $key }” belongs in your own tavle.toml: in the boards folder it would apply to everyone
settings-bad-lang = “{ $key }” must be nb, nn or en
settings-bad-theme = “{ $key }” must be dark, light, colour-safe or mono
settings-bad-minutes = “{ $key }” must be a whole number of minutes from 1 to 1440
settings-bad-seconds = “{ $key }” must be a number of seconds from 0.5 to 3600
settings-bad-screens = “{ $key }” must be a list of overview, boards and indicators, for example ["overview", "boards"]
settings-bad-table = “{ $key }” must be a table: [{ $key }] on a line of its own, with its settings below it
settings-bad-name = “{ $key }” must be a name on one line, in quotes
msg-settings-more = { $first } (and { $more } more: tavle check shows them all)
start-interval-bad = --interval { $value }: give how many seconds each screen shows, from 0.5 to 3600, for example --interval 20
start-theme-bad = --theme { $value }: no such theme; choose dark, light, colour-safe or mono
cli-wall = Show the boards on a wall screen: read-only, moves on by itself, follows changes (any key pauses, q quits)
cli-interval = With --wall: how many seconds each screen shows (default 20, or [wall] interval in tavle.toml)
cli-theme = The colours: dark, light (high contrast for bright rooms and projectors), colour-safe (traffic lights for colour blindness) or mono
cli-env-cache = Where the boards' order from the last run is kept, so a large folder's worst boards are read first: $XDG_CACHE_HOME/tavle, else $HOME/.cache/tavle (Windows: %LOCALAPPDATA%\tavle); only counts, dates and file names, readable by you alone
cli-env-no-color = Any value: no colour (the mono theme), when --theme is not given
cli-value-theme = THEME
settings-not-text = its content is not UTF-8 text
settings-unreadable = the file cannot be read ({ $why })

## Wallboard (tavle --wall)
wall-place = { $at } of { $of }
wall-paused = ⏸ paused: Space goes on, q quits
wall-changed-now = ✱ changed just now
wall-changed = last changed { $when }
wall-never-changed = no change recorded
wall-empty = No boards to show in the folder yet. They appear here as soon as they are put in the folder.
cmd-help-wall-pause = pause, or go on after a pause (every other key pauses too)
cmd-hint-wall-pause = pause/go on
cmd-help-wall-next = next or previous screen (and pause)
cmd-hint-wall-next = next/previous
cmd-help-wall-prev = previous screen (and pause)
cmd-hint-wall-prev = previous
cmd-help-wall-quit = leave the wallboard
cmd-hint-wall-quit = quit

## The room: colour themes, large text and zoom (issue 23, points 1 and 3)
room-theme-dark = dark
room-theme-light = light, high contrast
room-theme-colour-safe = colour-safe (blue–yellow–orange)
room-theme-mono = monochrome
room-msg-theme = Colour theme: { $theme }
room-msg-no-card = No card is selected: choose one with the arrow keys and press z again
room-zoom-no-owner = no owner
room-zoom-no-due = no deadline
room-zoom-no-light = no light
room-zoom-done = done
cmd-help-theme = next colour theme
cmd-hint-theme = theme
cmd-help-zoom = the selected card in large letters
cmd-hint-zoom = zoom
cmd-help-big-header = large title and meeting clock
cmd-hint-big-header = large title
cmd-help-zoom-close = close the large view
cmd-hint-zoom-close = close
views-symbol-big-letters = large letters (z, Z, the big clock)

## The status page for those not in the room (issue 23, point 4): tavle status --format html
status-page-updated = Updated { $date } at { $time }
status-page-boards = The boards
status-page-light = Light
status-page-no-red = No red or overdue measures.
status-page-measure = Measure
status-page-indicators = Indicators
status-page-chart = Run chart of “{ $title }”: { $count } measurements from { $from } to { $to }
status-page-no-values = No measurements yet.
status-page-broken = could not be read
status-page-stale = The board could not be read now ({ $error }). The page shows what it last held.
status-page-legend = Key
status-page-lights-note = Each light has its own shape and its own word, so the page reads without colour and prints in black and white.
status-page-refresh-note = tavle keeps the page up to date as the boards change, and the browser reloads it every { $seconds } seconds.
status-page-footer = Made by tavle. The page has no scripts and fetches nothing from elsewhere.
status-page-not-written = The status page was not written: { $reason }
status-page-watching = Keeping { $file } up to date as the boards in { $dir } change. Ctrl+C stops.
status-page-watch-error = The folder could not be followed: { $error }
status-page-out-is-board = { $file } would be read as a board of the folder: choose another name (status.html, say) or another folder
cli-status-out = Write to this file instead of the screen
cli-status-watch = Keep the file up to date as the boards change (needs --out)

## Polling: what a screen costs the file server (tavle check --stats)

cli-check-stats = Show what polling the folder costs: the number of boards, the bytes read per round and how long a round takes
stats-head = Polling { $dir } every { $interval } s (measured at { $at }):
stats-boards = boards: { $count }
stats-first = first round (reads every file): { $bytes } from { $files } { $files ->
    [one] file
   *[other] files
}, { $ms } ms
stats-quiet = round without changes: { $bytes } from { $files } { $files ->
    [one] file
   *[other] files
}, { $stats } stat calls, { $ms } ms
stats-average = on average: { $rate }/s per screen with one board open (every file is still re-read at least every { $minutes } minutes)

## The folder's first reading (a large folder, in the background)

loading-boards = Reading the boards … { $read } of { $total }
loading-board = Reading the board …
