//! `tavle routine`, `tavle a3` and `tavle report --status|--final` (issue
//! 21.5–6) on a temporary folder, run as the real binary: the headings of
//! the seeds are there, text from the board stays text (escaped Markdown,
//! no escape sequence reaches the terminal), and a name that fits nothing
//! is a clear error with exit code 2.

use std::path::Path;
use std::process::{Command, Output};

/// A title with Markdown, HTML and a terminal escape in it.
const HOSTILE: &str = "# <b>Fall</b> *nå* [x](http://e.vil) \\u001b[2J";

fn board() -> String {
    format!(
        r#"{{"tavle":1,"title":"Forbedring avd. 2","kind":"forbedring",
  "team_leader":"Kari Teamleder","measurement_lead":"Ola Måler",
  "columns":[{{"id":"ideer","title":"Ideer"}},{{"id":"evaluere","title":"Evaluere"}},
    {{"id":"korrigere","title":"Korrigere/standardisere"}},{{"id":"ferdig","title":"Ferdig","done":true}}],
  "goals":[{{"id":"m1","title":"Færre fall","target":"Under 4 per 1000 døgn"}}],
  "cards":[
    {{"id":"k1","title":"{HOSTILE}","column":"ferdig","owner":"Tor","indicator":"fall",
      "a3":{{"current":"Mange fall om natta","root_cause":"Ingen tilsyn kl. 02","whys":["Fordi ingen har ansvar","Fordi turnusen"],"goal":"Halvere fallene"}},
      "pdsa":[{{"plan":"Sensormatte på rom 3","prediction":"Færre fall","measured":"Fall per uke","result":"Fra 3 til 1","decision":"adopt"}},
              {{"plan":"Alle rom","prediction":"Like bra","decision":"adapt"}}],
      "evaluation":{{"effect":"Halvert"}},
      "benefit":{{"kind":"better-quality","who":"Enhetsleder","how":"Fall per 1000 døgn"}}}},
    {{"id":"k2","title":"Måltidsvert","column":"ideer"}}],
  "routines":[
    {{"id":"r1","title":"{HOSTILE}","purpose":"Trygg natt","content":"Tilsyn kl. 02\nSensormatte","arenas":"Tavlemøtet","follow_up":"Ledergruppen","revision":"2020-01-01","card":"k1"}},
    {{"id":"r2","title":"Måltid med vert","revision":"2099-06-01"}}],
  "indicators":[{{"id":"fall","title":"Fall per 1000 døgn","target":4,"better":"lower","values":[
    {{"date":"2026-01-05","value":7}},{{"date":"2026-02-02","value":6}},{{"date":"2026-03-02","value":8}},
    {{"date":"2026-04-06","value":5}},{{"date":"2026-05-04","value":4}},{{"date":"2026-06-01","value":3}}]}}]}}"#
    )
}

fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    // The hostile title as JSON writes it: the escape is `\u001b`.
    std::fs::write(tmp.path().join("forbedring.json"), board()).unwrap();
    tmp
}

fn tavle(args: &[&str], dir: &Path, lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .arg("--dir")
        .arg(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// Text from the board is text: no heading, no tag, no link, no escape.
fn escaped(md: &str) {
    assert!(!md.contains('\u{1b}'), "{md:?}");
    assert!(md.contains("\\<b\\>Fall\\</b\\>"), "{md}");
    assert!(md.contains("\\*nå\\*"), "{md}");
    assert!(!md.contains("](http"), "{md}");
    assert!(
        !md.lines()
            .any(|l| l.starts_with("# <b>") || l.starts_with("## <b>")),
        "{md}"
    );
}

#[test]
fn a_routine_has_the_template_headings_and_its_revision_flagged() {
    let tmp = folder();
    let md = stdout(&tavle(&["routine", "forbedring", "r1"], tmp.path(), "nb"));
    // The headings of seed 000, in its order.
    let headings = [
        "## Hensikten med denne rutinen",
        "## Beskriv konkret innholdet i rutinen",
        "## Beskriv møtearenaer hvor erfaringer deles mellom deltakerne",
        "## Beskriv oppfølging og videreutvikling av rutinen",
        "## Rutinen revideres i årlig gjennomgang",
    ];
    let mut at = 0;
    for h in headings {
        let i = md[at..]
            .find(h)
            .unwrap_or_else(|| panic!("{h} after {at}:\n{md}"));
        at += i + h.len();
    }
    assert!(md.contains("Tilsyn kl. 02\n\nSensormatte"), "{md}");
    // Past its date: flagged as an overdue measure is.
    assert!(
        md.contains("- **Dato for årlig gjennomgang:** 01.01.2020 **⚠ over frist**\n"),
        "{md}"
    );
    escaped(&md);
    // By title too; every routine when none is named.
    let by_title = stdout(&tavle(
        &["routine", "forbedring", "måltid"],
        tmp.path(),
        "nb",
    ));
    assert!(
        by_title.starts_with("# Rutine: Måltid med vert\n"),
        "{by_title}"
    );
    assert!(by_title.contains("01.06.2099 ("), "{by_title}");
    assert!(!by_title.contains('⚠'), "{by_title}");
    let all = stdout(&tavle(&["routine", "forbedring"], tmp.path(), "nb"));
    assert_eq!(all.matches("# Rutine: ").count(), 2, "{all}");
    // English headings from the catalogue.
    let en = stdout(&tavle(&["routine", "forbedring", "r2"], tmp.path(), "en"));
    assert!(en.contains("## The purpose of this routine"), "{en}");
}

#[test]
fn an_unknown_routine_or_card_is_a_clear_error_with_exit_code_2() {
    let tmp = folder();
    let o = tavle(&["routine", "forbedring", "ingen slik"], tmp.path(), "nb");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("tavla har ingen rutine «ingen slik»"), "{err}");
    assert!(err.contains("Måltid med vert"), "{err}");
    assert!(o.stdout.is_empty());
    let o = tavle(&["a3", "forbedring", "ingen slik"], tmp.path(), "nb");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("tavla har ikke noe kort «ingen slik»"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(o.stdout.is_empty());
}

#[test]
fn the_a3_of_a_card_by_id_or_title() {
    let tmp = folder();
    let md = stdout(&tavle(&["a3", "forbedring", "k1"], tmp.path(), "nb"));
    for h in [
        "## Problem",
        "## Nåsituasjon",
        "## Rotårsak",
        "### Fem hvorfor",
        "## Mål",
        "## Tiltak",
        "## Plan (PDSA)",
        "## Resultat",
        "## Seriediagram: Fall per 1000 døgn",
        "## Gevinst",
    ] {
        assert!(md.contains(&format!("{h}\n")), "{h}:\n{md}");
    }
    assert!(
        md.contains("1. Fordi ingen har ansvar\n2. Fordi turnusen"),
        "{md}"
    );
    assert!(md.contains("### Syklus 2"), "{md}");
    assert!(md.contains("- **Forventet resultat:** Færre fall"), "{md}");
    assert!(md.contains("- **Beslutning:** ta i bruk"), "{md}");
    // The run chart as text: the median of 7 6 8 5 4 3 is 5,5.
    assert!(md.contains("- **Median:** 5,5"), "{md}");
    assert!(md.contains("(05.01.2026): 7 ▲ over medianen"), "{md}");
    assert!(md.contains("(01.06.2026): 3 ▼ under medianen"), "{md}");
    assert!(
        md.contains("- **Signaler:** for få målinger til å lese signaler (minst 10)"),
        "{md}"
    );
    assert!(md.contains("- **Type:** økt kvalitet"), "{md}");
    escaped(&md);
    let by_title = stdout(&tavle(
        &["a3", "forbedring", "måltidsvert"],
        tmp.path(),
        "nb",
    ));
    assert!(by_title.starts_with("# A3: Måltidsvert\n"), "{by_title}");
    assert!(
        by_title.contains("Kortet er ikke knyttet til en indikator."),
        "{by_title}"
    );
}

#[test]
fn the_status_report_and_the_final_report_of_the_team() {
    let tmp = folder();
    let status = stdout(&tavle(
        &["report", "forbedring", "--status"],
        tmp.path(),
        "nb",
    ));
    assert!(
        status.starts_with("# Statusrapport: Forbedring avd. 2\n"),
        "{status}"
    );
    for part in [
        "- **Teamleder:** Kari Teamleder",
        "- **Måleansvarlig:** Ola Måler",
        "## Mål\n",
        "- Færre fall — Under 4 per 1000 døgn",
        "## Tiltak og PDSA-sykluser\n",
        "2 PDSA-sykluser",
        "- Syklus 1: Sensormatte på rom 3 — Forventet resultat: Færre fall — Målt: Fall per uke — Resultat: Fra 3 til 1 — Beslutning: ta i bruk",
        "## Indikatorer\n",
        "- Fall per 1000 døgn: siste 3 (01.06.2026) · Mål 4 · Median 5,5 — for få målinger til å lese signaler (minst 10)",
        "## Rutiner som er laget\n",
        "- Måltid med vert — Revisjon: 01.06.2099",
    ] {
        assert!(status.contains(part), "{part}:\n{status}");
    }
    for only_final in ["## Hva er oppnådd", "## Gevinst", "## Hva videreføres"] {
        assert!(!status.contains(only_final), "{only_final}:\n{status}");
    }
    escaped(&status);
    let fin = stdout(&tavle(
        &["report", "forbedring", "--final"],
        tmp.path(),
        "nb",
    ));
    assert!(
        fin.starts_with("# Sluttrapport: Forbedring avd. 2\n"),
        "{fin}"
    );
    for part in [
        "## Hva er oppnådd\n",
        " — Effekt: Halvert",
        "## Gevinst\n",
        " — økt kvalitet, Gevinstansvarlig: Enhetsleder, Slik måles den: Fall per 1000 døgn",
        "## Hva videreføres\n",
        "- Rutine: Måltid med vert",
        " — ta i bruk",
    ] {
        assert!(fin.contains(part), "{part}:\n{fin}");
    }
    escaped(&fin);
    // One of the two is asked for.
    let o = tavle(&["report", "forbedring"], tmp.path(), "nb");
    assert_eq!(o.status.code(), Some(2));
    let en = stdout(&tavle(
        &["report", "forbedring", "--final"],
        tmp.path(),
        "en",
    ));
    assert!(en.starts_with("# Final report: "), "{en}");
    assert!(en.contains("## What is kept"), "{en}");
}
