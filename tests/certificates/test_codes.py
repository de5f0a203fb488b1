"""Verification codes: 130 random bits, typable, with a check symbol that catches a mistyped
symbol before the database is asked."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpd.certificates import codes


def test_codes_are_27_symbols_of_crockford_base_32_and_never_repeat():
    made = {codes.new_code() for _ in range(2000)}
    assert len(made) == 2000
    for code in list(made)[:50]:
        assert len(code) == 27 and set(code) <= set(codes.ALPHABET)
        assert codes.normalise(code) == code
    assert codes.BITS >= 128


def test_typing_is_forgiving_of_case_spaces_hyphens_and_look_alikes():
    code = codes.new_code()
    typed = codes.grouped(code).lower().replace("0", "o").replace("1", "l")
    assert codes.normalise(" " + typed.replace("-", " - ") + " ") == code


@given(st.data())
def test_any_single_mistyped_symbol_is_caught(data):
    code = codes.new_code()
    position = data.draw(st.integers(0, len(code) - 1))
    other = data.draw(st.sampled_from([s for s in codes.ALPHABET if s != code[position]]))
    typo = code[:position] + other + code[position + 1 :]
    assert codes.normalise(typo) is None


@pytest.mark.parametrize(
    "typed", ["", "ABC", "U" * 27, "!" * 27, "A" * 65, None, 123, codes.new_code() + "0"]
)
def test_what_cannot_be_a_code_is_refused(typed):
    assert codes.normalise(typed) is None
