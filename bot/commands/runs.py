"""`oefengesprek runs …`: review the run log offline, with the same rules as on Telegram.

The CLI acts as the local user (the one the terminal channel logs under) in their stored
role, or `--as supervisor|admin` for a trainer who has the database in hand anyway.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.review import FORMATS, Review, ReviewError, Viewer
from dialogues.vocabulary import LANGUAGES

ROLE_CHOICES = ("trainee", "supervisor", "admin")


def register(sub) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--as", dest="acting_as", choices=ROLE_CHOICES,
                        help="act in this role as the local user (default: the stored role)")
    common.add_argument("--lang", choices=LANGUAGES, default=None, help="language of reports")
    parser = sub.add_parser("runs", help="review logged runs: list, show, export, comment, groups, privacy")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", parents=[common], help="recent runs you may see")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--group", type=int, help="only this group's runs (supervisor)")
    listing.add_argument("--trainee", help="only this trainee (name or pseudonym label)")
    listing.add_argument("--scenario", help="only this scenario")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--mine", action="store_true", help="only my own runs")
    listing.set_defaults(func=run_list)

    show = actions.add_parser("show", parents=[common], help="a run's annotated transcript")
    show.add_argument("run_id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    export = actions.add_parser("export", parents=[common], help="a run or a group as html, md, csv or json")
    export.add_argument("run_id", type=int, nargs="?")
    export.add_argument("--group", type=int, help="export this group instead of one run")
    export.add_argument("--format", choices=FORMATS, default="html")
    export.add_argument("-o", "--output", help="file to write (default: stdout)")
    export.set_defaults(func=run_export)

    comment = actions.add_parser("comment", parents=[common], help="pin a comment to a turn of a run")
    comment.add_argument("run_id", type=int)
    comment.add_argument("turn", type=int)
    comment.add_argument("text", nargs="+")
    comment.set_defaults(func=run_comment)

    progress = actions.add_parser("progress", parents=[common], help="score and technique mix per week")
    progress.add_argument("--user", help="pseudonym of a trainee you may see (default: yourself)")
    progress.add_argument("--json", action="store_true")
    progress.add_argument("-o", "--output", help="write the picture (PNG) here")
    progress.set_defaults(func=run_progress)

    groups = actions.add_parser("groups", parents=[common], help="your groups (all, for an admin)")
    groups.add_argument("--json", action="store_true")
    groups.set_defaults(func=run_groups)
    new_group = actions.add_parser("group-new", parents=[common], help="create a group; prints its invite code")
    new_group.add_argument("name", nargs="+")
    new_group.set_defaults(func=run_group_new)
    join = actions.add_parser("group-join", parents=[common], help="join a group with its invite code")
    join.add_argument("code")
    join.set_defaults(func=run_group_join)
    leave = actions.add_parser("group-leave", parents=[common], help="leave every group you are a trainee in")
    leave.set_defaults(func=run_group_leave)

    role = actions.add_parser("role", parents=[common], help="set a user's role (admin)")
    role.add_argument("user_id", help="pseudonym")
    role.add_argument("role", choices=ROLE_CHOICES)
    role.set_defaults(func=run_role)
    admin = actions.add_parser("admin", help="make a Telegram user admin (the first admin; offline only)")
    admin.add_argument("telegram_id")
    admin.set_defaults(func=run_admin)

    purge = actions.add_parser("purge", help="erase runs older than RETENTION_DAYS now")
    purge.add_argument("--days", type=int, help="override RETENTION_DAYS")
    purge.set_defaults(func=run_purge)
    mydata = actions.add_parser("mydata", parents=[common], help="everything stored about the local user (JSON)")
    mydata.add_argument("-o", "--output")
    mydata.set_defaults(func=run_mydata)
    forget = actions.add_parser("forget", parents=[common], help="erase everything about the local user")
    forget.add_argument("--yes", action="store_true", help="confirm the erasure")
    forget.set_defaults(func=run_forget)


# -- wiring ---------------------------------------------------------------------------
class _Context:
    """The store, the review functions and the local viewer for one CLI call."""

    def __init__(self, args: argparse.Namespace):
        from bot.config import language_default
        from bot.identity import LOCAL_CHANNEL, Identity, local_user
        from bot.store import open_configured

        self.store = open_configured()
        self.identity = Identity.from_env()
        self.lang = getattr(args, "lang", None) or language_default()
        self.review = Review(self.store)
        user_id = self.identity.user_id(LOCAL_CHANNEL, local_user())
        with self.store.transaction() as tx:
            tx.ensure_user(user_id, LOCAL_CHANNEL, datetime.now(UTC))
        self.viewer: Viewer = self.review.viewer(user_id, acting_as=getattr(args, "acting_as", None))

    def message(self, key: str, **values) -> str:
        return self.review.labels(self.lang).text(key, **values)

    def close(self) -> None:
        self.store.close()


def _with_context(action):
    def run(args: argparse.Namespace) -> int:
        from bot.config import ConfigError
        from bot.store import StoreError

        try:
            context = _Context(args)
        except (ConfigError, StoreError) as err:
            print(err, file=sys.stderr)
            return 2
        try:
            return action(args, context) or 0
        except ReviewError as err:
            print(context.message(err.key, **err.values), file=sys.stderr)
            return 1
        finally:
            context.close()
    return run


def _write(text: str | bytes, output: str | None) -> None:
    if output:
        Path(output).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        print(output, file=sys.stderr)
    elif isinstance(text, bytes):
        sys.stdout.buffer.write(text)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


# -- actions --------------------------------------------------------------------------
@_with_context
def run_list(args, ctx: _Context) -> int:
    if args.mine:
        runs = ctx.review.my_runs(ctx.viewer, limit=args.limit)
    else:
        runs = ctx.review.runs(ctx.viewer, group_id=args.group, trainee=args.trainee, scenario=args.scenario,
                               limit=args.limit)
    if args.json:
        _write(json.dumps([s.to_dict() for s in runs], ensure_ascii=False, indent=2), None)
        return 0
    if not runs:
        print(ctx.message("review.messages.no_runs"))
        return 0
    labels = ctx.review.labels(ctx.lang)
    heads = [labels.text(k) for k in ("review.report.trainee", "review.report.mode", "review.report.scenario",
                                      "review.report.score", "review.report.turns", "review.report.end_reason")]
    rows = [["#", labels.text("review.report.started"), *heads]]
    for s in runs:
        r = s.run
        rows.append([str(r.id), labels.date(r.started_at), s.trainee, labels.mode(r.mode),
                     labels.scenario(r.scenario) if r.scenario else labels.interaction_type(r.interaction_type),
                     labels.score(r.score),
                     str(r.turn_count), labels.end_reason(r.end_reason)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


@_with_context
def run_show(args, ctx: _Context) -> int:
    transcript = ctx.review.transcript(ctx.viewer, args.run_id)
    if args.json:
        _write(json.dumps(transcript.to_dict(), ensure_ascii=False, indent=2), None)
    else:
        from bot.review.exports import run_text

        _write(run_text(transcript, ctx.review.labels(ctx.lang)), None)
    return 0


@_with_context
def run_export(args, ctx: _Context) -> int:
    if args.group is not None:
        export = ctx.review.export_group(ctx.viewer, args.group, args.format, ctx.lang)
    elif args.run_id is not None:
        export = ctx.review.export_run(ctx.viewer, args.run_id, args.format, ctx.lang)
    else:
        print("give a RUN_ID or --group ID", file=sys.stderr)
        return 2
    _write(export.content, args.output)
    return 0


@_with_context
def run_comment(args, ctx: _Context) -> int:
    ctx.review.comment(ctx.viewer, args.run_id, args.turn, " ".join(args.text))
    print(ctx.message("review.messages.comment_added", run=args.run_id, turn=args.turn))
    return 0


@_with_context
def run_progress(args, ctx: _Context) -> int:
    weeks = ctx.review.progress(ctx.viewer, args.user)
    if args.output:
        _write(ctx.review.progress_picture(ctx.viewer, args.user, ctx.lang), args.output)
    if args.json or not args.output:
        _write(json.dumps([w.to_dict() for w in weeks], ensure_ascii=False, indent=2), None)
    return 0


@_with_context
def run_groups(args, ctx: _Context) -> int:
    groups = ctx.review.my_groups(ctx.viewer)
    records = [{"id": g.id, "name": g.name, "code": g.code if g.owner_id == ctx.viewer.user_id or ctx.viewer.is_admin
                else None} for g in groups]
    if args.json:
        _write(json.dumps(records, ensure_ascii=False, indent=2), None)
    else:
        for record in records:
            print(f"{record['id']}  {record['name']}  {record['code'] or ''}".rstrip())
    return 0


@_with_context
def run_group_new(args, ctx: _Context) -> int:
    group = ctx.review.create_group(ctx.viewer, " ".join(args.name))
    print(ctx.message("review.messages.group_created", name=group.name, code=group.code))
    return 0


@_with_context
def run_group_join(args, ctx: _Context) -> int:
    group = ctx.review.join_group(ctx.viewer, args.code)
    print(ctx.message("review.messages.group_joined", name=group.name))
    return 0


@_with_context
def run_group_leave(args, ctx: _Context) -> int:
    left = ctx.review.leave_groups(ctx.viewer)
    if not left:
        print(ctx.message("review.messages.no_groups"))
    else:
        print(ctx.message("review.messages.groups_left", names=", ".join(g.name for g in left)))
    return 0


@_with_context
def run_role(args, ctx: _Context) -> int:
    ctx.review.set_role(ctx.viewer, args.user_id, args.role)
    print(ctx.message("review.messages.role_set", role=ctx.message(f"review.role.{args.role}")))
    return 0


def run_admin(args: argparse.Namespace) -> int:
    """Offline bootstrap: whoever can run this already holds the database, so no role check."""
    from bot.identity import Identity
    from bot.store import open_configured

    store = open_configured()
    try:
        user_id = Identity.from_env().user_id("telegram", args.telegram_id.strip())
        with store.transaction() as tx:
            tx.ensure_user(user_id, "telegram", datetime.now(UTC), role="admin")
            tx.set_role(user_id, "admin")
    finally:
        store.close()
    print(user_id)
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from bot.retention import purge_expired
    from bot.store import open_configured

    store = open_configured()
    try:
        counts = purge_expired(store, datetime.now(UTC), args.days)
    finally:
        store.close()
    print(json.dumps(counts))
    return 0


@_with_context
def run_mydata(args, ctx: _Context) -> int:
    _write(json.dumps(ctx.review.my_data(ctx.viewer), ensure_ascii=False, indent=2), args.output)
    return 0


@_with_context
def run_forget(args, ctx: _Context) -> int:
    if not args.yes:
        print(ctx.message("privacy.forget.confirm"), file=sys.stderr)
        return 2
    counts = ctx.review.forget(ctx.viewer)
    print(ctx.message("privacy.forget.done", runs=counts["runs"]))
    return 0
