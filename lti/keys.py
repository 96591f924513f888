"""RSA key pairs for signing, as PEM and as the public JWK that platforms fetch (no Django)."""
import json
from dataclasses import dataclass

from jwcrypto.jwk import JWK

KEY_SIZE = 2048


@dataclass(frozen=True)
class KeyPair:
    kid: str
    public_pem: str
    private_pem: str


def key_pair_new() -> KeyPair:
    key = JWK.generate(kty="RSA", size=KEY_SIZE)
    public_pem = key.export_to_pem().decode()
    return KeyPair(kid=public_jwk(public_pem)["kid"], public_pem=public_pem,
                   private_pem=key.export_to_pem(private_key=True, password=None).decode())


def public_jwk(public_pem: str) -> dict:
    """The public half as a JWK whose kid is its RFC 7638 thumbprint (what PyLTI1p3 puts in
    the header of the tokens it signs with this key)."""
    jwk = json.loads(JWK.from_pem(public_pem.encode()).export_public())
    return {**jwk, "alg": "RS256", "use": "sig"}
