"""The ``newsitem`` console script, run as a user runs it: in a subprocess."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsitem
from newsitem.export import FORMATS

from .conftest import SAMPLE_PATH

ROOT = Path(__file__).resolve().parent.parent

FINDING = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): "
    r"(?P<code>\S+) (?P<severity>error|warning|info): (?P<message>.+)$"
)

CATEGORIES = ("World", "Politics & Policy", "Economy", "Technology", "Health", "Sports")
PLACES = ("Almaty", "Denver", "Lagos", "Osaka", "Lima", "Tallinn", "Perth", "Quito", "Accra")
THINGS = ("fuel prices", "rent", "water rights", "bus fares", "school budgets", "power cuts")
LABELS = ("Why it matters", "The big picture", "Driving the news", "Between the lines", "Yes, but")
PEOPLE = ("Maria Lopez", "Ken Sato", "Ada Obi", "Liam Park", "Nora Berg")


def make_article(i: int) -> str:
    """A generated article in the house style; ``i`` varies its words and shape."""
    place, thing = PLACES[i % len(PLACES)], THINGS[i % len(THINGS)]
    person = PEOPLE[i % len(PEOPLE)]
    lines = [
        f"Jan {1 + i % 28}, 2022 - {CATEGORIES[i % len(CATEGORIES)]}",
        "",
        f"{place} protests over {thing} enter day {2 + i % 9}",
        "",
        f"Crowds gathered in {place} for the {i}th time on Tuesday over {thing}, AP reports.",
        "",
    ]
    for k in range(1 + i % 3):
        label = LABELS[(i + k) % len(LABELS)]
        lines += [
            f"{label}: Officials said {thing} rose {3 + (i + k) % 40}% this year, per Reuters.",
            "",
            f"  • {person} said the plan for {place} was {'late' if k % 2 else 'fair'}.",
            f"  • Talks resume on day {i % 7 + k}.",
            "",
        ]
    if i % 4 == 0:
        lines += [
            f"People march in {place}. Photo: {person}/AFP via Getty Images",
            "",
            f'What they\'re saying: "We want {thing} fixed," {person} told reporters.',
        ]
    return "\n".join(lines) + "\n"


def run_cli(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m newsitem.cli ARGS`` and return what it did."""
    return subprocess.run(
        [sys.executable, "-m", "newsitem.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def findings(stdout: bytes) -> list[dict[str, str]]:
    """The ``path:line:col: CODE severity: message`` lines, parsed; any other line fails."""
    out = []
    for line in stdout.decode().splitlines():
        match = FINDING.match(line)
        assert match is not None, line
        out.append(match.groupdict())
    return out


def expected_findings(path: str, text: str) -> list[dict[str, str]]:
    return [
        {
            "path": path,
            "line": str(d.line),
            "column": str(d.column),
            "code": d.code,
            "severity": d.severity,
            "message": d.message,
        }
        for d in newsitem.validate(text)
    ]


# --version, --help, schema ---------------------------------------------------------------------


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"newsitem {newsitem.__version__}"


def test_help_has_examples_and_exit_codes() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    text = result.stdout.decode()
    for command in ("parse", "validate", "schema"):
        assert command in text
    assert "examples:" in text
    assert "newsitem parse --jsonl" in text
    assert "exit codes: 0 ok, 1 errors found" in text


def test_schema_is_the_json_schema() -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == newsitem.json_schema()


def test_schema_is_the_committed_file_byte_for_byte() -> None:
    """``newsitem schema | diff - schema/article.schema.json`` is empty, whatever the locale."""
    committed = (ROOT / "schema" / "article.schema.json").read_bytes()
    assert "\u2014".encode() in committed  # non-ASCII text, written as UTF-8, not escaped
    result = run_cli("schema")
    assert result.returncode == 0
    assert result.stdout == committed
    ascii_locale = {**os.environ, "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "newsitem.cli", "schema"],
        capture_output=True,
        env=ascii_locale,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, committed)


def test_schema_other_indent_is_the_same_schema() -> None:
    result = run_cli("schema", "--indent", "0")
    assert result.returncode == 0
    assert result.stdout.startswith(b'{\n"$schema"')
    assert json.loads(result.stdout) == newsitem.json_schema()


def test_format_and_schema_help_say_what_the_command_does() -> None:
    assert _option_help("parse", "-f") == (
        "-f FORMAT, --format FORMAT json (the default), text (the house style), ninjs, jsonld, "
        "markdown or xhtml"
    )
    assert all(fmt in _option_help("parse", "-f") for fmt in FORMATS)  # none is left out
    schema_help = " ".join(run_cli("schema", "--help").stdout.decode().split())
    assert "byte for byte as committed in schema/article.schema.json" in schema_help


def test_no_command_is_a_usage_error() -> None:
    result = run_cli()
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"usage: newsitem" in result.stderr


# parse: one article ----------------------------------------------------------------------------


def test_parse_file_prints_the_article(sample_text: str) -> None:
    result = run_cli("parse", SAMPLE_PATH)
    assert result.returncode == 0
    assert json.loads(result.stdout) == newsitem.parse(sample_text).model_dump(mode="json")
    assert result.stderr == b""  # one file: no summary


def test_parse_stdin(sample_text: str) -> None:
    result = run_cli("parse", "-", stdin=sample_text.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout) == newsitem.parse(sample_text).model_dump(mode="json")


def test_parse_text_format_renders(sample_text: str) -> None:
    result = run_cli("parse", SAMPLE_PATH, "--format", "text")
    assert result.returncode == 0
    rendered = newsitem.render(newsitem.parse(sample_text))
    assert result.stdout.decode() == rendered + ("" if rendered.endswith("\n") else "\n")


def test_parse_indent(sample_text: str) -> None:
    result = run_cli("parse", SAMPLE_PATH, "--indent", "0")
    expected = newsitem.parse(sample_text).model_dump_json(indent=0)
    assert result.stdout.decode() == expected + "\n"


def test_parse_output_file_gzip(tmp_path: Path, sample_text: str) -> None:
    import gzip

    out = tmp_path / "deep" / "article.json.gz"
    result = run_cli("parse", SAMPLE_PATH, "-o", out)
    assert result.returncode == 0
    assert result.stdout == b""
    data = json.loads(gzip.decompress(out.read_bytes()))
    assert data == newsitem.parse(sample_text).model_dump(mode="json")


def test_parse_unknown_format_is_a_usage_error() -> None:
    result = run_cli("parse", SAMPLE_PATH, "--format", "yaml")
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"unknown format 'yaml'" in result.stderr


def test_export_formats_when_export_exists(sample_text: str) -> None:
    export = pytest.importorskip("newsitem.export")
    for fmt in (f for f in export.FORMATS if f not in ("json", "text")):
        result = run_cli("parse", SAMPLE_PATH, "--format", fmt)
        assert result.returncode == 0, result.stderr
        article = newsitem.parse(sample_text)
        assert result.stdout.decode().rstrip("\n") == export.serialise(article, fmt, 2).rstrip("\n")


def test_parse_missing_file(tmp_path: Path) -> None:
    result = run_cli("parse", tmp_path / "nope.txt")
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"cannot read" in result.stderr
    assert b"No such file or directory" in result.stderr


def test_parse_without_input_is_a_usage_error() -> None:
    result = run_cli("parse")
    assert result.returncode == 2
    assert b"parse needs an input" in result.stderr


def _copy_sample(tmp_path: Path, name: str = "s.txt") -> Path:
    copy = tmp_path / name
    copy.write_bytes(SAMPLE_PATH.read_bytes())
    return copy


@pytest.mark.parametrize("spelling", ["same", "dotted", "hard link"])
def test_output_over_the_input_is_refused(tmp_path: Path, spelling: str) -> None:
    source = _copy_sample(tmp_path)
    output = {
        "same": source,
        "dotted": tmp_path / "sub" / ".." / "s.txt",
        "hard link": tmp_path / "link.txt",
    }[spelling]
    (tmp_path / "sub").mkdir()
    if spelling == "hard link":
        output.hardlink_to(source)
    result = run_cli("parse", source, "-o", output)
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == (
        f"newsitem: the output {output} is also an input: writing it would destroy the input "
        "before it is read; choose another -o\n"
    )
    assert source.read_bytes() == SAMPLE_PATH.read_bytes()  # untouched


def test_output_over_one_input_of_many_is_refused(tmp_path: Path) -> None:
    first, second = _copy_sample(tmp_path, "a.txt"), _copy_sample(tmp_path, "b.txt")
    result = run_cli("parse", tmp_path, "-o", second)
    assert result.returncode == 2
    assert b"is also an input" in result.stderr
    assert first.read_bytes() == second.read_bytes() == SAMPLE_PATH.read_bytes()


def test_jsonl_output_over_the_jsonl_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "crawl.jsonl"
    data = json.dumps({"text": SAMPLE_PATH.read_text(encoding="utf-8")}).encode() + b"\n"
    source.write_bytes(data)
    result = run_cli("parse", "--jsonl", source, "-o", source)
    assert result.returncode == 2
    assert b"is also an input" in result.stderr
    assert source.read_bytes() == data


# parse: many files -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 generated articles in nested folders, plus files the walk must skip."""
    root = tmp_path_factory.mktemp("tree")
    for i in range(300):
        folder = root / f"part{i % 3}" / f"sub{i % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article{i:04d}.txt").write_text(make_article(i), encoding="utf-8")
    (root / "notes.md").write_text("not an article")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "skip.txt").write_text("hidden")
    return root


def _tree_files(root: Path) -> list[Path]:
    return sorted(
        (p for p in root.rglob("*.txt") if ".hidden" not in p.parts),
        key=lambda p: p.relative_to(root).parts,
    )


def test_parse_directory_in_order_on_two_jobs(tree: Path) -> None:
    result = run_cli("parse", tree, "--jobs", "2", "--chunk-size", "16")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    files = _tree_files(tree)
    assert [r["path"] for r in records] == [str(p) for p in files]
    for record, path in zip(records, files, strict=True):
        text = path.read_text(encoding="utf-8")
        assert record["article"] == newsitem.parse(text).model_dump(mode="json")
    summary = result.stderr.decode()
    assert "newsitem: 300 files parsed: 300 articles" in summary


def test_parse_directory_same_output_for_one_and_two_jobs(tree: Path) -> None:
    one = run_cli("parse", tree, "--jobs", "1", "-q")
    two = run_cli("parse", tree, "--jobs", "2", "--chunk-size", "7", "-q")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr == b""  # --quiet: no summary


def test_parse_directory_to_output_directory(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("parse", tree, "-o", f"{out}/", "--jobs", "2", "--chunk-size", "40")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    files = _tree_files(tree)
    written = sorted(out.rglob("*.json"))
    assert len(written) == len(files)
    for path in files[::37]:
        target = out / path.relative_to(tree).with_suffix(".json")
        expected = newsitem.parse(path.read_text(encoding="utf-8")).model_dump(mode="json")
        assert json.loads(target.read_text(encoding="utf-8")) == expected


def test_parse_glob(tree: Path) -> None:
    result = run_cli("parse", f"{tree}/part1/**/*.txt", "-q")
    assert result.returncode == 0
    paths = [json.loads(line)["path"] for line in result.stdout.decode().splitlines()]
    assert paths == sorted(str(p) for p in (tree / "part1").rglob("*.txt"))
    assert len(paths) == 100


def test_parse_glob_without_match(tmp_path: Path) -> None:
    result = run_cli("parse", f"{tmp_path}/*.txt")
    assert result.returncode == 2
    assert b"no file matches" in result.stderr


def test_unreadable_file_among_good_ones(tree: Path, tmp_path: Path) -> None:
    good = next(iter(_tree_files(tree)))
    result = run_cli("parse", good, tmp_path / "missing.txt", good.parent, "-q")
    assert result.returncode == 2
    assert b"missing.txt: No such file or directory" in result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert records[0]["path"] == str(good)
    assert len(records) == len(list(good.parent.glob("*.txt")))  # the duplicate is read once


def test_summary_json(tree: Path, tmp_path: Path) -> None:
    summary_file = tmp_path / "summary.json"
    result = run_cli(
        "parse", tree / "part0", "--summary", "json", "--summary-file", summary_file, "-j", "1"
    )
    assert result.returncode == 0
    data = json.loads(summary_file.read_text())
    texts = [p.read_text(encoding="utf-8") for p in _tree_files(tree / "part0")]
    diagnostics = [d for t in texts for d in newsitem.validate(t)]
    assert data["inputs"] == data["articles"] == len(texts) == 100
    assert data["failed"] == 0
    warnings = {d.code for d in diagnostics if d.severity == "warning"}
    assert set(data["warnings"]) == warnings
    assert sum(data["infos"].values()) == sum(d.severity == "info" for d in diagnostics)
    assert data["jobs"] == 1
    assert data["per_second"] > 0


# validate --------------------------------------------------------------------------------------

BROKEN = "Jan 45, 2022 - World\n\nHeadline\n\n  • A list with no lead-in.\n"
NO_DATELINE = "A headline with no dateline\n\nThe city said Tuesday it would vote, per AP.\n"


def test_validate_clean_file(sample_text: str) -> None:
    result = run_cli("validate", SAMPLE_PATH)
    assert result.returncode == 0
    assert findings(result.stdout) == expected_findings(str(SAMPLE_PATH), sample_text)
    assert all(f["severity"] == "info" for f in findings(result.stdout))
    assert result.stderr.decode().startswith("newsitem: 1 file checked: 0 errors, 0 warnings")


def test_validate_errors_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_text(BROKEN, encoding="utf-8")
    result = run_cli("validate", path)
    assert result.returncode == 1
    found = findings(result.stdout)
    assert found == expected_findings(str(path), BROKEN)
    assert any(f["severity"] == "error" for f in found)


def test_validate_stdin() -> None:
    result = run_cli("validate", "-", stdin=BROKEN.encode())
    assert result.returncode == 1
    assert findings(result.stdout) == expected_findings("<stdin>", BROKEN)


def test_validate_strict_counts_warnings(tmp_path: Path) -> None:
    path = tmp_path / "warn.txt"
    path.write_text(NO_DATELINE, encoding="utf-8")
    severities = {d.severity for d in newsitem.validate(NO_DATELINE)}
    assert "warning" in severities
    assert "error" not in severities
    assert run_cli("validate", path).returncode == 0
    assert run_cli("validate", "--strict", path).returncode == 1


def test_validate_select_and_ignore(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_text(BROKEN, encoding="utf-8")
    codes = [d.code for d in newsitem.validate(BROKEN)]
    errors = {d.code for d in newsitem.validate(BROKEN) if d.severity == "error"}
    assert len(set(codes)) > 1
    first = codes[0]
    only = run_cli("validate", path, "--select", first[:3])
    assert {f["code"] for f in findings(only.stdout)} == {
        c for c in codes if c.startswith(first[:3])
    }
    ignored = run_cli("validate", path, "--ignore", ",".join(errors))
    assert not {f["code"] for f in findings(ignored.stdout)} & errors
    assert ignored.returncode == 0  # what is ignored does not count
    lower = run_cli("validate", path, "--select", first.lower())
    assert {f["code"] for f in findings(lower.stdout)} == {first}


def test_validate_json_output(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_text(BROKEN, encoding="utf-8")
    result = run_cli("validate", path, "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    expected = [
        {k: (int(v) if k in ("line", "column") else v) for k, v in f.items()}
        for f in expected_findings(str(path), BROKEN)
    ]
    assert data == expected
    empty = run_cli("validate", path, "--format", "json", "--select", "NI106")
    assert json.loads(empty.stdout) == []


def test_validate_many_files_summary(tree: Path) -> None:
    result = run_cli("validate", tree / "part2", "--jobs", "2", "--chunk-size", "10")
    files = _tree_files(tree / "part2")
    expected = [f for p in files for f in expected_findings(str(p), p.read_text(encoding="utf-8"))]
    assert findings(result.stdout) == expected
    has_errors = any(f["severity"] == "error" for f in expected)
    assert result.returncode == (1 if has_errors else 0)
    summary = result.stderr.decode().splitlines()
    assert summary[0] == "newsitem: 100 files checked: 100 articles"


def test_validate_missing_file_exit_2(tmp_path: Path) -> None:
    result = run_cli("validate", SAMPLE_PATH, tmp_path / "gone.txt")
    assert result.returncode == 2
    assert b"gone.txt: No such file or directory" in result.stderr


# validate --json: an article in JSON against the model -------------------------------------------


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_validate_json_article(tmp_path: Path, sample_text: str) -> None:
    good = tmp_path / "good.json"
    good.write_text(newsitem.parse(sample_text).model_dump_json(indent=2), encoding="utf-8")
    result = run_cli("validate", "--json", good)
    assert result.returncode == 0
    assert result.stdout == b""

    data = newsitem.parse(sample_text).model_dump(mode="json")
    data["sections"][0]["blocks"][0]["credit"]["kind"] = "sculpture"
    data["dateline"]["date"] = "2022-13-45"
    data["related"][0]["bogus"] = True
    del data["sections"][1]["kind"]
    bad = tmp_path / "bad.json"
    text = json.dumps(data, indent=2)
    bad.write_text(text, encoding="utf-8")
    result = run_cli("validate", "--json", bad)
    assert result.returncode == 1
    found = {f["message"].split(":")[0]: f for f in findings(result.stdout)}
    assert set(found) == {
        "$.dateline.date",
        "$.sections[0].blocks[0].credit.kind",
        "$.sections[1].kind",
        "$.related[0].bogus",
    }
    assert found["$.dateline.date"]["line"] == str(_line_of(text, '"2022-13-45"'))
    assert found["$.related[0].bogus"]["line"] == str(_line_of(text, '"bogus"'))
    assert found["$.related[0].bogus"]["code"] == "extra_forbidden"
    assert found["$.sections[1].kind"]["code"] == "missing"
    assert found["$.sections[0].blocks[0].credit.kind"]["line"] == str(
        _line_of(text, '"sculpture"')
    )


def test_validate_json_syntax_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"headline": "x",\n  "sections": [1,,]}', encoding="utf-8")
    result = run_cli("validate", "--json", bad)
    assert result.returncode == 1
    (finding,) = findings(result.stdout)
    assert (finding["line"], finding["column"], finding["code"]) == ("2", "18", "json_invalid")


# Bad options, bad records and unwritable outputs: a clear message, never a traceback -----------


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "--select", "XX9"),
        ("validate", "--ignore", "NI3O2"),  # a letter O: a typo must not switch a gate off
        ("parse", "--indent", "-3"),
        ("parse", "--max-chars", "0"),
        ("parse", "--jobs", "-1"),
        ("parse", "--chunk-size", "0"),
        ("schema", "--indent", "x"),
    ],
)
def test_bad_option_values_are_usage_errors(args: tuple[str, ...]) -> None:
    result = run_cli(*args, SAMPLE_PATH)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"error: argument" in result.stderr


@pytest.mark.parametrize(
    ("args", "unknown"),
    [
        (("parse", "--json", SAMPLE_PATH), "--json"),  # validate's: once taken for --jsonl
        (("parse", "--jso", SAMPLE_PATH), "--jso"),
        (("parse", SAMPLE_PATH, "--out", "x.json"), "--out"),
        (("validate", SAMPLE_PATH, "--sel", "NI2"), "--sel"),
        (("validate", "--js", SAMPLE_PATH), "--js"),
        (("--vers", "schema"), "--vers"),
    ],
)
def test_abbreviated_options_are_refused(
    tmp_path: Path, args: tuple[str | Path, ...], unknown: str
) -> None:
    result = run_cli(*args, cwd=tmp_path)  # were "--out" taken, x.json would land there
    assert result.returncode == 2
    assert result.stdout == b""
    assert f"error: unrecognized arguments: {unknown}".encode() in result.stderr


def test_short_options_still_cluster(sample_text: str) -> None:
    result = run_cli("parse", "-qj1", SAMPLE_PATH)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == newsitem.parse(sample_text).model_dump(mode="json")


def _option_help(command: str, option: str) -> str:
    """The help of one option of ``newsitem COMMAND --help``, its lines joined."""
    text = run_cli(command, "--help").stdout.decode()
    start = text.index(f"  {option} ")
    end = text.index("\n  -", start + 1)
    return " ".join(text[start:end].split())


def test_glob_help_names_the_default_patterns() -> None:
    assert _option_help("parse", "--glob") == (
        "--glob PATTERN file names to take from directories (default: *.txt and *.txt.gz; "
        "*.jsonl and *.jsonl.gz with --jsonl); repeatable"
    )
    assert _option_help("validate", "--glob") == (
        "--glob PATTERN file names to take from directories (default: *.txt and *.txt.gz; "
        "*.json and *.json.gz with --json; *.jsonl and *.jsonl.gz with --jsonl); repeatable"
    )


def test_known_codes_and_prefixes_are_accepted() -> None:
    result = run_cli("validate", SAMPLE_PATH, "--select", "ni2,NI403,missing", "--ignore", "bad")
    assert result.returncode == 0, result.stderr


def test_deep_or_odd_jsonl_records_are_bad_records(tmp_path: Path) -> None:
    deep = '{"id": 2, "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    lines = ['{"id": 1, "text": "Jan 6, 2022 - World\\n\\nA headline"}', deep, '"a string"']
    source = tmp_path / "odd.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("parse", "--jsonl", source, "-q")
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert records[0]["article"]["headline"] == "A headline"
    assert records[1]["error"] == {
        "type": "bad_json",
        "message": "not a JSON record: nested too deeply to read",
        "line": 2,
    }
    assert records[2]["error"]["message"] == "the record is a string, not an object"


def test_validate_summary_counts_bad_records_as_failures(tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "Jan 6, 2022 - World\n\nA headline\n\nWhy it matters: Text."})
    source.write_text("\n".join([good, "{", "[]", good]) + "\n", encoding="utf-8")
    result = run_cli("validate", "--jsonl", source, "--summary", "json", "-q")
    summary = json.loads(result.stderr.decode().splitlines()[-1])
    assert (summary["articles"], summary["failed"], summary["articles_with_errors"]) == (2, 2, 0)


def test_deeply_nested_json_article(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = run_cli("validate", "--json", source)
    assert result.returncode == 1
    assert findings(result.stdout)[0]["code"] == "json_invalid"


def test_directory_without_articles_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    result = run_cli("parse", tmp_path)
    assert result.returncode == 2
    assert f"no *.txt or *.txt.gz file in {tmp_path}".encode() in result.stderr


def test_gzip_files_in_a_directory_and_on_stdin(tmp_path: Path, sample_text: str) -> None:
    packed = gzip.compress(sample_text.encode("utf-8"))
    (tmp_path / "a.txt.gz").write_bytes(packed)
    from_dir = run_cli("validate", tmp_path, "-q")
    from_stdin = run_cli("validate", "-", "-q", stdin=packed)
    expected = expected_findings("<stdin>", sample_text)
    assert findings(from_stdin.stdout) == expected
    assert [f["code"] for f in findings(from_dir.stdout)] == [f["code"] for f in expected]


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        ("truncated", "the gzip stream ends early (truncated)"),
        ("corrupt", "bad gzip data: Error -3 while decompressing data: invalid block type"),
    ],
)
def test_damaged_gzip_article_is_unreadable(tmp_path: Path, damage: str, problem: str) -> None:
    packed = gzip.compress(SAMPLE_PATH.read_bytes())
    path = tmp_path / f"{damage}.txt.gz"
    if damage == "truncated":
        path.write_bytes(packed[: len(packed) // 2])
    else:  # a deflate block of the reserved type 3
        path.write_bytes(packed[:10] + b"\x07\x00\x00\x00")
    for command in ("parse", "validate"):
        result = run_cli(command, path, "-q")
        assert result.returncode == 2
        assert result.stderr.decode() == f"newsitem: cannot read {path}: {problem}\n"


@pytest.mark.parametrize(
    "args",
    [
        ("parse", SAMPLE_PATH, "-o", "{file}/out.json"),
        ("parse", SAMPLE_PATH, "-o", "{file}/deeper/out.json"),
        ("parse", SAMPLE_PATH, SAMPLE_PATH.parent, "-o", "{file}/"),  # -o DIR/
        ("parse", "--jsonl", "{file}", "-o", "{file}/out.jsonl"),
        ("parse", SAMPLE_PATH, "--summary", "json", "--summary-file", "{file}/summary.json"),
        ("validate", SAMPLE_PATH, "--summary-file", "{file}/summary.json"),
    ],
)
def test_output_under_a_file_is_a_clear_error(tmp_path: Path, args: tuple[str | Path, ...]) -> None:
    blocker = tmp_path / "a1.txt"
    blocker.write_text("", encoding="utf-8")
    argv = [str(arg).format(file=blocker) for arg in args]
    wanted = next(arg for arg in argv if arg.startswith(str(blocker) + "/"))
    result = run_cli(*argv)
    assert result.returncode == 2
    assert result.stdout == b""  # refused before anything was written
    assert result.stderr.decode() == (
        f"newsitem: cannot write {wanted}: {blocker} is not a directory\n"
    )
    assert blocker.read_bytes() == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_unwritable_output_is_a_clear_error() -> None:
    result = run_cli("parse", SAMPLE_PATH, "-o", "/dev/full")  # every write: no space left
    assert result.returncode == 2
    assert result.stderr.decode() == "newsitem: cannot write: No space left on device\n"


def test_stdin_named_twice_is_read_once(sample_text: str) -> None:
    result = run_cli("parse", "-", "-", "-q", stdin=sample_text.encode())
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert record == {
        "path": "<stdin>",
        "article": newsitem.parse(sample_text).model_dump(mode="json"),
    }
    checked = run_cli("validate", "-", "-", "-q", stdin=sample_text.encode())
    assert findings(checked.stdout) == expected_findings("<stdin>", sample_text)


def test_python_dash_m_newsitem_is_the_command(tmp_path: Path) -> None:
    """``python -m newsitem`` runs the same command as the ``newsitem`` script."""
    article = tmp_path / "a.txt"
    article.write_text("Jan 6, 2022 - World\n\nA headline\n\nThe lede.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newsitem", "parse", str(article)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["headline"] == "A headline"
