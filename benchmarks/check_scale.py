"""The command line at scale: a directory of 1,000 articles and a 100,000-record JSONL.

Makes both inputs itself (generated house-style articles, as ``bench_batch.py`` makes them),
plants bad records among the good ones, runs the real console script (``newsitem parse`` and
``newsitem validate``, ``--jobs 2``) and checks what a user relies on:

- every input gives exactly one output record, in input order;
- the JSONL records' extra fields (``id``, ``url``, ``fetched_at``) are carried over;
- bad records (not JSON, no text field, a text that is not a string) are reported as records
  with an ``error`` and counted in the summary, and the run goes on;
- memory stays bounded: peak RSS of the whole process tree, sampled from ``/proc``.

It prints a table and exits 1 when a check fails::

    python benchmarks/check_scale.py                      # 1,000 files and 100,000 records
    python benchmarks/check_scale.py --records 5000       # a quick run
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

from bench_batch import SAMPLE, make_article, run

BAD_EVERY = 9_973
"""One record in this many is bad (a prime, so the bad kinds rotate over the file)."""

BAD_RECORDS = (
    '{"id": %d, "text": "cut off here\n',  # not JSON: the crawler died mid-record
    '{"id": %d, "body": "the text is under another name"}\n',  # no "text" field
    '{"id": %d, "text": 42}\n',  # a text that is not a string
)


def make_jsonl(path: Path, records: int, bad_every: int = BAD_EVERY) -> tuple[int, list[int]]:
    """Write ``records`` lines, every ``bad_every``-th one bad.

    Returns the number of bad records and the ids the output must show, in order: every record's
    but those of the lines that are not JSON at all.
    """
    rng = random.Random(11)
    sample = SAMPLE.read_text(encoding="utf-8")
    bad, ids = 0, []
    with path.open("w", encoding="utf-8") as out:
        for i in range(records):
            if i % bad_every == bad_every - 1:
                kind = bad % len(BAD_RECORDS)
                out.write(BAD_RECORDS[kind] % i)
                bad += 1
                if kind:
                    ids.append(i)
                continue
            ids.append(i)
            record = {"id": i, "url": f"https://example.com/{i}", "fetched_at": "2022-01-07"}
            record["text"] = make_article(rng, sample)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return bad, ids


def make_directory(folder: Path, files: int) -> list[str]:
    """Write ``files`` articles as ``folder/NNNN.txt``; return their names in order."""
    rng = random.Random(12)
    sample = SAMPLE.read_text(encoding="utf-8")
    folder.mkdir()
    names = [f"{i:04d}.txt" for i in range(files)]
    for name in names:
        (folder / name).write_text(make_article(rng, sample), encoding="utf-8")
    return names


def newsitem(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsitem.cli", *args]


def check_jsonl(
    work: Path, records: int, bad_every: int, failures: list[str]
) -> list[tuple[str, dict[str, float]]]:
    source, out, summary = work / "crawl.jsonl", work / "parsed.jsonl", work / "summary.json"
    bad, expected_ids = make_jsonl(source, records, bad_every)
    common = ["--jsonl", str(source), "--jobs", "2", "--summary", "json"]
    parse_run = run(newsitem("parse", *common, "-o", str(out), "--summary-file", str(summary)))
    ids, errors, carried = [], 0, 0
    with out.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            ids.append(record.get("id"))
            errors += "error" in record
            carried += record.get("url") == f"https://example.com/{record.get('id')}"
    if len(ids) != records:
        failures.append(f"parse --jsonl: {len(ids)} output records for {records} inputs")
    if [i for i in ids if i is not None] != expected_ids:
        failures.append("parse --jsonl: output records are not in input order")
    if errors != bad:
        failures.append(f"parse --jsonl: {errors} error records for {bad} bad inputs")
    if carried != records - bad:
        failures.append(f"parse --jsonl: extra fields carried on {carried} of {records - bad}")
    reported = json.loads(summary.read_text(encoding="utf-8"))
    if reported["failed"] != bad or reported["inputs"] != records:
        failures.append(f"parse --jsonl: the summary counts {reported['failed']} failed inputs")
    print(f"parse --jsonl summary: {json.dumps(reported, sort_keys=True)}")
    findings = work / "findings.json"
    validate_run = run(
        newsitem("validate", *common, "--format", "json", "--summary-file", str(summary)),
        stdout=findings,
    )
    reported = json.loads(summary.read_text(encoding="utf-8"))
    if reported["failed"] != bad or reported["inputs"] != records:
        failures.append(f"validate --jsonl: the summary counts {reported['failed']} failed inputs")
    records_seen = {f.get("record") for f in json.loads(findings.read_text(encoding="utf-8"))}
    print(f"validate --jsonl: findings on {len(records_seen):,} records; summary {reported}")
    return [("parse --jsonl", parse_run), ("validate --jsonl", validate_run)]


def check_directory(
    work: Path, files: int, failures: list[str]
) -> list[tuple[str, dict[str, float]]]:
    folder, out = work / "articles", work / "articles.jsonl"
    names = make_directory(folder, files)
    (folder / "9999-broken.txt").write_bytes(b"\xff\xfe not UTF-8 \x00 at all")
    parse_run = run(newsitem("parse", str(folder), "--jobs", "2", "-q", "-o", str(out)))
    paths = [json.loads(line).get("path", "") for line in out.read_text("utf-8").splitlines()]
    if [Path(p).name for p in paths] != [*names, "9999-broken.txt"]:
        failures.append("parse DIR: output records are not one per file in order")
    validate_run = run(
        newsitem("validate", str(folder), "--jobs", "2", "-q"), stdout=work / "v.txt"
    )
    return [("parse DIR", parse_run), ("validate DIR", validate_run)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--bad-every", type=int, default=BAD_EVERY, help="one bad record in N")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="check_scale_"))
    failures: list[str] = []
    try:
        runs = check_directory(work, args.files, failures)
        runs += check_jsonl(work, args.records, args.bad_every, failures)
    finally:
        shutil.rmtree(work)
    print(f"{'run':<18} {'wall s':>7} {'CPU s':>7} {'tree RSS':>10} {'largest process':>16}")
    for name, figures in runs:
        rss, largest = figures["tree_peak_rss_mib"], figures["largest_process_peak_mib"]
        print(
            f"{name:<18} {figures['seconds']:>7.1f} {figures['cpu_seconds']:>7.1f} "
            f"{rss:>6.0f} MiB {largest:>12.0f} MiB"
        )
    for failure in failures:
        print("FAILED:", failure)
    print("all checks passed" if not failures else f"{len(failures)} checks failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
