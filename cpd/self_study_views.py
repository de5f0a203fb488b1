"""Self-study on the site, for learners: the list, one self-study's page (reading, the
assessment, the points it earns under each scheme), and the assessment's submission. State
changes go through cpd.self_study."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import quiz_forms, scoring
from cpd import self_study
from cpd.models import LedgerEntry, Membership, SelfStudyAttempt, SourceKind
from cpd.services import CPDError


@login_required
def index(request: HttpRequest) -> HttpResponse:
    studies = list(
        self_study.open_to_learners().select_related("article").order_by("article__title")
    )
    passed = set(
        SelfStudyAttempt.objects.filter(user=request.user, passed=True).values_list(
            "self_study_id", flat=True
        )
    )
    return render(
        request,
        "cpd/self_study_index.html",
        {"rows": [{"study": s, "passed": s.pk in passed} for s in studies]},
    )


@login_required
def detail(request: HttpRequest, study_id: int) -> HttpResponse:
    study = get_object_or_404(self_study.open_to_learners().select_related("article"), pk=study_id)
    attempts = list(
        SelfStudyAttempt.objects.filter(user=request.user, self_study=study).order_by("number")
    )
    open_attempt = next((a for a in attempts if a.submitted_at is None), None)
    last = next((a for a in reversed(attempts) if a.submitted_at is not None), None)
    memberships = list(
        Membership.objects.filter(user=request.user)
        .select_related("scheme")
        .prefetch_related("scheme__rules")
        .order_by("scheme__code")
    )
    language = quiz_forms.language_field()
    review = []
    if last is not None:
        result = scoring.score(last.snapshot, last.answers or {})
        review = scoring.review(last.snapshot, last.answers or {}, result, language, "feedback")
    return render(
        request,
        "cpd/self_study.html",
        {
            "study": study,
            "article": study.article.specific,
            "credit": self_study.credit(study, memberships),
            "awarded": LedgerEntry.objects.filter(
                user=request.user,
                source_kind=SourceKind.SELF_STUDY,
                source_ref=self_study.source_ref(study),
                reverses__isnull=True,
            ).select_related("scheme"),
            "allowance": self_study.allowance(request.user, study),
            "attempts": attempts,
            "open_attempt": open_attempt,
            "questions": quiz_forms.questions_to_show(open_attempt.snapshot, language)
            if open_attempt
            else [],
            "last_attempt": last,
            "review": review,
        },
    )


@login_required
@require_POST
def read(request: HttpRequest, study_id: int) -> HttpResponse:
    study = get_object_or_404(self_study.open_to_learners().select_related("article"), pk=study_id)
    self_study.open_article(request.user, study)
    return redirect(study.article.specific.get_url(request))


@login_required
@require_POST
def start(request: HttpRequest, study_id: int) -> HttpResponse:
    study = get_object_or_404(self_study.open_to_learners(), pk=study_id)
    try:
        self_study.start(request.user, study)
    except CPDError as refusal:
        messages.error(request, refusal.message)
    return redirect("cpd:self_study", study_id=study.pk)


@login_required
@require_POST
def submit(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = get_object_or_404(SelfStudyAttempt, pk=attempt_id, user=request.user)
    answers = quiz_forms.answers_from_post(request.POST, attempt.snapshot)
    try:
        attempt = self_study.submit(attempt, answers, user=request.user)
    except scoring.InvalidSubmission as refusal:
        for problem in refusal.problems:
            messages.error(request, problem)
    except CPDError as refusal:
        messages.error(request, refusal.message)
    else:
        if attempt.passed:
            messages.success(
                request, _("You passed with %(percent)s%%.") % {"percent": attempt.percent}
            )
        else:
            messages.warning(
                request,
                _("You scored %(percent)s%%; the pass mark is %(mark)s%%.")
                % {"percent": attempt.percent, "mark": attempt.self_study.pass_mark},
            )
    return redirect("cpd:self_study", study_id=attempt.self_study_id)
