"""(issuer, subject) → one Kōbai account, never two, even when two launches race."""
import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from lti import selectors, services
from lti.models import LtiIdentity
from lti.roles import teaches
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db


def claims(subject="s-1", issuer="https://lms.example.ac.jp") -> dict:
    return {"issuer": issuer, "subject": subject, "given_name": "Taro", "email": "not an email"}


def test_the_database_refuses_a_second_account_for_one_lms_user():
    LtiIdentity.objects.create(issuer="i", subject="s", user=UserFactory())
    with pytest.raises(IntegrityError), transaction.atomic():
        LtiIdentity.objects.create(issuer="i", subject="s", user=UserFactory())


def test_a_launch_that_loses_the_race_takes_the_winners_account(monkeypatch):
    winner = services.lti_user_ensure(**claims())
    # The loser looked before the winner committed: it saw no identity.
    monkeypatch.setattr(selectors, "lti_identity_find", lambda **kwargs: None)
    assert services.lti_user_ensure(**claims()) == winner
    assert get_user_model().objects.filter(username__startswith="lti-").count() == 1


def test_an_invalid_email_claim_is_dropped_not_fatal():
    user = services.lti_user_ensure(**claims(subject="s-2"))
    assert user.email == "" and user.first_name == "Taro" and not user.has_usable_password()


@pytest.mark.parametrize("roles, instructor", [
    (["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"], True),
    (["http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"], True),
    (["http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator"], True),
    (["Instructor"], True),
    (["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"], False),
    (["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty",
      "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"], False),
    (["http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"], False),
    ([], False),
])
def test_only_course_roles_that_teach_make_an_instructor(roles, instructor):
    assert teaches(roles) is instructor


def test_spent_nonces_are_purged_after_they_can_no_longer_be_replayed(settings):
    import datetime

    from django.utils import timezone

    from lti.models import UsedNonce
    services.nonce_use(issuer="i", nonce="old")
    services.nonce_use(issuer="i", nonce="new")
    UsedNonce.objects.filter(nonce="old").update(used_at=timezone.now() - settings.LTI_NONCE_KEEP
                                                 - datetime.timedelta(minutes=1))
    assert services.nonces_purge() == 1
    assert list(UsedNonce.objects.values_list("nonce", flat=True)) == ["new"]


def test_the_lms_keeps_the_name_and_email_up_to_date_but_a_withheld_one_is_kept():
    user = services.lti_user_ensure(**{**claims(subject="s-3"), "family_name": "Yamada", "email": "old@example.ac.jp"})
    again = services.lti_user_ensure(issuer="https://lms.example.ac.jp", subject="s-3", given_name="花子",
                                     family_name="山田", email="")
    assert again == user
    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.email) == ("花子", "山田", "old@example.ac.jp")
