"""Every temporal layer against the authors' PyTorch outputs (tests/data/official/layer_*.npz).

Each golden file holds the official `Residual(PreNorm(16, S4DLayer(16, hidden=16, linear=32,
version=V, bidirectional=B)))` with perturbed random weights, an input x and its output y, in
the official layout [B, C, F, H, W]. The weights go through `convert_temporal` into our layer
of the same kind; our output must match to float32 round-off.
"""

import os

from absl.testing import absltest
from absl.testing import parameterized
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm import convert_temporal
from ssm_vdm import official
from ssm_vdm.models import temporal

DATA = os.path.join(os.path.dirname(__file__), "data", "official")

# golden file suffix -> our temporal layer name
GOLDEN_LAYERS = {
    "ssm": "ssm",
    "ssm_uni": "ssm_uni",
    "ssm_no_mlp": "ssm_no_mlp",
    "ssm_concat": "ssm_concat",
    "gss": "gss",
    "bigs": "bigs",
    "gss_wide": "gss_wide",
    "bigs_wide": "bigs_wide",
    "mamba_paper": "mamba",
    "mamba_paper_bi": "mamba_bi",
}


def run_official_layer(name: str, kind: str, mode: str = "fft"):
  """(ours, theirs) outputs in the official layout for golden file layer_{name}.npz."""
  path = os.path.join(DATA, f"layer_{name}.npz")
  state, meta = official.load_npz(path)
  with np.load(path) as data:
    x, y = data["x"], data["y"]
  sd = official.StateDict(state)
  params = convert_temporal.temporal_layer_params(sd.take, "", kind)
  assert not sd.unused(), sd.unused()
  layer = temporal.create_temporal_layer(
      kind, d_state=meta["hidden"], ssm_mode=mode, mlp_dim=meta["linear"], num_heads=1,
      head_dim=8, dtype=jnp.float32, name=None)
  ours = layer.apply({"params": params}, jnp.asarray(official.to_ours(x)))
  return official.to_official(np.asarray(ours)), y


class OfficialLayerTest(parameterized.TestCase):

  @parameterized.product(name_kind=sorted(GOLDEN_LAYERS.items()), mode=("fft", "scan"))
  def test_matches_official_output(self, name_kind, mode):
    name, kind = name_kind
    ours, theirs = run_official_layer(name, kind, mode)
    err = np.abs(ours - theirs).max()
    self.assertLessEqual(err, 1e-4 * np.abs(theirs).max(), f"{name}: max error {err}")
    # The residual x dominates y; the layer's own output y - x must match too.
    with np.load(os.path.join(DATA, f"layer_{name}.npz")) as data:
      branch = np.abs(theirs - data["x"]).max()
    self.assertLessEqual(err, 1e-4 * branch, f"{name}: max error {err}, max|y - x| {branch}")


if __name__ == "__main__":
  absltest.main()
