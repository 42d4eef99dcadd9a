"""Shared test setup. Kept minimal: every test module of the project sees it.

No test reaches the network: pytest-socket blocks every connection except to the
loopback host, where local stub servers (an OpenAI-compatible stub, `chroma run`)
listen. Equivalent to `pytest --disable-socket --allow-hosts=127.0.0.1,localhost`;
`--force-enable-socket` or `@pytest.mark.enable_socket` still lift it.
"""

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    # pytest_socket reads these options in its own pytest_configure, which runs after this one.
    config.option.disable_socket = True
    if not config.option.allow_hosts:
        config.option.allow_hosts = "127.0.0.1,localhost"
