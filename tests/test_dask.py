"""The Dask path on a real ``distributed.LocalCluster`` gives the records the command gives."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsitem

from .test_cli import make_article, run_cli

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from newsitem.integrations.dask import (  # noqa: E402 - only once dask is known to be there
    parse_jsonl_bag,
    parse_jsonl_files,
    parse_text_bag,
    write_jsonl,
)

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two JSONL shards (one gzip) of generated articles, with bad records mixed in."""
    folder = tmp_path_factory.mktemp("shards")
    paths = []
    for shard in range(2):
        lines = []
        for i in range(shard * 40, shard * 40 + 40):
            record = {
                "id": i,
                "source": {"site": "example", "rank": i / 3},
                "text": make_article(i),
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        lines[5] = '{"id": "broken", "text": '
        lines[9] = json.dumps({"id": "no-text"})
        lines[12] = json.dumps({"id": "number", "text": 7})
        lines.insert(20, "")
        data = ("\n".join(lines) + "\n").encode()
        name = f"part-{shard}.jsonl" + (".gz" if shard else "")
        path = folder / name
        path.write_bytes(gzip.compress(data) if shard else data)
        paths.append(path)
    return paths


def _command_output(shards: list[Path]) -> list[str]:
    """What ``newsitem parse --jsonl`` writes for each shard, shard after shard."""
    lines: list[str] = []
    for shard in shards:
        result = run_cli("parse", "--jsonl", shard, "-j", "1", "-q")
        assert result.returncode == 1  # each shard has bad records
        lines += result.stdout.decode().splitlines()
    return lines


def test_parse_jsonl_files_on_local_cluster(
    client: object, shards: list[Path], tmp_path: Path
) -> None:
    written = parse_jsonl_files([str(p) for p in shards], str(tmp_path / "out" / "*.jsonl.gz"))
    assert [Path(p).name for p in written] == ["0.jsonl.gz", "1.jsonl.gz"]
    lines: list[str] = []
    for path in written:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            lines += stream.read().splitlines()
    expected = _command_output(shards)
    assert len(expected) == 80
    assert lines == expected
    errors = [json.loads(line)["error"]["type"] for line in lines if '"error":' in line]
    assert sorted(errors) == sorted(["bad_json", "missing_field", "not_a_string"] * 2)


def test_parse_jsonl_bag_compute(client: object, shards: list[Path]) -> None:
    lines = dask_bag.read_text([str(p) for p in shards])
    records = parse_jsonl_bag(lines, keep_text=True).map(json.loads).compute()
    assert len(records) == 80
    good = [r for r in records if "article" in r]
    assert len(good) == 74
    for record in good[::9]:
        assert record["article"] == newsitem.parse(record["text"]).model_dump(mode="json")


def test_parse_text_bag_matches_parse(client: object, tmp_path: Path) -> None:
    texts = [make_article(i) for i in range(30)]
    bag = dask_bag.from_sequence([*texts, 5], npartitions=3)
    out = write_jsonl(parse_text_bag(bag), str(tmp_path / "*.jsonl"))
    assert len(out) == 3
    records = [json.loads(line) for path in out for line in Path(path).read_text().splitlines()]
    assert [r["article"] for r in records[:30]] == [
        newsitem.parse(t).model_dump(mode="json") for t in texts
    ]
    assert records[30]["error"]["type"] == "not_a_string"
