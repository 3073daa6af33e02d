"""The channel's own commands, the command menu, errors and the log, over HTTP."""

from __future__ import annotations

import io
import logging

from bot.telegram.logs import protect
from bot.telegram.texts import MENU_COMMANDS
from tests.bot.telegram.conftest import catalog
from tests.bot.telegram.users import User


async def test_the_command_menu_is_registered_in_dutch_and_english(emulator, start_bot, library):
    await start_bot()
    assert set(emulator.commands) == {"", "nl", "en"}
    for lang in ("nl", "en"):
        menu = {c["command"]: c["description"] for c in emulator.commands[lang]}
        assert list(menu) == list(MENU_COMMANDS)
        assert menu["taal"] == catalog(library, "telegram.commands.taal", lang)
    assert emulator.commands[""] == emulator.commands["nl"], "Dutch for everyone else"


async def test_taal_switches_the_language_of_everything_that_follows(emulator, start_bot, library):
    await start_bot()
    user = User(emulator, 5001)
    (usage,) = await user.say("/taal")
    assert usage.text == catalog(library, "telegram.language_usage")
    (switched,) = await user.say("/taal en")
    assert switched.text == catalog(library, "telegram.language_set", "en")
    opening = await user.say("/rondleiding")
    assert catalog(library, "ui.rondleiding.intro", "en") in opening[0].text
    (welcome,) = await user.say("/start")
    assert welcome.text.startswith(catalog(library, "telegram.welcome", "en"))


async def test_privacy_explains_what_is_stored_in_the_users_language(emulator, start_bot, library):
    await start_bot()
    user = User(emulator, 5002)
    (privacy,) = await user.say("/privacy")
    language = library.lang("nl")
    expected = language.text("privacy.text", days=90)
    assert privacy.text == expected
    assert "{" not in privacy.text


async def test_a_slow_reply_shows_typing_first(emulator, start_bot):
    bot = await start_bot()
    service = bot.service
    real_handle = service.handle

    def slow_handle(*args, **kwargs):
        import time

        time.sleep(0.7)
        return real_handle(*args, **kwargs)

    service.handle = slow_handle
    user = User(emulator, 5003)
    await user.say("hallo")
    assert emulator.chat_actions.get(user.id, [])[:1] == ["typing"]


async def test_an_error_gets_a_short_apology_and_the_log_gets_no_message_text(emulator, start_bot, library, caplog):
    bot = await start_bot()

    def broken(*args, **kwargs):
        raise RuntimeError("the store is on fire")

    bot.service.handle = broken
    user = User(emulator, 5004)
    with caplog.at_level(logging.INFO):
        (apology,) = await user.say("mijn geheime oefenzin")
    assert apology.text == catalog(library, "telegram.error")
    assert "RuntimeError" in caplog.text
    assert "mijn geheime oefenzin" not in caplog.text


async def test_even_debug_logging_of_every_request_never_shows_the_token(emulator, start_bot):
    root = logging.getLogger()
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.DEBUG)
    token_filter = protect(emulator.token, verbose=True)
    try:
        await start_bot()
        await User(emulator, 5005).say("/start")
    finally:
        root.setLevel(level)
        root.removeHandler(handler)
        for each in root.handlers:
            each.removeFilter(token_filter)
    log = buffer.getvalue()
    assert "/bot<token>/sendMessage" in log, "the requests were logged, masked"
    assert emulator.token.split(":")[1] not in log


