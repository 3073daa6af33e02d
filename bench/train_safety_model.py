"""Train the safety check's model and write `dialogues/safety_model_data.py`.

    python -m bench.train_safety_model             # train on every training file, write the module
    python -m bench.train_safety_model --by-file   # each training batch left out in turn: how the
                                                   # check does on phrasings it never saw

Training files: `tests/data/safety_tune.tsv` and `tests/data/safety_train_*.tsv`; and, as
messages that must not fire, the trainee lines of the technique sets
(`tests/data/techniques_tune.tsv`, `techniques_fresh_*.tsv`), the simulated clients' lines of
the ordinary-crisis scenarios and the rondleiding's signal phrases (what a user playing the
client types), and generated chat noise (emoji, other scripts, "ok"), so that a message
without evidence reads as nothing. Never trained on: `tests/data/safety_heldout.tsv` and
`tests/data/techniques_heldout.tsv`. Needs scikit-learn (the `train` extra); the bot does
not: it only reads the exported weights. Training is deterministic, and the module records a
digest of the files it was trained on, which a test compares with the files in the tree.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections import defaultdict
from pathlib import Path

import yaml

from bench.eval_safety import DATA, DISTRESS_GROUPS, OTHER_GROUPS, TARGETS, Row, load_rows
from dialogues import safety, safety_model
from dialogues import safety_lexicon as lex
from dialogues.safety_text import sentences

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "dialogues" / "safety_model_data.py"
GROUP_CLASS = {"explicit": lex.SUICIDAL, "passive": lex.SUICIDAL, "plan": lex.PLAN, "self_harm": lex.SELF_HARM,
               "overdose": lex.OVERDOSE, "danger": lex.DANGER}
REGULARISATION = 10.0  # scikit-learn's C; chosen with --by-file
THRESHOLD = 0.6  # probability of distress (all classes but "none") at which the model fires; chosen with --by-file
PRUNE = 0.2  # weights smaller than this are left out of the export (4 of 9657 training decisions change)


def training_files() -> list[Path]:
    """The labelled safety sets: first the tuning set, then the batches (left out in turn by --by-file)."""
    return [DATA / "safety_tune.tsv", *sorted(DATA.glob("safety_train_*.tsv"))]


def trainee_files() -> list[Path]:
    """What trainees type as workers (the technique sets but their held-out part): never distress."""
    return [DATA / "techniques_tune.tsv", *sorted(DATA.glob("techniques_fresh_*.tsv"))]


# Scenarios whose client speaks of suicide, self-harm or danger: their lines are not negatives.
DISTRESS_SCENARIOS = ("suicidaliteit", "zelfbeschadiging", "veiligheid_kind")


def client_files() -> list[Path]:
    return [path for path in sorted(ROOT.glob("content/*/scenarios/*.yaml"))
            if path.stem not in DISTRESS_SCENARIOS and not path.stem.startswith("_")]


def signal_files() -> list[Path]:
    return sorted(ROOT.glob("content/*/signals.yaml"))


def calm_rows() -> list[Row]:
    """Messages that are never distress: trainee lines, ordinary clients' lines, chat noise.

    The rondleiding's signal phrases are a client's answers too ("ik wil het zelf weer in de
    hand krijgen"); the few the rules read as distress ("ik zie het niet meer zitten") are left out.
    """
    rows = []
    for path in trainee_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append(Row(line.split("\t")[0], False, "worker_question"))
    for path in client_files():
        scenario = yaml.safe_load(path.read_text(encoding="utf-8"))
        for text in _strings([scenario.get("first_words", []), scenario.get("lines", {})]):
            rows.append(Row(text, False, "ordinary"))
    for path in signal_files():
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if safety.by_rules(text, sentences(text)) is None:
                rows.append(Row(text, False, "ordinary"))
    return rows + noise_rows()


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    values = node.values() if isinstance(node, dict) else node
    return [text for value in values for text in _strings(value)]


SHORT_REPLIES = ("ok", "oke", "ja", "nee", "jep", "nope", "yes", "no", "hallo", "hoi", "hey", "dag", "doei",
                 "bedankt", "dank je", "thanks", "sorry", "wat?", "hè?", "huh", "idk", "weet ik niet", "misschien",
                 "top", "prima", "goed", "oké dan", "lol", "haha", "xd", "?", "...", "!!", "/start", "/help")
HARMLESS_EMOJI = "😀😃😄😁😆😅🙂😉😊😇🥰😍😘😋😛🤔🤗🤨😐😑😶🙄😏😴😌🤓😎🥳👍👎👌🙏👏🙌💪❤️🧡💛💚💙💜🎉✨🌞🌈☕🍕🐶🐱⚽📚💼🏠🚲"


def noise_rows(count: int = 400, seed: int = 5) -> list[Row]:
    """Short replies, harmless emoji and random characters of other scripts: no evidence of anything."""
    rng = random.Random(seed)
    alphabets = [range(0x21, 0x7F), range(0xC0, 0x250), range(0x400, 0x4FF), range(0x600, 0x6FF),
                 range(0x4E00, 0x9FFF), range(0x20000, 0x2A6DF)]
    rows = [Row(text, False, "ordinary") for text in SHORT_REPLIES]
    for _ in range(count):
        kind = rng.randrange(3)
        if kind == 0:
            text = "".join(rng.choice(HARMLESS_EMOJI) for _ in range(rng.randint(1, 5)))
        elif kind == 1:
            alphabet = rng.choice(alphabets)
            text = "".join(chr(rng.choice(alphabet)) for _ in range(rng.randint(1, 30)))
        else:
            text = f"{rng.choice(SHORT_REPLIES)} {rng.choice(HARMLESS_EMOJI)}"
        rows.append(Row(text, False, "ordinary"))
    return rows


def digest(paths: list[Path]) -> str:
    """What the model was trained on, as one hash over the files' names and bytes."""
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def label(row: Row) -> str:
    return GROUP_CLASS[row.group] if row.distress else safety_model.NONE


def fit(rows: list[Row]):
    """A multinomial logistic regression on the rows' n-grams (scikit-learn objects)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([safety_model.features(safety.reading(sentences(r.text))) for r in rows])
    labels = [label(r) for r in rows]
    classifier = LogisticRegression(C=REGULARISATION, max_iter=5000)
    classifier.fit(matrix, labels, sample_weight=_balanced(labels))
    return vectorizer, classifier


def _balanced(labels: list[str]) -> list[float]:
    """Weights giving "none" as much say as all distress classes together (not one sixth)."""
    calm = sum(1 for label in labels if label == safety_model.NONE)
    distress = len(labels) - calm
    return [distress / calm if label == safety_model.NONE else 1.0 for label in labels]


def export(vectorizer, classifier, threshold: float = THRESHOLD, prune: float = PRUNE) -> safety_model.Model:
    """The fitted model as the engine's own `Model`: weights in hundredths, small ones dropped."""
    weights = {}
    for feature, column in zip(vectorizer.feature_names_, classifier.coef_.T, strict=True):
        row = tuple(round(float(w) * safety_model.SCALE) if abs(w) >= prune else 0 for w in column)
        if any(row):
            weights[feature] = row
    classes = tuple(str(c) for c in classifier.classes_)
    intercepts = tuple(round(float(b), 4) for b in classifier.intercept_)
    return safety_model.Model(classes, intercepts, weights, threshold)


def write_module(model: safety_model.Model, trained_on: list[Path]) -> None:
    ngrams, weights = safety_model.pack(model.weights)
    OUTPUT.write_text(
        '"""The safety model\'s weights (generated by bench/train_safety_model.py; do not edit)."""\n\n'
        "# ruff: noqa: E501\n"
        f"TRAINED_ON = {[str(p.relative_to(ROOT)) for p in trained_on]!r}\n"
        f"DIGEST = {digest(trained_on)!r}\n"
        f"CLASSES = {model.classes!r}\n"
        f"INTERCEPTS = {model.intercepts!r}\n"
        f"THRESHOLD = {model.threshold!r}\n"
        f"NGRAMS = {ngrams!r}\n"
        f"WEIGHTS = {weights!r}\n",
        encoding="utf-8",
    )


def by_file(paths: list[Path], thresholds: tuple[float, ...]) -> None:
    """Leave each batch file out in turn, train on the rest, and score the left-out batch.

    The first file (the tuning set the rules were written on) always stays in training. The
    figures for "rules + model" are what `safety.check` would do on the unseen batch: one line
    per batch at the shipped threshold, then all batches together at each threshold.
    """
    files = {p: load_rows(p) for p in paths}
    calm = calm_rows()
    hits = {t: defaultdict(int) for t in thresholds}
    rule_hits, totals = defaultdict(int), defaultdict(int)
    for left_out in paths[1:]:
        train = calm + [r for p, rows in files.items() if p != left_out for r in rows]
        fitted = fit(train)
        models = {threshold: export(*fitted, threshold) for threshold in thresholds}
        batch_hits, batch_totals = defaultdict(int), defaultdict(int)
        for row in files[left_out]:
            read = sentences(row.text)
            rules_fired = safety.by_rules(row.text, read) is not None
            totals[row.group] += 1
            rule_hits[row.group] += rules_fired
            batch_totals[row.group] += 1
            for threshold, model in models.items():
                fired = rules_fired or model.distress(safety.reading(read)) is not None
                hits[threshold][row.group] += fired
                if threshold == thresholds[0]:
                    batch_hits[row.group] += fired
        _print_rates(left_out.name, batch_hits, batch_totals)
    print(f"all {len(paths) - 1} batches, each left out in turn:")
    _print_rates("rules only", rule_hits, totals)
    for threshold in thresholds:
        _print_rates(f"rules + model at {threshold}", hits[threshold], totals)


def _print_rates(name: str, hits: dict[str, int], totals: dict[str, int]) -> None:
    def rate(*groups: str) -> float:
        return sum(hits[g] for g in groups) / max(1, sum(totals[g] for g in groups))

    groups = " ".join(f"{g} {rate(g):.3f}" for g in DISTRESS_GROUPS)
    others = " ".join(f"{g} {rate(g):.3f}" for g in OTHER_GROUPS)
    print(f"  {name:<22} recall {rate(*DISTRESS_GROUPS):.3f} (target >= {TARGETS['recall']}) [{groups}]"
          f" | false positives [{others}] (target <= {TARGETS['fp_group']})", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by-file", action="store_true", help="leave each training batch out in turn")
    parser.add_argument("--threshold", type=float, action="append",
                        help="with --by-file (repeatable; the first one is used for the per-batch lines)")
    args = parser.parse_args(argv)
    paths = training_files()
    if args.by_file:
        by_file(paths, tuple(args.threshold or (THRESHOLD, round(THRESHOLD - 0.1, 2), round(THRESHOLD + 0.1, 2))))
        return
    rows = [r for p in paths for r in load_rows(p)] + calm_rows()
    trained_on = paths + trainee_files() + client_files() + signal_files()
    model = export(*fit(rows))
    write_module(model, trained_on)
    print(f"trained on {len(rows)} messages from {len(trained_on)} files and noise: {len(model.weights)} weights "
          f"-> {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
