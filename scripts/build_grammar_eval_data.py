"""Builds the writing-check evaluation sets in tests/data/grammar/ from public material.

Run once by hand with the sources checked out (paths as arguments); the samples are committed,
so the tests and ``bench/bench_writing.py`` never need the sources. Seeded: re-running gives
the same files.

    python scripts/build_grammar_eval_data.py CODESPELL_DICT AWSDOCS_DIR [...]
    python scripts/build_grammar_eval_data.py learner CODESPELL_DICT EC2_GUIDE_DIR

(typos.tsv and aws_docs_prose.md were made by the first version of this script, which drew a
JFLEG sample between them from the same random generator; see tests/data/grammar/README.md.)

- typos.tsv: 600 entries of codespell's dictionary.txt (CC BY-SA 3.0): ``typo<TAB>correct``,
  single-word corrections only, drawn uniformly at random.
- learner_errors.tsv: 600 sentences of the archived Amazon EC2 user guide (awsdocs, CC BY-SA
  4.0) with one error each, the kind of error drawn at random among those second-language
  writers make (articles, prepositions, agreement, verb form, noun number, confused words,
  misspellings from codespell's dictionary): ``source<TAB>reference``, tokenised.
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


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*|[.,;:!?()]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_PLAIN = re.compile(r"[A-Za-z0-9 ,.;:!?()'-]+")
ARTICLES = ("a", "an", "the")
PREPOSITIONS = ("in", "on", "at", "for", "to", "of", "with", "from", "by", "about", "into")
MODALS = ("can", "will", "must", "should", "may", "might", "could", "would", "to")
AGREEMENT = {
    "is": "are",
    "are": "is",
    "was": "were",
    "were": "was",
    "has": "have",
    "have": "has",
    "does": "do",
    "do": "does",
}
CONFUSED = {
    "its": "it's",
    "it's": "its",
    "their": "there",
    "there": "their",
    "then": "than",
    "than": "then",
    "your": "you're",
    "affect": "effect",
    "effect": "affect",
    "fewer": "less",
    "whose": "who's",
    "to": "too",
    "lose": "loose",
}


def _noun_number(word: str) -> str:
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word).get("NOUN", ())
    if not lemmas or not word.isalpha() or not word.islower():
        return ""
    lemma = lemmas[0]
    plural = getInflection(lemma, "NNS")
    if word == lemma and plural and plural[0] != word:
        return str(plural[0])
    return lemma if plural and word == plural[0] and lemma != word else ""


def _verb_form(word: str, after_modal: bool) -> str:
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word).get("VERB", ())
    if not lemmas or not word.isalpha() or not word.islower():
        return ""
    lemma = lemmas[0]
    if after_modal and word == lemma:
        forms = getInflection(lemma, "VBZ") or getInflection(lemma, "VBD")
    elif not after_modal and word != lemma and getInflection(lemma, "VBZ") == (word,):
        forms = (lemma,)  # "the instance runs" -> "the instance run"
    else:
        return ""
    return str(forms[0]) if forms and forms[0] != word else ""


def _corruptions(tokens: list[str], misspell: dict[str, str]) -> list[tuple[str, int, str]]:
    """Every single-word error that can be made in ``tokens``: (type, index, replacement);
    "" as the replacement drops the token."""
    found = []
    for i, token in enumerate(tokens):
        low = token.lower()
        previous = tokens[i - 1].lower() if i else ""
        if low in ARTICLES and token.islower():
            found.append(("article", i, ""))
            if low in ("a", "an"):
                found.append(("article", i, "an" if low == "a" else "a"))
        if low in PREPOSITIONS and token.islower():
            found.append(("preposition", i, next(p for p in PREPOSITIONS if p != low)))
        if low in AGREEMENT and token.islower():
            found.append(("agreement", i, AGREEMENT[low]))
        if low in CONFUSED and token.islower():
            found.append(("confused", i, CONFUSED[low]))
        if (noun := _noun_number(token)) and previous not in MODALS:
            found.append(("number", i, noun))
        if verb := _verb_form(token, previous in MODALS):
            found.append(("verb-form", i, verb))
        if low in misspell and token.islower():
            found.append(("spelling", i, misspell[low]))
    return found


def learner(folders: list[Path], dictionary: Path, count: int, rng: random.Random) -> list[str]:
    """``count`` sentences of documentation prose with one error each, of a type drawn at
    random (articles, prepositions, agreement, verb form, noun number, confused words,
    spelling) at a random place: ``source<TAB>reference``, tokenised."""
    misspell: dict[str, str] = {}
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        typo, _, fixes = line.partition("->")
        fix = fixes.strip()
        if _WORD.fullmatch(typo) and _WORD.fullmatch(fix):
            misspell.setdefault(fix, typo)
    sentences = []
    for page in sorted(p for folder in folders for p in folder.rglob("*.md")):
        for paragraph in _prose(page.read_text(encoding="utf-8")):
            for sentence in _SENTENCE.split(paragraph):
                words = sentence.split()
                if 8 <= len(words) <= 35 and _PLAIN.fullmatch(sentence):
                    sentences.append(sentence)
    rng.shuffle(sentences)
    rows: list[str] = []
    for sentence in sentences:
        tokens = _TOKEN.findall(sentence)
        options = _corruptions(tokens, misspell)
        kinds = sorted({kind for kind, _, _ in options})
        if not kinds:
            continue
        kind = rng.choice(kinds)
        _, index, replacement = rng.choice([o for o in options if o[0] == kind])
        source = [*tokens[:index], *([replacement] if replacement else []), *tokens[index + 1 :]]
        rows.append(f"{' '.join(source)}\t{' '.join(tokens)}")
        if len(rows) == count:
            break
    return rows


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
    OUT.mkdir(parents=True, exist_ok=True)
    if argv[:1] == ["learner"]:
        dictionary, guide = (Path(a) for a in argv[1:3])
        rows = learner([guide], dictionary, 600, random.Random(2026))
        (OUT / "learner_errors.tsv").write_text("\n".join(rows) + "\n", "utf-8")
        return
    dictionary, *docs = (Path(a) for a in argv)
    rng = random.Random(13)
    (OUT / "typos.tsv").write_text("\n".join(typos(dictionary, 600, rng)) + "\n", "utf-8")
    (OUT / "aws_docs_prose.md").write_text(aws_prose(docs, 4000, rng), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
