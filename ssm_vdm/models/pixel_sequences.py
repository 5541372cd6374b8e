"""Helpers shared by every temporal layer: each pixel's frames as one sequence.

Temporal layers move time next to the channel axis ([B, H, W, T, C]) so that sequence ops
acting on [..., L, C] see each pixel as an independent sequence; no reshape to
[B*H*W, T, C] is needed because every op broadcasts over the leading axes.
"""

import flax.linen as nn
import jax
import jax.numpy as jnp

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
