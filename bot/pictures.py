"""The picture of a rehearsal run: PNG bytes drawn from `Reply.debrief` with matplotlib (Agg).

Left, the circles of empowerment, filled where the run covered them; right, friction and
hope over the turns with each turn's technique marked (pitfalls in red). matplotlib is
imported only when a picture is drawn, and only its Agg canvas is used: no pyplot, no
global figure state, safe in a server process.
"""

from __future__ import annotations

import io
import logging
import textwrap
from typing import Any

log = logging.getLogger(__name__)

WIDTH_IN, HEIGHT_IN, DPI = 11.0, 4.8, 100
FRICTION_COLOUR, HOPE_COLOUR = "#c0392b", "#2471a3"
COVERED_COLOUR, OPEN_COLOUR = "#7dcea0", "#eaeded"
ANTI_PATTERNS = frozenset({"advies", "waarom_vraag", "oordeel", "geruststellen", "overnemen"})


def run_picture(debrief: dict[str, Any], dpi: int = DPI) -> bytes:
    """The run as a PNG image (bytes)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels = debrief.get("labels", {})
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=dpi)
    FigureCanvasAgg(figure)
    grid = figure.add_gridspec(1, 2, width_ratios=(1, 1.9), wspace=0.18)
    _circles(figure.add_subplot(grid[0, 0]), debrief, labels)
    _line(figure.add_subplot(grid[0, 1]), debrief, labels)
    figure.suptitle(f"{labels.get('title', '')}: {debrief.get('title', '')}".strip(": "), fontsize=13)
    figure.subplots_adjust(left=0.02, right=0.98, top=0.86, bottom=0.27)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _circles(axes, debrief: dict[str, Any], labels: dict[str, Any]) -> None:
    """Four circles in the method's order, clockwise from the top, with arrows between them."""
    from matplotlib.patches import Circle, FancyArrowPatch

    axes.set_xlim(-2.1, 2.1)
    axes.set_ylim(-2.1, 2.1)
    axes.set_aspect("equal")
    axes.axis("off")
    axes.set_title(labels.get("circles", ""), fontsize=11)
    centres = [(0, 1.15), (1.15, 0), (0, -1.15), (-1.15, 0)]
    names = labels.get("phases", {})
    phases = debrief.get("phases", [])
    for index, (x, y) in enumerate(centres):
        entry = phases[index] if index < len(phases) else {"phase": "", "covered": False}
        colour = COVERED_COLOUR if entry["covered"] else OPEN_COLOUR
        axes.add_patch(Circle((x, y), 0.66, facecolor=colour, edgecolor="#566573", linewidth=1.5))
        name = textwrap.fill(names.get(entry["phase"], entry["phase"]), 12)
        axes.text(x, y, f"{index + 1}\n{name}", ha="center", va="center", fontsize=8)
    for index, (x, y) in enumerate(centres):
        nx, ny = centres[(index + 1) % len(centres)]
        start = (x + (nx - x) * 0.52, y + (ny - y) * 0.52)
        end = (x + (nx - x) * 0.62, y + (ny - y) * 0.62)
        axes.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=12, color="#566573"))
    covered = sum(1 for p in phases if p["covered"])
    axes.text(0, -2.05, f"{labels.get('covered', '')}: {covered}/{len(phases)}", ha="center", fontsize=9)


def _line(axes, debrief: dict[str, Any], labels: dict[str, Any]) -> None:
    """Friction and hope per turn; every trainee turn labelled with its technique."""
    series = debrief.get("series", {})
    turns = list(series.get("turn", []))
    friction, hope = list(series.get("friction", [])), list(series.get("hope", []))
    techniques = list(series.get("technique", []))
    axes.set_title(labels.get("line", ""), fontsize=11)
    axes.set_ylim(-0.5, 10.5)
    axes.set_yticks(range(0, 11, 2))
    axes.set_xlabel(labels.get("turn", ""), fontsize=9)
    axes.grid(True, alpha=0.3)
    if not turns:
        return
    axes.set_xlim(-0.5, max(turns) + 0.5)
    axes.set_xticks(turns)
    axes.plot(turns, friction, color=FRICTION_COLOUR, marker="o", linewidth=2, label=labels.get("friction", "friction"))
    axes.plot(turns, hope, color=HOPE_COLOUR, marker="s", linewidth=2, label=labels.get("hope", "hope"))
    names = labels.get("techniques", {})
    ticks = [str(turn) if technique is None else f"{turn} {_short(names.get(technique, technique))}"
             for turn, technique in zip(turns, techniques, strict=False)]
    axes.set_xticklabels(ticks, rotation=35, ha="right", fontsize=8)
    for tick, technique in zip(axes.get_xticklabels(), techniques, strict=False):
        if technique in ANTI_PATTERNS:
            tick.set_color(FRICTION_COLOUR)
    for turn, technique in zip(turns, techniques, strict=False):
        if technique in ANTI_PATTERNS:
            axes.axvline(turn, color=FRICTION_COLOUR, alpha=0.15, linewidth=6)
    axes.legend(loc="lower left", fontsize=8, framealpha=0.8)


def _short(name: str) -> str:
    """A technique's name without its explanation in brackets, so the labels stay readable."""
    return name.split(" (", 1)[0][:22]
