"""The public surface: ``newsitem.__all__`` is exactly this list, and every name in it exists.

Adding a public name is a decision: add it here too (as httpx's test of the same name does).
"""

from __future__ import annotations

import inspect
import pkgutil
import subprocess
import sys

import newsitem

EXPORTED = [
    "SCHEMA_ID",
    "Article",
    "Attribution",
    "Block",
    "Boilerplate",
    "Bullet",
    "Caption",
    "Credit",
    "CreditKind",
    "Dateline",
    "Diagnostic",
    "Link",
    "Paragraph",
    "ParseError",
    "ParseFailure",
    "Quote",
    "Section",
    "Span",
    "__version__",
    "json_schema",
    "parse",
    "parse_many",
    "render",
    "validate",
]


def test_all_is_pinned() -> None:
    assert sorted(newsitem.__all__) == sorted(EXPORTED)
    assert len(set(newsitem.__all__)) == len(newsitem.__all__), "a name is listed twice"


def test_every_exported_name_exists() -> None:
    missing = [name for name in newsitem.__all__ if not hasattr(newsitem, name)]
    assert missing == []


def test_public_objects_say_where_they_live() -> None:
    """Classes and functions are defined in newsitem's own modules, never re-exported deps.

    (The type aliases ``Block`` and ``CreditKind`` are typing forms: their module is typing's.)
    """
    for name in newsitem.__all__:
        member = getattr(newsitem, name)
        if inspect.isclass(member) or inspect.isfunction(member):
            assert member.__module__.startswith("newsitem"), name


def test_no_public_name_is_also_a_submodule() -> None:
    """``import newsitem.X`` sets the attribute ``newsitem.X`` to the submodule.

    With lazy public names (PEP 562 ``__getattr__``) a submodule loaded later then shadows the
    public name of the same spelling: ``from newsitem import render`` would give the module once
    any code (an exporter, say) has imported ``newsitem.render``.
    """
    submodules = {module.name for module in pkgutil.iter_modules(newsitem.__path__)}
    assert set(newsitem.__all__) & submodules == set()


def test_render_is_the_function_after_its_module_is_imported() -> None:
    """What an exporter does first (``import newsitem._render``) must not change the face."""
    code = (
        "import types, newsitem._render\n"
        "from newsitem import render\n"
        "assert not isinstance(render, types.ModuleType), render\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_parse_failure_is_public_and_is_what_parse_many_yields() -> None:
    from newsitem.batch import ParseFailure

    assert newsitem.ParseFailure is ParseFailure
    (failure,) = newsitem.parse_many([42], jobs=1)  # type: ignore[list-item]
    assert isinstance(failure, newsitem.ParseFailure)


def test_import_newsitem_loads_no_public_name() -> None:
    """``import newsitem`` stays cheap: the batch engine (and the models) load on first use."""
    code = (
        "import sys, newsitem\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('newsitem.'))\n"
        "assert loaded == ['newsitem._version'], loaded\n"
        "newsitem.ParseFailure\n"
        "assert 'newsitem.batch' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
