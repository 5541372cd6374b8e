"""XLA options for a test's child process (tests' helper).

tests/conftest.py gives this process 8 fake CPU devices through XLA_FLAGS; a child process
(the command line, a second host, a notebook kernel) inherits the other options (fast
compilation) but chooses its own device count.
"""

import os
import re

_DEVICE_COUNT = re.compile(r"--xla_force_host_platform_device_count=\d+")


def xla_flags(devices: int = 1) -> str:
  """This process's XLA_FLAGS with `devices` CPU devices instead of 8 (1: XLA's default)."""
  flags = _DEVICE_COUNT.sub("", os.environ.get("XLA_FLAGS", "")).strip()
  if devices > 1:
    flags += f" --xla_force_host_platform_device_count={devices}"
  return flags.strip()
