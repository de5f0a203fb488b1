"""Server-side rescoring of H5P results: each library's rule as its own JavaScript applies it
(MultiChoice 1.14, TrueFalse 1.6, Blanks 1.12, DragText 1.8, MarkTheWords 1.9, QuestionSet 1.17
in the hub packages), checked on small inline parameters and on the real hub content. No
database: content.json is read straight from the packages."""

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from h5p import rescoring
from h5p.rescoring import NotScorable, ResponseMismatch, score
from tests.h5p.test_import import HUB

SEP = rescoring.SEPARATOR


def hub_content(name):
    with zipfile.ZipFile(HUB / f"{name}.h5p") as package:
        return json.loads(package.read("content/content.json"))


def hub_library(name):
    with zipfile.ZipFile(HUB / f"{name}.h5p") as package:
        return json.loads(package.read("h5p.json"))["mainLibrary"]


def raw_max(result):
    return result.raw, result.max


def mc(*correct, **behaviour):
    answers = [{"text": f"<p>Answer {i}</p>", "correct": c} for i, c in enumerate(correct)]
    return {"question": "Q", "answers": answers, "behaviour": behaviour}


# -- generic refusals ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "machine", ["H5P.DragQuestion", "H5P.Essay", "H5P.QuestionSet", "H5P.SingleChoiceSet", ""]
)
def test_libraries_the_server_cannot_score_alone_are_not_scorable(machine):
    with pytest.raises(NotScorable):
        score(machine, {}, "0")


@pytest.mark.parametrize("response", [5, ["0"], {"0": 1}, b"0"])
def test_a_response_that_is_not_text_does_not_fit(response):
    with pytest.raises(ResponseMismatch, match="not text"):
        score("H5P.TrueFalse", {}, response)


def test_a_response_that_is_too_long_does_not_fit():
    with pytest.raises(ResponseMismatch, match="too long"):
        score("H5P.Blanks", {}, "x" * (rescoring.MAX_RESPONSE_CHARS + 1))


def test_a_response_with_too_many_parts_does_not_fit():
    with pytest.raises(ResponseMismatch, match="too many parts"):
        score("H5P.DragText", {}, SEP * rescoring.MAX_PARTS)


def test_unreadable_parameters_are_a_mismatch_not_a_crash():
    with pytest.raises(ResponseMismatch, match="not readable"):
        score("H5P.MultiChoice", ["not", "a", "dict"], "0")
    with pytest.raises(ResponseMismatch, match="not readable"):
        score("H5P.MarkTheWords", {}, "0", tokens=["not a token"])


def test_machine_name_drops_the_version():
    assert rescoring.machine_name("H5P.MultiChoice 1.14") == "H5P.MultiChoice"
    assert rescoring.machine_name(None) == ""


# -- MultiChoice ---------------------------------------------------------------------------------
def test_hub_multichoice_right_and_wrong():
    params = hub_content("H5P.MultiChoice")
    right = score("H5P.MultiChoice", params, "0")  # "Very dark purple", seen in the browser
    assert raw_max(right) == (1, 1)
    assert right.passed is True
    assert right.parts[0].label == "Very dark purple"
    assert right.parts[0].correct
    for wrong in ("1", "2", ""):
        result = score("H5P.MultiChoice", params, wrong)
        assert raw_max(result) == (0, 1)
        assert result.passed is False


def test_hub_multichoice_takes_one_answer_only():
    with pytest.raises(ResponseMismatch, match="Only one answer"):
        score("H5P.MultiChoice", hub_content("H5P.MultiChoice"), f"0{SEP}1")


@pytest.mark.parametrize(
    ("response", "message"),
    [("3", "“3”"), ("-1", "“-1”"), ("one", "“one”"), ("1.0", "“1.0”"), ("٣", "“٣”")],
)
def test_a_choice_the_content_does_not_have_does_not_fit(response, message):
    with pytest.raises(ResponseMismatch, match=message):
        score("H5P.MultiChoice", hub_content("H5P.MultiChoice"), response)


def test_the_same_choice_twice_does_not_fit():
    with pytest.raises(ResponseMismatch, match="same choice twice"):
        score("H5P.MultiChoice", mc(True, True, False), f"0{SEP}0")


def test_multi_answer_without_single_point_scores_each_right_answer():
    params = mc(True, True, False, singlePoint=False)
    assert raw_max(score("H5P.MultiChoice", params, "0")) == (1, 2)
    assert raw_max(score("H5P.MultiChoice", params, f"1{SEP}0")) == (2, 2)
    assert raw_max(score("H5P.MultiChoice", params, f"0{SEP}2")) == (0, 2)  # +1 -1
    assert raw_max(score("H5P.MultiChoice", params, "2")) == (0, 2)  # -1, clamped at 0
    assert raw_max(score("H5P.MultiChoice", params, "")) == (0, 2)


def test_multi_answer_weights_and_negative_marking_clamp_at_zero():
    params = mc(True, True, False, singlePoint=False)
    params["answers"][0]["weight"] = 2
    params["answers"][2]["weight"] = 3
    assert raw_max(score("H5P.MultiChoice", params, f"0{SEP}1")) == (3, 3)
    assert raw_max(score("H5P.MultiChoice", params, f"0{SEP}2")) == (0, 3)  # 2 - 3
    assert raw_max(score("H5P.MultiChoice", params, f"0{SEP}1{SEP}2")) == (0, 3)
    assert raw_max(score("H5P.MultiChoice", params, "1")) == (1, 3)


def test_single_point_gives_the_point_only_at_the_pass_percentage():
    params = mc(True, True, False)  # singlePoint defaults to on, passPercentage to 100
    assert raw_max(score("H5P.MultiChoice", params, "0")) == (0, 1)
    assert raw_max(score("H5P.MultiChoice", params, f"0{SEP}1")) == (1, 1)
    assert raw_max(score("H5P.MultiChoice", params, f"0{SEP}1{SEP}2")) == (0, 1)
    half = mc(True, True, False, singlePoint=True, passPercentage=50)
    assert raw_max(score("H5P.MultiChoice", half, "0")) == (1, 1)
    assert score("H5P.MultiChoice", half, "0").passed is True
    assert raw_max(score("H5P.MultiChoice", half, "2")) == (0, 1)


def test_pass_percentage_decides_passed_without_single_point():
    lenient = mc(True, True, False, singlePoint=False, passPercentage=50)
    strict = mc(True, True, False, singlePoint=False, passPercentage=100)
    assert score("H5P.MultiChoice", lenient, "0").passed is True
    assert score("H5P.MultiChoice", strict, "0").passed is False
    assert score("H5P.MultiChoice", strict, f"0{SEP}1").passed is True


def test_single_answer_scores_one_for_the_right_radio_whatever_the_weights():
    # multichoice.js toggleCheck: score = answers[num].correct ? 1 : 0; max is the weight (1).
    params = mc(True, False, singlePoint=False, passPercentage=0)
    params["answers"][0]["weight"] = 3
    assert raw_max(score("H5P.MultiChoice", params, "0")) == (1, 1)
    assert raw_max(score("H5P.MultiChoice", params, "1")) == (0, 1)
    pointed = mc(True, False, False, singlePoint=True, passPercentage=0)
    assert raw_max(score("H5P.MultiChoice", pointed, "2")) == (0, 1)
    assert raw_max(score("H5P.MultiChoice", pointed, "")) == (0, 1)


def test_type_overrides_the_automatic_single_or_multi_choice():
    multi = mc(True, False, False, type="multi", singlePoint=False)
    assert raw_max(score("H5P.MultiChoice", multi, f"0{SEP}1")) == (0, 1)
    single = mc(True, True, False, type="single")
    assert raw_max(score("H5P.MultiChoice", single, "1")) == (1, 1)
    with pytest.raises(ResponseMismatch, match="Only one answer"):
        score("H5P.MultiChoice", single, f"0{SEP}1")
    # A forced radio list with no right answer: nothing chosen still scores 0.
    assert raw_max(score("H5P.MultiChoice", mc(False, False, type="single"), "")) == (0, 1)


def test_no_right_answer_means_choosing_nothing_is_right():
    child = hub_content("H5P.QuestionSet")["questions"][0]["params"]
    assert raw_max(score("H5P.MultiChoice", child, "")) == (1, 1)
    assert raw_max(score("H5P.MultiChoice", child, "0")) == (0, 1)
    assert raw_max(score("H5P.MultiChoice", mc(False, False), "")) == (1, 1)  # single point


def test_the_first_answer_is_right_unless_it_says_otherwise():
    # jQuery's deep extend merges the library's default answer (correct: true) into answer 0.
    params = {"answers": [{"text": "A"}, {"text": "B", "correct": False}]}
    assert raw_max(score("H5P.MultiChoice", params, "0")) == (1, 1)
    assert raw_max(score("H5P.MultiChoice", params, "1")) == (0, 1)
    assert raw_max(score("H5P.MultiChoice", {}, "0")) == (1, 1)  # the default "Answer 1"


# -- TrueFalse -----------------------------------------------------------------------------------
def test_hub_true_false():
    params = hub_content("H5P.TrueFalse")
    assert params["correct"] == "true"
    right = score("H5P.TrueFalse", params, "true")
    assert raw_max(right) == (1, 1)
    assert right.passed is True
    assert right.parts[0].label == "Oslo is the capital of Norway."
    assert raw_max(score("H5P.TrueFalse", params, "false")) == (0, 1)


def test_true_false_follows_the_content_and_defaults_to_true():
    assert raw_max(score("H5P.TrueFalse", {"correct": "false"}, "false")) == (1, 1)
    assert raw_max(score("H5P.TrueFalse", {"correct": "false"}, "true")) == (0, 1)
    assert raw_max(score("H5P.TrueFalse", {}, "true")) == (1, 1)


@pytest.mark.parametrize("response", ["", "True", "yes", "1", " true"])
def test_true_false_takes_only_true_or_false(response):
    with pytest.raises(ResponseMismatch, match="true/false"):
        score("H5P.TrueFalse", {"correct": "true"}, response)


# -- Blanks --------------------------------------------------------------------------------------
def test_hub_blanks_solutions_and_settings():
    params = hub_content("H5P.Blanks")
    assert rescoring.blanks_solutions(params) == [["blue"], ["Cloud"], ["black"]]
    assert params["behaviour"]["caseSensitive"] is False
    assert params["behaviour"]["acceptSpellingErrors"] is False


def test_hub_blanks_right_wrong_and_partial():
    params = hub_content("H5P.Blanks")
    right = score("H5P.Blanks", params, SEP.join(["blue", "Cloud", "black"]))
    assert raw_max(right) == (3, 3)
    assert right.passed is True
    loose = score("H5P.Blanks", params, SEP.join(["BLUE", " cloud ", "Black"]))
    assert raw_max(loose) == (3, 3)  # case-insensitive here; inputs are trimmed
    assert loose.parts[1].given == " cloud "  # shown as sent
    partial = score("H5P.Blanks", params, SEP.join(["blue", "clod", ""]))
    assert raw_max(partial) == (1, 3)
    assert partial.passed is False
    assert [p.correct for p in partial.parts] == [True, False, False]
    assert raw_max(score("H5P.Blanks", params, "")) == (0, 3)


@pytest.mark.parametrize("answers", [["blue", "Cloud"], ["blue", "Cloud", "black", "x"]])
def test_blanks_wrong_number_of_answers_does_not_fit(answers):
    with pytest.raises(ResponseMismatch, match=f"{len(answers)} answers.*3 blanks"):
        score("H5P.Blanks", hub_content("H5P.Blanks"), SEP.join(answers))


def test_blanks_case_sensitivity():
    on = {"questions": ["*Oslo*"], "behaviour": {"caseSensitive": True}}
    off = {"questions": ["*Oslo*"], "behaviour": {"caseSensitive": False}}
    unset = {"questions": ["*Oslo*"]}
    assert score("H5P.Blanks", on, "Oslo").raw == 1
    assert score("H5P.Blanks", on, "oslo").raw == 0
    assert score("H5P.Blanks", off, "oSLO").raw == 1
    # blanks.js defaults caseSensitive to true.
    assert score("H5P.Blanks", unset, "oslo").raw == 0
    assert score("H5P.Blanks", unset, "Oslo").raw == 1


def test_blanks_alternatives_tips_and_entities():
    params = {"questions": ["<p>*colour/ color :a spelling* and *R&amp;D*</p>"]}
    assert rescoring.blanks_solutions(params) == [["colour", "color"], ["R&D"]]
    assert score("H5P.Blanks", params, f"color{SEP}R&D").raw == 2
    assert score("H5P.Blanks", params, f"colour{SEP}R&amp;D").raw == 1
    assert score("H5P.Blanks", params, f"colour/color{SEP}").raw == 0
    assert score("H5P.Blanks", params, f"a spelling{SEP}").raw == 0


def test_blanks_asterisk_scanning():
    # An empty pair is skipped; after a blank the library resumes one character past it.
    assert rescoring.blanks_solutions({"questions": ["a ** b *c* *d*"]}) == [["c"], ["d"]]
    assert rescoring.blanks_solutions({"questions": ["*a**b*"]}) == [["a"]]
    assert rescoring.blanks_solutions({"questions": ["*a*b*c*"]}) == [["a"], ["c"]]
    assert rescoring.blanks_solutions({"questions": ["no end *here"]}) == []


def test_blanks_default_text_when_the_content_has_no_questions():
    for params in ({}, {"questions": []}):
        assert rescoring.blanks_solutions(params) == [["Norway"]]
        assert raw_max(score("H5P.Blanks", params, "Norway")) == (1, 1)
        assert raw_max(score("H5P.Blanks", params, "")) == (0, 1)
    assert raw_max(score("H5P.Blanks", {"questions": [""]}, "")) == (0, 0)


def spelling(word, on=True):
    return {"questions": [f"*{word}*"], "behaviour": {"acceptSpellingErrors": on}}


@pytest.mark.parametrize(
    ("word", "answer", "right"),
    [
        ("Norway", "Norwya", True),  # one swap
        ("Norway", "Nrway", True),  # one deletion
        ("Norway", "Norwayy", True),  # one insertion
        ("Norway", "Nrwya", False),  # two edits on a short word
        ("Oslo", "Olso", True),  # four letters: one edit allowed
        ("cat", "cta", False),  # three letters or fewer: exact only
        ("cat", "CAT", False),  # case-sensitive by default
        ("photosynthesis", "fotosynthesis", True),  # over nine letters: two edits
        ("photosynthesis", "fotosyntesis", False),  # three edits
        ("abcdefghij", "abcdefghXY", True),  # ten letters, two edits
        ("abcdefghi", "abcdefgXY", False),  # nine letters, two edits
    ],
)
def test_blanks_spelling_tolerance(word, answer, right):
    assert score("H5P.Blanks", spelling(word), answer).raw == int(right)


def test_blanks_spelling_errors_are_wrong_when_not_accepted():
    assert score("H5P.Blanks", spelling("Norway", on=False), "Norwya").raw == 0
    assert score("H5P.Blanks", spelling("Norway", on=False), "Norway").raw == 1


@pytest.mark.parametrize(
    ("first", "second", "distance"),
    [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("abc", "abc", 0),
        ("ab", "ba", 1),
        ("kitten", "sitting", 3),
        ("ca", "abc", 3),  # restricted (optimal string alignment), as TextUtilities computes
        ("photosynthesis", "fotosynthesis", 2),
    ],
)
def test_damerau_levenshtein(first, second, distance):
    assert rescoring.damerau_levenshtein(first, second) == distance


# -- DragText ------------------------------------------------------------------------------------
def test_hub_drag_text_right_wrong_and_partial():
    params = hub_content("H5P.DragText")
    assert rescoring.drag_text_answers(params) == ["blue", "red", "orange"]
    right = score("H5P.DragText", params, SEP.join(["blue", "red", "orange"]))
    assert raw_max(right) == (3, 3)
    assert right.passed is True
    swapped = score("H5P.DragText", params, SEP.join(["red", "blue", "orange"]))
    assert raw_max(swapped) == (1, 3)
    assert [p.correct for p in swapped.parts] == [False, False, True]
    assert raw_max(score("H5P.DragText", params, SEP.join(["blue", "", ""]))) == (1, 3)
    assert raw_max(score("H5P.DragText", params, "")) == (0, 3)
    # Draggables compare as exact text.
    assert score("H5P.DragText", params, SEP.join(["Blue", "red ", "orange"])).raw == 1


def test_drag_text_wrong_number_of_zones_does_not_fit():
    with pytest.raises(ResponseMismatch, match="fills 2 drop zones; this content has 3"):
        score("H5P.DragText", hub_content("H5P.DragText"), f"blue{SEP}red")


def test_drag_text_answers_drop_tips_and_feedback():
    params = {"textField": "A *red:tip\\+Yes!\\-No* and\n*blue\\-Wrong* *green*."}
    assert rescoring.drag_text_answers(params) == ["red", "blue", "green"]


def test_drag_text_answer_keeps_text_when_a_marker_matches_twice():
    # lex() hands String.replace the /g match array: [":hint", ": good"] becomes ":hint,: good",
    # which is not in the word, so neither tip part is removed.
    params = {"textField": "*red:hint\\+Yes: good*"}
    assert rescoring.drag_text_answers(params) == ["red:hint: good"]


def test_drag_text_default_text():
    assert rescoring.drag_text_answers({}) == [
        "nice",
        "flexible",
        "wonderful",
        "exciting",
        "fantastic",
    ]


# -- MarkTheWords --------------------------------------------------------------------------------
def words(tokens):
    return [(t["text"], t["answer"]) for t in tokens]


def test_mark_the_words_default_tokens():
    assert words(rescoring.mark_the_words_tokens({})) == [
        ("This", False),
        ("is", False),
        ("a", False),
        ("nice", True),
        ("flexible", True),
        ("content", False),
        ("type", False),
    ]


def test_mark_the_words_strips_punctuation():
    tokens = rescoring.mark_the_words_tokens({"textField": "“Hello,” said *Bob*! (*yes*) ..."})
    assert words(tokens) == [("Hello", False), ("said", False), ("Bob", True), ("yes", True)]


def test_mark_the_words_reads_html_text_nodes_and_nbsp():
    text = "<p>One <strong>*two*</strong>three</p>\n<p>fo&nbsp;ur a&amp;nbsp;b<br>*last*.</p>"
    assert words(rescoring.mark_the_words_tokens({"textField": text})) == [
        ("One", False),
        ("two", True),  # its own text node
        ("three", False),
        ("fo", False),  # a non-breaking space separates words
        ("ur", False),
        ("a", False),  # so does a literal "&nbsp;" in the text
        ("b", False),
        ("last", True),
    ]


def test_mark_the_words_asterisk_rules():
    tokens = rescoring.mark_the_words_tokens({"textField": "5**2 *a**b* x*y*z* *"})
    assert words(tokens) == [("5**2", False), ("a*b", True), ("x*y*z*", False), ("*", False)]


def test_mark_the_words_scoring_with_penalty_clamped_at_zero():
    params = {}  # the default text: "nice" (3) and "flexible" (4) are the answers
    right = score("H5P.MarkTheWords", params, f"3{SEP}4")
    assert raw_max(right) == (2, 2)
    assert right.passed is True
    assert raw_max(score("H5P.MarkTheWords", params, "3")) == (1, 2)
    assert raw_max(score("H5P.MarkTheWords", params, f"3{SEP}4{SEP}0")) == (1, 2)
    assert raw_max(score("H5P.MarkTheWords", params, f"3{SEP}0")) == (0, 2)
    assert raw_max(score("H5P.MarkTheWords", params, f"0{SEP}1{SEP}3")) == (0, 2)  # 1 - 2
    assert raw_max(score("H5P.MarkTheWords", params, "")) == (0, 2)
    marked = score("H5P.MarkTheWords", params, f"3{SEP}0")
    assert {(p.label, p.correct) for p in marked.parts} == {
        ("This", False),
        ("nice", True),
        ("flexible", False),
    }


def test_mark_the_words_with_nothing_to_mark_is_worth_one():
    params = {"textField": "No stars here."}
    assert raw_max(score("H5P.MarkTheWords", params, "")) == (1, 1)
    assert score("H5P.MarkTheWords", params, "").passed is True
    assert raw_max(score("H5P.MarkTheWords", params, "0")) == (0, 1)


@pytest.mark.parametrize(
    ("response", "message"), [("7", "“7”"), (f"3{SEP}3", "same choice twice"), ("x", "“x”")]
)
def test_mark_the_words_responses_that_do_not_fit(response, message):
    with pytest.raises(ResponseMismatch, match=message):
        score("H5P.MarkTheWords", {}, response)


def test_mark_the_words_uses_the_stored_tokens():
    tokens = [{"text": "x", "answer": False}, {"text": "y", "answer": True}]
    assert raw_max(score("H5P.MarkTheWords", {}, "1", tokens=tokens)) == (1, 1)
    with pytest.raises(ResponseMismatch):
        score("H5P.MarkTheWords", {}, "3", tokens=tokens)


# -- scoring data, sub-contents, fully server scored ---------------------------------------------
QS_IDS = [
    "dc24f82e-b506-4924-a3e7-c985f9cf8194",  # MultiChoice, no right answer
    "43780850-0e51-4f64-9549-146edc41c08d",  # DragQuestion
    "78c1419b-7b9a-40cf-aa56-ef4abd3e728b",  # Blanks, default text
    "65f1b8d2-0b34-4cc7-8d2e-c05a58a5d190",  # MarkTheWords, default text
    "f28892fc-75b3-408e-857d-99a664001331",  # DragText, default text
    "e0c46024-cdc0-4687-b02d-40ec1db2ef67",  # TrueFalse ("true")
    "cda2aa69-60b7-4684-af22-6ac1f3ee7e94",  # MultiChoice, no right answer
    "d8ed1491-892d-40ca-9d69-d5430f481621",  # Blanks, default text
    "b804d53a-4fab-4263-b65a-9340e43a79ce",  # TrueFalse ("true")
]


def test_hub_question_set_children():
    params = hub_content("H5P.QuestionSet")
    assert [q["subContentId"] for q in params["questions"]] == QS_IDS
    children = rescoring.sub_content_ids(params)
    assert [children[sub_id] for sub_id in QS_IDS] == [
        "H5P.MultiChoice",
        "H5P.DragQuestion",
        "H5P.Blanks",
        "H5P.MarkTheWords",
        "H5P.DragText",
        "H5P.TrueFalse",
        "H5P.MultiChoice",
        "H5P.Blanks",
        "H5P.TrueFalse",
    ]
    assert children["3f4c2511-2e53-4fa9-8ebb-dc3c115dff35"] == "H5P.Image"  # media, any depth


def test_scoring_data_stores_mark_the_words_tokens_for_main_and_child():
    main = rescoring.scoring_data("H5P.MarkTheWords", {"textField": "A *b* c."})
    assert main == {
        "tokens": {
            "": [
                {"text": "A", "answer": False},
                {"text": "b", "answer": True},
                {"text": "c", "answer": False},
            ]
        }
    }
    data = rescoring.scoring_data("H5P.QuestionSet", hub_content("H5P.QuestionSet"))
    assert list(data["tokens"]) == [QS_IDS[3]]
    assert data["tokens"][QS_IDS[3]] == rescoring.mark_the_words_tokens({})
    assert rescoring.scoring_data("H5P.MultiChoice", hub_content("H5P.MultiChoice")) == {}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("H5P.MultiChoice", True),
        ("H5P.TrueFalse", True),
        ("H5P.Blanks", True),
        ("H5P.DragText", True),
        ("H5P.QuestionSet", False),  # its DragQuestion is the browser's
    ],
)
def test_fully_server_scored_hub_content(name, expected):
    assert hub_library(name) == name
    assert rescoring.fully_server_scored(name, hub_content(name)) is expected


def test_fully_server_scored_sets():
    params = hub_content("H5P.QuestionSet")
    params["questions"] = [q for q in params["questions"] if q["subContentId"] != QS_IDS[1]]
    assert rescoring.fully_server_scored("H5P.QuestionSet", params) is True
    params["poolSize"] = 3
    assert rescoring.fully_server_scored("H5P.QuestionSet", params) is False
    nested = {"questions": [{"library": "H5P.QuestionSet 1.17", "subContentId": "n", "params": {}}]}
    assert rescoring.fully_server_scored("H5P.QuestionSet", nested) is False
    assert rescoring.fully_server_scored("H5P.SingleChoiceSet", single_choice_set()) is True
    assert rescoring.fully_server_scored("H5P.DragQuestion", {}) is False


# -- QuestionSet ---------------------------------------------------------------------------------
def question(library, sub_id, params):
    return {"library": library, "subContentId": sub_id, "params": params}


def server_only_set(pass_percentage=50):
    return {
        "passPercentage": pass_percentage,
        "questions": [
            question("H5P.TrueFalse 1.6", "tf", hub_content("H5P.TrueFalse")),
            question("H5P.MultiChoice 1.14", "mc", hub_content("H5P.MultiChoice")),
            question("H5P.Blanks 1.12", "bl", hub_content("H5P.Blanks")),
            question("H5P.MarkTheWords 1.9", "mw", {"textField": "A *b* c."}),
        ],
    }


def test_question_set_of_server_scored_children():
    responses = {"tf": "true", "mc": "1", "bl": SEP.join(["blue", "x", "BLACK"]), "mw": "1"}
    result = rescoring.score_question_set(server_only_set(), responses)
    assert raw_max(result) == (4, 6)
    assert result.passed is True
    assert result.browser_reported is False
    assert [(p.label, p.given, p.correct) for p in result.parts] == [
        ("Oslo is the capital of Norway.", "1/1", True),
        ("What color does the blackcurrant berry actually have?", "0/1", False),
        (
            "Insert the missing words in this text about berries found in Norwegian forests "
            "and mountainous regions.",
            "2/3",
            False,
        ),
        ("H5P.MarkTheWords", "1/1", True),
    ]
    strict = rescoring.score_question_set(server_only_set(pass_percentage=80), responses)
    assert strict.passed is False


def test_question_set_counts_unanswered_questions_as_left():
    result = rescoring.score_question_set(server_only_set(), {"mc": "0"})
    assert raw_max(result) == (1, 6)  # an unanswered true/false is 0 of 1, not a mismatch
    assert result.passed is False


def test_question_set_passes_a_child_mismatch_on():
    with pytest.raises(ResponseMismatch, match="true/false"):
        rescoring.score_question_set(server_only_set(), {"tf": "maybe"})
    with pytest.raises(ResponseMismatch, match="not readable"):
        rescoring.score_question_set({"questions": "none"}, {})


def test_question_set_uses_stored_tokens_for_mark_the_words():
    tokens = {"mw": [{"text": "only", "answer": True}, {"text": "other", "answer": True}]}
    result = rescoring.score_question_set(server_only_set(), {"mw": "0"}, tokens=tokens)
    assert raw_max(result) == (1, 7)


def test_hub_question_set_with_a_claim_for_its_drag_question():
    params = hub_content("H5P.QuestionSet")
    # Seen in the browser: True on both true/false questions, the rest left: 5 of 14.
    responses = {QS_IDS[5]: "true", QS_IDS[8]: "true"}
    result = rescoring.score_question_set(params, responses, claimed={QS_IDS[1]: (1, 1)})
    assert raw_max(result) == (5, 14)
    assert result.browser_reported is True
    assert result.passed is False  # 36% < 50%
    assert [p.given for p in result.parts] == [
        "1/1",  # MultiChoice with no right answer, left blank
        "1/1",  # DragQuestion, as the browser claimed
        "0/1",  # Blanks, library default text
        "0/2",  # MarkTheWords, default text
        "0/5",  # DragText, default text
        "1/1",
        "1/1",
        "0/1",
        "1/1",
    ]
    assert result.parts[1].label == "H5P.DragQuestion (browser-reported)"


def test_hub_question_set_all_right():
    params = hub_content("H5P.QuestionSet")
    responses = {
        QS_IDS[0]: "",
        QS_IDS[2]: "Norway",
        QS_IDS[3]: f"3{SEP}4",
        QS_IDS[4]: SEP.join(["nice", "flexible", "wonderful", "exciting", "fantastic"]),
        QS_IDS[5]: "true",
        QS_IDS[6]: "",
        QS_IDS[7]: "norway",  # caseSensitive is on in this child
        QS_IDS[8]: "false",
    }
    result = rescoring.score_question_set(params, responses, claimed={QS_IDS[1]: (0, 1)})
    assert raw_max(result) == (11, 14)
    assert result.passed is True
    assert result.browser_reported is True
    assert result.parts[1].correct is False


def test_hub_question_set_without_a_claim_is_not_scorable():
    params = hub_content("H5P.QuestionSet")
    with pytest.raises(NotScorable):
        rescoring.score_question_set(params, {QS_IDS[5]: "true"})
    with pytest.raises(NotScorable):
        rescoring.score_question_set(params, {QS_IDS[5]: "true"}, claimed={"other": (1, 1)})


def test_question_set_drawing_a_random_pool_is_not_scorable():
    params = server_only_set()
    params["poolSize"] = 2
    with pytest.raises(NotScorable):
        rescoring.score_question_set(params, {"tf": "true"})
    params["poolSize"] = 4  # the whole set
    assert rescoring.score_question_set(params, {"tf": "true"}).max == 6


# -- SingleChoiceSet -----------------------------------------------------------------------------
def single_choice_set():
    return {
        "choices": [
            {"subContentId": "a", "question": "<p>Q1</p>", "answers": ["<p>Right</p>", "Wrong"]},
            {"subContentId": "b", "question": "Q2", "answers": ["R", "W", "W2"]},
        ]
    }


def test_single_choice_set_first_answer_is_right():
    result = rescoring.score_single_choice_set(single_choice_set(), {"a": "0", "b": "2"})
    assert raw_max(result) == (1, 2)
    assert result.passed is False
    assert [(p.label, p.given, p.expected, p.correct) for p in result.parts] == [
        ("Q1", "Right", "Right", True),
        ("Q2", "W2", "R", False),
    ]
    everything = rescoring.score_single_choice_set(single_choice_set(), {"a": "0", "b": "0"})
    assert raw_max(everything) == (2, 2)
    assert everything.passed is True
    assert raw_max(rescoring.score_single_choice_set(single_choice_set(), {})) == (0, 2)


@pytest.mark.parametrize(
    ("response", "message"), [(f"0{SEP}1", "Only one answer"), ("2", "“2”"), ("x", "“x”")]
)
def test_single_choice_set_responses_that_do_not_fit(response, message):
    with pytest.raises(ResponseMismatch, match=message):
        rescoring.score_single_choice_set(single_choice_set(), {"a": response})


def test_single_choice_set_unreadable():
    with pytest.raises(ResponseMismatch, match="not readable"):
        rescoring.score_single_choice_set({}, {})


# -- property: any text on any hub content -------------------------------------------------------
HUB_NAMES = sorted(path.stem for path in HUB.glob("*.h5p"))
piece = st.one_of(st.text(max_size=12), st.integers(-2, 12).map(str), st.sampled_from(["true"]))
responses = st.one_of(
    st.none(), st.text(), st.lists(piece, max_size=8).map(SEP.join), st.sampled_from(["", SEP])
)


@pytest.mark.parametrize("name", HUB_NAMES)
@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(response=responses)
def test_any_text_on_hub_content_scores_or_is_refused(name, response):
    params = hub_content(name)
    machine = rescoring.machine_name(hub_library(name))
    try:
        result = score(machine, params, response)
    except (NotScorable, ResponseMismatch) as refusal:
        assert isinstance(refusal, NotScorable) or str(refusal)
        return
    assert 0 <= result.raw <= result.max
