"""The conversation service: one step of any channel is one transaction in the run store."""

from __future__ import annotations

import pytest

from bot.identity import Identity
from bot.service import Conversations
from tests.bot.store.backends import _shared_postgres, store, store_url  # noqa: F401  (fixtures)

TELEGRAM_ID = "918273645"


@pytest.fixture
def service(engine, store):  # noqa: F811
    return Conversations(engine, store, identity=Identity(b"test-secret-0123456789", admins=("555",)),
                         default_lang="nl")


def test_a_drill_run_is_logged_turn_by_turn_with_technique_and_states(service, store):  # noqa: F811
    service.start("telegram", TELEGRAM_ID, "vragenreeks", interaction_type="klager", chat_id=1)
    reply = service.handle("telegram", TELEGRAM_ID, "Wat zou voor jou nuttig zijn om te bespreken?", chat_id=1)
    with store.transaction() as tx:
        (run,) = tx.runs()
        turns = tx.turns(run.id)
    assert (run.mode, run.interaction_type, run.ended_at) == ("vragenreeks", "klager", None)
    assert [t.number for t in turns] == [0, 1]
    assert turns[0].user_text is None and turns[0].bot_texts  # the opening
    assert turns[1].user_text == "Wat zou voor jou nuttig zijn om te bespreken?"
    assert turns[1].technique == reply.recognition.label
    assert turns[1].confidence == pytest.approx(reply.recognition.confidence)
    assert turns[1].state_before == turns[0].state_after
    assert turns[1].state_after == reply.state
    assert any(e["kind"] == "technique" for e in turns[1].events)


def test_stop_ends_the_run_with_its_reason(service, store):  # noqa: F811
    service.start("telegram", TELEGRAM_ID, "vragenreeks", interaction_type="bezoeker")
    service.handle("telegram", TELEGRAM_ID, "Wat zou je willen bereiken?")
    service.handle("telegram", TELEGRAM_ID, "/stop")
    with store.transaction() as tx:
        (run,) = tx.runs()
        turns = tx.turns(run.id)
    assert run.end_reason == "stop" and run.ended_at is not None
    assert run.turn_count == 3 and turns[-1].user_text == "/stop"
    assert any(e["kind"] == "run_ended" for e in turns[-1].events)


def test_a_mode_button_in_the_menu_starts_a_run_whose_first_turn_is_the_button(service, store):  # noqa: F811
    service.menu("telegram", TELEGRAM_ID)
    service.handle("telegram", TELEGRAM_ID, "mode:rondleiding")
    with store.transaction() as tx:
        (run,) = tx.runs()
        (turn,) = tx.turns(run.id)
    assert run.mode == "rondleiding" and turn.number == 0 and turn.user_text == "mode:rondleiding"


def test_a_redelivered_update_is_answered_once(service, store):  # noqa: F811
    service.start("telegram", TELEGRAM_ID, "rondleiding")
    first = service.handle("telegram", TELEGRAM_ID, "ik weet het niet", update_id=41)
    again = service.handle("telegram", TELEGRAM_ID, "ik weet het niet", update_id=41)
    with store.transaction() as tx:
        (run,) = tx.runs()
    assert first is not None and again is None
    assert run.turn_count == 2


def test_a_failing_step_stores_nothing_so_the_redelivery_is_handled(engine, store):  # noqa: F811
    class Exploding:
        def handle(self, session, text):
            raise RuntimeError("engine failed")

    identity = Identity(b"test-secret-0123456789")
    broken = Conversations(Exploding(), store, identity=identity, default_lang="nl")
    with pytest.raises(RuntimeError):
        broken.handle("telegram", TELEGRAM_ID, "hallo", update_id=9, chat_id=3)
    working = Conversations(engine, store, identity=identity, default_lang="nl")
    assert working.handle("telegram", TELEGRAM_ID, "hallo", update_id=9, chat_id=3) is not None
    assert len(working.pending_deliveries()) == 1


def test_replies_wait_in_the_outbox_until_marked_delivered(service):
    service.menu("telegram", TELEGRAM_ID, chat_id=77)
    service.handle("telegram", TELEGRAM_ID, "mode:rondleiding", chat_id=77)
    pending = service.pending_deliveries()
    assert [d.chat_id for d in pending] == [77, 77]
    assert pending[1].texts and pending[1].run_id is not None
    assert ("telegram", 77) == (pending[0].channel, pending[0].chat_id)
    assert pending[0].choices and all(value.startswith("mode:") for _label, value in pending[0].choices)
    service.mark_delivered(pending[0].id)
    assert [d.id for d in service.pending_deliveries(chat_id=77)] == [pending[1].id]
    assert service.pending_deliveries(chat_id=78) == []


def test_the_session_continues_in_another_service_on_the_same_store(engine, service, store):  # noqa: F811
    service.start("telegram", TELEGRAM_ID, "rondleiding")
    service.handle("telegram", TELEGRAM_ID, "het ligt aan de woningcorporatie")
    other = Conversations(engine, store, identity=service.identity, default_lang="nl")
    assert other.session("telegram", TELEGRAM_ID) == service.session("telegram", TELEGRAM_ID)
    assert other.session("telegram", TELEGRAM_ID).turn == 1


def test_users_are_stored_under_a_pseudonym_and_the_chat_id_only_for_delivery(service, store):  # noqa: F811
    service.menu("telegram", TELEGRAM_ID, chat_id=int(TELEGRAM_ID))
    with store.transaction() as tx:
        (user,) = tx.users()
    assert TELEGRAM_ID not in user.id and len(user.id) == 32
    assert user.id == Identity(b"test-secret-0123456789").user_id("telegram", TELEGRAM_ID)
    assert user.id != Identity(b"another-secret-987654321").user_id("telegram", TELEGRAM_ID)
    assert user.chat_id == int(TELEGRAM_ID) and user.role == "trainee"


def test_the_first_admin_from_the_environment_is_admin_from_the_first_message(service, store):  # noqa: F811
    service.menu("telegram", "555")
    with store.transaction() as tx:
        assert tx.user(service.user_id("telegram", "555")).role == "admin"


def test_the_chosen_language_is_kept_for_the_user_and_the_session(service):
    service.menu("telegram", TELEGRAM_ID)
    service.set_language("telegram", TELEGRAM_ID, "en")
    assert service.session("telegram", TELEGRAM_ID).lang == "en"
    assert service.menu("telegram", TELEGRAM_ID).session.lang == "en"


def test_a_new_menu_ends_an_open_run_as_abandoned(service, store):  # noqa: F811
    service.start("telegram", TELEGRAM_ID, "rondleiding")
    service.menu("telegram", TELEGRAM_ID)
    with store.transaction() as tx:
        (run,) = tx.runs()
    assert run.end_reason == "abandoned"
