"""Numbers, durations, elapsed times and names as a page in Japanese or English shows them."""
import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone
from django.utils.translation import override

from lessons.display import datetime_text, elapsed_text, number_text, person_name, seconds_text, user_name
from tests.conftest import UserFactory


@pytest.mark.parametrize("value, shown", [
    (2.0, "2"), (2, "2"), (2.5, "2.5"), (0.030805936000035672, "0.0308"), (1 / 3, "0.333"),
    (1234.5678, "1235"), (8.7e-14, "8.7 × 10⁻¹⁴"), (3.5e32, "3.5 × 10³²"), (-0.5, "-0.5"), (None, "–"),
    (float("nan"), "nan"),
])
def test_a_number_has_three_significant_figures_and_no_float_noise(value, shown):
    assert number_text(value) == shown


@pytest.mark.parametrize("seconds, en, ja", [
    (0.030805936000035672, "30.8 ms", "30.8 ミリ秒"),
    (0.0004123, "0.41 ms", "0.41 ミリ秒"),
    (2.3456, "2.35 s", "2.35 秒"),
    (12.0, "12 s", "12 秒"),
    (125.4, "2 min 5 s", "2 分 5 秒"),
    (None, "–", "–"),
])
def test_a_duration_has_a_unit_that_suits_it_in_each_language(seconds, en, ja):
    assert seconds_text(seconds, "en") == en
    assert seconds_text(seconds, "ja") == ja


def test_an_elapsed_time_joins_its_units_as_the_language_does():
    now = timezone.now()
    nine_days = now - datetime.timedelta(days=9)
    assert elapsed_text(nine_days, "ja", now) == "1週間2日", "no comma between Japanese units"
    assert elapsed_text(nine_days, "en", now) == "1\xa0week, 2\xa0days"
    assert elapsed_text(now - datetime.timedelta(hours=3), "ja", now) == "3時間"


def test_a_name_is_family_name_first_in_japanese_and_for_japanese_names():
    assert person_name("太郎", "山田", "ja") == "山田 太郎"
    assert person_name("太郎", "山田", "en") == "山田 太郎", "a name in Japanese script keeps its order"
    assert person_name("Ann", "Lee", "ja") == "Lee Ann"
    assert person_name("Ann", "Lee", "en") == "Ann Lee"
    assert person_name("", "Lee", "en") == "Lee" and person_name("", "", "ja") == ""


def test_a_date_and_time_is_written_out_in_the_sites_time_zone():
    due = datetime.datetime(2026, 12, 12, 8, 0, tzinfo=datetime.UTC)  # 17:00 in Tokyo
    assert datetime_text(due, "ja") == "2026年12月12日 17:00", "a space between the day and the hour"
    assert datetime_text(due, "en") == "Dec. 12, 2026, 5 p.m."
    assert datetime_text(due + datetime.timedelta(minutes=30), "en") == "Dec. 12, 2026, 5:30 p.m."
    assert datetime_text(None, "ja") == ""
    with override("en"):
        assert Template("{% load display %}{{ d|datetime_text }}").render(Context({"d": due})) == \
            "Dec. 12, 2026, 5 p.m."


@pytest.mark.django_db
def test_the_template_filters_follow_the_active_language():
    user = UserFactory(first_name="花子", last_name="佐藤")
    template = Template("{% load display %}{{ n|number }}|{{ s|duration }}|{{ u|display_name }}")
    with override("ja"):
        assert template.render(Context({"n": 2.0, "s": 0.0308, "u": user})) == "2|30.8 ミリ秒|佐藤 花子"
    with override("en"):
        assert template.render(Context({"n": 2.0, "s": 0.0308, "u": user})) == "2|30.8 ms|佐藤 花子"
    assert user_name(UserFactory(first_name="Ann", last_name="Lee"), "ja") == "Lee Ann"
