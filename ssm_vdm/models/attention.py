"""The attention shared by the spatial and temporal layers, as pure functions.

Every attention layer of the UNet is the official `Attention` / `SpatialLinearAttention`
pattern on a normalized sequence h [..., L, C] (L = a frame's H*W positions, or a pixel's T
frames):

    q, k, v = h W_qkv                      (bias-free; submodule "qkv", kernel [C, 3, h, d])
    o = core(q, k, v)                      (per head; q, k, v, o: [..., L, h, d])
    y = o W_out (+ b_out)                  (submodule "out", kernel [h, d, C])

`self_attention` is that pattern, one implementation for all three layers; they differ only
in the core and in where L comes from:

* `dot_product_attention`: softmax(q k^T / sqrt(d) + bias) v, rotary embedding optional (full
  spatial attention, temporal attention). Logits and softmax in float32.
* `linear_attention`: the official efficient attention (spatial linear attention).

Position encodings of the temporal layers:

* `relative_position_bucket` / `relative_position_bias`: T5's bucketing of key-minus-query
  offsets, as in the official `RelativePositionBias` (32 buckets, max distance 32, one table
  shared by every temporal attention layer of the UNet).
* `rotary_frequencies` / `apply_rotary`: rotary position embedding as in
  rotary-embedding-torch (which the official code uses): the first 2 x len(freqs) features
  of each head rotate in interleaved pairs (x[2i], x[2i+1]) by angle position x freqs[i].

`jax.nn.dot_product_attention` is not used: it scales the logits after q k^T (the authors
scale q, then rotate it), takes only [B, L, h, d], and computes bfloat16 logits with float32
accumulation (ours are rounded to bfloat16 first); each would change the model's numbers.
"""

from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import torch_layers

Array = jax.Array
Core = Callable[[Array, Array, Array], Array]


def dot_product_attention(q: Array, k: Array, v: Array, bias: Array | None = None,
                          rotary_freqs: Array | None = None) -> Array:
  """softmax(rot(q / sqrt(d)) rot(k)^T + bias) v per head, in the authors' order.

  Args:
    q: [..., Lq, h, d]; k, v: [..., Lk, h, d].
    bias: broadcastable to [..., h, Lq, Lk], or None.
    rotary_freqs: [R] (2R <= d): q (after scaling) and k rotated by position, or None.

  Returns:
    [..., Lq, h, d] in v's dtype; logits and softmax in float32.
  """
  q = q * q.shape[-1] ** -0.5
  if rotary_freqs is not None:
    q, k = apply_rotary(q, rotary_freqs), apply_rotary(k, rotary_freqs)
  logits = jnp.einsum("...qhd,...khd->...hqk", q, k).astype(jnp.float32)  # [..., h, Lq, Lk]
  if bias is not None:
    logits = logits + bias.astype(jnp.float32)
  weights = jax.nn.softmax(logits, axis=-1).astype(v.dtype)
  return jnp.einsum("...hqk,...khd->...qhd", weights, v)


def linear_attention(q: Array, k: Array, v: Array) -> Array:
  """The official linear attention: (softmax_d(q) / sqrt(d)) (softmax_L(k)^T v) per head.

  q is normalized over each head's features, k over positions; the cost is linear in L.
  q, k, v: [..., L, h, d] -> [..., L, h, d], in the compute dtype (softmax too).
  """
  q = jax.nn.softmax(q, axis=-1) * q.shape[-1] ** -0.5
  k = jax.nn.softmax(k, axis=-3)  # over positions L
  context = jnp.einsum("...nhd,...nhe->...hde", k, v)  # [..., h, d, d]
  return jnp.einsum("...hde,...nhd->...nhe", context, q)  # [..., L, h, d]


def self_attention(h: Array, num_heads: int, head_dim: int, *,
                   core: Core = dot_product_attention, out_bias: bool = False,
                   dtype=jnp.float32, param_dtype=jnp.float32) -> Array:
  """Multi-head self-attention of h [..., L, C] along L -> [..., L, C] (no residual).

  Call from a compact method: the projections become the calling module's submodules
  "qkv" (bias-free, kernel [C, 3, num_heads, head_dim]) and "out" (kernel
  [num_heads, head_dim, C], bias [C] if out_bias). `core` maps q, k, v [..., L, h, d] to
  the heads' outputs [..., L, h, d] (bind bias / rotary_freqs with functools.partial).
  """
  channels = h.shape[-1]
  qkv = torch_layers.dense((3, num_heads, head_dim), channels, use_bias=False, dtype=dtype,
                           param_dtype=param_dtype, name="qkv")(h)  # [..., L, 3, h, d]
  out = core(qkv[..., 0, :, :], qkv[..., 1, :, :], qkv[..., 2, :, :])  # [..., L, h, d]
  return torch_layers.dense(channels, num_heads * head_dim, axis=(-2, -1), use_bias=out_bias,
                            dtype=dtype, param_dtype=param_dtype, name="out")(out)


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
