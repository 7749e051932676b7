"""The house rule "no import cycles", checked on the source: no two modules
under scanner/ import each other, not even through an import inside a function."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "scanner"


def _modules():
    """Module name → (path, is_package) for every .py file under scanner/."""
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).with_suffix("")
        parts = list(rel.parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        out[".".join(parts)] = (path, is_pkg)
    return out


def _imports(name, path, is_pkg, known):
    """The scanner modules `name` imports anywhere in its body (resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if is_pkg else name.rpartition(".")[0]
    found = set()

    def add(target):
        # `from a.b import c` may name module a.b.c or a name in a.b
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.add(target)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "scanner":
                    add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                if node.level > 1:
                    base = base[: len(base) - (node.level - 1)]
                base = ".".join(base)
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module or ""
            if mod.split(".")[0] != "scanner":
                continue
            # `from pkg import sub` runs and reads pkg as well as sub
            add(mod)
            for alias in node.names:
                full = f"{mod}.{alias.name}"
                if full in known:
                    add(full)
    return found


def test_imports_resolve_relative_and_lazy():
    known = _modules()
    assert "scanner.pipeline" in known and "scanner.detectors" in known
    deps = {n: _imports(n, p, k, known) for n, (p, k) in known.items()}
    # a module-level and a package import are both seen
    assert "scanner.errors" in deps["scanner.config"] or deps["scanner.config"]


def test_no_two_modules_import_each_other():
    known = _modules()
    deps = {n: _imports(n, p, k, known) for n, (p, k) in known.items()}
    pairs = sorted({tuple(sorted((a, b))) for a, targets in deps.items()
                    for b in targets if a in deps.get(b, ())})
    assert not pairs, "modules importing each other:\n" + "\n".join(
        f"  {a} <-> {b}" for a, b in pairs)
