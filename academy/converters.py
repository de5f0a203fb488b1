"""Path converters for the project's own URLs."""

from __future__ import annotations

# The widest key column (BigAutoField) holds a signed 64-bit integer.
LARGEST_ROW_ID = 2**63 - 1


class RowIdConverter:
    """`<id:name>`: a database row's id. Django's `int` converter takes any number of digits,
    and a number past 64 bits cannot even be put to SQLite (OverflowError, a 500); such an
    address matches nothing here, so it is a plain 404."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > LARGEST_ROW_ID:
            raise ValueError(value)  # tells the resolver that the pattern does not match
        return number

    def to_url(self, value: int) -> str:
        return str(value)


def row_id(text: str) -> int | None:
    """The row id a query or form value names, or None if it cannot be one: ASCII digits only
    ("²" is a digit to str.isdigit() but not a number to int()), and no wider than a key."""
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if number <= LARGEST_ROW_ID else None
