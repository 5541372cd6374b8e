"""Spatial layers of the UNet against float64 numpy references written from the official
definitions (channel LayerNorm, bias-free qkv, per-frame attention over H*W positions)."""

from absl.testing import absltest
from absl.testing import parameterized
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import spatial


def _perturbed(params, seed):
  """Every parameter moved off its initial value, so norm scales and biases matter."""
  leaves, tree = jax.tree.flatten(params)
  rng = np.random.default_rng(seed)
  return jax.tree.unflatten(tree, [np.asarray(p) + 0.3 * rng.standard_normal(p.shape)
                                   for p in leaves])


def _softmax(a, axis):
  e = np.exp(a - a.max(axis=axis, keepdims=True))
  return e / e.sum(axis=axis, keepdims=True)


def _reference(x, params, heads, head_dim, linear):
  """One frame at a time: x [B, T, H, W, C] float64 -> [B, T, H, W, C]."""
  p = jax.tree.map(lambda a: np.asarray(a, np.float64), params)
  w_qkv = p["qkv"]["kernel"]  # [C, 3, heads, d]
  w_out = p["out"]["kernel"]  # [heads, d, C]
  out = np.empty_like(x)
  for b in range(x.shape[0]):
    for t in range(x.shape[1]):
      frame = x[b, t].reshape(-1, x.shape[-1])  # [N, C]
      h = (frame - frame.mean(-1, keepdims=True)) / np.sqrt(frame.var(-1, keepdims=True) + 1e-5)
      h = h * p["norm"]["scale"]
      y = frame.copy()
      for i in range(heads):
        q, k, v = (h @ w_qkv[:, j, i] for j in range(3))  # [N, d] each
        if linear:  # softmax over features for q, over positions for k
          o = (_softmax(q, 1) * head_dim ** -0.5) @ (_softmax(k, 0).T @ v)
        else:
          o = _softmax(q @ k.T / np.sqrt(head_dim), 1) @ v
        y = y + o @ w_out[i]
      if "bias" in p["out"]:
        y = y + p["out"]["bias"]
      out[b, t] = y.reshape(x.shape[2:])
  return out


class SpatialAttentionTest(parameterized.TestCase):

  @parameterized.named_parameters(("linear", spatial.SpatialLinearAttention, True),
                                  ("full", spatial.SpatialAttention, False))
  def test_matches_float64_reference(self, module, linear):
    heads, head_dim = 2, 4
    layer = module(num_heads=heads, head_dim=head_dim)
    x = np.random.default_rng(0).standard_normal((2, 3, 3, 2, 5))  # [B, T, H, W, C]
    params = _perturbed(layer.init(jax.random.PRNGKey(0), jnp.asarray(x, jnp.float32))[
        "params"], seed=1)
    self.assertEqual("bias" in params["out"], linear)  # the official layers' biases
    y = layer.apply({"params": params}, jnp.asarray(x, jnp.float32))
    np.testing.assert_allclose(y, _reference(x, params, heads, head_dim, linear),
                               rtol=1e-4, atol=1e-4)

  @parameterized.named_parameters(("linear", spatial.SpatialLinearAttention, True),
                                  ("full", spatial.SpatialAttention, False))
  def test_parameter_names_and_shapes(self, module, out_bias):
    """The names and shapes `convert` maps the official weights onto."""
    x = jnp.zeros((1, 2, 4, 4, 16))  # [B, T, H, W, C]
    params = jax.eval_shape(module(num_heads=3, head_dim=5).init, jax.random.PRNGKey(0), x)
    expected = {"norm": {"scale": (16,)}, "qkv": {"kernel": (16, 3, 3, 5)},
                "out": {"kernel": (3, 5, 16), **({"bias": (16,)} if out_bias else {})}}
    self.assertEqual(jax.tree.map(lambda a: a.shape, params["params"]), expected)


if __name__ == "__main__":
  absltest.main()
