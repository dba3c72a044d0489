#!/usr/bin/env python3
"""The figures for a region's folder (issue 24): 10,000 boards x 40 cards by
default. Generates the boards with scripts/gen_boards.py into a temp folder,
runs the release binary in a pseudo-terminal (as scripts/first_frame.py does)
and prints:

- first frame: fork() until the first board's row (the selection marker
  ▶) is on the screen; the rest of the boards fill in behind it. Once for
  a first start (nothing remembered: the first 64 boards by name come
  first), then RUNS times for later starts, each reading first the boards
  the one before remembered as going first (the first screenful right at
  once; `tests/start_order.rs` checks that it is);
- all read: fork() until the program is idle after reading every board
  (no CPU used for 1 s; the 1 s is not counted);
- peak RSS: VmHWM of the program once every board is read and it is idle;
- CPU per outside edit: once the program is idle after its start,
  utime+stime of the running program over EDITS
  outside saves of one board (temp file + rename, title changed), each
  waited for on the screen, divided by EDITS (clock ticks are 10 ms, so
  the mean over many edits is what is meaningful);
- `tavle status`: wall time and peak RSS (`/usr/bin/time -v`) of
  `tavle status DIR > /dev/null`.

    cargo build --release
    python3 scripts/region.py                    # 10000 x 40, 3 runs
    python3 scripts/region.py --boards 1000 --cards 40 --runs 5
    python3 scripts/region.py --status-only --folder /tmp/region   # text, html, json

The folder is deleted at the end (it is ~160 MB for 10,000 boards).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import first_frame as ff  # noqa: E402
import gen_boards  # noqa: E402


def edits_cpu(binary, folder, edits, cols, rows):
    """Mean CPU ms of the program per outside save of one board."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    target = os.path.join(folder, names[len(names) // 2])
    with open(target, encoding="utf-8") as f:
        board = json.load(f)
    title = board["title"]
    buf = bytearray()
    pid, fd = ff.spawn([binary, folder], cols, rows)
    if ff.wait_for(fd, ff.HEADER, 120, buf) is None:
        sys.exit("no first frame")
    ff.drain(fd, 1.0, 120)
    # After the first frame every file is read once more in the background
    # (a file written during the first load would otherwise be missed):
    # wait until the program is idle, so that is not counted as edits.
    end = time.perf_counter() + 120
    while time.perf_counter() < end:
        a = ff.cpu_ticks(pid)
        time.sleep(1.0)
        if ff.cpu_ticks(pid) == a:
            break
    before = ff.cpu_ticks(pid)
    for i in range(edits):
        marker = chr(ord("A") + i % 26) * 8
        # First in the title, so the board is found whatever its place.
        board["title"] = f"{marker} {title}"
        tmp = os.path.join(folder, f".{os.path.basename(target)}.bench.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps(board, ensure_ascii=False, indent=2) + "\n")
        os.rename(tmp, target)
        # The board may be far down the overview, off the screen: give the
        # program a second to notice and take in the change.
        end = time.perf_counter() + 1.0
        while time.perf_counter() < end:
            if ff.read_some(fd, end - time.perf_counter()) is None:
                break
    after = ff.cpu_ticks(pid)
    ff.quit_child(pid, fd)
    hz = os.sysconf("SC_CLK_TCK")
    return (after - before) / hz * 1000 / edits


ROW = "▶".encode()


def start(binary, folder, cols, rows):
    """One start of the program: (first row ms, every board read ms, peak RSS MB)."""
    buf = bytearray()
    t0 = time.perf_counter()
    pid, fd = ff.spawn([binary, folder], cols, rows)
    seen = ff.wait_for(fd, ROW, 120, buf)
    if seen is None:
        sys.exit("no board on the screen")
    # The program draws as the boards come in: keep reading its output (a
    # full pty would stop it) while waiting for it to be idle.
    idle = None
    end = time.perf_counter() + 120
    while idle is None and time.perf_counter() < end:
        a = ff.cpu_ticks(pid)
        t = time.perf_counter()
        stop = t + 1.0
        while time.perf_counter() < stop:
            ff.read_some(fd, stop - time.perf_counter())
        if ff.cpu_ticks(pid) == a:
            idle = t
    hwm = ff.vm_hwm_kb(pid) / 1024
    ff.quit_child(pid, fd)
    return (seen - t0) * 1000, ((idle or end) - t0) * 1000, hwm


STATUS_FORMATS = ("text", "html", "json")


def status(binary, folder, fmt="text"):
    """(wall ms, peak RSS MB) of `tavle status folder --format fmt > /dev/null`."""
    t0 = time.perf_counter()
    p = subprocess.run(
        ["/usr/bin/time", "-v", binary, "status", folder, "--format", fmt],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = (time.perf_counter() - t0) * 1000
    rss = 0
    for line in p.stderr.splitlines():
        if "Maximum resident set size" in line:
            rss = int(line.split(":")[1]) / 1024
    return wall, rss


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--boards", type=int, default=10000)
    ap.add_argument("--cards", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--size", default="120x40", help="terminal COLSxROWS")
    ap.add_argument("--bin", default=os.path.join(ff.ROOT, "target", "release", "tavle"))
    ap.add_argument(
        "--status-only",
        action="store_true",
        help="only `tavle status`, in each of " + ", ".join(STATUS_FORMATS),
    )
    ap.add_argument(
        "--folder",
        help="an existing folder of boards to measure (kept), instead of generating one",
    )
    a = ap.parse_args()
    cols, rows = map(int, a.size.split("x"))
    binary = os.path.abspath(a.bin)
    if a.status_only:
        status_only(binary, a)
        return
    folder = tempfile.mkdtemp(prefix="tavle-region-")
    # The boards' order the program remembers between starts goes here,
    # not to the cache of whoever runs this.
    cache = tempfile.mkdtemp(prefix="tavle-region-cache-")
    os.environ["XDG_CACHE_HOME"] = cache
    try:
        gen_boards.generate(folder, a.boards, a.cards)
        # A file's stamp from within 2 s of a start is not trusted by the
        # next start: let the new files age, as a real folder's have.
        time.sleep(2.1)
        # The first start knows nothing; every later one starts from what
        # the one before remembered.
        frames = [start(binary, folder, cols, rows) for _ in range(a.runs + 1)]
        stat = [status(binary, folder) for _ in range(a.runs)]
        cpu = edits_cpu(binary, folder, a.edits, cols, rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    med = statistics.median
    print(f"{a.boards} boards x {a.cards} cards, {cols}x{rows}, {a.runs} runs, median (min-max)")
    first, frames = frames[0], frames[1:]
    print(f"first start (nothing remembered): first frame with boards {first[0]:.0f} ms")
    fm = [r[0] for r in frames]
    print(f"first frame with boards, later starts: {med(fm):.0f} ms ({min(fm):.0f}-{max(fm):.0f})")
    al = [r[1] for r in frames]
    print(f"every board read: {med(al):.0f} ms ({min(al):.0f}-{max(al):.0f})")
    print(f"peak RSS (VmHWM, every board read): {med(r[2] for r in frames):.1f} MB")
    print(f"CPU per outside edit of one board: {cpu:.1f} ms (mean of {a.edits})")
    sw = [s[0] for s in stat]
    print(
        f"tavle status: {med(sw):.0f} ms ({min(sw):.0f}-{max(sw):.0f}), "
        f"peak RSS {med(s[1] for s in stat):.1f} MB"
    )


def status_only(binary, a):
    """`tavle status` alone, in each format: wall time and peak RSS, median
    of the runs (runs of one format in a row, after one run not counted so
    that every format finds the files in the page cache alike)."""
    folder = a.folder or tempfile.mkdtemp(prefix="tavle-region-")
    try:
        if not a.folder:
            gen_boards.generate(folder, a.boards, a.cards)
        n = sum(1 for f in os.listdir(folder) if f.endswith(".json"))
        print(f"tavle status on {n} boards, {a.runs} runs, median (min-max)")
        status(binary, folder)
        med = statistics.median
        for fmt in STATUS_FORMATS:
            stat = [status(binary, folder, fmt) for _ in range(a.runs)]
            sw = [s[0] for s in stat]
            print(
                f"--format {fmt}: {med(sw):.0f} ms ({min(sw):.0f}-{max(sw):.0f}), "
                f"peak RSS {med(s[1] for s in stat):.1f} MB"
            )
    finally:
        if not a.folder:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
