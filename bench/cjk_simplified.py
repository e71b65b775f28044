"""Measures the zh-TW Simplified-character check on real Taiwan text.

Usage: python bench/cjk_simplified.py FOLDER [FOLDER ...]

Every ``*.md`` / ``*.j2`` file under the folders is Traditional Chinese (Taiwan) text written by
people, e.g. a checkout of MicrosoftDocs/cloud-adoption-framework.zh-tw. Reports:

- false alarms: characters the check flags in that correct Taiwan text, per 10,000 Han characters;
- recall: the text converted to Simplified with OpenCC (``tw2s``, when the ``opencc`` package is
  importable), the share of converted characters the check flags.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.grammar.cjk_checks import simplified_characters


def _han(text: str) -> int:
    return sum(1 for char in text if "\u4e00" <= char <= "\u9fff")


def _flagged(text: str) -> set[int]:
    return {i for start, end, _ in simplified_characters(text) for i in range(start, end)}


def main(folders: list[str]) -> int:
    files = sorted(
        p for folder in folders for p in Path(folder).rglob("*") if p.suffix in (".md", ".j2")
    )
    han = false_alarms = 0
    alarms: Counter[str] = Counter()
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        han += _han(text)
        for index in _flagged(text):
            false_alarms += 1
            alarms[text[index]] += 1
    print(f"{len(files)} files, {han:,} Han characters of Taiwan text")
    print(f"false alarms: {false_alarms} ({false_alarms / max(han, 1) * 10_000:.2f} per 10k)")
    if alarms:
        print("  most flagged:", " ".join(f"{c}×{n}" for c, n in alarms.most_common(10)))
    try:
        import opencc
    except ImportError:
        print("recall: skipped (pip install opencc to measure it)")
        return 0
    converter = opencc.OpenCC("tw2s")
    changed = caught = 0
    for path in files:
        taiwan = path.read_text(encoding="utf-8", errors="replace")
        simplified = converter.convert(taiwan)
        if len(simplified) != len(taiwan):
            continue  # a phrase conversion changed the length; positions would not line up
        flagged = _flagged(simplified)
        for index, (before, after) in enumerate(zip(taiwan, simplified, strict=True)):
            if before != after:
                changed += 1
                caught += index in flagged
    share = caught / max(changed, 1)
    print(f"recall: {caught:,} of {changed:,} converted characters flagged ({share:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
