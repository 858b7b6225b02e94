"""How fast newsitem parses, against the pydantic floor and against HTML extractors.

Everything runs in ONE process and one run, so the ratios compare like with like. Each timing is
the median over many rounds after a warm-up; the cases compared with each other are interleaved
round by round, so a burst of load on the machine hits all of them alike. The garbage collector
stays on (as in real use).

Sections (all by default; pick some with ``--sections``):

- ``sample``: on the client's sample, ``parse(text)``, ``parse(text).model_dump_json()`` and the
  floor ``Article.model_validate(d).model_dump_json()`` where ``d`` is the parsed article's
  ``model_dump()``: what producing the same models costs with no parsing at all. Ratios to the
  floor.
- ``sizes``: the same three on generated articles of 1 KB to 100 KB.
- ``peers``: trafilatura ``extract(html, output_format="json", with_metadata=True)`` and
  ``bare_extraction(html, with_metadata=True)`` on an HTML page of the same article (see
  ``_articles.html_page``), against newsitem parse + JSON of the text; ratio peer / newsitem.
  Needs ``pip install 'newsitem[bench]'``; skipped with a message otherwise.
- ``scaling``: the sample's body repeated 1x, 10x, 100x, 1,000x: µs per KB of input at each size.
- ``memory``: tracemalloc peak of one parse of the sample; RSS growth over 100,000 parses.
- ``import``: ``python -c "import newsitem"`` against ``python -c "import pydantic"`` (and
  ``from pydantic import BaseModel``, and a bare interpreter) as whole processes; and import plus
  a first parse (the public names load on first use).

Usage::

    python benchmarks/bench_parse.py                        # everything (a few minutes)
    python benchmarks/bench_parse.py --sections sample      # the core figures, seconds
    python benchmarks/bench_parse.py --json > bench.json    # for machines
    python benchmarks/bench_parse.py --from-json bench.json --write-docs docs/performance.md
    python benchmarks/bench_parse.py --write-docs docs/performance.md
    python benchmarks/bench_parse.py --profile 1000         # cProfile of parse(sample)
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from _articles import generated_article, html_page, repeated_body, sample_text

import newsitem
from newsitem import Article

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("sample", "memory", "sizes", "peers", "scaling", "import")
"""In the order they run: memory right after the sample, before the big inputs churn the heap."""
SIZES_KB = (1, 3, 10, 30, 100)
SCALES = (1, 10, 100, 1000)
DOCS_START = "<!-- bench:start -->"
DOCS_END = "<!-- bench:end -->"


# Timing ----------------------------------------------------------------------------------------


def _round(fn: Callable[[], object], number: int) -> float:
    """Seconds per call over ``number`` back-to-back calls."""
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


def _calls_per_round(fn: Callable[[], object], round_seconds: float, first: float) -> int:
    """How many calls make one round of about ``round_seconds`` (``first``: one call's time)."""
    if first >= round_seconds:
        return 1
    number = 1
    while True:
        elapsed = _round(fn, number) * number
        if elapsed >= round_seconds / 4 or number >= 1_000_000:
            return max(1, round(number * round_seconds / max(elapsed, 1e-9)))
        number *= 4


def measure(
    cases: dict[str, Callable[[], object]],
    *,
    rounds: int,
    round_seconds: float,
    warmup_seconds: float,
    budget_seconds: float | None = None,
) -> dict[str, dict[str, float]]:
    """Median, min and max µs per call of each case; the cases interleaved round by round.

    With ``budget_seconds``, cases so slow that one call makes a round get fewer rounds (at
    least 3), so that the slowest case takes about ``budget_seconds``.
    """
    firsts = {}
    for name, fn in cases.items():
        deadline = time.perf_counter() + warmup_seconds
        firsts[name] = _round(fn, 1)
        while time.perf_counter() < deadline:
            fn()
    numbers = {
        name: _calls_per_round(fn, round_seconds, firsts[name]) for name, fn in cases.items()
    }
    if budget_seconds is not None:
        slowest = max(firsts[name] * numbers[name] for name in cases)
        rounds = max(3, min(rounds, int(budget_seconds / max(slowest, 1e-9))))
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, fn in cases.items():
            samples[name].append(_round(fn, numbers[name]) * 1e6)
    return {
        name: {
            "median_us": statistics.median(values),
            "min_us": min(values),
            "max_us": max(values),
            "rounds": len(values),
            "calls_per_round": numbers[name],
        }
        for name, values in samples.items()
    }


# Sections --------------------------------------------------------------------------------------


def _core_cases(text: str) -> dict[str, Callable[[], object]]:
    data = newsitem.parse(text).model_dump()
    return {
        "parse": lambda: newsitem.parse(text),
        "parse_json": lambda: newsitem.parse(text).model_dump_json(),
        "floor": lambda: Article.model_validate(data).model_dump_json(),
    }


def _with_ratios(timings: dict[str, dict[str, float]]) -> dict[str, Any]:
    floor = timings["floor"]["median_us"]
    return {
        "timings": timings,
        "parse_over_floor": timings["parse"]["median_us"] / floor,
        "parse_json_over_floor": timings["parse_json"]["median_us"] / floor,
    }


def section_sample(args: argparse.Namespace) -> dict[str, Any]:
    text = sample_text()
    article = newsitem.parse(text)
    timings = measure(
        _core_cases(text),
        rounds=args.rounds,
        round_seconds=args.round_seconds,
        warmup_seconds=args.warmup,
    )
    return {
        "bytes": len(text.encode()),
        "nodes": _count_nodes(article),
        **_with_ratios(timings),
    }


def _count_nodes(article: Article) -> int:
    """Model instances in the article's tree (the article itself included)."""

    def walk(value: object) -> int:
        if isinstance(value, list):
            return sum(walk(item) for item in value)
        if hasattr(value, "__pydantic_fields__"):
            return 1 + sum(walk(getattr(value, name)) for name in type(value).model_fields)
        return 0

    return walk(article)


def section_sizes(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = []
    for kilobytes in SIZES_KB:
        text = generated_article(kilobytes)
        timings = measure(
            _core_cases(text),
            rounds=args.rounds,
            round_seconds=args.round_seconds,
            warmup_seconds=args.warmup,
            budget_seconds=args.budget,
        )
        rows.append({"target_kb": kilobytes, "bytes": len(text.encode()), **_with_ratios(timings)})
    return rows


def section_peers(args: argparse.Namespace) -> dict[str, Any]:
    try:
        import trafilatura
    except ImportError as error:
        return {"skipped": f"trafilatura is not installed ({error}): pip install 'newsitem[bench]'"}
    rows = []
    inputs = [("sample", sample_text())] + [(f"{kb} KB", generated_article(kb)) for kb in SIZES_KB]
    for name, text in inputs:
        page = html_page(newsitem.parse(text))
        extracted = json.loads(
            trafilatura.extract(page, output_format="json", with_metadata=True) or "{}"
        )
        cases: dict[str, Callable[[], object]] = {
            "newsitem_parse_json": lambda text=text: newsitem.parse(text).model_dump_json(),
            "trafilatura_extract": lambda page=page: trafilatura.extract(
                page, output_format="json", with_metadata=True
            ),
            "trafilatura_bare_extraction": lambda page=page: trafilatura.bare_extraction(
                page, with_metadata=True
            ),
        }
        timings = measure(
            cases,
            rounds=args.rounds,
            round_seconds=args.round_seconds,
            warmup_seconds=args.warmup,
            budget_seconds=args.budget,
        )
        ours = timings["newsitem_parse_json"]["median_us"]
        rows.append(
            {
                "input": name,
                "text_bytes": len(text.encode()),
                "html_bytes": len(page.encode()),
                "extract_title": extracted.get("title"),
                "extract_text_chars": len(extracted.get("text") or ""),
                "timings": timings,
                "extract_over_newsitem": timings["trafilatura_extract"]["median_us"] / ours,
                "bare_extraction_over_newsitem": (
                    timings["trafilatura_bare_extraction"]["median_us"] / ours
                ),
            }
        )
    return {"trafilatura": version("trafilatura"), "rows": rows}


def section_scaling(args: argparse.Namespace) -> list[dict[str, Any]]:
    # All sizes in one measurement, interleaved round by round: a slow spell of the machine
    # then hits every size alike, instead of skewing the ratio of one size to another.
    texts = {times: repeated_body(times) for times in SCALES}
    timings = measure(
        {f"{times}x": lambda text=text: newsitem.parse(text) for times, text in texts.items()},
        rounds=args.rounds,
        round_seconds=args.round_seconds,
        warmup_seconds=min(args.warmup, 0.5),
        budget_seconds=args.budget,
    )
    rows = []
    for times, text in texts.items():
        size_kb = len(text.encode()) / 1024
        parse = timings[f"{times}x"]
        rows.append(
            {
                "times": times,
                "kb": size_kb,
                "parse": parse,
                "us_per_kb": parse["median_us"] / size_kb,
            }
        )
    base = rows[0]["us_per_kb"]
    for row in rows:
        row["over_1x"] = row["us_per_kb"] / base
    return rows


def _rss_bytes() -> int:
    """The resident set size of this process now (Linux /proc; else the peak from getrusage)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # pragma: no cover - not Linux
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def section_memory(args: argparse.Namespace) -> dict[str, Any]:
    text = sample_text()
    for _ in range(200):
        newsitem.parse(text)
    gc.collect()
    tracemalloc.start()
    article = newsitem.parse(text)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del article
    # RSS growth: warm up (caches, allocator arenas), then many parses, each result dropped.
    for _ in range(1000):
        newsitem.parse(text)
    gc.collect()
    before = _rss_bytes()
    started = time.perf_counter()
    checkpoints = []
    step = max(1, args.rss_parses // 10)
    for done in range(1, args.rss_parses + 1):
        newsitem.parse(text)
        if done % step == 0:
            checkpoints.append((done, _rss_bytes() - before))
    elapsed = time.perf_counter() - started
    gc.collect()
    after = _rss_bytes()
    return {
        "tracemalloc_peak_bytes": peak,
        "input_bytes": len(text.encode()),
        "rss_parses": args.rss_parses,
        "rss_before_bytes": before,
        "rss_after_bytes": after,
        "rss_growth_bytes": after - before,
        "rss_growth_checkpoints": checkpoints,
        "rss_loop_seconds": elapsed,
    }


def section_import(args: argparse.Namespace) -> dict[str, Any]:
    statements = {
        "python": "pass",
        "pydantic": "import pydantic",
        "pydantic_basemodel": "from pydantic import BaseModel",
        "newsitem": "import newsitem",
        # The face is lazy: the models and patterns are built on first use. Count that too.
        "newsitem_first_parse": "import newsitem; newsitem.parse('Jan 6, 2022 - World\\n\\nHi')",
    }
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for code in statements.values():  # warm the OS file cache and the bytecode caches
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
    samples: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(args.import_runs):
        for name, code in statements.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            samples[name].append((time.perf_counter() - start) * 1000)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    bare = medians["python"]
    return {
        "runs": args.import_runs,
        "median_ms": medians,
        "newsitem_over_pydantic": medians["newsitem"] / medians["pydantic"],
        "net_ms": {name: value - bare for name, value in medians.items() if name != "python"},
    }


# Machine ---------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    try:
        pydantic_core = version("pydantic_core")
    except PackageNotFoundError:
        pydantic_core = "unknown"
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "pydantic": version("pydantic"),
        "pydantic_core": pydantic_core,
        "newsitem": newsitem.__version__,
        "commit": commit,
        "load_average_start": list(os.getloadavg()),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


# Output ----------------------------------------------------------------------------------------


def _us(value: float) -> str:
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def _median(timings: dict[str, dict[str, float]], name: str) -> str:
    return _us(timings[name]["median_us"])


def report(results: dict[str, Any]) -> str:
    """The results as Markdown tables (stdout, and the figures of docs/performance.md)."""
    m = results["machine"]
    out = [
        f"Machine: {m['nproc']} CPUs ({m['cpu_model']}), {m['implementation']} {m['python']}, "
        f"pydantic {m['pydantic']} (core {m['pydantic_core']}), {m['platform']}.",
        f"newsitem {m['newsitem']} at `{m['commit']}`, measured {m['date']}; load average "
        f"{m['load_average_start'][0]:.2f} at the start, {m['load_average_end'][0]:.2f} at the "
        "end.",
        "",
    ]
    if "sample" in results:
        s = results["sample"]
        t = s["timings"]
        out += [
            f"### The sample ({s['bytes']:,} bytes, {s['nodes']} model nodes)",
            "",
            "| measure | median µs | min µs | × floor |",
            "| --- | ---: | ---: | ---: |",
            f"| `parse(text)` | {_median(t, 'parse')} | {_us(t['parse']['min_us'])} "
            f"| {s['parse_over_floor']:.1f} |",
            f"| `parse(text).model_dump_json()` | {_median(t, 'parse_json')} "
            f"| {_us(t['parse_json']['min_us'])} | {s['parse_json_over_floor']:.1f} |",
            f"| floor: `Article.model_validate(d).model_dump_json()` | {_median(t, 'floor')} "
            f"| {_us(t['floor']['min_us'])} | 1.0 |",
            "",
        ]
    if "sizes" in results:
        out += [
            "### Generated articles",
            "",
            "| size | parse µs | parse + JSON µs | floor µs | parse + JSON × floor |",
            "| ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in results["sizes"]:
            t = row["timings"]
            out.append(
                f"| {row['bytes'] / 1024:,.1f} KB | {_median(t, 'parse')} "
                f"| {_median(t, 'parse_json')} | {_median(t, 'floor')} "
                f"| {row['parse_json_over_floor']:.1f} |"
            )
        out.append("")
    if "peers" in results:
        p = results["peers"]
        out += ["### Against HTML extractors", ""]
        if "skipped" in p:
            out += [f"Skipped: {p['skipped']}", ""]
        else:
            out += [
                f"trafilatura {p['trafilatura']} on the HTML page of the same article; newsitem "
                "parses the text and dumps JSON.",
                "",
                "| input | text KB | HTML KB | newsitem parse + JSON µs | `extract` µs "
                "| × newsitem | `bare_extraction` µs | × newsitem |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            ]
            for row in p["rows"]:
                t = row["timings"]
                out.append(
                    f"| {row['input']} | {row['text_bytes'] / 1024:,.1f} "
                    f"| {row['html_bytes'] / 1024:,.1f} | {_median(t, 'newsitem_parse_json')} "
                    f"| {_median(t, 'trafilatura_extract')} | {row['extract_over_newsitem']:.1f} "
                    f"| {_median(t, 'trafilatura_bare_extraction')} "
                    f"| {row['bare_extraction_over_newsitem']:.1f} |"
                )
            out.append("")
    if "scaling" in results:
        out += [
            "### Scaling (the sample's body repeated)",
            "",
            "| body × | size KB | parse ms (median) | µs per KB | × the 1× figure |",
            "| ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in results["scaling"]:
            out.append(
                f"| {row['times']:,} | {row['kb']:,.1f} | {row['parse']['median_us'] / 1000:,.2f} "
                f"| {row['us_per_kb']:,.0f} | {row['over_1x']:.2f} |"
            )
        out.append("")
    if "memory" in results:
        mem = results["memory"]
        out += [
            "### Memory",
            "",
            f"- tracemalloc peak of one parse of the sample ({mem['input_bytes']:,} bytes): "
            f"**{mem['tracemalloc_peak_bytes'] / 1024:,.1f} KiB**",
            f"- RSS growth over {mem['rss_parses']:,} parses of the sample: "
            f"**{mem['rss_growth_bytes'] / 2**20:,.2f} MiB** "
            f"({mem['rss_before_bytes'] / 2**20:,.1f} MiB before, "
            f"{mem['rss_after_bytes'] / 2**20:,.1f} MiB after, "
            f"{mem['rss_loop_seconds']:,.0f} s)",
            "",
        ]
    if "import" in results:
        imp = results["import"]
        med, net = imp["median_ms"], imp["net_ms"]
        out += [
            f"### Import (whole processes, median of {imp['runs']})",
            "",
            "| command | ms | ms over a bare interpreter |",
            "| --- | ---: | ---: |",
            f'| `python -c "pass"` | {med["python"]:.1f} | 0 |',
            f'| `python -c "import pydantic"` | {med["pydantic"]:.1f} | {net["pydantic"]:.1f} |',
            f'| `python -c "from pydantic import BaseModel"` | {med["pydantic_basemodel"]:.1f} '
            f"| {net['pydantic_basemodel']:.1f} |",
            f'| `python -c "import newsitem"` | {med["newsitem"]:.1f} | {net["newsitem"]:.1f} |',
        ]
        if "newsitem_first_parse" in med:
            out.append(
                '| `python -c "import newsitem; newsitem.parse(...)"` (import and first parse) '
                f"| {med['newsitem_first_parse']:.1f} | {net['newsitem_first_parse']:.1f} |"
            )
        out += [
            "",
            f"`import newsitem` / `import pydantic`: **{imp['newsitem_over_pydantic']:.2f}×**",
            "",
        ]
    out += _goals(results)
    return "\n".join(out)


def _goals(results: dict[str, Any]) -> list[str]:
    """The acceptance goals of the performance issue, met or not, from the figures above."""
    rows = []
    if "sample" in results:
        value = results["sample"]["parse_json_over_floor"]
        rows.append(("parse + JSON of the sample ≤ 4× the floor", f"{value:.1f}×", value <= 4))
    peers = results.get("peers", {})
    if peers.get("rows"):
        value = peers["rows"][0]["extract_over_newsitem"]
        goal = "trafilatura `extract` ≥ 40× newsitem parse + JSON (sample)"
        rows.append((goal, f"{value:.1f}×", value >= 40))
    if "scaling" in results:
        value = results["scaling"][-1]["over_1x"]
        goal = f"µs per KB at {SCALES[-1]:,}× within 1.3× of 1×"
        rows.append((goal, f"{value:.2f}×", value <= 1.3))
    if "memory" in results:
        value = results["memory"]["rss_growth_bytes"] / 1e6
        parses = results["memory"]["rss_parses"]
        rows.append((f"RSS growth over {parses:,} parses < 5 MB", f"{value:.2f} MB", value < 5))
    if "import" in results:
        value = results["import"]["newsitem_over_pydantic"]
        rows.append(("`import newsitem` ≤ 1.5× `import pydantic`", f"{value:.2f}×", value <= 1.5))
    if not rows:
        return []
    out = ["### Against the goals", "", "| goal | measured | met |", "| --- | ---: | --- |"]
    out += [f"| {goal} | {value} | {'yes' if met else '**no**'} |" for goal, value, met in rows]
    return [*out, ""]


def write_docs(path: Path, text: str) -> None:
    """Replace the figures between the bench markers of ``path`` with ``text``."""
    page = path.read_text(encoding="utf-8")
    head, found, rest = page.partition(DOCS_START)
    _, found_end, tail = rest.partition(DOCS_END)
    if not found or not found_end:
        raise SystemExit(f"{path}: no {DOCS_START} ... {DOCS_END} markers")
    path.write_text(f"{head}{DOCS_START}\n{text}\n{DOCS_END}{tail}", encoding="utf-8")


def profile(parses: int, top: int = 25) -> int:
    """Print the functions that take the most time over ``parses`` parses of the sample."""
    import cProfile
    import pstats

    text = sample_text()
    for _ in range(100):
        newsitem.parse(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(parses):
        newsitem.parse(text)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sections", default=",".join(SECTIONS), help="comma-separated")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--rounds", type=int, default=41, help="rounds per case (median)")
    parser.add_argument("--round-seconds", type=float, default=0.02, help="length of a round")
    parser.add_argument("--warmup", type=float, default=0.3, help="warm-up seconds per case")
    parser.add_argument("--budget", type=float, default=10.0, help="max seconds per slow case")
    parser.add_argument("--rss-parses", type=int, default=100_000)
    parser.add_argument("--import-runs", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="few rounds: a smoke test")
    parser.add_argument("--write-docs", type=Path, metavar="PAGE", help="update PAGE's figures")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="instead: cProfile N parses of the sample"
    )
    parser.add_argument(
        "--from-json", type=Path, metavar="FILE", help="instead: report a saved --json run"
    )
    args = parser.parse_args(argv)
    if args.profile:
        return profile(args.profile)
    if args.from_json is not None:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
        return _output(results, args)
    if args.quick:
        args.rounds, args.round_seconds, args.warmup, args.budget = 5, 0.005, 0.05, 0.5
        args.rss_parses, args.import_runs = min(args.rss_parses, 500), min(args.import_runs, 3)
    chosen = [name.strip() for name in args.sections.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown sections {unknown}; choose from {', '.join(SECTIONS)}")
    results: dict[str, Any] = {"machine": machine()}
    runners: dict[str, Callable[[argparse.Namespace], Any]] = {
        "sample": section_sample,
        "sizes": section_sizes,
        "peers": section_peers,
        "scaling": section_scaling,
        "memory": section_memory,
        "import": section_import,
    }
    for name in SECTIONS:
        if name in chosen:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            results[name] = runners[name](args)
    results["machine"]["load_average_end"] = list(os.getloadavg())
    return _output(results, args)


def _output(results: dict[str, Any], args: argparse.Namespace) -> int:
    text = report(results)
    if args.write_docs is not None:
        write_docs(args.write_docs, text)
    print(json.dumps(results, indent=2) if args.json else text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
