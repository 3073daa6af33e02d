"""The conversation modes; each owns what its turns say and how its session moves."""

from __future__ import annotations


def default_modes() -> dict:
    from .oefenen import Oefenen
    from .rondleiding import Rondleiding
    from .vragenreeks import Vragenreeks

    return {"oefenen": Oefenen(), "rondleiding": Rondleiding(), "vragenreeks": Vragenreeks()}
