"""The address a login failure is counted against, behind the production profile's proxy."""
from __future__ import annotations


def forwarded_client_address(request) -> str | None:
    """The right-most X-Forwarded-For entry: the one the TLS proxy appended, the address it saw.

    Whatever stands left of it the client may have written itself, so it is never believed (a
    "pick the first public address" rule would let a client on a private network name any address
    it likes). Without the header the connection's own address counts.
    """
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    last = forwarded.rsplit(",", 1)[-1].strip()
    return last or request.META.get("REMOTE_ADDR")
