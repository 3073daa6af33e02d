"""Progress over time: per ISO week the runs, the mean score and the mix of techniques, and its picture."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot.store import Run, Turn

from .labels import Labels


@dataclass(frozen=True)
class Week:
    week: str  # ISO week, e.g. "2026-W09"
    runs: int
    mean_score: float | None
    techniques: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"week": self.week, "runs": self.runs, "mean_score": self.mean_score, "techniques": self.techniques}


def technique_mix(turns: list[Turn]) -> Counter:
    """How often each technique was recognised in the trainee's own turns."""
    return Counter(t.technique for t in turns if t.technique and t.user_text)


def weekly(runs: list[tuple[Run, list[Turn]]]) -> list[Week]:
    """Weeks in order, each with its runs' mean score (scored runs only) and technique counts."""
    buckets: dict[str, list[tuple[Run, list[Turn]]]] = {}
    for run, turns in runs:
        year, week, _ = run.started_at.isocalendar()
        buckets.setdefault(f"{year}-W{week:02d}", []).append((run, turns))
    weeks = []
    for key in sorted(buckets):
        items = buckets[key]
        scores = [r.score for r, _ in items if r.score is not None]
        mix: Counter = Counter()
        for _, turns in items:
            mix.update(technique_mix(turns))
        weeks.append(Week(key, len(items), round(sum(scores) / len(scores), 1) if scores else None,
                          dict(mix.most_common())))
    return weeks


def picture(weeks: list[Week], labels: Labels, top: int = 6) -> bytes:
    """A PNG: mean score per week above, the technique mix per week (stacked bars) below."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(9.5, 6), dpi=100)
    FigureCanvasAgg(figure)  # the Agg canvas only: no pyplot, no global state
    score_axes, mix_axes = figure.subplots(2, 1, sharex=True)
    names = [w.week for w in weeks]
    positions = list(range(len(weeks)))
    scored = [(i, w.mean_score) for i, w in enumerate(weeks) if w.mean_score is not None]
    if scored:
        score_axes.plot([i for i, _ in scored], [s for _, s in scored], marker="o", color="#2a6f97")
    score_axes.set_ylim(0, 100)
    score_axes.set_ylabel(labels.text("review.progress.score_axis"))
    score_axes.set_title(labels.text("review.progress.title"))
    score_axes.grid(alpha=0.3)
    totals: Counter = Counter()
    for w in weeks:
        totals.update(w.techniques)
    bottom = [0] * len(weeks)
    for technique, _count in totals.most_common(top):
        values = [w.techniques.get(technique, 0) for w in weeks]
        mix_axes.bar(positions, values, bottom=bottom, label=labels.technique(technique))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    mix_axes.set_ylabel(labels.text("review.progress.mix_axis"))
    mix_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    mix_axes.set_xticks(positions, names, rotation=30, ha="right")
    if totals:
        mix_axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
