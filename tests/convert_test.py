"""The authors' weights through `convert.from_official` give the authors' outputs.

Golden files (tests/data/official/, see its README): the official small `Unet3D` with the
temporal SSM (bi-s4d v8) and with temporal attention, perturbed random weights, evaluated at
6 and 11 frames with the same weights; and every parameter name and shape of the two
paper-size models.
"""

import json
import os

from absl.testing import absltest
from absl.testing import parameterized
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm import convert
from ssm_vdm import official

DATA = os.path.join(os.path.dirname(__file__), "data", "official")
KWARGS = ("dim", "dim_mults", "channels", "attn_heads", "attn_dim_head", "temporal_arch",
          "s4d_version")
PAPER = {"ssm": dict(dim=64, dim_mults=(1, 2, 4, 8), attn_heads=8, attn_dim_head=64,
                     temporal_arch="bi-s4d", s4d_version=8),
         "attention": dict(dim=64, dim_mults=(1, 2, 4, 8), attn_heads=8, attn_dim_head=64,
                           temporal_arch="attn")}


def load_small(name: str):
  path = os.path.join(DATA, f"unet_{name}_small.npz")
  state, meta = official.load_npz(path)
  with np.load(path) as data:
    arrays = {k: data[k] for k in data.files if not k.startswith("params/")}
  return state, {k: meta[k] for k in KWARGS if k in meta}, meta, arrays


def count(tree) -> int:
  return int(sum(np.prod(np.shape(x)) for x in jax.tree.leaves(tree)))


class SmallUNetTest(parameterized.TestCase):

  @parameterized.parameters("ssm", "attention")
  def test_matches_official_at_two_lengths(self, name):
    state, kwargs, meta, arrays = load_small(name)
    model, variables = convert.from_official(state, **kwargs)
    self.assertEqual(count(variables), meta["num_params"])
    apply = jax.jit(model.apply)
    for frames in meta["frames"]:
      x = jnp.asarray(official.to_ours(arrays[f"x_f{frames}"]))
      ours = official.to_official(np.asarray(apply(variables, x, jnp.asarray(arrays["t"]))))
      theirs = arrays[f"eps_f{frames}"]
      err = np.abs(ours - theirs).max()
      self.assertLessEqual(err, 1e-4 * np.abs(theirs).max(), f"{name} T={frames}: {err}")

  def test_refuses_unmapped_official_entries(self):
    state, kwargs, _, _ = load_small("ssm")
    state["downs.0.9.extra.weight"] = np.zeros(3, np.float32)
    with self.assertRaisesRegex(convert.ConversionError, r"not mapped.*downs\.0\.9\.extra"):
      convert.from_official(state, **kwargs)

  def test_refuses_missing_official_entries(self):
    state, kwargs, _, _ = load_small("ssm")
    del state["mid_block2.block1.proj.bias"]
    with self.assertRaisesRegex(convert.ConversionError, "mid_block2.block1.proj.bias"):
      convert.from_official(state, **kwargs)

  def test_refuses_wrong_constructor_arguments(self):
    state, kwargs, _, _ = load_small("ssm")
    with self.assertRaisesRegex(convert.ConversionError, "shape mismatches"):
      convert.from_official(state, **{**kwargs, "attn_heads": 4})  # SSM d_state 32, not 16
    with self.assertRaisesRegex(convert.ConversionError, "cond_dim"):
      convert.from_official(state, **kwargs, cond_dim=8)
    with self.assertRaisesRegex(convert.ConversionError, "s4d_version=2"):
      convert.from_official(state, **{**kwargs, "s4d_version": 2})


class PaperUNetTest(parameterized.TestCase):
  """Every official name of the paper-size models maps, and the totals are theirs."""

  @parameterized.parameters("ssm", "attention")
  def test_every_official_name_maps(self, name):
    with open(os.path.join(DATA, "paper_unet_params.json")) as f:
      spec = json.load(f)[name]
    state = {k: np.zeros(shape, np.float32) for k, shape in spec["shapes"].items()}
    model = convert.create_model(**PAPER[name])
    sd = official.StateDict(state)
    params = convert._unet_params(sd, model)  # pylint: disable=protected-access
    self.assertEqual(sd.unused(), [])
    convert._check_against(params, convert.abstract_params(model, 3))  # pylint: disable=protected-access
    self.assertEqual(count(params), spec["total"])


if __name__ == "__main__":
  absltest.main()
