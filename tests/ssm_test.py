"""Tests for ssm_vdm.models.ssm: FFT conv == associative scan == float64 naive loop."""

from absl.testing import absltest
from absl.testing import parameterized
import chex
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import ssm


def _params(key, channels, d_state):
  module = ssm.S4D(d_state=d_state)
  return module.init(key, jnp.zeros((1, 4, channels)))["params"]


def _naive_recurrence_f64(params, u):
  """x_k = A_bar x_{k-1} + B_bar u_k, y_k = 2 Re(C x_k) + D u_k in float64, one step at a time.

  u: [B, L, C] -> [B, L, C].
  """
  p = {k: np.asarray(v, np.float64) for k, v in params.items()}
  a = -np.exp(p["a_re_log"]) + 1j * p["a_im"]  # [C, N]
  c = p["c_re"] + 1j * p["c_im"]
  dt = np.exp(p["log_dt"])[:, None]
  a_bar = np.exp(dt * a)
  b_bar = (a_bar - 1.0) / a
  u = np.asarray(u, np.float64)
  batch, length, channels = u.shape
  y = np.zeros_like(u)
  for b in range(batch):
    x = np.zeros_like(a)
    for k in range(length):
      x = a_bar * x + b_bar * u[b, k][:, None]
      y[b, k] = 2.0 * np.sum(c * x, axis=-1).real + p["d"] * u[b, k]
  return y


def _naive_convolution_f64(params, u):
  """O(L^2) direct convolution with the closed-form kernel, float64."""
  p = {k: np.asarray(v, np.float64) for k, v in params.items()}
  a = -np.exp(p["a_re_log"]) + 1j * p["a_im"]
  c = p["c_re"] + 1j * p["c_im"]
  dt = np.exp(p["log_dt"])[:, None]
  b_bar = (np.exp(dt * a) - 1.0) / a
  u = np.asarray(u, np.float64)
  length = u.shape[1]
  kernel = np.stack([2.0 * np.sum(c * b_bar * np.exp(dt * a * l), -1).real
                     for l in range(length)], axis=-1)  # [C, L]
  y = np.zeros_like(u)
  for t in range(length):
    for j in range(t + 1):
      y[:, t] += kernel[:, t - j] * u[:, j]
  return y + p["d"] * u


class S4DTest(parameterized.TestCase):

  @parameterized.parameters((1,), (7,), (33,))
  def test_fft_scan_and_naive_loops_agree(self, length):
    params = _params(jax.random.PRNGKey(0), channels=3, d_state=16)
    u = jax.random.normal(jax.random.PRNGKey(1), (2, length, 3))
    y_fft = ssm.s4d_apply(params, u, "fft")
    y_scan = ssm.s4d_apply(params, u, "scan")
    y_loop = _naive_recurrence_f64(params, u)
    y_conv = _naive_convolution_f64(params, u)
    np.testing.assert_allclose(y_loop, y_conv, rtol=1e-9, atol=1e-9)
    scale = np.abs(y_loop).max()
    np.testing.assert_allclose(y_fft, y_loop, atol=2e-5 * scale, rtol=0)
    np.testing.assert_allclose(y_scan, y_loop, atol=2e-5 * scale, rtol=0)

  def test_init_follows_s4d_lin(self):
    params = _params(jax.random.PRNGKey(0), channels=64, d_state=32)
    chex.assert_shape([params["a_re_log"], params["a_im"], params["c_re"]], (64, 16))
    a = ssm.continuous_a(params["a_re_log"], params["a_im"])
    np.testing.assert_allclose(a.real, -0.5, rtol=1e-6)
    np.testing.assert_allclose(a.imag[0], np.pi * np.arange(16), rtol=1e-6)
    dt = np.exp(params["log_dt"])
    self.assertTrue(np.all((dt >= 1e-3) & (dt <= 1e-1)))
    self.assertLess(abs(np.log(dt).mean() - np.log(1e-2)), 0.5)  # log-uniform centre

  def test_kernel_matches_closed_form(self):
    a = jnp.array([[-0.5 + 1j * np.pi]], jnp.complex64)
    dt_a, b_bar = ssm.discretize_zoh(jnp.log(jnp.array([0.1])), a)
    c = jnp.array([[1.0 + 0.5j]], jnp.complex64)
    k = ssm.s4d_kernel(dt_a, b_bar, c, 5)
    a0, c0 = complex(a[0, 0]), complex(c[0, 0])
    expected = [2 * (c0 * (np.exp(0.1 * a0) - 1) / a0 * np.exp(0.1 * a0 * l)).real
                for l in range(5)]
    np.testing.assert_allclose(k[0], expected, rtol=1e-5, atol=1e-6)

  @parameterized.parameters(("fft",), ("scan",))
  def test_forward_s4d_is_causal(self, mode):
    params = _params(jax.random.PRNGKey(0), channels=2, d_state=8)
    u = jax.random.normal(jax.random.PRNGKey(1), (1, 12, 2))
    t = 6
    y0 = ssm.s4d_apply(params, u, mode)
    y1 = ssm.s4d_apply(params, u.at[:, t].add(1.0), mode)
    # The FFT path leaks only float32 round-off (~1e-8) into earlier outputs.
    np.testing.assert_allclose(y0[:, :t], y1[:, :t], atol=1e-6, rtol=0)
    self.assertGreater(float(jnp.abs(y0[:, t:] - y1[:, t:]).min()), 1e-4)

  def test_rejects_odd_state(self):
    with self.assertRaisesRegex(ValueError, "even"):
      ssm.S4D(d_state=7).init(jax.random.PRNGKey(0), jnp.zeros((1, 3, 2)))

  def test_rejects_unknown_mode(self):
    params = _params(jax.random.PRNGKey(0), channels=2, d_state=4)
    with self.assertRaisesRegex(ValueError, "fft"):
      ssm.s4d_apply(params, jnp.zeros((1, 3, 2)), "conv")


if __name__ == "__main__":
  absltest.main()
