"""A Telegram Bot API emulator for end-to-end tests: real HTTP on 127.0.0.1, strict like Telegram."""

from .server import BotApiEmulator, SentMessage, serve_locally

__all__ = ["BotApiEmulator", "SentMessage", "serve_locally"]
