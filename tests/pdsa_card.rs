//! The PDSA card (issue 21.4), by keys on the card screen: cycles started
//! and filled in (never started without a prediction), the decision in
//! words, the evaluation questions asked when a card moves into Evaluere
//! (from the board and from the card screen; not into another column, not
//! on an operations board), kept in the file and undone, the indicator
//! linked with its run chart on the card, and the benefit plan.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::{EditKind, Overlay, Screen};
use tavle::i18n::{Msg, PdsaMsg};
use tavle::model::{BenefitKind, CycleDecision};

mod pdsa_support;
use pdsa_support::Folder;

const F: &str = "forbedring.json";

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn editor_kind(f: &Folder) -> Option<EditKind> {
    match &f.app.overlay {
        Some(Overlay::Editor(ed)) => Some(ed.kind.clone()),
        _ => None,
    }
}

fn editor_error(f: &Folder) -> Option<Msg> {
    match &f.app.overlay {
        Some(Overlay::Editor(ed)) => ed.error.clone(),
        _ => None,
    }
}

/// `c` on the card screen of f1, plan and prediction typed, started `mon`.
fn start_cycle(f: &mut Folder, prediction: &str) {
    f.ch('c');
    assert_eq!(
        editor_kind(f),
        Some(EditKind::Cycle {
            card: "f1".into(),
            cycle: None
        })
    );
    f.typ("Måltidsvert på avd. 2 i to uker");
    f.key(KeyCode::Tab);
    f.typ(prediction);
    f.key(KeyCode::Tab);
    f.typ("man");
    f.key(KeyCode::Enter);
}

#[test]
fn a_cycle_is_started_by_keys_and_kept_in_the_file() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    start_cycle(&mut f, "Roligere måltid, færre avbrudd");
    assert!(f.app.overlay.is_none(), "{:?}", editor_error(&f));
    let card = f.disk(F).card("f1").unwrap().clone();
    assert_eq!(card.pdsa.len(), 1);
    let c = &card.pdsa[0];
    assert_eq!(c.plan.as_deref(), Some("Måltidsvert på avd. 2 i to uker"));
    assert_eq!(
        c.prediction.as_deref(),
        Some("Roligere måltid, færre avbrudd")
    );
    // `man` for a start date is the Monday that has been (24.11 is a Tuesday).
    assert_eq!(c.started, Some(day(11, 23)));
    assert_eq!(c.decision, None);
    // The detail lists it numbered; at 80 columns the hint bar names the keys.
    let screen = f.screen(120, 40);
    assert!(screen.contains("Syklus 1 av 1"), "{screen}");
    assert!(screen.contains("Roligere måltid"), "{screen}");
    let small = f.rows(80, 24);
    let bar = small.last().unwrap();
    for hint in ["c ny syklus", "p syklus", "v evaluer"] {
        assert!(bar.contains(hint), "{hint:?} not in {bar:?}");
    }
    // Undo takes the cycle away again.
    f.ch('u');
    assert!(f.disk(F).card("f1").unwrap().pdsa.is_empty());
    assert!(!f.screen(120, 40).contains("Syklus 1 av 1"));
}

#[test]
fn a_cycle_is_not_started_without_a_prediction() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    start_cycle(&mut f, "");
    // The form stays open, says why and has the cursor on the prediction.
    assert_eq!(editor_error(&f), Some(Msg::Pdsa(PdsaMsg::PredictionFirst)));
    let screen = f.screen(80, 24);
    assert!(
        screen.contains("Skriv prediksjonen før syklusen startes"),
        "{screen}"
    );
    assert!(f.disk(F).card("f1").unwrap().pdsa.is_empty());
    // With the prediction written, the same form saves.
    f.typ("Færre avbrudd");
    f.key(KeyCode::Enter);
    assert!(f.app.overlay.is_none());
    let card = f.disk(F).card("f1").unwrap().clone();
    assert_eq!(card.pdsa[0].prediction.as_deref(), Some("Færre avbrudd"));
    // A plan alone (no start date) needs no prediction yet.
    f.ch('c');
    f.typ("Neste runde");
    f.key(KeyCode::Enter);
    assert_eq!(f.disk(F).card("f1").unwrap().pdsa.len(), 2);
}

#[test]
fn the_latest_cycle_is_filled_in_and_the_decision_is_typed_in_words() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    start_cycle(&mut f, "Færre avbrudd");
    f.ch('p');
    assert_eq!(
        editor_kind(&f),
        Some(EditKind::Cycle {
            card: "f1".into(),
            cycle: Some(0)
        })
    );
    // The cursor stands on the first empty field: measured.
    f.typ("Avbrudd per måltid");
    f.key(KeyCode::Tab);
    f.typ("Fra 6 til 2 avbrudd");
    f.key(KeyCode::Tab);
    f.typ("kanskje");
    f.key(KeyCode::Enter);
    assert_eq!(
        editor_error(&f),
        Some(Msg::Pdsa(PdsaMsg::BadDecision("kanskje".into())))
    );
    for _ in 0.."kanskje".len() {
        f.key(KeyCode::Backspace);
    }
    f.typ("juster");
    f.key(KeyCode::Enter);
    assert!(f.app.overlay.is_none(), "{:?}", editor_error(&f));
    let c = f.disk(F).card("f1").unwrap().pdsa[0].clone();
    assert_eq!(c.measured.as_deref(), Some("Avbrudd per måltid"));
    assert_eq!(c.result.as_deref(), Some("Fra 6 til 2 avbrudd"));
    assert_eq!(c.decision, Some(CycleDecision::Adapt));
    // The plan was not touched.
    assert_eq!(c.plan.as_deref(), Some("Måltidsvert på avd. 2 i to uker"));
    // After "adapt" the next step is said: a new cycle, number 2.
    let notice = f.app.shared.notice().map(|n| n.msg.clone());
    assert_eq!(notice, Some(Msg::Pdsa(PdsaMsg::AdaptNext(2))));
    let screen = f.screen(120, 40);
    assert!(screen.contains("↻ juster"), "{screen}");
    assert!(screen.contains("syklus 2 (c)"), "{screen}");
    // The second cycle, adopted: numbered 2 of 2.
    f.ch('c');
    f.typ("Alle avdelinger");
    f.key(KeyCode::Tab);
    f.typ("Færre avbrudd overalt");
    for _ in 0..3 {
        f.key(KeyCode::Tab);
    }
    f.typ("Halvert");
    f.key(KeyCode::Tab);
    f.typ("t");
    f.key(KeyCode::Enter);
    let card = f.disk(F).card("f1").unwrap().clone();
    assert_eq!(card.pdsa.len(), 2);
    assert_eq!(card.pdsa[1].decision, Some(CycleDecision::Adopt));
    let screen = f.screen(120, 40);
    assert!(screen.contains("Syklus 2 av 2"), "{screen}");
    assert!(screen.contains("✓ ta i bruk"), "{screen}");
}

#[test]
fn p_on_a_card_without_a_cycle_says_how_to_start_one() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    f.ch('p');
    assert!(f.app.overlay.is_none());
    let notice = f.app.shared.notice().map(|n| n.msg.clone());
    assert_eq!(notice, Some(Msg::Pdsa(PdsaMsg::NoCycle)));
}

fn evaluation_of(f: &Folder, card: &str) -> Option<EditKind> {
    editor_kind(f).filter(|k| {
        *k == EditKind::Evaluation {
            card: card.to_string(),
        }
    })
}

#[test]
fn moving_a_card_into_evaluere_from_the_board_asks_the_evaluation_questions() {
    let mut f = Folder::on(F);
    f.select("f1");
    f.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    assert_eq!(f.disk(F).card("f1").unwrap().column, "evaluere");
    assert!(evaluation_of(&f, "f1").is_some(), "{:?}", f.app.overlay);
    // The seed's first question is shown in full.
    let screen = f.screen(80, 24);
    assert!(screen.contains("Hva var problemstillingen?"), "{screen}");
    // Opened unasked, the dialog names the card it is about.
    assert!(
        screen.contains("Evaluering: Måltidsvert ved middag"),
        "{screen}"
    );
    f.typ("Uro ved middag");
    f.key(KeyCode::Tab);
    f.typ("Måltidsvert");
    f.key(KeyCode::Enter);
    let e = f.disk(F).card("f1").unwrap().evaluation.clone().unwrap();
    assert_eq!(e.problem.as_deref(), Some("Uro ved middag"));
    assert_eq!(e.decided.as_deref(), Some("Måltidsvert"));
    assert_eq!(e.done, None);
    // Undo takes the answers away, and the move stays.
    f.ch('u');
    let card = f.disk(F).card("f1").unwrap().clone();
    assert_eq!(card.evaluation, None);
    assert_eq!(card.column, "evaluere");
}

#[test]
fn moving_a_card_into_evaluere_from_the_card_screen_asks_them_too() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    f.ch('>');
    assert_eq!(f.disk(F).card("f1").unwrap().column, "evaluere");
    assert!(evaluation_of(&f, "f1").is_some(), "{:?}", f.app.overlay);
}

#[test]
fn esc_leaves_the_move_done_and_the_answers_as_they_were() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    f.ch('v');
    assert!(evaluation_of(&f, "f1").is_some());
    f.typ("Uro");
    f.key(KeyCode::Enter);
    let before = f.disk(F).card("f1").unwrap().evaluation.clone();
    assert_eq!(before.as_ref().unwrap().problem.as_deref(), Some("Uro"));
    // Into Evaluere: the questions come prefilled; typing, then Esc.
    f.ch('>');
    match &f.app.overlay {
        Some(Overlay::Editor(ed)) => assert_eq!(ed.fields[0].input.text(), "Uro"),
        other => panic!("{other:?}"),
    }
    f.typ(" og støy");
    f.key(KeyCode::Esc);
    assert!(f.app.overlay.is_none());
    let card = f.disk(F).card("f1").unwrap().clone();
    assert_eq!(card.column, "evaluere");
    assert_eq!(card.evaluation, before);
}

#[test]
fn a_move_into_another_column_or_on_an_operations_board_asks_nothing() {
    let mut f = Folder::on(F);
    f.select("f2");
    // Planlegge → Gjennomføre: not Evaluere.
    f.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    assert_eq!(f.disk(F).card("f2").unwrap().column, "gjennomfore");
    assert_eq!(f.app.overlay, None);
    // Evaluere → Korrigere: out of it, not into it.
    f.select("f1");
    f.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    f.key(KeyCode::Esc);
    f.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    assert_eq!(f.disk(F).card("f1").unwrap().column, "korrigere");
    // No questions: the offer of a routine (issue 21.5) instead.
    assert!(
        matches!(f.app.overlay, Some(Overlay::Ask(_))),
        "{:?}",
        f.app.overlay
    );

    // An operations board with a column called `evaluere`: no questions.
    let mut d = Folder::on("drift.json");
    d.select("k1");
    d.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    assert_eq!(d.disk("drift.json").card("k1").unwrap().column, "evaluere");
    assert_eq!(d.app.overlay, None);
    d.key(KeyCode::Enter);
    d.ch('<');
    d.ch('>');
    assert_eq!(d.disk("drift.json").card("k1").unwrap().column, "evaluere");
    assert_eq!(d.app.overlay, None);
}

#[test]
fn a_linked_indicator_shows_its_run_chart_and_signals_on_the_card() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    let before = f.screen(120, 40);
    assert!(!before.contains("Fall per 1000"), "{before}");
    f.ch('i');
    assert!(matches!(f.app.overlay, Some(Overlay::Indicator(_))));
    f.key(KeyCode::Down);
    f.key(KeyCode::Enter);
    assert_eq!(
        f.disk(F).card("f1").unwrap().indicator.as_deref(),
        Some("fall")
    );
    for (w, h) in [(120, 40), (200, 60), (80, 24)] {
        let screen = f.screen(w, h);
        assert!(screen.contains("Fall per 1000"), "{w}x{h}\n{screen}");
        // The shift after the summer, in words beside its symbol.
        assert!(screen.contains("◆ skift"), "{w}x{h}\n{screen}");
        // The chart: its x axis with the first date under it.
        assert!(screen.contains("└"), "{w}x{h}\n{screen}");
        assert!(screen.contains("05.01.2026"), "{w}x{h}\n{screen}");
    }
    // Unlink: the first row of the list.
    f.ch('i');
    f.key(KeyCode::Home);
    f.key(KeyCode::Enter);
    assert_eq!(f.disk(F).card("f1").unwrap().indicator, None);
    assert!(!f.screen(120, 40).contains("└"));
}

#[test]
fn the_benefit_plan_is_typed_kept_and_shown() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    f.ch('b');
    f.typ("2");
    f.key(KeyCode::Tab);
    f.typ("Kari");
    f.key(KeyCode::Tab);
    f.typ("1.1.2026");
    f.key(KeyCode::Tab);
    f.typ("Minutter brukt på måltid");
    f.key(KeyCode::Enter);
    // A day that has been is refused for "by".
    assert!(
        matches!(editor_error(&f), Some(Msg::Pdsa(PdsaMsg::ByPast(_)))),
        "{:?}",
        editor_error(&f)
    );
    assert_eq!(f.disk(F).card("f1").unwrap().benefit, None);
    // The cursor is on the date the form refused.
    for _ in 0.."1.1.2026".len() {
        f.key(KeyCode::Backspace);
    }
    f.typ("1.3.2027");
    f.key(KeyCode::Enter);
    assert!(f.app.overlay.is_none(), "{:?}", editor_error(&f));
    let b = f.disk(F).card("f1").unwrap().benefit.clone().unwrap();
    assert_eq!(b.kind, Some(BenefitKind::TimeSaved));
    assert_eq!(b.who.as_deref(), Some("Kari"));
    assert_eq!(b.by, NaiveDate::from_ymd_opt(2027, 3, 1));
    assert_eq!(b.how.as_deref(), Some("Minutter brukt på måltid"));
    let screen = f.screen(120, 40);
    for expected in ["Gevinst", "Spart tid", "Kari", "01.03.2027"] {
        assert!(screen.contains(expected), "{expected}\n{screen}");
    }
}

#[test]
fn the_card_detail_scrolls_to_everything_at_80x24() {
    let mut f = Folder::on(F);
    f.open_card("f1");
    start_cycle(&mut f, "Færre avbrudd");
    f.ch('b');
    f.typ("3");
    f.key(KeyCode::Enter);
    assert_eq!(f.app.screen, Screen::Card);
    // Scrolled down line by line, every section comes into sight.
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&f.screen(80, 24));
        f.key(KeyCode::Down);
    }
    for expected in [
        "PDSA-sykluser",
        "Syklus 1 av 1",
        "Evaluering",
        "Økt kvalitet",
    ] {
        assert!(seen.contains(expected), "{expected}");
    }
}
