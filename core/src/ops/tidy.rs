//! Text as typed, made fit for the file: trailing spaces and empty lines at
//! the ends go, and a text, answer or plan left empty is no value at all,
//! so an empty evaluation is not written as `{}`. Ops tidy what they are
//! given; what they take away to undo is kept exactly as it was.

use crate::model::{A3, Benefit, Cycle, Evaluation};

use super::clean;

/// A note as typed: trailing spaces of each line and empty lines at the ends
/// go; nothing left means no note.
pub(crate) fn clean_note(s: &Option<String>) -> Option<String> {
    let text = s.as_deref()?;
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let joined = lines.join("\n");
    let trimmed = joined.trim_matches('\n');
    (!trimmed.trim().is_empty()).then(|| trimmed.to_string())
}

/// A cycle with its texts tidied. A cycle left empty stays: it was started.
pub(crate) fn cycle(c: &Cycle) -> Cycle {
    Cycle {
        plan: clean_note(&c.plan),
        prediction: clean_note(&c.prediction),
        started: c.started,
        measured: clean_note(&c.measured),
        result: clean_note(&c.result),
        decision: c.decision,
        ended: c.ended,
        extra: c.extra.clone(),
    }
}

/// The answers tidied; no answer left (and nothing unknown) is no evaluation.
pub(crate) fn evaluation(e: Option<&Evaluation>) -> Option<Evaluation> {
    let e = e?;
    let tidy = Evaluation {
        problem: clean_note(&e.problem),
        decided: clean_note(&e.decided),
        done: clean_note(&e.done),
        told: clean_note(&e.told),
        effect: clean_note(&e.effect),
        remains: clean_note(&e.remains),
        share: clean_note(&e.share),
        extra: e.extra.clone(),
    };
    (tidy != Evaluation::default()).then_some(tidy)
}

/// The benefit plan tidied; nothing left is no benefit plan.
pub(crate) fn benefit(b: Option<&Benefit>) -> Option<Benefit> {
    let b = b?;
    let tidy = Benefit {
        kind: b.kind,
        who: clean(&b.who),
        by: b.by,
        how: clean_note(&b.how),
        extra: b.extra.clone(),
    };
    (tidy != Benefit::default()).then_some(tidy)
}

/// The A3 tidied: each why on its own, empty ones dropped; nothing left is
/// no A3.
pub(crate) fn a3(a: Option<&A3>) -> Option<A3> {
    let a = a?;
    let tidy = A3 {
        current: clean_note(&a.current),
        root_cause: clean_note(&a.root_cause),
        whys: a
            .whys
            .iter()
            .filter_map(|w| clean_note(&Some(w.clone())))
            .collect(),
        goal: clean_note(&a.goal),
        extra: a.extra.clone(),
    };
    (tidy != A3::default()).then_some(tidy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use serde_json::json;

    #[test]
    fn empty_answers_are_no_value_and_texts_lose_their_trailing_space() {
        let blank = Evaluation {
            problem: Some("  \n ".into()),
            share: Some(String::new()),
            ..Evaluation::default()
        };
        assert_eq!(evaluation(Some(&blank)), None);
        let typed = Evaluation {
            problem: Some("\nFall om natta  \nfor mange \n\n".into()),
            told: Some(" ".into()),
            ..Evaluation::default()
        };
        let want = Evaluation {
            problem: Some("Fall om natta\nfor mange".into()),
            ..Evaluation::default()
        };
        assert_eq!(evaluation(Some(&typed)), Some(want));
        // What another tool wrote keeps an otherwise empty value alive.
        let mut unknown = Evaluation::default();
        unknown.extra.insert("x".into(), json!(1));
        assert_eq!(evaluation(Some(&unknown)), Some(unknown));
    }

    #[test]
    fn a_benefit_plan_and_an_a3_are_tidied_field_by_field() {
        let by = NaiveDate::from_ymd_opt(2027, 6, 1).unwrap();
        let b = Benefit {
            who: Some("  Kari ".into()),
            by: Some(by),
            how: Some(" ".into()),
            ..Benefit::default()
        };
        let want = Benefit {
            who: Some("Kari".into()),
            by: Some(by),
            ..Benefit::default()
        };
        assert_eq!(benefit(Some(&b)), Some(want));
        assert_eq!(benefit(Some(&Benefit::default())), None);
        let a = A3 {
            whys: vec!["Travelt ".into(), "  ".into(), "For få på vakt".into()],
            ..A3::default()
        };
        assert_eq!(
            a3(Some(&a)).map(|a| a.whys),
            Some(vec!["Travelt".to_string(), "For få på vakt".to_string()])
        );
        let none = A3 {
            whys: vec![" ".into()],
            ..A3::default()
        };
        assert_eq!(a3(Some(&none)), None);
    }

    #[test]
    fn an_empty_cycle_stays_a_cycle() {
        let c = Cycle {
            plan: Some(" ".into()),
            ..Cycle::default()
        };
        assert_eq!(cycle(&c), Cycle::default());
    }
}
