"""Open Badges 3.0: each certificate is an OpenBadgeCredential signed as a VC-JWT with ES256,
checked here by an independent verifier (openbadgeslib, a test-only dependency): it verifies what
we issue, fails a tampered credential, follows key rotation, and reads our revocation list."""

import base64
import hashlib
import json

import pytest
from django.test import Client
from openbadgeslib.ob3.verifier import OB3VerificationError, OB3Verifier

from cpd.certificates import credentials, services
from tests.certificates import factories as make
from tests.cpd import factories as cpd_make

pytestmark = pytest.mark.django_db


def _verifier_from_jwks(token: str, client: Client) -> OB3Verifier:
    """What a relying party does: the key the token's header names, from our published JWKS."""
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    keys = client.get("/credentials/jwks.json").json()["keys"]
    jwk = next(key for key in keys if key["kid"] == header["kid"])
    from cryptography.hazmat.primitives import serialization
    from jwt.algorithms import ECAlgorithm

    public = ECAlgorithm.from_jwk(json.dumps(jwk))
    pem = public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return OB3Verifier(pem)


def _download(client: Client):
    """The verifier's fetcher, answered by the site itself (no network in tests)."""

    def fetch(url: str) -> bytes:
        path = url.split("://", 1)[1].split("/", 1)[1]
        response = client.get("/" + path)
        assert response.status_code == 200, url
        return response.content

    return fetch


def test_an_independent_verifier_accepts_what_we_issue(client):
    certificate = make.issued()
    credential = _verifier_from_jwks(certificate.credential, client).verify(certificate.credential)
    assert credential.issuer.id == credentials.issuer_id()
    assert credential.achievement.name == certificate.title_en
    header = json.loads(base64.urlsafe_b64decode(certificate.credential.split(".")[0] + "=="))
    assert header["alg"] == "ES256" and header["kid"] == certificate.signing_key.kid


def test_the_holder_is_a_salted_hash_of_the_email_never_the_email():
    certificate = make.issued()
    payload = json.loads(base64.urlsafe_b64decode(certificate.credential.split(".")[1] + "=="))
    assert certificate.user.email not in certificate.credential
    assert certificate.user.email not in json.dumps(payload)
    assert payload["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    identity = payload["credentialSubject"]["identifier"][0]
    expected = hashlib.sha256((certificate.user.email + identity["salt"]).encode()).hexdigest()
    assert identity["identityHash"] == "sha256$" + expected and identity["hashed"] is True
    assert payload["jti"] == payload["id"] == f"urn:uuid:{certificate.uuid}"
    assert payload["iss"] == payload["issuer"]["id"]


@pytest.mark.parametrize("part", [0, 1, 2])
def test_a_tampered_credential_fails(client, part):
    certificate = make.issued()
    pieces = certificate.credential.split(".")
    if part == 1:  # change the achievement's name in the payload, keep the signature
        payload = json.loads(base64.urlsafe_b64decode(pieces[1] + "=="))
        payload["credentialSubject"]["achievement"]["name"] = "Something grander"
        pieces[1] = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    else:  # flip one byte of the header or of the signature
        raw = bytearray(base64.urlsafe_b64decode(pieces[part] + "=="))
        raw[len(raw) // 2] ^= 0x01
        pieces[part] = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    tampered = ".".join(pieces)
    verifier = OB3Verifier(credentials.public_pem(certificate.signing_key))
    with pytest.raises(OB3VerificationError):
        verifier.verify(tampered)


def test_rotating_keys_keeps_old_credentials_verifiable(client):
    old = make.issued()
    credentials.rotate()
    new = make.issued(make.holder("second@example.org"), ref="course:2")
    assert new.signing_key != old.signing_key
    for certificate in (old, new):
        verifier = _verifier_from_jwks(certificate.credential, client)
        assert verifier.verify(certificate.credential).issuer.id == credentials.issuer_id()
    kids = [key["kid"] for key in client.get("/credentials/jwks.json").json()["keys"]]
    assert kids == [old.signing_key.kid, new.signing_key.kid]
    assert all("d" not in key for key in client.get("/credentials/jwks.json").json()["keys"])


def test_revocation_is_published_in_the_status_list_the_credential_names(client):
    certificate = make.issued()
    bystander = make.issued(make.holder("bystander@example.org"), ref="course:2")
    verifier = _verifier_from_jwks(certificate.credential, client)
    fetch = _download(client)
    verifier.verify(certificate.credential, check_status=True, download=fetch)

    services.revoke(certificate, by=cpd_make.staff("CPD administrators"), reason="Error")

    with pytest.raises(OB3VerificationError, match="revocation"):
        verifier.verify(certificate.credential, check_status=True, download=fetch)
    verifier.verify(bystander.credential, check_status=True, download=fetch)


def test_the_issuer_profile_is_published_where_credentials_say(client):
    certificate = make.issued()
    payload = json.loads(base64.urlsafe_b64decode(certificate.credential.split(".")[1] + "=="))
    profile = _download(client)(payload["issuer"]["id"])
    assert json.loads(profile)["id"] == payload["issuer"]["id"]
    achievement = json.loads(_download(client)(payload["credentialSubject"]["achievement"]["id"]))
    assert achievement["name"] == certificate.title_en
