"""Every mode on Telegram, driven as a user drives it, through the real PTB stack over HTTP."""

from __future__ import annotations

from tests.bot.telegram.conftest import catalog, template_pattern
from tests.bot.telegram.users import User, sent_texts

DRILL_ANSWERS = [
    "Wat zou voor jou nuttig zijn om vandaag te bespreken?",
    "Wat vervelend dat dit je overkomt, dat is echt zwaar.",
    "Hoe heb je het tot nu toe volgehouden?",
    "Stel dat het morgen beter gaat, wat is er dan anders?",
    "Wanneer ging het de afgelopen tijd wel een beetje beter?",
]


def steps(library, messages) -> list[tuple[int, int]]:
    """(number, total) of every drill step shown in `messages`."""
    pattern = template_pattern(library, "ui.vragenreeks.step")
    found = [pattern.search(message.text or "") for message in messages]
    return [(int(m.group(1)), int(m.group(2))) for m in found if m]


def step_numbers(library, messages) -> list[int]:
    return [number for number, _total in steps(library, messages)]


async def test_start_shows_a_short_welcome_with_privacy_crisis_line_and_mode_buttons(emulator, start_bot, library):
    await start_bot()
    user = User(emulator, 1001)
    (welcome,) = await user.say("/start")
    assert catalog(library, "telegram.welcome") in welcome.text
    assert "/privacy" in welcome.text
    assert catalog(library, "telegram.contacts_line") in welcome.text
    assert welcome.labels == [catalog(library, f"ui.mode_button.{mode}") for mode in start_bot_modes(library)]


def start_bot_modes(library):
    from dialogues.modes import default_modes

    return list(default_modes())


async def test_vragenreeks_from_the_start_button_through_five_answers_hint_and_stop(emulator, start_bot, library):
    await start_bot()
    user = User(emulator, 1002)
    (welcome,) = await user.say("/start")
    chooser = await user.tap(catalog(library, "ui.mode_button.vragenreeks"))
    assert welcome.buttons == [], "the pressed message keeps no buttons"
    assert welcome.text.endswith(catalog(library, "telegram.chosen", label=catalog(library, "ui.mode_button.vragenreeks")))
    assert chooser[-1].labels == [catalog(library, f"ui.type_button.{t}") for t in ("bezoeker", "klager", "klant")]

    shown = await user.tap(catalog(library, "ui.type_button.klager"))
    [(first, total)] = steps(library, shown)
    assert first == 1
    answers = DRILL_ANSWERS[:total - 1]  # five, unless the drill is shorter; the last step stays open
    for number, answer in enumerate(answers, start=2):
        shown = await user.say(answer)
        assert step_numbers(library, shown) == [number], [m.text for m in shown]

    hint = await user.say("/hint")
    assert len(hint) == 1 and step_numbers(library, hint) == []
    stopped = await user.say("/stop")
    assert catalog(library, "ui.vragenreeks.summary", fitting=0, total=len(answers))[:6] in stopped[-1].text
    assert all(len(m.text) <= 4096 for m in user.chat)


async def test_rondleiding_by_command_shows_exactly_what_the_engine_says_turn_by_turn(emulator, start_bot, engine):
    await start_bot()
    user = User(emulator, 1003)
    answers = ["Ik kom hier omdat het moet van mijn moeder.", "Ik weet het niet.",
               "Misschien dat ze me met rust laten.", "Vroeger ging het beter.", "Ja, dat wil ik wel.", "/stop"]
    reply = engine.start("rondleiding", "nl")
    expected = [sent_texts(reply)]
    for answer in answers:
        reply = engine.handle(reply.session, answer)
        expected.append(sent_texts(reply))

    shown = [[m.text for m in await user.say("/rondleiding")]]
    for answer in answers:
        shown.append([m.text for m in await user.say(answer)])
    assert shown == expected


async def test_help_coach_thought_and_privacy_work_mid_run_and_the_run_goes_on(emulator, start_bot, engine, library):
    await start_bot()
    user = User(emulator, 1004)
    lines = ["Ik kom hier omdat het moet van mijn moeder.", "/help", "/coach", "/gedachte", "/hint",
             "Ik weet het niet.", "/stop"]
    reply = engine.start("rondleiding", "nl")
    expected = sent_texts(reply)
    for line in lines:
        reply = engine.handle(reply.session, line)
        expected.extend(sent_texts(reply))

    await user.say("/rondleiding")
    for line in lines[:3]:
        await user.say(line)
    (privacy,) = await user.say("/privacy")  # the channel's own; the run does not notice
    for line in lines[3:]:
        await user.say(line)
    assert [m.text for m in user.chat if m is not privacy] == expected


async def test_a_sticker_or_photo_gets_asked_for_text(emulator, start_bot, engine):
    await start_bot()
    user = User(emulator, 1005)
    await user.say("/rondleiding")
    before = len(user.chat)
    chat = emulator.chats[user.id]
    emulator.post_raw_update({"message": {"message_id": next(chat.message_ids), "date": 0, "chat": chat.api,
                                          "from": chat.user, "sticker": {
                                              "file_id": "s1", "file_unique_id": "u1", "type": "regular",
                                              "width": 512, "height": 512, "is_animated": False,
                                              "is_video": False}}})
    await emulator.wait_for(lambda: len(user.chat) > before, 5, "an answer to the sticker")
    expected = engine.handle(engine.start("rondleiding", "nl").session, "")
    assert user.chat[before].text == sent_texts(expected)[0]
