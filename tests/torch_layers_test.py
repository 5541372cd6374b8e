"""PyTorch-default initializers and the normalization layers (models/torch_layers.py)."""

from absl.testing import absltest
from absl.testing import parameterized
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import torch_layers


def normalize_f64(x: np.ndarray, axes, eps=1e-5) -> np.ndarray:
  x = np.asarray(x, np.float64)
  mean = x.mean(axis=axes, keepdims=True)
  return (x - mean) / np.sqrt(x.var(axis=axes, keepdims=True) + eps)


class NormalizeTest(parameterized.TestCase):

  @parameterized.parameters(((3,),), ((1, 2, 4),))
  def test_values_and_gradient_match_float64(self, axes):
    x = jax.random.normal(jax.random.PRNGKey(0), (2, 3, 4, 2, 5)) * 3.0 + 1.0
    w = jax.random.normal(jax.random.PRNGKey(1), x.shape)  # a loss that weighs every output
    y = torch_layers.normalize(x, axes, 1e-5)
    np.testing.assert_allclose(y, normalize_f64(x, axes), atol=2e-6)
    grad = jax.grad(lambda v: jnp.sum(torch_layers.normalize(v, axes, 1e-5) * w))(x)
    # Central differences of the float64 reference along a random direction.
    direction = np.asarray(jax.random.normal(jax.random.PRNGKey(2), x.shape), np.float64)
    h = 1e-5
    loss64 = lambda v: np.sum(normalize_f64(v, axes) * np.asarray(w, np.float64))
    numeric = (loss64(np.asarray(x, np.float64) + h * direction)
               - loss64(np.asarray(x, np.float64) - h * direction)) / (2 * h)
    self.assertAlmostEqual(float(np.sum(np.asarray(grad, np.float64) * direction)), numeric,
                           delta=1e-3 * abs(numeric) + 1e-4)

  def test_bfloat16_in_bfloat16_out_close_to_float32(self):
    x = jax.random.normal(jax.random.PRNGKey(0), (4, 6, 32))
    y16 = torch_layers.normalize(x.astype(jnp.bfloat16), (2,), 1e-5)
    g16 = jax.grad(lambda v: jnp.sum(torch_layers.normalize(v, (2,), 1e-5)
                                     .astype(jnp.float32) * x))(x.astype(jnp.bfloat16))
    g32 = jax.grad(lambda v: jnp.sum(torch_layers.normalize(v, (2,), 1e-5) * x))(x)
    self.assertEqual((y16.dtype, g16.dtype), (jnp.bfloat16, jnp.bfloat16))
    np.testing.assert_allclose(y16.astype(jnp.float32), normalize_f64(x, (2,)), atol=3e-2)
    np.testing.assert_allclose(g16.astype(jnp.float32), g32, atol=5e-2)


class NormModulesTest(absltest.TestCase):

  def test_group_norm_equals_flax_group_norm(self):
    x = jax.random.normal(jax.random.PRNGKey(0), (2, 3, 4, 4, 16)) * 2.0
    ours = torch_layers.group_norm(4)
    theirs = nn.GroupNorm(4, epsilon=1e-5)
    params = ours.init(jax.random.PRNGKey(1), x)
    params = jax.tree.map(lambda p: p + jax.random.normal(jax.random.PRNGKey(2), p.shape),
                          params)
    self.assertEqual(jax.tree.structure(params),
                     jax.tree.structure(theirs.init(jax.random.PRNGKey(1), x)))
    np.testing.assert_allclose(ours.apply(params, x), theirs.apply(params, x), atol=2e-5)

  def test_layer_norm_scale_only(self):
    x = jax.random.normal(jax.random.PRNGKey(0), (3, 5, 8))
    layer = torch_layers.channel_layer_norm()
    params = layer.init(jax.random.PRNGKey(1), x)
    self.assertEqual(list(params["params"]), ["scale"])
    np.testing.assert_allclose(layer.apply(params, x), normalize_f64(x, (2,)), atol=2e-6)


class InitTest(absltest.TestCase):

  def test_dense_and_conv_bounds_are_pytorch_defaults(self):
    for module, x, fan_in in (
        (torch_layers.dense(256, 64), jnp.zeros((1, 64)), 64),
        (torch_layers.conv(32, (1, 3, 3), 16), jnp.zeros((1, 1, 5, 5, 16)), 144),
        (torch_layers.conv_transpose(8, (1, 4, 4), strides=(1, 2, 2),
                                     padding=((0, 0), (2, 2), (2, 2))),
         jnp.zeros((1, 1, 4, 4, 24)), 8 * 16)):
      params = module.init(jax.random.PRNGKey(0), x)["params"]
      bound = 1.0 / np.sqrt(fan_in)
      for name in ("kernel", "bias"):
        values = np.asarray(params[name])
        self.assertLessEqual(np.abs(values).max(), bound)
        if values.size >= 1000:  # U(-b, b) has variance b^2 / 3
          self.assertAlmostEqual(values.var() / (bound ** 2 / 3), 1.0, delta=0.15)


if __name__ == "__main__":
  absltest.main()
