"""Numbers, durations, elapsed times and people's names as a page shows them, in its language.

    number_text(2.0) == "2"; number_text(0.030805936) == "0.0308"
    seconds_text(0.030805936, "en") == "31 ms"; seconds_text(125, "ja") == "2 分 5 秒"
    elapsed_text(three_days_ago, "ja") == "3日"; "1週間2日", not Django's "1週間, 2日"
    person_name("太郎", "山田", "ja") == "山田 太郎"; person_name("Ann", "Lee", "en") == "Ann Lee"
    datetime_text(due, "en") == "Dec. 12, 2026, 5 p.m."; datetime_text(due, "ja") == "2026年12月12日 17:00"

Plain functions (the template filters in lessons.templatetags.display only call them).
"""
from __future__ import annotations

import math
import re

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.timesince import timesince
from django.utils.translation import get_language, gettext, override

SIGNIFICANT = 3
# Han, kana and Hangul: a name written in these is written family name first in any language.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def _lang(lang: str | None) -> str:
    return (lang or get_language() or "en")[:2]


def number_text(value, significant: int = SIGNIFICANT) -> str:
    """A number with at most `significant` significant figures and no trailing zeros: a whole
    number without ".0" (a median of 2.0 attempts is "2"), a large one rounded to a whole number,
    a very small or very large one as 1.5 × 10⁻¹⁴; "–" for None."""
    if value is None or isinstance(value, bool):
        return "–" if value is None else str(value)
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return str(value)
    if math.isnan(number) or math.isinf(number):
        return str(number)
    if number == int(number) and abs(number) < 10**15:
        return str(int(number))
    if 10**significant <= abs(number) < 1e6:
        return str(round(number))
    text = f"{number:.{significant}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa} × 10{_superscript(str(int(exponent)))}"
    return text


def _superscript(digits: str) -> str:
    return digits.translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


def seconds_text(seconds, lang: str | None = None) -> str:
    """A duration in seconds with a unit that suits it, to 2–3 significant figures:
    "0.4 ms", "31 ms", "1.25 s", "2 min 5 s" (in Japanese: 31 ミリ秒, 1.25 秒, 2 分 5 秒)."""
    try:
        value = float(seconds)
    except (TypeError, ValueError, OverflowError):
        return "–" if seconds is None else str(seconds)
    if math.isnan(value) or math.isinf(value):
        return str(value)
    with override(_lang(lang)):
        if abs(value) < 1:
            return gettext("%(n)s ms") % {"n": number_text(value * 1000, 2 if abs(value) < 0.001 else SIGNIFICANT)}
        if abs(value) < 60:
            return gettext("%(n)s s") % {"n": number_text(value, SIGNIFICANT)}
        minutes, rest = divmod(round(value), 60)
        return gettext("%(m)d min %(s)d s") % {"m": minutes, "s": rest}


def elapsed_text(since, lang: str | None = None, now=None) -> str:
    """Django's timesince (two units at most) in `lang`, the units joined as the language joins
    them: "1 week, 2 days" in English, "1週間2日" in Japanese (no comma between the units)."""
    with override(_lang(lang)):
        text = timesince(since, now)
        if _lang(lang) == "ja":  # Django joins the units with an untranslated ", "
            text = re.sub(r",\s*", "", text).replace("\xa0", "")
        return text


def datetime_text(when, lang: str | None = None) -> str:
    """A date and time in the site's time zone, written out as the language writes it (Django's
    DATETIME_FORMAT): "Dec. 12, 2026, 5 p.m."; in Japanese "2026年12月12日 17:00", with the space
    that Django's "2026年12月12日17:00" leaves out between the day and the hour. "" for None."""
    if when is None:
        return ""
    local = timezone.localtime(when)
    with override(_lang(lang)):
        if _lang(lang) == "ja":
            return f"{date_format(local, 'DATE_FORMAT')} {date_format(local, 'TIME_FORMAT')}"
        return date_format(local, "DATETIME_FORMAT")


def person_name(first: str, last: str, lang: str | None = None) -> str:
    """A person's display name: family name first in Japanese, and for a name written in Japanese
    (or Chinese, Korean) script in any language; given name first otherwise."""
    first, last = (first or "").strip(), (last or "").strip()
    if not (first and last):
        return first or last
    if _lang(lang) == "ja" or _CJK.search(first + last):
        return f"{last} {first}"
    return f"{first} {last}"


def user_name(user, lang: str | None = None) -> str:
    """`person_name` of a user (empty when the user gave no name)."""
    return person_name(getattr(user, "first_name", ""), getattr(user, "last_name", ""), lang)
