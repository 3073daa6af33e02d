"""`oefengesprek telegram [--webhook]`: serve Telegram, by long polling or by webhook."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys


def register(sub) -> None:
    parser = sub.add_parser("telegram", help="serve the Telegram bot (TELEGRAM_BOT_TOKEN must be set)")
    parser.add_argument("--webhook", action="store_true",
                        help="receive updates by webhook (needs WEBHOOK_URL and WEBHOOK_SECRET) instead of polling")
    parser.set_defaults(func=run, webhook=False)


def run(args: argparse.Namespace) -> int:
    from bot.config import (
        ConfigError,
        database_url,
        retention_days,
        retention_interval,
        telegram_settings,
    )

    try:
        settings = telegram_settings(webhook=args.webhook)
        url = database_url()
        days = retention_days()
        purge_every = retention_interval()
    except ConfigError as err:
        print(f"oefengesprek telegram: {err}", file=sys.stderr)
        return 2

    from bot.telegram.logs import protect

    verbose = bool(getattr(args, "verbose", False))
    protect(settings.token, settings.webhook_secret or "", verbose=verbose)
    if not verbose:
        logging.getLogger("bot").setLevel(logging.INFO)

    from telegram.error import InvalidToken, TelegramError

    from bot.review import Review
    from bot.service import Conversations
    from bot.store import open_store
    from bot.telegram.app import TelegramBot
    from dialogues.engine import Engine
    from dialogues.library import load_library

    library = load_library()
    try:
        store = open_store(url)
    except Exception as err:  # the store says what is wrong with the URL or the database
        print(f"oefengesprek telegram: cannot open DATABASE_URL: {err}", file=sys.stderr)
        return 2
    service = Conversations(Engine(library), store)
    bot = TelegramBot(settings, service, library, retention_days=days, review=Review(store, library),
                      purge_every=purge_every)
    try:
        asyncio.run(bot.serve(webhook=args.webhook))
    except InvalidToken:
        print("oefengesprek telegram: Telegram refused TELEGRAM_BOT_TOKEN; check it with @BotFather",
              file=sys.stderr)
        return 1
    except TelegramError as err:  # still failing after the retries
        print(f"oefengesprek telegram: cannot reach the Bot API at {settings.api_url} "
              f"({type(err).__name__}); check TELEGRAM_API_URL and the network", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
