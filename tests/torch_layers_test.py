"""PyTorch-default initializers and the normalization layers (models/torch_layers.py)."""

from absl.testing import absltest
from absl.testing import parameterized
import chex
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


class FrameConvTest(parameterized.TestCase):
  """FrameConv (a one-frame 3D kernel run as a 2D convolution per frame) against Flax's 3D
  nn.Conv / nn.ConvTranspose: same parameters bit for bit, same values and gradients."""

  @parameterized.named_parameters(
      ("conv3x3", (1, 3, 3), (1, 1, 1), ((0, 0), (1, 1), (1, 1)), False),
      ("down_stride2", (1, 4, 4), (1, 2, 2), ((0, 0), (1, 1), (1, 1)), False),
      ("pointwise_same", (1, 1, 1), (1, 1, 1), "SAME", False),
      ("up_transposed", (1, 4, 4), (1, 2, 2), ((0, 0), (2, 2), (2, 2)), True))
  def test_matches_flax_3d_convolution(self, kernel, strides, padding, transpose):
    x = jax.random.normal(jax.random.PRNGKey(1), (2, 3, 8, 8, 5))
    init = torch_layers.fan_in_uniform(5 * int(np.prod(kernel)))
    reference = (nn.ConvTranspose if transpose else nn.Conv)(
        7, kernel, strides=strides, padding=padding, kernel_init=init, bias_init=init)
    frame = torch_layers.FrameConv(7, kernel, strides=strides, padding=padding,
                                   transpose=transpose, initializer=init)
    params = reference.init(jax.random.PRNGKey(2), x)
    chex.assert_trees_all_equal(frame.init(jax.random.PRNGKey(2), x), params)
    loss = lambda module: lambda p, x: jnp.sum(jnp.sin(module.apply(p, x)))
    (value, grads), (ref_value, ref_grads) = (
        jax.value_and_grad(loss(m), argnums=(0, 1))(params, x) for m in (frame, reference))
    np.testing.assert_allclose(value, ref_value, rtol=1e-5)
    chex.assert_trees_all_close(grads, ref_grads, atol=2e-5, rtol=1e-5)
    np.testing.assert_allclose(frame.apply(params, x), reference.apply(params, x), atol=2e-6)

  def test_bfloat16_compute_float32_parameters(self):
    x = jax.random.normal(jax.random.PRNGKey(1), (1, 2, 6, 6, 4))
    frame = torch_layers.conv(8, (1, 3, 3), 4, padding=((0, 0), (1, 1), (1, 1)),
                              dtype=jnp.bfloat16)
    params = frame.init(jax.random.PRNGKey(0), x)
    chex.assert_trees_all_equal_dtypes(params, jax.tree.map(jnp.float32, params))
    y = frame.apply(params, x)
    self.assertEqual(y.dtype, jnp.bfloat16)
    y32 = torch_layers.conv(8, (1, 3, 3), 4, padding=((0, 0), (1, 1), (1, 1))).apply(params, x)
    np.testing.assert_allclose(np.asarray(y, np.float32), y32, atol=0.05)

  def test_factories_choose_frame_conv_only_for_one_frame_kernels(self):
    self.assertIsInstance(torch_layers.conv(4, (1, 3, 3), 4), torch_layers.FrameConv)
    self.assertIsInstance(torch_layers.conv(4, (3, 3, 3), 4), nn.Conv)
    self.assertIsInstance(torch_layers.conv(4, (1, 3, 3), 4, strides=(2, 1, 1)), nn.Conv)
    self.assertIsInstance(
        torch_layers.conv(4, (1, 3, 3), 4, padding=((1, 1), (1, 1), (1, 1))), nn.Conv)
    self.assertIsInstance(torch_layers.conv_transpose(4, (1, 4, 4), strides=(1, 2, 2),
                                                      padding=((0, 0), (2, 2), (2, 2))),
                          torch_layers.FrameConv)

  def test_rejects_kernels_that_span_frames(self):
    frame = torch_layers.FrameConv(4, (3, 3, 3), initializer=torch_layers.fan_in_uniform(9))
    with self.assertRaisesRegex(ValueError, "one-frame kernel.*Use nn.Conv"):
      frame.init(jax.random.PRNGKey(0), jnp.zeros((1, 4, 5, 5, 2)))


if __name__ == "__main__":
  absltest.main()
