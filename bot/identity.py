"""Pseudonymous user ids: a keyed hash (HMAC-SHA256) of the channel and the channel's user id.

The store never sees a Telegram user id as a key; without the secret a pseudonym cannot be
turned back into one. The raw chat id is kept only in `users.chat_id`, for delivery.
"""

from __future__ import annotations

import hashlib
import hmac

LOCAL_CHANNEL = "terminal"


class Identity:
    """Turns (channel, external id) into the stable pseudonym the store keys users by."""

    def __init__(self, secret: bytes, admins: tuple[str, ...] = ()):
        if not secret:
            raise ValueError("the pseudonym secret is empty")
        self._secret = secret
        self._admins = frozenset(self.user_id("telegram", a) for a in admins)

    def user_id(self, channel: str, external_id: str | int) -> str:
        digest = hmac.new(self._secret, f"{channel}:{external_id}".encode(), hashlib.sha256).hexdigest()
        return "u" + digest[:31]

    def is_first_admin(self, user_id: str) -> bool:
        return user_id in self._admins

    @classmethod
    def from_env(cls) -> Identity:
        from bot.config import first_admins, secret_key

        return cls(secret_key(), first_admins())


def short(user_id: str | None) -> str:
    """The label a reviewer sees for a trainee without a display name: 6 characters of the pseudonym."""
    return (user_id or "-")[1:7]


def local_user() -> str:
    """The external id of whoever runs the terminal channel and the offline CLI on this machine."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"
