#!/usr/bin/env python3
"""What mutation testing has not reached yet, and a cargo-mutants config
that runs exactly that (see docs/mutants.md, "Not run").

    cargo mutants -p tavle-core --list > /tmp/all.txt
    python3 scripts/mutants_rest.py /tmp/all.txt /tmp/rest.toml
    cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle -j 2 --timeout 60

The names already examined are the outcome lists kept under
docs/mutants/runs/*/ (caught.txt, missed.txt, unviable.txt, timeout.txt:
copies of a run's mutants.out/ lists). A mutant counts as reached when its
name (file:line:col and the change) is in one of them; a name whose line
moved since counts as not reached. Prints what was reached, by outcome, the
later run winning where a mutant ran twice, and writes the config: the
repository's .cargo/mutants.toml plus `examine_re`, one anchored regex per
name not reached. For the application crate add `-C --lib` as in the docs.

Note: cargo-mutants 27.1 lets the struct-field mutants ("delete field …")
through any filter, so those run every time.
"""

import pathlib
import sys

KINDS = ("caught", "missed", "unviable", "timeout")
ROOT = pathlib.Path(__file__).resolve().parent.parent


def escape(name: str) -> str:
    return "".join("\\" + c if c in "\\.+*?()|[]{}^$" else c for c in name)


def toml_string(s: str) -> str:
    if "'" not in s:
        return "'" + s + "'"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    names = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    wanted = set(names)
    outcome: dict[str, str] = {}
    runs = sorted((ROOT / "docs/mutants/runs").iterdir())
    for run in runs:
        for kind in KINDS:
            path = run / f"{kind}.txt"
            if path.exists():
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line in wanted:
                        outcome[line] = kind
    counts = {k: sum(1 for v in outcome.values() if v == k) for k in KINDS}
    viable = counts["caught"] + counts["missed"] + counts["timeout"]
    rate = 100 * counts["caught"] / viable if viable else 0.0
    rest = [n for n in names if n not in outcome]
    print(f"{len(names)} mutants listed; {len(outcome)} reached in {len(runs)} runs; {len(rest)} not")
    print(", ".join(f"{k} {v}" for k, v in counts.items()) + f"; caught {rate:.1f} % of {viable} viable")
    base = (ROOT / ".cargo/mutants.toml").read_text(encoding="utf-8")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(base + "\nexamine_re = [\n")
        for name in rest:
            out.write("  " + toml_string("^" + escape(name) + "$") + ",\n")
        out.write("]\n")


if __name__ == "__main__":
    main()
