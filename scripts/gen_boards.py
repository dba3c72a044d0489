#!/usr/bin/env python3
"""Generate N boards of CARDS cards each in DIR, the way a region's folder looks:
operations boards (drift) with four columns, lights, owners, due dates, tags and
notes, and every tenth an improvement board (forbedring) with an indicator and a
year of monthly values. Deterministic: the same arguments give the same bytes.

    python3 scripts/gen_boards.py 10000 40 /tmp/region

Only the Python standard library is used. The boards pass `tavle check`.
docs/performance.md ("A region's boards") uses it for the 10,000-board figures.
"""

import json
import os
import random
import sys

SUBJECTS = [
    "Bemanning i dag", "Legemiddelgjennomgang", "Fallforebygging",
    "Ernæringskartlegging", "Vikarbruk", "Avvik", "Tilsyn", "Brukermedvirkning",
    "Sykefravær", "Dokumentasjon i journal", "Trykksårforebygging",
    "Velferdsteknologi", "Opplæring", "Turnus", "Pårørendesamarbeid", "Hygiene",
]
PREDICATES = [
    "følges opp", "må avklares med fastlegen", "tas opp i neste møte",
    "er forsinket", "– to syke på dagvakt, én vikar fra vikarpoolen",
    "krever ny prosedyre før nyttår", "evalueres etter fire uker med PDSA",
    "meldes i avvikssystemet", "",
]
OWNERS = ["Hilde", "Jonas", "Kari", "Ola", "Åse", "Bjørn", "Siri", "Øystein", "Mette", "Tor"]
TAGS = ["bemanning", "avvik", "risiko", "kvalitet", "ressurser", "opplæring"]
UNITS = [
    "Hjemmetjenesten sone {}", "Sykehjemmet avdeling {}", "Legevakten team {}",
    "Rehabilitering post {}", "Psykisk helse team {}",
]
NOTE = (
    "Kari tar rute 3 i tillegg til egen rute. Besøk uten tidskritiske oppgaver "
    "flyttes til ettermiddagen etter avtale med brukerne."
)
DRIFT_COLUMNS = [
    {"id": "i-dag", "title": "I dag"},
    {"id": "pagar", "title": "Pågår", "wip": 40},
    {"id": "venter", "title": "Venter på andre"},
    {"id": "ferdig", "title": "Ferdig", "done": True},
]
FORBEDRING_COLUMNS = [
    {"id": "ideer", "title": "Ideer"},
    {"id": "planlegge", "title": "Planlegge"},
    {"id": "gjennomfore", "title": "Gjennomføre", "wip": 15},
    {"id": "evaluere", "title": "Evaluere"},
    {"id": "standard", "title": "Ny standard", "done": True},
]


def card(rng, n, columns):
    c = {
        "id": f"k{n}",
        "title": f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}".strip(),
        "column": rng.choice(columns)["id"],
    }
    if rng.random() < 0.85:
        c["owner"] = rng.choice(OWNERS)
    if rng.random() < 0.7:
        # Around 24 November 2026: some overdue, most ahead.
        c["due"] = f"2026-{rng.randint(11, 12)}-{rng.randint(10, 28):02d}"
    if rng.random() < 0.6:
        c["light"] = rng.choice(["green", "yellow", "red"])
    tags = sorted(set(rng.sample(TAGS, rng.randint(0, 2))))
    if tags:
        c["tags"] = tags
    if rng.random() < 0.2:
        c["note"] = NOTE
    c["created"] = "2026-11-02T07:05:00+01:00"
    c["updated"] = "2026-11-24T07:40:00+01:00"
    c["updated_by"] = rng.choice(OWNERS)
    return c


def board(rng, b, cards):
    unit = rng.choice(UNITS).format(b // 10 + 1)
    improving = b % 10 == 9
    columns = FORBEDRING_COLUMNS if improving else DRIFT_COLUMNS
    doc = {
        "tavle": 1,
        "title": f"{'Forbedringstavle' if improving else 'Driftstavle'} {b + 1} – {unit}",
        "kind": "forbedring" if improving else "drift",
        "unit": unit,
        "columns": columns,
        "cards": [card(rng, n, columns) for n in range(1, cards + 1)],
    }
    if improving:
        start = rng.randint(40, 70)
        doc["indicators"] = [
            {
                "id": "fall",
                "title": "Del av beboerne med fallrisikovurdering siste måned",
                "unit": "%",
                "target": 90,
                "better": "higher",
                "every": "month",
                "values": [
                    {"date": f"{2025 + (m + 11) // 12}-{(m + 11) % 12 + 1:02d}-01",
                     "value": min(100, start + m * rng.randint(0, 4))}
                    for m in range(12)
                ],
            }
        ]
    return doc


def generate(dir_, boards, cards, seed=24):
    os.makedirs(dir_, exist_ok=True)
    rng = random.Random(seed)
    width = max(2, len(str(boards - 1)))
    for b in range(boards):
        doc = board(rng, b, cards)
        path = os.path.join(dir_, f"tavle-{b:0{width}d}.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    generate(sys.argv[3], int(sys.argv[1]), int(sys.argv[2]))


if __name__ == "__main__":
    main()
