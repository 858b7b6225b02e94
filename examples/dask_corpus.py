"""Parse a sharded JSONL corpus on a Dask cluster, and check it against the command line.

What it shows, end to end:

1. a crawl written as JSONL shards (one of them gzip), each record with ``id``, ``url`` and the
   article ``text``, and a bad record among them;
2. a ``distributed.LocalCluster`` with two worker processes (pass ``--scheduler tcp://HOST:8786``
   to use a real cluster instead: the same code runs there);
3. :func:`newsitem.integrations.dask.parse_jsonl_files` reading the shards, parsing on the
   workers and writing one JSONL output shard per input shard;
4. a look at the result with ``dask.bag``: articles, bad records, the commonest diagnostics;
5. the same shards through ``newsitem parse --jsonl``: the records are the same, byte for byte.

Needs ``pip install 'newsitem[dask]'``. Run: ``python examples/dask_corpus.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

from newsitem.integrations.dask import parse_jsonl_files

SAMPLE = Path(__file__).with_name("kazakhstan-2022-01-06.txt")
CITIES = ["Almaty", "Astana", "Shymkent", "Aktobe", "Taraz", "Atyrau"]


def write_shards(folder: Path, shards: int = 3, per_shard: int = 50) -> list[Path]:
    """A small crawl: JSONL shards of the sample article with its city varied, one bad record."""
    sample = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for shard in range(shards):
        lines = []
        for n in range(per_shard):
            i = shard * per_shard + n
            text = sample.replace("Almaty", CITIES[i % len(CITIES)])
            lines.append(json.dumps({"id": i, "url": f"https://example.com/{i}", "text": text}))
        if shard == 1:
            lines[3] = '{"id": 53, "url": "https://example.com/53"}'  # no text: an error record
        data = ("\n".join(lines) + "\n").encode()
        path = folder / f"crawl-{shard}.jsonl" if shard else folder / "crawl-0.jsonl.gz"
        path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
        paths.append(path)
    return sorted(paths)


def command_output(shards: list[Path]) -> list[str]:
    """The records ``newsitem parse --jsonl`` writes for the shards, one shard after the other."""
    lines: list[str] = []
    for shard in shards:
        command = [sys.executable, "-m", "newsitem.cli", "parse", "--jsonl", str(shard), "-q"]
        done = subprocess.run(command, capture_output=True, check=False, timeout=300)
        lines += done.stdout.decode().splitlines()
    return lines


def main() -> None:
    """Write the shards, parse them on the cluster, look at the result, compare."""
    parser = argparse.ArgumentParser(description="Parse a JSONL corpus with Dask.")
    parser.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shards = write_shards(folder)
        print(f"input: {len(shards)} shards in {folder}")
        if args.scheduler:
            client = Client(args.scheduler)  # a real cluster: the workers must see the paths
            cluster = None
        else:
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
            client = Client(cluster)
        try:
            written = parse_jsonl_files([str(p) for p in shards], str(folder / "out" / "*.jsonl"))
            print(f"output: {', '.join(Path(p).name for p in written)}")

            records = db.read_text(written).map(json.loads)
            articles = records.filter(lambda r: "article" in r)
            print(f"records: {records.count().compute()}, articles: {articles.count().compute()}")
            bad = records.filter(lambda r: "error" in r).compute()
            for record in bad:
                print(f"bad record {record['id']}: {record['error']['message']}")
            codes = articles.map(lambda r: [d["code"] for d in r["article"]["diagnostics"]])
            common = Counter(codes.flatten().compute()).most_common(3)
            print("commonest diagnostics:", ", ".join(f"{c} ×{n}" for c, n in common))

            ours = [line for path in written for line in Path(path).read_text().splitlines()]
            same = ours == command_output(shards)
            print("same records as `newsitem parse --jsonl`:", same)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


if __name__ == "__main__":
    main()
