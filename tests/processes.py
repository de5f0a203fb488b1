"""Running the project in a separate process, as `make run`, CI or a deployment would."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def django_env(settings_module: str, **overrides: str | None) -> dict[str, str]:
    """This process's environment with another settings module; None removes a variable."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # browser tests set it for themselves only
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_python(args: list[str], env: dict[str, str], timeout: int = 300):
    """`python ARGS` in the project root; the CompletedProcess, whatever its exit code."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_ok(args: list[str], env: dict[str, str], timeout: int = 300) -> str:
    result = run_python(args, env, timeout)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout
