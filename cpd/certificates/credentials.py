"""Open Badges 3.0: each certificate as an `OpenBadgeCredential` (VC Data Model 2.0), signed as a
VC-JWT with ES256 (an algorithm the 1EdTech validator accepts), and what a verifier fetches: the
issuer profile, the public keys (JWKS) and the Bitstring Status List of revocations.

The JWT payload is the credential itself plus the registered claims `iss`, `jti`, `nbf` (and
`exp` when it expires); the header names the signing key (`kid`), published in the JWKS for good,
so rotating keys never breaks a credential signed before. The holder is identified by a salted
SHA-256 of their email (an IdentityObject), never the email itself.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import secrets
from datetime import UTC, datetime, time

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from cpd.certificates.models import STATUS_LIST_SIZE, Certificate, SigningKey

ALGORITHM = "ES256"
CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


# -- addresses (stable: credentials name them for ever) ------------------------------------------
def absolute(path: str) -> str:
    return settings.SITE_URL + path


def issuer_id() -> str:
    return absolute(reverse("credentials:issuer"))


def status_list_url(number: int) -> str:
    return absolute(reverse("credentials:status_list", args=[number]))


def credential_id(certificate: Certificate) -> str:
    return f"urn:uuid:{certificate.uuid}"


def verification_url(certificate: Certificate) -> str:
    """Without a language: it sends each visitor to the page in their own language."""
    return absolute(reverse("credentials:verify", args=[certificate.grouped_code]))


# -- keys ----------------------------------------------------------------------------------------
def signing_key() -> SigningKey:
    """The key that signs now: the newest unretired one, made on first use."""
    key = SigningKey.objects.filter(retired_at__isnull=True).order_by("-created_at").first()
    return key or rotate()


def rotate() -> SigningKey:
    """Retire the signing key (it stays published) and make a new one."""
    private = ec.generate_private_key(ec.SECP256R1())
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public_jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(private.public_key()))
    kid = _thumbprint(public_jwk)
    now = timezone.now()
    with transaction.atomic():
        SigningKey.objects.filter(retired_at__isnull=True).update(retired_at=now)
        return SigningKey.objects.create(
            kid=kid,
            private_pem=pem,
            public_jwk={**public_jwk, "kid": kid, "alg": ALGORITHM, "use": "sig"},
            created_at=now,
        )


def _thumbprint(jwk: dict) -> str:
    """RFC 7638 JWK thumbprint: a key id derived from the key itself."""
    members = {name: jwk[name] for name in ("crv", "kty", "x", "y")}
    digest = hashlib.sha256(json.dumps(members, separators=(",", ":"), sort_keys=True).encode())
    return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()


def jwks() -> dict:
    return {"keys": [key.public_jwk for key in SigningKey.objects.order_by("created_at")]}


def public_pem(key: SigningKey) -> str:
    public = jwt.algorithms.ECAlgorithm.from_jwk(json.dumps(key.public_jwk))
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def _sign(payload: dict, key: SigningKey) -> str:
    return jwt.encode(
        payload, key.private_pem, algorithm=ALGORITHM, headers={"kid": key.kid, "typ": "JWT"}
    )


# -- the issuer ----------------------------------------------------------------------------------
def issuer_profile() -> dict:
    return {
        "@context": CONTEXTS,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.CERTIFICATE_ISSUER_NAME,
        "url": settings.SITE_URL,
        "description": settings.CERTIFICATE_ISSUER_NAME_ZH,
    }


# -- credentials ---------------------------------------------------------------------------------
CRITERIA = {
    "course": "Completed every required lesson and assessment of the course.",
    "event": "Attended the event's sessions, with attendance recorded at each session.",
    "internship": "Completed the internship: required hours, competencies and final evaluation.",
    "other": "Awarded by the issuer's CPD administrators.",
}


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def credential(certificate: Certificate, *, email: str, salt: str | None = None) -> dict:
    salt = salt or secrets.token_hex(16)
    points = "; ".join(f"{p['scheme_name_en']}: {p['points']} points" for p in certificate.points)
    achievement = {
        "id": absolute(reverse("credentials:achievement", args=[certificate.achievement_ref])),
        "type": ["Achievement"],
        "name": certificate.title_en,
        "description": " / ".join(
            text for text in (certificate.title_en, certificate.title_zh_hant) if text
        ),
        "criteria": {"narrative": CRITERIA[certificate.kind]},
        "inLanguage": "en",
    }
    body = {
        "@context": CONTEXTS,
        "id": credential_id(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.title_en,
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": certificate.issuer_name},
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest(),
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": salt,
                }
            ],
            "achievement": achievement,
        },
        "credentialStatus": {
            "id": f"{status_list_url(certificate.status_list)}#{certificate.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.status_index),
            "statusListCredential": status_list_url(certificate.status_list),
        },
    }
    if points:
        body["credentialSubject"]["result"] = [{"type": ["Result"], "value": points}]
    if certificate.expires_on is not None:
        expires = datetime.combine(certificate.expires_on, time.max, tzinfo=_hong_kong())
        body["validUntil"] = _iso(expires)
    return body


def _hong_kong():
    import zoneinfo

    return zoneinfo.ZoneInfo("Asia/Hong_Kong")


def sign_credential(certificate: Certificate, key: SigningKey) -> str:
    body = credential(certificate, email=certificate.user.email)
    claims = {
        "iss": body["issuer"]["id"],
        "jti": body["id"],
        "nbf": int(certificate.issued_at.timestamp()),
    }
    if "validUntil" in body:
        claims["exp"] = int(datetime.fromisoformat(body["validUntil"]).timestamp())
    return _sign({**body, **claims}, key)


# -- revocation ----------------------------------------------------------------------------------
def status_list_credential(number: int) -> str:
    """The revocation list as a signed VC-JWT: one bit per status index, set when revoked."""
    bits = bytearray(STATUS_LIST_SIZE // 8)
    revoked = Certificate.objects.filter(status_list=number, revoked_at__isnull=False).values_list(
        "status_index", flat=True
    )
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)  # the first index is the left-most bit
    encoded = base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).rstrip(b"=")
    url = status_list_url(number)
    now = timezone.now()
    body = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": _iso(now),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": "u" + encoded.decode(),
        },
    }
    claims = {"iss": issuer_id(), "jti": url, "nbf": int(now.timestamp())}
    return _sign({**body, **claims}, signing_key())


def free_status_index(number: int = 1) -> int:
    """A random unused index (random, not sequential, so the list reveals nothing of when a
    certificate was issued or how many there are); the unique constraint settles races."""
    taken = Certificate.objects.filter(status_list=number).count()
    if taken >= STATUS_LIST_SIZE // 2:
        # Random draws start to collide often past half full; an operator must open list 2.
        raise RuntimeError(f"Status list {number} is half full: start list {number + 1}.")
    return secrets.randbelow(STATUS_LIST_SIZE)
