"""Batches: ``parse_many``, and ``newsitem parse/validate --jsonl`` run in a subprocess."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsitem
from newsitem import Article, ParseError, ParseFailure, parse_many
from newsitem.batch import parse_jsonl_lines

from .test_cli import findings, make_article, run_cli

# parse_many ------------------------------------------------------------------------------------


def test_parse_many_in_order_with_errors_as_values() -> None:
    texts: list[object] = [make_article(i) for i in range(40)]
    texts[5] = 42
    texts[17] = None
    texts[30] = make_article(30).encode()
    results = list(parse_many(texts, jobs=2, chunk_size=4))  # type: ignore[arg-type]
    assert len(results) == 40
    for i, (text, result) in enumerate(zip(texts, results, strict=True)):
        if isinstance(text, str | bytes):
            assert result == newsitem.parse(text)
        else:
            assert isinstance(result, ParseFailure)
            assert (result.index, result.error) == (i, "TypeError")
            assert type(text).__name__ in result.message


def test_parse_many_one_job_equals_two() -> None:
    texts = [make_article(i) for i in range(25)]
    assert list(parse_many(texts, jobs=1)) == list(parse_many(texts, jobs=2, chunk_size=3))


def test_parse_many_strict_failure_carries_diagnostics() -> None:
    bad = "Jan 6, 2022 - World\n"
    (good, failure) = parse_many([make_article(1), bad], jobs=1, strict=True)
    assert isinstance(good, Article)
    assert isinstance(failure, ParseFailure)
    assert failure.error == "ParseError"
    with pytest.raises(ParseError) as raised:
        newsitem.parse(bad, strict=True)
    assert list(failure.diagnostics) == raised.value.diagnostics
    assert failure.message == str(raised.value)


def test_parse_many_reads_lazily_and_stops_early() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield make_article(i)

    results = parse_many(endless(), jobs=2, chunk_size=10)
    first = list(itertools.islice(results, 25))
    results.close()  # type: ignore[attr-defined]
    assert [a.headline for a in first] == [
        newsitem.parse(make_article(i)).headline for i in range(25)
    ]  # type: ignore[union-attr]
    # read: the 3 chunks yielded, and at most 2 × jobs = 4 in flight; not the endless rest
    assert pulled <= 10 * (3 + 4)


def test_parse_many_empty() -> None:
    assert list(parse_many([], jobs=2)) == []


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"chunk_size": 0, "jobs": 1}, ValueError, "chunk_size must be at least 1, not 0"),
        ({"chunk_size": -5}, ValueError, "chunk_size must be at least 1, not -5"),
        ({"chunk_size": 2.5}, TypeError, "chunk_size must be an int, not float"),
        ({"chunk_size": True}, TypeError, "chunk_size must be an int, not bool"),
        (
            {"jobs": -1},
            ValueError,
            "jobs must be None or 0 (one per CPU), or a number of processes, not -1",
        ),
        ({"jobs": "2"}, TypeError, "jobs must be an int or None, not str"),
    ],
)
def test_parse_many_refuses_bad_arguments_at_the_call(
    arguments: dict[str, object], error: type[Exception], message: str
) -> None:
    pulled = 0

    def texts() -> Iterator[str]:
        nonlocal pulled
        pulled += 1
        yield make_article(1)

    with pytest.raises(error) as raised:
        parse_many(texts(), **arguments)  # type: ignore[arg-type]  # no next(): the call raises
    assert str(raised.value) == message
    assert pulled == 0  # before any input was read


@pytest.mark.parametrize("text", ["abc", b"abc"])
def test_parse_many_refuses_a_single_text(text: str | bytes) -> None:
    with pytest.raises(TypeError) as raised:
        parse_many(text, jobs=1)
    name = type(text).__name__
    assert str(raised.value) == (
        f"parse_many takes an iterable of texts, not a single {name}; use parse()"
    )


def test_parse_many_accepts_every_documented_jobs_value() -> None:
    texts = [make_article(i) for i in range(3)]
    expected = [newsitem.parse(text) for text in texts]
    for jobs in (None, 0, 1, 2):
        assert list(parse_many(texts, jobs=jobs, chunk_size=1)) == expected


def test_parse_jsonl_lines_refuses_a_chunk_size_of_0() -> None:
    with pytest.raises(ValueError, match="chunk_size must be at least 1, not 0"):
        list(parse_jsonl_lines(['{"text": "x"}'], chunk_size=0))


# parse --jsonl ---------------------------------------------------------------------------------

BAD_LINES = {
    3: b'{"id": 3, "text": "unterminated\n',
    7: b'{"id": 7, "body": "no text field"}\n',
    11: b'{"id": 11, "text": 12.5}\n',
    13: b'["not", "an", "object"]\n',
    17: b'{"id": 17, "text": null}\n',
}


def _records(n: int) -> list[dict[str, object]]:
    return [
        {
            "id": i,
            "url": f"https://example.com/{i}",
            "fetched_at": f"2022-01-{1 + i % 28:02d}T10:00:00Z",
            "meta": {"tags": ["a", "ü"], "score": 0.1 + i, "ok": None},
            "text": make_article(i),
        }
        for i in range(n)
    ]


def _write_jsonl(path: Path, records: list[dict[str, object]], bad: bool = True) -> list[bytes]:
    """Write the records, with bad lines and a blank line mixed in; return the lines written."""
    lines: list[bytes] = []
    for i, record in enumerate(records):
        line = json.dumps(record, ensure_ascii=False).encode() + b"\n"
        lines.append(BAD_LINES.get(i, line) if bad else line)
        if i == 20:
            lines.append(b"   \n")
    data = b"".join(lines)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return lines


def _lines(stdout: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.decode().splitlines()]


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes]]:
    path = tmp_path_factory.mktemp("jsonl") / "crawl.jsonl"
    return path, _write_jsonl(path, _records(120))


def test_jsonl_order_fields_and_bad_records(jsonl: tuple[Path, list[bytes]]) -> None:
    path, lines = jsonl
    result = run_cli("parse", "--jsonl", path, "--jobs", "2", "--chunk-size", "8")
    assert result.returncode == 1  # bad records were reported
    out = _lines(result.stdout)
    records = [line for line in lines if not line.isspace()]
    assert len(out) == len(records) == 120
    line_numbers = [n for n, line in enumerate(lines, 1) if not line.isspace()]
    for i, (record_out, raw, lineno) in enumerate(zip(out, records, line_numbers, strict=True)):
        if i in BAD_LINES:
            assert "article" not in record_out
            assert record_out["error"]["line"] == lineno  # type: ignore[index]
            continue
        source = json.loads(raw)
        expected = {k: v for k, v in source.items() if k != "text"}
        expected["article"] = newsitem.parse(source["text"]).model_dump(mode="json")
        assert record_out == expected
        assert list(record_out) == [*(k for k in source if k != "text"), "article"]
    errors = {i: out[i]["error"]["type"] for i in BAD_LINES}  # type: ignore[index]
    assert errors == {
        3: "bad_json",
        7: "missing_field",
        11: "not_a_string",
        13: "not_an_object",
        17: "not_a_string",
    }
    assert out[7]["id"] == 7 and out[7]["body"] == "no text field"  # carried even when bad
    assert "failed (" in result.stderr.decode()


def test_jsonl_one_job_and_two_give_the_same_bytes(jsonl: tuple[Path, list[bytes]]) -> None:
    path, _ = jsonl
    one = run_cli("parse", "--jsonl", path, "-j", "1", "-q")
    two = run_cli("parse", "--jsonl", path, "-j", "2", "--chunk-size", "5", "-q")
    assert one.stdout == two.stdout
    assert one.returncode == two.returncode == 1


def test_jsonl_gzip_in_and_out(tmp_path: Path, jsonl: tuple[Path, list[bytes]]) -> None:
    path, lines = jsonl
    packed = tmp_path / "crawl.jsonl.gz"
    packed.write_bytes(gzip.compress(b"".join(lines)))
    out = tmp_path / "parsed.jsonl.gz"
    result = run_cli("parse", "--jsonl", packed, "-o", out, "-j", "2", "--chunk-size", "16", "-q")
    assert result.returncode == 1
    assert result.stdout == b""
    plain = run_cli("parse", "--jsonl", path, "-j", "1", "-q")
    with gzip.open(out, "rb") as stream:  # several gzip members, one per chunk
        assert stream.read() == plain.stdout


def test_jsonl_from_stdin_text_field_and_keep_text(tmp_path: Path) -> None:
    records = [{"body": make_article(i), "n": i} for i in range(6)]
    data = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    result = run_cli("parse", "--jsonl", "-", "--text-field", "body", "--keep-text", stdin=data)
    assert result.returncode == 0
    out = _lines(result.stdout)
    assert [r["n"] for r in out] == list(range(6))
    assert all(r["body"] == records[r["n"]]["body"] for r in out)  # type: ignore[index]
    assert out[2]["article"] == newsitem.parse(make_article(2)).model_dump(mode="json")
    packed = run_cli("parse", "--jsonl", "-", "--text-field", "body", stdin=gzip.compress(data))
    assert [r["n"] for r in _lines(packed.stdout)] == list(range(6))
    assert "body" not in _lines(packed.stdout)[0]


def test_jsonl_text_format_is_a_string() -> None:
    data = json.dumps({"text": make_article(3)}).encode() + b"\n"
    result = run_cli("parse", "--jsonl", "-", "--format", "text", stdin=data)
    (record,) = _lines(result.stdout)
    assert record["article"] == newsitem.render(newsitem.parse(make_article(3)))


def test_jsonl_summary_json(jsonl: tuple[Path, list[bytes]]) -> None:
    path, lines = jsonl
    result = run_cli("parse", "--jsonl", path, "--summary", "json", "-j", "2", "--chunk-size", "30")
    summary = json.loads(result.stderr.decode().splitlines()[-1])
    assert summary["inputs"] == 120
    assert summary["articles"] == 115
    assert summary["failures"] == {
        "not_a_string": 2,
        "bad_json": 1,
        "missing_field": 1,
        "not_an_object": 1,
    }
    texts = [
        json.loads(line)["text"]
        for i, line in enumerate(lines)
        if line.strip() and b'"text": "J' in line
    ]
    infos = sum(d.severity == "info" for t in texts for d in newsitem.validate(t))
    assert len(texts) == 115
    assert sum(summary["infos"].values()) == infos
    assert summary["jobs"] == 2


def test_progress_only_when_asked(jsonl: tuple[Path, list[bytes]]) -> None:
    path, _ = jsonl
    quiet = run_cli("parse", "--jsonl", path, "-j", "1")
    assert b"\r" not in quiet.stderr  # standard error is not a terminal: no progress line
    shown = run_cli("parse", "--jsonl", path, "-j", "1", "--progress", "--chunk-size", "10")
    assert b"\rnewsitem: " in shown.stderr
    assert b" records" in shown.stderr and b"/s" in shown.stderr


def test_validate_jsonl(jsonl: tuple[Path, list[bytes]]) -> None:
    path, lines = jsonl
    result = run_cli("validate", "--jsonl", path, "-j", "2", "--chunk-size", "25")
    assert result.returncode == 1
    found = findings(result.stdout)
    numbered = [(n, line) for n, line in enumerate(lines, 1) if not line.isspace()]
    expected: list[tuple[str, str, str]] = []
    for i, (lineno, line) in enumerate(numbered):
        if i in BAD_LINES:
            expected.append((f"{path}#{lineno}", "1", "error"))
            continue
        for d in newsitem.validate(json.loads(line)["text"]):
            expected.append((f"{path}#{lineno}", str(d.line), d.severity))
    assert [(f["path"], f["line"], f["severity"]) for f in found] == expected


def test_missing_jsonl_is_exit_2(tmp_path: Path) -> None:
    result = run_cli("parse", "--jsonl", tmp_path / "none.jsonl")
    assert result.returncode == 2
    assert b"No such file or directory" in result.stderr


# Truncated or corrupt gzip input: the records before the damage, then a clear error -----------

BAD_DEFLATE = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\x07\x00\x00\x00"
"""A gzip member whose deflate data opens with a reserved block type: zlib.error on reading."""


def _complete_lines(packed: bytes) -> int:
    """How many whole lines the start of a gzip stream holds (what can be read before its end)."""
    return zlib.decompressobj(wbits=31).decompress(packed).count(b"\n")


@pytest.fixture(scope="module")
def truncated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A .jsonl.gz cut in the middle, and the number of whole records before the cut."""
    data = b"".join(json.dumps(r).encode() + b"\n" for r in _records(60))
    packed = gzip.compress(data, compresslevel=1)
    path = tmp_path_factory.mktemp("truncated") / "t.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    complete = _complete_lines(path.read_bytes())
    assert 0 < complete < 60
    return path, complete


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_truncated_jsonl_gz_writes_the_records_before_the_cut(
    tmp_path: Path, truncated: tuple[Path, int], jobs: str
) -> None:
    path, complete = truncated
    out = tmp_path / "out.jsonl"
    result = run_cli("parse", "--jsonl", path, "-o", out, "-j", jobs, "--chunk-size", "4", "-q")
    assert result.returncode == 2  # an input that cannot be read, as for a missing file
    assert result.stderr.decode() == (
        f"newsitem: cannot read {path}: the gzip stream ends early (truncated)\n"
    )
    written = _lines(out.read_bytes())
    assert [r["id"] for r in written] == list(range(complete))
    assert written[-1]["article"] == newsitem.parse(make_article(complete - 1)).model_dump(
        mode="json"
    )


def test_truncated_jsonl_gz_on_stdin(truncated: tuple[Path, int]) -> None:
    path, complete = truncated
    result = run_cli("parse", "--jsonl", "-", "-q", stdin=path.read_bytes())
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "newsitem: cannot read <stdin>: the gzip stream ends early (truncated)\n"
    )
    assert len(_lines(result.stdout)) == complete


def test_validate_truncated_jsonl_gz(truncated: tuple[Path, int]) -> None:
    path, complete = truncated
    result = run_cli("validate", "--jsonl", path, "-q", "--summary", "json")
    assert result.returncode == 2
    message, summary = result.stderr.decode().splitlines()
    assert message == f"newsitem: cannot read {path}: the gzip stream ends early (truncated)"
    assert json.loads(summary)["articles"] == complete  # every whole record was checked
    assert json.loads(summary)["failures"] == {"unreadable": 1}
    records = {int(f["path"].rsplit("#", 1)[1]) for f in findings(result.stdout)}
    assert max(records) <= complete


def test_not_gzip_is_a_read_error_not_a_write_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(b'{"text": "not compressed"}\n')
    for command in ("parse", "validate"):
        result = run_cli(command, "--jsonl", path, "-q")
        assert result.returncode == 2
        assert result.stderr.decode() == (
            f"newsitem: cannot read {path}: bad gzip data: Not a gzipped file (b'{{\"')\n"
        )


def test_corrupt_deflate_data_after_good_records(tmp_path: Path) -> None:
    """zlib.error (not an OSError) from a corrupt member, after a member of good records."""
    data = b"".join(json.dumps(r).encode() + b"\n" for r in _records(5))
    path = tmp_path / "corrupt.jsonl.gz"
    path.write_bytes(gzip.compress(data) + BAD_DEFLATE)
    result = run_cli("parse", "--jsonl", path, "-q")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"newsitem: cannot read {path}: bad gzip data: "
        "Error -3 while decompressing data: invalid block type\n"
    )
    assert [r["id"] for r in _lines(result.stdout)] == list(range(5))


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    record = json.dumps({"text": make_article(1) * 3}).encode() + b"\n"
    path.write_bytes(record * 20_000)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsitem.cli", "parse", "--jsonl", str(path)]
    process = subprocess.Popen(
        [*command, "-o", str(out), "--jobs", "2", "--chunk-size", "50"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    deadline = time.monotonic() + 30
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: every process of the group
    try:
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert b"Traceback" not in stderr
    assert stderr.decode().strip().endswith("newsitem: interrupted")
    assert out.stat().st_size < len(record) * 20_000  # it did stop early


def test_parse_jsonl_lines_gives_the_command_records(jsonl: tuple[Path, list[bytes]]) -> None:
    path, lines = jsonl
    command = run_cli("parse", "--jsonl", path, "-j", "1", "-q")
    text_lines = [line.decode() for line in lines]  # str lines, as Spark's textFile gives
    assert list(parse_jsonl_lines(text_lines, chunk_size=7)) == command.stdout.decode().splitlines()


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_dead_worker_is_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes((json.dumps({"text": make_article(2) * 3}).encode() + b"\n") * 20_000)
    command = [sys.executable, "-m", "newsitem.cli", "parse", "--jsonl", str(path), "-j", "2"]
    process = subprocess.Popen(
        [*command, "-o", str(tmp_path / "out.jsonl"), "--chunk-size", "50"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        workers: list[int] = []
        deadline = time.monotonic() + 30
        while not workers and time.monotonic() < deadline:  # fork server -> workers
            workers = [w for c in _children(process.pid) for w in _children(c)]
            time.sleep(0.05)
        assert workers, "no worker process appeared"
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 3
    assert b"a worker process died" in stderr
    assert b"Traceback" not in stderr
