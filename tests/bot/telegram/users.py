"""A test user who types and taps like a person, and waits for the bot's answer."""

from __future__ import annotations

import asyncio
import time

from bot.telegram.render import render
from tests.emulator import BotApiEmulator, SentMessage


def sent_texts(reply) -> list[str]:
    """The Telegram messages an engine reply becomes: its texts joined, a safety message apart."""
    return [m.text for m in render(reply.texts, [(c.label, c.value) for c in reply.choices], None)]


class User:
    def __init__(self, emulator: BotApiEmulator, user_id: int, language_code: str = "nl"):
        self.emulator = emulator
        self.id = user_id
        self.language_code = language_code

    @property
    def chat(self) -> list[SentMessage]:
        return self.emulator.messages(self.id)

    async def say(self, text: str, *, quiet: float = 0.1, timeout: float = 10.0) -> list[SentMessage]:
        """Type `text`; the messages the bot sent in answer."""
        before = len(self.chat)
        self.emulator.send_text(self.id, text, language_code=self.language_code)
        return await self._answer(before, quiet, timeout)

    async def tap(self, label: str, *, quiet: float = 0.1, timeout: float = 10.0) -> list[SentMessage]:
        """Tap the button `label` on the newest message that shows it; the bot's answer."""
        before = len(self.chat)
        self.emulator.press(self.id, label)
        return await self._answer(before, quiet, timeout)

    async def _answer(self, before: int, quiet: float, timeout: float) -> list[SentMessage]:
        await self.emulator.wait_for(lambda: len(self.chat) > before, timeout,
                                     f"an answer in chat {self.id} (so far: {self.emulator.texts(self.id)[before:]})")
        count, since = len(self.chat), time.monotonic()
        while time.monotonic() - since < quiet:  # an answer may be several messages and a picture
            await asyncio.sleep(0.01)
            if len(self.chat) != count:
                count, since = len(self.chat), time.monotonic()
        return self.chat[before:]
