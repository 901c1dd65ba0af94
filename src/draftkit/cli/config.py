"""`draftkit config`: show or change the preferences the CLI and the app share."""

from __future__ import annotations

import sys

from draftkit.core.config import ConfigError


def register(sub) -> None:
    p = sub.add_parser("config", help="show or change your preferences (author, clause "
                       "folder, rubric, default jurisdiction)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--get", metavar="KEY", help="print one preference")
    what.add_argument("--set", metavar="KEY=VALUE", help="change one preference and save")
    what.add_argument("--path", action="store_true", help="print where the file is")
    p.set_defaults(func=run_config)


def run_config(args, out=None) -> int:
    from draftkit.core.config import config_path, load_config

    out = out or sys.stdout
    if args.path:
        print(config_path(), file=out)
    elif args.set is not None:
        print(f"Saved {_set(load_config(), args.set)}", file=out)
    elif args.get is not None:
        print(_get(load_config(), args.get), file=out)
    else:
        _print_all(load_config(), out)
    return 0


def _get(config, key: str) -> str:
    from draftkit.core.config import KEYS

    if key not in KEYS:
        raise ConfigError(f"unknown preference {key!r}; preferences: {', '.join(KEYS)}")
    return getattr(config, key)


def _set(config, spec: str):
    from draftkit.core.config import save_config, with_value

    key, sep, value = spec.partition("=")
    if not sep:
        raise ConfigError(f"--set {spec[:60]!r}: write it as KEY=VALUE")
    changed = with_value(config, key.strip(), value)
    _check_usable(changed)
    return save_config(changed)


def _check_usable(config) -> None:
    """Refuse a rubric file or clause folder DraftKit cannot read (nothing is saved)."""
    from pathlib import Path

    if config.rubric_path:
        from draftkit.core.rubric import load_rubric

        load_rubric(Path(config.rubric_path).expanduser())
    if config.clause_dir:
        from draftkit.core.clauses import load_library

        load_library(Path(config.clause_dir).expanduser())


def _print_all(config, out) -> None:
    from draftkit.core.config import config_to_toml

    out.write(config_to_toml(config))
