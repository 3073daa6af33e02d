"""Everything that touches the world: channels (terminal, Telegram), the CLI, configuration, the run store."""
