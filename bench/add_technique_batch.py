"""Add a scored fresh batch to the tuning data: `python -m bench.add_technique_batch FILE [--lang nl]`.

A fresh batch (`tests/data/techniques_fresh_<n>.tsv`) is first scored as it is, before any
change; afterwards its lines join the tuning part (`techniques_tune.tsv`, under the batch's
header comment) and become exemplars of their technique in `content/<lang>/techniques.yaml`
(the tuning figure is cross-validated, so each fold is scored without its own lines).
Lines already present (after normalisation) are skipped, and so are lines within rapidfuzz
ratio 90 of a held-out sentence (they would leak it into the exemplars; the held-out text
itself is not printed). The YAML is edited as text, so
comments and layout stay as they are.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from bench.eval_techniques import PARTS, ROOT, load_rows
from dialogues.normalize import normalize

LEAK_RATIO = 90  # the same bar as tests/dialogues/test_recognizer.py


def _scalar(text: str) -> str:
    """One YAML list item for `text`, quoted only when YAML needs it."""
    dumped = yaml.safe_dump([text], allow_unicode=True, width=10_000).strip()
    return dumped[2:] if dumped.startswith("- ") else dumped


def add_exemplars(yaml_text: str, additions: dict[str, list[str]]) -> str:
    """Insert exemplars at the end of each technique's `exemplars:` list."""
    lines = yaml_text.splitlines()
    out: list[str] = []
    label, in_exemplars, pending = None, False, []
    for line in lines:
        if line and not line.startswith(" ") and line.endswith(":") and not line.startswith("#"):
            label = line[:-1]
        elif line.startswith("  ") and not line.startswith("  -") and not line.startswith("   ") \
                and not line.startswith("  #"):
            if in_exemplars and pending:
                out.extend(pending)
            in_exemplars = line.strip() == "exemplars:"
            pending = [f"  - {_scalar(t)}" for t in additions.get(label, [])] if in_exemplars else []
        out.append(line)
    if in_exemplars and pending:
        out.extend(pending)
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path)
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args(argv)
    path = ROOT / "content" / args.lang / "techniques.yaml"
    known = {normalize(e) for spec in yaml.safe_load(path.read_text(encoding="utf-8")).values()
             for e in spec.get("exemplars", [])}
    header = next((line for line in args.batch.read_text(encoding="utf-8").splitlines() if line.startswith("#")),
                  f"# {args.batch.name}")
    heldout = [normalize(text) for text, _ in load_rows(PARTS["held-out"])]
    new, additions, leaks = [], {}, 0
    for text, label in load_rows(args.batch):
        if normalize(text) in known:
            continue
        if process.extractOne(normalize(text), heldout, scorer=fuzz.ratio, score_cutoff=LEAK_RATIO):
            leaks += 1
            continue
        known.add(normalize(text))
        new.append(f"{text}\t{label}")
        additions.setdefault(label, []).append(text)
    tune = PARTS["tuning"]
    tune.write_text(tune.read_text(encoding="utf-8").rstrip("\n") + "\n" + header + "\n" + "\n".join(new) + "\n",
                    encoding="utf-8")
    path.write_text(add_exemplars(path.read_text(encoding="utf-8"), additions), encoding="utf-8")
    print(f"added {len(new)} lines to {tune.name} and {path.relative_to(ROOT)}; "
          f"{leaks} left out as too close to a held-out sentence")


if __name__ == "__main__":
    main()
