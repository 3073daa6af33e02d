"""Turning replies into Telegram messages: splitting long texts, inline keyboards, callback data.

Telegram's limits: a message holds at most 4096 characters (counted in UTF-16 code units),
a button's `callback_data` at most 64 bytes. Texts are split at paragraph boundaries first,
then at line ends, then between words, and only as a last resort inside a word.

A reply goes out as ONE message where it fits: the engine's texts joined by a blank line
(Telegram allows one message per second to a chat, so every extra message costs the user a
second and the bot a share of its 30/s). Only a reply above the limit is split, at paragraph
boundaries. A safety reply (its buttons are `safety:*`) keeps the engine's first text, the
safety message, as its own first message: it must stand apart from anything after it.

A button's callback data is its engine value plus a stamp of the session it was made for
(`value|stamp`); a press whose stamp no longer matches the stored session is stale.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

MAX_MESSAGE = 4096
MAX_CALLBACK_DATA = 64
STAMP_LENGTH = 8
SEPARATOR = "|"
PARAGRAPH = "\n\n"
SAFETY_PREFIX = "safety:"  # the engine's values for the buttons under its safety message
MAX_VALUE = MAX_CALLBACK_DATA - len(SEPARATOR) - STAMP_LENGTH


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to send: its text and, on the last message of a reply only, its buttons."""

    text: str
    buttons: tuple[tuple[str, str], ...] = ()  # (label, callback_data)

    def markup(self) -> InlineKeyboardMarkup | None:
        if not self.buttons:
            return None
        return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)] for label, data in self.buttons])


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """`text` as consecutive chunks of at most `limit` UTF-16 units, cut at the gentlest boundary."""
    text = text.strip()
    if not text:
        return []
    if utf16_len(text) <= limit:
        return [text]
    for separator in ("\n\n", "\n", " "):
        pieces = text.split(separator)
        if len(pieces) > 1:
            return _pack(pieces, separator, limit)
    return _hard_cut(text, limit)


def _pack(pieces: list[str], separator: str, limit: int) -> list[str]:
    """Join pieces greedily up to `limit`; a piece that alone is too long is split further."""
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current}{separator}{piece}" if current else piece
        if utf16_len(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            chunks.append(current.strip())
        if utf16_len(piece) <= limit:
            current = piece
        else:
            parts = split_text(piece, limit)
            chunks.extend(parts[:-1])
            current = parts[-1] if parts else ""
    if current.strip():
        chunks.append(current.strip())
    return chunks


def _hard_cut(text: str, limit: int) -> list[str]:
    chunks, current, size = [], [], 0
    for char in text:
        width = utf16_len(char)
        if size + width > limit:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    if current:
        chunks.append("".join(current))
    return chunks


def session_stamp(session: Any) -> str:
    """A short fingerprint of a session: buttons made for it are valid while it is unchanged."""
    data = session.to_dict() if hasattr(session, "to_dict") else session
    digest = hashlib.blake2b(json.dumps(data, sort_keys=True, default=str).encode(), digest_size=6).hexdigest()
    return digest[:STAMP_LENGTH]


def encode_callback(value: str, stamp: str | None) -> str:
    """`value|stamp`, or the bare value when the stamp would not fit Telegram's 64 bytes."""
    data = f"{value}{SEPARATOR}{stamp}" if stamp else value
    if len(data.encode("utf-8")) > MAX_CALLBACK_DATA:
        if len(value.encode("utf-8")) > MAX_CALLBACK_DATA:
            raise ValueError(f"button value {value[:30]!r}... is longer than {MAX_CALLBACK_DATA} bytes")
        return value  # the engine checks values at load time; without a stamp it cannot go stale
    return data


def decode_callback(data: str) -> tuple[str, str | None]:
    """The engine value and the stamp (None when the data carries none)."""
    value, separator, stamp = data.rpartition(SEPARATOR)
    if not separator:
        return data, None
    return value, stamp


def render(texts: Iterable[str], choices: Sequence[tuple[str, str]], stamp: str | None,
           limit: int = MAX_MESSAGE) -> list[OutgoingMessage]:
    """A reply's texts as few messages as the limit allows; its buttons go on the last message."""
    texts = [text.strip() for text in texts if text and text.strip()]
    groups = [texts]
    if len(texts) > 1 and any(value.startswith(SAFETY_PREFIX) for _, value in choices):
        groups = [texts[:1], texts[1:]]  # the safety message stands alone, first
    chunks = [chunk for group in groups for chunk in split_text(PARAGRAPH.join(group), limit)]
    buttons = tuple((label, encode_callback(value, stamp)) for label, value in choices)
    if not chunks and buttons:
        chunks = ["…"]
    messages = [OutgoingMessage(chunk) for chunk in chunks]
    if messages and buttons:
        messages[-1] = OutgoingMessage(messages[-1].text, buttons)
    return messages
