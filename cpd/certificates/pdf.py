"""The certificate PDF: bilingual (English and Traditional Chinese), WeasyPrint with the Noto
CJK fonts (so names in Chinese, HKSCS supplementary characters such as 𨋢 included, render and
extract exactly), a QR code holding only the verification address, and the signed credential
attached to the PDF file itself."""

from __future__ import annotations

import base64
import io

from django.conf import settings
from django.template.loader import select_template
from django.utils import translation

from cpd.certificates import credentials
from cpd.certificates.models import Certificate

CREDENTIAL_ATTACHMENT = "open-badge-credential.jwt"


def qr_png(url: str) -> str:
    """The QR code as a PNG data address. A raster, not SVG: WeasyPrint draws an SVG path
    square by square in Python, which took a fifth of the time of a whole certificate."""
    import qrcode

    buffer = io.BytesIO()
    qrcode.make(url, border=1, box_size=10).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def certificate_pdf(certificate: Certificate, token: str) -> bytes:
    from weasyprint import HTML, Attachment

    url = credentials.verification_url(certificate)
    with translation.override("en"):  # the template switches language per half itself
        template = select_template(
            [
                f"certificates/certificate_pdf_{certificate.kind}.html",
                "certificates/certificate_pdf.html",
            ]
        )
        html = template.render(
            {
                "certificate": certificate,
                "verification_url": url,
                "qr": qr_png(url),
                "issuer_name_zh": settings.CERTIFICATE_ISSUER_NAME_ZH,
            },
        )
    attachment = Attachment(
        string=token,
        name=CREDENTIAL_ATTACHMENT,
        description="Open Badges 3.0 credential (VC-JWT, ES256)",
    )
    return HTML(string=html).write_pdf(attachments=[attachment])
