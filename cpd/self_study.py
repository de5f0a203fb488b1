"""Self-study on the site: a learner opens a professional article marked as CPD self-study,
reads it, and passes its short assessment; each of their schemes that counts self-study then
credits the study hours by its own rule, through `cpd.services.award`.

The assessment is scored on the server by `courses.scoring` (the code course quizzes use), from
a snapshot stored when the attempt starts. Points are keyed to the self-study, not to the attempt,
so a learner earns them once per scheme however often they pass; category caps apply in
`cpd.services.progress`, like every other source, so points above a cap stay visible.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import scoring
from courses.services import translated_texts
from cpd.models import (
    ActivityType,
    LedgerEntry,
    Membership,
    SelfStudy,
    SelfStudyAttempt,
    SelfStudyReading,
    SourceKind,
)
from cpd.services import CPDError, award, hong_kong_date, points_for_hours, rule_for


def open_to_learners():
    return SelfStudy.objects.filter(is_active=True, article__live=True)


def source_ref(study: SelfStudy) -> str:
    return f"self-study:{study.pk}"


def questions_of(study: SelfStudy) -> list[dict]:
    """The assessment as authored, in the shape `courses.scoring.build_snapshot` takes."""
    texts = translated_texts
    return [
        {
            "id": f"s{question.pk}",
            "kind": question.kind,
            "points": 1,
            "prompt": texts(question, "prompt"),
            "options": [
                {"id": option.key, "text": texts(option, "text"), "correct": option.correct}
                for option in question.options.all()
            ],
            "answer": question.answer_true,
            "explanation": texts(question, "explanation"),
        }
        for question in study.questions.prefetch_related("options")
    ]


# -- reading and attempts -----------------------------------------------------------------------
def open_article(user, study: SelfStudy, *, now: datetime | None = None) -> SelfStudyReading:
    """Records when the learner first opened the article (later openings keep the first time)."""
    reading, _created = SelfStudyReading.objects.get_or_create(
        user=user, self_study=study, defaults={"opened_at": now or timezone.now()}
    )
    return reading


@dataclass(frozen=True)
class Allowance:
    allowed: bool
    message: str = ""
    opens_at: datetime | None = None
    used: int = 0


def allowance(user, study: SelfStudy, *, now: datetime | None = None) -> Allowance:
    """Whether the learner may start an attempt now, and if not, why (in their language)."""
    now = now or timezone.now()
    submitted = SelfStudyAttempt.objects.filter(
        user=user, self_study=study, submitted_at__isnull=False
    )
    used = submitted.count()
    if any(a.passed for a in submitted):
        return Allowance(False, _("You have passed this self-study."), used=used)
    if not study.is_active or not study.article.live:
        return Allowance(False, _("This self-study is closed."), used=used)
    if study.max_attempts is not None and used >= study.max_attempts:
        return Allowance(False, _("You have used all your attempts."), used=used)
    reading = SelfStudyReading.objects.filter(user=user, self_study=study).first()
    if reading is None:
        return Allowance(False, _("Read the article first."), used=used)
    opens_at = reading.opened_at + timedelta(minutes=study.reading_minutes)
    if now < opens_at:
        return Allowance(
            False, _("The assessment opens after time to read the article."), opens_at, used
        )
    return Allowance(True, used=used)


def start(user, study: SelfStudy, *, now: datetime | None = None) -> SelfStudyAttempt:
    """The learner's open attempt, or a new one if they may start one (else CPDError)."""
    now = now or timezone.now()
    open_attempt = _open_attempt(user, study)
    if open_attempt is not None:
        return open_attempt
    allowed = allowance(user, study, now=now)
    if not allowed.allowed:
        raise CPDError(allowed.message)
    questions = questions_of(study)
    if not questions:
        raise CPDError(_("This self-study has no assessment yet."))
    try:
        snapshot = scoring.build_snapshot(questions, rng=random.SystemRandom())
    except scoring.QuizAuthoringError:
        raise CPDError(_("This assessment cannot be taken at the moment.")) from None
    try:
        with transaction.atomic():
            return SelfStudyAttempt.objects.create(
                user=user,
                self_study=study,
                number=allowed.used + 1,
                snapshot=snapshot,
                started_at=now,
            )
    except IntegrityError:  # a simultaneous start (a double click) made it first
        open_attempt = _open_attempt(user, study)
        if open_attempt is None:
            raise CPDError(_("Please try again.")) from None
        return open_attempt


def _open_attempt(user, study: SelfStudy) -> SelfStudyAttempt | None:
    return SelfStudyAttempt.objects.filter(
        user=user, self_study=study, submitted_at__isnull=True
    ).first()


def submit(
    attempt: SelfStudyAttempt, answers: object, *, user, now: datetime | None = None
) -> SelfStudyAttempt:
    """Scores the attempt from its snapshot; a pass credits self-study points. Refuses (changing
    nothing) another learner's attempt, a second submission and malformed or tampered answers
    (`courses.scoring.InvalidSubmission`, listing every problem)."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = (
            SelfStudyAttempt.objects.select_for_update()
            .select_related("self_study__article")
            .get(pk=attempt.pk)
        )
        if attempt.user_id != user.pk:
            raise CPDError(_("This is not your attempt."))
        if attempt.submitted_at is not None:
            raise CPDError(_("This attempt has already been submitted."))
        if not isinstance(answers, dict):
            raise scoring.InvalidSubmission([_("The answers could not be read.")])
        normalised = scoring.validate_answers(attempt.snapshot, answers)
        result = scoring.score(attempt.snapshot, normalised)
        attempt.answers = {
            key: str(value) if isinstance(value, Decimal) else value
            for key, value in normalised.items()
        }
        attempt.submitted_at = now
        attempt.percent = result.percent
        attempt.passed = result.passed(attempt.self_study.pass_mark)
        try:
            with transaction.atomic():
                attempt.save()
        except IntegrityError:  # a parallel submission of another attempt passed first
            raise CPDError(_("You have passed this self-study.")) from None
        if attempt.passed:
            award_self_study(attempt)
    return attempt


# -- points --------------------------------------------------------------------------------------
def credit(study: SelfStudy, memberships: list[Membership]) -> list[tuple[Membership, Decimal]]:
    """What passing earns under each of these memberships' schemes (those that count it)."""
    credited = []
    for membership in memberships:
        rule = rule_for(membership.scheme, ActivityType.SELF_STUDY)
        if rule is None or rule.points_per_hour is None:
            continue
        credited.append((membership, points_for_hours(rule, study.hours)))
    return credited


def award_self_study(attempt: SelfStudyAttempt) -> list[LedgerEntry]:
    study = attempt.self_study
    memberships = list(
        Membership.objects.filter(user=attempt.user)
        .select_related("scheme")
        .prefetch_related("scheme__rules")
    )
    article = study.article
    return [
        award(
            attempt.user,
            scheme=membership.scheme,
            category_code=rule_for(membership.scheme, ActivityType.SELF_STUDY).category_code,
            points=points,
            activity_date=hong_kong_date(attempt.submitted_at),
            source_kind=SourceKind.SELF_STUDY,
            source_ref=source_ref(study),
            title=getattr(article, "title_en", None) or article.title,
            awarded_by_label="self-study assessment passed",
        )
        for membership, points in credit(study, memberships)
    ]
