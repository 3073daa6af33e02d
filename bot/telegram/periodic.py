"""Background chores of the application: a step run now and then every so often, in a task.

The outbox sweeper and the retention purge use it; `TelegramBot.stop()` cancels the tasks.
A step that fails is logged by its error's type only (never content) and tried again later.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def every(seconds: float, step: Callable[[], Awaitable[object]], what: str) -> None:
    """Run `step` now and then every `seconds`, until cancelled."""
    while True:
        try:
            await step()
        except asyncio.CancelledError:
            raise
        except Exception as err:
            log.error("%s failed (%s); trying again later", what, type(err).__name__)
            log.debug("%s failed", what, exc_info=True)
        await asyncio.sleep(seconds)
