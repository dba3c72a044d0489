//! One idea walks the improvement circle by keyboard, with the real binary
//! in a pseudo-terminal at 80×24 (issue 21.7): taken in with `+` (where it
//! came from, the day), placed as a quick win in the priority matrix (`P`),
//! moved to Planlegge, tested in two PDSA cycles (the first adapted, the
//! second adopted), moved into Evaluere where the seven evaluation questions
//! are asked and answered, and moved on into the new standard, where it is
//! made a routine with its yearly revision date. Each step is checked in the
//! board file, the one record the room and the minutes share.
//!
//! Unix only, as the other pty tests (`tests/pty`).
#![cfg(unix)]

mod pty;

use chrono::{Days, Local, NaiveDate};
use pty::*;
use serde_json::Value;

const TAB: &str = "\t";
const BOARD: &str = "sykehjem-forbedring.json";
const IDEA: &str = "Kveldstur i hagen for dei som vil";

fn board(path: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("board")).expect("json")
}

/// The idea's card in the file, once it is there.
fn idea(path: &std::path::Path) -> Option<Value> {
    board(path)["cards"]
        .as_array()?
        .iter()
        .find(|c| c["title"] == IDEA)
        .cloned()
}

fn day(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Type `fields` into a form, Tab between them, and save with Enter.
fn fill(tui: &mut Tui, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            tui.send(TAB);
        }
        tui.send(f);
    }
    tui.send(ENTER);
}

#[test]
fn an_idea_goes_from_intake_through_the_matrix_two_cycles_and_evaluation_to_a_routine() {
    let dir = boards_copy();
    let file = dir.path().join(BOARD);
    let today = Local::now().date_naive();
    let before = |n| day(today.checked_sub_days(Days::new(n)).expect("a day"));
    let mut tui = Tui::start_sized(&file, 80, 24);
    tui.wait_for("Forbetringstavle");

    // Intake: `+`, `2` (from a user), the text, Enter; the day is today.
    tui.send("+");
    tui.wait_for("New idea");
    tui.send("2");
    tui.send(IDEA);
    tui.send(ENTER);
    poll_until("the idea in the file", || idea(&file), || tui.dump());
    let card = idea(&file).expect("idea");
    assert_eq!(card["source"], "bruker");
    assert_eq!(card["received"], today.format("%Y-%m-%d").to_string());
    assert_eq!(card["column"], "ideer");
    let id = card["id"].as_str().expect("id").to_string();

    // The matrix: the new idea is the one not placed; 7 is the quick win.
    tui.send("P");
    tui.wait_for("Priority matrix");
    tui.wait_for("Not placed (1)");
    tui.send("7");
    tui.wait_for_card(&file, &id, "placed as the quick win", |c| {
        c["effect"] == 3 && c["effort"] == 1
    });
    tui.wait_for("Not placed (0)");
    tui.send("q");

    // To Planlegge; the card in full.
    tui.wait_gone("Priority matrix");
    tui.send(SHIFT_RIGHT);
    tui.wait_for_card(&file, &id, "in Planlegge", |c| c["column"] == "planlegge");
    tui.send(ENTER);
    tui.wait_for("Received");

    // Cycle 1: plan, prediction and start; then what was measured, the
    // result, "adapt" and the end.
    tui.send("c");
    tui.wait_for("New PDSA cycle");
    fill(
        &mut tui,
        &["Tur kl. 19 tre kveldar", "Roligare kveldar", &before(6)],
    );
    tui.wait_for_card(&file, &id, "cycle 1 started", |c| {
        c["pdsa"][0]["prediction"] == "Roligare kveldar"
    });
    tui.send("p");
    tui.wait_for("PDSA cycle 1");
    fill(
        &mut tui,
        &["Uro etter kl. 21", "Litt roligare", "adapt", &before(3)],
    );
    tui.wait_for_card(&file, &id, "cycle 1 adapted", |c| {
        c["pdsa"][0]["decision"] == "adapt" && c["pdsa"][0]["ended"].is_string()
    });

    // Cycle 2, filled in at once, adopted.
    tui.send("c");
    tui.wait_for("New PDSA cycle");
    fill(
        &mut tui,
        &[
            "Tur kvar kveld",
            "Rolege kveldar",
            &before(2),
            "Uro etter kl. 21",
            "Mykje roligare",
            "adopt",
            &before(0),
        ],
    );
    tui.wait_for_card(&file, &id, "cycle 2 adopted", |c| {
        c["pdsa"].as_array().map(Vec::len) == Some(2) && c["pdsa"][1]["decision"] == "adopt"
    });

    // Through Gjennomføre into Evaluere: the seven questions are asked.
    tui.send(">");
    tui.wait_for_card(&file, &id, "in Gjennomføre", |c| {
        c["column"] == "gjennomfore"
    });
    tui.send(">");
    tui.wait_for("Evaluation:");
    let answers = [
        "Uro om kvelden",
        "Prøve kveldstur",
        "To syklusar",
        "Personalmøtet",
        "Roligare kveldar",
        "Vinterklede",
        "Læringsnettverket",
    ];
    fill(&mut tui, &answers);
    tui.wait_for_card(&file, &id, "the evaluation kept", |c| {
        c["column"] == "evaluere" && c["evaluation"]["share"] == "Læringsnettverket"
    });
    let card = idea(&file).expect("idea");
    let keys = [
        "problem", "decided", "done", "told", "effect", "remains", "share",
    ];
    for (k, a) in keys.iter().zip(answers) {
        assert_eq!(card["evaluation"][k], a, "{k}");
    }

    // Into the new standard: offered a routine; yes, and the template.
    tui.send(">");
    tui.wait_for("a routine?");
    tui.send(ENTER);
    tui.wait_for("New routine");
    // The title is the card's; on to the purpose.
    tui.send(TAB);
    fill(
        &mut tui,
        &[
            "Ro om kvelden",
            "Tur kl. 19 kvar kveld",
            "Personalmøtet",
            "Avdelingsleiar",
        ],
    );
    poll_until(
        "the routine in the file",
        || {
            let b = board(&file);
            b["routines"]
                .as_array()?
                .iter()
                .find(|r| r["card"] == id.as_str())
                .cloned()
        },
        || tui.dump(),
    );
    let b = board(&file);
    let routine = (b["routines"].as_array().expect("routines").iter())
        .find(|r| r["card"] == id.as_str())
        .expect("routine");
    assert_eq!(routine["title"], IDEA);
    assert_eq!(routine["purpose"], "Ro om kvelden");
    assert_eq!(routine["follow_up"], "Avdelingsleiar");
    // The yearly revision: the same day next year.
    let next_year = today
        .checked_add_months(chrono::Months::new(12))
        .expect("a day");
    assert_eq!(
        routine["revision"],
        next_year.format("%Y-%m-%d").to_string()
    );
    let card = idea(&file).expect("idea");
    assert_eq!(card["column"], "standard");
    assert_eq!(card["pdsa"].as_array().map(Vec::len), Some(2));

    // The routines screen lists it with its revision date.
    tui.send("q");
    tui.send("R");
    tui.wait_for(&day(next_year));
    tui.send(CTRL_C);
    assert!(tui.wait_exit().success());
}
