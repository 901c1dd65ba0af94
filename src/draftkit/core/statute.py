"""The Statute model: a relief statute's text, its provenance, and its provision tree."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Provenance:
    """Where a statute's text came from and how complete it is.

    For bundled texts every field comes from the corpus file's front matter; for a file
    or pasted text, `origin` names the file (or "pasted") and `complete` is None because
    DraftKit cannot know.
    """

    jurisdiction: str  # "Nevada"; "" when unknown
    code: str | None  # "NV"; None when unknown
    citations: tuple[str, ...] = ()
    title: str = ""
    kind: str = ""  # the corpus's first reading: vacatur|expungement|sealing|set-aside|mixed|none
    sources: tuple[str, ...] = ()
    as_of: str = ""
    complete: bool | None = None  # True/False for bundled texts, None when unknown
    missing: str = ""
    origin: str = "bundled"  # "bundled", a file path, or "pasted"

    @property
    def is_excerpt(self) -> bool:
        """True when the text is known to be incomplete."""
        return self.complete is False


@dataclass(frozen=True)
class Provision:
    """One numbered unit of a statute and its children.

    kind: "section" ("§ 179.247", "Sec. 3."), "subsection" ("1.", "(a)" at top level),
    "paragraph", "subparagraph", "clause" (deeper levels), in the statute's own scheme.
    `label` is the marker as printed ("§ Nev. Rev. Stat. § 179.247", "1.", "(a)", "(1)").
    `style` names the numbering scheme of the label: "section", "arabic_dot" ("1."),
    "lower_paren" ("(a)"), "arabic_paren" ("(1)"), "upper_paren" ("(A)"),
    "roman_paren" ("(i)"), "upper_dot" ("A."), "lower_dot" ("a."), "roman_upper_paren" ...
    `start`/`end` span the whole provision in Statute.text including its children;
    `body_start` is where the text after the label begins.
    """

    kind: str
    label: str
    style: str
    depth: int
    start: int
    end: int
    body_start: int
    children: tuple["Provision", ...] = ()

    def walk(self):
        """This provision and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Statute:
    """A statute as DraftKit reads it: the text every later step starts from."""

    text: str
    provenance: Provenance
    provisions: tuple[Provision, ...] = ()  # top-level provisions (usually sections)
    # offsets in `text` where the source was cut off ("[TEXT CUT OFF IN SOURCE]" lines
    # are not part of `text`; they are recorded here so views can mark the place)
    truncations: tuple[int, ...] = field(default=())

    @property
    def code(self) -> str | None:
        return self.provenance.code

    @property
    def is_excerpt(self) -> bool:
        return self.provenance.is_excerpt

    def walk(self):
        """Every provision in document order."""
        for provision in self.provisions:
            yield from provision.walk()
