"""Reading the authors' state dicts: names, layouts, what was used.

`StateDict` wraps an official `state_dict()` (name -> numpy array, PyTorch layout) and hands
entries out through `take(name)`, recording every name taken so that a conversion can refuse
entries it did not map (see `convert.from_official`).
"""

import json
from typing import Mapping

import numpy as np


class ConversionError(ValueError):
  """Official weights that do not fit the requested model; the message names the entries."""


class StateDict:
  """Official parameters by name, with a record of the names read."""

  def __init__(self, entries: Mapping[str, np.ndarray]):
    self._entries = {name: np.asarray(value) for name, value in entries.items()}
    self._taken: set[str] = set()

  def take(self, name: str) -> np.ndarray:
    if name not in self._entries:
      raise ConversionError(
          f"The official state dict has no entry {name!r}, which this model needs; check the "
          "constructor arguments (dim, dim_mults, temporal_arch, s4d_version) against the "
          "checkpoint's.")
    self._taken.add(name)
    return self._entries[name]

  def has(self, name: str) -> bool:
    return name in self._entries

  def unused(self) -> list[str]:
    return sorted(set(self._entries) - self._taken)


def load_npz(path: str) -> tuple[dict[str, np.ndarray], dict]:
  """A golden-layout `.npz`: `params/<name>` entries and an optional `meta_json`.

  Returns (state_dict, meta); the other arrays of the file are not returned.
  """
  with np.load(path) as data:
    state = {k[len("params/"):]: data[k] for k in data.files if k.startswith("params/")}
    meta = json.loads(bytes(data["meta_json"])) if "meta_json" in data.files else {}
  return state, meta


def to_ours(x: np.ndarray) -> np.ndarray:
  """Official video layout [B, C, F, H, W] -> ours [B, T, H, W, C]."""
  return np.transpose(x, (0, 2, 3, 4, 1))


def to_official(x: np.ndarray) -> np.ndarray:
  """Our video layout [B, T, H, W, C] -> official [B, C, F, H, W]."""
  return np.transpose(x, (0, 4, 1, 2, 3))
