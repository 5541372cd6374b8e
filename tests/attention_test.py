"""The shared attention cores of ssm_vdm.models.attention against float64 numpy references."""

import functools

from absl.testing import absltest
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import attention


def _softmax(a, axis):
  e = np.exp(a - a.max(axis=axis, keepdims=True))
  return e / e.sum(axis=axis, keepdims=True)


def _qkv(seed, shape=(2, 3, 5, 2, 4)):
  """q, k, v [..., L, h, d] as float64 numpy arrays."""
  rng = np.random.default_rng(seed)
  return tuple(rng.standard_normal(shape) for _ in range(3))


class CoreTest(absltest.TestCase):

  def test_dot_product_attention_matches_reference(self):
    q, k, v = _qkv(0)  # [2, 3, L=5, h=2, d=4]
    bias = np.random.default_rng(1).standard_normal((2, 5, 5))  # [h, Lq, Lk]
    y = attention.dot_product_attention(*(jnp.asarray(a, jnp.float32) for a in (q, k, v)),
                                        jnp.asarray(bias, jnp.float32))
    logits = np.einsum("...qhd,...khd->...hqk", q, k) / 2.0 + bias  # sqrt(d) = 2
    expected = np.einsum("...hqk,...khd->...qhd", _softmax(logits, -1), v)
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-5)

  def test_linear_attention_matches_reference(self):
    q, k, v = _qkv(2)
    y = attention.linear_attention(*(jnp.asarray(a, jnp.float32) for a in (q, k, v)))
    context = np.einsum("...nhd,...nhe->...hde", _softmax(k, -3), v)
    expected = np.einsum("...hde,...nhd->...nhe", context, _softmax(q, -1) / 2.0)
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-5)

  def test_bfloat16_in_bfloat16_out_close_to_float32(self):
    q, k, v = (jnp.asarray(a, jnp.float32) for a in _qkv(3))
    for core in (attention.dot_product_attention, attention.linear_attention):
      y32 = core(q, k, v)
      y16 = core(*(a.astype(jnp.bfloat16) for a in (q, k, v)))
      self.assertEqual(y16.dtype, jnp.bfloat16)
      np.testing.assert_allclose(y16.astype(jnp.float32), y32, atol=0.05)


class SelfAttentionTest(absltest.TestCase):

  def test_parameters_and_output(self):
    """Submodules "qkv" [C, 3, h, d] (no bias) and "out" [h, d, C]; y = core(h Wq, ..) Wo."""

    class Layer(nn.Module):
      out_bias: bool

      @nn.compact
      def __call__(self, h):
        return attention.self_attention(h, 2, 3, core=attention.linear_attention,
                                        out_bias=self.out_bias)

    h = jax.random.normal(jax.random.PRNGKey(0), (4, 6, 5))  # [..., L, C]
    for out_bias in (False, True):
      layer = Layer(out_bias)
      params = layer.init(jax.random.PRNGKey(1), h)["params"]
      shapes = jax.tree.map(jnp.shape, params)
      expected = {"qkv": {"kernel": (5, 3, 2, 3)}, "out": {"kernel": (2, 3, 5)}}
      if out_bias:
        expected["out"]["bias"] = (5,)
      self.assertEqual(shapes, expected)
      w = params["qkv"]["kernel"]
      o = attention.linear_attention(*(jnp.einsum("lc,chd->lhd", h[0], w[:, i]) for i in range(3)))
      y0 = jnp.einsum("lhd,hdc->lc", o, params["out"]["kernel"]) + params["out"].get("bias", 0)
      np.testing.assert_allclose(layer.apply({"params": params}, h)[0], y0, rtol=1e-5,
                                 atol=1e-5)

  def test_core_takes_bound_bias(self):
    """A zero bias bound with functools.partial changes nothing; a large one masks keys."""
    q, k, v = (jnp.asarray(a, jnp.float32) for a in _qkv(4, (5, 1, 4)))
    plain = attention.dot_product_attention(q, k, v)
    zero = functools.partial(attention.dot_product_attention, bias=jnp.zeros((1, 5, 5)))
    np.testing.assert_array_equal(zero(q, k, v), plain)
    only_first = jnp.full((1, 5, 5), -1e9).at[:, :, 0].set(0.0)
    np.testing.assert_allclose(attention.dot_product_attention(q, k, v, only_first),
                               jnp.broadcast_to(v[:1], v.shape), rtol=1e-6)


if __name__ == "__main__":
  absltest.main()
