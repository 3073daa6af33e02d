"""Keeping the bot token out of the log.

PTB and httpx put request URLs, which contain the token, into DEBUG records (httpx even at
INFO). `quiet_noisy_loggers` keeps those loggers at WARNING unless debug logging was asked
for, and `TokenFilter` on every root handler replaces the token with `<token>` in whatever
is still logged, including exception texts.
"""

from __future__ import annotations

import logging

NOISY = ("httpx", "httpcore", "telegram", "telegram.ext", "tornado.access", "apscheduler")
MASK = "<token>"


class TokenFilter(logging.Filter):
    """Rewrites records so the token (and its secret half) never reaches a handler."""

    def __init__(self, *secrets: str):
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 6]
        token = next(iter(secrets), "")
        if ":" in token:  # the part after the colon is the secret; mask it even on its own
            self.secrets.append(token.split(":", 1)[1])

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if self.redact(text) != text:
                record.exc_text = self.redact(text)
                record.exc_info = None
                record.msg = f"{record.msg}\n{record.exc_text}"
                record.exc_text = None
        return True

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text


def protect(*secrets: str, verbose: bool = False) -> TokenFilter:
    """Install the token filter on the root handlers and quiet the loggers that print URLs."""
    token_filter = TokenFilter(*secrets)
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.WARNING)
    for handler in root.handlers:
        handler.addFilter(token_filter)
    if not verbose:
        for name in NOISY:
            logging.getLogger(name).setLevel(logging.WARNING)
    return token_filter
