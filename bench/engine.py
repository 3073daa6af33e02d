"""Engine figures: cold start, time per turn, recognitions per second, memory per session."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from dialogues.engine import Engine
from dialogues.library import load_library

ROOT = Path(__file__).resolve().parent.parent

# A realistic mix of what trainees type in a rehearsal: techniques, anti-patterns, chatter.
TRAINEE_LINES = (
    "Goedemorgen, wat brengt u hier vandaag?",
    "tjonge dat moet zwaar voor je zijn",
    "Hoe houdt u het vol?",
    "Als ik het goed begrijp maakt u zich vooral zorgen om de huur",
    "waarom heb je die rekeningen niet betaald",
    "Je moet gewoon even de woningcorporatie bellen.",
    "Wat zou je willen dat er anders is?",
    "Wanneer ging het de laatste keer wat beter?",
    "Op een schaal van 0 tot 10, waar sta je nu?",
    "Heb je weleens gedachten om jezelf iets aan te doen?",
    "knap dat je hier toch bent gekomen",
    "Het komt allemaal wel goed hoor",
    "wat is een eerste kleine stap",
    "ok",
    "Hoe denk je dat dat afloopt als je niet betaalt?",
    "Je moet wel een goede reden hebben om de brieven niet open te maken.",
)


def cold_start_s(runs: int = 5) -> float:
    """Fresh interpreter: import, load and validate everything, build the machines."""
    code = ("import time; t=time.perf_counter(); from dialogues.library import load_library; "
            "load_library(); print(time.perf_counter()-t)")
    samples = [float(subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True))
               for _ in range(runs)]
    return statistics.median(samples)


def _rehearsal(engine: Engine):
    scenarios = getattr(engine.library, "scenarios", None)
    if scenarios and "oefenen" in engine.modes:
        first = next(iter(scenarios))
        return lambda: engine.start("oefenen", scenario=first)
    return lambda: engine.start("rondleiding")


RUN_LENGTH = 30  # turns in one rehearsal before the bench starts a new one


def engine_turn_ms(engine: Engine, turns: int = 5000) -> tuple[float, float]:
    start = _rehearsal(engine)
    session = start().session
    samples = []
    for i in range(turns):
        line = TRAINEE_LINES[i % len(TRAINEE_LINES)]
        t = time.perf_counter()
        reply = engine.handle(session, line)
        samples.append((time.perf_counter() - t) * 1000)
        done = reply.session.done or reply.session.turn >= RUN_LENGTH
        session = start().session if done else reply.session
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99)]


def classify_per_s(engine: Engine, seconds: float = 2.0) -> float:
    recognizer = engine.library.techniques["nl"]
    count, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for line in TRAINEE_LINES:
            recognizer.classify(line)
        count += len(TRAINEE_LINES)
    return count / (time.perf_counter() - t0)


def session_kib(engine: Engine, sessions: int = 10_000) -> float:
    """Memory per live session mid-run, from `sessions` held at once."""
    start = _rehearsal(engine)
    template = start().session
    for line in TRAINEE_LINES[:6]:
        template = engine.handle(template, line).session
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    held = [template.copy() for _ in range(sessions)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del held
    return (after - before) / sessions / 1024


def run() -> dict[str, float]:
    engine = Engine(load_library())
    p50, p99 = engine_turn_ms(engine)
    return {
        "cold_start_s": round(cold_start_s(), 4),
        "engine_turn_p50_ms": round(p50, 4),
        "engine_turn_p99_ms": round(p99, 4),
        "classify_per_s": round(classify_per_s(engine), 1),
        "session_kib": round(session_kib(engine), 3),
    }
