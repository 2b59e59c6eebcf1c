"""Tiny deterministic TOML writer shared by the jurisdiction generators.

Only what the pack and holiday files need: strings, booleans, integers and flat lists of
strings, written in a fixed key order chosen by the caller. Strings are TOML basic strings
with every character TOML requires escaped; non-ASCII text is written as UTF-8.
"""

from __future__ import annotations

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def string(s: str) -> str:
    """A TOML basic string literal for s."""
    out = []
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def value(v) -> str:
    """A TOML literal for a str, bool, int or list of str."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return string(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value(x) for x in v) + "]"
    raise TypeError(f"unsupported TOML value: {v!r}")


def pairs(items) -> list[str]:
    """`key = value` lines for (key, value) pairs, skipping values that are None."""
    return [f"{k} = {value(v)}" for k, v in items if v is not None]
