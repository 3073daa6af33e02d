"""The conversation modes; each owns what its turns say and how its session moves."""

from __future__ import annotations


def default_modes() -> dict:
    from .rondleiding import Rondleiding
    from .vragenreeks import Vragenreeks

    modes = {"rondleiding": Rondleiding(), "vragenreeks": Vragenreeks()}
    try:
        from .oefenen import Oefenen
    except ImportError:  # the rehearsal mode is optional while it is being built
        return modes
    return {"oefenen": Oefenen(), **modes}
