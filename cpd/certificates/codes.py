"""Verification codes: 130 random bits from the operating system's cryptographic source, written
as 26 Crockford base-32 symbols plus one check symbol (Luhn mod 32), shown in groups of four.

Crockford's alphabet has no I, L, O or U, so a code read aloud or typed from paper survives the
usual confusions (O for 0, I or L for 1 are folded back), and the check symbol catches any single
mistyped symbol and most swaps of neighbours before the database is asked.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BITS = 130
BODY_LENGTH = 26
LENGTH = BODY_LENGTH + 1
_VALUE = {symbol: n for n, symbol in enumerate(ALPHABET)}
_FOLDED = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    value = secrets.randbits(BITS)
    body = "".join(ALPHABET[(value >> (5 * n)) & 31] for n in reversed(range(BODY_LENGTH)))
    return body + check_symbol(body)


def check_symbol(body: str) -> str:
    """Luhn mod 32 over the symbols' values."""
    total = 0
    factor = 2
    for symbol in reversed(body):
        addend = factor * _VALUE[symbol]
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]


def normalise(typed: str) -> str | None:
    """The canonical code for what someone typed (any case, spaces or hyphens, O for 0, I or L
    for 1), or None if it cannot be a code (wrong length, a stray symbol, a failed check)."""
    if not isinstance(typed, str) or len(typed) > 64:
        return None
    code = "".join(ch for ch in typed.upper() if ch not in " -\t").translate(_FOLDED)
    if len(code) != LENGTH or any(ch not in _VALUE for ch in code):
        return None
    if check_symbol(code[:-1]) != code[-1]:
        return None
    return code


def grouped(code: str) -> str:
    """The code as printed and linked: groups of four joined by hyphens."""
    return "-".join(code[n : n + 4] for n in range(0, len(code), 4))
