"""Store configuration from the environment, and the pseudonym key it depends on."""

from __future__ import annotations

import stat

import pytest

from bot import config
from bot.identity import Identity


def test_the_database_defaults_to_a_sqlite_file_under_data(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("OEFENGESPREK_DATA_DIR", raising=False)
    assert config.database_url() == "sqlite:///data/oefengesprek.db"
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@db:5432/oefengesprek")
    assert config.database_url() == "postgresql://postgres@db:5432/oefengesprek"


def test_an_unsupported_database_url_is_refused_without_echoing_credentials(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "mysql://root:hunter2@db/x")
    with pytest.raises(config.ConfigError) as caught:
        config.database_url()
    assert "hunter2" not in str(caught.value) and "postgresql://" in str(caught.value)


@pytest.mark.parametrize("raw,days", [("", 90), ("30", 30)])
def test_retention_days_default_to_ninety(monkeypatch, raw, days):
    monkeypatch.setenv("RETENTION_DAYS", raw)
    assert config.retention_days() == days


@pytest.mark.parametrize("raw,seconds", [("", 6 * 3600.0), ("0.5", 1800.0), ("0", None)])
def test_the_bot_purges_every_six_hours_unless_told_otherwise_or_never(monkeypatch, raw, seconds):
    monkeypatch.setenv("RETENTION_INTERVAL_HOURS", raw)
    assert config.retention_interval() == seconds


@pytest.mark.parametrize("raw", ["-1", "daily", "nan"])
def test_a_retention_interval_must_be_a_number_of_hours(monkeypatch, raw):
    monkeypatch.setenv("RETENTION_INTERVAL_HOURS", raw)
    with pytest.raises(config.ConfigError, match="RETENTION_INTERVAL_HOURS"):
        config.retention_interval()


@pytest.mark.parametrize("raw", ["0", "-3", "ninety"])
def test_retention_days_must_be_a_positive_whole_number(monkeypatch, raw):
    monkeypatch.setenv("RETENTION_DAYS", raw)
    with pytest.raises(config.ConfigError, match="RETENTION_DAYS"):
        config.retention_days()


def test_without_a_secret_a_key_file_is_generated_once_and_kept_private(monkeypatch, tmp_path):
    monkeypatch.delenv("OEFENGESPREK_SECRET", raising=False)
    monkeypatch.setenv("OEFENGESPREK_DATA_DIR", str(tmp_path))
    first = config.secret_key()
    assert config.secret_key() == first and len(first) == 64
    assert stat.S_IMODE((tmp_path / "pseudonym.key").stat().st_mode) == 0o600


def test_the_secret_from_the_environment_wins_and_must_not_be_trivial(monkeypatch):
    monkeypatch.setenv("OEFENGESPREK_SECRET", "a-long-enough-secret-value")
    assert config.secret_key() == b"a-long-enough-secret-value"
    monkeypatch.setenv("OEFENGESPREK_SECRET", "short")
    with pytest.raises(config.ConfigError, match="too short"):
        config.secret_key()


def test_the_first_admins_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("OEFENGESPREK_ADMIN", "111, 222")
    assert config.first_admins() == ("111", "222")
    identity = Identity(b"secret-secret-secret", config.first_admins())
    assert identity.is_first_admin(identity.user_id("telegram", "222"))
    assert not identity.is_first_admin(identity.user_id("terminal", "222"))
