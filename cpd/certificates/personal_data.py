"""What certificates hold about a learner (see accounts.personal_data). Erasing keeps each
certificate's record, so its status and the fingerprint of the issued PDF still verify, but
removes the name printed on it and deletes the PDF file; the signed credential names no one
(its holder is a salted hash of the email)."""

from cpd.certificates.models import Certificate

ERASED_NAME = "—"


def export(user) -> list[dict]:
    return [
        {
            "kind": "certificate",
            "code": c.grouped_code,
            "achievement": c.title_en,
            "achievement_zh_hant": c.title_zh_hant,
            "holder_name": c.holder_name,
            "holder_name_zh": c.holder_name_zh,
            "achieved_on": c.achieved_on,
            "issued_at": c.issued_at,
            "revoked_at": c.revoked_at,
            "hidden": c.hidden,
            "pdf_sha256": c.pdf_sha256,
            "credential": c.credential,
        }
        for c in Certificate.objects.filter(user=user)
    ]


def erase(user) -> None:
    for certificate in Certificate.objects.filter(user=user).exclude(pdf=""):
        certificate.pdf.delete(save=False)
    Certificate.objects.filter(user=user).update(holder_name=ERASED_NAME, holder_name_zh="", pdf="")
