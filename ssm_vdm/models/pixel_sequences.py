"""Helpers shared by every temporal layer: each pixel's frames as one sequence.

Temporal layers move time next to the channel axis ([B, H, W, T, C]) so that sequence ops
acting on [..., L, C] see each pixel as an independent sequence; no reshape to
[B*H*W, T, C] is needed because every op broadcasts over the leading axes.

Every temporal layer is a pre-norm residual block over these sequences:

    h = pre_norm(x, dtype, param_dtype)      # [B, H, W, T, C], LayerNorm named "norm"
    return residual(x, block(h))             # x + block(h), back in [B, T, H, W, C]
"""

from typing import Callable

import chex
import flax.linen as nn
import jax
import jax.numpy as jnp

from ssm_vdm.models import torch_layers

Array = jax.Array


def to_sequences(x: Array) -> Array:
  """[B, T, H, W, C] -> [B, H, W, T, C]: one sequence per pixel."""
  return jnp.moveaxis(x, 1, 3)


def from_sequences(x: Array) -> Array:
  """[B, H, W, T, C] -> [B, T, H, W, C]."""
  return jnp.moveaxis(x, 3, 1)


def gelu(x: Array) -> Array:
  """Exact (erf) GELU, as in the reference implementation."""
  return nn.gelu(x, approximate=False)


def pre_norm(x: Array, dtype, param_dtype) -> Array:
  """[B, T, H, W, C] -> LayerNorm(C) of each pixel's sequence, [B, H, W, T, C].

  The official code's LayerNorm: over channels, learned scale only, eps 1e-5. Call from a
  compact method: the LayerNorm becomes the calling module's submodule "norm".
  """
  chex.assert_rank(x, 5)
  return torch_layers.channel_layer_norm(dtype=dtype, param_dtype=param_dtype,
                                         name="norm")(to_sequences(x))


def residual(x: Array, y: Array) -> Array:
  """x: [B, T, H, W, C] plus the block output y: [B, H, W, T, C], in x's dtype."""
  out = x + from_sequences(y).astype(x.dtype)
  chex.assert_equal_shape([out, x])
  return out


def reversed_in_time(fn: Callable[[Array], Array], h: Array) -> Array:
  """fn run on the time-reversed sequences, output flipped back. h: [..., T, C]."""
  return jnp.flip(fn(jnp.flip(h, axis=-2)), axis=-2)
