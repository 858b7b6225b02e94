"""Regenerate ``schema/article.schema.json`` from the models: ``python schema/generate.py``.

With ``--check``, write nothing and exit with status 1 when the committed file is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsitem.export.schema import dumps, json_schema

TARGET = Path(__file__).with_name("article.schema.json")


def main(argv: list[str]) -> int:
    """Write (or with ``--check``, compare) the committed schema; return the exit status."""
    text = dumps(json_schema())
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if "--check" in argv:
        if current != text:
            print(f"{TARGET} is out of date: run python schema/generate.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
