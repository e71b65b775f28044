"""Builds tests/data/gate/ from gitleaks' rule samples, each embedded in a support reply.

Usage:
    python -m scripts.gate_corpus.build GITLEAKS_CHECKOUT [--out tests/data/gate]

GITLEAKS_CHECKOUT is a working tree or a bare git directory of github.com/gitleaks/gitleaks;
the rule files are read from ``cmd/generate/config/rules/``. Samples built from a regex
(``secrets.NewSecret``) are generated with a fixed seed, so the output is reproducible for a
given gitleaks commit. Only the provider families the pre-send gate promises to cover are used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
from pathlib import Path
from random import Random

import re2  # type: ignore[import-untyped]

from desktop.core.gate.allow import shannon_entropy
from scripts.gate_corpus.go_samples import RuleSamples, Sample, read_rule_samples

RULES_DIR = "cmd/generate/config/rules"
SEED = 12
# gitleaks rule file -> the family name the gate reports rates under.
FAMILIES: dict[str, str] = {
    "aws": "AWS",
    "gcp": "GCP",
    "azure": "Azure",
    "github": "GitHub",
    "gitlab": "GitLab",
    "bitbucket": "Bitbucket/Atlassian",
    "atlassian": "Bitbucket/Atlassian",
    "slack": "Slack",
    "stripe": "Stripe",
    "twilio": "Twilio",
    "sendgrid": "SendGrid",
    "mailgun": "Mailgun/Mailchimp",
    "mailchimp": "Mailgun/Mailchimp",
    "datadog": "Datadog",
    "newrelic": "New Relic",
    "grafana": "Grafana",
    "sentry": "Sentry",
    "okta": "Okta",
    "hashicorp": "HashiCorp",
    "hashicorp_vault": "HashiCorp",
    "databricks": "Databricks",
    "cloudflare": "Cloudflare",
    "digitalocean": "DigitalOcean",
    "alibaba": "Alibaba",
    "heroku": "Heroku",
    "npm": "npm",
    "pypi": "PyPI",
    "artifactory": "Artifactory/JFrog",
    "jfrog": "Artifactory/JFrog",
    "kubernetes": "Kubernetes",
    "openai": "OpenAI",
    "anthropic": "Anthropic",
    "huggingface": "Hugging Face",
    "privatekey": "Private keys",
    "generic": "Named secrets",
    "curl": "Named secrets",
}

# How a secret assigned to a name appears in what customers paste (config, env, code, CLI).
ASSIGNMENT_FORMS = (
    "{I}_TOKEN={s}",
    "{i}_token: {s}",
    '{{"{i}_token": "{s}"}}',
    '{i}Token = "{s}"',
    "export {I}_API_TOKEN='{s}'",
)

# Reply sentences a support engineer writes around a pasted line (one line / a block).
INLINE_REPLIES = (
    "Thanks for the details. In the log you attached I can see `{x}`; please rotate it "
    "before we continue.",
    "Hello,\n\nThe deployment failed right after this line of your configuration: {x}\n\n"
    "Could you confirm it is the current one?\n\nBest regards,\nSam",
    "From your last message: {x} - this looks like it came from the CI environment.",
    "I reproduced the error with the same settings ({x}) and will share the result shortly.",
)
BLOCK_REPLIES = (
    "Thanks for sending the output. The relevant part is:\n\n```\n{x}\n```\n\n"
    "I will look into why the request was rejected.",
    "Hi,\n\nHere is what we found in the file you uploaded:\n\n{x}\n\nKind regards,\nAlex",
)


def _render(sample: Sample, rng: Random) -> list[str]:
    if isinstance(sample, str):
        return [sample]
    forms = ASSIGNMENT_FORMS if sample.many else ASSIGNMENT_FORMS[1:2]
    values = {"i": sample.identifier, "I": sample.identifier.upper(), "s": sample.secret}
    return [form.format(**values) for form in forms]


def embed(raw: str) -> str:
    """``raw`` inside a reply, the same reply every time for the same sample."""
    digest = int(hashlib.sha256(raw.encode()).hexdigest(), 16)
    replies = BLOCK_REPLIES if "\n" in raw.strip() else INLINE_REPLIES
    return replies[digest % len(replies)].format(x=raw.strip("\n"))


def _rule_sources(checkout: Path) -> dict[str, str]:
    folder = checkout / RULES_DIR
    if folder.is_dir():
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.go"))}
    git = ["git", f"--git-dir={checkout}"]
    names = subprocess.run(
        [*git, "ls-tree", "--name-only", "HEAD", f"{RULES_DIR}/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    out = {}
    for name in names:
        if name.endswith(".go"):
            text = subprocess.run(
                [*git, "show", f"HEAD:{name}"], check=True, capture_output=True, text=True
            ).stdout
            out[Path(name).stem] = text
    return out


_VALUE_RE = re.compile(r"[`\"]([A-Za-z0-9_-]{16,})[`\"]")


def _values_allowlisted(source: str) -> set[str]:
    """Exact values a rule file allowlists (allowlist regexes and stop words)."""
    values: set[str] = set()
    for block in re.split(r"\n\s*tps\s*:?=", source)[:-1]:
        start = block.rfind("Allowlists:")
        if start != -1:
            values.update(_VALUE_RE.findall(block[start:]))
    return values


def _other_rule_flags(sample: str, own: str, rules: list[tuple[str, RuleSamples, object]]) -> bool:
    """Another gitleaks rule flags ``sample``: its keyword, regex and entropy all agree."""
    lowered = sample.lower()
    for name, rule, pattern in rules:
        if name == own or (rule.keywords and not any(k in lowered for k in rule.keywords)):
            continue
        match = pattern.search(sample)  # type: ignore[attr-defined]
        if match is None:
            continue
        secret = next((g for g in match.groups() if g), match.group())
        if shannon_entropy(secret) >= rule.entropy:
            return True
    return False


def _compiled_rules(
    all_rules: list[tuple[str, RuleSamples]],
) -> list[tuple[str, RuleSamples, object]]:
    compiled: list[tuple[str, RuleSamples, object]] = []
    options = re2.Options()
    options.log_errors = False
    for name, rule in all_rules:
        if rule.regex:
            try:
                compiled.append((name, rule, re2.compile(rule.regex, options)))
            except re2.error:
                continue
    return compiled


Row = dict[str, str]


def build(checkout: Path) -> tuple[list[Row], list[Row], list[Row], list[str]]:
    """(true positives, false positives, set-aside false positives, skipped statements).

    Set aside: samples gitleaks lists as a rule's false positive that are credentials all the
    same: another gitleaks rule flags them (an Anthropic admin key in the api-key rule's list, a
    JWT in an Authorization: Basic header), or the rule excludes them only by allowlisting those
    exact values (16 published Google API keys).
    """
    rng = Random(SEED)
    tps: list[Row] = []
    fps: list[Row] = []
    skipped: list[str] = []
    sources = _rule_sources(checkout)
    all_rules = [
        (f"{stem}.go:{rule.function}", rule)
        for stem, source in sources.items()
        for rule in read_rule_samples(source, Random(SEED))
    ]
    other_rules = _compiled_rules(all_rules)
    for stem, family in FAMILIES.items():
        by_value = _values_allowlisted(sources[stem])
        for rule in read_rule_samples(sources[stem], rng):
            skipped += [f"{stem}.go {s}" for s in rule.skipped]
            for kind, samples, out in (("tps", rule.tps, tps), ("fps", rule.fps, fps)):
                for sample in samples:
                    for raw in _render(sample, rng):
                        if not raw.strip():
                            continue
                        own = f"{stem}.go:{rule.function}"
                        row = {"family": family, "rule": own, "sample": raw, "text": embed(raw)}
                        if kind == "fps" and any(v in raw for v in by_value):
                            row["set_aside"] = "allowlisted by exact value"
                        elif kind == "fps" and _other_rule_flags(raw, own, other_rules):
                            row["set_aside"] = "another gitleaks rule flags it"
                        out.append(row)
    # A rule's false positive is sometimes another rule's true positive (an Anthropic admin key
    # in the api-key rule's list): for the gate as a whole it is a credential, not a false alarm.
    credentials = {t["sample"] for t in tps}
    fps = [f for f in fps if f["sample"] not in credentials]
    aside = [f for f in fps if "set_aside" in f]
    return tps, [f for f in fps if "set_aside" not in f], aside, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("--out", type=Path, default=Path("tests/data/gate"))
    args = parser.parse_args(argv)
    tps, fps, aside, skipped = build(args.checkout)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("tps.jsonl", tps), ("fps.jsonl", fps), ("fps_set_aside.jsonl", aside)):
        with open(args.out / name, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"{len(tps)} true positives, {len(fps)} false positives, {len(aside)} false positives "
        f"set aside as credentials -> {args.out}"
    )
    for line in skipped:
        print(f"skipped: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
