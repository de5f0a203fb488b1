"""The certificate PDF: a CJK font embedded (pdffonts) and the holder's name given back exactly
by pdftotext, HKSCS supplementary character included; the verification code and address
printed; the signed credential attached; the fingerprint the verification page shows is the
file's SHA-256."""

import hashlib
import subprocess
from pathlib import Path

import pytest

from cpd.certificates import credentials
from cpd.certificates.pdf import CREDENTIAL_ATTACHMENT
from tests.certificates import factories as make
from tests.services import require_poppler, require_zbar

pytestmark = pytest.mark.django_db


@pytest.fixture
def pdf_file(tmp_path):
    require_poppler()
    certificate = make.issued()
    path = tmp_path / "certificate.pdf"
    path.write_bytes(certificate.pdf.read())
    return certificate, path


def _run(*args) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_a_cjk_font_is_embedded_and_the_exact_names_come_back(pdf_file):
    certificate, path = pdf_file
    fonts = _run("pdffonts", str(path))
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    assert cjk and all(" yes " in line for line in cjk), fonts  # embedded, not referenced
    text = _run("pdftotext", str(path), "-")
    assert make.NAME_ZH in text and "Lift Chan" in text
    assert "臨床醫生的基因組醫學" in text and "Genomic medicine for clinicians" in text
    assert "完成證書" in text and "Certificate of completion" in text  # both languages
    assert certificate.grouped_code in text
    assert credentials.verification_url(certificate) in text.replace("\n", "")
    assert "3.00" in text and "HKAM CME" in text


def test_the_signed_credential_travels_inside_the_pdf(pdf_file, tmp_path):
    certificate, path = pdf_file
    assert CREDENTIAL_ATTACHMENT in _run("pdfdetach", "-list", str(path))
    out = tmp_path / "attached.jwt"
    _run("pdfdetach", "-savefile", CREDENTIAL_ATTACHMENT, "-o", str(out), str(path))
    assert out.read_text() == certificate.credential


def test_the_recorded_fingerprint_is_the_files(pdf_file, client):
    certificate, path = pdf_file
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == certificate.pdf_sha256
    page = client.get(f"/en/verify/{certificate.grouped_code}/").content.decode()
    assert certificate.pdf_sha256 in page


def test_the_printed_qr_code_scans_to_the_verification_address(pdf_file, tmp_path):
    """Printed at its size on the page and read back by a barcode reader, as a phone would."""
    require_zbar()
    certificate, path = pdf_file
    _run("pdftoppm", "-r", "150", "-png", "-singlefile", str(path), str(tmp_path / "page"))
    scanned = _run("zbarimg", "--raw", "-q", "-Sqrcode.enable", str(tmp_path / "page.png"))
    assert scanned.strip() == credentials.verification_url(certificate)
