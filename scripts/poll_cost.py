#!/usr/bin/env python3
"""Measure what one polling screen costs the file server: bytes read per
second by the real tavle binary on a polled folder of many boards, and the
time until an outside edit of the open board is on the screen.

    cargo build --release
    python3 scripts/poll_cost.py                      # 500 boards x 40 cards, --poll 1.5, 60 s
    python3 scripts/poll_cost.py --binary target/debug/tavle --seconds 30

Only the Python standard library is used. How the numbers are taken:
- bytes/s: `rchar` and `read_bytes` of /proc/PID/io of the tavle process
  (all its threads), read once the first frame is drawn and the start-up
  re-check is over (2 poll intervals later), and again --seconds later.
  `rchar` counts every byte the process read through read(2) and friends,
  from the page cache or not (what a network share has to serve);
  `read_bytes` only what came from the block device (0 when the files are
  cached, so it is shown but not the figure).
- other board edit: in the overview, the title of a board in view but not
  selected (nor open) is rewritten outside tavle (temp file + rename, as an
  editor or a sync client saves), a different board each time, --edits
  times; the time from the rename until the new title is on the screen,
  max and median. Such a board is read when its stamp changed: within one
  interval plus the round (the issue asks for 3 intervals).
- open board edit: the first board is opened (Enter in the overview) and its
  title is rewritten outside tavle --edits times; the time from the rename
  until the new title is on the screen, max and median. With polling it is
  at most the interval plus the time to read and draw (the issue asks for
  the interval + 0.5 s).
Each edit waits a different part of an interval after the one before (the
edit before is seen just after a round), so ten edits fall at ten phases of
a round: the max is near the worst case (the interval and a round).
"""

import argparse
import json
import re
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from first_frame import (  # noqa: E402
    HEADER, ROOT, drain, generate, quit_child, read_some, spawn, wait_for,
)


def io_counters(pid):
    out = {}
    with open(f"/proc/{pid}/io") as f:
        for line in f:
            k, v = line.split(":")
            out[k.strip()] = int(v)
    return out


def rewrite_title(path, marker):
    with open(path, encoding="utf-8") as f:
        board = json.load(f)
    board["title"] = f"{marker} {board['title'].split(' ', 1)[-1]}"
    tmp = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.bench.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(board, ensure_ascii=False, indent=2) + "\n")
        f.flush()
        os.fsync(f.fileno())
    t0 = time.perf_counter()
    os.rename(tmp, path)
    return t0


def phase(i, poll):
    """How long to wait before edit i, after the one before was seen (just
    after a round): tenths of the interval in the order 0, .7, .4, .1, .8,
    .5, .2, .9, .6, .3, so ten edits fall at ten phases of a round."""
    return poll * (i * 7 % 10) / 10


def pump(fd, seconds):
    """Keep the pty drained for `seconds` (a full pty would block tavle)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        drain(fd, 0.2, limit=max(0.0, end - time.perf_counter()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "tavle"))
    ap.add_argument("--boards", type=int, default=500)
    ap.add_argument("--cards", type=int, default=40)
    ap.add_argument("--poll", type=float, default=1.5)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--edits", type=int, default=10)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tavle-poll-")
    try:
        generate(work, a.boards, a.cards)
        names = sorted(n for n in os.listdir(work) if n.endswith(".json"))
        size = sum(os.path.getsize(os.path.join(work, n)) for n in names)
        print(f"folder: {len(names)} boards, {size / 1e6:.1f} MB, --poll {a.poll}", flush=True)
        pid, fd = spawn([a.binary, "--poll", str(a.poll), work], 160, 50)
        buf = bytearray()
        if wait_for(fd, HEADER, 60, buf) is None:
            sys.exit("no first frame")
        # The rows of the first frame, top to bottom: the first is selected.
        while True:
            data = read_some(fd, 0.5)
            if not data:
                break
            buf += data
        rows = []
        for n in re.findall(rb"Driftstavle (\d+)", bytes(buf)):
            if int(n) not in rows:
                rows.append(int(n))
        pump(fd, 2 * a.poll + 1)
        before, t0 = io_counters(pid), time.perf_counter()
        pump(fd, a.seconds)
        after, t1 = io_counters(pid), time.perf_counter()
        span = t1 - t0
        rchar = (after["rchar"] - before["rchar"]) / span
        disk = (after["read_bytes"] - before["read_bytes"]) / span
        print(f"idle, overview: rchar {rchar / 1e3:.1f} KB/s, read_bytes {disk / 1e3:.1f} KB/s "
              f"over {span:.1f} s ({(after['syscr'] - before['syscr']) / span:.0f} reads/s)",
              flush=True)

        # Boards in view, not the selected one: one edit each.
        others = rows[2:2 + a.edits]
        if len(others) < a.edits:
            sys.exit(f"only {len(others)} other boards in view")
        times = []
        for i, n in enumerate(others):
            # Q to Z: no letter of `Driftsta` in its place (an unchanged
            # cell is not written again, and the marker would not be whole).
            marker = chr(ord("Q") + i % 10) * 8
            path = os.path.join(work, f"tavle-{n - 1:02d}.json")
            buf = bytearray()
            t = rewrite_title(path, marker)
            seen = wait_for(fd, marker.encode(), 3 * a.poll + 10, buf)
            if seen is None:
                sys.exit(f"edit {i} of another board never reached the screen")
            times.append(seen - t)
            drain(fd, 0.3)
            time.sleep(phase(i, a.poll))
        print(f"other board edit to screen: max {max(times):.2f} s, median "
              f"{statistics.median(times):.2f} s ({a.edits} edits; interval {a.poll} s)", flush=True)
        pump(fd, 2 * a.poll)

        # Open the first board and measure again, then the edit latency.
        os.write(fd, b"\r")
        buf = bytearray()
        if wait_for(fd, b"indikatorer", 10, buf) is None:
            sys.exit("no board opened")
        drain(fd, 0.3)
        # The overview's order is not the files' order: which board is open?
        opened = re.findall(rb"Driftstavle (\d+)", bytes(buf))
        if not opened:
            sys.exit("cannot tell which board is open")
        target = os.path.join(work, f"tavle-{int(opened[-1]) - 1:02d}.json")
        pump(fd, 2 * a.poll)
        before, t0 = io_counters(pid), time.perf_counter()
        pump(fd, a.seconds)
        after, t1 = io_counters(pid), time.perf_counter()
        span = t1 - t0
        rchar = (after["rchar"] - before["rchar"]) / span
        print(f"idle, one board open: rchar {rchar / 1e3:.1f} KB/s over {span:.1f} s", flush=True)
        times = []
        for i in range(a.edits):
            marker = chr(ord("A") + i % 26) * 8
            buf = bytearray()
            t = rewrite_title(target, marker)
            seen = wait_for(fd, marker.encode(), 3 * a.poll + 10, buf)
            if seen is None:
                sys.exit(f"edit {i} of the open board never reached the screen")
            times.append(seen - t)
            drain(fd, 0.3)
            time.sleep(phase(i, a.poll))
        print(f"open board edit to screen: max {max(times):.2f} s, median "
              f"{statistics.median(times):.2f} s ({a.edits} edits; interval {a.poll} s)", flush=True)
        os.write(fd, b"\x1b")
        time.sleep(0.5)
        quit_child(pid, fd)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
