"""Exports of a run or a group: HTML (a printable report), Markdown, CSV (one row per turn) and JSON.

Nothing here reads the store: a transcript (and, for a group, its overview) comes in, text
goes out. Telegram ids never reach a transcript, so they cannot reach an export.
"""

from __future__ import annotations

import base64
import csv
import importlib
import io
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any

from .labels import Labels
from .transcripts import AnnotatedTurn, Transcript

log = logging.getLogger(__name__)

FORMATS = ("html", "md", "csv", "json")
MEDIA_TYPES = {"html": "text/html", "md": "text/markdown", "csv": "text/csv", "json": "application/json"}


@dataclass(frozen=True)
class TraineeSummary:
    """One line of a group overview."""

    trainee: str
    runs: int
    mean_score: float | None
    last_run: datetime | None
    techniques: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {"trainee": self.trainee, "runs": self.runs, "mean_score": self.mean_score,
                "last_run": self.last_run.isoformat() if self.last_run else None, "techniques": self.techniques}


@dataclass(frozen=True)
class GroupReport:
    name: str
    overview: tuple[TraineeSummary, ...]
    transcripts: tuple[Transcript, ...]


# -- one run ------------------------------------------------------------------------
def export_run(transcript: Transcript, fmt: str, labels: Labels) -> str:
    return {"html": run_html, "md": run_markdown, "csv": lambda t, _l: turns_csv([t]),
            "json": lambda t, _l: json.dumps(t.to_dict(), ensure_ascii=False, indent=2)}[fmt](transcript, labels)


def export_group(report: GroupReport, fmt: str, labels: Labels) -> str:
    if fmt == "json":
        return json.dumps({"group": report.name, "overview": [s.to_dict() for s in report.overview],
                           "runs": [t.to_dict() for t in report.transcripts]}, ensure_ascii=False, indent=2)
    if fmt == "csv":
        return turns_csv(list(report.transcripts))
    if fmt == "md":
        return group_markdown(report, labels)
    return group_html(report, labels)


# -- plain text (a chat message or a terminal) ----------------------------------------
def run_text(transcript: Transcript, labels: Labels) -> str:
    """A compact transcript: facts, then per turn what was said, the tags and the replies."""
    text = labels.text
    lines = [_title(transcript, labels)]
    lines += [f"{key}: {value}" for key, value in _facts(transcript, labels)]
    for t in transcript.turns:
        lines.append("")
        head = f"{text('review.report.turn')} {t.number}"
        if t.safety:
            head += f" ⚠ {text('review.report.safety')}"
        lines.append(head)
        if t.user_text:
            lines.append(f"{text('review.report.said')}: {t.user_text}")
        tags = [words for _kind, words in _tags(t, labels, named=False)]
        if tags:
            lines.append(f"[{' · '.join(tags)}]")
        lines.extend(f"  > {reply}" for reply in t.bot_texts)
        lines.extend(f"  💬 {c.text}" for c in t.comments)
    return "\n".join(lines)


def summary_line(run, trainee: str | None, labels: Labels) -> str:
    """One run in a list (/mijnruns, /runs): number, date, scenario, score."""
    scenario = labels.scenario(run.scenario) if run.scenario else labels.interaction_type(run.interaction_type)
    line = labels.text("review.messages.run_line", run=run.id, date=labels.date(run.started_at), scenario=scenario,
                       score=labels.score(run.score))
    return f"{line} · {trainee}" if trainee else line


# -- CSV ----------------------------------------------------------------------------
CSV_COLUMNS = ("run", "trainee", "mode", "scenario", "turn", "time", "user_text", "bot_text", "technique",
               "confidence", "phase", "interaction_type", "client", "safety", "comments")


def _cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def turns_csv(transcripts: list[Transcript]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for transcript in transcripts:
        run = transcript.run
        for t in transcript.turns:
            writer.writerow([_cell(v) for v in (
                run.id, transcript.trainee, run.mode, run.scenario or "", t.number, t.at.isoformat(),
                t.user_text or "", "\n\n".join(t.bot_texts), t.technique or "",
                "" if t.confidence is None else f"{t.confidence:.2f}", t.phase or "", t.interaction_type or "",
                json.dumps(t.client, ensure_ascii=False, sort_keys=True) if t.client else "",
                "yes" if t.safety else "", " | ".join(c.text for c in t.comments))])
    return buffer.getvalue()


# -- Markdown -----------------------------------------------------------------------
def _md(text: str) -> str:
    """Text inside a Markdown paragraph: no accidental headings, tables or HTML."""
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace("|", "\\|").replace("\n", "  \n")


def _client_text(turn: AnnotatedTurn, labels: Labels) -> str:
    """The client's state in words: interaction type first, then friction, hope and the rest."""
    def value(v) -> str:
        if isinstance(v, bool):
            return labels.text("review.report.yes" if v else "review.report.no")
        return str(v)

    parts = [labels.interaction_type(turn.interaction_type)] if turn.interaction_type else []
    parts += [f"{labels.client_key(k)} {value(v)}" for k, v in sorted(turn.client.items())]
    return ", ".join(parts)


def run_markdown(transcript: Transcript, labels: Labels) -> str:
    run, text = transcript.run, labels.text
    lines = [f"# {_title(transcript, labels)}", "",
             f"_{text('review.report.confidential')}_", ""]
    for key, value in _facts(transcript, labels):
        lines.append(f"- **{key}:** {_md(value)}")
    lines += ["", f"## {text('review.report.transcript')}", ""]
    for t in transcript.turns:
        tags = [words for _kind, words in _tags(t, labels)]
        lines.append(f"### {text('review.report.turn')} {t.number} · {t.at.strftime('%H:%M:%S')}")
        if t.safety:
            lines.append(f"**⚠ {text('review.report.safety')}**")
        if t.user_text:
            lines.append(f"**{text('review.report.said')}:** {_md(t.user_text)}")
        if tags:
            lines.append(f"`{' · '.join(tags)}`")
        for reply in t.bot_texts:
            lines.append(f"> {_md(reply)}")
        for c in t.comments:
            lines.append(f"💬 **{text('review.report.comment_by', turn=c.turn)}:** {_md(c.text)}")
        lines.append("")
    if run.debrief:
        lines += [f"## {text('review.report.debrief')}", ""]
        paragraphs = debrief_paragraphs(run.debrief, labels)
        if paragraphs is None:
            lines += ["```json", json.dumps(run.debrief, ensure_ascii=False, indent=2), "```", ""]
        else:
            lines += [line for p in paragraphs for line in (_md(p), "")]
    return "\n".join(lines)


def group_markdown(report: GroupReport, labels: Labels) -> str:
    text = labels.text
    lines = [f"# {text('review.group.title', name=_md(report.name))}", "", f"_{text('review.report.confidential')}_",
             "", "| " + " | ".join(text(key) for key in _OVERVIEW) + " |", "|---|---|---|---|---|"]
    for s in report.overview:
        lines.append("| " + " | ".join(_md(cell) for cell in _overview_row(s, labels)) + " |")
    lines.append("")
    for transcript in report.transcripts:
        lines.append(run_markdown(transcript, labels).replace("\n# ", "\n## ").replace("# ", "## ", 1))
    return "\n".join(lines)


def _mix(techniques: dict[str, int], labels: Labels, top: int = 4) -> str:
    ranked = sorted(techniques.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return ", ".join(f"{labels.technique(k)} ×{v}" for k, v in ranked) or labels.text("review.report.none")


_OVERVIEW = ("review.group.trainee", "review.group.runs", "review.group.mean_score", "review.group.last_run",
             "review.group.techniques")


def _overview_row(s: TraineeSummary, labels: Labels) -> tuple[str, ...]:
    """A trainee's cells of the group overview, in the order of `_OVERVIEW`."""
    return s.trainee, str(s.runs), labels.score(s.mean_score), labels.date(s.last_run), _mix(s.techniques, labels)


def _title(transcript: Transcript, labels: Labels) -> str:
    run = transcript.run
    return labels.text("review.report.title", run=run.id, date=labels.date(run.started_at))


def _tags(t: AnnotatedTurn, labels: Labels, *, named: bool = True, confidence: bool = False) -> list[tuple[str, str]]:
    """A turn's annotations as (kind, words): the technique (kind "technique" or "anti"), the phase
    and the client's state (kind ""), the latter two after their name unless `named` is False."""
    tags = []
    if t.technique:
        sure = f" ({t.confidence:.0%})" if confidence and t.confidence is not None else ""
        tags.append(("anti" if t.technique in _ANTI else "technique", labels.technique(t.technique) + sure))
    for key, value in (("phase", labels.phase(t.phase) if t.phase else None),
                       ("client", _client_text(t, labels) if t.client else None)):
        if value is not None:
            tags.append(("", f"{labels.text(f'review.report.{key}')}: {value}" if named else value))
    return tags


def _facts(transcript: Transcript, labels: Labels) -> list[tuple[str, str]]:
    run, text = transcript.run, labels.text
    return [
        (text("review.report.trainee"), transcript.trainee),
        (text("review.report.mode"), labels.mode(run.mode)),
        (text("review.report.scenario"), labels.scenario(run.scenario) if run.scenario
         else labels.interaction_type(run.interaction_type)),
        (text("review.report.started"), labels.date(run.started_at)),
        (text("review.report.ended"), labels.date(run.ended_at) if run.ended_at else text("review.report.not_ended")),
        (text("review.report.end_reason"), labels.end_reason(run.end_reason)),
        (text("review.report.score"), labels.score(run.score)),
        (text("review.report.turns"), str(len(transcript.turns))),
    ]


# -- HTML ---------------------------------------------------------------------------
_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;
color:#1d2327;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd}
.note{color:#666;font-size:.9rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
.turn{border-left:3px solid #ccd;padding:.3rem .8rem;margin:.8rem 0;break-inside:avoid}
.turn.safety{border-color:#c0392b}.said{font-weight:600}.reply{color:#34495e;white-space:pre-wrap;margin:.3rem 0}
.tags span{display:inline-block;background:#eef3f8;border-radius:.7rem;padding:0 .5rem;margin:.1rem .2rem 0 0;font-size:.85rem}
.tags .technique{background:#d9efe3}.tags .anti{background:#f8dcdc}.alert{color:#c0392b;font-weight:600}
.comment{background:#fff8e1;padding:.3rem .6rem;margin-top:.3rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
img{max-width:100%}pre{white-space:pre-wrap;font-size:.85rem;background:#f6f6f6;padding:.5rem}
@media print{body{margin:0;max-width:none}.turn{page-break-inside:avoid}h2{page-break-after:avoid}}
"""
_ANTI = frozenset({"advies", "waarom_vraag", "oordeel", "geruststellen", "overnemen"})


def _page(title: str, body: list[str], labels: Labels) -> str:
    generated = labels.text("review.report.generated", date=labels.date(datetime.now(UTC)))
    return "\n".join([
        "<!DOCTYPE html>", f'<html lang="{labels.code}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>", *body,
        f'<p class="note">{escape(generated)}</p>', "</body></html>", ""])


def debrief_paragraphs(debrief: dict[str, Any], labels: Labels) -> list[str] | None:
    """The debrief in words, as the trainee got it; None when it cannot be rendered (then: raw JSON)."""
    try:
        from dialogues.debrief import render
    except ImportError:
        return None
    try:
        return list(render(labels.language, debrief))
    except Exception as err:  # an older debrief shape must not block the report
        log.warning("debrief could not be rendered: %s", type(err).__name__)
        return None


def run_picture(debrief: dict[str, Any] | None) -> str | None:
    """The run's picture as a data URI, when the picture module exists and the run has a debrief."""
    if not debrief:
        return None
    try:
        pictures = importlib.import_module("bot.pictures")
    except ImportError:
        return None
    draw = getattr(pictures, "render_run", None) or getattr(pictures, "run_picture", None)
    if draw is None:
        return None
    try:
        png = draw(debrief)
    except Exception as err:  # a picture that cannot be drawn must not block the report
        log.warning("run picture failed: %s", type(err).__name__)
        return None
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _run_section(transcript: Transcript, labels: Labels, heading: str = "h1") -> list[str]:
    run, text = transcript.run, labels.text
    sub = "h2" if heading == "h1" else "h3"
    body = [f"<{heading}>{escape(_title(transcript, labels))}</{heading}>", "<dl>"]
    for key, value in _facts(transcript, labels):
        body.append(f"<dt>{escape(key)}</dt><dd>{escape(value)}</dd>")
    body.append("</dl>")
    picture = run_picture(run.debrief)
    if picture:
        body.append(f"<{sub}>{escape(text('review.report.picture'))}</{sub}>")
        body.append(f'<img src="{picture}" alt="{escape(text("review.report.picture"))}">')
    body.append(f"<{sub}>{escape(text('review.report.transcript'))}</{sub}>")
    for t in transcript.turns:
        body.extend(_turn_html(t, labels))
    if run.debrief:
        body.append(f"<{sub}>{escape(text('review.report.debrief'))}</{sub}>")
        paragraphs = debrief_paragraphs(run.debrief, labels)
        if paragraphs is None:
            body.append(f"<pre>{escape(json.dumps(run.debrief, ensure_ascii=False, indent=2))}</pre>")
        else:
            body.extend(f'<p class="reply">{escape(p)}</p>' for p in paragraphs)
    return body


def _turn_html(t: AnnotatedTurn, labels: Labels) -> list[str]:
    text = labels.text
    out = [f'<div class="turn{" safety" if t.safety else ""}" id="turn-{t.number}">',
           f'<div class="note">{escape(text("review.report.turn"))} {t.number} · {t.at.strftime("%H:%M:%S")}</div>']
    if t.safety:
        out.append(f'<div class="alert">⚠ {escape(text("review.report.safety"))}</div>')
    if t.user_text:
        out.append(f'<div class="said">{escape(text("review.report.said"))}: {escape(t.user_text)}</div>')
    tags = [f'<span class="{kind}">{escape(words)}</span>' if kind else f"<span>{escape(words)}</span>"
            for kind, words in _tags(t, labels, confidence=True)]
    if tags:
        out.append(f'<div class="tags">{"".join(tags)}</div>')
    out.extend(f'<div class="reply">{escape(reply)}</div>' for reply in t.bot_texts)
    out.extend(f'<div class="comment"><b>{escape(text("review.report.comment_by", turn=c.turn))}:</b> '
               f"{escape(c.text)}</div>" for c in t.comments)
    out.append("</div>")
    return out


def run_html(transcript: Transcript, labels: Labels) -> str:
    body = [f'<p class="note">{escape(labels.text("review.report.confidential"))}</p>',
            *_run_section(transcript, labels)]
    return _page(_title(transcript, labels), body, labels)


def group_html(report: GroupReport, labels: Labels) -> str:
    text = labels.text
    title = text("review.group.title", name=report.name)
    body = [f"<h1>{escape(title)}</h1>", f'<p class="note">{escape(text("review.report.confidential"))}</p>',
            "<table><tr>" + "".join(f"<th>{escape(text(key))}</th>" for key in _OVERVIEW) + "</tr>"]
    for s in report.overview:
        body.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in _overview_row(s, labels)) + "</tr>")
    body.append("</table>")
    if report.transcripts:
        body.append(f"<h2>{escape(text('review.group.runs_heading'))}</h2>")
    for transcript in report.transcripts:
        body.extend(_run_section(transcript, labels, heading="h2"))
    return _page(title, body, labels)
