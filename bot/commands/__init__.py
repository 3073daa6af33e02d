"""Subcommands of the `oefengesprek` CLI, one module each."""
