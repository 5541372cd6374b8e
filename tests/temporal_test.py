"""Tests for ssm_vdm.models.temporal: shapes, (anti-)causality, both directions used."""

from absl.testing import absltest
from absl.testing import parameterized
import chex
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import attention
from ssm_vdm.models import pixel_sequences
from ssm_vdm.models import temporal


def _apply(layer, x):
  params = layer.init(jax.random.PRNGKey(0), x)
  return jax.jit(layer.apply)(params, x), params


class TemporalShapeTest(parameterized.TestCase):

  @parameterized.product(length=(1, 7, 16, 150), kind=("ssm", "attention"))
  def test_shape_preserved(self, length, kind):
    layer = temporal.create_temporal_layer(
        kind, d_state=8, ssm_mode="fft", mlp_dim=16, num_heads=2, head_dim=4,
        dtype=jnp.float32, name=None)
    x = jax.random.normal(jax.random.PRNGKey(1), (1, length, 2, 3, 4))
    y, _ = _apply(layer, x)
    chex.assert_shape(y, x.shape)
    chex.assert_tree_all_finite(y)

  def test_params_independent_of_length(self):
    layer = temporal.TemporalSSM(d_state=8, mlp_dim=16)
    p16 = jax.eval_shape(layer.init, jax.random.PRNGKey(0), jnp.zeros((1, 16, 2, 2, 4)))
    p150 = jax.eval_shape(layer.init, jax.random.PRNGKey(0), jnp.zeros((1, 150, 2, 2, 4)))
    chex.assert_trees_all_equal_shapes(p16, p150)

  def test_unknown_kind(self):
    with self.assertRaisesRegex(ValueError, "Unknown temporal layer 'lstm'"):
      temporal.create_temporal_layer("lstm", d_state=8, ssm_mode="fft", mlp_dim=8,
                                     num_heads=1, head_dim=4, dtype=jnp.float32, name=None)


class DirectionTest(parameterized.TestCase):
  """Perturb frame t; see which outputs move."""

  def _delta(self, layer, t=5, length=11):
    x = jax.random.normal(jax.random.PRNGKey(2), (1, length, 2, 2, 4))
    params = layer.init(jax.random.PRNGKey(0), x)
    f = jax.jit(layer.apply)
    bump = jax.random.normal(jax.random.PRNGKey(4), x.shape[2:])  # not constant over C: LN
    delta = jnp.abs(f(params, x.at[:, t].add(bump)) - f(params, x))
    return np.asarray(delta.max(axis=(0, 2, 3, 4)))  # [T]

  def _block_delta(self, reverse, t=5, length=11):
    """Perturbation response of the S4D block run forward or on the time-reversed input."""
    block = temporal.S4DBlock(d_state=8)
    u = jax.random.normal(jax.random.PRNGKey(2), (1, length, 4))
    params = block.init(jax.random.PRNGKey(0), u)
    flip = (lambda v: jnp.flip(v, -2)) if reverse else (lambda v: v)
    f = jax.jit(lambda v: flip(block.apply(params, flip(v))))
    return np.asarray(jnp.abs(f(u.at[:, t].add(1.0)) - f(u)).max(axis=(0, 2)))  # [T]

  @parameterized.parameters(("ssm", 2), ("bigs", 2), ("mamba_bi", 5))
  def test_kernel_length_bounds_the_reach(self, kind, reach):
    # Frame 5 of 11 reaches frames within kernel_length - 1 = 1 of it (mamba_bi: plus its
    # 4-tap convolution), in both directions; kernel_length 0 (the paper) reaches them all.
    def layer(kernel_length):
      return temporal.create_temporal_layer(
          kind, d_state=8, ssm_mode="fft", mlp_dim=8, num_heads=1, head_dim=4,
          dtype=jnp.float32, name=None, ssm_kernel_length=kernel_length)
    capped, full = self._delta(layer(2)), self._delta(layer(0))
    near = np.abs(np.arange(11) - 5) < reach
    self.assertGreater(capped[near].min(), 1e-5)
    np.testing.assert_allclose(capped[~near], 0.0, atol=1e-6)
    self.assertGreater(full.min(), 1e-6)

  def test_forward_block_causal(self):
    delta = self._block_delta(reverse=False)
    self.assertLess(delta[:5].max(), 1e-6)
    self.assertGreater(delta[5:].min(), 1e-5)

  def test_backward_block_anticausal(self):
    delta = self._block_delta(reverse=True)
    self.assertLess(delta[6:].max(), 1e-6)
    self.assertGreater(delta[:6].min(), 1e-5)

  def test_unidirectional_layer_causal(self):
    delta = self._delta(temporal.TemporalSSM(d_state=8, mlp_dim=16, bidirectional=False))
    self.assertLess(delta[:5].max(), 1e-6)
    self.assertGreater(delta[5:].min(), 1e-5)

  @parameterized.parameters(("sum",), ("concat",))
  def test_bidirectional_layer_sees_past_and_future(self, combine):
    delta = self._delta(temporal.TemporalSSM(d_state=8, mlp_dim=16, combine=combine))
    self.assertGreater(delta[:5].min(), 1e-5)
    self.assertGreater(delta[6:].min(), 1e-5)

  def _directions(self, params, x):
    """fwd(LN x) and flip(bwd(flip(LN x))) by hand, each [B, H, W, T, C]."""
    h = pixel_sequences.to_sequences(x)
    mean, var = h.mean(-1, keepdims=True), h.var(-1, keepdims=True)
    h = (h - mean) / jnp.sqrt(var + 1e-5) * params["norm"]["scale"]  # official: no bias
    blk = temporal.S4DBlock(d_state=8)
    fwd = blk.apply({"params": params["ssm_fwd"]}, h)
    bwd = jnp.flip(blk.apply({"params": params["ssm_bwd"]}, jnp.flip(h, -2)), -2)
    return fwd, bwd

  def test_bidirectional_is_sum_of_directions(self):
    """Without the MLP, y - x is exactly fwd(LN x) + flip(bwd(flip(LN x)))."""
    layer = temporal.TemporalSSM(d_state=8, use_mlp=False)
    x = jax.random.normal(jax.random.PRNGKey(3), (1, 9, 2, 2, 4))
    params = layer.init(jax.random.PRNGKey(0), x)["params"]
    y = layer.apply({"params": params}, x)
    fwd, bwd = self._directions(params, x)
    np.testing.assert_allclose(y - x, pixel_sequences.from_sequences(fwd + bwd), atol=1e-5)

  def test_concat_feeds_both_directions_to_the_mlp(self):
    """combine='concat' (official v4): y - x = fc2(GELU(fc1([fwd, bwd]))), fc1 on 2C inputs."""
    layer = temporal.TemporalSSM(d_state=8, mlp_dim=16, combine="concat")
    x = jax.random.normal(jax.random.PRNGKey(3), (1, 9, 2, 2, 4))
    params = layer.init(jax.random.PRNGKey(0), x)["params"]
    y = layer.apply({"params": params}, x)
    fwd, bwd = self._directions(params, x)
    dense = lambda p, v: v @ p["kernel"] + p["bias"]
    hidden = pixel_sequences.gelu(dense(params["mlp_in"], jnp.concatenate([fwd, bwd], -1)))
    np.testing.assert_allclose(
        y - x, pixel_sequences.from_sequences(dense(params["mlp_out"], hidden)), atol=1e-5)

  def test_concat_without_mlp_rejected(self):
    layer = temporal.TemporalSSM(d_state=8, use_mlp=False, combine="concat")
    with self.assertRaisesRegex(ValueError, "needs the MLP"):
      jax.eval_shape(layer.init, jax.random.PRNGKey(0), jnp.zeros((1, 3, 1, 1, 4)))


class AttentionTest(absltest.TestCase):

  def test_relative_buckets_symmetric_and_bounded(self):
    rel = np.arange(-300, 301)
    buckets = attention.relative_position_bucket(rel, num_buckets=32, max_distance=32)
    self.assertEqual(buckets.min(), 0)
    self.assertEqual(buckets.max(), 31)
    np.testing.assert_array_equal(buckets[300 + 1:300 + 8], np.arange(17, 24))  # exact near 0
    self.assertEqual(len(set(buckets[:300]) & set(buckets[301:])), 0)  # past vs future

  def test_attention_matches_float64_reference(self):
    """Official LayerNorm, bias-free projections, rotary on the first 2R features, bias."""
    layer = temporal.TemporalAttention(num_heads=1, head_dim=6)
    x = jax.random.normal(jax.random.PRNGKey(0), (1, 5, 1, 1, 3))
    freqs = jnp.array([1.0, 0.1])  # rotates features 0..3 of 6
    bias = jax.random.normal(jax.random.PRNGKey(2), (1, 5, 5))
    params = layer.init(jax.random.PRNGKey(1), x)["params"]
    y = layer.apply({"params": params}, x, bias, freqs)
    h = np.asarray(x[0, :, 0, 0], np.float64)  # [T, C]
    h = (h - h.mean(-1, keepdims=True)) / np.sqrt(h.var(-1, keepdims=True) + 1e-5)
    h = h * np.asarray(params["norm"]["scale"])
    w = np.asarray(params["qkv"]["kernel"], np.float64)  # [C, 3, 1, 6]
    q, k, v = (h @ w[:, i, 0] for i in range(3))

    def rotate(a):
      out = a.copy()
      for pos in range(a.shape[0]):
        for i, f in enumerate(np.asarray(freqs)):
          c, s = np.cos(pos * f), np.sin(pos * f)
          out[pos, 2 * i] = a[pos, 2 * i] * c - a[pos, 2 * i + 1] * s
          out[pos, 2 * i + 1] = a[pos, 2 * i + 1] * c + a[pos, 2 * i] * s
      return out

    logits = rotate(q / np.sqrt(6.0)) @ rotate(k).T + np.asarray(bias[0], np.float64)
    att = np.exp(logits - logits.max(-1, keepdims=True))
    att /= att.sum(-1, keepdims=True)
    out = (att @ v) @ np.asarray(params["out"]["kernel"], np.float64)[0]
    np.testing.assert_allclose(y[0, :, 0, 0] - x[0, :, 0, 0], out, atol=1e-5)
    self.assertNotIn("bias", params["out"])

  def test_attention_parameter_names_and_shapes(self):
    """The names and shapes `convert_temporal` maps the official weights onto."""
    layer = temporal.create_temporal_layer("attention", d_state=8, ssm_mode="fft", mlp_dim=8,
                                           num_heads=3, head_dim=5, dtype=jnp.bfloat16,
                                           name=None)
    params = jax.eval_shape(layer.init, jax.random.PRNGKey(0), jnp.zeros((1, 4, 2, 2, 16)))
    self.assertEqual(jax.tree.map(lambda a: (a.shape, a.dtype), params["params"]),
                     {"norm": {"scale": ((16,), jnp.float32)},
                      "qkv": {"kernel": ((16, 3, 3, 5), jnp.float32)},
                      "out": {"kernel": ((3, 5, 16), jnp.float32)}})


if __name__ == "__main__":
  absltest.main()
