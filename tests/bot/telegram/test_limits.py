"""The outgoing rate limit as Telegram counts it: a sliding window, at the moment a request arrives."""

from __future__ import annotations

import asyncio
import time

from bot.telegram.limits import ChatRateLimiter


def most_in_one_second(times: list[float]) -> int:
    ordered = sorted(times)
    return max(sum(1 for t in ordered if start <= t < start + 1.0) for start in ordered)


async def test_no_second_ever_holds_more_messages_than_the_rate_less_its_margin_however_late_each_arrives():
    limiter = ChatRateLimiter(chat_interval=0.0, overall_per_second=4)  # 3 slots
    arrived: list[float] = []

    async def send(delay: float) -> bool:
        await asyncio.sleep(delay)  # on its way to Telegram: the first slow, the next ones quick
        arrived.append(time.monotonic())
        return True

    delays = [0.15, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    await asyncio.gather(*(limiter.process_request(send, (delay,), {}, "sendMessage", {"chat_id": chat}, None)
                           for chat, delay in enumerate(delays)))
    assert len(arrived) == len(delays)
    assert most_in_one_second(arrived) <= 3


async def test_messages_to_one_chat_are_spaced_from_the_answer_to_the_previous_one():
    limiter = ChatRateLimiter(chat_interval=0.2, overall_per_second=30)
    sent: list[float] = []

    async def send() -> bool:
        sent.append(time.monotonic())
        return True

    for _ in range(3):
        await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": 1}, None)
    assert all(later - earlier >= 0.2 for earlier, later in zip(sent, sent[1:], strict=False))
