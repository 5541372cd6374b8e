"""Tests for ssm_vdm.models.ssm: FFT conv == associative scan == float64 naive loop.

The custom backward passes of `fft_conv` and `s4d_kernel` are checked against autodiff of
the plain formulas (`_plain_fft_conv`, `_plain_s4d_kernel`: the versions before the custom
VJPs) and float64 references, and for what they keep and the memory XLA reserves.
"""

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


def _plain_fft_conv(u, kernel):
  """The plain FFT convolution, differentiated by autodiff (which saves u's spectrum)."""
  length = u.shape[-2]
  n = 2 * length
  u_f = jnp.fft.rfft(u.astype(jnp.float32), n=n, axis=-2)  # [..., L+1, C]
  k_f = jnp.fft.rfft(kernel.astype(jnp.float32), n=n, axis=-1).T  # [L+1, C]
  return jnp.fft.irfft(u_f * k_f, n=n, axis=-2)[..., :length, :]


def _plain_s4d_kernel(dt_a, b_bar, c, length):
  """The plain kernel formula, differentiated by autodiff (which saves the [C, N, L] matrix)."""
  steps = jnp.arange(length, dtype=jnp.float32)
  vandermonde = jnp.exp(dt_a[:, :, None] * steps)  # [C, N, L]
  return 2.0 * jnp.einsum("cn,cnl->cl", c * b_bar, vandermonde).real


def _direct_conv_f64(u, kernel):
  """y[..., l, c] = sum_{j<=l} K[c, l-j] u[..., j, c] by direct sums in float64."""
  u, kernel = np.asarray(u, np.float64), np.asarray(kernel, np.float64)
  length = u.shape[-2]
  y = np.zeros_like(u)
  for m in range(length):
    y[..., m:, :] += kernel[:, m] * u[..., :length - m, :]
  return y


def _direct_conv_vjp_f64(u, kernel, g):
  """(du, dK) of <g, y> by direct sums in float64: the transposed sums of `_direct_conv_f64`.

  du[..., j, c] = sum_{l>=j} K[c, l-j] g[..., l, c];
  dK[c, m] = sum over leading axes and l>=m of g[..., l, c] u[..., l-m, c].
  """
  u, kernel, g = (np.asarray(x, np.float64) for x in (u, kernel, g))
  length = u.shape[-2]
  du = np.zeros_like(u)
  dk = np.zeros_like(kernel)
  lead = tuple(range(u.ndim - 1))
  for m in range(length):
    du[..., :length - m, :] += kernel[:, m] * g[..., m:, :]
    dk[:, m] = np.sum(g[..., m:, :] * u[..., :length - m, :], axis=lead)
  return du, dk


def _kernel_f64(dt_a, b_bar, c, length):
  """K[c, l] = 2 Re(sum_n c b_bar exp(l dt_a)) in complex128."""
  steps = np.arange(length)
  return 2.0 * np.einsum("cn,cnl->cl", c * b_bar, np.exp(dt_a[:, :, None] * steps)).real


def _kernel_grads_fd_f64(dt_a, b_bar, c, length, g, eps=1e-6):
  """JAX-convention cotangents of <g, K> w.r.t. (dt_a, b_bar, c) by central differences.

  For a real loss f of complex z = x + iy, JAX's cotangent is df/dx - i df/dy.
  """
  args = [np.asarray(x, np.complex128) for x in (dt_a, b_bar, c)]
  g = np.asarray(g, np.float64)
  loss = lambda a: np.sum(g * _kernel_f64(*a, length))
  grads = []
  for i, x in enumerate(args):
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
      for direction, weight in ((1.0, 1.0), (1j, -1j)):
        plus, minus = list(args), list(args)
        plus[i], minus[i] = x.copy(), x.copy()
        plus[i][idx] += eps * direction
        minus[i][idx] -= eps * direction
        grad[idx] += weight * (loss(plus) - loss(minus)) / (2 * eps)
    grads.append(grad)
  return grads


def _random_system(key, channels, modes):
  """Random dt_a (Re < 0), b_bar, c: [C, N] complex64 each."""
  k = jax.random.split(key, 6)
  cplx = lambda a, b, shape: (jax.random.normal(a, shape)
                              + 1j * jax.random.normal(b, shape)).astype(jnp.complex64)
  shape = (channels, modes)
  dt_a = (-jax.random.uniform(k[0], shape, minval=0.01, maxval=0.3)
          + 1j * jax.random.uniform(k[1], shape, minval=-1.0, maxval=1.0)).astype(jnp.complex64)
  return dt_a, cplx(k[2], k[3], shape), cplx(k[4], k[5], shape)


def _temp_bytes(f, *args):
  """XLA's reserved temporary bytes for jit(f) on args (honest here: see MemoryTest)."""
  return jax.jit(f).lower(*args).compile().memory_analysis().temp_size_in_bytes


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

  @parameterized.parameters((1, 9), (4, 9), (9, 9), (12, 9), (5, 1))
  def test_capped_kernel_matches_truncated_loop(self, taps, length):
    # kernel_length M: y[l] = D u[l] + sum_{m < min(M, L)} K[m] u[l-m], in float64 direct sums.
    params = _params(jax.random.PRNGKey(2), channels=3, d_state=8)
    u = jax.random.normal(jax.random.PRNGKey(3), (2, length, 3))
    p = {k: np.asarray(v, np.float64) for k, v in params.items()}
    a = -np.exp(p["a_re_log"]) + 1j * p["a_im"]
    dt_a = np.exp(p["log_dt"])[:, None] * a
    kernel = _kernel_f64(dt_a, (np.exp(dt_a) - 1.0) / a, p["c_re"] + 1j * p["c_im"], length)
    kernel[:, taps:] = 0.0
    expected = _direct_conv_f64(u, kernel) + p["d"] * np.asarray(u, np.float64)
    y = ssm.S4D(d_state=8, kernel_length=taps).apply({"params": params}, u)
    np.testing.assert_allclose(y, expected, atol=2e-5 * np.abs(expected).max(), rtol=0)
    if taps >= length:  # no cap in effect: the paper's layer exactly
      np.testing.assert_array_equal(y, ssm.s4d_apply(params, u, "fft"))

  def test_capped_kernel_forgets_old_frames(self):
    params = _params(jax.random.PRNGKey(0), channels=2, d_state=8)
    u = jax.random.normal(jax.random.PRNGKey(1), (1, 12, 2))
    y0 = ssm.s4d_apply(params, u, "fft", kernel_length=4)
    y1 = ssm.s4d_apply(params, u.at[:, 3].add(1.0), "fft", kernel_length=4)
    diff = np.abs(np.asarray(y1 - y0))[0].max(-1)  # [L]
    np.testing.assert_allclose(diff[:3], 0.0, atol=1e-6)  # causal
    self.assertGreater(diff[3:7].min(), 1e-4)  # lags 0..3 see the change
    np.testing.assert_allclose(diff[7:], 0.0, atol=1e-6)  # lag >= 4: forgotten

  def test_capped_kernel_rejects_scan_and_negative(self):
    params = _params(jax.random.PRNGKey(0), channels=2, d_state=4)
    with self.assertRaisesRegex(ValueError, "kernel_length=3 .* mode 'fft'"):
      ssm.s4d_apply(params, jnp.zeros((1, 5, 2)), "scan", kernel_length=3)
    with self.assertRaisesRegex(ValueError, ">= 0"):
      ssm.s4d_apply(params, jnp.zeros((1, 5, 2)), "fft", kernel_length=-1)

  def test_rejects_odd_state(self):
    with self.assertRaisesRegex(ValueError, "even"):
      ssm.S4D(d_state=7).init(jax.random.PRNGKey(0), jnp.zeros((1, 3, 2)))

  def test_rejects_unknown_mode(self):
    params = _params(jax.random.PRNGKey(0), channels=2, d_state=4)
    with self.assertRaisesRegex(ValueError, "fft"):
      ssm.s4d_apply(params, jnp.zeros((1, 3, 2)), "conv")


class FFTConvBackwardTest(parameterized.TestCase):
  """fft_conv's custom VJP == autodiff of the plain version == float64 direct sums."""

  @parameterized.product(length=(1, 7, 33), dtype=("float32", "bfloat16"))
  def test_values_and_cotangents(self, length, dtype):
    ku, kk, kg = jax.random.split(jax.random.PRNGKey(length), 3)
    u = jax.random.normal(ku, (2, 3, length, 4)).astype(dtype)
    kernel = jax.random.normal(kk, (4, length)) / np.sqrt(length)
    g = jax.random.normal(kg, (2, 3, length, 4))

    def value_and_cotangents(conv):
      return jax.jit(lambda u, k, g: (lambda y, vjp: (y, *vjp(g)))(*jax.vjp(conv, u, k)))

    y, du, dk = value_and_cotangents(ssm.fft_conv)(u, kernel, g)
    y_plain, du_plain, dk_plain = value_and_cotangents(_plain_fft_conv)(u, kernel, g)
    y_ref = _direct_conv_f64(u.astype(jnp.float32), kernel)
    du_ref, dk_ref = _direct_conv_vjp_f64(u.astype(jnp.float32), kernel, g)

    self.assertEqual((y.dtype, du.dtype, dk.dtype), (jnp.float32, u.dtype, jnp.float32))
    chex.assert_shape([y, du], u.shape)
    chex.assert_shape(dk, kernel.shape)
    # du is rounded to u's dtype: 2^-8 relative for bfloat16.
    du_tol = 1e-5 if dtype == "float32" else 2.0 ** -7
    for got, plain, ref, tol in ((y, y_plain, y_ref, 1e-5), (du, du_plain, du_ref, du_tol),
                                 (dk, dk_plain, dk_ref, 1e-5)):
      scale = np.abs(ref).max()
      np.testing.assert_allclose(np.asarray(got, np.float64), ref, atol=tol * scale, rtol=0)
      np.testing.assert_allclose(np.asarray(got, np.float64), np.asarray(plain, np.float64),
                                 atol=tol * scale, rtol=0)

  def test_keeps_only_the_real_inputs(self):
    """The VJP closes over u and K themselves, where autodiff keeps u's complex spectrum."""
    u = jnp.ones((2, 3, 7, 4), jnp.bfloat16)
    kernel = jnp.ones((4, 7))
    kept = lambda f: [(x.shape, x.dtype) for x in jax.tree_util.tree_leaves(jax.vjp(f, u, kernel)[1])]
    self.assertCountEqual(kept(ssm.fft_conv), [(u.shape, u.dtype), (kernel.shape, kernel.dtype)])
    self.assertIn(((2, 3, 8, 4), jnp.complex64), kept(_plain_fft_conv))  # u's spectrum

    z = jnp.ones((4, 5), jnp.complex64)
    kept = lambda f: [x.shape for x in jax.tree_util.tree_leaves(jax.vjp(
        lambda a, b, c: f(a, b, c, 9), z, z, z)[1])]
    self.assertEqual(kept(ssm.s4d_kernel), [(4, 5)] * 3)
    self.assertIn((4, 5, 9), kept(_plain_s4d_kernel))  # the Vandermonde matrix

  def test_rejects_mismatched_kernel(self):
    with self.assertRaisesRegex(ValueError, "kernel"):
      ssm.fft_conv(jnp.zeros((2, 5, 3)), jnp.zeros((3, 4)))


class KernelBackwardTest(parameterized.TestCase):
  """s4d_kernel's custom VJP == autodiff of the plain formula == float64 finite differences."""

  @parameterized.parameters((1,), (33,))
  def test_cotangents(self, length):
    dt_a, b_bar, c = _random_system(jax.random.PRNGKey(length), channels=2, modes=3)
    g = jax.random.normal(jax.random.PRNGKey(1), (2, length))

    def cotangents(kernel_fn):
      return jax.jit(lambda *a: jax.vjp(lambda *a: kernel_fn(*a, length), *a)[1](g))

    got = cotangents(ssm.s4d_kernel)(dt_a, b_bar, c)
    plain = cotangents(_plain_s4d_kernel)(dt_a, b_bar, c)
    ref = _kernel_grads_fd_f64(dt_a, b_bar, c, length, g)
    kernel_ref = _kernel_f64(*(np.asarray(x, np.complex128) for x in (dt_a, b_bar, c)), length)
    np.testing.assert_allclose(ssm.s4d_kernel(dt_a, b_bar, c, length), kernel_ref,
                               atol=1e-5 * np.abs(kernel_ref).max(), rtol=0)
    for name, x, y, r in zip(("dt_a", "b_bar", "c"), got, plain, ref):
      self.assertEqual(x.dtype, jnp.complex64, name)
      scale = np.abs(r).max()
      np.testing.assert_allclose(x, r, atol=2e-5 * scale, rtol=0, err_msg=name)
      np.testing.assert_allclose(x, y, atol=2e-5 * scale, rtol=0, err_msg=name)

  def test_fft_and_scan_gradients_agree(self):
    """End to end: grads of the FFT path (custom VJPs) == autodiff of the scan path."""
    params = _params(jax.random.PRNGKey(0), channels=3, d_state=8)
    u = jax.random.normal(jax.random.PRNGKey(1), (2, 33, 3))
    w = jax.random.normal(jax.random.PRNGKey(2), (2, 33, 3))
    loss = lambda mode: jax.jit(jax.grad(
        lambda p, u: jnp.sum(w * jnp.tanh(ssm.s4d_apply(p, u, mode))), argnums=(0, 1)))
    scale = lambda x: np.abs(x).max()
    jax.tree_util.tree_map_with_path(
        lambda path, x, y: np.testing.assert_allclose(
            x, y, atol=5e-5 * scale(y), rtol=0, err_msg=jax.tree_util.keystr(path)),
        loss("fft")(params, u), loss("scan")(params, u))

class MemoryTest(absltest.TestCase):
  """XLA's temporary bytes for forward+backward, custom VJPs vs autodiff of the plain code.

  The CPU's YNN fusions hide the buffers inside them from memory_analysis(); they take
  real-valued dots, and these programs have none (FFTs, elementwise ops and one complex
  dot), so the numbers are honest without --xla_cpu_experimental_ynn_fusion_type= (checked
  equal with it). The floors on the plain versions' bytes make the comparison fail, rather
  than pass vacuously, should buffers ever go missing from the analysis.
  """

  def test_fft_conv_backward_temp_bytes(self):
    u, kernel = jnp.zeros((64, 256, 32)), jnp.zeros((32, 256))
    spectrum = 64 * 257 * 32 * 8  # u's complex spectrum, 4.2 MB
    one = lambda conv: jax.grad(lambda u, k: jnp.sum(conv(u, k) ** 2), argnums=(0, 1))
    new, plain = _temp_bytes(one(ssm.fft_conv), u, kernel), _temp_bytes(
        one(_plain_fft_conv), u, kernel)
    # Measured (jax 0.10.2): 12.6 MB (three spectrum-sized buffers) vs 16.8 MB (four).
    self.assertGreaterEqual(plain, 3.5 * spectrum)
    self.assertLessEqual(new, 0.85 * plain)

    # Where residuals outlive other work (here: three layers), autodiff keeps one spectrum
    # per layer until its backward; the custom VJP keeps only u, which tanh's VJP keeps too.
    kernels = jnp.zeros((3, 32, 256))

    def stack(conv):
      def loss(u, ks):
        for k in ks:
          u = jnp.tanh(conv(u, k))
        return jnp.sum(u ** 2)
      return jax.grad(loss, argnums=(0, 1))

    new, plain = _temp_bytes(stack(ssm.fft_conv), u, kernels), _temp_bytes(
        stack(_plain_fft_conv), u, kernels)
    # Measured: 14.8 MB vs 27.5 MB.
    self.assertGreaterEqual(plain, 6 * spectrum)
    self.assertLessEqual(new, 0.7 * plain)

  def test_kernel_backward_temp_bytes(self):
    z = jnp.zeros((32, 64), jnp.complex64)
    vandermonde = 32 * 64 * 256 * 8  # [C, N, L] complex64, 4.2 MB
    grad = lambda kernel_fn: jax.grad(
        lambda *a: jnp.sum(kernel_fn(*a, 256) ** 2), argnums=(0, 1, 2))
    new, plain = _temp_bytes(grad(ssm.s4d_kernel), z, z, z), _temp_bytes(
        grad(_plain_s4d_kernel), z, z, z)
    # Measured: 4.4 MB (the recomputed matrix only) vs 8.6 MB (it and its cotangent).
    self.assertGreaterEqual(plain, 1.8 * vandermonde)
    self.assertLessEqual(new, 0.7 * plain)

    # In a layer (kernel -> fft_conv on u [64, 256, 32] -> tanh) the plain kernel's matrix
    # lives from the forward pass through the convolution's backward.
    u = jnp.zeros((64, 256, 32))
    layer = lambda kernel_fn: jax.grad(lambda a, b, c, u: jnp.sum(jnp.tanh(ssm.fft_conv(
        u, kernel_fn(a, b, c, 256))) ** 2), argnums=(0, 1, 2, 3))
    new, plain = _temp_bytes(layer(ssm.s4d_kernel), z, z, z, u), _temp_bytes(
        layer(_plain_s4d_kernel), z, z, z, u)
    # Measured: 12.7 MB vs 16.9 MB.
    self.assertGreaterEqual(plain, 3.5 * vandermonde)
    self.assertLessEqual(new, 0.85 * plain)


if __name__ == "__main__":
  absltest.main()
