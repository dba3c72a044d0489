#!/usr/bin/env python3
"""Measure the real tavle binary in a pseudo-terminal: time to first frame,
peak memory, idle CPU, and the time from an outside change to the redraw.

    cargo build --release
    python3 scripts/first_frame.py               # all measurements, 10 runs each
    python3 scripts/first_frame.py --runs 20 --size 200x60
    python3 scripts/first_frame.py --compare /path/to/minimal-ratatui

Only the Python standard library is used (pty, os, select, resource). Results
are printed as a table; docs/performance.md records them and the targets.

How each number is taken:
- first frame: from just before fork() until the pty output holds the
  overview header ("Oversikt"; the UI is Norwegian by default). "frame done"
  is the last byte of that first burst of output (no output for 100 ms after).
- peak RSS: VmHWM from /proc/PID/status once the first frame is done (the
  peak of the program's own memory since its exec). ru_maxrss is shown too:
  each run is its own helper process whose only child is the program, and
  getrusage(RUSAGE_CHILDREN).ru_maxrss is read after the child exits. But
  Linux folds the high-water mark of the memory a process had *before* exec
  into ru_maxrss, and a child forked from Python starts as a copy of Python,
  so ru_maxrss never reads below the helper's own size (about 12 MB here):
  trust it only when it is above that floor.
- idle CPU: utime+stime from /proc/PID/stat 1 s after the first frame and
  again 5 s later.
- change to redraw: a board's title is rewritten the way an editor or tavle
  itself saves (temp file + rename) and the time until the new title is on
  the screen is taken.
"""

import argparse
import fcntl
import json
import os
import pty
import random
import resource
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

HEADER = b"Oversikt"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# --- the child in a pty ------------------------------------------------------


def spawn(argv, cols, rows):
    """Start argv in a new pty of cols x rows; returns (pid, master fd)."""
    env = dict(os.environ)
    env["TERM"] = "xterm-256color"
    # The default language (bokmål): neither TAVLE_LANG nor the locale may decide.
    for var in ("TAVLE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(var, None)
    pid, fd = pty.fork()
    if pid == 0:
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    return pid, fd


def read_some(fd, timeout):
    """Bytes available on fd within timeout; b"" on timeout; None at EOF."""
    r, _, _ = select.select([fd], [], [], max(timeout, 0))
    if not r:
        return b""
    try:
        data = os.read(fd, 65536)
    except OSError:  # EIO: the child closed the pty
        return None
    return data if data else None


def wait_for(fd, needle, limit, buf):
    """Read until needle is in buf; returns the time it arrived or None."""
    end = time.perf_counter() + limit
    while needle not in buf:
        data = read_some(fd, end - time.perf_counter())
        if data is None or time.perf_counter() > end:
            return None
        buf += data
    return time.perf_counter()


def drain(fd, quiet, limit=5.0):
    """Read until no output for `quiet` s; returns (time of last byte, bytes)."""
    last, total = None, 0
    end = time.perf_counter() + limit
    while time.perf_counter() < end:
        data = read_some(fd, quiet)
        if not data:
            break
        last, total = time.perf_counter(), total + len(data)
    return last, total


def quit_child(pid, fd):
    """Send q, read until the pty closes, reap the child (killed after 5 s)."""
    try:
        os.write(fd, b"q")
    except OSError:
        pass
    end = time.perf_counter() + 5
    while time.perf_counter() < end and read_some(fd, 0.5) is not None:
        pass
    while True:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() > end:
            print(f"pid {pid} did not quit on q: killed", file=sys.stderr)
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            break
        time.sleep(0.01)
    os.close(fd)


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        rest = f.read().rsplit(")", 1)[1].split()
    # After the command name: state is field 3, utime 14, stime 15.
    return int(rest[11]) + int(rest[12])


def vm_hwm_kb(pid):
    """The peak resident set of the program now running as pid (since its exec)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


# --- one run, in its own helper process -------------------------------------


def one_run(argv, cols, rows):
    buf = bytearray()
    t0 = time.perf_counter()
    pid, fd = spawn(argv, cols, rows)
    seen = wait_for(fd, HEADER, 20, buf)
    done, _ = drain(fd, 0.1)
    hwm_kb = vm_hwm_kb(pid)
    quit_child(pid, fd)
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "first_ms": None if seen is None else (seen - t0) * 1000,
        "done_ms": None if seen is None else ((done or seen) - t0) * 1000,
        "hwm_mb": hwm_kb / 1024,
        "rss_mb": rss_kb / 1024,
    }


def one(argv, cols, rows):
    """One fresh run of argv in a helper process, so that ru_maxrss is about
    this child alone."""
    p = subprocess.run(
        [sys.executable, os.path.abspath(__file__), "--one", f"{cols}x{rows}", "--"] + argv,
        capture_output=True,
        text=True,
        check=True,
    )
    r = json.loads(p.stdout)
    if r["first_ms"] is None:
        sys.exit(f"no {HEADER.decode()} on screen from {argv}")
    return r


def interleaved(cases, n, cols, rows):
    """n runs of every case, taken in turns so that load from other processes
    on the machine falls on all cases alike."""
    results = {label: [] for label, _ in cases}
    for _ in range(n):
        for label, argv in cases:
            results[label].append(one(argv, cols, rows))
    return results


# --- idle CPU and outside changes --------------------------------------------


def idle_cpu(argv, cols, rows, settle=1.0, span=5.0):
    buf = bytearray()
    pid, fd = spawn(argv, cols, rows)
    if wait_for(fd, HEADER, 20, buf) is None:
        sys.exit("no first frame")
    drain(fd, settle, settle)
    time.sleep(max(0.0, settle - 0.1))
    a = cpu_ticks(pid)
    written = 0
    end = time.perf_counter() + span
    while time.perf_counter() < end:
        data = read_some(fd, end - time.perf_counter())
        if data is None:
            break
        written += len(data)
    b = cpu_ticks(pid)
    quit_child(pid, fd)
    hz = os.sysconf("SC_CLK_TCK")
    return (b - a) / hz / span * 100, written


def change_to_redraw(binary, boards_dir, n, cols, rows):
    """Median ms from a board file's rename to the new title on screen."""
    work = tempfile.mkdtemp(prefix="tavle-change-")
    try:
        for name in os.listdir(boards_dir):
            if name.endswith(".json"):
                shutil.copy(os.path.join(boards_dir, name), work)
        target = os.path.join(work, sorted(os.listdir(work))[0])
        with open(target, encoding="utf-8") as f:
            board = json.load(f)
        title = board["title"]
        buf = bytearray()
        pid, fd = spawn([binary, work], cols, rows)
        if wait_for(fd, HEADER, 20, buf) is None:
            sys.exit("no first frame")
        drain(fd, 0.3)
        times = []
        for i in range(n):
            # A marker whose every cell differs from the last one, so the
            # terminal diff writes it whole.
            marker = chr(ord("A") + i % 26) * 8
            board["title"] = f"{marker} {title}"
            tmp = os.path.join(work, f".{os.path.basename(target)}.bench.tmp")
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(json.dumps(board, ensure_ascii=False, indent=2) + "\n")
                f.flush()
                os.fsync(f.fileno())
            buf = bytearray()
            t0 = time.perf_counter()
            os.rename(tmp, target)
            seen = wait_for(fd, marker.encode(), 5, buf)
            if seen is None:
                sys.exit(f"change {i} never reached the screen")
            times.append((seen - t0) * 1000)
            drain(fd, 0.3)
        quit_child(pid, fd)
        return times
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- generated boards ---------------------------------------------------------

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
OWNERS = ["Hilde", "Jonas", "Kari", "Ola", "Åse", "Bjørn", "Siri", "Øystein"]
TAGS = ["bemanning", "avvik", "risiko", "kvalitet", "ressurser", "opplæring"]
COLUMNS = ["i-dag", "pagar", "venter", "ferdig"]


def generate(dir_, boards, cards, seed=1):
    rng = random.Random(seed)
    for b in range(boards):
        items = []
        for n in range(1, cards + 1):
            c = {
                "id": f"k{n}",
                "title": f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}".strip(),
                "column": rng.choice(COLUMNS),
            }
            if rng.random() < 0.85:
                c["owner"] = rng.choice(OWNERS)
            if rng.random() < 0.7:
                c["due"] = f"2026-{rng.randint(11, 12)}-{rng.randint(10, 28):02d}"
            if rng.random() < 0.6:
                c["light"] = rng.choice(["green", "yellow", "red"])
            tags = sorted(set(rng.sample(TAGS, rng.randint(0, 2))))
            if tags:
                c["tags"] = tags
            c["updated"] = "2026-11-24T07:40:00+01:00"
            c["updated_by"] = rng.choice(OWNERS)
            items.append(c)
        doc = {
            "tavle": 1,
            "title": f"Driftstavle {b + 1} – Hjemmetjenesten sone nord",
            "kind": "drift",
            "unit": "Hjemmetjenesten sone nord",
            "columns": [
                {"id": "i-dag", "title": "I dag"},
                {"id": "pagar", "title": "Pågår", "wip": 40},
                {"id": "venter", "title": "Venter på andre"},
                {"id": "ferdig", "title": "Ferdig", "done": True},
            ],
            "cards": items,
        }
        with open(os.path.join(dir_, f"tavle-{b:02d}.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


# --- the report -----------------------------------------------------------------


def summary(label, rs):
    med = lambda k: statistics.median(r[k] for r in rs)  # noqa: E731
    lo = min(r["first_ms"] for r in rs)
    hi = max(r["first_ms"] for r in rs)
    print(
        f"| {label} | {med('first_ms'):.1f} ms ({lo:.1f}–{hi:.1f}) | {med('done_ms'):.1f} ms "
        f"| {med('hwm_mb'):.1f} MB | {med('rss_mb'):.1f} MB |",
        flush=True,
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--size", default="120x40", help="terminal COLSxROWS")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "tavle"))
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build --release")
    ap.add_argument(
        "--compare",
        metavar="PROGRAM",
        help="also time a program that draws a screen with the word Oversikt "
        "and quits on q (a minimal ratatui app)",
    )
    ap.add_argument("--one", metavar="COLSxROWS", help=argparse.SUPPRESS)
    ap.add_argument("argv", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        cols, rows = map(int, a.one.split("x"))
        print(json.dumps(one_run(a.argv, cols, rows)))
        return
    cols, rows = map(int, a.size.split("x"))
    if not a.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    binary = os.path.abspath(a.bin)
    # A copy of the shipped boards: tavle keeps merge bases beside the boards it
    # opens (.tavle/base/), and the repository's own folder stays untouched.
    shipped = tempfile.mkdtemp(prefix="tavle-boards-")
    for name in os.listdir(os.path.join(ROOT, "boards")):
        if name.endswith(".json"):
            shutil.copy(os.path.join(ROOT, "boards", name), shipped)

    big = tempfile.mkdtemp(prefix="tavle-10x1000-")
    try:
        generate(big, 10, 1000)
        check = subprocess.run([binary, "check", big], capture_output=True, text=True)
        if check.returncode != 0:
            sys.exit(f"generated boards do not pass tavle check:\n{check.stdout}")
        cases = []
        if a.compare:
            cases.append(("minimal ratatui program", [os.path.abspath(a.compare)]))
        cases.append(("tavle boards/ (shipped)", [binary, shipped]))
        cases.append(("tavle 10 boards × 1000 cards", [binary, big]))
        results = interleaved(cases, a.runs, cols, rows)
        changes = {
            "boards/ (shipped)": change_to_redraw(binary, shipped, a.runs, cols, rows),
            "10 boards × 1000 cards": change_to_redraw(binary, big, a.runs, cols, rows),
        }
    finally:
        shutil.rmtree(big, ignore_errors=True)
    print(f"{a.runs} runs each, {cols}x{rows} terminal, median (min–max)\n")
    print("| what | first frame | frame done | peak RSS (VmHWM) | ru_maxrss |")
    print("| --- | --- | --- | --- | --- |")
    for label, _ in cases:
        summary(label, results[label])
    if a.compare:
        ratio = statistics.median(
            r["first_ms"] for r in results["tavle boards/ (shipped)"]
        ) / statistics.median(r["first_ms"] for r in results["minimal ratatui program"])
        print(f"\nshipped boards vs minimal ratatui program: {ratio:.2f}×")

    try:
        cpu, written = idle_cpu([binary, shipped], cols, rows)
    finally:
        shutil.rmtree(shipped, ignore_errors=True)
    print(f"\nidle CPU over 5 s (1 s after the first frame): {cpu:.2f} % ({written} bytes drawn)")
    for label, times in changes.items():
        print(
            f"outside change to redraw, {label}: median {statistics.median(times):.1f} ms "
            f"(min {min(times):.1f}, max {max(times):.1f}, {len(times)} changes)"
        )


if __name__ == "__main__":
    main()
