"""Tests for ssm_vdm.models.unet: shapes for both temporal kinds, paper-size parameter counts.

That it computes the authors' function is tested against their outputs in convert_test.
"""

import json
import os

from absl.testing import absltest
from absl.testing import parameterized
import chex
import jax
import jax.numpy as jnp
import numpy as np
import optax

from configs import default
from configs import ucf101
from ssm_vdm import train_step
from ssm_vdm.models import unet

# The smoke preset's widths (base 8, (1, 2), S4D d_state 8, attention 2 x 8); each test sets
# temporal, remat, chunks and dtype itself.
TINY = {k: v for k, v in default.get_config("smoke").model.items()
        if k not in ("temporal", "remat", "chunks", "dtype")}


def count_params(tree) -> int:
  return int(sum(np.prod(x.shape) for x in jax.tree.leaves(tree)))


def paper_param_counts() -> dict[str, int]:
  """Parameter counts of configs/ucf101.py's UNet (base 64, (1,2,4,8)) per temporal kind."""
  config = ucf101.get_config()
  x, t = jnp.zeros((1, 16, 32, 32, 3)), jnp.zeros((1,))
  return {kind: count_params(jax.eval_shape(train_step.create_model(config, temporal=kind).init,
                                            jax.random.PRNGKey(0), x, t))
          for kind in ("ssm", "attention")}


class UNetTest(parameterized.TestCase):

  @parameterized.parameters(("ssm",), ("attention",))
  def test_maps_noise_to_same_shape(self, kind):
    model = unet.UNet(temporal=kind, **TINY)
    x = jax.random.normal(jax.random.PRNGKey(0), (2, 5, 8, 8, 3))
    t = jnp.array([3.0, 250.0])
    params = jax.jit(model.init)(jax.random.PRNGKey(1), x, t)
    apply = jax.jit(model.apply)
    y = apply(params, x, t)
    chex.assert_shape(y, x.shape)
    chex.assert_type(y, jnp.float32)
    chex.assert_tree_all_finite(y)
    # Item 0 gets another timestep, then other frames: its output moves (the time embedding
    # is wired in), item 1's does not (no norm or layer mixes the batch).
    other_t = apply(params, x, t.at[0].set(100.0))
    other_x = apply(params, x.at[0].set(jax.random.normal(jax.random.PRNGKey(5), x.shape[1:])), t)
    for moved in (other_t, other_x):
      self.assertGreater(float(jnp.abs(moved[0] - y[0]).max()), 1e-4)
      np.testing.assert_allclose(moved[1], y[1], rtol=1e-6, atol=1e-6)

  def test_self_condition_starts_as_the_model_without_it(self):
    x = jax.random.normal(jax.random.PRNGKey(0), (1, 4, 8, 8, 3))
    prev = jax.random.uniform(jax.random.PRNGKey(1), x.shape, minval=-1, maxval=1)
    t = jnp.array([30.0])
    plain = unet.UNet(temporal="ssm", **{**TINY, "self_condition": False})
    conditioned = unet.UNet(temporal="ssm", **{**TINY, "self_condition": True})
    params = jax.jit(conditioned.init)(jax.random.PRNGKey(2), x, t)["params"]
    branch = params.pop("self_cond_conv")
    chex.assert_trees_all_equal(branch, jax.tree.map(jnp.zeros_like, branch))
    apply = jax.jit(conditioned.apply)
    without = jax.jit(plain.apply)({"params": params}, x, t)
    given = lambda branch, x_self: apply({"params": {**params, "self_cond_conv": branch}},
                                         x, t, x_self)
    # at its zero init the branch changes nothing, whatever it is given
    np.testing.assert_array_equal(given(branch, prev), without)
    np.testing.assert_array_equal(given(branch, jnp.zeros_like(x)), without)
    trained = jax.tree.map(lambda a: jnp.full_like(a, 0.05), branch)
    self.assertGreater(float(jnp.abs(given(trained, prev) - given(trained, 0 * prev)).max()),
                       1e-3)
    with self.assertRaisesRegex(ValueError, "self_condition"):
      plain.apply({"params": params}, x, t, prev)

  def test_runs_at_other_lengths_with_same_params(self):
    model = unet.UNet(temporal="ssm", **TINY)
    params = jax.eval_shape(model.init, jax.random.PRNGKey(0), jnp.zeros((1, 4, 8, 8, 3)),
                            jnp.zeros((1,)))
    params_long = jax.eval_shape(model.init, jax.random.PRNGKey(0),
                                 jnp.zeros((1, 150, 8, 8, 3)), jnp.zeros((1,)))
    chex.assert_trees_all_equal_shapes(params, params_long)

  def test_ten_temporal_layers(self):
    params = jax.eval_shape(unet.UNet(temporal="ssm").init, jax.random.PRNGKey(0),
                            jnp.zeros((1, 2, 32, 32, 3)), jnp.zeros((1,)))["params"]
    self.assertLen([k for k in params if "temporal" in k], 10)

  def test_rejects_indivisible_frame_size(self):
    model = unet.UNet(**TINY)
    with self.assertRaisesRegex(ValueError, "must divide by 2"):
      jax.eval_shape(model.init, jax.random.PRNGKey(0), jnp.zeros((1, 2, 9, 8, 3)),
                     jnp.zeros((1,)))

  def test_paper_size_parameter_counts(self):
    """The authors' totals (tests/data/official/paper_unet_params.json): their unused
    relative-position table (256) is in the SSM model's count, and the 16 rotary frequencies
    are counted once in the attention model's."""
    with open(os.path.join(os.path.dirname(__file__), "data", "official",
                           "paper_unet_params.json")) as f:
      official = json.load(f)
    self.assertEqual(paper_param_counts(), {kind: official[kind]["total"]
                                            for kind in ("ssm", "attention")})

  def test_bfloat16_tracks_float32(self):
    """bfloat16 compute (float32 parameters, statistics and SSM math): the training loss and
    its gradient follow float32's on the same parameters and data."""
    x = jax.random.normal(jax.random.PRNGKey(0), (2, 6, 8, 8, 3))
    noise = jax.random.normal(jax.random.PRNGKey(2), x.shape)
    t = jnp.array([10.0, 200.0])
    params = unet.UNet(**TINY).init(jax.random.PRNGKey(1), x, t)

    def loss_and_grad(dtype):
      model = unet.UNet(dtype=dtype, **TINY)
      loss = lambda p: jnp.mean(jnp.square(model.apply(p, x, t) - noise))
      return jax.jit(jax.value_and_grad(loss))(params)

    (l32, g32), (l16, g16) = loss_and_grad(jnp.float32), loss_and_grad(jnp.bfloat16)
    chex.assert_trees_all_equal_dtypes(g16, g32)  # gradients of float32 parameters
    self.assertAlmostEqual(float(l16) / float(l32), 1.0, delta=0.02)
    flat32 = np.concatenate([np.ravel(g) for g in jax.tree.leaves(g32)])
    flat16 = np.concatenate([np.ravel(g) for g in jax.tree.leaves(g16)])
    cosine = flat16 @ flat32 / (np.linalg.norm(flat16) * np.linalg.norm(flat32))
    self.assertGreater(cosine, 0.99)
    # One optimizer step on the bfloat16 gradients: float32, finite, close to float32's.
    optimizer = train_step.create_optimizer(ucf101.get_config())
    stepped = []
    for grads in (g32, g16):
      updates, _ = optimizer.update(grads, optimizer.init(params), params)
      stepped.append(optax.apply_updates(params, updates))
    chex.assert_trees_all_equal_dtypes(stepped[1], params)
    chex.assert_tree_all_finite(stepped[1])
    # Adam's first move is the rate times the gradient's sign: the two agree nearly everywhere.
    moves = [np.concatenate([np.ravel(a - b) for a, b in zip(jax.tree.leaves(p),
                                                             jax.tree.leaves(params))])
             for p in stepped]
    self.assertGreater(np.mean(np.sign(moves[0]) == np.sign(moves[1])), 0.95)

  def test_rotary_frequencies_get_no_gradient(self):
    model = unet.UNet(temporal="attention", **TINY)
    x = jax.random.normal(jax.random.PRNGKey(0), (1, 3, 4, 4, 3))
    t = jnp.array([5.0])
    params = model.init(jax.random.PRNGKey(1), x, t)["params"]
    grads = jax.grad(lambda p: jnp.sum(model.apply({"params": p}, x, t) ** 2))(params)
    self.assertEqual(float(jnp.abs(grads["rotary_freqs"]).max()), 0.0)
    self.assertGreater(float(jnp.abs(grads["time_rel_pos_bias"]).max()), 0.0)


if __name__ == "__main__":
  absltest.main()
