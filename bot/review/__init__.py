"""Review of logged runs: access rules, annotated transcripts, exports, progress, privacy rights.

Channels call `Review` (see `reviewer.py`); every function checks the viewer's role first
and raises a `ReviewError` whose `key` (+ `values`) names the message in `content/*/review.yaml`.

For a chat channel, `commands.ReviewCommands(review, retention_days).handle(command, argument,
viewer, lang) -> [Answer]` does all of the below (texts, files, photos, /vergeet's confirmation
buttons via `.button(value, …)`); the channel only sends the answers.

How the Telegram commands map (the CLI `oefengesprek runs …` uses the same functions):

    /mijnruns               Review.my_runs(viewer)                  -> [RunSummary]
    /run ID                 Review.transcript(viewer, ID)           -> Transcript (exports.run_markdown for text)
    /voortgang              Review.progress_picture(viewer, lang=)  -> PNG bytes
    /runs [trainee] [scen.] Review.group_runs(viewer, trainee=, scenario=)
    /opmerking ID BEURT t   Review.comment(viewer, ID, BEURT, t)
    /export [ID|groep ID] [html|md|csv|json]
                            Review.export_run / export_group(viewer, …, fmt, lang) -> Export(content, filename)
    /groep nieuw NAAM       Review.create_group(viewer, NAAM)       -> Group (with .code)
    /groep CODE             Review.join_group(viewer, CODE)
    /groep [verlaat]        Review.my_groups / leave_groups(viewer)
    /rol [LABEL ROL]        whoami, or an admin's Review.set_role
    /privacy                text "privacy.text" with days=bot.config.retention_days()
    /mijngegevens           Review.my_data(viewer)                  -> dict (send as JSON file)
    /vergeet (+confirm)     Review.forget(viewer)                   -> counts ("privacy.forget.*" texts)
    retention job           bot.retention.purge_expired(store, now)

The viewer of a chat user: `user = conversations.register(channel, external_id)` (which also
creates a first-time user, e.g. one whose first message is /groep CODE), then
`Viewer(user.id, user.role)`; `bot/telegram/review.py` is the Telegram adapter.
"""

from .access import AccessDenied, NotFound, ReviewError, Viewer
from .commands import Answer, ReviewCommands
from .exports import FORMATS
from .reviewer import Export, Review, RunSummary

__all__ = ["FORMATS", "AccessDenied", "Answer", "Export", "NotFound", "Review", "ReviewCommands", "ReviewError",
           "RunSummary", "Viewer"]
