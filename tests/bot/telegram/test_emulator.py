"""The Bot API emulator is as strict as Telegram where it matters; otherwise the tests prove little."""

from __future__ import annotations

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter


@pytest.fixture
async def bot(emulator):
    emulator.send_text(42, "/start")  # the chat exists once its user wrote to the bot
    async with Bot(emulator.token, base_url=f"{emulator.url}/bot") as bot:
        yield bot


async def test_a_text_over_4096_characters_is_refused_and_one_of_4096_accepted(bot, emulator):
    with pytest.raises(BadRequest, match="Message text is too long"):
        await bot.send_message(42, "x" * 4097)
    await bot.send_message(42, "x" * 4096)
    assert emulator.texts(42) == ["x" * 4096]


async def test_emoji_count_double_as_telegram_counts_them(bot):
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(42, "🙂" * 2049)


async def test_callback_data_over_64_bytes_is_refused(bot):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]])
    with pytest.raises(BadRequest, match="(?i)button_data_invalid"):
        await bot.send_message(42, "kies", reply_markup=markup)


async def test_a_second_message_to_a_chat_within_the_window_gets_429_with_retry_after(bot, emulator):
    emulator.chat_window = 1.0
    await bot.send_message(42, "een")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(42, "twee")
    assert caught.value.retry_after.total_seconds() == 1
    assert emulator.texts(42) == ["een"]


async def test_unknown_chats_wrong_tokens_and_empty_texts_are_refused(bot, emulator):
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(7, "wie?")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(42, "   ")
    with pytest.raises(InvalidToken):
        async with Bot("1:wrong", base_url=f"{emulator.url}/bot"):
            pass


async def test_a_callback_query_can_be_answered_once(bot, emulator):
    await bot.send_message(42, "kies", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]]))
    emulator.press(42, "A")
    updates = await bot.get_updates(timeout=1)
    query = updates[-1].callback_query
    assert await query.answer()
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()


async def test_it_fails_on_demand_and_recovers(bot, emulator):
    emulator.fail(500, times=1, methods={"sendMessage"})
    with pytest.raises(NetworkError):
        await bot.send_message(42, "nu niet")
    await bot.send_message(42, "nu wel")
    assert emulator.texts(42) == ["nu wel"]
