"""Self-study on the site: a professional article marked as CPD self-study, read and followed by
its short server-scored assessment, earns self-study points under each of the learner's schemes
that counts it, by that scheme's rule and within its category cap."""

import datetime as dt
import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from courses import scoring
from cpd import self_study, services
from cpd.models import (
    LedgerEntry,
    Membership,
    SelfStudy,
    SelfStudyAttempt,
    SelfStudyOption,
    SelfStudyQuestion,
    SourceKind,
)
from tests.content import factories as pages
from tests.cpd import factories as make

D = Decimal
pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 6, 1, 2, 0, tzinfo=dt.UTC)


def _study(home, *, level="professional", hours="1.5", **fields) -> SelfStudy:
    topic = pages.topic(home)
    article = pages.article(topic, level=level, audience=["professionals"])
    study = SelfStudy(article=article, hours=D(hours), **{"reading_minutes": 5, **fields})
    study.full_clean()
    study.save()
    single = SelfStudyQuestion.objects.create(
        self_study=study, kind="single", prompt_en="Five tiers?", prompt_zh_hant="五級？"
    )
    for text, correct in (("Three", False), ("Five", True)):
        SelfStudyOption.objects.create(question=single, text_en=text, correct=correct)
    SelfStudyQuestion.objects.create(
        self_study=study,
        kind="true_false",
        prompt_en="A VUS guides treatment.",
        prompt_zh_hant="意義未明的變異可指導治療。",
        answer_true=False,
    )
    return study


def _right_answers(attempt: SelfStudyAttempt) -> dict:
    answers = {}
    for question in attempt.snapshot:
        correct = question["key"]["correct"]
        answers[question["id"]] = (
            "true" if correct is True else "false" if correct is False else correct
        )
    return answers


def _wrong_answers(attempt: SelfStudyAttempt) -> dict:
    answers = {}
    for question in attempt.snapshot:
        if question["kind"] == "true_false":
            answers[question["id"]] = "true" if question["key"]["correct"] is False else "false"
        else:
            wrong = [o["id"] for o in question["options"] if o["id"] != question["key"]["correct"]]
            answers[question["id"]] = wrong[0]
    return answers


def _schemes():
    """Two schemes that count self-study at different rates, and one that does not."""
    hkam = make.scheme(
        "hkam",
        categories=[("cme", None, None), ("self-study", None, D(3))],
        rules=[("self_study", "self-study", {"points_per_hour": D(1)})],
    )
    nursing = make.scheme(
        "cne",
        categories=[("general", None, None)],
        rules=[("self_study", "general", {"points_per_hour": D(2), "cap_per_event": D(2.5)})],
    )
    mlt = make.scheme("mlt", categories=[("general", None, None)])
    return hkam, nursing, mlt


def _passed(study, learner, *, at=NOW) -> SelfStudyAttempt:
    self_study.open_article(learner, study, now=at - dt.timedelta(minutes=10))
    attempt = self_study.start(learner, study, now=at)
    return self_study.submit(attempt, _right_answers(attempt), user=learner, now=at)


def test_passing_earns_self_study_points_under_each_scheme_by_its_own_rule(home_page):
    study = _study(home_page)
    hkam, nursing, mlt = _schemes()
    learner = make.member("ss@example.org", hkam, nursing, mlt)

    attempt = _passed(study, learner)

    assert attempt.passed and attempt.percent == D(100)
    entries = {e.scheme.code: e for e in LedgerEntry.objects.filter(user=learner)}
    assert set(entries) == {"hkam", "cne"}  # mlt has no self-study rule
    assert entries["hkam"].points == D("1.50")  # 1.5 h × 1 point
    assert entries["hkam"].category_code == "self-study"
    assert entries["cne"].points == D("2.50")  # 1.5 h × 2 = 3, capped at 2.5 per activity
    assert entries["hkam"].source_kind == SourceKind.SELF_STUDY
    assert entries["hkam"].source_ref == f"self-study:{study.pk}"
    # activity date is the Hong Kong date of the pass (10:00 in Hong Kong on 1 June)
    assert entries["hkam"].activity_date == dt.date(2026, 6, 1)
    assert services.verify_ledger(learner) == []


def test_a_failed_attempt_earns_nothing_and_another_attempt_may_follow(home_page):
    study = _study(home_page)
    hkam, _nursing, _mlt = _schemes()
    learner = make.member("fail@example.org", hkam)
    self_study.open_article(learner, study, now=NOW - dt.timedelta(minutes=10))
    attempt = self_study.start(learner, study, now=NOW)
    attempt = self_study.submit(attempt, _wrong_answers(attempt), user=learner, now=NOW)

    assert attempt.passed is False and attempt.percent == D(0)
    assert not LedgerEntry.objects.filter(user=learner).exists()
    second = self_study.start(learner, study, now=NOW)
    assert second.number == 2


def test_points_above_the_category_cap_are_shown_separately(home_page):
    hkam, _nursing, _mlt = _schemes()
    learner = make.member("cap@example.org", hkam)
    for n in range(3):  # 3 × 1.5 = 4.5 self-study points; the cap is 3
        _passed(_study(home_page), learner, at=NOW + dt.timedelta(days=n))

    progress = services.progress(
        Membership.objects.get(user=learner, scheme=hkam), on=dt.date(2026, 7, 1)
    )
    category = next(c for c in progress.categories if c.code == "self-study")
    assert (category.earned, category.counted, category.above_cap) == (D("4.5"), D(3), D("1.5"))


def test_points_are_earned_once_per_self_study_and_scheme(home_page):
    study = _study(home_page)
    hkam, _nursing, _mlt = _schemes()
    learner = make.member("once@example.org", hkam)
    attempt = _passed(study, learner)

    # awarding again (a retried task, say) finds the entry already there
    self_study.award_self_study(attempt)
    assert LedgerEntry.objects.filter(user=learner).count() == 1
    with pytest.raises(services.CPDError, match="passed"):
        self_study.start(learner, study, now=NOW)


def test_the_assessment_opens_only_after_the_article_was_opened_and_time_to_read_it(home_page):
    study = _study(home_page)
    learner = make.member("reader@example.org")

    with pytest.raises(services.CPDError, match="Read the article first"):
        self_study.start(learner, study, now=NOW)
    self_study.open_article(learner, study, now=NOW)
    self_study.open_article(learner, study, now=NOW + dt.timedelta(hours=1))  # keeps the first
    allowance = self_study.allowance(learner, study, now=NOW + dt.timedelta(minutes=4))
    assert not allowance.allowed and allowance.opens_at == NOW + dt.timedelta(minutes=5)
    with pytest.raises(services.CPDError):
        self_study.start(learner, study, now=NOW + dt.timedelta(minutes=4))
    assert self_study.start(learner, study, now=NOW + dt.timedelta(minutes=5)).number == 1
    assert not SelfStudyAttempt.objects.filter(number=2).exists()


def test_attempts_are_limited(home_page):
    study = _study(home_page, max_attempts=2)
    learner = make.member("limit@example.org")
    self_study.open_article(learner, study, now=NOW - dt.timedelta(hours=1))
    for _ in range(2):
        attempt = self_study.start(learner, study, now=NOW)
        self_study.submit(attempt, _wrong_answers(attempt), user=learner, now=NOW)
    with pytest.raises(services.CPDError, match="all your attempts"):
        self_study.start(learner, study, now=NOW)


def test_starting_twice_returns_the_open_attempt(home_page):
    study = _study(home_page)
    learner = make.member("twice@example.org")
    self_study.open_article(learner, study, now=NOW - dt.timedelta(hours=1))
    first = self_study.start(learner, study, now=NOW)
    assert self_study.start(learner, study, now=NOW) == first
    assert SelfStudyAttempt.objects.count() == 1


def test_tampered_or_foreign_answers_change_nothing(home_page):
    study = _study(home_page)
    hkam, _nursing, _mlt = _schemes()
    learner = make.member("tamper@example.org", hkam)
    other = make.member("other@example.org", hkam)
    self_study.open_article(learner, study, now=NOW - dt.timedelta(hours=1))
    attempt = self_study.start(learner, study, now=NOW)

    with pytest.raises(scoring.InvalidSubmission):
        self_study.submit(attempt, {"s999": "x"}, user=learner, now=NOW)
    with pytest.raises(scoring.InvalidSubmission):
        self_study.submit(attempt, ["not", "a", "dict"], user=learner, now=NOW)
    with pytest.raises(services.CPDError, match="not your attempt"):
        self_study.submit(attempt, _right_answers(attempt), user=other, now=NOW)
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers is None
    assert not LedgerEntry.objects.exists()

    self_study.submit(attempt, _right_answers(attempt), user=learner, now=NOW)
    with pytest.raises(services.CPDError, match="already been submitted"):
        self_study.submit(attempt, _right_answers(attempt), user=learner, now=NOW)


def test_the_browser_never_sees_the_answer_key(home_page, client):
    study = _study(home_page)
    learner = make.member("key@example.org")
    self_study.open_article(learner, study, now=timezone.now() - dt.timedelta(hours=1))
    attempt = self_study.start(learner, study)
    client.force_login(learner)
    page = client.get(reverse("cpd:self_study", args=[study.pk])).content.decode()
    assert 'name="s' in page  # the questions are shown
    single = next(q for q in attempt.snapshot if q["kind"] == "single")
    right = single["key"]["correct"]
    assert f'value="{right}"' in page
    assert "correct" not in page.split('class="quiz-form"')[1].split("</form>")[0]


def test_only_an_article_for_professionals_can_be_self_study(home_page):
    article = pages.article(pages.topic(home_page), level="general")
    with pytest.raises(ValidationError, match="professionals"):
        SelfStudy(article=article, hours=D(1)).full_clean()


def test_a_question_no_one_could_answer_right_is_refused_in_the_admin(home_page, client):
    study = _study(home_page)
    client.force_login(make.staff("CPD administrators"))
    response = client.post(
        reverse("wagtailsnippets_cpd_selfstudyquestion:add"),
        {
            "self_study": study.pk,
            "kind": "single",
            "sort_order": 0,
            "prompt_en": "Which?",
            "options-TOTAL_FORMS": 2,
            "options-INITIAL_FORMS": 0,
            "options-MIN_NUM_FORMS": 0,
            "options-MAX_NUM_FORMS": 1000,
            "options-0-text_en": "A",
            "options-0-ORDER": 1,
            "options-1-text_en": "B",
            "options-1-ORDER": 2,
        },
    )
    assert response.status_code == 200
    assert "exactly one option as correct" in response.content.decode()
    assert SelfStudyQuestion.objects.filter(prompt_en="Which?").count() == 0


def test_the_learner_reads_takes_and_passes_through_the_pages(home_page, client):
    study = _study(home_page, reading_minutes=0)
    hkam, _nursing, _mlt = _schemes()
    learner = make.member("pages@example.org", hkam)
    client.force_login(learner)

    article_page = client.get(study.article.url).content.decode()
    assert reverse("cpd:self_study", args=[study.pk]) in article_page
    detail = client.get(reverse("cpd:self_study", args=[study.pk]))
    assert "1.50 points" in detail.content.decode()  # what passing would earn under hkam
    start = client.post(reverse("cpd:self_study_start", args=[study.pk]), follow=True)
    assert "Read the article first" in start.content.decode()

    opened = client.post(reverse("cpd:self_study_read", args=[study.pk]))
    assert opened.status_code == 302 and opened.url == study.article.url
    client.post(reverse("cpd:self_study_start", args=[study.pk]))
    attempt = SelfStudyAttempt.objects.get(user=learner)
    response = client.post(
        reverse("cpd:self_study_submit", args=[attempt.pk]), _right_answers(attempt), follow=True
    )
    assert "You passed with 100.00%" in response.content.decode()
    assert LedgerEntry.objects.get(user=learner).points == D("1.50")
    assert "points recorded" in response.content.decode()


def test_pages_need_a_signed_in_learner_and_an_open_self_study(home_page, client):
    study = _study(home_page)
    url = reverse("cpd:self_study", args=[study.pk])
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(make.member("closed@example.org"))
    assert client.get(url).status_code == 200
    assert client.get(reverse("cpd:self_study_read", args=[study.pk])).status_code == 405
    SelfStudy.objects.filter(pk=study.pk).update(is_active=False)
    assert client.get(url).status_code == 404
    assert client.post(reverse("cpd:self_study_start", args=[study.pk])).status_code == 404


def test_someone_elses_attempt_cannot_be_submitted_through_the_page(home_page, client):
    study = _study(home_page)
    owner = make.member("owner@example.org")
    self_study.open_article(owner, study, now=timezone.now() - dt.timedelta(hours=1))
    attempt = self_study.start(owner, study)
    client.force_login(make.member("intruder@example.org"))
    response = client.post(reverse("cpd:self_study_submit", args=[attempt.pk]), {})
    assert response.status_code == 404


def test_the_pages_speak_chinese(home_page, client):
    study = _study(home_page)
    client.force_login(make.member("zh@example.org"))
    page = client.get(f"/zh-hant/cpd/self-study/{study.pk}/").content.decode()
    assert "持續專業發展自學" in page and "甚麼是基因組？" in page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
def test_two_simultaneous_starts_make_one_attempt(home_page):
    study = _study(home_page)
    learner = make.member("race-ss@example.org")
    self_study.open_article(learner, study, now=NOW - dt.timedelta(hours=1))
    barrier = threading.Barrier(2)
    results, errors = [], []

    def go():
        try:
            barrier.wait(timeout=10)
            results.append(self_study.start(learner, study, now=NOW).pk)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=go) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert SelfStudyAttempt.objects.count() == 1
    assert results == [SelfStudyAttempt.objects.get().pk] * 2
