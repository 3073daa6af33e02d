"""Rehearsing with a simulated client on Telegram: scenario list, five lines, hint, stop, debrief and picture."""

from __future__ import annotations

import pytest

from tests.bot.telegram.conftest import catalog, template_pattern
from tests.bot.telegram.users import User

TRAINEE_LINES = [
    "Goedemiddag, fijn dat je er bent. Wat zou dit gesprek voor jou nuttig maken?",
    "Dat klinkt echt zwaar, wat je nu allemaal meemaakt.",
    "Hoe heb je het tot nu toe volgehouden?",
    "Stel dat het over een tijdje wat beter gaat, wat is er dan anders?",
    "Op een schaal van 0 tot 10, waar sta je nu?",
]


@pytest.fixture
def scenarios(library):
    found = getattr(library, "scenarios", None) or {}
    if not found:
        pytest.skip("no scenarios loaded (the oefenen mode is not in this tree)")
    return found


async def test_oefen_lists_scenarios_in_pages_and_a_page_button_turns_the_page_in_place(emulator, start_bot, scenarios, library):
    await start_bot()
    user = User(emulator, 4001)
    (listing,) = await user.say("/oefen")
    first_page = listing.labels
    assert first_page[0].startswith(sorted(scenarios.values(), key=lambda s: s.id)[0].text("nl").title)
    if len(scenarios) <= 6:
        assert len(first_page) == len(scenarios)
        return
    emulator.press(user.id, catalog(library, "telegram.scenarios.next"))
    await emulator.wait_for(lambda: listing.labels != first_page, 5, "the list to turn its page")
    assert len(user.chat) == 1, "the same message shows the next page"
    assert catalog(library, "telegram.scenarios.previous") in listing.labels


async def test_a_rehearsal_from_scenario_button_to_debrief_with_its_picture(emulator, start_bot, scenarios, library):
    await start_bot()
    user = User(emulator, 4002)
    await user.say("/oefen")
    scenario = sorted(scenarios.values(), key=lambda s: s.id)[0]
    button = next(label for label in user.chat[-1].labels if label.startswith(scenario.text("nl").title))
    opening = await user.tap(button)
    assert scenario.text("nl").title in opening[0].text
    for line in TRAINEE_LINES:
        answer = await user.say(line)
        assert answer and all(m.text for m in answer)
    hint = await user.say("/hint")
    assert hint and hint[0].text
    await user.say("/stop", quiet=0.5, timeout=20)
    await emulator.wait_for(lambda: emulator.photos(user.id), 20, "the debrief picture")

    debrief_title = template_pattern(library, "debrief.title")
    debriefs = [i for i, m in enumerate(user.chat) if m.kind == "text" and debrief_title.search(m.text)]
    photos = [i for i, m in enumerate(user.chat) if m.kind == "photo"]
    assert len(debriefs) == 1 and len(photos) == 1
    assert photos[0] > debriefs[0], "the picture follows the debrief text"
    assert user.chat[photos[0]].photo.startswith(b"\x89PNG")
    assert not emulator.rejected
