"""The Dockerfile, built and run where a container engine answers (no engine, no test:
CI machines have none, so this one skips there too and says why)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
ENGINE = next((e for e in ("docker", "podman") if shutil.which(e)), None)


def _engine_runs() -> bool:
    if ENGINE is None:
        return False
    return subprocess.run([ENGINE, "info"], capture_output=True, timeout=30).returncode == 0


if not _engine_runs():
    pytest.skip("no container engine is running (docker or podman)", allow_module_level=True)


def test_image_builds_serves_bengali_and_runs_as_a_user() -> None:
    tag = "banan-test:latest"
    subprocess.run([ENGINE, "build", "-t", tag, str(ROOT)], check=True, timeout=1800)
    uid = subprocess.run([ENGINE, "run", "--rm", tag, "id", "-u"], check=True, capture_output=True, text=True)
    assert uid.stdout.strip() != "0"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    name = f"banan-test-{port}"
    subprocess.run([ENGINE, "run", "-d", "--rm", "--name", name, "-p", f"127.0.0.1:{port}:8081", tag], check=True)
    try:
        body = urllib.parse.urlencode({"language": "bn-BD", "text": "সে বাড়ি যায় ।"}).encode()
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v2/check", body, timeout=5) as r:
                    answer = r.read().decode()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
        assert "BN_SPACE001" in answer
    finally:
        subprocess.run([ENGINE, "rm", "-f", name], capture_output=True)
