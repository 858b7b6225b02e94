"""Batch throughput: ``newsitem parse --jsonl`` with ``--jobs 1`` and ``--jobs 2``.

Makes a JSONL of generated articles in the house style (the sample article with its names,
places, days and numbers varied and a random subset of its blocks kept), then runs the real
console script on it once per ``--jobs`` value and prints wall time, records per second, the
speed-up over the first run and the peak memory of the whole process tree (main process, fork
server and workers, sampled every 100 ms from /proc): RSS, which counts pages the forked workers
share once per process, and PSS, which shares them out. It shows the CPU seconds the tree used and
the load average before each run: other work on the machine slows the parallel run first. To
tell the two apart it measures the machine's capacity before and after: how much faster N
CPU-bound processes run together than one alone, a bound on any speed-up. It also checks that
every run wrote the same bytes.

    python benchmarks/bench_batch.py                 # 100,000 records, jobs 1 and 2
    python benchmarks/bench_batch.py --records 5000 --jobs 1 2 4
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan-2022-01-06.txt"

COUNTRIES = ["Kazakhstan", "Kyrgyzstan", "Mongolia", "Georgia", "Moldova", "Armenia", "Belarus"]
CITIES = ["Almaty", "Bishkek", "Ulaanbaatar", "Tbilisi", "Chisinau", "Yerevan", "Minsk"]
LEADERS = ["Tokayev", "Japarov", "Khurelsukh", "Garibashvili", "Sandu", "Pashinyan", "Novak"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov"]
NOUNS = ["fuel", "bread", "rent", "water", "power", "transit", "grain"]


def make_article(rng: random.Random, sample: str) -> str:
    """One article: the sample's blocks, a random subset of them, with varied words."""
    blocks = sample.strip("\n").split("\n\n")
    head, body = blocks[:2], blocks[2:]
    kept = [b for b in body if rng.random() < 0.55] or body[:1]
    text = "\n\n".join(head + kept) + "\n"
    swaps = {
        "Kazakhstan": rng.choice(COUNTRIES),
        "Almaty": rng.choice(CITIES),
        "Tokayev": rng.choice(LEADERS),
        "Thursday": rng.choice(DAYS),
        "Sunday": rng.choice(DAYS),
        "fuel": rng.choice(NOUNS),
    }
    for old, new in swaps.items():
        text = text.replace(old, new)
    text = re.sub(r"\b(?:four|two)\b", lambda _: rng.choice(["three", "five", "six"]), text)
    dateline = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2018, 2024)}"
    return text.replace("Jan 6, 2022", dateline, 1)


def make_corpus(path: Path, records: int, seed: int = 8) -> int:
    """Write ``records`` JSONL records with extra fields; return the file's size in bytes."""
    rng = random.Random(seed)
    sample = SAMPLE.read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as out:
        for i in range(records):
            record = {
                "id": i,
                "url": f"https://example.com/story/{i}",
                "fetched_at": "2022-01-07T12:00:00Z",
                "text": make_article(rng, sample),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    found: list[int] = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", "rb") as listing:
                found += [int(child) for child in listing.read().split()]
        except OSError:
            continue
    return found


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += _children(pid)
    return found


def _sample(pids: list[int], cpu: dict[int, float]) -> tuple[int, int]:
    """Resident and proportional (PSS) bytes of ``pids``; their CPU seconds go into ``cpu``."""
    rss = pss = 0
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
                lines = rollup.read().splitlines()
        except OSError:
            continue
        cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
        for line in lines:
            if line.startswith(b"Rss:"):
                rss += int(line.split()[1]) * 1024
            elif line.startswith(b"Pss:"):
                pss += int(line.split()[1]) * 1024
    return rss, pss


def run(command: list[str], stdout: Path | None = None) -> dict[str, float]:
    """Run ``command``; its wall time, CPU time and peak memory (whole process tree).

    Its standard output goes to ``stdout`` when given (else it is inherited).
    """
    largest_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    load = os.getloadavg()[0]
    started = time.perf_counter()
    sink = stdout.open("wb") if stdout is not None else None
    process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
    peak_rss = peak_pss = 0
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss
        while not done.is_set():
            rss, pss = _sample(_tree(process.pid), cpu)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc/self/smaps_rollup").exists():
        sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if sink is not None:
        sink.close()
    done.set()
    if sampler.is_alive():
        sampler.join()
    if process.returncode not in (0, 1):
        sys.exit(f"{command} failed ({process.returncode}):\n{stderr.decode()}")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    return {
        "seconds": seconds,
        "cpu_seconds": sum(cpu.values()),
        "load_before": load,
        "tree_peak_rss_mib": peak_rss / 2**20,
        "tree_peak_pss_mib": peak_pss / 2**20,
        "largest_process_peak_mib": max(largest, largest_before) / 1024,
    }


SPIN = "import time\nt = time.perf_counter()\nx = 0\nfor i in range(6_000_000): x += i\n"


def capacity(processes: int) -> float:
    """How many CPUs' worth of pure Python the machine gives now: ``processes`` loops at once.

    1.0 means running them together is no faster than one after the other (the machine is busy
    with other work); ``processes`` means each ran as fast as alone. Bounds any speed-up.
    """

    def wall(count: int) -> float:
        started = time.perf_counter()
        spins = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(count)]
        for spin in spins:
            spin.wait()
        return time.perf_counter() - started

    alone = min(wall(1) for _ in range(2))
    together = min(wall(processes) for _ in range(2))
    return processes * alone / together


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            hasher.update(block)
    return hasher.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_batch_"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "corpus.jsonl"
    started = time.perf_counter()
    size = make_corpus(source, args.records)
    made = time.perf_counter() - started
    print(f"corpus: {args.records:,} records, {size / 2**20:,.1f} MiB, made in {made:.1f} s")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    top = max(args.jobs)
    if top > 1:
        before = capacity(top)
        print(f"capacity before: {top} CPU-bound processes ran at {before:.2f}x one (ideal {top})")
    results = []
    digests = set()
    for jobs in args.jobs:
        out = folder / f"out-jobs{jobs}.jsonl"
        command = [sys.executable, "-m", "newsitem.cli", "parse", "--jsonl", str(source)]
        figures = run([*command, "-o", str(out), "--jobs", str(jobs), "--quiet"])
        digests.add(_digest(out))
        figures["jobs"] = jobs
        figures["records_per_second"] = args.records / figures["seconds"]
        results.append(figures)
        if not args.keep:
            out.unlink()
    base = results[0]["seconds"]
    header = ("jobs", "wall s", "CPU s", "records/s", "speed-up", "tree RSS", "tree PSS", "load")
    print("{:>4} {:>8} {:>7} {:>10} {:>8} {:>10} {:>10} {:>5}".format(*header))
    for r in results:
        print(
            f"{r['jobs']:>4} {r['seconds']:>8.1f} {r['cpu_seconds']:>7.1f} "
            f"{r['records_per_second']:>10,.0f} {base / r['seconds']:>7.2f}x "
            f"{r['tree_peak_rss_mib']:>6.0f} MiB {r['tree_peak_pss_mib']:>6.0f} MiB "
            f"{r['load_before']:>5.2f}"
        )
    print("outputs identical across runs:", len(digests) == 1)
    if top > 1:
        after = capacity(top)
        print(f"capacity after: {top} CPU-bound processes ran at {after:.2f}x one (ideal {top})")
    print(json.dumps({"records": args.records, "input_bytes": size, "runs": results}))
    if not args.keep:
        source.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
