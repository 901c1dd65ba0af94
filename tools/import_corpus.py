"""Convert the collected statute files (XX.md: YAML front matter + text) into statutes/XX.toml.

Usage: python tools/import_corpus.py [SOURCE_DIR] [DEST_DIR] [--date YYYY-MM-DD]
Defaults: /work/shared/statutes -> ./statutes. Every front-matter field is kept; the body
after the front matter is stored verbatim in `text` (a TOML multi-line literal string when
possible). The script reads each written file back with tomllib and refuses to finish if
any field or the text does not round-trip exactly. It also writes statutes/corpus.toml.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import tomllib
from pathlib import Path

FIELDS = ("jurisdiction", "code", "citations", "title", "kind", "sources", "as_of",
          "complete", "missing")
DEFAULT_SOURCE = Path("/work/shared/statutes")
DEFAULT_DEST = Path(__file__).resolve().parents[1] / "statutes"
PROVENANCE_NOTE = (
    "Texts collected for DraftKit from public copies of each jurisdiction's code "
    "(official legislature sites where available, otherwise public mirrors named in each "
    "file's `sources`), converted unchanged from the collection's Markdown files by "
    "tools/import_corpus.py. Only texts with complete = true hold every subsection of the "
    "cited sections; the others are excerpts and say what is missing."
)


def split_front_matter(raw: str, name: str) -> tuple[str, str]:
    """Return (front matter, body) of a '---' delimited file."""
    if not raw.startswith("---\n"):
        raise ValueError(f"{name}: no front matter")
    end = raw.find("\n---\n", 3)
    if end < 0:
        raise ValueError(f"{name}: front matter is not closed")
    return raw[4:end + 1], raw[end + 5:]


def parse_value(value: str):
    """The small YAML subset the collection uses: JSON lists/strings, booleans, bare text."""
    value = value.strip()
    if value in ("true", "false"):
        return value == "true"
    if value.startswith(("[", '"')):
        return json.loads(value)
    return value


def parse_front_matter(front: str, name: str) -> dict:
    fields = {}
    for line in front.splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep or key not in FIELDS:
            raise ValueError(f"{name}: unexpected front-matter line {line[:40]!r}")
        fields[key] = parse_value(value)
    missing = [field for field in FIELDS if field not in fields]
    if missing:
        raise ValueError(f"{name}: front matter lacks {', '.join(missing)}")
    return fields


def toml_string(value: str) -> str:
    """A TOML basic string (JSON string escapes are a subset of TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def toml_text(body: str) -> str:
    """The body as a multi-line literal string when TOML allows it, else a basic string."""
    literal_ok = ("'''" not in body and not body.endswith("'")
                  and all(ch in "\t\n" or ord(ch) >= 32 and ord(ch) != 127 for ch in body))
    if literal_ok:
        return "'''\n" + body + "'''"
    return toml_string(body)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(toml_string(item) for item in value) + "]"
    return toml_string(value)


def to_toml(fields: dict, body: str) -> str:
    lines = [f"{key} = {toml_value(fields[key])}" for key in FIELDS]
    return "\n".join(lines) + "\ntext = " + toml_text(body) + "\n"


def convert(path: Path) -> tuple[dict, str, str]:
    """(fields, body, toml) for one XX.md file, checked to round-trip."""
    front, body = split_front_matter(path.read_text(encoding="utf-8"), path.name)
    fields = parse_front_matter(front, path.name)
    document = to_toml(fields, body)
    loaded = tomllib.loads(document)
    if loaded != {**fields, "text": body}:
        raise ValueError(f"{path.name}: TOML does not round-trip")
    return fields, body, document


def corpus_toml(records: list[dict], date: str) -> str:
    complete = sum(1 for fields in records if fields["complete"])
    return (f"corpus_date = {toml_string(date)}\ncount = {len(records)}\n"
            f"complete_count = {complete}\nprovenance = {toml_string(PROVENANCE_NOTE)}\n")


def run(source: Path, dest: Path, date: str) -> int:
    files = sorted(p for p in source.glob("*.md") if p.stem.isupper() and len(p.stem) == 2)
    records = []
    for path in files:
        fields, _body, document = convert(path)
        if fields["code"] != path.stem:
            raise ValueError(f"{path.name}: code {fields['code']!r} does not match the file name")
        (dest / f"{path.stem}.toml").write_text(document, encoding="utf-8")
        records.append(fields)
    (dest / "corpus.toml").write_text(corpus_toml(records, date), encoding="utf-8")
    print(f"wrote {len(records)} statutes to {dest}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("dest", nargs="?", type=Path, default=DEFAULT_DEST)
    parser.add_argument("--date", default=datetime.date.today().isoformat(),
                        help="corpus_date to record (default: today)")
    args = parser.parse_args(argv)
    return run(args.source, args.dest, args.date)


if __name__ == "__main__":
    sys.exit(main())
