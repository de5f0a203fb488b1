"""Fixtures for the integration tests: servers of their own to stop and start."""

from tests.integration.private_services import private_postgres, private_redis

__all__ = ["private_postgres", "private_redis"]
