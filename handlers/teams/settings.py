"""The Teams front end's configuration, read from the environment.

``DSCB_TEAMS_TENANTS`` lists the Microsoft 365 tenants the assistant serves, comma-separated, each as
``tenant-id`` or ``tenant-id=Board name``; a tenant without a board name uses the database's only board. Requests
from any other tenant get 403 and create nothing. The Agents SDK reads its own connection settings
(``CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID``, ``…__CLIENTSECRET``, ``…__TENANTID``).

Local trials (``dev``): requests need no token (the SDK's ``ANONYMOUS_ALLOWED``), and with no tenant list a database
holding one board accepts any tenant. Outside them the token check is always on: a configuration that allows
anonymous requests, or has no app id or tenant list, is refused at start-up.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_TENANT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DEFAULT_PORT = 3978  # the Agents SDK's customary port


class SettingsError(ValueError):
    """The Teams configuration cannot be used (the message says what to change)."""


ANONYMOUS = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__ANONYMOUS_ALLOWED"


@dataclass(frozen=True)
class TeamsSettings:
    tenants: dict[str, str | None]  # tenant id (lower case) -> board name, or None for the only board
    sdk: dict[str, Any] = field(default_factory=dict)  # the Agents SDK's configuration, as it loads it
    any_tenant: bool = False  # a local trial without a tenant list: every tenant is the only board's

    @property
    def anonymous(self) -> bool:
        connection = self.sdk.get("CONNECTIONS", {}).get("SERVICE_CONNECTION", {}).get("SETTINGS", {})
        return str(connection.get("ANONYMOUS_ALLOWED", "")).lower() == "true"

    @property
    def app_id(self) -> str:
        connection = self.sdk.get("CONNECTIONS", {}).get("SERVICE_CONNECTION", {}).get("SETTINGS", {})
        return str(connection.get("CLIENTID") or "")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, dev: bool = False) -> TeamsSettings:
        """The settings in force; ``dev`` for a local trial (see the module's note). SettingsError says what is
        wrong with a configuration that cannot be used."""
        from microsoft_agents.activity import load_configuration_from_env

        values = dict(os.environ if env is None else env)
        listed = values.get("DSCB_TEAMS_TENANTS", "").strip()
        if dev:
            values.setdefault(ANONYMOUS, "true")
            tenants = parse_tenants(listed) if listed else {}
            return cls(tenants=tenants, sdk=load_configuration_from_env(values), any_tenant=not tenants)
        settings = cls(tenants=parse_tenants(listed), sdk=load_configuration_from_env(values))
        if settings.anonymous:
            raise SettingsError(f"{ANONYMOUS} turns the token check off: only for a local trial, with --dev.")
        if not settings.app_id:
            raise SettingsError("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID (the bot's app id) is not set.")
        return settings


def parse_tenants(raw: str) -> dict[str, str | None]:
    """``"tid-1=Dudley Safeguarding Children Board, tid-2"`` -> {"tid-1": "Dudley …", "tid-2": None}."""
    tenants: dict[str, str | None] = {}
    for entry in (part.strip() for part in raw.split(",")):
        if not entry:
            continue
        tenant, _, board = (piece.strip() for piece in entry.partition("="))
        if not _TENANT.fullmatch(tenant):
            raise SettingsError(f"DSCB_TEAMS_TENANTS: {tenant[:40]!r} is not a Microsoft 365 tenant id (a GUID).")
        tenants[tenant.lower()] = board or None
    if not tenants:
        raise SettingsError("DSCB_TEAMS_TENANTS is empty: list the Microsoft 365 tenant ids the assistant serves.")
    return tenants
