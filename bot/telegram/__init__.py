"""The Telegram channel (python-telegram-bot 22): every mode on Telegram, resumable after a crash.

- `app.py`: `TelegramBot`, the composition of the PTB application, run by polling or webhook.
- `channel.py`: the handlers: updates to conversation-service calls.
- `delivery.py`: the outbox courier: stored replies sent in order, marked when sent.
- `render.py`: replies as Telegram messages (4096-character split, buttons, callback data).
- `limits.py`: per-chat and overall rate limits, retries for 429 and network errors.
- `ordering.py`: one chat's updates in order, different chats concurrently.
- `scenarios.py`, `texts.py`: the /oefen list and the channel's own texts.
- `logs.py`: the token never reaches the log.
"""
