"""Diagonal state-space model (S4D) as pure functions, plus a thin Flax module.

Continuous system per channel c, with N complex modes (one of each conjugate pair; the
conjugates are accounted for by taking twice the real part):

    x'(t) = A x(t) + B u(t),   y(t) = 2 Re(C x(t)) + D u(t),   A = diag(a_n), B = 1.

Zero-order-hold discretization with step dt:

    A_bar = exp(dt A),   B_bar = (exp(dt A) - 1) / A,
    x_k = A_bar x_{k-1} + B_bar u_k,   y_k = 2 Re(C x_k) + D u_k,

which is a causal convolution y = K * u + D u with kernel

    K[c, l] = 2 Re(sum_n C_n B_bar_n A_bar_n^l),   l = 0 .. L-1.

The convolution runs by FFT (length 2L, first L outputs kept); the same system also runs as
a recurrence through `jax.lax.associative_scan`. The FFT path has hand-written backward
passes (`jax.custom_vjp`) that keep only real or [C, N] inputs from the forward pass and
recompute the rest: neither u's complex spectrum nor the [C, N, L] Vandermonde matrix
lives from the forward pass to the backward pass. All SSM math is float32/complex64 whatever
the compute dtype of the surrounding model.

Shapes: u, y are [..., L, C] (time second to last); per-channel parameters are [C] or [C, N].
"""

import functools
from typing import Literal

import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np

Array = jax.Array


# ----------------------------------------------------------------------------- init


def log_dt_init(dt_min: float = 1e-3, dt_max: float = 1e-1):
  """Initializer for log(dt): uniform in log space over [dt_min, dt_max]. Shape [C]."""

  def init(key, shape, dtype=jnp.float32):
    lo, hi = np.log(dt_min), np.log(dt_max)
    return jax.random.uniform(key, shape, dtype, minval=lo, maxval=hi)

  return init


def a_re_log_init(key, shape, dtype=jnp.float32):
  """S4D-Lin real part: Re(a_n) = -0.5, stored as log(0.5). Shape [C, N]."""
  del key
  return jnp.full(shape, np.log(0.5), dtype)


def a_im_init(key, shape, dtype=jnp.float32):
  """S4D-Lin imaginary part: Im(a_n) = pi * n, n = 0 .. N-1. Shape [C, N]."""
  del key
  return jnp.broadcast_to(np.pi * jnp.arange(shape[-1], dtype=dtype), shape)


def c_part_init(key, shape, dtype=jnp.float32):
  """One part (real or imaginary) of C ~ complex normal: each part N(0, 1/2). Shape [C, N]."""
  return jax.random.normal(key, shape, dtype) * np.sqrt(0.5)


# ----------------------------------------------------------------------------- pure functions


def continuous_a(a_re_log: Array, a_im: Array) -> Array:
  """A = -exp(a_re_log) + i a_im: real part kept negative for stability. [C, N] complex64."""
  return -jnp.exp(a_re_log.astype(jnp.float32)) + 1j * a_im.astype(jnp.float32)


def discretize_zoh(log_dt: Array, a: Array) -> tuple[Array, Array]:
  """Zero-order-hold discretization of the diagonal system with B = 1.

  Args:
    log_dt: [C] log step sizes.
    a: [C, N] complex continuous-time eigenvalues.

  Returns:
    (dt_a, b_bar): dt*A (so that A_bar = exp(dt_a)) and B_bar = (exp(dt A) - 1) / A, both
    [C, N] complex64. dt*A is returned rather than A_bar so that powers A_bar^l can be taken
    as exp(l * dt A) without repeated multiplication.
  """
  dt = jnp.exp(log_dt.astype(jnp.float32))[:, None]  # [C, 1]
  dt_a = dt * a  # [C, N]
  b_bar = (jnp.exp(dt_a) - 1.0) / a  # [C, N]
  return dt_a, b_bar


def _vandermonde(dt_a: Array, length: int) -> Array:
  """exp(l * dt A) for l = 0 .. L-1: dt_a [C, N] complex -> [C, N, L] complex."""
  steps = jnp.arange(length, dtype=jnp.float32)  # [L]
  return jnp.exp(dt_a[:, :, None] * steps)


def _after(x: Array, y: Array) -> Array:
  """x's values (up to the sign of zeros), computed only once y exists: x + 0 * (y's first).

  A custom backward pass that recomputes from its residuals must not let the compiler hoist
  that work: XLA would CSE the recomputation with the forward pass's identical one, or
  schedule it early, and hold the large intermediate from the forward pass to the backward
  pass as plain autodiff does; and among the backward's own large temporaries it picks an
  order that keeps more of them alive than needed. `jax.lax.optimization_barrier` does not
  help on CPU (the CPU pipeline drops barriers before CSE and scheduling); a data dependence
  works everywhere. XLA does not fold 0 * v for floats (v could be NaN), and `nan_to_num`
  keeps a NaN or inf in y from leaking into x.
  """
  first = jnp.real(y.reshape(-1)[0]).astype(jnp.float32)
  return x + (jnp.zeros((), jnp.float32) * jnp.nan_to_num(first)).astype(x.dtype)


@functools.partial(jax.custom_vjp, nondiff_argnums=(3,))
def s4d_kernel(dt_a: Array, b_bar: Array, c: Array, length: int) -> Array:
  """The length-L convolution kernel K[c, l] = 2 Re(sum_n C_n B_bar_n exp(l dt A_n)).

  Differentiable in dt_a, b_bar and c with the same gradients as the formula itself, but its
  backward pass keeps only these [C, N] inputs and recomputes the [C, N, L] Vandermonde
  matrix (see `_s4d_kernel_bwd`), instead of holding it from the forward pass.

  Args:
    dt_a: [C, N] complex, dt * A.
    b_bar: [C, N] complex, discretized input matrix.
    c: [C, N] complex output matrix.
    length: L, the number of kernel taps (the sequence length).

  Returns:
    [C, L] float32 kernel.
  """
  return 2.0 * jnp.einsum("cn,cnl->cl", c * b_bar, _vandermonde(dt_a, length)).real


def _s4d_kernel_fwd(dt_a, b_bar, c, length):
  # Residuals: the [C, N] inputs only, not the [C, N, L] complex Vandermonde matrix.
  return s4d_kernel(dt_a, b_bar, c, length), (dt_a, b_bar, c)


def _s4d_kernel_bwd(length, residuals, g):
  """Cotangents of (dt_a, b_bar, c) [C, N] given g = dLoss/dK [C, L] (real).

  With w = C B_bar, z = dt A and V[n, l] = exp(l z_n), K = 2 Re(w V) is holomorphic in
  (w, z) but for the real part, so in JAX's convention (cotangents pulled back through
  holomorphic maps without conjugation) they are
      dw_n = sum_l 2 g_l V[n, l],   dz_n = w_n sum_l 2 l g_l V[n, l],
  and dB_bar = dw C, dC = dw B_bar. Both sums are one contraction of V with the stacked
  [C, 2, L] (2 g, 2 l g), so the recomputed V is the only [C, N, L] buffer.
  """
  dt_a, b_bar, c = residuals
  steps = jnp.arange(length, dtype=jnp.float32)  # [L]
  g = 2.0 * g.astype(jnp.float32)  # [C, L]
  vandermonde = _vandermonde(_after(dt_a, g), length)  # [C, N, L], recomputed
  weights = jnp.stack([g, g * steps], axis=1).astype(vandermonde.dtype)  # [C, 2, L]
  sums = jnp.einsum("ckl,cnl->ckn", weights, vandermonde)  # [C, 2, N]
  d_w, d_z = sums[:, 0], c * b_bar * sums[:, 1]  # [C, N] each
  return (d_z.astype(dt_a.dtype), (d_w * c).astype(b_bar.dtype),
          (d_w * b_bar).astype(c.dtype))


s4d_kernel.defvjp(_s4d_kernel_fwd, _s4d_kernel_bwd)


# The FFT helpers below work channels-first, [..., C, F] with F = L+1 frequencies, as the FFT
# runs over the last axis: u goes in and y comes out through one transpose each, and the
# backward's spectra, products and sums all share that layout.


def _spectrum(x: Array, n: int) -> Array:
  """rfft of x [..., L, C] zero-padded to n along time: [..., C, n//2+1] complex64."""
  return jnp.fft.rfft(jnp.swapaxes(x.astype(jnp.float32), -1, -2), n=n, axis=-1)


def _first_taps(x_f: Array, n: int, length: int) -> Array:
  """irfft of x_f [..., C, n//2+1], first `length` taps, back to [..., length, C] float32."""
  return jnp.swapaxes(jnp.fft.irfft(x_f, n=n, axis=-1)[..., :length], -1, -2)


@jax.custom_vjp
def fft_conv(u: Array, kernel: Array) -> Array:
  """Causal convolution y[l] = sum_{j<=l} K[l-j] u[j] along the time axis, by FFT.

  Zero-padding both to length 2L makes the circular convolution equal the linear one
  on the first L outputs.

  The backward pass (`_fft_conv_bwd`) keeps only the real inputs u and K from the forward
  pass, not u's complex spectrum ([..., L+1, C] complex64, twice u's float32 bytes), and is
  again made of FFT convolutions: du is g correlated with K, dK is g correlated with u.

  Args:
    u: [..., L, C] input (any float dtype; the math is float32).
    kernel: [C, L] kernel.

  Returns:
    [..., L, C] float32 output.
  """
  if u.ndim < 2 or kernel.shape != (u.shape[-1], u.shape[-2]):
    raise ValueError(f"fft_conv needs u [..., L, C] and kernel [C, L]; got u {u.shape} "
                     f"and kernel {kernel.shape}.")
  length = u.shape[-2]
  n = 2 * length
  k_f = jnp.fft.rfft(kernel.astype(jnp.float32), n=n, axis=-1)  # [C, L+1]
  return _first_taps(_spectrum(u, n) * k_f, n, length)


def _fft_conv_fwd(u, kernel):
  # The residuals are the inputs themselves (u in its own dtype, possibly bfloat16, is an
  # exact record of the float32 values used); the surrounding layer keeps u alive anyway.
  return fft_conv(u, kernel), (u, kernel)


def _fft_conv_bwd(residuals, g):
  """Cotangents (du [..., L, C] in u's dtype, dK [C, L] in K's dtype) of g [..., L, C].

  du[j] = sum_{l>=j} K[l-j] g[l]: the anti-causal correlation of g with K, i.e. the causal
  convolution of the time-reversed g with K, reversed; in the spectrum G conj(FFT(K)).
  dK[c, m] = sum_{..., l>=m} g[..., l, c] u[..., l-m, c]: the correlation of g with u; in
  the spectrum conj(U) G, summed over the leading axes before the one inverse FFT.
  Zero-padding to 2L keeps the circular correlations' wrapped (negative) lags on the padding.
  """
  u, kernel = residuals
  length = u.shape[-2]
  n = 2 * length
  g_f = _spectrum(g, n)  # [..., C, L+1], shared by both cotangents
  # Order of the three [..., C, L+1]-sized steps, so that at most three such buffers live at
  # once: g's spectrum, then u's (recomputed only now), their product summed into dK, and
  # only then du (its product and inverse FFT), once u's spectrum is gone.
  u_f = _spectrum(_after(u.astype(jnp.float32), g_f), n)  # [..., C, L+1]
  dk_f = jnp.sum(jnp.conj(u_f) * g_f, axis=tuple(range(u.ndim - 2)))  # [C, L+1]
  dk = jnp.fft.irfft(dk_f, n=n, axis=-1)[:, :length]  # [C, L]
  k_f = jnp.fft.rfft(_after(kernel.astype(jnp.float32), dk_f), n=n, axis=-1)  # [C, L+1]
  du = _first_taps(g_f * jnp.conj(k_f), n, length)  # [..., L, C]
  return du.astype(u.dtype), dk.astype(kernel.dtype)


fft_conv.defvjp(_fft_conv_fwd, _fft_conv_bwd)


def linear_recurrence(a: Array, bu: Array) -> Array:
  """Every state of x_l = a_l * x_{l-1} + bu_l (x_{-1} = 0, elementwise), in O(log L) depth.

  Args:
    a: decay, broadcastable to bu's shape ([C, N] for a time-invariant system).
    bu: [..., L, C, N] inputs.

  Returns:
    [..., L, C, N] states, by `jax.lax.associative_scan` over L.
  """

  def combine(left, right):
    a_l, x_l = left
    a_r, x_r = right
    return a_r * a_l, a_r * x_l + x_r

  _, states = jax.lax.associative_scan(combine, (jnp.broadcast_to(a, bu.shape), bu), axis=-3)
  return states


def diagonal_scan(dt_a: Array, b_bar: Array, c: Array, u: Array) -> Array:
  """The same system as a recurrence x_k = A_bar x_{k-1} + B_bar u_k, y_k = 2 Re(C x_k).

  Runs in O(log L) depth with `jax.lax.associative_scan`. Memory is O(L C N) per sequence
  (every state is materialized), which is why the FFT path is the default.

  Args:
    dt_a, b_bar, c: [C, N] complex.
    u: [..., L, C] input.

  Returns:
    [..., L, C] float32 output (without the D u skip term).
  """
  a_bar = jnp.exp(dt_a)  # [C, N]
  bu = b_bar * u.astype(jnp.float32)[..., None]  # [..., L, C, N]
  states = linear_recurrence(a_bar, bu)  # [..., L, C, N]
  return 2.0 * jnp.einsum("...lcn,cn->...lc", states, c).real


def s4d_apply(
    params: dict[str, Array], u: Array, mode: Literal["fft", "scan"] = "fft",
    kernel_length: int = 0,
) -> Array:
  """Runs an S4D layer given its parameter dict (keys as in the `S4D` module).

  Args:
    params: log_dt [C], a_re_log/a_im/c_re/c_im [C, N], d [C].
    u: [..., L, C] input.
    mode: "fft" (convolution by FFT) or "scan" (associative-scan recurrence).
    kernel_length: 0 (the paper) convolves with all L taps of K; a positive value M keeps
      only the first min(M, L) taps, so y[l] sees u[l-M+1 .. l]. Not an SSM any more (a
      truncated kernel has no finite-state recurrence), so it needs mode "fft". Beyond the
      paper: a model trained on clips of M frames and run on longer ones then sees only
      lags it was trained with (docs/demo.md measures what that does to long samples).

  Returns:
    [..., L, C] float32, K * u + D u.
  """
  if kernel_length < 0:
    raise ValueError(f"S4D kernel_length must be >= 0 (0: the input's length), got "
                     f"{kernel_length}.")
  a = continuous_a(params["a_re_log"], params["a_im"])
  c = params["c_re"].astype(jnp.float32) + 1j * params["c_im"].astype(jnp.float32)
  dt_a, b_bar = discretize_zoh(params["log_dt"], a)
  length = u.shape[-2]
  if mode == "fft":
    taps = min(kernel_length, length) if kernel_length else length
    kernel = s4d_kernel(dt_a, b_bar, c, taps)  # [C, taps]
    y = fft_conv(u, jnp.pad(kernel, ((0, 0), (0, length - taps))))
  elif kernel_length and mode == "scan":
    raise ValueError(f"S4D kernel_length={kernel_length} truncates the kernel, which the "
                     "recurrence (mode 'scan') cannot do; use mode 'fft' or kernel_length 0.")
  elif mode == "scan":
    y = diagonal_scan(dt_a, b_bar, c, u)
  else:
    raise ValueError(f"Unknown S4D mode {mode!r}: use 'fft' or 'scan'.")
  return y + params["d"].astype(jnp.float32) * u.astype(jnp.float32)


# ----------------------------------------------------------------------------- module


def num_modes(d_state: int) -> int:
  """Complex modes of an S4D layer of state size `d_state` (its conjugate pairs): d_state // 2.
  Raises ValueError unless d_state is even and >= 2."""
  if d_state < 2 or d_state % 2:
    raise ValueError(f"S4D d_state must be an even number >= 2, got {d_state}.")
  return d_state // 2


class S4D(nn.Module):
  """S4D-Lin layer over the time axis: y = K * u + D u (no nonlinearity).

  Attributes:
    d_state: state size as in the reference implementation; the layer keeps d_state // 2
      complex modes per channel (one per conjugate pair).
    mode: "fft" or "scan"; both compute the same function.
    dt_min, dt_max: range of the log-uniform dt initialization.
    kernel_length: 0 (paper) or the most kernel taps used (see `s4d_apply`).

  Input u: [..., L, C]; output [..., L, C] float32. L may differ between calls: the kernel
  is computed for the input's length (capped at kernel_length when that is > 0).
  """

  d_state: int = 512
  mode: Literal["fft", "scan"] = "fft"
  kernel_length: int = 0
  dt_min: float = 1e-3
  dt_max: float = 1e-1
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, u: Array) -> Array:
    channels, modes = u.shape[-1], num_modes(self.d_state)
    params = {
        "log_dt": self.param(
            "log_dt", log_dt_init(self.dt_min, self.dt_max), (channels,), self.param_dtype),
        "a_re_log": self.param("a_re_log", a_re_log_init, (channels, modes), self.param_dtype),
        "a_im": self.param("a_im", a_im_init, (channels, modes), self.param_dtype),
        "c_re": self.param("c_re", c_part_init, (channels, modes), self.param_dtype),
        "c_im": self.param("c_im", c_part_init, (channels, modes), self.param_dtype),
        "d": self.param("d", nn.initializers.normal(1.0), (channels,), self.param_dtype),
    }
    return s4d_apply(params, u, self.mode, self.kernel_length)
