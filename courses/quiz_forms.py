"""A scored assessment as an HTML form: the questions an attempt shows (from its snapshot, with
no answer key) and the answers a submitted form carries. Shared by course quizzes and CPD
self-study; the template is `courses/includes/quiz_questions.html`."""

from __future__ import annotations

from django.http import QueryDict
from django.utils.translation import get_language

from courses import scoring


def language_field() -> str:
    """The active language as translated fields spell it (zh-hant → zh_hant)."""
    return (get_language() or "en").replace("-", "_").lower()


def questions_to_show(snapshot: list[dict], language: str) -> list[dict]:
    def text(texts):
        return (texts or {}).get(language) or (texts or {}).get("en") or ""

    return [
        {
            "number": number,
            "id": question["id"],
            "kind": question["kind"],
            "prompt": text(question["prompt"]),
            "options": [{"id": o["id"], "text": text(o["text"])} for o in question["options"]],
        }
        for number, question in enumerate(scoring.public_view(snapshot), start=1)
    ]


def answers_from_post(post: QueryDict, snapshot: list[dict]) -> dict:
    """Form fields named after question ids; lists for multiple response and ordering."""
    answers: dict = {}
    kinds = {q["id"]: q["kind"] for q in snapshot}
    for name in post:
        if name == "csrfmiddlewaretoken":
            continue
        if kinds.get(name) in ("multiple", "ordering"):
            # Unchosen ordering positions arrive as "": no choice, not an option id.
            answers[name] = [value for value in post.getlist(name) if value]
        else:
            answers[name] = post.get(name)
    return answers
