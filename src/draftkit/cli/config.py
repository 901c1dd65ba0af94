"""`draftkit config`: show or change the preferences the CLI and the app share."""

from __future__ import annotations

import sys

from draftkit.core.errors import DraftkitError


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
        raise DraftkitError(f"unknown preference {key!r}; preferences: {', '.join(KEYS)}")
    return getattr(config, key)


def _set(config, spec: str):
    from draftkit.core.config import save_config, with_value

    key, sep, value = spec.partition("=")
    if not sep:
        raise DraftkitError(f"--set {spec[:60]!r}: write it as KEY=VALUE")
    return save_config(with_value(config, key.strip(), value))


def _print_all(config, out) -> None:
    from draftkit.core.config import config_to_toml

    out.write(config_to_toml(config))
