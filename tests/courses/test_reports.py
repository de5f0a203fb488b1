"""The staff course report: figures from the learners' records, permissions, CSV."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles
from courses import services
from tests.courses import factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    page = make.course(make.catalogue(home_page), "report", title_en="=HYPERLINK(1)")
    questions = [make.question(page, "true_false", prompt_en=f"=Q{n}") for n in range(2)]
    quiz = make.quiz(page, questions, cooldown_minutes=0, pass_mark=50)
    make.lesson(make.module(page), "check", kind="quiz", quiz=quiz)
    users = get_user_model().objects
    for n, answers in enumerate([(True, True), (True, False), (False, False)]):
        learner = users.create_user(email=f"l{n}@example.org", password="x" * 12)
        enrolment = services.enrol(learner, page, page.runs.get())
        attempt = services.start_attempt(enrolment, services.lessons_of(page)[0])
        by_prompt = {q["prompt"]["en"]: q["id"] for q in attempt.snapshot}
        services.submit_attempt(
            attempt,
            {by_prompt["=Q0"]: answers[0], by_prompt["=Q1"]: answers[1]},
            user=learner,
        )
    return page


def staff(role):
    user = get_user_model().objects.create_user(email=f"{role}@example.org", password="x" * 12)
    user.groups.add(Group.objects.get(name=role))
    return user


def test_report_figures_and_csv(client, course):
    client.force_login(staff(roles.CPD_ADMINISTRATORS))
    page = client.get(f"/admin/courses/reports/{course.pk}/")
    assert page.status_code == 200
    rows = list(
        csv.reader(
            io.StringIO(client.get(page.wsgi_request.path, {"format": "csv"}).content.decode())
        )
    )
    assert rows[1] == ["enrolled", "3"] and rows[2] == ["completed", "2"]
    assert rows[0][1].startswith("'=")  # no spreadsheet formula
    items = {row[2]: row for row in rows[6:]}
    assert items["'=Q0"][3:5] == ["3", "0.667"] and items["'=Q1"][3:5] == ["3", "0.333"]


def test_learners_and_reviewers_cannot_read_reports(client, course):
    client.force_login(staff(roles.MEDICAL_REVIEWERS))
    assert client.get(f"/admin/courses/reports/{course.pk}/").status_code in (302, 403)
    client.force_login(get_user_model().objects.get(email="l0@example.org"))
    assert client.get("/admin/courses/reports/").status_code in (302, 403)
