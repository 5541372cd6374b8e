"""Dense, Conv and norm layers with the official PyTorch code's initializers and epsilons.

The authors' model is built from PyTorch's `nn.Linear`, `nn.Conv3d`, `nn.GroupNorm` and a
hand-written channel LayerNorm. Their default initializers set the loss at init (~1.23 at
every number of frames) and the early training dynamics, so ours are the same:

* Linear / Conv weight and bias ~ U(-1/sqrt(fan_in), 1/sqrt(fan_in)), fan_in = input
  features x kernel taps (PyTorch's kaiming_uniform(a=sqrt(5)) bound, and its bias bound).
* GroupNorm: scale 1, bias 0, eps 1e-5. LayerNorm over channels: scale 1, no bias, eps 1e-5.

Bias initializers need fan_in, which the bias shape alone does not give, so these factories
take it explicitly. The returned modules are plain Flax ones: parameter names are `kernel`,
`bias`, `scale`.
"""

from typing import Sequence

import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np

EPS = 1e-5  # PyTorch's GroupNorm/LayerNorm default, and the official LayerNorm's


def fan_in_uniform(fan_in: int):
  """Initializer U(-1/sqrt(fan_in), 1/sqrt(fan_in)), any shape."""
  bound = 1.0 / np.sqrt(max(int(fan_in), 1))

  def init(key, shape, dtype=jnp.float32):
    return jax.random.uniform(key, shape, dtype, -bound, bound)

  return init


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
  """`nn.ConvNd(in_features, features, kernel_size)`: kernel [*kernel_size, in, out]."""
  init = fan_in_uniform(in_features * int(np.prod(kernel_size)))
  return nn.Conv(features, tuple(kernel_size), strides=strides, padding=padding, dtype=dtype,
                 param_dtype=param_dtype, kernel_init=init, bias_init=init, name=name)


def conv_transpose(features: int, kernel_size: Sequence[int], *, strides: Sequence[int],
                   padding, dtype=jnp.float32, param_dtype=jnp.float32,
                   name: str | None = None) -> nn.Module:
  """`nn.ConvTransposeNd(in, features, kernel_size)`.

  PyTorch computes a transposed convolution's fan_in from its weight [in, out, *k] as
  out x taps, so the bound uses `features`. The kernel is stored [*k, in, out] and applied as
  a convolution of the stride-dilated input (no kernel flip): converting PyTorch weights
  flips the spatial taps (see `convert`).
  """
  init = fan_in_uniform(features * int(np.prod(kernel_size)))
  return nn.ConvTranspose(features, tuple(kernel_size), strides=tuple(strides),
                          padding=padding, dtype=dtype, param_dtype=param_dtype,
                          kernel_init=init, bias_init=init, name=name)


def group_norm(num_groups: int, *, dtype=jnp.float32, param_dtype=jnp.float32,
               name: str | None = None) -> nn.Module:
  """`nn.GroupNorm(num_groups, C)`: statistics per group over (T, H, W, C/groups)."""
  return nn.GroupNorm(num_groups, epsilon=EPS, use_fast_variance=False, dtype=dtype,
                      param_dtype=param_dtype, name=name)


def channel_layer_norm(*, dtype=jnp.float32, param_dtype=jnp.float32,
                       name: str | None = None) -> nn.Module:
  """The official `LayerNorm`: over the channel axis (last), learned scale only, eps 1e-5."""
  return nn.LayerNorm(epsilon=EPS, use_bias=False, use_fast_variance=False, dtype=dtype,
                      param_dtype=param_dtype, name=name)
