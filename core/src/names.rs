//! Naming things the way people do: a column, a card, an indicator or a
//! board given on the command line by its id (`k17`) or by its title
//! (`Pågår`, `pågår`, `Pag` is *not* it), with a unique prefix being
//! enough. One rule, [`resolve`], for everything the command line names.
//!
//! Boards that share a title are told apart by their unit or file name
//! wherever they are named ([`boards`]).
//!
//! Pure: the candidates come in as `(id, title)` pairs, the id of the one
//! meant (or why there is none) goes out. No files, no words: the caller
//! says "kolonnene er: …" in the user's language.
//!
//! # The rule
//! Tried in order, the first step with a match decides:
//! 1. an id exactly as typed;
//! 2. a title exactly as typed;
//! 3. an id or a title equal after folding (see below);
//! 4. an id or a title that starts with the folded query.
//!
//! A step with matches for more than one thing is [`NameError::Ambiguous`]
//! (it never falls through to a later step: `Pågår` and `Pågår (venter)`
//! are two columns, and `pågår` means the first because step 3 decides
//! before step 4). No match at all is [`NameError::Unknown`], with every
//! valid name, so the message can list them.
//!
//! Folding ignores case, surrounding and repeated spaces, and diacritics
//! (`é` → `e`, `ü` → `u`, `ö` → `o`), but **not** æ, ø and å: in Norwegian
//! they are letters of their own (`for` and `før`, `Pa` and `På` are
//! different words), so they stay distinct from a, o and ae.

pub mod boards;

/// Why a name did not pick out one thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameError {
    /// Nothing is called that. `valid` holds every candidate's title (its
    /// id when the title is empty), in the order given.
    Unknown { valid: Vec<String> },
    /// More than one thing is called that: the titles (or ids) of each.
    Ambiguous { matches: Vec<String> },
    /// Several boards have this very title: only their file names tell them
    /// apart (`matches` are their names as shown, `files` the file names).
    SameTitle {
        matches: Vec<String>,
        files: Vec<String>,
    },
}

/// One step of the rule: whether `(id, title)` matches.
type Step<'q> = dyn Fn(&str, &str) -> bool + 'q;

/// The id of the candidate `query` names; `candidates` are `(id, title)`.
pub fn resolve<'a>(query: &str, candidates: &[(&'a str, &'a str)]) -> Result<&'a str, NameError> {
    let query = query.trim();
    let folded = fold(query);
    if folded.is_empty() {
        return Err(NameError::Unknown {
            valid: candidates.iter().map(shown).collect(),
        });
    }
    let steps: [&Step; 4] = [
        &|id, _| id == query,
        &|_, title| title.trim() == query,
        &|id, title| fold(id) == folded || fold(title) == folded,
        &|id, title| fold(id).starts_with(&folded) || fold(title).starts_with(&folded),
    ];
    for step in steps {
        let mut found: Vec<&(&'a str, &'a str)> =
            candidates.iter().filter(|(id, t)| step(id, t)).collect();
        // The same id twice (a broken file) is still one thing.
        found.dedup_by_key(|(id, _)| *id);
        match found.as_slice() {
            [] => continue,
            [(id, _)] => return Ok(id),
            many => {
                return Err(NameError::Ambiguous {
                    matches: many.iter().map(|c| shown(c)).collect(),
                });
            }
        }
    }
    Err(NameError::Unknown {
        valid: candidates.iter().map(shown).collect(),
    })
}

/// How a candidate is named in a message: its title, or its id when it has none.
fn shown(c: &(&str, &str)) -> String {
    let (id, title) = *c;
    if title.trim().is_empty() {
        id.to_string()
    } else {
        title.trim().to_string()
    }
}

/// `s` in the form names are compared in: lower case, single spaces, and
/// without diacritics, except that æ, ø and å stay themselves (a decomposed
/// `a` + ring above is å too).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.trim().chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if matches!(c, 'a' | 'A') && chars.peek() == Some(&'\u{30A}') {
            chars.next();
            out.push('å');
            continue;
        }
        // Combining marks typed separately: the letter before them counts.
        if ('\u{300}'..='\u{36F}').contains(&c) {
            continue;
        }
        for l in c.to_lowercase() {
            out.push(base_letter(l));
        }
    }
    out
}

/// The letter without its diacritic, for the Latin letters people type in
/// names here (Latin-1 and Latin Extended-A); æ, ø, å and everything else
/// are returned as they are.
fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[(&str, &str)] = &[
        ("idag", "I dag"),
        ("pagar", "Pågår"),
        ("venter", "Venter på andre"),
        ("ferdig", "Ferdig"),
    ];

    #[test]
    fn by_id_or_by_title_in_any_case() {
        assert_eq!(resolve("pagar", COLUMNS), Ok("pagar"));
        assert_eq!(resolve("Pågår", COLUMNS), Ok("pagar"));
        assert_eq!(resolve("PÅGÅR", COLUMNS), Ok("pagar"));
        assert_eq!(resolve("  i   dag ", COLUMNS), Ok("idag"));
        assert_eq!(resolve("ferdig", COLUMNS), Ok("ferdig"));
    }

    #[test]
    fn a_unique_prefix_is_enough() {
        assert_eq!(resolve("Ven", COLUMNS), Ok("venter"));
        assert_eq!(resolve("påg", COLUMNS), Ok("pagar"));
        assert_eq!(resolve("f", COLUMNS), Ok("ferdig"));
    }

    #[test]
    fn æøå_are_letters_not_diacritics() {
        // `pag` is a prefix of the id `pagar`, but not of the title: the id decides.
        assert_eq!(resolve("pag", COLUMNS), Ok("pagar"));
        let titles = [("k1", "Før jul"), ("k2", "For sent")];
        assert_eq!(resolve("før", &titles), Ok("k1"));
        assert_eq!(resolve("for", &titles), Ok("k2"));
        let titles = [("a", "På vent"), ("b", "Pause")];
        assert_eq!(resolve("pa", &titles), Ok("b"));
        assert_eq!(resolve("på", &titles), Ok("a"));
        assert_eq!(fold("Æ Ø Å"), "æ ø å");
        // A decomposed å (a + combining ring) is still å.
        assert_eq!(fold("Pa\u{30A}ga\u{30A}r"), "pågår");
    }

    #[test]
    fn other_diacritics_fold() {
        let names = [("cafe", "Café-møte"), ("mull", "Müller"), ("bjo", "Björk")];
        assert_eq!(resolve("cafe-møte", &names), Ok("cafe"));
        assert_eq!(resolve("muller", &names), Ok("mull"));
        assert_eq!(resolve("BJORK", &names), Ok("bjo"));
        assert_eq!(resolve("e\u{301}", &[("x", "É")]), Ok("x"));
        // But not the other way into æøå.
        assert_eq!(
            resolve("cafe-mote", &names),
            Err(NameError::Unknown {
                valid: vec!["Café-møte".into(), "Müller".into(), "Björk".into()]
            })
        );
    }

    #[test]
    fn exact_id_or_title_wins_over_a_prefix() {
        let cols = [("a", "Pågår"), ("b", "Pågår (venter)")];
        assert_eq!(resolve("pågår", &cols), Ok("a"));
        assert_eq!(resolve("Pågår (", &cols), Ok("b"));
        // An id exactly as typed beats another card's title.
        let cards = [("k1", "k2"), ("k2", "Annet")];
        assert_eq!(resolve("k2", &cards), Ok("k2"));
        // An exact title beats titles equal only after folding.
        let cards = [("x", "Møte"), ("y", "MØTE")];
        assert_eq!(resolve("MØTE", &cards), Ok("y"));
    }

    #[test]
    fn an_ambiguous_prefix_names_every_match() {
        let cols = [("a", "Planlagt"), ("b", "Pågår"), ("c", "Plan B")];
        assert_eq!(
            resolve("pla", &cols),
            Err(NameError::Ambiguous {
                matches: vec!["Planlagt".into(), "Plan B".into()]
            })
        );
        let cards = [("x", "Møte"), ("y", "møte")];
        assert_eq!(
            resolve("mote", &cards),
            Err(NameError::Unknown {
                valid: vec!["Møte".into(), "møte".into()]
            })
        );
        assert_eq!(
            resolve("Møte ", &cards),
            Ok("x"),
            "trimmed, then exact title"
        );
        assert!(matches!(
            resolve("MØTE", &cards),
            Err(NameError::Ambiguous { .. })
        ));
    }

    #[test]
    fn unknown_lists_every_valid_name() {
        assert_eq!(
            resolve("Pågårr", COLUMNS),
            Err(NameError::Unknown {
                valid: vec![
                    "I dag".into(),
                    "Pågår".into(),
                    "Venter på andre".into(),
                    "Ferdig".into()
                ]
            })
        );
        // An empty query names nothing; an untitled candidate is listed by id.
        assert_eq!(
            resolve("  ", &[("k1", "")]),
            Err(NameError::Unknown {
                valid: vec!["k1".into()]
            })
        );
        assert_eq!(resolve("x", &[]), Err(NameError::Unknown { valid: vec![] }));
    }
}
