"""Attention pieces shared by the spatial and temporal layers, as pure functions.

* `softmax_attention`: multi-head softmax attention over any leading axes, with an optional
  additive bias (the one place attention weights are computed).
* `relative_position_bucket`: T5's bucketing of key-minus-query offsets, as in the official
  `RelativePositionBias` (32 buckets, max distance 32, one table shared by every temporal
  attention layer of the UNet).
* `rotary_frequencies` / `apply_rotary`: rotary position embedding as in
  rotary-embedding-torch (which the official code uses): the first 2 x len(freqs) features
  of each head rotate in interleaved pairs (x[2i], x[2i+1]) by angle position x freqs[i].
"""

import jax
import jax.numpy as jnp
import numpy as np

Array = jax.Array


def softmax_attention(q: Array, k: Array, v: Array, bias: Array | None = None) -> Array:
  """softmax(q k^T + bias) v per head; q is used as given (scale it first).

  Args:
    q: [..., Lq, h, d]; k, v: [..., Lk, h, d].
    bias: broadcastable to [..., h, Lq, Lk], or None.

  Returns:
    [..., Lq, h, d] in v's dtype; logits and softmax in float32.
  """
  logits = jnp.einsum("...qhd,...khd->...hqk", q, k).astype(jnp.float32)  # [..., h, Lq, Lk]
  if bias is not None:
    logits = logits + bias.astype(jnp.float32)
  weights = jax.nn.softmax(logits, axis=-1).astype(v.dtype)
  return jnp.einsum("...hqk,...khd->...qhd", weights, v)


def relative_position_bucket(relative_position: np.ndarray, num_buckets: int = 32,
                             max_distance: int = 32) -> np.ndarray:
  """T5's bidirectional bucketing of key-minus-query offsets (numpy; static in T).

  Half the buckets are for keys after the query. In each half, offsets below
  num_buckets // 4 get their own bucket and larger ones share logarithmically wider
  buckets up to max_distance (the official `_relative_position_bucket`).
  """
  half = num_buckets // 2
  bucket = (relative_position > 0).astype(np.int32) * half
  n = np.abs(relative_position)
  max_exact = half // 2
  log_ratio = np.log(np.maximum(n, 1) / max_exact) / np.log(max_distance / max_exact)
  large = max_exact + (log_ratio * (half - max_exact)).astype(np.int32)
  large = np.minimum(large, half - 1)
  return bucket + np.where(n < max_exact, n, large)


def relative_position_bias(table: Array, length: int, max_distance: int = 32) -> Array:
  """Bias [h, T, T] from a bucket table [num_buckets, h]: bias[:, i, j] for query i, key j."""
  positions = np.arange(length)
  buckets = relative_position_bucket(positions[None, :] - positions[:, None], table.shape[0],
                                     max_distance)  # [T, T]
  return jnp.transpose(table[buckets], (2, 0, 1))  # [h, T, T]


def rotary_frequencies(rotary_dim: int, theta: float = 10000.0) -> np.ndarray:
  """The `lang` frequencies 1 / theta^(2i / rotary_dim), i < rotary_dim / 2. [rotary_dim/2]."""
  return 1.0 / theta ** (np.arange(0, rotary_dim, 2)[: rotary_dim // 2] / rotary_dim)


def apply_rotary(x: Array, freqs: Array) -> Array:
  """Rotates the first 2 * len(freqs) features of x by position along axis -3.

  Args:
    x: [..., L, h, d] queries or keys (position = index along L).
    freqs: [R] frequencies, 2R <= d.

  Returns:
    x with pairs (x[2i], x[2i+1]) -> (x[2i] cos - x[2i+1] sin, x[2i+1] cos + x[2i] sin),
    angle = position * freqs[i]; features from 2R on unchanged.
  """
  length, rot = x.shape[-3], 2 * freqs.shape[0]
  angles = jnp.arange(length, dtype=jnp.float32)[:, None] * freqs.astype(jnp.float32)  # [L, R]
  angles = jnp.repeat(angles, 2, axis=-1)[:, None, :]  # [L, 1, 2R]
  head, tail = x[..., :rot], x[..., rot:]
  pairs = head.reshape(*head.shape[:-1], rot // 2, 2)  # [..., L, h, R, 2]
  rotated_half = jnp.stack([-pairs[..., 1], pairs[..., 0]], axis=-1).reshape(head.shape)
  out = head * jnp.cos(angles) + rotated_half * jnp.sin(angles)
  return jnp.concatenate([out.astype(x.dtype), tail], axis=-1)
