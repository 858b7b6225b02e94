"""Print the JSON Schema (draft 2020-12) of a parsed article.

Shows :func:`newsitem.json_schema`: the schema of :class:`newsitem.Article` as it is serialised
to JSON, for consumers in other languages. Also checks that the sample's JSON validates against
it when the ``jsonschema`` package is installed (it comes with ``newsitem[test]``).

    python examples/print_schema.py > article.schema.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsitem

SAMPLE = Path(__file__).resolve().parent / "kazakhstan-2022-01-06.txt"


def main() -> None:
    """Print the schema; check the sample against it."""
    schema = newsitem.json_schema()
    print(json.dumps(schema, indent=2))
    try:
        import jsonschema
    except ImportError:
        return
    article = newsitem.parse(SAMPLE.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(article.model_dump_json()), schema)
    print(f"the sample validates against {schema['$id']}", file=sys.stderr)


if __name__ == "__main__":
    main()
