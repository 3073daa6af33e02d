"""Shared fixtures: the shipped library is loaded once per test session."""

import pytest

from dialogues.engine import Engine
from dialogues.library import load_library


@pytest.fixture(scope="session")
def library():
    return load_library()


@pytest.fixture(scope="session")
def engine(library):
    return Engine(library)
