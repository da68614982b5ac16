"""Fixtures for the ledger tests: a ledger in a temp dir, filled with the scenario."""
from __future__ import annotations

import pytest

from claimtrace.ledger import Ledger

from .factory import scenario


@pytest.fixture
def ledger(tmp_path):
    led = Ledger.open(tmp_path / "claimtrace.db")
    yield led
    led.close()


@pytest.fixture
def world():
    return scenario()


@pytest.fixture
def filled(ledger, world):
    ledger.add_many(world.values())
    return ledger
