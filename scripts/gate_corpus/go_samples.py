"""Reads the ``tps``/``fps`` sample lists out of gitleaks' rule files (Go source).

gitleaks builds its samples with a handful of Go expressions: string literals and ``+``,
``[]string{...}`` and ``map[string]string{...}`` literals, ``append``, ``fmt.Sprintf``,
``secrets.NewSecret(regex)`` (a random string matching a regex), ``utils.AlphaNumeric("n")``
and friends (which only build regexes), and ``utils.GenerateSampleSecrets(id, secret)`` (the
secret assigned to an identifier). This module evaluates exactly that subset; anything else
raises :class:`Unsupported` and the statement is skipped (and counted) by the caller.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from random import Random

from scripts.gate_corpus.regex_sample import sample_regex

_TOKEN_RE = re.compile(
    r"""(?P<space>\s+|//[^\n]*|/\*.*?\*/)
      |(?P<raw>`[^`]*`)
      |(?P<str>"(?:\\.|[^"\\\n])*")
      |(?P<rune>'(?:\\.|[^'\\\n])')
      |(?P<name>[A-Za-z_][A-Za-z0-9_]*)
      |(?P<num>\d+(?:\.\d+)?)
      |(?P<op>:=|\.\.\.|[-+*/%=<>!&|^(){}\[\],.;:])""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}


class Unsupported(ValueError):
    """The expression uses Go this reader does not evaluate."""


@dataclass(frozen=True)
class Assigned:
    """``utils.GenerateSampleSecrets(identifier, secret)``: a secret assigned to a name."""

    identifier: str
    secret: str
    many: bool  # GenerateSampleSecrets (several forms) vs GenerateSampleSecret (one)


Sample = str | Assigned


@dataclass
class Token:
    kind: str
    text: str


def _unquote(literal: str) -> str:
    if literal.startswith("`"):
        return literal[1:-1]
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt == "x":
                out.append(chr(int(body[i + 2 : i + 4], 16)))
                i += 4
                continue
            if nxt == "u":
                out.append(chr(int(body[i + 2 : i + 6], 16)))
                i += 6
                continue
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def tokenize(source: str) -> list[Token]:
    """Go tokens without comments and white space."""
    tokens = []
    for match in _TOKEN_RE.finditer(source):
        kind = match.lastgroup or ""
        if kind != "space":
            tokens.append(Token(kind, match.group()))
    return tokens


def _go_format(template: str, args: list[str]) -> str:
    values = iter(args)
    return re.sub(r"%[sdvq]", lambda _m: str(next(values)), template)


@dataclass
class Evaluator:
    """Evaluates the sample-building subset of Go over a token list."""

    tokens: list[Token]
    random: Random
    scope: dict[str, object] = field(default_factory=dict)
    position: int = 0

    # Token helpers -------------------------------------------------------------------------

    def peek(self, offset: int = 0) -> Token:
        index = self.position + offset
        return self.tokens[index] if index < len(self.tokens) else Token("eof", "")

    def take(self, text: str | None = None) -> Token:
        token = self.peek()
        if text is not None and token.text != text:
            raise Unsupported(f"expected {text!r}, found {token.text!r}")
        self.position += 1
        return token

    def skip_balanced(self) -> None:
        """Skip one token, or a whole bracketed group if it opens one."""
        pairs = {"(": ")", "{": "}", "[": "]"}
        opener = self.take().text
        if opener not in pairs:
            return
        depth = 1
        while depth and self.peek().kind != "eof":
            text = self.take().text
            if text in pairs:
                depth += 1
            elif text in pairs.values():
                depth -= 1

    # Expressions ---------------------------------------------------------------------------

    def expression(self) -> object:
        value = self.primary()
        while self.peek().text == "+":
            self.take()
            right = self.primary()
            if not (isinstance(value, str) and isinstance(right, str)):
                raise Unsupported("+ on non-strings")
            value = value + right
        return value

    def arguments(self) -> list[object]:
        self.take("(")
        args: list[object] = []
        while self.peek().text != ")":
            value = self.expression()
            if self.peek().text == "...":
                self.take()
                if not isinstance(value, list):
                    raise Unsupported("... on a non-list")
                args.extend(value)
            else:
                args.append(value)
            if self.peek().text == ",":
                self.take()
        self.take(")")
        return args

    def composite(self) -> object:
        """``[]T{a, b}`` or ``map[K]V{k: v}`` (values only); ``[]byte(x)`` is ``x``."""
        if self.peek().text == "map":
            self.take()
            for _ in range(2):  # [K] and the value type
                self.skip_type()
        else:
            self.take("[")
            self.take("]")
            self.skip_type()
        if self.peek().text == "(":
            return self.arguments()[0]
        self.take("{")
        items: list[object] = []
        while self.peek().text != "}":
            value = self.expression()
            if self.peek().text == ":":
                self.take()
                value = self.expression()
            items.append(value)
            if self.peek().text == ",":
                self.take()
        self.take("}")
        return items

    def skip_type(self) -> None:
        if self.peek().text == "[":
            self.skip_balanced()
            return
        while self.peek().text == "*":
            self.take()
        self.take()
        while self.peek().text == ".":
            self.take()
            self.take()

    def primary(self) -> object:
        token = self.peek()
        if token.kind in ("raw", "str"):
            self.take()
            return _unquote(token.text)
        if token.text == "[" or token.text == "map":
            return self.composite()
        if token.kind != "name":
            raise Unsupported(f"unexpected {token.text!r}")
        name = self.take().text
        while self.peek().text == "." and self.peek(1).kind == "name":
            self.take()
            name += "." + self.take().text
        if self.peek().text == "(":
            return self.call(name, self.arguments())
        if name in self.scope:
            return self.scope[name]
        raise Unsupported(f"unknown name {name}")

    def call(self, name: str, args: list[object]) -> object:
        short = name.rsplit(".", 1)[-1]
        handler = _CALLS.get(short)
        if handler is None:
            raise Unsupported(f"unknown call {name}")
        return handler(self, args)

    # Statements ----------------------------------------------------------------------------

    def statements(self) -> Iterator[tuple[str, object]]:
        """``name := expr`` / ``name = expr`` / ``var name = expr`` until the block ends."""
        while self.peek().kind != "eof" and self.peek().text != "}":
            if self.peek().text == "var":
                self.take()
            if self.peek().kind == "name" and self.peek(1).text in (":=", "="):
                name = self.take().text
                self.take()
                start = self.position
                try:
                    value = self.expression()
                except (Unsupported, StopIteration, KeyError) as error:
                    self.position = start
                    self.skip_statement()
                    yield name, error
                    continue
                self.scope[name] = value
                yield name, value
            else:
                self.skip_statement()

    def skip_statement(self) -> None:
        line_tokens = 0
        while self.peek().kind != "eof" and self.peek().text != "}":
            if self.peek().text in "({[":
                self.skip_balanced()
            else:
                self.take()
            line_tokens += 1
            if self.peek().kind == "name" and self.peek(1).text in (":=", "="):
                return
            if self.peek().text in ("return", "var", "if", "for", "func"):
                return


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise Unsupported("expected a string")
    return value


def _list(value: object) -> list[object]:
    if isinstance(value, list):
        return value
    return [value]


def _new_secret(ev: Evaluator, args: list[object]) -> str:
    return sample_regex(_str(args[0]), ev.random)


def _plausible_secret(ev: Evaluator, args: list[object]) -> str:
    for _ in range(200):
        value = sample_regex(_str(args[0]), ev.random)
        if re.search(r"[1-9]", value):
            return value
    raise Unsupported("no plausible secret")


def _class(chars: str) -> Callable[[Evaluator, list[object]], str]:
    return lambda _ev, args: f"[{chars}]{{{_str(args[0])}}}"


def _append(_ev: Evaluator, args: list[object]) -> list[object]:
    return [*_list(args[0]), *args[1:]]


def _assigned(many: bool) -> Callable[[Evaluator, list[object]], list[object]]:
    return lambda _ev, args: [Assigned(_str(args[0]), _str(args[1]), many)]


_CALLS: dict[str, Callable[[Evaluator, list[object]], object]] = {
    "NewSecret": _new_secret,
    "newPlausibleSecret": _plausible_secret,
    "Numeric": _class("0-9"),
    "Hex": _class("a-f0-9"),
    "AlphaNumeric": _class("a-z0-9"),
    "AlphaNumericExtendedShort": _class("a-z0-9_-"),
    "AlphaNumericExtended": _class("a-z0-9=_\\-"),
    "AlphaNumericExtendedLong": _class("a-z0-9\\/=_\\+\\-"),
    "Hex8_4_4_4_12": lambda _ev, _a: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "GenerateSampleSecrets": _assigned(True),
    "GenerateSampleSecret": _assigned(False),
    "append": _append,
    "Sprintf": lambda _ev, args: _go_format(_str(args[0]), [_str(a) for a in args[1:]]),
    "EncodeToString": lambda _ev, args: base64.b64encode(_str(args[0]).encode()).decode(),
    "byte": lambda _ev, args: _str(args[0]),
    "ToUpper": lambda _ev, args: _str(args[0]).upper(),
    # A rule's own regex, where it is a plain pattern or a unique token (used to tell when one
    # rule's false positive is another rule's credential).
    "MustCompile": lambda _ev, args: _str(args[0]),
    "GenerateUniqueTokenRegex": lambda _ev, args: _unique_token(_str(args[0]), args[1]),
}


def _unique_token(secret: str, case_insensitive: object) -> str:
    """gitleaks' unique-token shape: a word boundary, the token, then an end of value."""
    flags = "(?i)" if case_insensitive == "true" else ""
    return flags + r"\b(" + secret + r")(?:[\x60'\"\s;]|\\[nr]|$)"


@dataclass
class RuleSamples:
    """The samples of one rule function."""

    function: str
    regex: str = ""
    entropy: float = 0.0
    keywords: tuple[str, ...] = ()
    tps: list[Sample] = field(default_factory=list)
    fps: list[Sample] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _samples(value: object) -> list[Sample]:
    out: list[Sample] = []
    for item in _list(value):
        if isinstance(item, list):
            out.extend(_samples(item))
        elif isinstance(item, (str, Assigned)):
            out.append(item)
        else:
            raise Unsupported("a sample that is not a string")
    return out


def _rule_field(
    tokens: list[Token], body: int, random: Random, scope: dict[str, object], field_name: str
) -> object:
    """The value of field ``field_name`` of the rule whose body starts at ``body``, if evaluable."""
    index = body
    while index < len(tokens) - 1 and tokens[index].text != "func":
        if tokens[index].text == field_name and tokens[index + 1].text == ":":
            if tokens[index + 2].kind == "num":
                return float(tokens[index + 2].text)
            names = dict(scope, true="true", false="false")
            try:
                return Evaluator(tokens, random, names, index + 2).expression()
            except (Unsupported, StopIteration, KeyError, IndexError):
                return None
        index += 1
    return None


def read_rule_samples(source: str, random: Random) -> list[RuleSamples]:
    """The tps/fps of each ``func X() *config.Rule`` in a gitleaks rule file."""
    tokens = tokenize(source)
    file_scope: dict[str, object] = {}
    results: list[RuleSamples] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.text == "var" and index + 2 < len(tokens) and tokens[index + 2].text == "=":
            ev = Evaluator(tokens, random, file_scope, index)
            for name, value in ev.statements():
                if not isinstance(value, Exception):
                    file_scope[name] = value
                break
            index = ev.position
            continue
        is_rule = (
            token.text == "func"
            and tokens[index + 1].kind == "name"
            and [t.text for t in tokens[index + 2 : index + 8]][:6]
            == ["(", ")", "*", "config", ".", "Rule"]
        )
        if not is_rule:
            index += 1
            continue
        function = tokens[index + 1].text
        body = index + 8
        regex = _rule_field(tokens, body, random, file_scope, "Regex")
        entropy = _rule_field(tokens, body, random, file_scope, "Entropy")
        keywords = _rule_field(tokens, body, random, file_scope, "Keywords")
        rule = RuleSamples(
            function,
            regex if isinstance(regex, str) else "",
            entropy if isinstance(entropy, float) else 0.0,
            tuple(k.lower() for k in keywords if isinstance(k, str))
            if isinstance(keywords, list)
            else (),
        )
        ev = Evaluator(tokens, random, dict(file_scope), body + 1)
        for name, value in ev.statements():
            if name not in ("tps", "fps"):
                continue
            if isinstance(value, Exception):
                rule.skipped.append(f"{function}.{name}: {value}")
                continue
            try:
                samples = _samples(value)
            except Unsupported as error:
                rule.skipped.append(f"{function}.{name}: {error}")
                continue
            setattr(rule, name, samples)
        results.append(rule)
        index = ev.position + 1
    return results
