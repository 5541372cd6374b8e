"""Rematerialization: same values and gradients, less memory (models/remat.py, UNet.remat)."""

from absl.testing import absltest
from absl.testing import parameterized
import chex
import jax
import jax.numpy as jnp

from configs import default
from ssm_vdm.models import remat
from ssm_vdm.models import unet

# The smoke preset's widths (base 8, (1, 2), S4D d_state 8, attention 2 x 8); each test sets
# temporal, remat, chunks and dtype itself.
TINY = {k: v for k, v in default.get_config("smoke").model.items()
        if k not in ("temporal", "remat", "chunks", "dtype")}


def layer(x, w1, w2):
  return x + jnp.tanh(jnp.tanh(x @ w1) @ w2)  # hidden [N, 256] per layer


def mlp_loss(x, weights, wrap):
  for w1, w2 in weights:
    x = wrap(layer)(x, w1, w2)
  return jnp.sum(x ** 2)


class RecomputeInBackwardTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    keys = jax.random.split(jax.random.PRNGKey(0), 9)
    self.x = jax.random.normal(keys[0], (1024, 16))
    self.weights = [(0.2 * jax.random.normal(keys[2 * i + 1], (16, 256)),
                     0.2 * jax.random.normal(keys[2 * i + 2], (256, 16))) for i in range(4)]

  def _grad(self, wrap):
    return jax.jit(jax.grad(lambda x, w: mlp_loss(x, w, wrap), argnums=(0, 1)))

  def test_same_gradients(self):
    plain = self._grad(lambda f: f)(self.x, self.weights)
    rematted = self._grad(remat.recompute_in_backward)(self.x, self.weights)
    chex.assert_trees_all_close(plain, rematted, rtol=1e-6, atol=1e-6)

  def test_keeps_only_inputs(self):
    """The hidden activations [1024, 256] x 2 per layer are not kept for the backward."""
    temp = lambda wrap: self._grad(wrap).lower(self.x, self.weights).compile(
    ).memory_analysis().temp_size_in_bytes
    plain, rematted = temp(lambda f: f), temp(remat.recompute_in_backward)
    hidden = 1024 * 256 * 4
    self.assertGreaterEqual(plain, 4 * hidden)  # the 4 layers' activations are kept

    self.assertLessEqual(rematted, 0.5 * plain)  # measured 5.7 MB -> 2.4 MB

  def test_none_arguments(self):
    f = remat.recompute_in_backward(lambda a, b: a * 2.0 if b is None else a * b)
    self.assertEqual(float(jax.grad(lambda a: f(a, None))(3.0)), 2.0)


class UNetRematTest(parameterized.TestCase):

  @parameterized.parameters(("ssm", "blocks", 4), ("attention", "temporal", 3))
  def test_same_params_loss_and_gradients(self, kind, mode, chunks):
    """Remat, and temporal layers over pixel groups / spatial attention over frame groups
    (B*T = 6 frames, 64 pixels): the same parameters at init, the same loss and gradients."""
    x = jax.random.normal(jax.random.PRNGKey(0), (2, 3, 8, 8, 3))
    t = jnp.array([7.0, 90.0])
    plain = unet.UNet(temporal=kind, **TINY)
    lean = unet.UNet(temporal=kind, remat=mode, chunks=chunks, **TINY)
    params = plain.init(jax.random.PRNGKey(1), x, t)
    chex.assert_trees_all_equal(params, lean.init(jax.random.PRNGKey(1), x, t))
    grads = [jax.jit(jax.value_and_grad(
        lambda p, model=model: jnp.mean(model.apply(p, x, t) ** 2)))(params)
             for model in (plain, lean)]
    chex.assert_trees_all_close(grads[0], grads[1], rtol=1e-5, atol=1e-6)

  def test_unknown_remat(self):
    with self.assertRaisesRegex(ValueError, "Unknown remat 'all'"):
      jax.eval_shape(unet.UNet(remat="all", **TINY).init, jax.random.PRNGKey(0),
                     jnp.zeros((1, 2, 8, 8, 3)), jnp.zeros((1,)))


if __name__ == "__main__":
  absltest.main()
