"""Markup in H5P content cleaned by each field's semantics: hub content passes unchanged,
scripts and handlers do not, sub-content is cleaned with its own library's semantics."""

import copy

import pytest

from h5p.sanitise import sanitise
from h5p.validation import validate_package
from tests.h5p.test_validation import SHARED

HUB = SHARED / "hub"


def parts(name):
    package = validate_package(HUB / name)
    semantics = {
        f"{n} {major}.{minor}": lib.semantics
        for (n, major, minor), lib in package.libraries.items()
    }
    main = next(lib for key, lib in package.libraries.items() if key[0] == package.main_library)
    return package.content, main.semantics, semantics.get


@pytest.mark.parametrize(
    "name",
    ["H5P.MultiChoice.h5p", "H5P.TrueFalse.h5p", "H5P.DragText.h5p", "GreetingCard-valid.h5p"],
)
def test_hub_content_passes_unchanged(name):
    content, semantics, semantics_for = parts(name)
    assert sanitise(content, semantics, semantics_for) == (content, [])


def test_scripts_handlers_and_unsafe_links_are_removed_allowed_markup_kept():
    content, semantics, semantics_for = parts("H5P.MultiChoice.h5p")
    hostile = copy.deepcopy(content)
    hostile["question"] = (
        '<p onclick="steal()">Which <strong>gene</strong>?<script>steal()</script>'
        '<img src=x onerror="steal()"><iframe src="//evil"></iframe></p>'
    )
    hostile["answers"][0]["text"] = '<div style="position:fixed;color:red">CYP2C19</div>'
    cleaned, problems = sanitise(hostile, semantics, semantics_for)
    assert problems == []
    assert cleaned["question"] == "<p>Which <strong>gene</strong>?</p>"
    assert cleaned["answers"][0]["text"] == '<div style="color:red">CYP2C19</div>'
    assert cleaned["answers"][1] == content["answers"][1]


def test_a_plain_text_field_keeps_no_markup():
    semantics = [{"name": "greeting", "type": "text"}]
    cleaned, _ = sanitise({"greeting": "<b>Hi</b> <script>x()</script>"}, semantics, {}.get)
    assert cleaned == {"greeting": "Hi "}


def test_links_keep_safe_schemes_only():
    semantics = [{"name": "t", "type": "text", "tags": ["a"]}]
    cleaned, _ = sanitise(
        {"t": '<a href="javascript:x()">a</a><a href="https://x.org" target="_blank">b</a>'},
        semantics,
        {}.get,
    )
    assert cleaned["t"] == (
        '<a rel="noopener noreferrer">a</a>'
        '<a href="https://x.org" target="_blank" rel="noopener noreferrer">b</a>'
    )


def test_sub_content_is_cleaned_with_its_own_semantics():
    content, semantics, semantics_for = parts("H5P.QuestionSet.h5p")
    hostile = copy.deepcopy(content)
    child = next(q for q in hostile["questions"] if q["library"].startswith("H5P.MultiChoice "))
    child["params"]["question"] = "<p>Safe<script>x()</script></p>"
    cleaned, problems = sanitise(hostile, semantics, semantics_for)
    assert problems == []
    index = hostile["questions"].index(child)
    assert cleaned["questions"][index]["params"]["question"] == "<p>Safe</p>"


def test_sub_content_of_a_library_the_field_does_not_allow_is_refused():
    semantics = [
        {"name": "q", "type": "library", "options": ["H5P.TrueFalse 1.8"]},
    ]
    value = {"q": {"library": "H5P.Evil 1.0", "params": {}}}
    _, problems = sanitise(value, semantics, {}.get)
    assert problems == [
        "Content uses H5P.Evil 1.0 where the field q allows only: H5P.TrueFalse 1.8."
    ]


def test_sub_content_of_an_unknown_library_is_refused():
    semantics = [{"name": "q", "type": "library"}]
    _, problems = sanitise({"q": {"library": "H5P.Gone 1.0", "params": {}}}, semantics, {}.get)
    assert problems == [
        "Content uses H5P.Gone 1.0, which is neither in the package nor on this site."
    ]


def test_a_group_of_one_field_is_read_unwrapped():
    semantics = [
        {"name": "g", "type": "group", "fields": [{"name": "t", "type": "text"}]},
    ]
    cleaned, _ = sanitise({"g": "<i>x</i>"}, semantics, {}.get)
    assert cleaned == {"g": "x"}
