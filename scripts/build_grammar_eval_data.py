"""Builds the writing-check evaluation sets in tests/data/grammar/ from public material.

Run once by hand with the sources checked out (paths as arguments); the samples are committed,
so the tests and ``bench/bench_writing.py`` never need the sources. Seeded: re-running gives
the same files.

    python scripts/build_grammar_eval_data.py CODESPELL_DICT JFLEG_DIR AWSDOCS_DIR [...]

- typos.tsv: 600 entries of codespell's dictionary.txt (CC BY-SA 3.0): ``typo<TAB>correct``,
  single-word corrections only, drawn uniformly at random.
- learner_jfleg.tsv: 300 sentences of the JFLEG test set (CC BY-NC-SA 4.0) that its first
  reference corrects: ``source<TAB>reference``, both tokenised as JFLEG ships them.
- aws_docs_prose.md: prose paragraphs (no code blocks, tables or headings) of random pages
  of archived awsdocs user guides (CC BY-SA 4.0), about 4,000 words.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "grammar"
_WORD = re.compile(r"[a-z]{4,}")


def typos(dictionary: Path, count: int, rng: random.Random) -> list[str]:
    rows = []
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        typo, _, fixes = line.partition("->")
        fixes = fixes.strip()
        if "," in fixes or not _WORD.fullmatch(typo) or not _WORD.fullmatch(fixes):
            continue
        rows.append(f"{typo}\t{fixes}")
    return sorted(rng.sample(rows, count))


def learner(jfleg: Path, count: int, rng: random.Random) -> list[str]:
    sources = (jfleg / "test" / "test.src").read_text(encoding="utf-8").splitlines()
    references = (jfleg / "test" / "test.ref0").read_text(encoding="utf-8").splitlines()
    pairs = [
        f"{s.strip()}\t{r.strip()}"
        for s, r in zip(sources, references, strict=True)
        if s.strip() != r.strip() and "\t" not in s + r
    ]
    return rng.sample(pairs, count)


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
_LIST_ITEM = re.compile(r"^\s*(?:[+*-]|\d+\.)\s+")


def _prose(markdown: str) -> list[str]:
    """Paragraphs of running text: markdown escapes undone, list items one a line."""
    paragraphs, block, fenced = [], [], False
    for raw in markdown.splitlines():
        line = _ESCAPE.sub(r"\1", raw)
        if line.strip().startswith("```"):
            fenced = not fenced
            continue
        if (
            fenced
            or line.lstrip().startswith(("|", "#", "<", "!", "**Topics**"))
            or not line.strip()
        ):
            if block:
                paragraphs.append("\n".join(block))
            block = []
            continue
        if _LIST_ITEM.match(line) or not block:
            block.append(
                _LIST_ITEM.sub(
                    lambda m: (
                        "- " if not m.group().strip()[0].isdigit() else m.group().strip() + " "
                    ),
                    line,
                ).strip()
            )
        else:
            block[-1] += " " + line.strip()
    if block:
        paragraphs.append("\n".join(block))
    return [p for p in paragraphs if len(p.split()) >= 12]


def aws_prose(folders: list[Path], words: int, rng: random.Random) -> str:
    pages = sorted(p for folder in folders for p in folder.glob("*.md"))
    rng.shuffle(pages)
    chosen: list[str] = []
    total = 0
    for page in pages:
        for paragraph in _prose(page.read_text(encoding="utf-8"))[:3]:
            chosen.append(paragraph)
            total += len(paragraph.split())
        if total >= words:
            break
    return "\n\n".join(chosen) + "\n"


def main(argv: list[str]) -> None:
    dictionary, jfleg, *docs = (Path(a) for a in argv)
    rng = random.Random(13)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "typos.tsv").write_text("\n".join(typos(dictionary, 600, rng)) + "\n", "utf-8")
    (OUT / "learner_jfleg.tsv").write_text("\n".join(learner(jfleg, 300, rng)) + "\n", "utf-8")
    (OUT / "aws_docs_prose.md").write_text(aws_prose(docs, 4000, rng), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
