"""Completeness rules for an escalation note, each a small named function.

Every rule takes a note and returns a list of findings (empty when the note is fine). A rule
that looks at a field's quality stays silent while that field is empty; emptiness of a
required field is :func:`required_fields_missing`'s job (and a few rules restate it with a more
useful message, e.g. the workaround's "write 'none'").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.escalation.fields import (
    FIELDS_BY_NAME,
    INTERMITTENT,
    REQUIRED_FIELDS,
    normalise_reproducibility,
)
from desktop.core.escalation.findings import MISSING, WEAK, Finding
from desktop.core.escalation.model import EscalationNote
from desktop.core.i18n import translate

Rule = Callable[[EscalationNote], list[Finding]]

MIN_SUMMARY_WORDS = 6
MIN_STEPS_WORDS = 5

_VAGUE = re.compile(
    r"\b(doesn'?t work|does not work|don'?t work|not working|isn'?t working|stopped working|"
    r"broken|issues?|problems?|fail(s|ed|ing)?|error(s)?|wrong)\b",
    re.IGNORECASE,
)
# Something concrete: a number, an error code (AccessDenied), an exception, quoted text or code.
_SPECIFIC = re.compile(r'\d|\b[A-Z][a-z]+[A-Z]\w*|\w+(Exception|Error)\b|"[^"]+"|`[^`]+`|“[^”]+”')
_FIX_VERBS = (
    r"(fix|increase|raise|bump|add|enable|allow|change|update|revert|roll ?back|patch|remove|"
    r"support|implement|upgrade)"
)
_FIX = re.compile(
    # An imperative opening with an object: "Increase the limit", "Raise ENI quota ..."
    rf"^\W*(please\s+)?{_FIX_VERBS}\s+(the|a|an|our|their|its|this|these|that|it|"
    r"\w+\s+(limit|quota|timeout|size|capacity))\b"
    rf"|\bplease\s+{_FIX_VERBS}\b"
    r"|\b(should|must|needs? to|has to|have to)\s+(be\s+)?(fixed|increase|raised?|add|added|"
    r"enable|enabled|allow|change|revert|roll|patch|support|implement|upgrade)\w*\b",
    re.IGNORECASE,
)
_REQUEST_ID = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"  # UUID
    r"|\b1-[0-9a-f]{8}-[0-9a-f]{24}\b"  # X-Ray trace ID
    r"|\b(?=[0-9A-F]*\d)[0-9A-F]{16}\b"  # S3 x-amz-request-id: 16 upper-case hex digits
    r"|(?i:\b(request[ _-]?id|x-amzn?-request-?id|x-amz-id-2|x-amz-cf-id|trace[ _-]?id)\b)"
    r"\s*[:=]?\s*\S{6,}",
)
_UTC_TIMESTAMP = re.compile(
    r"\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s?(Z|UTC|GMT|[+-]00:?00)(?![A-Za-z])", re.IGNORECASE
)
_REGION = re.compile(
    r"\b[a-z]{2}(-gov|-iso[a-z]?)?-(north|south|east|west|central)"
    r"(east|west)?-\d\b|\bglobal\b|\ball (commercial )?regions\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"millions?|all|every|half)\b",
    re.IGNORECASE,
)
_WHO = re.compile(
    r"\b(customers?|users?|clients?|tenants?|accounts?|teams?|employees?|merchants?|stores?|"
    r"patients?|developers?|subscribers?|partners?|members?|drivers?|players?|shoppers?|"
    r"agents?|engineers?|people|staff|students?|sellers?|buyers?|traffic|orders?|"
    r"transactions?|requests?|workloads?|production|prod)\b",
    re.IGNORECASE,
)
_GENERIC_ASK = re.compile(
    r"^\W*(please\s+)?(can you\s+|could you\s+)?(investigate|look into|check|help|assist|fix|"
    r"advise|take a look|escalate)(\s+(this|it|the|issue|problem|asap|urgently|on|with|at|"
    r"further|please|us|into))*\W*$",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"\?|\b(confirm|whether|decide|decision|approve|approval|exception|prioriti[sz]e|eta|"
    r"root cause|is there|are there|can you|could you|will you|when will|which|what|why|how)\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"^\W*(n/?a|tbd|tbc|todo|unknown|-+|\?+|\.+|see above)\W*$", re.I)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _weak(field: str, message: str, rule: str) -> list[Finding]:
    return [Finding(field, WEAK, message, rule)]


def _missing(field: str, message: str, rule: str) -> list[Finding]:
    return [Finding(field, MISSING, message, rule)]


def required_fields_missing(note: EscalationNote) -> list[Finding]:
    """Every required field that is empty."""
    return [
        Finding(
            name,
            MISSING,
            translate("Escalation", "{field} is required. {hint}").format(
                field=FIELDS_BY_NAME[name].label, hint=FIELDS_BY_NAME[name].hint
            ),
            "required_fields_missing",
        )
        for name in REQUIRED_FIELDS
        if note.is_empty(name)
    ]


def summary_too_vague(note: EscalationNote) -> list[Finding]:
    """A summary under ``MIN_SUMMARY_WORDS`` words, or one that only says it is broken."""
    text = note.summary.strip()
    if not text:
        return []
    if len(text.split()) < MIN_SUMMARY_WORDS:
        return _weak(
            "summary",
            translate(
                "Escalation",
                "Summary is under {count} words: say what fails, where and since when.",
            ).format(count=MIN_SUMMARY_WORDS),
            "summary_too_vague",
        )
    if _VAGUE.search(text) and not _SPECIFIC.search(text):
        return _weak(
            "summary",
            translate(
                "Escalation",
                "Summary only says something is broken: name the error, the operation and a "
                "number (status code, count, time).",
            ),
            "summary_too_vague",
        )
    return []


def summary_proposes_fix(note: EscalationNote) -> list[Finding]:
    """A summary that asks for a change instead of describing the symptom."""
    if _FIX.search(note.summary):
        return _weak(
            "summary",
            translate(
                "Escalation",
                "Summary proposes a fix: describe the symptom here and put the fix under "
                "Suggested fix.",
            ),
            "summary_proposes_fix",
        )
    return []


def expected_equals_actual(note: EscalationNote) -> list[Finding]:
    """Expected and actual results that say the same thing."""
    if note.expected.strip() and _normal(note.expected) == _normal(note.actual):
        return _weak(
            "actual",
            translate(
                "Escalation", "Expected and actual results are the same: what happened instead?"
            ),
            "expected_equals_actual",
        )
    return []


def evidence_lacks_ids(note: EscalationNote) -> list[Finding]:
    """Evidence without a request ID or without a UTC timestamp."""
    text = note.evidence
    if not text.strip():
        return []
    no_id, no_time = not _REQUEST_ID.search(text), not _UTC_TIMESTAMP.search(text)
    if not (no_id or no_time):
        return []
    if no_id and no_time:
        message = translate(
            "Escalation",
            "Evidence has no request ID and no UTC timestamp: the product team needs them to "
            "find the requests in their logs.",
        )
    elif no_id:
        message = translate(
            "Escalation",
            "Evidence has no request ID: the product team needs them to find the requests in "
            "their logs.",
        )
    else:
        message = translate(
            "Escalation",
            "Evidence has no UTC timestamp: the product team needs them to find the requests in "
            "their logs.",
        )
    return _weak("evidence", message, "evidence_lacks_ids")


def region_missing(note: EscalationNote) -> list[Finding]:
    """No region, or a region field that names no region code ("Tokyo", "prod")."""
    text = note.region.strip()
    if not text:
        return _missing(
            "region",
            translate("Escalation", "Region is missing: give the region code, e.g. eu-west-1."),
            "region_missing",
        )
    if not _REGION.search(text):
        return _weak(
            "region",
            translate(
                "Escalation", "Region {value} is not a region code such as eu-west-1."
            ).format(value=repr(text)),
            "region_missing",
        )
    return []


def impact_lacks_numbers(note: EscalationNote) -> list[Finding]:
    """An impact statement without numbers or without saying who is affected."""
    text = note.impact.strip()
    if not text:
        return []
    no_numbers, no_who = not _NUMBER.search(text), not _WHO.search(text)
    if not (no_numbers or no_who):
        return []
    example = "'1,200 merchants cannot take payments; launch on 3 June'"
    if no_numbers and no_who:
        message = translate(
            "Escalation", "Impact gives no numbers and no who is affected: e.g. {example}."
        )
    elif no_numbers:
        message = translate("Escalation", "Impact gives no numbers: e.g. {example}.")
    else:
        message = translate("Escalation", "Impact gives no who is affected: e.g. {example}.")
    return _weak("impact", message.format(example=example), "impact_lacks_numbers")


def ask_not_specific(note: EscalationNote) -> list[Finding]:
    """An ask that is a generic plea ("please investigate") or not a question or decision."""
    text = note.ask.strip()
    if not text:
        return []
    if _GENERIC_ASK.match(text) or not _DECISION.search(text):
        return _weak(
            "ask",
            translate(
                "Escalation",
                "The ask is not a specific question or decision: e.g. 'Is this a regression in "
                "1.29, and is a fix planned before 3 June?'",
            ),
            "ask_not_specific",
        )
    return []


def workaround_not_explicit(note: EscalationNote) -> list[Finding]:
    """An empty workaround, or a placeholder such as "n/a" instead of an explicit "none"."""
    text = note.workaround.strip()
    if not text:
        return _missing(
            "workaround",
            translate("Escalation", "Workaround is empty: describe it, or write 'none'."),
            "workaround_not_explicit",
        )
    if _PLACEHOLDER.match(text):
        return _weak(
            "workaround",
            translate(
                "Escalation",
                "Workaround {value} is a placeholder: describe the workaround or write 'none'.",
            ).format(value=repr(text)),
            "workaround_not_explicit",
        )
    return []


def reproducibility_missing(note: EscalationNote) -> list[Finding]:
    """No reproducibility, an unknown value, or "intermittent" without how often."""
    canonical = normalise_reproducibility(note.reproducibility)
    rule = "reproducibility_missing"
    if canonical == "":
        return _missing(
            "reproducibility",
            translate(
                "Escalation", "Reproducibility is missing: always, intermittent or not reproduced?"
            ),
            rule,
        )
    if canonical is None:
        return _weak(
            "reproducibility",
            translate(
                "Escalation",
                "Reproducibility {value} is not always, intermittent or not reproduced.",
            ).format(value=repr(note.reproducibility.strip())),
            rule,
        )
    if canonical == INTERMITTENT and note.is_empty("reproducibility_detail"):
        return _weak(
            "reproducibility_detail",
            translate("Escalation", "Intermittent: say how often, e.g. '3 of 5 attempts'."),
            rule,
        )
    return []


def steps_missing(note: EscalationNote) -> list[Finding]:
    """No steps to reproduce, or too few words to follow."""
    words = len(note.steps.split())
    if words == 0:
        return _missing(
            "steps", translate("Escalation", "Steps to reproduce are missing."), "steps_missing"
        )
    if words < MIN_STEPS_WORDS:
        return _weak(
            "steps",
            translate(
                "Escalation",
                "Steps to reproduce are too short to follow: give the commands or calls, in order.",
            ),
            "steps_missing",
        )
    return []


def severity_unjustified(note: EscalationNote) -> list[Finding]:
    """A severity without a justification."""
    if note.severity.strip() and note.is_empty("severity_justification"):
        return _weak(
            "severity_justification",
            translate("Escalation", "Say in one sentence why this severity applies."),
            "severity_unjustified",
        )
    return []


# Specific rules first: when two rules flag the same field at the same level, the first wins.
RULES: tuple[Rule, ...] = (
    region_missing,
    workaround_not_explicit,
    reproducibility_missing,
    steps_missing,
    required_fields_missing,
    summary_too_vague,
    summary_proposes_fix,
    expected_equals_actual,
    evidence_lacks_ids,
    impact_lacks_numbers,
    ask_not_specific,
    severity_unjustified,
)
