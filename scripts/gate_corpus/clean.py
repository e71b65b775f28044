"""Builds tests/data/gate/clean/ from AWS documentation: real support text that must pass.

Usage:
    python -m scripts.gate_corpus.clean GUIDE_GIT_DIR... [--out tests/data/gate/clean]

Each GUIDE_GIT_DIR is a (bare) clone of an awsdocs guide (e.g. awsdocs/amazon-s3-developer-guide).
Every Markdown/AsciiDoc page that mentions the identifiers support text is full of (ARNs,
request IDs, ETags, image digests, signatures, policy documents) is taken whole; the selection is
by that rule alone, never by what the gate makes of a page. The documentation is
CC BY-SA 4.0 and its sample code MIT-0 (see each guide's LICENSE files).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
from pathlib import Path

SUPPORT_IDS_RE = re.compile(
    r"arn:aws|x-amz-request-id|RequestId|ETag|sha256:|x-amz-id-2|\"Policy\"|Signature=|"
    r"X-Amz-Signature"
)
SUFFIXES = (".md", ".adoc")


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def pages(git_dir: Path) -> list[dict[str, str]]:
    """Pages of one guide that mention support identifiers, with their source."""
    repo = git_dir.parent.name.replace("+", "/") if git_dir.name == "repo" else git_dir.name
    commit = _git(git_dir, "rev-parse", "HEAD").strip()
    rows = []
    for name in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD").splitlines():
        if not name.endswith(SUFFIXES):
            continue
        text = _git(git_dir, "show", f"HEAD:{name}")
        if SUPPORT_IDS_RE.search(text):
            rows.append({"source": f"github.com/{repo}@{commit[:10]}:{name}", "text": text})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("guides", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=Path("tests/data/gate/clean"))
    args = parser.parse_args(argv)
    rows = [row for guide in args.guides for row in pages(guide)]
    args.out.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out / "awsdocs.jsonl.gz", "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    size = sum(len(row["text"]) for row in rows)
    print(f"{len(rows)} pages, {size / 1e6:.2f} MB -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
