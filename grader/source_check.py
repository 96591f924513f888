"""One check of a learner's source, for every path that takes or stores one: a submission (page or
API), a draft (autosave, Submit, the Check without JavaScript), the Check button and
`manage.py grade`. Each problem has a stable code (the API's error code) and one message, worded in
the active language when it is shown. Code that fails it is refused with that message and never
stored, so no path can keep more than GRADER_MAX_SOURCE_BYTES of a learner's code."""
from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class SourceProblem:
    code: str  # "too_large", "nul", "not_utf8" or "empty"
    params: dict = field(default_factory=dict)

    def message(self) -> str:
        if self.code == "too_large":
            return _("Your code is %(size)d bytes; the limit is %(limit)d bytes.") % self.params
        if self.code == "nul":
            return _("Your code contains NUL characters. Remove them and submit again.")
        if self.code == "not_utf8":
            return _("Your code is not valid UTF-8 (byte %(pos)d). Save it as UTF-8 text.") % self.params
        return _("Your code is empty. Write your solution first.")


def source_checked(source: bytes | str, *, allow_empty: bool = False) -> tuple[SourceProblem | None, str]:
    """(None, the source as text), or (the first problem, "") when it may not be graded or stored.

    `allow_empty` is for drafts: an editor may be cleared, but what it holds obeys the same size
    and encoding rules as a submission (NUL and lone surrogates would not even store on PostgreSQL).
    """
    data = source.encode("utf-8", errors="surrogatepass") if isinstance(source, str) else source
    limit = settings.GRADER_MAX_SOURCE_BYTES
    if len(data) > limit:
        return SourceProblem("too_large", {"size": len(data), "limit": limit}), ""
    if b"\x00" in data:
        return SourceProblem("nul"), ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return SourceProblem("not_utf8", {"pos": exc.start + 1}), ""
    if not text.strip() and not allow_empty:
        return SourceProblem("empty"), ""
    return None, text
