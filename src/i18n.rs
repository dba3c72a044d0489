//! The one catalogue of user-facing words. Norwegian bokmål is the default;
//! English with `--lang en` or `TAVLE_LANG=en`. Nothing else in the program
//! spells out a sentence a user reads.

use crate::diag::{DiagKind, Expected, Found, IdKind};
use crate::json::SyntaxErrorKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nb,
    En,
}

impl Lang {
    /// `nb`, `no`, `nob` → bokmål; `en*` → English. Nynorsk is not translated yet
    /// and falls back to bokmål, the closer of the two.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let base = s.split(['_', '-', '.']).next().unwrap_or("");
        match base {
            "nb" | "no" | "nob" | "nn" | "nno" => Some(Lang::Nb),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language from `--lang`, else `TAVLE_LANG`, else bokmål.
    pub fn choose(flag: Option<&str>, env: Option<&str>) -> Lang {
        flag.and_then(Lang::parse)
            .or_else(|| env.and_then(Lang::parse))
            .unwrap_or_default()
    }
}

/// Pick the bokmål or English text.
macro_rules! t {
    ($lang:expr, $nb:expr, $en:expr) => {
        match $lang {
            Lang::Nb => $nb,
            Lang::En => $en,
        }
    };
}

fn expected(lang: Lang, e: Expected) -> &'static str {
    match e {
        Expected::Object => t!(lang, "et objekt ({ … })", "an object ({ … })"),
        Expected::Array => t!(lang, "en liste ([ … ])", "a list ([ … ])"),
        Expected::String => t!(lang, "en tekst i anførselstegn", "a text in double quotes"),
        Expected::Number => t!(lang, "et tall", "a number"),
        Expected::WholeNumber => t!(lang, "et helt tall", "a whole number"),
        Expected::Bool => t!(lang, "true eller false", "true or false"),
    }
}

fn found(lang: Lang, f: Found) -> &'static str {
    match f {
        Found::Object => t!(lang, "et objekt", "an object"),
        Found::Array => t!(lang, "en liste", "a list"),
        Found::String => t!(lang, "en tekst", "a text"),
        Found::Number => t!(lang, "et tall", "a number"),
        Found::Bool => t!(lang, "true/false", "true/false"),
        Found::Null => "null",
    }
}

fn id_kind(lang: Lang, k: IdKind) -> &'static str {
    match k {
        IdKind::Column => t!(lang, "kolonne", "column"),
        IdKind::Card => t!(lang, "kort", "card"),
        IdKind::Goal => t!(lang, "mål", "goal"),
        IdKind::Indicator => t!(lang, "indikator", "indicator"),
        IdKind::Decision => t!(lang, "beslutning", "decision"),
    }
}

fn show_char(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}`")
    }
}

fn syntax(lang: Lang, k: &SyntaxErrorKind) -> (String, Option<String>) {
    use SyntaxErrorKind as S;
    let plain = |s: &str| (s.to_string(), None);
    match k {
        S::UnexpectedEnd => (
            t!(lang, "filen slutter midt i en verdi", "the file ends in the middle of a value").into(),
            Some(t!(lang, "mangler en `}`, `]` eller `\"`? Kanskje filen bare er halvveis lagret", "is a `}`, `]` or `\"` missing? The file may be only half saved").into()),
        ),
        S::UnexpectedChar(c) => (
            format!("{} {}", t!(lang, "uventet tegn", "unexpected character"), show_char(*c)),
            Some(t!(lang, "en verdi er en tekst i \"anførselstegn\", et tall, true, false, null, { … } eller [ … ]", "a value is a \"quoted text\", a number, true, false, null, { … } or [ … ]").into()),
        ),
        S::ExpectedCommaOrBrace(c) => (
            format!("{} {}", t!(lang, "forventet `,` eller `}` her, fant", "expected `,` or `}` here, found"), show_char(*c)),
            Some(t!(lang, "mangler det et komma på slutten av linjen før?", "is a comma missing at the end of the line before?").into()),
        ),
        S::ExpectedCommaOrBracket(c) => (
            format!("{} {}", t!(lang, "forventet `,` eller `]` her, fant", "expected `,` or `]` here, found"), show_char(*c)),
            Some(t!(lang, "mangler det et komma mellom to elementer i listen?", "is a comma missing between two items of the list?").into()),
        ),
        S::ExpectedColon(c) => (
            format!("{} {}", t!(lang, "forventet `:` etter navnet, fant", "expected `:` after the key, found"), show_char(*c)),
            None,
        ),
        S::ExpectedKey(c) => (
            format!("{} {}", t!(lang, "forventet et feltnavn i \"anførselstegn\", fant", "expected a key in \"double quotes\", found"), show_char(*c)),
            None,
        ),
        S::TrailingComma => (
            t!(lang, "komma foran `}` eller `]`", "comma before `}` or `]`").into(),
            Some(t!(lang, "fjern kommaet etter siste element", "remove the comma after the last item").into()),
        ),
        S::ControlInString(c) => control_in_string(lang, *c),
        S::BadEscape => (
            t!(lang, "ukjent \\-sekvens i en tekst", "unknown \\ escape in a text").into(),
            Some(t!(lang, "skriv \\\\ for en omvendt skråstrek", "write \\\\ for a backslash").into()),
        ),
        S::BadUnicodeEscape => plain(t!(lang, "ugyldig \\u-sekvens i en tekst", "invalid \\u escape in a text")),
        S::BadNumber => (
            t!(lang, "ugyldig tall", "invalid number").into(),
            Some(t!(lang, "bruk punktum som desimaltegn (6.2, ikke 6,2) og ingen innledende nuller", "use a decimal point (6.2, not 6,2) and no leading zeros").into()),
        ),
        S::TrailingText => (
            t!(lang, "mer tekst etter slutten av tavla", "more text after the end of the board").into(),
            Some(t!(lang, "en tavlefil har ett objekt { … }; er en `}` for mye?", "a board file holds one object { … }; is there one `}` too many?").into()),
        ),
        S::TooDeep => plain(t!(lang, "for dypt nøstet (over 128 nivåer)", "nested too deeply (over 128 levels)")),
        S::SingleQuote => (
            t!(lang, "tekst i enkle anførselstegn", "text in single quotes").into(),
            Some(t!(lang, "JSON bruker doble anførselstegn: \"slik\"", "JSON uses double quotes: \"like this\"").into()),
        ),
        S::Comment => (
            t!(lang, "kommentarer er ikke lov i JSON", "comments are not allowed in JSON").into(),
            Some(t!(lang, "legg merknaden i et eget felt, for eksempel \"note\"", "put the remark in a field of its own, such as \"note\"").into()),
        ),
    }
}

/// The message and an optional hint for a diagnostic.
pub fn diag(lang: Lang, kind: &DiagKind) -> (String, Option<String>) {
    use DiagKind as D;
    match kind {
        D::Io(e) => (read_failed(lang, e), None),
        D::TooLarge { size, limit } => (
            too_large(lang, *size, *limit),
            Some(t!(lang, "er dette virkelig en tavlefil? Arkiverte kort kan flyttes til en egen fil", "is this really a board file? Archived cards can be moved to a file of their own").into()),
        ),
        D::Empty => (
            t!(lang, "filen er tom", "the file is empty").into(),
            Some(t!(lang, "en tavle trenger minst {\"tavle\": 1, \"title\": \"…\", \"kind\": \"drift\"}; se docs/format.md", "a board needs at least {\"tavle\": 1, \"title\": \"…\", \"kind\": \"drift\"}; see docs/format.md").into()),
        ),
        D::Utf16 => (
            t!(lang, "filen er lagret som UTF-16, ikke UTF-8", "the file is saved as UTF-16, not UTF-8").into(),
            Some(t!(lang, "i Notisblokk: Fil → Lagre som → Koding: UTF-8", "in Notepad: File → Save as → Encoding: UTF-8").into()),
        ),
        D::NotUtf8 => (
            t!(lang, "filen er ikke UTF-8 (kanskje Latin-1/Windows-1252)", "the file is not UTF-8 (perhaps Latin-1/Windows-1252)").into(),
            Some(t!(lang, "lagre filen på nytt som UTF-8; i Notisblokk: Fil → Lagre som → Koding: UTF-8", "save the file again as UTF-8; in Notepad: File → Save as → Encoding: UTF-8").into()),
        ),
        D::Syntax(k) => syntax(lang, k),
        D::WrongType { expected: e, found: f } => (
            format!("{} {}, {} {}", t!(lang, "forventet", "expected"), expected(lang, *e), t!(lang, "fant", "found"), found(lang, *f)),
            match (e, f) {
                (Expected::Number | Expected::WholeNumber, Found::String) => Some(t!(lang, "tall skrives uten anførselstegn: 6.2", "numbers are written without quotes: 6.2").into()),
                (Expected::String, Found::Number) => Some(t!(lang, "sett teksten i anførselstegn: \"…\"", "put the text in double quotes: \"…\"").into()),
                _ => None,
            },
        ),
        D::Missing { field } => (
            format!("{} `{field}`", t!(lang, "mangler feltet", "missing the field")),
            (*field == "tavle").then(|| t!(lang, "legg til \"tavle\": 1 øverst i filen", "add \"tavle\": 1 at the top of the file").into()),
        ),
        D::DuplicateKey { key } => (
            format!("{} `{key}` {}", t!(lang, "feltet", "the field"), t!(lang, "står to ganger i samme objekt", "appears twice in the same object")),
            Some(t!(lang, "bare den siste blir brukt; fjern den ene", "only the last one is used; remove one").into()),
        ),
        D::UnknownValue { value, allowed, suggestion } => (
            format!(
                "{} `{value}`; {} {}",
                t!(lang, "ukjent verdi", "unknown value"),
                t!(lang, "lovlige verdier er", "allowed values are"),
                allowed.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ")
            ),
            suggestion.map(|s| format!("{} `{s}`?", t!(lang, "mente du", "did you mean"))),
        ),
        D::BadDate { value } => (
            format!("`{value}` {}", t!(lang, "er ikke en dato på formen ÅÅÅÅ-MM-DD", "is not a date of the form YYYY-MM-DD")),
            Some(t!(lang, "skriv for eksempel \"2026-12-01\" for 1. desember 2026", "write for example \"2026-12-01\" for 1 December 2026").into()),
        ),
        D::BadTimestamp { value } => (
            format!("`{value}` {}", t!(lang, "er ikke et tidspunkt (RFC 3339)", "is not a time (RFC 3339)")),
            Some(t!(lang, "skriv for eksempel \"2026-11-24T08:15:00+01:00\"", "write for example \"2026-11-24T08:15:00+01:00\"").into()),
        ),
        D::OutOfRange { value, min, max } => (
            if *max == u64::MAX {
                format!("`{value}` {} {min}", t!(lang, "er for lite; minste verdi er", "is too small; the least value is"))
            } else {
                format!("`{value}` {} {min} {} {max}", t!(lang, "er utenfor området", "is out of range"), t!(lang, "til", "to"))
            },
            None,
        ),
        D::NewerVersion { found } => (
            format!(
                "{} {found} {} {}",
                t!(lang, "formatversjon", "format version"),
                t!(lang, "er nyere enn denne tavle kjenner", "is newer than this tavle knows"),
                crate::model::FORMAT_VERSION
            ),
            Some(t!(lang, "oppgrader tavle; til da åpnes filen bare for lesing", "upgrade tavle; until then the file is opened read-only").into()),
        ),
        D::DuplicateId { kind, id } => (
            format!("{} `{id}` {}", id_kind(lang, *kind), t!(lang, "finnes fra før (id-er må være unike)", "already exists (ids must be unique)")),
            None,
        ),
        D::UnknownColumn { id } => (
            format!("{} `{id}`", t!(lang, "kortet står i en kolonne som ikke finnes:", "the card stands in a column that does not exist:")),
            Some(t!(lang, "bruk id-en til en av kolonnene i \"columns\"", "use the id of one of the columns in \"columns\"").into()),
        ),
        D::UnknownCard { id } => (format!("{} `{id}`", t!(lang, "viser til et kort som ikke finnes:", "refers to a card that does not exist:")), None),
        D::UnknownGoal { id } => (
            format!("{} `{id}`", t!(lang, "viser til et mål som ikke finnes:", "refers to a goal that does not exist:")),
            Some(t!(lang, "bruk id-en til et av målene i \"goals\"", "use the id of one of the goals in \"goals\"").into()),
        ),
        D::UnknownParent { id } => (format!("{} `{id}` {}", t!(lang, "delmålets overordnede mål", "the sub-goal's parent"), t!(lang, "finnes ikke", "does not exist")), None),
        D::GoalCycle { id } => (format!("{} `{id}` {}", t!(lang, "målet", "the goal"), t!(lang, "er sitt eget overordnede mål (ring av parent)", "is its own parent (a loop of parents)")), None),
        D::EmptyId => (t!(lang, "tom id", "empty id").into(), None),
        D::NoOwner { card } => (
            format!("{} `{card}` {}", t!(lang, "tiltaket", "the measure"), t!(lang, "har ingen ansvarlig (ikke SMART)", "has no owner (not SMART)")),
            Some(t!(lang, "sett \"owner\" til den som har ansvaret", "set \"owner\" to the person responsible").into()),
        ),
        D::NoDue { card } => (
            format!("{} `{card}` {}", t!(lang, "tiltaket", "the measure"), t!(lang, "har ingen frist (ikke SMART)", "has no deadline (not SMART)")),
            Some(t!(lang, "sett \"due\", for eksempel \"2026-12-01\"", "set \"due\", for example \"2026-12-01\"").into()),
        ),
        D::NoTarget { goal } => (
            format!("{} `{goal}` {}", t!(lang, "målet", "the goal"), t!(lang, "har ikke noe målbart mål (ikke SMART)", "has no measurable target (not SMART)")),
            Some(t!(lang, "sett \"target\", for eksempel \"Under 5 % sykefravær innen juni 2027\"", "set \"target\", for example \"Below 5 % sick leave by June 2027\"").into()),
        ),
        D::WipExceeded { column, count, limit } => (
            format!("{} `{column}` {} {count} {} {limit})", t!(lang, "kolonnen", "the column"), t!(lang, "har", "has"), t!(lang, "kort (grensen er", "cards (the limit is")),
            None,
        ),
        D::NoColumns => (t!(lang, "tavla har kort, men ingen kolonner", "the board has cards but no columns").into(), None),
        D::ValuesOutOfOrder => (
            t!(lang, "målingene står ikke i datorekkefølge", "the measurements are not in date order").into(),
            Some(t!(lang, "eldste måling først", "oldest measurement first").into()),
        ),
    }
}

/// Words of the `check` command's output.
pub fn severity(_lang: Lang, error: bool) -> &'static str {
    // Kept in English on purpose: `path:line:col: error:` is the compiler
    // convention that editors and CI logs recognise.
    if error { "error" } else { "warning" }
}

pub fn hint_label(lang: Lang) -> &'static str {
    t!(lang, "tips", "hint")
}

/// The closing line of `tavle check`.
pub fn check_summary(lang: Lang, files: usize, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::Nb => format!(
            "{files} {} sjekket: {errors} {}, {warnings} {}",
            if files == 1 { "fil" } else { "filer" },
            "feil",
            if warnings == 1 {
                "advarsel"
            } else {
                "advarsler"
            },
        ),
        Lang::En => format!(
            "{files} {} checked: {errors} {}, {warnings} {}",
            if files == 1 { "file" } else { "files" },
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 { "warning" } else { "warnings" },
        ),
    }
}

pub fn no_board_files(lang: Lang, dir: &str) -> String {
    format!(
        "{} {dir}",
        t!(
            lang,
            "ingen tavlefiler (*.json) i",
            "no board files (*.json) in"
        )
    )
}

pub fn no_such_path(lang: Lang, path: &str) -> String {
    format!(
        "{}: {path}",
        t!(
            lang,
            "finner ikke mappen eller filen",
            "no such folder or file"
        )
    )
}

pub fn cannot_list(lang: Lang, path: &str, e: &str) -> String {
    format!(
        "{} {path}: {e}",
        t!(lang, "kan ikke lese mappen", "cannot read the folder")
    )
}

pub fn fmt_skipped(lang: Lang, path: &str) -> String {
    format!(
        "{path}: {}",
        t!(
            lang,
            "har feil og ble ikke endret (kjør tavle check)",
            "has errors and was left alone (run tavle check)"
        )
    )
}

pub fn fmt_changed(lang: Lang, path: &str, check: bool) -> String {
    if check {
        format!(
            "{path}: {}",
            t!(
                lang,
                "har ikke fast oppsett",
                "is not in the canonical layout"
            )
        )
    } else {
        format!("{path}: {}", t!(lang, "skrevet om", "rewritten"))
    }
}

/// Help texts for the command line, by clap argument or subcommand id.
pub fn cli_help(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "about" => t!(
            lang,
            "Tavle for tavlemøter: drifts- og forbedringstavler fra JSON-filer i en delt mappe",
            "Dashboard for board meetings: operations and improvement boards from JSON files in a shared folder"
        ),
        "lang" => t!(
            lang,
            "Språk: nb (bokmål, standard) eller en (engelsk); også TAVLE_LANG",
            "Language: nb (bokmål, default) or en (English); also TAVLE_LANG"
        ),
        "check" => t!(
            lang,
            "Sjekk alle tavlefiler i en mappe og skriv hvert problem som fil:linje:kolonne",
            "Check every board file in a folder and print each problem as file:line:column"
        ),
        "check.path" => t!(
            lang,
            "Mappen (eller én tavlefil) som skal sjekkes",
            "The folder (or one board file) to check"
        ),
        "check.strict" => t!(
            lang,
            "Regn advarsler som feil (avslutt med 1)",
            "Treat warnings as errors (exit 1)"
        ),
        "schema" => t!(
            lang,
            "Skriv JSON Schema for tavleformatet (til redigeringsverktøy og skript)",
            "Print the JSON Schema of the board format (for editors and scripts)"
        ),
        "path" => t!(
            lang,
            "Mappen med tavlefiler (standard: boards), eller én tavlefil som åpnes med en gang",
            "The folder of board files (default: boards), or one board file to open at once"
        ),
        "poll" => t!(
            lang,
            "Sjekk mappen hvert SEK. sekund i stedet for å vente på varsler (for nettverksdisker)",
            "Check the folder every SECS seconds instead of waiting for events (for network drives)"
        ),
        "card" => t!(
            lang,
            "Endre kort fra et skript (samme trygge lagring som skjermen)",
            "Edit cards from a script (the same safe saving as the screen)"
        ),
        "dir" => t!(
            lang,
            "Mappen med tavlefiler når TAVLE er en id",
            "The folder of board files when BOARD is an id"
        ),
        "card.add" => t!(
            lang,
            "Legg til et kort; skriver id-en til det nye kortet",
            "Add a card; prints the new card's id"
        ),
        "card.set" => t!(lang, "Endre felter på et kort", "Change fields of a card"),
        "card.move" => t!(
            lang,
            "Flytt et kort til en kolonne",
            "Move a card to a column"
        ),
        "card.archive" => t!(
            lang,
            "Arkiver et kort (det blir liggende i filen, skjult)",
            "Archive a card (it stays in the file, hidden)"
        ),
        "card.restore" => t!(
            lang,
            "Hent tilbake et arkivert kort",
            "Restore an archived card"
        ),
        "card.board" => t!(
            lang,
            "Tavla: en fil, eller en id i --dir",
            "The board: a file, or an id in --dir"
        ),
        "card.card" => t!(lang, "Kortets id", "The card's id"),
        "card.column" => t!(
            lang,
            "Kolonnens id (standard: den første)",
            "The column's id (default: the first)"
        ),
        "card.title" => t!(lang, "Tittel", "Title"),
        "card.owner" => t!(
            lang,
            "Ansvarlig (tom tekst fjerner)",
            "Owner (empty text clears)"
        ),
        "card.due" => t!(
            lang,
            "Frist: 2026-12-01, 1.12, fre, +3d, uke 49 (ingen fjerner)",
            "Due: 2026-12-01, 1.12, fri, +3d, week 49 (none clears)"
        ),
        "card.light" => t!(
            lang,
            "Trafikklys: green/grønn, yellow/gul, red/rød, none/ingen",
            "Traffic light: green, yellow, red, none"
        ),
        "decision" => t!(
            lang,
            "Logg beslutninger fra et skript",
            "Log decisions from a script"
        ),
        "decision.add" => t!(
            lang,
            "Logg en beslutning; skriver id-en",
            "Log a decision; prints its id"
        ),
        "decision.text" => t!(lang, "Hva som ble besluttet", "What was decided"),
        "decision.owner" => t!(lang, "Hvem som følger opp", "Who follows it up"),
        "decision.card" => t!(lang, "Kortet beslutningen gjelder", "The card it concerns"),
        "minutes" => t!(
            lang,
            "Skriv referatet fra en tavles møte som Markdown",
            "Print the minutes of a board's meeting as Markdown"
        ),
        "minutes.date" => t!(
            lang,
            "Møtedatoen (standard: i dag)",
            "The meeting's date (default: today)"
        ),
        "measure" => t!(
            lang,
            "Registrer målinger fra et skript eller en CSV-fil",
            "Record measurements from a script or a CSV file"
        ),
        "measure.add" => t!(
            lang,
            "Registrer én måling (samme dato erstattes)",
            "Record one value (the same date is replaced)"
        ),
        "measure.import" => t!(
            lang,
            "Importer målinger fra CSV med kolonnene indikator;dato;verdi (; og desimalkomma går fint)",
            "Import values from CSV with the columns indicator,date,value (; and decimal commas are fine)"
        ),
        "measure.indicator" => t!(lang, "Indikatorens id", "The indicator's id"),
        "measure.value" => t!(
            lang,
            "Verdien, for eksempel 6,2",
            "The value, for example 6.2"
        ),
        "measure.date" => t!(
            lang,
            "Datoen (standard: i dag)",
            "The date (default: today)"
        ),
        "measure.file" => t!(lang, "CSV-filen", "The CSV file"),
        "measure.skip_bad" => t!(
            lang,
            "Importer de gode radene selv om noen rader har feil",
            "Import the good rows even when some rows are bad"
        ),
        "status" => t!(
            lang,
            "Skriv status for alle tavlene til ledergruppens rapport",
            "Print the status of every board for the leadership group's report"
        ),
        "status.path" => t!(
            lang,
            "Mappen med tavlefiler (standard: boards)",
            "The folder of board files (default: boards)"
        ),
        "status.format" => t!(
            lang,
            "text, markdown eller json (se docs/status.md)",
            "text, markdown or json (see docs/status.md)"
        ),
        "status.owner" => t!(
            lang,
            "Bare det denne personen er ansvarlig for",
            "Only what this person is responsible for"
        ),
        "unlock" => t!(
            lang,
            "Bryt en gammel lås etter et krasj (TAVLE.json.lock)",
            "Break a stale lock left by a crash (BOARD.json.lock)"
        ),
        "fmt" => t!(
            lang,
            "Skriv tavlefiler om til fast oppsett (2 mellomrom, fast rekkefølge på feltene); filer med feil røres ikke",
            "Rewrite board files in the canonical layout (2 spaces, fixed key order); files with errors are left alone"
        ),
        "fmt.check" => t!(
            lang,
            "Bare vis hvilke filer som ikke har fast oppsett (avslutt med 1 hvis noen)",
            "Only list files not in the canonical layout (exit 1 if any)"
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_choice() {
        assert_eq!(Lang::choose(None, None), Lang::Nb);
        assert_eq!(Lang::choose(None, Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(Lang::choose(Some("nb"), Some("en")), Lang::Nb);
        assert_eq!(Lang::choose(Some("xx"), Some("en")), Lang::En);
    }

    #[test]
    fn both_languages_have_every_message() {
        let kinds = [
            DiagKind::Empty,
            DiagKind::NotUtf8,
            DiagKind::Missing { field: "tavle" },
            DiagKind::Syntax(SyntaxErrorKind::TrailingComma),
        ];
        for k in &kinds {
            let (nb, _) = diag(Lang::Nb, k);
            let (en, _) = diag(Lang::En, k);
            assert!(!nb.is_empty() && !en.is_empty());
            assert_ne!(nb, en);
        }
    }
}

// ----- The terminal UI -----

/// Messages the app shows (notices, banners, editor errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    WatchNotify,
    WatchPoll { secs: String, reason: String },
    WatchError(String),
    BoardAdded(String),
    BoardDeleted(String),
    BoardMissing,
    Locked(String, u32),
    StaleLock(String, u32, String),
    SaveFailed(String),
    FileBroken(usize, usize),
    NewerFormat(u64),
    CardGone(String),
    ColumnGone(String),
    CardExists(String),
    EmptyTitle,
    BadDue(String),
    NothingToUndo,
    NothingToRedo,
    ShowingArchived,
    HidingArchived,
    NoSuchBoard(String),
    BadLight(String),
    Unlocked(String, u32),
    NotLocked,
    DecisionGone(String),
    NoMeeting,
    MinutesWritten(String),
    NoAgenda,
    GoalGone(String),
    IndicatorGone(String),
    BadValue(String),
    Escalated(String, String),
    NoOtherBoard,
    AlreadyEscalated(String),
    Folder(FolderMsg),
}

impl From<crate::store::UpdateError> for Msg {
    /// What to tell the user when a save did not happen.
    fn from(e: crate::store::UpdateError) -> Msg {
        use crate::ops::OpError;
        use crate::store::UpdateError;
        match e {
            UpdateError::Lock(e) => Msg::Folder(FolderMsg::from_lock(e)),
            UpdateError::Fs(e) => Msg::Folder(FolderMsg::SaveFailed(e)),
            UpdateError::Refused { board, why } => Msg::Folder(FolderMsg::read_only(&board, why)),
            UpdateError::Broken(p) => Msg::FileBroken(p.line, p.col),
            UpdateError::ReadOnly(v) => Msg::NewerFormat(v),
            UpdateError::Op(OpError::NoSuchCard(id)) => Msg::CardGone(id),
            UpdateError::Op(OpError::NoSuchColumn(id)) => Msg::ColumnGone(id),
            UpdateError::Op(OpError::DuplicateCard(id)) => Msg::CardExists(id),
            UpdateError::Op(OpError::EmptyTitle) => Msg::EmptyTitle,
            UpdateError::Op(OpError::NoSuchDecision(id)) => Msg::DecisionGone(id),
            UpdateError::Op(OpError::NoMeeting) => Msg::NoMeeting,
            UpdateError::Op(OpError::NoSuchGoal(id)) => Msg::GoalGone(id),
            UpdateError::Op(OpError::NoSuchIndicator(id)) => Msg::IndicatorGone(id),
        }
    }
}

/// The text of a message.
pub fn msg(lang: Lang, m: &Msg) -> String {
    match m {
        Msg::WatchNotify => t!(lang, "følger mappen", "watching the folder").into(),
        Msg::Folder(m) => folder_msg(lang, m),
        Msg::WatchPoll { secs, reason } => format!(
            "{} {secs} s ({reason})",
            t!(lang, "sjekker mappen hvert", "checking the folder every")
        ),
        Msg::WatchError(e) => format!(
            "{}: {e}",
            t!(
                lang,
                "feil fra filovervåkingen, leser alt på nytt",
                "file watcher error, reloading everything"
            )
        ),
        Msg::BoardAdded(id) => format!("{} {id}", t!(lang, "ny tavle:", "new board:")),
        Msg::BoardDeleted(id) => format!(
            "{} {id} {}",
            t!(lang, "tavla", "the board"),
            t!(lang, "er slettet fra mappen", "was deleted from the folder")
        ),
        Msg::BoardMissing => t!(
            lang,
            "filen er borte akkurat nå; venter på at den kommer tilbake",
            "the file is gone right now; waiting for it to come back"
        )
        .into(),
        Msg::Locked(host, pid) => format!(
            "{} {host} (pid {pid}); {}",
            t!(lang, "tavla er låst av", "the board is locked by"),
            t!(lang, "prøv igjen om litt", "try again in a moment")
        ),
        Msg::StaleLock(host, pid, at) => format!(
            "{} {host} (pid {pid}) {} {at}; {}",
            t!(lang, "gammel lås etter", "stale lock left by"),
            t!(lang, "siden", "since"),
            t!(
                lang,
                "bryt den med `tavle unlock TAVLE` hvis ingen andre lagrer",
                "break it with `tavle unlock BOARD` if nobody else is saving"
            )
        ),
        Msg::SaveFailed(e) => format!("{}: {e}", t!(lang, "kunne ikke lagre", "could not save")),
        Msg::FileBroken(line, col) => format!(
            "{} {line}:{col}; {}",
            t!(
                lang,
                "filen har en feil på linje",
                "the file has an error at line"
            ),
            t!(
                lang,
                "viser siste gode versjon, bare for lesing",
                "showing the last good version, read-only"
            )
        ),
        Msg::NewerFormat(v) => format!(
            "{} {v}; {}",
            t!(
                lang,
                "filen har nyere format, versjon",
                "the file has a newer format, version"
            ),
            t!(lang, "åpnet bare for lesing", "opened read-only")
        ),
        Msg::CardGone(id) => format!(
            "{} {id} {}",
            t!(lang, "kortet", "the card"),
            t!(
                lang,
                "finnes ikke lenger (slettet et annet sted)",
                "no longer exists (deleted elsewhere)"
            )
        ),
        Msg::ColumnGone(id) => format!(
            "{} {id} {}",
            t!(lang, "kolonnen", "the column"),
            t!(lang, "finnes ikke lenger", "no longer exists")
        ),
        Msg::CardExists(id) => format!(
            "{} {id} {}",
            t!(lang, "kortet", "the card"),
            t!(lang, "finnes allerede", "exists already")
        ),
        Msg::EmptyTitle => t!(
            lang,
            "tittelen kan ikke være tom",
            "the title cannot be empty"
        )
        .into(),
        Msg::BadDue(s) => format!(
            "`{s}`: {}",
            t!(
                lang,
                "skriv 1.12, 2026-12-01, fre, +3d eller uke 49",
                "write 1.12, 2026-12-01, fri, +3d or week 49"
            )
        ),
        Msg::NothingToUndo => t!(lang, "ingenting å angre", "nothing to undo").into(),
        Msg::NothingToRedo => t!(lang, "ingenting å gjøre om igjen", "nothing to redo").into(),
        Msg::ShowingArchived => t!(
            lang,
            "viser arkiverte kort (x henter tilbake)",
            "showing archived cards (x restores)"
        )
        .into(),
        Msg::HidingArchived => t!(lang, "skjuler arkiverte kort", "hiding archived cards").into(),
        Msg::NoSuchBoard(b) => format!("{}: {b}", t!(lang, "finner ingen tavle", "no such board")),
        Msg::BadLight(l) => format!(
            "`{l}`: {}",
            t!(
                lang,
                "bruk green/grønn, yellow/gul, red/rød eller none/ingen",
                "use green, yellow, red or none"
            )
        ),
        Msg::Unlocked(host, pid) => format!(
            "{} {host} (pid {pid})",
            t!(lang, "brøt låsen etter", "broke the lock left by")
        ),
        Msg::NotLocked => t!(lang, "tavla var ikke låst", "the board was not locked").into(),
        Msg::DecisionGone(id) => format!(
            "{} {id} {}",
            t!(lang, "beslutningen", "the decision"),
            t!(lang, "finnes ikke lenger", "no longer exists")
        ),
        Msg::NoMeeting => t!(lang, "ingen møte pågår", "no meeting is running").into(),
        Msg::MinutesWritten(p) => format!(
            "{}: {p}",
            t!(lang, "referatet er skrevet", "the minutes are written")
        ),
        Msg::GoalGone(id) => format!(
            "{} {id} {}",
            t!(lang, "målet", "the goal"),
            t!(lang, "finnes ikke lenger", "no longer exists")
        ),
        Msg::IndicatorGone(id) => format!(
            "{} {id} {}",
            t!(lang, "indikatoren", "the indicator"),
            t!(lang, "finnes ikke", "does not exist")
        ),
        Msg::BadValue(v) => format!(
            "`{v}`: {}",
            t!(
                lang,
                "ikke et tall (skriv for eksempel 6,2 eller 6.2)",
                "not a number (write for example 6.2)"
            )
        ),
        Msg::Escalated(board, card) => format!(
            "{} {board} ({card})",
            t!(lang, "sendt opp til", "sent up to")
        ),
        Msg::NoOtherBoard => t!(
            lang,
            "ingen annen tavle i mappen å sende kortet til",
            "no other board in the folder to send the card to"
        )
        .into(),
        Msg::AlreadyEscalated(board) => format!(
            "{} {board}",
            t!(
                lang,
                "kortet er allerede sendt opp til",
                "the card was already sent up to"
            )
        ),
        Msg::NoAgenda => t!(
            lang,
            "tavla har ingen agenda (meeting.agenda)",
            "the board has no agenda (meeting.agenda)"
        )
        .into(),
    }
}

/// Fixed words of the screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    Overview,
    Board,
    Kind,
    Unit,
    Cards,
    Overdue,
    Changed,
    Drift,
    Forbedring,
    NoBoards,
    TooSmall,
    Help,
    HelpClose,
    Filter,
    NewCard,
    EditCard,
    Title,
    Owner,
    Due,
    EditKeys,
    ReadOnly,
    Broken,
    Archived,
    OverLimit,
    Week,
    Empty,
    ChangedBy,
    Meeting,
    Goal,
    Left,
    OverTime,
    Item,
    FollowUps,
    DecisionsToday,
    NewDecision,
    CorrectDecision,
    Decision,
    LinkedCard,
    Attendees,
    AttendeesHint,
    Closing,
    ClosingKeys,
    NoneYet,
    NoMeetingHint,
    Done,
    Corrected,
    ChooseKeys,
}

pub fn ui(lang: Lang, u: Ui) -> &'static str {
    match u {
        Ui::Overview => t!(lang, "Oversikt", "Overview"),
        Ui::Board => t!(lang, "Tavle", "Board"),
        Ui::Kind => t!(lang, "Type", "Kind"),
        Ui::Unit => t!(lang, "Enhet", "Unit"),
        Ui::Cards => t!(lang, "Kort per kolonne", "Cards per column"),
        Ui::Overdue => t!(lang, "Forfalt", "Overdue"),
        Ui::Changed => t!(lang, "Sist endret", "Last changed"),
        Ui::Drift => t!(lang, "driftstavle", "operations"),
        Ui::Forbedring => t!(lang, "forbedringstavle", "improvement"),
        Ui::NoBoards => t!(
            lang,
            "Ingen tavlefiler (*.json) i mappen ennå. Legg en tavle der, så dukker den opp her.",
            "No board files (*.json) in the folder yet. Put a board there and it shows up here."
        ),
        Ui::TooSmall => t!(lang, "Gjør vinduet større", "Make the window bigger"),
        Ui::Help => t!(lang, "Taster", "Keys"),
        Ui::HelpClose => t!(lang, "trykk en tast for å lukke", "press any key to close"),
        Ui::Filter => t!(lang, "Filter", "Filter"),
        Ui::NewCard => t!(lang, "Nytt kort", "New card"),
        Ui::EditCard => t!(lang, "Endre kort", "Edit card"),
        Ui::Title => t!(lang, "Tittel", "Title"),
        Ui::Owner => t!(lang, "Ansvarlig", "Owner"),
        Ui::Due => t!(lang, "Frist", "Due"),
        Ui::EditKeys => t!(
            lang,
            "Enter lagrer · Tab neste felt · Esc avbryter",
            "Enter saves · Tab next field · Esc cancels"
        ),
        Ui::ReadOnly => t!(lang, "bare lesing", "read-only"),
        Ui::Broken => t!(lang, "FEIL I FILEN", "ERROR IN FILE"),
        Ui::Archived => t!(lang, "arkivert", "archived"),
        Ui::OverLimit => t!(lang, "over grensen", "over the limit"),
        Ui::Week => t!(lang, "uke", "week"),
        Ui::Empty => t!(lang, "(tom)", "(empty)"),
        Ui::ChangedBy => t!(lang, "endret av", "changed by"),
        Ui::Meeting => t!(lang, "MØTE", "MEETING"),
        Ui::Goal => t!(lang, "Mål", "Goal"),
        Ui::Left => t!(lang, "igjen", "left"),
        Ui::OverTime => t!(lang, "over tiden", "over time"),
        Ui::Item => t!(lang, "Punkt", "Item"),
        Ui::FollowUps => t!(
            lang,
            "Oppfølging fra tidligere møter",
            "Follow-up from earlier meetings"
        ),
        Ui::DecisionsToday => t!(lang, "Beslutninger i dag", "Decisions today"),
        Ui::NewDecision => t!(lang, "Ny beslutning", "New decision"),
        Ui::CorrectDecision => t!(
            lang,
            "Korriger beslutning (den gamle teksten tas vare på)",
            "Correct a decision (the old text is kept)"
        ),
        Ui::Decision => t!(lang, "Beslutning", "Decision"),
        Ui::LinkedCard => t!(lang, "Gjelder kort", "Concerns card"),
        Ui::Attendees => t!(lang, "Til stede", "Present"),
        Ui::AttendeesHint => t!(
            lang,
            "navn skilt med komma · Enter lagrer · Esc avbryter",
            "names separated by commas · Enter saves · Esc cancels"
        ),
        Ui::Closing => t!(lang, "Avslutt møtet", "End the meeting"),
        Ui::ClosingKeys => t!(
            lang,
            "Enter: skriv referat og avslutt · Esc: fortsett møtet",
            "Enter: write the minutes and end · Esc: continue the meeting"
        ),
        Ui::NoneYet => t!(lang, "ingen ennå", "none yet"),
        Ui::NoMeetingHint => t!(lang, "m starter møtet", "m starts the meeting"),
        Ui::Done => t!(lang, "utført", "done"),
        Ui::Corrected => t!(lang, "korrigert", "corrected"),
        Ui::ChooseKeys => t!(
            lang,
            "↑↓ velg · Enter send · Esc avbryt",
            "↑↓ choose · Enter send · Esc cancel"
        ),
    }
}

/// The name of a traffic light, said with its glyph on screen.
pub fn light_name(lang: Lang, l: crate::model::Light) -> &'static str {
    use crate::model::Light;
    match l {
        Light::Green => t!(lang, "grønn", "green"),
        Light::Yellow => t!(lang, "gul", "yellow"),
        Light::Red => t!(lang, "rød", "red"),
    }
}

/// A due date the way it is said in the room: `i dag`, `i morgen`, `fre`, `uke 49`.
pub fn due(lang: Lang, d: crate::dates::Due, date: chrono::NaiveDate) -> String {
    use crate::dates::Due;
    match d {
        Due::Overdue(1) => t!(lang, "i går", "yesterday").into(),
        Due::Overdue(n) => format!("{n} {}", t!(lang, "d over", "d late")),
        Due::Today => t!(lang, "i dag", "today").into(),
        Due::Tomorrow => t!(lang, "i morgen", "tomorrow").into(),
        Due::ThisWeek(w) => match lang {
            Lang::Nb => crate::dates::weekday_short_nb(w).into(),
            Lang::En => crate::dates::weekday_short_en(w).into(),
        },
        Due::Week(n) => format!("{} {n}", ui(lang, Ui::Week)),
        Due::Later(_) => date.format("%d.%m.%y").to_string(),
    }
}

/// What a command does, for the `?` overlay.
pub fn cmd_help(lang: Lang, c: crate::keymap::Cmd) -> &'static str {
    use crate::keymap::Cmd;
    match c {
        Cmd::Up => t!(lang, "opp", "up"),
        Cmd::Down => t!(lang, "ned", "down"),
        Cmd::Left => t!(lang, "forrige / neste kolonne", "previous / next column"),
        Cmd::Right => t!(lang, "neste kolonne", "next column"),
        Cmd::Open => t!(lang, "åpne tavla", "open the board"),
        Cmd::MoveLeft => t!(lang, "flytt kortet til venstre", "move the card left"),
        Cmd::MoveRight => t!(lang, "flytt kortet til høyre", "move the card right"),
        Cmd::MoveUp => t!(lang, "flytt kortet opp", "move the card up"),
        Cmd::MoveDown => t!(lang, "flytt kortet ned", "move the card down"),
        Cmd::CycleLight => t!(lang, "bytt trafikklys", "change the traffic light"),
        Cmd::New => t!(lang, "nytt kort", "new card"),
        Cmd::Edit => t!(
            lang,
            "endre tittel, ansvarlig, frist",
            "edit title, owner, due"
        ),
        Cmd::Archive => t!(lang, "arkiver / hent tilbake", "archive / restore"),
        Cmd::ShowArchived => t!(lang, "vis / skjul arkiverte", "show / hide archived"),
        Cmd::Undo => t!(lang, "angre", "undo"),
        Cmd::Redo => t!(lang, "gjør om igjen", "redo"),
        Cmd::Filter => t!(
            lang,
            "filtrer på tekst, ansvarlig, stikkord",
            "filter by text, owner, tag"
        ),
        Cmd::NextBoard => t!(lang, "neste tavle", "next board"),
        Cmd::PrevBoard => t!(lang, "forrige tavle", "previous board"),
        Cmd::Help => t!(lang, "hjelp", "help"),
        Cmd::Back => t!(lang, "tilbake", "back"),
        Cmd::Quit => t!(lang, "avslutt", "quit"),
        Cmd::Meeting => t!(
            lang,
            "start / avslutt møtet (referat skrives)",
            "start / end the meeting (writes the minutes)"
        ),
        Cmd::NextItem => t!(lang, "neste punkt på agendaen", "next agenda item"),
        Cmd::PrevItem => t!(lang, "forrige punkt på agendaen", "previous agenda item"),
        Cmd::BigClock => t!(lang, "stor klokke", "big clock"),
        Cmd::Decide => t!(lang, "ny beslutning", "new decision"),
        Cmd::Panel => t!(
            lang,
            "beslutninger og oppfølging",
            "decisions and follow-up"
        ),
        Cmd::Attendees => t!(lang, "hvem er til stede", "who is present"),
        Cmd::Done => t!(
            lang,
            "oppfølging utført / ikke utført",
            "follow-up done / not done"
        ),
        Cmd::Plan => t!(
            lang,
            "handlingsplan: mål, delmål og tiltak",
            "action plan: goals, sub-goals, measures"
        ),
        Cmd::Indicators => t!(
            lang,
            "indikatorer med seriediagram",
            "indicators with run charts"
        ),
        Cmd::Escalate => t!(
            lang,
            "send kortet opp til en annen tavle",
            "send the card up to another board"
        ),
        Cmd::AddValue => t!(
            lang,
            "ny måling (dato: i dag)",
            "new measurement (date: today)"
        ),
    }
}

/// The short word for a command in the hint bar.
pub fn cmd_hint(lang: Lang, c: crate::keymap::Cmd) -> &'static str {
    use crate::keymap::Cmd;
    match c {
        Cmd::MoveLeft | Cmd::MoveRight => t!(lang, "flytt", "move"),
        Cmd::CycleLight => t!(lang, "lys", "light"),
        Cmd::New => t!(lang, "ny", "new"),
        Cmd::Edit => t!(lang, "endre", "edit"),
        Cmd::Archive => t!(lang, "arkiver", "archive"),
        Cmd::Undo => t!(lang, "angre", "undo"),
        Cmd::Filter => t!(lang, "filter", "filter"),
        Cmd::Open => t!(lang, "åpne", "open"),
        Cmd::NextBoard => t!(lang, "neste tavle", "next board"),
        Cmd::Help => t!(lang, "hjelp", "help"),
        Cmd::Back => t!(lang, "tilbake", "back"),
        Cmd::Quit => t!(lang, "avslutt", "quit"),
        Cmd::Meeting => t!(lang, "møte", "meeting"),
        Cmd::Decide => t!(lang, "beslutning", "decision"),
        Cmd::Done => t!(lang, "utført", "done"),
        Cmd::Plan => t!(lang, "plan", "plan"),
        Cmd::Indicators => t!(lang, "indikatorer", "indicators"),
        Cmd::AddValue => t!(lang, "ny måling", "add value"),
        other => cmd_help(lang, other),
    }
}

/// Words of the minutes (referat).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesWord {
    Minutes,
    Date,
    Time,
    Board,
    Attendees,
    Goal,
    Agenda,
    Decisions,
    FollowUps,
    Changes,
    Lights,
    NoOwner,
    None,
    Owner,
    Due,
    Card,
    Corrected,
    Overdue,
    Added,
    Moved,
    Archived,
    NoLight,
}

pub fn minutes_word(lang: Lang, w: MinutesWord) -> &'static str {
    use MinutesWord as W;
    match w {
        W::Minutes => t!(lang, "Referat", "Minutes"),
        W::Date => t!(lang, "Dato", "Date"),
        W::Time => t!(lang, "Tid", "Time"),
        W::Board => t!(lang, "Tavle", "Board"),
        W::Attendees => t!(lang, "Til stede", "Present"),
        W::Goal => t!(lang, "Mål for møtet", "Goal of the meeting"),
        W::Agenda => t!(lang, "Agenda", "Agenda"),
        W::Decisions => t!(lang, "Beslutninger", "Decisions"),
        W::FollowUps => t!(lang, "Oppfølging", "Follow-up"),
        W::Changes => t!(
            lang,
            "Endringer på tavla i dag",
            "Changes to the board today"
        ),
        W::Lights => t!(lang, "Endrede trafikklys", "Traffic lights changed"),
        W::NoOwner => t!(lang, "Uten ansvarlig", "No owner"),
        W::None => t!(lang, "Ingen.", "None."),
        W::Owner => t!(lang, "ansvarlig", "owner"),
        W::Due => t!(lang, "frist", "due"),
        W::Card => t!(lang, "kort", "card"),
        W::Corrected => t!(lang, "korrigert", "corrected"),
        W::Overdue => t!(lang, "forfalt", "overdue"),
        W::Added => t!(lang, "Nytt", "Added"),
        W::Moved => t!(lang, "Flyttet", "Moved"),
        W::Archived => t!(lang, "Arkivert", "Archived"),
        W::NoLight => t!(lang, "uten lys", "no light"),
    }
}

/// Words of the action plan, the indicators and the organisation overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanWord {
    Plan,
    Goal,
    Measure,
    Status,
    Smart,
    Missing,
    Owner,
    Deadline,
    Target,
    ByHand,
    Derived,
    Done,
    NoGoal,
    NoGoals,
    Indicators,
    NoIndicators,
    Median,
    TargetLine,
    Latest,
    MeetsTarget,
    MissesTarget,
    TooFew,
    NoSignal,
    Shift,
    Trend,
    Above,
    Below,
    Rising,
    Falling,
    Value,
    Date,
    NewValue,
    EditGoal,
    Measurable,
    EscalateTo,
    EscalatedTo,
    EscalatedFrom,
    ResponsibleFor,
    NextDeadlines,
    Signals,
    Points,
}

pub fn plan_word(lang: Lang, w: PlanWord) -> &'static str {
    use PlanWord as W;
    match w {
        W::Plan => t!(lang, "Handlingsplan", "Action plan"),
        W::Goal => t!(lang, "Mål / tiltak", "Goal / measure"),
        W::Measure => t!(lang, "Tiltak", "Measure"),
        W::Status => t!(lang, "Status", "Status"),
        W::Smart => t!(lang, "SMART", "SMART"),
        W::Missing => t!(lang, "mangler", "missing"),
        W::Owner => t!(lang, "ansvarlig", "owner"),
        W::Deadline => t!(lang, "frist", "deadline"),
        W::Target => t!(lang, "målbart mål", "measurable target"),
        W::ByHand => t!(lang, "satt", "set"),
        W::Derived => t!(lang, "utledet", "derived"),
        W::Done => t!(lang, "✓ ferdig", "✓ done"),
        W::NoGoal => t!(lang, "Tiltak uten mål", "Measures without a goal"),
        W::NoGoals => t!(
            lang,
            "Tavla har ingen mål ennå (goals i filen).",
            "The board has no goals yet (goals in the file)."
        ),
        W::Indicators => t!(lang, "Indikatorer", "Indicators"),
        W::NoIndicators => t!(
            lang,
            "Tavla har ingen indikatorer (indicators i filen).",
            "The board has no indicators (indicators in the file)."
        ),
        W::Median => t!(lang, "median", "median"),
        W::TargetLine => t!(lang, "mål", "target"),
        W::Latest => t!(lang, "siste", "latest"),
        W::MeetsTarget => t!(lang, "✓ når målet", "✓ meets the target"),
        W::MissesTarget => t!(lang, "✗ når ikke målet", "✗ misses the target"),
        W::TooFew => t!(
            lang,
            "for få målinger til å lese signaler (minst 10)",
            "too few points to read signals (at least 10)"
        ),
        W::NoSignal => t!(
            lang,
            "ingen ikke-tilfeldige signaler",
            "no non-random signals"
        ),
        W::Shift => t!(lang, "skift", "shift"),
        W::Trend => t!(lang, "trend", "trend"),
        W::Above => t!(lang, "over medianen", "above the median"),
        W::Below => t!(lang, "under medianen", "below the median"),
        W::Rising => t!(lang, "stigende", "rising"),
        W::Falling => t!(lang, "fallende", "falling"),
        W::Value => t!(lang, "Verdi", "Value"),
        W::Date => t!(lang, "Dato", "Date"),
        W::NewValue => t!(lang, "Ny måling", "New measurement"),
        W::EditGoal => t!(lang, "Endre mål", "Edit goal"),
        W::Measurable => t!(lang, "Målbart", "Measurable"),
        W::EscalateTo => t!(lang, "Send kortet opp til", "Send the card up to"),
        W::EscalatedTo => t!(lang, "sendt til", "sent to"),
        W::EscalatedFrom => t!(lang, "fra", "from"),
        W::ResponsibleFor => t!(lang, "er ansvarlig for", "is responsible for"),
        W::NextDeadlines => t!(lang, "Neste frister", "Next deadlines"),
        W::Signals => t!(lang, "Signaler", "Signals"),
        W::Points => t!(lang, "punkter", "points"),
    }
}

/// A run-chart signal in words: "skift: 6 punkter over medianen".
pub fn signal(lang: Lang, s: &crate::runchart::Signal) -> String {
    use crate::runchart::Signal;
    use PlanWord as W;
    match s {
        Signal::Shift { above, len, .. } => format!(
            "{}: {len} {} {}",
            plan_word(lang, W::Shift),
            plan_word(lang, W::Points),
            plan_word(lang, if *above { W::Above } else { W::Below })
        ),
        Signal::Trend { rising, len, .. } => format!(
            "{}: {len} {} {}",
            plan_word(lang, W::Trend),
            plan_word(lang, W::Points),
            plan_word(lang, if *rising { W::Rising } else { W::Falling })
        ),
    }
}

/// Words of `tavle status` and `tavle measure`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusWord {
    Title,
    Done,
    Overdue,
    Next,
    Responsible,
    Indicator,
}

pub fn status_word(lang: Lang, w: StatusWord) -> &'static str {
    use StatusWord as S;
    match w {
        S::Title => t!(lang, "Status for tavlene", "Status of the boards"),
        S::Done => t!(lang, "ferdig", "done"),
        S::Overdue => t!(lang, "forfalt", "overdue"),
        S::Next => t!(lang, "Neste frister", "Next deadlines"),
        S::Responsible => t!(lang, "Ansvarlig for", "Responsible for"),
        S::Indicator => t!(lang, "Indikator", "Indicator"),
    }
}

/// A bad row of a CSV import, in words.
pub fn csv_row_error(lang: Lang, e: &crate::csv_import::RowError) -> String {
    use crate::csv_import::RowError as R;
    match e {
        R::FieldCount { found } => format!(
            "{} {found}",
            t!(
                lang,
                "forventet tre felt (indikator;dato;verdi), fant",
                "expected three fields (indicator,date,value), found"
            )
        ),
        R::EmptyIndicator => t!(lang, "mangler indikator", "missing the indicator").into(),
        R::BadDate(d) => format!(
            "`{d}` {}",
            t!(
                lang,
                "er ikke en dato (2026-11-24 eller 24.11.2026)",
                "is not a date (2026-11-24 or 24.11.2026)"
            )
        ),
        R::BadValue(v) => format!("`{v}` {}", t!(lang, "er ikke et tall", "is not a number")),
        R::Malformed(m) => format!("{}: {m}", t!(lang, "ugyldig CSV", "invalid CSV")),
    }
}

pub fn unknown_indicator(lang: Lang, id: &str) -> String {
    format!(
        "{} `{id}`",
        t!(
            lang,
            "tavla har ingen indikator med id",
            "the board has no indicator with id"
        )
    )
}

pub fn imported(lang: Lang, n: usize, skipped: usize) -> String {
    match lang {
        Lang::Nb => format!("{n} målinger importert, {skipped} rader hoppet over"),
        Lang::En => format!("{n} measurements imported, {skipped} rows skipped"),
    }
}

pub fn nothing_written(lang: Lang, bad: usize) -> String {
    match lang {
        Lang::Nb => format!(
            "{bad} rader med feil: ingenting er skrevet (bruk --skip-bad for å importere resten)"
        ),
        Lang::En => {
            format!("{bad} bad rows: nothing was written (use --skip-bad to import the rest)")
        }
    }
}

/// A number the way it is written in the language: `6,2` in bokmål, `6.2` in English;
/// whole numbers without decimals, at most two decimals otherwise.
pub fn number(lang: Lang, v: f64) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e12 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match lang {
        Lang::Nb => s.replace('.', ","),
        Lang::En => s,
    }
}

// ----- The folder layer: file-system errors, locks, read-only boards, odd files -----
// One block, so that it can be moved into the Fluent files as a whole.

use crate::diag::{FsErrorKind, NodeKind};
use crate::folder_fs::{SkipWhy, Skipped};
use crate::safe_fs::FsError;
use crate::store::Why;

/// What kind of thing a name in the folder is, as a noun with its article.
pub fn node_kind(lang: Lang, k: NodeKind) -> &'static str {
    match k {
        NodeKind::File => t!(lang, "en vanlig fil", "a regular file"),
        NodeKind::Directory => t!(lang, "en mappe", "a folder"),
        NodeKind::Symlink => t!(lang, "en symbolsk lenke", "a symbolic link"),
        NodeKind::Fifo => t!(lang, "en FIFO (navngitt rør)", "a FIFO (named pipe)"),
        NodeKind::Socket => t!(lang, "en socket", "a socket"),
        NodeKind::CharDevice | NodeKind::BlockDevice => t!(lang, "en enhetsfil", "a device"),
        NodeKind::Unknown => t!(lang, "noe annet enn en fil", "something other than a file"),
    }
}

/// "the file is too large (20,1 MB; the limit is 20 MB)": the size rounded
/// up to a tenth, so that a file over the limit never shows the limit itself.
pub fn too_large(lang: Lang, size: u64, limit: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let tenths = (size as f64 * 10.0 / MB).ceil() / 10.0;
    format!(
        "{} ({} MB; {} {} MB)",
        t!(lang, "filen er for stor", "the file is too large"),
        number(lang, tenths),
        t!(lang, "grensen er", "the limit is"),
        number(lang, limit as f64 / MB)
    )
}

/// Why a file operation failed, in words (the OS's own text only for an
/// error tavle has no name for).
pub fn fs_reason(lang: Lang, kind: &FsErrorKind) -> String {
    match kind {
        FsErrorKind::ReadOnlyFs => t!(
            lang,
            "filsystemet er skrivebeskyttet",
            "the file system is read-only"
        )
        .into(),
        FsErrorKind::PermissionDenied => t!(
            lang,
            "ingen tilgang (mangler rettigheter)",
            "permission denied"
        )
        .into(),
        FsErrorKind::NoSpace => t!(
            lang,
            "det er ikke plass på disken (eller kvoten er brukt opp)",
            "no space left on the disk (or the quota is used up)"
        )
        .into(),
        FsErrorKind::NotFound => t!(lang, "finnes ikke", "does not exist").into(),
        FsErrorKind::AlreadyExists => t!(lang, "finnes fra før", "already exists").into(),
        FsErrorKind::NotRegular(k) => format!(
            "{} {}",
            t!(
                lang,
                "er ikke en vanlig fil, men",
                "is not a regular file but"
            ),
            node_kind(lang, *k)
        ),
        FsErrorKind::Symlink => t!(
            lang,
            "er en symbolsk lenke, og tavle følger ikke lenker her",
            "is a symbolic link, and tavle follows no links here"
        )
        .into(),
        FsErrorKind::OutsideFolder => t!(
            lang,
            "peker ut av tavlemappen, og tavle skriver aldri utenfor mappen",
            "leads outside the board folder, and tavle never writes outside it"
        )
        .into(),
        FsErrorKind::TooLarge { size, limit } => too_large(lang, *size, *limit),
        FsErrorKind::Other(os) => os.clone(),
    }
}

/// `PATH: reason`.
pub fn fs_error(lang: Lang, e: &FsError) -> String {
    format!("{}: {}", e.path.display(), fs_reason(lang, &e.kind))
}

/// The message of a board file that could not be read (`DiagKind::Io`).
pub fn read_failed(lang: Lang, kind: &FsErrorKind) -> String {
    format!(
        "{}: {}",
        t!(lang, "kan ikke lese filen", "cannot read the file"),
        fs_reason(lang, kind)
    )
}

/// A raw control character inside a JSON text: a line break or tab is
/// named as such; any other (a NUL from a damaged file) by its code.
pub fn control_in_string(lang: Lang, c: char) -> (String, Option<String>) {
    if matches!(c, '\n' | '\r' | '\t') {
        return (
            t!(lang, "linjeskift eller tabulator inne i en tekst", "line break or tab inside a text").into(),
            Some(t!(lang, "skriv \\n for linjeskift og \\t for tabulator, eller mangler en tekst sitt avsluttende \"?", "write \\n for a line break and \\t for a tab, or is a text missing its closing \"?").into()),
        );
    }
    let code = format!("U+{:04X}", u32::from(c));
    (
        format!(
            "{} {code} {}",
            t!(lang, "kontrolltegn", "control character"),
            t!(lang, "inne i en tekst", "inside a text")
        ),
        Some(format!(
            "{} \\u{:04x}; {}",
            t!(
                lang,
                "fjern tegnet eller skriv det som",
                "remove it or write it as"
            ),
            u32::from(c),
            t!(
                lang,
                "et slikt tegn kommer ofte fra en skadet fil eller en kopi fra et annet program",
                "such a character often comes from a damaged file or a copy from another program"
            )
        )),
    )
}

/// Why a board is opened read-only (the banner's reason).
pub fn why_read_only(lang: Lang, why: Why) -> String {
    match why {
        Why::LinkOutside => t!(lang, "filen er en lenke til noe utenfor tavlemappen, og tavle skriver aldri utenfor mappen", "the file is a link to something outside the board folder, and tavle never writes outside the folder").into(),
        Why::NoWritePermission => t!(lang, "du har ikke skrivetilgang til filen", "you have no write permission on the file").into(),
        Why::FolderNotWritable => t!(lang, "du har ikke skrivetilgang til mappen", "you have no write permission in the folder").into(),
        Why::ReadOnlyFs => t!(lang, "mappen ligger på et skrivebeskyttet filsystem", "the folder is on a read-only file system").into(),
        Why::NewerFormat(v) => format!("{} {v}; {}", t!(lang, "filen har nyere format, versjon", "the file has a newer format, version"), t!(lang, "oppgrader tavle", "upgrade tavle")),
    }
}

/// Why an entry named like a board was skipped.
pub fn skip_why(lang: Lang, why: &SkipWhy) -> String {
    match why {
        SkipWhy::Special(k) => format!(
            "{}, {}",
            node_kind(lang, *k),
            t!(
                lang,
                "ikke en vanlig fil; tavle åpner den ikke",
                "not a regular file; tavle does not open it"
            )
        ),
        SkipWhy::LinkTo(k) => format!(
            "{} {}",
            t!(lang, "en lenke til", "a link to"),
            node_kind(lang, *k)
        ),
        SkipWhy::BrokenLink => t!(
            lang,
            "en lenke som ikke peker til noen fil",
            "a link that leads to no file"
        )
        .into(),
        SkipWhy::Unreadable(k) => fs_reason(lang, k),
    }
}

/// A temp file of a save that did not finish, `minutes` old; `removable`:
/// the next save of its board removes it.
pub fn leftover_temp(lang: Lang, minutes: u64, removable: bool) -> String {
    format!(
        "{} ({minutes} min); {}",
        t!(
            lang,
            "midlertidig fil etter en lagring som ikke ble fullført",
            "temp file of a save that did not finish"
        ),
        if removable {
            t!(
                lang,
                "den fjernes ved neste lagring",
                "the next save removes it"
            )
        } else {
            t!(
                lang,
                "kan slettes hvis ingen lagrer akkurat nå",
                "may be deleted if nobody is saving right now"
            )
        }
    )
}

/// Who holds a lock, for messages: host and process.
pub type HolderName = (String, u32);

/// Messages of the folder layer, for the screen and the commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderMsg {
    /// Someone holds the lock of `board`; None: the lock file names nobody.
    Locked {
        board: String,
        holder: Option<HolderName>,
    },
    /// The lock of `board` looks abandoned; `since` is when it was taken, if known.
    StaleLock {
        board: String,
        holder: Option<HolderName>,
        since: Option<String>,
    },
    /// The lock file is a FIFO, device, folder or link.
    LockNotRegular {
        lock: String,
        kind: NodeKind,
    },
    /// Our lock was broken while saving; nothing was written.
    LockLost {
        board: String,
    },
    SaveFailed(FsError),
    ReadOnly {
        board: String,
        why: Why,
    },
    Unlocked {
        board: String,
        holder: Option<HolderName>,
    },
    UnlockedOdd {
        board: String,
        kind: NodeKind,
    },
    NotLocked {
        board: String,
    },
    /// `tavle unlock` refused: the lock is in use now.
    LockInUse {
        board: String,
        holder: Option<HolderName>,
    },
    Skipped(Skipped),
    /// A temp file of a save that did not finish; `removable`: the next save removes it.
    LeftoverTemp {
        path: String,
        minutes: u64,
        removable: bool,
    },
    WatchStopped(crate::watch::StopReason),
}

fn board_name(path: &std::path::Path) -> String {
    crate::store::board_id(path)
}

fn holder_name(h: &Option<crate::lock::Holder>) -> Option<HolderName> {
    h.as_ref().map(|h| (h.host.clone(), h.pid))
}

impl FolderMsg {
    /// What to tell the user about a lock that could not be taken or was lost.
    pub fn from_lock(e: crate::lock::LockError) -> FolderMsg {
        use crate::lock::LockError;
        match e {
            LockError::Busy { board, holder } => FolderMsg::Locked {
                board: board_name(&board),
                holder: holder_name(&holder),
            },
            LockError::Stale { board, holder } => FolderMsg::StaleLock {
                board: board_name(&board),
                since: holder
                    .as_ref()
                    .and_then(crate::lock::taken_at)
                    .map(|t| t.format("%d.%m.%Y %H:%M").to_string()),
                holder: holder_name(&holder),
            },
            LockError::NotRegular { lock, kind } => FolderMsg::LockNotRegular {
                lock: lock.display().to_string(),
                kind,
            },
            LockError::Lost { board } => FolderMsg::LockLost {
                board: board_name(&board),
            },
            LockError::Fs(e) => FolderMsg::SaveFailed(e),
        }
    }

    /// The board file at `board` may not be written, for `why`.
    pub fn read_only(board: &std::path::Path, why: Why) -> FolderMsg {
        FolderMsg::ReadOnly {
            board: board_name(board),
            why,
        }
    }
}

/// The text of a folder-layer message.
pub fn folder_msg(lang: Lang, m: &FolderMsg) -> String {
    let board_is = |b: &str| format!("{} {b}", t!(lang, "tavla", "the board"));
    match m {
        FolderMsg::Locked {
            board,
            holder: Some((host, pid)),
        } => format!(
            "{} {} {host} (pid {pid}); {}",
            board_is(board),
            t!(lang, "er låst av", "is locked by"),
            t!(lang, "prøv igjen om litt", "try again in a moment")
        ),
        FolderMsg::Locked {
            board,
            holder: None,
        } => format!(
            "{} {}; {}",
            board_is(board),
            t!(
                lang,
                "er låst, men låsfila sier ikke av hvem (den skrives akkurat nå eller kan ikke leses)",
                "is locked, but the lock file does not say by whom (it is being written or cannot be read)"
            ),
            t!(lang, "prøv igjen om litt", "try again in a moment")
        ),
        FolderMsg::StaleLock {
            board,
            holder,
            since,
        } => {
            let who = match holder {
                Some((host, pid)) => format!("{} {host} (pid {pid})", t!(lang, "etter", "left by")),
                None => t!(
                    lang,
                    "uten eier (låsfila er tom eller kan ikke leses)",
                    "with no holder (the lock file is empty or unreadable)"
                )
                .into(),
            };
            let since = since
                .as_ref()
                .map(|s| format!(" {} {s}", t!(lang, "siden", "since")))
                .unwrap_or_default();
            format!(
                "{} {} {who}{since}; {} `tavle unlock {board}` {}",
                board_is(board),
                t!(lang, "har en gammel lås", "has a stale lock"),
                t!(lang, "bryt den med", "break it with"),
                t!(lang, "hvis ingen andre lagrer", "if nobody else is saving")
            )
        }
        FolderMsg::LockNotRegular { lock, kind } => format!(
            "{} {lock} {} {}; {}",
            t!(lang, "låsfila", "the lock file"),
            t!(
                lang,
                "er ikke en vanlig fil, men",
                "is not a regular file but"
            ),
            node_kind(lang, *kind),
            t!(
                lang,
                "tavle verken leser eller fjerner den; fjern den for hånd eller med `tavle unlock`",
                "tavle neither reads nor removes it; remove it by hand or with `tavle unlock`"
            )
        ),
        FolderMsg::LockLost { board } => format!(
            "{} {}",
            board_is(board),
            t!(
                lang,
                "ble ikke lagret: låsen ble brutt mens den ble lagret; ingenting er skrevet, prøv igjen",
                "was not saved: its lock was broken while saving; nothing was written, try again"
            )
        ),
        FolderMsg::SaveFailed(e) => format!(
            "{}: {}",
            t!(lang, "kunne ikke lagre", "could not save"),
            fs_error(lang, e)
        ),
        FolderMsg::ReadOnly { board, why } => format!(
            "{} {}: {}",
            board_is(board),
            t!(lang, "er bare for lesing", "is read-only"),
            why_read_only(lang, *why)
        ),
        FolderMsg::Unlocked { board, holder } => match holder {
            Some((host, pid)) => format!(
                "{} {host} (pid {pid}) {} {board}",
                t!(lang, "brøt låsen etter", "broke the lock left by"),
                t!(lang, "på tavla", "on the board")
            ),
            None => format!(
                "{} {board}",
                t!(
                    lang,
                    "brøt en lås uten eier på tavla",
                    "broke a lock with no holder on the board"
                )
            ),
        },
        FolderMsg::UnlockedOdd { board, kind } => format!(
            "{} {board}, {} {}",
            t!(
                lang,
                "fjernet låsfila til tavla",
                "removed the lock file of the board"
            ),
            t!(lang, "som var", "which was"),
            node_kind(lang, *kind)
        ),
        FolderMsg::NotLocked { board } => format!(
            "{} {}",
            board_is(board),
            t!(lang, "var ikke låst", "was not locked")
        ),
        FolderMsg::LockInUse { board, holder } => {
            let who = match holder {
                Some((host, pid)) => format!("{host} (pid {pid})"),
                None => t!(
                    lang,
                    "en prosess som ikke har skrevet navnet sitt ennå",
                    "a process that has not written its name yet"
                )
                .into(),
            };
            format!(
                "{} {board} {} {who}; {}",
                t!(lang, "låsen på tavla", "the lock of the board"),
                t!(lang, "er i bruk akkurat nå av", "is in use right now by"),
                t!(lang, "den brytes ikke", "it is not broken")
            )
        }
        FolderMsg::Skipped(s) => format!(
            "{}: {}: {}",
            s.path.display(),
            t!(lang, "hoppet over", "skipped"),
            skip_why(lang, &s.why)
        ),
        FolderMsg::LeftoverTemp {
            path,
            minutes,
            removable,
        } => {
            format!("{path}: {}", leftover_temp(lang, *minutes, *removable))
        }
        FolderMsg::WatchStopped(reason) => {
            use crate::watch::StopReason;
            let why = match reason {
                StopReason::FolderGone => t!(
                    lang,
                    "mappen er borte eller flyttet",
                    "the folder is gone or was moved"
                )
                .to_string(),
                StopReason::Failed(e) => e.clone(),
                StopReason::Crashed => t!(
                    lang,
                    "overvåkingen stoppet uventet",
                    "the watcher stopped unexpectedly"
                )
                .to_string(),
            };
            format!(
                "{} ({why}); {}",
                t!(
                    lang,
                    "følger ikke lenger mappen",
                    "no longer watching the folder"
                ),
                t!(
                    lang,
                    "skjermen kan være utdatert",
                    "the screen may be out of date"
                )
            )
        }
    }
}

#[cfg(test)]
mod folder_tests {
    use super::*;

    #[test]
    fn os_errors_are_explained_in_both_languages() {
        for kind in [
            FsErrorKind::ReadOnlyFs,
            FsErrorKind::PermissionDenied,
            FsErrorKind::NoSpace,
        ] {
            let (nb, en) = (fs_reason(Lang::Nb, &kind), fs_reason(Lang::En, &kind));
            assert!(!nb.is_empty() && !en.is_empty() && nb != en, "{kind:?}");
        }
        let e = FsError::new(FsErrorKind::NoSpace, "/x/b.json");
        assert_eq!(
            folder_msg(Lang::Nb, &FolderMsg::SaveFailed(e)),
            "kunne ikke lagre: /x/b.json: det er ikke plass på disken (eller kvoten er brukt opp)"
        );
    }

    #[test]
    fn the_size_shows_the_real_size() {
        let limit = 20 * 1024 * 1024;
        assert_eq!(
            too_large(Lang::Nb, limit + 1, limit),
            "filen er for stor (20,1 MB; grensen er 20 MB)"
        );
        assert_eq!(
            too_large(Lang::En, 21 * 1024 * 1024, limit),
            "the file is too large (21 MB; the limit is 20 MB)"
        );
        assert_eq!(
            too_large(Lang::Nb, limit + 300 * 1024, limit),
            "filen er for stor (20,3 MB; grensen er 20 MB)"
        );
    }

    #[test]
    fn a_nul_is_named_as_a_control_character() {
        assert_eq!(
            control_in_string(Lang::Nb, '\0').0,
            "kontrolltegn U+0000 inne i en tekst"
        );
        assert!(
            control_in_string(Lang::Nb, '\t')
                .0
                .starts_with("linjeskift eller tabulator")
        );
        assert!(
            control_in_string(Lang::En, '\u{1b}')
                .1
                .unwrap()
                .contains("\\u001b")
        );
    }

    #[test]
    fn lock_messages_name_the_board_and_holder_or_say_unknown() {
        let known = FolderMsg::Locked {
            board: "b".into(),
            holder: Some(("pc-1".into(), 42)),
        };
        assert_eq!(
            folder_msg(Lang::En, &known),
            "the board b is locked by pc-1 (pid 42); try again in a moment"
        );
        for lang in [Lang::Nb, Lang::En] {
            let unknown = folder_msg(
                lang,
                &FolderMsg::StaleLock {
                    board: "b".into(),
                    holder: None,
                    since: None,
                },
            );
            assert!(
                unknown.contains(" b ") && !unknown.contains("()") && !unknown.contains("pid"),
                "{unknown}"
            );
        }
    }
}
