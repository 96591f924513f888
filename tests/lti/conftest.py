import pytest

from tests.lti.platform import TestPlatform


@pytest.fixture
def lms(db):
    """A test platform, registered in Kōbai."""
    platform = TestPlatform()
    platform.register()
    yield platform
    platform.close()
