"""PyLTI1p3's tool configuration, read from the database (Platform, Deployment, ToolKey)."""
from pylti1p3.deployment import Deployment as LibDeployment
from pylti1p3.registration import Registration
from pylti1p3.tool_config.abstract import ToolConfAbstract

from lti import selectors
from lti.models import Platform
from lti.tool_keys import tool_key_ensure


def registration_for(platform: Platform) -> Registration:
    registration = (Registration().set_issuer(platform.issuer).set_client_id(platform.client_id)
                    .set_auth_login_url(platform.auth_url).set_auth_token_url(platform.token_url)
                    .set_key_set_url(platform.keyset_url))
    key = tool_key_ensure()
    return registration.set_tool_public_key(key.public_key_pem).set_tool_private_key(key.private_key_pem)


class DatabaseToolConf(ToolConfAbstract):
    """Remembers which lookup failed, so that the launch can say why it was refused."""

    def __init__(self):
        super().__init__()
        self.platform: Platform | None = None
        self.unknown_issuer = False
        self.unknown_deployment = False

    def check_iss_has_one_client(self, iss):
        return selectors.platforms_active(iss).count() == 1

    def check_iss_has_many_clients(self, iss):
        return selectors.platforms_active(iss).count() > 1

    def _found(self, platform: Platform | None) -> Registration | None:
        self.platform = platform
        self.unknown_issuer = platform is None
        return None if platform is None else registration_for(platform)

    def find_registration_by_issuer(self, iss, *args, **kwargs):
        return self._found(selectors.platforms_active(iss).first())

    def find_registration_by_params(self, iss, client_id, *args, **kwargs):
        return self._found(selectors.platforms_active(iss).filter(client_id=client_id).first())

    def _deployment(self, iss, deployment_id, client_id=None):
        found = selectors.deployment_find(issuer=iss, client_id=client_id, deployment_id=deployment_id or "")
        self.unknown_deployment = found is None
        return None if found is None else LibDeployment().set_deployment_id(found.deployment_id)

    def find_deployment(self, iss, deployment_id):
        return self._deployment(iss, deployment_id)

    def find_deployment_by_params(self, iss, deployment_id, client_id, *args, **kwargs):
        return self._deployment(iss, deployment_id, client_id)
