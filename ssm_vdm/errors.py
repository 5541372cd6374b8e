"""Errors a user causes and can fix: a config key or value, a path, a dataset, a checkpoint.

`ssm_vdm.main` prints every `UserError` as one line (what is wrong and how to fix it) and
exits with status 2, without a traceback (`--verbose` or SSM_VDM_VERBOSE=1 shows it). Raise
one (or a subclass) for anything the person running the command can correct; keep the
message to one sentence that names the setting or path and the fix.
"""

import difflib
from collections.abc import Iterable


class UserError(Exception):
  """Something the user can fix; the message says what and how."""


class UnknownKeyError(UserError, KeyError):
  """A config key that configs/default.py does not declare."""

  # KeyError would print the message in quotes ("'...'").
  __str__ = Exception.__str__


def unknown_key(key: str, known: Iterable[str], where: str = "") -> UnknownKeyError:
  """The error for an undeclared config `key`, naming the nearest of `known` keys.

  `where` says where the key came from (e.g. " in --config.bogus=1").
  """
  known = sorted(set(known))
  close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
  hint = f"Did you mean '{close[0]}'? " if close else ""
  return UnknownKeyError(f"Unknown config key '{key}'{where}. {hint}Every key is declared, "
                         "with a comment, in configs/default.py.")


def describe(error: BaseException) -> str:
  """The message to show for `error`: its own, or for a wrapper that embeds a traceback
  (ml_collections wraps a config file's errors so), the first wrapped error that has none."""
  chain, seen = [], set()
  while error is not None and id(error) not in seen:
    seen.add(id(error))
    chain.append(error)
    error = error.__cause__ or error.__context__
  plain = [e for e in chain if "Traceback (most recent call last)" not in str(e)]
  chosen = plain[0] if plain else chain[-1]
  return str(chosen).strip() or type(chosen).__name__
