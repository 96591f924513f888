import pytest

from tests.lti.platform import TestPlatform


@pytest.fixture
def lms(db):
    """A test platform, registered in Kōbai."""
    platform = TestPlatform()
    platform.register()
    yield platform
    platform.close()


@pytest.fixture(autouse=True)
def _fresh_lti_cache():
    """The LTI cache (OIDC state, nonces, roster-sync marks) is per process in the tests."""
    from django.conf import settings
    from django.core.cache import caches

    caches[settings.LTI_CACHE_ALIAS].clear()
    yield
