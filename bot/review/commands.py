"""The review and privacy chat commands, channel-neutral: text in, `Answer`s out.

The Telegram channel maps `/mijnruns`, `/runs`, `/run`, `/opmerking`, `/export`, `/groep`,
`/voortgang`, `/privacy`, `/mijngegevens`, `/vergeet` and `/rol` (and the buttons `privacy:forget`,
`privacy:keep`) here and sends what comes back: texts, a document, a photo, buttons.
Every answer goes through `Review`, so the access rules hold on every channel.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bot.identity import short

from .access import ReviewError, Viewer
from .exports import FORMATS, run_text, summary_line
from .reviewer import Review

COMMANDS = ("mijnruns", "runs", "run", "opmerking", "export", "groep", "voortgang", "privacy", "mijngegevens",
            "vergeet", "rol")
ALIASES = {"myruns": "mijnruns", "comment": "opmerking", "group": "groep", "progress": "voortgang",
           "mydata": "mijngegevens", "forget": "vergeet", "role": "rol"}
ROLE_WORDS = {"deelnemer": "trainee", "begeleider": "supervisor", "beheerder": "admin",
              "trainee": "trainee", "supervisor": "supervisor", "admin": "admin"}
FORGET, KEEP = "privacy:forget", "privacy:keep"
MAX_LIST = 15


@dataclass(frozen=True)
class Answer:
    """One thing to send: a text (with optional buttons), a document, or a photo with a caption."""

    text: str | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (label, value)
    document: tuple[str, bytes] | None = None  # (filename, content)
    photo: bytes | None = None
    caption: str | None = None


@dataclass
class ReviewCommands:
    review: Review
    retention_days: int = 90
    _handlers: dict = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._handlers = {name: getattr(self, f"_{name}") for name in COMMANDS}

    def handles(self, command: str) -> bool:
        return ALIASES.get(command, command) in self._handlers

    def handle(self, command: str, argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        """Answer `/command argument` for `viewer`; refusals come back as a text, never an exception."""
        name = ALIASES.get(command, command)
        try:
            return self._handlers[name](argument.strip(), viewer, lang)
        except ReviewError as err:
            return [Answer(self._t(lang, err.key, **err.values))]

    def button(self, value: str, viewer: Viewer, lang: str) -> list[Answer]:
        """The confirmation buttons of /vergeet."""
        if value == FORGET:
            counts = self.review.forget(viewer)
            return [Answer(self._t(lang, "privacy.forget.done", runs=counts["runs"]))]
        return [Answer(self._t(lang, "privacy.forget.cancelled"))]

    # -- commands -------------------------------------------------------------------
    def _mijnruns(self, _argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        runs = self.review.my_runs(viewer, limit=MAX_LIST)
        return [self._list(runs, "review.messages.my_runs_heading", lang, with_trainee=False)]

    def _runs(self, argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        trainee, scenario = None, None
        for token in argument.split():
            if token.lower().startswith("scenario:"):
                scenario = token.split(":", 1)[1] or None
            else:
                trainee = token
        runs = self.review.group_runs(viewer, trainee=trainee, scenario=scenario, limit=MAX_LIST)
        return [self._list(runs, "review.messages.group_runs_heading", lang, with_trainee=True)]

    def _run(self, argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        if not argument.isdigit():
            return [Answer(self._t(lang, "review.messages.usage_run"))]
        transcript = self.review.transcript(viewer, int(argument))
        return [Answer(run_text(transcript, self.review.labels(lang)))]

    def _opmerking(self, argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        parts = argument.split(maxsplit=2)
        if len(parts) < 3 or not parts[0].isdigit() or not parts[1].isdigit():
            return [Answer(self._t(lang, "review.messages.usage_comment"))]
        run_id, turn = int(parts[0]), int(parts[1])
        self.review.comment(viewer, run_id, turn, parts[2])
        return [Answer(self._t(lang, "review.messages.comment_added", run=run_id, turn=turn))]

    def _export(self, argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        """`/export [ID | groep ID] [html|md|csv|json]`: a run, or a group (the first one by default)."""
        words = argument.split()
        fmt = words.pop().lower() if words and words[-1].lower() in FORMATS else "html"
        if len(words) == 1 and words[0].isdigit():
            export = self.review.export_run(viewer, int(words[0]), fmt, lang)
            caption = self._t(lang, "review.messages.export_caption", run=int(words[0]))
        else:
            group_id = int(words[1]) if len(words) == 2 and words[1].isdigit() else None
            groups = [g for g in self.review.my_groups(viewer) if group_id in (None, g.id)]
            if not groups:
                return [Answer(self._t(lang, "review.messages.no_groups"))]
            export = self.review.export_group(viewer, groups[0].id, fmt, lang)
            caption = self._t(lang, "review.messages.group_export_caption", name=groups[0].name)
        return [Answer(document=(export.filename, export.content.encode("utf-8")), caption=caption)]

    def _groep(self, argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        words = argument.split(maxsplit=1)
        if len(words) == 1 and words[0].lower() in ("verlaat", "leave"):
            left = self.review.leave_groups(viewer)
            if not left:
                return [Answer(self._t(lang, "review.messages.no_groups"))]
            return [Answer(self._t(lang, "review.messages.groups_left", names=", ".join(g.name for g in left)))]
        if len(words) == 2 and words[0].lower() in ("nieuw", "new"):
            group = self.review.create_group(viewer, words[1])
            return [Answer(self._t(lang, "review.messages.group_created", name=group.name, code=group.code))]
        if len(words) == 1:
            group = self.review.join_group(viewer, words[0])
            return [Answer(self._t(lang, "review.messages.group_joined", name=group.name))]
        groups = self.review.my_groups(viewer) if not words else []
        if groups:  # a bare /groep lists my groups with their invite codes
            return [Answer("\n".join(f"• {g.name} ({g.code})" for g in groups))]
        return [Answer(self._t(lang, "review.messages.usage_group"))]

    def _voortgang(self, _argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        if not self.review.progress(viewer):
            return [Answer(self._t(lang, "review.progress.none"))]
        return [Answer(photo=self.review.progress_picture(viewer, lang=lang),
                       caption=self._t(lang, "review.messages.progress_caption"))]

    def _privacy(self, _argument: str, _viewer: Viewer, lang: str) -> list[Answer]:
        return [Answer(self._t(lang, "privacy.text", days=self.retention_days))]

    def _mijngegevens(self, _argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        data = json.dumps(self.review.my_data(viewer), ensure_ascii=False, indent=2).encode("utf-8")
        return [Answer(document=("mijn-gegevens.json", data), caption=self._t(lang, "privacy.mydata_caption"))]

    def _vergeet(self, _argument: str, _viewer: Viewer, lang: str) -> list[Answer]:
        return [Answer(self._t(lang, "privacy.forget.confirm"),
                       choices=((self._t(lang, "privacy.forget.button_yes"), FORGET),
                                (self._t(lang, "privacy.forget.button_no"), KEEP)))]

    def _rol(self, argument: str, viewer: Viewer, lang: str) -> list[Answer]:
        """`/rol` says who you are; an admin's `/rol LABEL ROL` gives someone a role."""
        words = argument.split()
        if not words:
            role = self._t(lang, f"review.role.{viewer.role}")
            return [Answer(self._t(lang, "review.messages.whoami", label=short(viewer.user_id), role=role))]
        if len(words) != 2 or words[1].lower() not in ROLE_WORDS:
            return [Answer(self._t(lang, "review.messages.usage_role"))]
        role = ROLE_WORDS[words[1].lower()]
        self.review.set_role(viewer, self.review.find_user(viewer, words[0]), role)
        return [Answer(self._t(lang, "review.messages.role_set", role=self._t(lang, f"review.role.{role}")))]

    # -- pieces ---------------------------------------------------------------------
    def _t(self, lang: str, key: str, **values) -> str:
        return self.review.labels(lang).text(key, **values)

    def _list(self, runs, heading: str, lang: str, *, with_trainee: bool) -> Answer:
        if not runs:
            return Answer(self._t(lang, "review.messages.no_runs"))
        labels = self.review.labels(lang)
        lines = [self._t(lang, heading)]
        lines += [summary_line(s.run, s.trainee if with_trainee else None, labels) for s in runs]
        return Answer("\n".join(lines))
