"""Dense, Conv and norm layers with the official PyTorch code's initializers and epsilons.

The authors' model is built from PyTorch's `nn.Linear`, `nn.Conv3d`, `nn.GroupNorm` and a
hand-written channel LayerNorm. Their default initializers set the loss at init (~1.23 at
every number of frames) and the early training dynamics, so ours are the same:

* Linear / Conv weight and bias ~ U(-1/sqrt(fan_in), 1/sqrt(fan_in)), fan_in = input
  features x kernel taps (PyTorch's kaiming_uniform(a=sqrt(5)) bound, and its bias bound).
* GroupNorm: scale 1, bias 0, eps 1e-5. LayerNorm over channels: scale 1, no bias, eps 1e-5.
  Both normalize in the compute dtype with float32 statistics, and their backward keeps only
  the input (`normalize`), so a bfloat16 model holds no float32 copies of its activations.

Bias initializers need fan_in, which the bias shape alone does not give, so these factories
take it explicitly. The returned modules are plain Flax ones: parameter names are `kernel`,
`bias`, `scale`.
"""

import functools
from typing import Callable, Sequence

import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np

Array = jax.Array
EPS = 1e-5  # PyTorch's GroupNorm/LayerNorm default, and the official LayerNorm's


def symmetric_uniform(bound: float):
  """Initializer U(-bound, bound), any shape."""

  def init(key, shape, dtype=jnp.float32):
    return jax.random.uniform(key, shape, dtype, -bound, bound)

  return init


def fan_in_uniform(fan_in: int):
  """Initializer U(-1/sqrt(fan_in), 1/sqrt(fan_in)), any shape (PyTorch's Linear/Conv)."""
  return symmetric_uniform(1.0 / np.sqrt(max(int(fan_in), 1)))


def dense(features: int | Sequence[int], fan_in: int, *, use_bias: bool = True,
          axis: int | Sequence[int] = -1, dtype=jnp.float32, param_dtype=jnp.float32,
          name: str | None = None) -> nn.Module:
  """`nn.Linear(fan_in, features)` as Flax `DenseGeneral` (kernel [*in_axes, *features]).

  fan_in is the product of the contracted input axes.
  """
  init = fan_in_uniform(fan_in)
  return nn.DenseGeneral(features, axis=axis, use_bias=use_bias, dtype=dtype,
                         param_dtype=param_dtype, kernel_init=init, bias_init=init, name=name)


def conv(features: int, kernel_size: Sequence[int], in_features: int, *,
         strides: Sequence[int] | None = None, padding="SAME", dtype=jnp.float32,
         param_dtype=jnp.float32, name: str | None = None) -> nn.Module:
  """`nn.ConvNd(in_features, features, kernel_size)`: kernel [*kernel_size, in, out].

  A 3D kernel that spans one frame ([1, kh, kw], stride 1 and no padding along T) runs as a
  2D convolution of every frame (`FrameConv`); any other kernel is Flax's `nn.Conv`."""
  init = fan_in_uniform(in_features * int(np.prod(kernel_size)))
  if FrameConv.applies(kernel_size, strides, padding):
    return FrameConv(features, tuple(kernel_size), strides=tuple(strides or (1, 1, 1)),
                     padding=padding, dtype=dtype, param_dtype=param_dtype,
                     initializer=init, name=name)
  return nn.Conv(features, tuple(kernel_size), strides=strides, padding=padding, dtype=dtype,
                 param_dtype=param_dtype, kernel_init=init, bias_init=init, name=name)


def conv_transpose(features: int, kernel_size: Sequence[int], *, strides: Sequence[int],
                   padding, dtype=jnp.float32, param_dtype=jnp.float32,
                   name: str | None = None) -> nn.Module:
  """`nn.ConvTransposeNd(in, features, kernel_size)`.

  PyTorch computes a transposed convolution's fan_in from its weight [in, out, *k] as
  out x taps, so the bound uses `features`. The kernel is stored [*k, in, out] and applied as
  a convolution of the stride-dilated input (no kernel flip): converting PyTorch weights
  flips the spatial taps (see `convert`). A one-frame 3D kernel runs frame by frame
  (`FrameConv`), as in `conv`.
  """
  init = fan_in_uniform(features * int(np.prod(kernel_size)))
  if FrameConv.applies(kernel_size, strides, padding):
    return FrameConv(features, tuple(kernel_size), strides=tuple(strides), padding=padding,
                     transpose=True, dtype=dtype, param_dtype=param_dtype,
                     initializer=init, name=name)
  return nn.ConvTranspose(features, tuple(kernel_size), strides=tuple(strides),
                          padding=padding, dtype=dtype, param_dtype=param_dtype,
                          kernel_init=init, bias_init=init, name=name)


class FrameConv(nn.Module):
  """A 3D (transposed) convolution whose kernel spans one frame, run as a 2D one per frame.

  The same function, parameters (`kernel` [1, kh, kw, in, out], `bias` [out]) and initial
  values as Flax's `nn.Conv` / `nn.ConvTranspose` with that kernel (tests/torch_layers_test
  checks both), but the frames are folded into the batch: [B, T, H, W, C] -> [B*T, H, W, C].
  XLA's CPU backend runs 3D convolutions through a generic path (Eigen's volume patches):
  a (1, 3, 3) convolution's forward and backward took 2-3x the time of the same 2D one on
  this repo's CPU (docs/benchmarks.md). On GPUs cuDNN takes either form.

  Attributes:
    features: output channels.
    kernel_size: (1, kh, kw).
    strides: (1, sh, sw).
    padding: "SAME" / "VALID" or ((0, 0), (top, bottom), (left, right)); for the transposed
      convolution, the padding of the stride-dilated input (as `lax.conv_transpose`).
    transpose: a transposed convolution (`nn.ConvTranspose`, kernel not flipped).
    initializer: the kernel's and the bias's initializer.
  """

  features: int
  kernel_size: tuple[int, int, int]
  strides: tuple[int, int, int] = (1, 1, 1)
  padding: str | Sequence[tuple[int, int]] = "SAME"
  transpose: bool = False
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32
  initializer: Callable = nn.initializers.zeros

  @staticmethod
  def applies(kernel_size: Sequence[int], strides: Sequence[int] | None, padding) -> bool:
    """Whether a 3D convolution with these settings acts on each frame alone."""
    if len(kernel_size) != 3 or kernel_size[0] != 1 or (strides and strides[0] != 1):
      return False
    return isinstance(padding, str) or tuple(padding[0]) == (0, 0)

  @nn.compact
  def __call__(self, x: Array) -> Array:
    """x [B, T, H, W, C] -> [B, T, H', W', features] in `dtype`."""
    if not self.applies(self.kernel_size, self.strides, self.padding):
      raise ValueError(f"FrameConv needs a one-frame kernel (1, kh, kw), stride 1 and no "
                       f"padding along T; got kernel {self.kernel_size}, strides "
                       f"{self.strides}, padding {self.padding}. Use nn.Conv instead.")
    kernel = self.param("kernel", self.initializer,
                        (*self.kernel_size, x.shape[-1], self.features), self.param_dtype)
    bias = self.param("bias", self.initializer, (self.features,), self.param_dtype)
    x, kernel, bias = nn.dtypes.promote_dtype(x, kernel, bias, dtype=self.dtype)
    frames = x.reshape((-1, *x.shape[-3:]))  # [B*T, H, W, C]
    padding = self.padding if isinstance(self.padding, str) else tuple(
        tuple(pair) for pair in self.padding[1:])
    numbers = ("NHWC", "HWIO", "NHWC")
    if self.transpose:
      y = jax.lax.conv_transpose(frames, kernel[0], self.strides[1:], padding,
                                 dimension_numbers=numbers)
    else:
      y = jax.lax.conv_general_dilated(frames, kernel[0], self.strides[1:], padding,
                                       dimension_numbers=numbers)
    y = y + bias
    return y.reshape((*x.shape[:-3], *y.shape[1:]))  # [B, T, H', W', features]


@functools.partial(jax.custom_vjp, nondiff_argnums=(1, 2))
def normalize(x: Array, axes: tuple[int, ...], eps: float) -> Array:
  """(x - mean) / sqrt(var + eps) over `axes`, in x's dtype; statistics in float32.

  The backward keeps only x and the float32 statistics (shape of x reduced over `axes`) and
  recomputes the rest: with a bfloat16 x no float32 copy of x is kept for the backward pass.

  Args:
    x: any shape, float32 or bfloat16.
    axes: the axes to normalize over (non-negative).
    eps: added to the (biased) variance.
  """
  return _normalize_forward(x, axes, eps)[0]


def _stats(x: Array, axes: tuple[int, ...], eps: float) -> tuple[Array, Array]:
  x32 = x.astype(jnp.float32)
  mean = jnp.mean(x32, axis=axes, keepdims=True)
  var = jnp.mean(jnp.square(x32 - mean), axis=axes, keepdims=True)  # two-pass, as torch
  return mean, jax.lax.rsqrt(var + eps)


def _normalize_forward(x, axes, eps):
  mean, rstd = _stats(x, axes, eps)
  return ((x.astype(jnp.float32) - mean) * rstd).astype(x.dtype), (x, mean, rstd)


def _normalize_backward(axes, eps, residuals, g):
  del eps
  x, mean, rstd = residuals
  xhat = (x.astype(jnp.float32) - mean) * rstd
  g = g.astype(jnp.float32)
  mean_g = jnp.mean(g, axis=axes, keepdims=True)
  mean_gx = jnp.mean(g * xhat, axis=axes, keepdims=True)
  return (((g - mean_g - xhat * mean_gx) * rstd).astype(x.dtype),)


normalize.defvjp(_normalize_forward, _normalize_backward)


class GroupNorm(nn.Module):
  """`nn.GroupNorm(num_groups, C)` on [B, ..., C]: statistics per group over every axis but
  the batch (T, H, W and the group's channels), eps 1e-5; scale 1, bias 0.

  Parameters `scale`, `bias` [C] (as Flax's GroupNorm). Normalization in the compute dtype
  with float32 statistics (`normalize`).
  """

  num_groups: int
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    channels = x.shape[-1]
    if channels % self.num_groups:
      raise ValueError(f"GroupNorm: {channels} channels do not divide into "
                       f"{self.num_groups} groups.")
    grouped = x.astype(self.dtype).reshape(
        *x.shape[:-1], self.num_groups, channels // self.num_groups)  # [B, ..., G, C/G]
    axes = tuple(range(1, grouped.ndim - 2)) + (grouped.ndim - 1,)
    y = normalize(grouped, axes, EPS).reshape(x.shape)
    scale = self.param("scale", nn.initializers.ones, (channels,), self.param_dtype)
    bias = self.param("bias", nn.initializers.zeros, (channels,), self.param_dtype)
    return y * scale.astype(self.dtype) + bias.astype(self.dtype)


class ChannelLayerNorm(nn.Module):
  """The official `LayerNorm`: over the channel axis (last), learned scale only, eps 1e-5.

  Parameter `scale` [C] (as Flax's LayerNorm). Normalization in the compute dtype with
  float32 statistics (`normalize`).
  """

  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    y = normalize(x.astype(self.dtype), (x.ndim - 1,), EPS)
    scale = self.param("scale", nn.initializers.ones, (x.shape[-1],), self.param_dtype)
    return y * scale.astype(self.dtype)


def group_norm(num_groups: int, *, dtype=jnp.float32, param_dtype=jnp.float32,
               name: str | None = None) -> nn.Module:
  """`nn.GroupNorm(num_groups, C)`: statistics per group over (T, H, W, C/groups)."""
  return GroupNorm(num_groups, dtype=dtype, param_dtype=param_dtype, name=name)


def channel_layer_norm(*, dtype=jnp.float32, param_dtype=jnp.float32,
                       name: str | None = None) -> nn.Module:
  """The official `LayerNorm`: over the channel axis (last), learned scale only, eps 1e-5."""
  return ChannelLayerNorm(dtype=dtype, param_dtype=param_dtype, name=name)
