"""Shared fixtures and the hypothesis profiles (``HYPOTHESIS_PROFILE=dev|ci|fuzz``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

DATA = Path(__file__).parent / "data"
SAMPLE_PATH = DATA / "valid" / "kazakhstan-2022-01-06.txt"

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "100000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The client's sample article, exactly as delivered."""
    return SAMPLE_PATH.read_text(encoding="utf-8")
