"""The conversation service every channel uses: one user step = one transaction.

`Conversations.handle` dedupes a redelivered update, loads and locks the user's session,
runs the engine, appends the turn to the run log, saves the session and queues the reply
in the outbox, all in one transaction: a crash leaves either all of it or none. A channel
that delivers through the outbox sends `pending_deliveries()` and then calls
`mark_delivered`; one that prints directly (the terminal) uses the returned `Reply`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from dialogues.engine import Engine
from dialogues.reply import Reply
from dialogues.session import Session

from .identity import Identity
from .store import Delivery, SessionRecord, Store, StoreUnavailable, Transaction, User

log = logging.getLogger(__name__)


RETRIES = 3  # a step is one transaction (and deduped by update_id): trying it again is safe
RETRY_PAUSE = 0.1  # seconds before the first retry, doubling


def retried(step: Callable[[], Any]) -> Any:
    """`step()`, tried again when the store was unavailable (connection lost, file locked)."""
    for attempt in range(RETRIES + 1):
        try:
            return step()
        except StoreUnavailable as err:
            if attempt == RETRIES:
                raise
            log.warning("store unavailable (%s); trying the step again", err)
            time.sleep(RETRY_PAUSE * 2 ** attempt)


def utcnow() -> datetime:
    return datetime.now(UTC)


def score_of(debrief: dict[str, Any] | None) -> float | None:
    """The run's score from its debrief: `score` as a number or as `{"total": n, ...}`."""
    score = debrief.get("score") if isinstance(debrief, dict) else None
    if isinstance(score, dict):
        score = score.get("total")
    return float(score) if isinstance(score, int | float) and not isinstance(score, bool) else None


class Conversations:
    """One step of any channel: load the session, run the engine, store turn + session in one transaction."""

    def __init__(self, engine: Engine, store: Store, *, identity: Identity | None = None,
                 default_lang: str | None = None, clock: Callable[[], datetime] = utcnow):
        from .config import language_default

        self.engine = engine
        self.store = store
        self.identity = identity or Identity.from_env()
        self.default_lang = default_lang or language_default()
        self.clock = clock

    # -- the channel's calls ----------------------------------------------------------
    def handle(self, channel: str, external_id: str, text: str, *, chat_id: int | None = None,
               update_id: int | None = None) -> Reply | None:
        """The reply to `text`; None when `update_id` was already handled (redelivery after a crash)."""
        return retried(lambda: self._handle(channel, external_id, text, chat_id, update_id))

    def _handle(self, channel: str, external_id: str, text: str, chat_id: int | None,
                update_id: int | None) -> Reply | None:
        user_id = self.user_id(channel, external_id)
        now = self.clock()
        with self.store.transaction() as tx:
            if update_id is not None and not tx.claim_update(channel, update_id, now):
                log.info("update %s on %s already handled; skipped", update_id, channel)
                return None
            user = self._user(tx, user_id, channel, chat_id, now)
            record = tx.load_session(user_id, lock=True)
            session = Session.from_dict(record.data) if record else Session(lang=self._lang(user))
            reply = self.engine.handle(session, text)
            run_id, logged = self._log_turn(tx, user, record, reply, text, now)
            self._finish(tx, user, channel, chat_id, reply, run_id, logged, now)
        log.debug("user %s turn done: mode=%s state=%s run=%s", user_id[:7], reply.session.mode,
                  reply.session.state, run_id)
        return reply

    def start(self, channel: str, external_id: str, mode: str, *, lang: str | None = None,
              chat_id: int | None = None, **options: Any) -> Reply:
        """Start a run of `mode` directly (a command or the terminal's --mode), ending any open one."""
        return self._fresh(channel, external_id, chat_id,
                           lambda user: self.engine.start(mode, lang or self._lang(user), **options))

    def menu(self, channel: str, external_id: str, *, lang: str | None = None,
             chat_id: int | None = None) -> Reply:
        """Back to the welcome menu; a run still open is ended as abandoned."""
        return self._fresh(channel, external_id, chat_id, lambda user: self.engine.menu(lang or self._lang(user)))

    def register(self, channel: str, external_id: str, *, chat_id: int | None = None) -> User:
        """The stored user, created on first contact (e.g. someone whose first message is /groep CODE).

        A first admin (OEFENGESPREK_ADMIN) gets their role here too, whatever they typed first.
        """
        def write():
            with self.store.transaction() as tx:
                return self._user(tx, self.user_id(channel, external_id), channel, chat_id, self.clock())

        return retried(write)

    def session(self, channel: str, external_id: str) -> Session:
        def read():
            with self.store.transaction(read_only=True) as tx:
                return (tx.load_session(self.user_id(channel, external_id), lock=False),
                        tx.user(self.user_id(channel, external_id)))

        record, user = retried(read)
        if record is None:
            return Session(lang=self._lang(user))
        return Session.from_dict(record.data)

    def set_language(self, channel: str, external_id: str, lang: str) -> None:
        user_id = self.user_id(channel, external_id)
        with self.store.transaction() as tx:
            user = self._user(tx, user_id, channel, None, self.clock())
            tx.set_lang(user.id, lang)
            record = tx.load_session(user_id, lock=True)
            if record is not None:
                data = dict(record.data, lang=lang)
                tx.save_session(user_id, SessionRecord(data, record.state, record.run_id), self.clock())

    def pending_deliveries(self, chat_id: int | None = None) -> list[Delivery]:
        """Replies stored but not yet confirmed sent, oldest first (all chats, or one)."""
        def read():
            with self.store.transaction(read_only=True) as tx:
                return tx.pending(chat_id)

        return retried(read)

    def mark_delivered(self, delivery_id: int) -> None:
        def write():
            with self.store.transaction() as tx:
                tx.delivered(delivery_id)

        retried(write)

    def user_id(self, channel: str, external_id: str | int) -> str:
        return self.identity.user_id(channel, external_id)

    # -- pieces ---------------------------------------------------------------------
    def _fresh(self, channel, external_id, chat_id, produce: Callable[[User], Reply]) -> Reply:
        return retried(lambda: self._fresh_once(channel, external_id, chat_id, produce))

    def _fresh_once(self, channel, external_id, chat_id, produce: Callable[[User], Reply]) -> Reply:
        user_id = self.user_id(channel, external_id)
        now = self.clock()
        with self.store.transaction() as tx:
            user = self._user(tx, user_id, channel, chat_id, now)
            record = tx.load_session(user_id, lock=True)
            if record is not None and record.run_id is not None:
                tx.end_run(record.run_id, now, "abandoned")
            reply = produce(user)
            run_id, logged = self._log_turn(tx, user, None, reply, None, now)
            self._finish(tx, user, channel, chat_id, reply, run_id, logged, now)
        return reply

    def _user(self, tx: Transaction, user_id: str, channel: str, chat_id: int | None, now: datetime) -> User:
        role = "admin" if self.identity.is_first_admin(user_id) else "trainee"
        user = tx.ensure_user(user_id, channel, now, role=role)
        changed = False
        if role == "admin" and user.role != "admin":
            tx.set_role(user_id, "admin")
            changed = True
        if chat_id is not None and user.chat_id != chat_id:
            tx.set_chat_id(user_id, chat_id)
            changed = True
        return tx.user(user_id) if changed else user

    def _lang(self, user: User | None) -> str:
        return (user.lang if user else None) or self.default_lang

    def _log_turn(self, tx: Transaction, user: User, record: SessionRecord | None, reply: Reply,
                  text: str | None, now: datetime) -> tuple[int | None, int | None]:
        """Append the turn to its run, opening or closing runs on the engine's events.

        Returns the run still open afterwards and the run the turn was logged in.
        """
        run_id = record.run_id if record else None
        state_before = record.state if record else {}
        kinds = [e.kind for e in reply.events]
        if "run_started" in kinds:
            if run_id is not None:
                tx.end_run(run_id, now, "replaced")
            run_id = None
            started = next(e for e in reversed(reply.events) if e.kind == "run_started")
            # A start that is done at once (a chooser, e.g. vragenreeks before a type) is no run yet.
            if not reply.session.done or "run_ended" in kinds:
                run_id = tx.create_run(user.id, user.channel, started.data.get("mode", reply.session.mode),
                                       reply.session.lang, now, scenario=started.data.get("scenario"),
                                       interaction_type=started.data.get("interaction_type")
                                       or reply.state.get("interaction_type"))
        if run_id is None:
            return None, None
        recognition = reply.recognition
        tx.append_turn(run_id, now, mode=reply.session.mode, scenario=reply.session.scenario,
                       state_before=state_before, state_after=reply.state,
                       technique=recognition.label if recognition else None,
                       confidence=recognition.confidence if recognition else None,
                       user_text=text, bot_texts=reply.texts,
                       events=[{"kind": e.kind, **e.data} for e in reply.events])
        if "run_ended" in kinds or reply.session.done:
            ended = next((e for e in reversed(reply.events) if e.kind == "run_ended"), None)
            tx.end_run(run_id, now, ended.data.get("reason", "completed") if ended else "completed",
                       reply.debrief, score_of(reply.debrief))
            return None, run_id
        return run_id, run_id

    def _finish(self, tx: Transaction, user: User, channel: str, chat_id: int | None, reply: Reply,
                run_id: int | None, logged: int | None, now: datetime) -> None:
        tx.save_session(user.id, SessionRecord(reply.session.to_dict(), reply.state, run_id), now)
        if chat_id is not None:
            tx.enqueue(channel, chat_id, user.id, {
                "texts": list(reply.texts),
                "choices": [[c.label, c.value] for c in reply.choices],
                "debrief": reply.debrief,
                "run_id": logged,
            }, now)
