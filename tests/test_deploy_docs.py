"""docs/deploy.md names every environment variable the settings read."""

import ast
from pathlib import Path

from tests.processes import ROOT

ENVIRONMENT_READERS = {"os.environ.get", "os.getenv", "env_bool", "env_list"}


def variables_read_by_settings() -> set[str]:
    names = set()
    for module in (ROOT / "academy" / "settings").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if (
                isinstance(node, ast.Call)
                and ast.unparse(node.func) in ENVIRONMENT_READERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(node.args[0].value)
            elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
                names.add(ast.literal_eval(node.slice))
    return names


def test_every_environment_variable_is_documented():
    read = variables_read_by_settings()
    assert {"SECRET_KEY", "DATABASE_URL", "LOG_FORMAT"} <= read  # the parser finds them
    documented = Path(ROOT / "docs" / "deploy.md").read_text()
    missing = sorted(name for name in read if f"`{name}`" not in documented)
    assert missing == [], f"add these to the table in docs/deploy.md: {missing}"
