"""The transcript PDF: a CJK font embedded and the learner's name extracted exactly, an HKSCS
supplementary character included (text extraction alone passes even when glyphs are missing);
each entry's fingerprint printed; only for its holder."""

import datetime as dt
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone

from cpd import pdf, services
from tests.cpd import factories as make
from tests.services import require_poppler

pytestmark = pytest.mark.django_db
NAME = "陳𨋢明"


def test_the_pdf_embeds_a_cjk_font_and_gives_back_the_exact_name(
    client, django_capture_on_commit_callbacks
):
    require_poppler()
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    user.first_name, user.last_name, user.chinese_name = "Lift", "Chan", NAME
    user.save()
    entry = services.award(
        user,
        scheme=scheme,
        category_code="general",
        points=Decimal(3),
        activity_date=timezone.localdate(),
        source_kind="event",
        source_ref="e1",
        title="遺傳輔導研討會",
    )
    client.force_login(user)
    membership = user.cpd_memberships.get()
    url = f"/zh-hant/cpd/{membership.pk}/transcript.pdf"
    # The worker renders it: until then a page that checks again.
    with django_capture_on_commit_callbacks(execute=True):
        waiting = client.get(url)
    assert waiting.status_code == 202 and 'http-equiv="refresh"' in waiting.text
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "transcript.pdf"
        path.write_bytes(b"".join(response.streaming_content))
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    assert "CJK" in fonts.stdout, fonts.stdout
    assert NAME in text and "遺傳輔導研討會" in text
    assert entry.digest[:16] in text
    assert pdf.record_fingerprint([entry]) in text.replace("\n", "")


def test_the_pdf_is_only_for_its_holder(client):
    scheme = make.scheme()
    holder = make.member("a@example.org", scheme)
    client.force_login(make.member("b@example.org", scheme))
    assert (
        client.get(f"/en/cpd/{holder.cpd_memberships.get().pk}/transcript.pdf").status_code == 404
    )


def test_the_fingerprint_changes_with_any_entry():
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    entries = [
        services.award(
            user,
            scheme=scheme,
            category_code="general",
            points=Decimal(1),
            activity_date=dt.date(2026, 3, day),
            source_kind="event",
            source_ref=f"e{day}",
            title="x",
        )
        for day in (1, 2)
    ]
    assert pdf.record_fingerprint(entries) != pdf.record_fingerprint(entries[:1])
    assert len(pdf.record_fingerprint(entries)) == 64


def test_a_new_entry_asks_for_a_new_pdf_and_the_sweep_renders_lost_ones(client):
    from cpd.models import TranscriptFile

    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    client.force_login(user)
    url = f"/en/cpd/{user.cpd_memberships.get().pk}/transcript.pdf"
    assert client.get(url).status_code == 202  # its task was lost: no on-commit here
    assert client.get(url).status_code == 202 and TranscriptFile.objects.count() == 1
    assert pdf.render_pending(older_than_seconds=0) == 1
    assert client.get(url).status_code == 200
    services.award(
        user,
        scheme=scheme,
        category_code="general",
        points=Decimal(1),
        activity_date=timezone.localdate(),
        source_kind="event",
        source_ref="new",
        title="x",
    )
    assert client.get(url).status_code == 202  # the record changed: a new PDF is made
    assert TranscriptFile.objects.count() == 2
    assert pdf.render_pending(older_than_seconds=0) == 1
    assert pdf.render_pending(older_than_seconds=0) == 0
