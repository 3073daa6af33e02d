"""The oefengesprek engine: flows and content as data, a pure `handle(session, text) -> Reply`.

Nothing in this package performs I/O beyond reading the flow and content files at load
time; channels (terminal, Telegram) and the run store live in `bot/`.
"""
