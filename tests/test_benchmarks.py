"""The benchmark inputs are what they claim to be, and the benchmark script runs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import newsitem

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def articles() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import _articles

        yield _articles
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.parametrize("kilobytes", [1, 10, 100])
def test_generated_article_has_the_size_asked_for(articles: ModuleType, kilobytes: int) -> None:
    text = articles.generated_article(kilobytes)
    size = len(text.encode())
    assert kilobytes * 1024 <= size < kilobytes * 1024 + 1024
    article = newsitem.parse(text)
    assert article.dateline is not None and article.headline is not None
    assert [link.text for link in article.related] == ["Go deeper"]
    assert not article.errors
    if kilobytes > 3:
        # The second pass over the sample's body names another country, city and leader.
        assert all(name in text for name in ("Kyrgyzstan", "Bishkek", "Japarov"))


def test_repeated_body_repeats_the_blocks(articles: ModuleType, sample_text: str) -> None:
    once = newsitem.parse(sample_text)
    thrice = newsitem.parse(articles.repeated_body(3))
    assert len(thrice.paragraphs) == 3 * len(once.paragraphs)
    assert len(thrice.bullets) == 3 * len(once.bullets)
    assert len(thrice.captions) == 3 * len(once.captions)
    assert len(thrice.related) == 1
    assert articles.repeated_body(1) == sample_text.rstrip("\n") + "\n"


def test_html_page_holds_the_article(articles: ModuleType, sample_text: str) -> None:
    article = newsitem.parse(sample_text)
    page = articles.html_page(article)
    assert page.startswith("<!DOCTYPE html>")
    for tag in ("<head>", "<nav>", "<footer>", "<main>", '<meta property="og:title"'):
        assert tag in page
    assert f"<h1>{article.headline}</h1>" in page
    assert '<time datetime="2022-01-06">Jan 6, 2022</time>' in page
    assert page.count("<figcaption>") == len(article.captions) == 3
    assert "<p><strong>The big picture:</strong> Dozens of people" in page
    assert page.count("<li>") == len(article.bullets) + 7 + 5 + 3  # nav, related, footer
    assert "Valery Sharifulin/TASS via Getty Images" in page


def test_bench_parse_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "bench_parse.py"),
            "--quick",
            "--sections=sample",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert results["machine"]["nproc"] >= 1
    sample = results["sample"]
    timings = {name: value["median_us"] for name, value in sample["timings"].items()}
    assert set(timings) == {"parse", "parse_json", "floor"}
    assert all(value > 0 for value in timings.values())
    assert sample["parse_json_over_floor"] == pytest.approx(
        timings["parse_json"] / timings["floor"]
    )
    assert sample["bytes"] == 3354
    saved = tmp_path / "run.json"
    saved.write_text(done.stdout, encoding="utf-8")
    report = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_parse.py"), "--from-json", str(saved)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "| `parse(text)` |" in report
    assert "parse + JSON of the sample ≤ 4× the floor" in report


def test_check_scale_runs_and_passes() -> None:
    """The scale check (issue 8) on a small input: order, extra fields, bad records, summaries."""
    done = subprocess.run(
        [
            sys.executable,
            "check_scale.py",
            "--records",
            "400",
            "--files",
            "30",
            "--bad-every",
            "50",
        ],
        cwd=BENCHMARKS,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all checks passed" in done.stdout
    assert '"failed": 8' in done.stdout  # 400 records, one bad in 50
