"""`make eval`: every evaluation in one run (technique recognition, safety detection)."""

import importlib

EVALUATIONS = ("bench.eval_techniques", "bench.eval_safety")


def main() -> None:
    for name in EVALUATIONS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            print(f"({name} not present yet)")
            continue
        module.main()
        print()


if __name__ == "__main__":
    main()
