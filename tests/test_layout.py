"""The code stays in pieces a newcomer can read: small modules, short functions, small classes."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tutor"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 150


def _too_long(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(package.parent)
        if source.count("\n") > MAX_MODULE_LINES:
            found.append(f"{name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            limit = {ast.FunctionDef: MAX_FUNCTION_LINES, ast.AsyncFunctionDef: MAX_FUNCTION_LINES}.get(type(node))
            limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else limit
            if limit and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > limit:
                    found.append(f"{name}:{node.lineno} {node.name}: {length} lines (limit {limit})")
    return found


def test_modules_functions_and_classes_stay_small() -> None:
    assert _too_long(PACKAGE) == []


def test_the_check_sees_a_long_function(tmp_path: Path) -> None:
    (tmp_path / "tutor").mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES + 1))
    (tmp_path / "tutor" / "long.py").write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert [f.split(": ", 1)[0] for f in _too_long(tmp_path / "tutor")] == ["tutor/long.py:1 long"]
