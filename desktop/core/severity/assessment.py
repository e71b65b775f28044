"""Severity assessment: impact answers -> a recommended level, compared with the customer's."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from desktop.core.case import utc_now
from desktop.core.i18n import LocalizedText, Message, data_message, translate
from desktop.core.severity.model import STATE_WORDS, STATES, Condition, DefinitionSet, Level

Direction = Literal["", "over", "under"]
FORMAT_VERSION = 1
_NO_RULE = translate("Assessment", "Nothing in the answers shows impact beyond a general question")


class AssessmentError(ValueError):
    """A stored assessment could not be read."""


@dataclass(frozen=True)
class Answers:
    """The engineer's answers about the customer's real impact."""

    production: bool = False
    state: str = "working"  # one of STATES: working | degraded | down
    critical_business: bool = False
    workaround: bool = False
    users: int | None = None
    deadline: str = ""


@dataclass(frozen=True)
class Assessment:
    """A recommended level with its one-sentence reason, next to the customer's choice.

    Attributes:
        definitions: id of the definitions set used (``aws``).
        plan: support plan whose response times apply.
        selected: the customer-selected value as given (``critical``, or ``P1``).
        assessed: the recommended level code.
        reason: why, in one sentence.
        mismatch: "" when they agree, "over" when the customer chose higher, "under" lower.
        explanation: a kind sentence for the engineer when they disagree, else "".
    """

    definitions: str
    plan: str
    answers: Answers
    selected: str
    assessed: str
    reason: str
    mismatch: Direction = ""
    explanation: str = ""
    assessed_at: str = field(default_factory=utc_now)

    @property
    def is_mismatch(self) -> bool:
        """True when the customer's level differs from the recommended one, either way."""
        return bool(self.mismatch)


def _matches(when: Condition, answers: Answers) -> bool:
    checks = (
        when.production is None or when.production == answers.production,
        when.states is None or answers.state in when.states,
        when.critical_business is None or when.critical_business == answers.critical_business,
        when.workaround is None or when.workaround == answers.workaround,
        when.min_users is None or (answers.users or 0) >= when.min_users,
        when.has_deadline is None or when.has_deadline == bool(answers.deadline.strip()),
    )
    return all(checks)


def _cap_to_plan(definitions: DefinitionSet, level: Level, plan: str) -> Level:
    """The highest level offered on ``plan`` that is not above ``level``."""
    offered = [lvl for lvl in definitions.levels if lvl.response_time(plan)]
    fitting = [lvl for lvl in offered if definitions.rank(lvl.code) <= definitions.rank(level.code)]
    return (fitting or offered or [level])[-1]


def _trim(text: str) -> str:
    return text.strip().rstrip(".。")


def _base(reason: str, state: str) -> Message:
    """The rule's reason without its full stop; "{state}" says what the engineer answered."""
    if isinstance(reason, Message):
        return reason
    translations = reason.translations if isinstance(reason, LocalizedText) else {}
    trimmed = LocalizedText(_trim(reason), {lang: _trim(t) for lang, t in translations.items()})
    return data_message(trimmed, state=STATE_WORDS[state])


def _sentence(base: str, answers: Answers, capped: tuple[Level, str] | None) -> Message:
    text = _base(base, answers.state)
    if answers.users == 1:
        text = translate("Assessment", "{text}, affecting about 1 user").format(text=text)
    elif answers.users:
        text = translate("Assessment", "{text}, affecting about {count} users").format(
            text=text, count=answers.users
        )
    if answers.deadline.strip():
        text = translate("Assessment", "{text}, with a deadline of {deadline}").format(
            text=text, deadline=" ".join(answers.deadline.split())
        )
    if capped:
        text = translate(
            "Assessment", "{text}; {level} is the highest level the {plan} plan offers"
        ).format(text=text, level=capped[0].name, plan=capped[1])
    return translate("Assessment", "{text}.").format(text=text)


def _explain(direction: Direction, chosen: Level, recommended: Level, plan: str) -> Message:
    if direction == "over":
        return translate(
            "Assessment",
            "The case was opened as {chosen}, which is meant for: {criteria} "
            "From what we know so far, {recommended} fits better; the customer may know "
            "of impact we have not heard about, so ask kindly before suggesting a change.",
        ).format(chosen=chosen.name, criteria=chosen.criteria, recommended=recommended.name)
    faster = recommended.response_time(plan)
    if faster:
        return translate(
            "Assessment",
            "The case was opened as {chosen}, but the impact described matches {recommended}; "
            "suggest raising it so the case gets the faster response it needs "
            "(target first response {time}).",
        ).format(chosen=chosen.name, recommended=recommended.name, time=faster)
    return translate(
        "Assessment",
        "The case was opened as {chosen}, but the impact described matches {recommended}; "
        "suggest raising it so the case gets the faster response it needs.",
    ).format(chosen=chosen.name, recommended=recommended.name)


def assess(
    definitions: DefinitionSet, answers: Answers, selected: str, plan: str | None = None
) -> Assessment:
    """Recommend a level for ``answers`` with ``definitions``' rules (first match wins).

    Args:
        definitions: the provider's levels and rules.
        answers: what the engineer learnt about the impact.
        selected: the customer-selected level (a level code or a case severity such as ``high``).
        plan: the customer's support plan; the recommendation never exceeds what it offers.
    """
    if answers.state not in STATES:
        raise ValueError(f"state must be one of {STATES}, not {answers.state!r}")
    plan = definitions.plan_or_default(plan)
    rule = next((r for r in definitions.rules if _matches(r.when, answers)), None)
    wanted = (definitions.level(rule.level) if rule else None) or definitions.levels[0]
    base = rule.reason if rule else _NO_RULE
    level = _cap_to_plan(definitions, wanted, plan)
    reason = _sentence(base, answers, (level, plan) if level != wanted else None)
    chosen = definitions.resolve(selected)
    direction: Direction = ""
    if chosen is not None and chosen.code != level.code:
        above = definitions.rank(chosen.code) > definitions.rank(level.code)
        direction = "over" if above else "under"
    explanation: str = _explain(direction, chosen, level, plan) if chosen and direction else ""
    return Assessment(
        definitions=definitions.id,
        plan=plan,
        answers=answers,
        selected=selected,
        assessed=level.code,
        reason=reason,
        mismatch=direction,
        explanation=explanation,
    )


def to_json(assessment: Assessment) -> str:
    """The assessment as the JSON stored in the case's ``severity`` document."""
    data: dict[str, Any] = {"version": FORMAT_VERSION, **asdict(assessment)}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def _answers(data: Any) -> Answers:
    if not isinstance(data, dict):
        raise AssessmentError("answers must be an object")
    users = data.get("users")
    if users is not None and (not isinstance(users, int) or isinstance(users, bool) or users < 0):
        raise AssessmentError("answers.users must be a non-negative whole number or null")
    state = data.get("state", "working")
    if state not in STATES:
        raise AssessmentError(f"answers.state must be one of {', '.join(STATES)}")
    flags = {}
    for key in ("production", "critical_business", "workaround"):
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise AssessmentError(f"answers.{key} must be true or false")
        flags[key] = value
    return Answers(state=state, users=users, deadline=str(data.get("deadline", "")), **flags)


def from_json(text: str) -> Assessment:
    """Read an assessment stored by :func:`to_json`.

    Raises:
        AssessmentError: not JSON, a newer format, or fields of the wrong type.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AssessmentError(f"the stored assessment is not JSON (line {error.lineno})") from None
    if not isinstance(data, dict):
        raise AssessmentError("the stored assessment must be a JSON object")
    version = data.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise AssessmentError("the stored assessment was written by a newer Casewright")
    texts = {}
    for key in ("definitions", "plan", "selected", "assessed", "reason", "explanation"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise AssessmentError(f"{key} must be text")
        texts[key] = value
    mismatch = data.get("mismatch", "")
    if mismatch not in ("", "over", "under"):
        raise AssessmentError("mismatch must be '', 'over' or 'under'")
    return Assessment(
        answers=_answers(data.get("answers", {})),
        mismatch=mismatch,
        assessed_at=str(data.get("assessed_at", "")),
        **texts,
    )
