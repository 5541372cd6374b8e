"""Per-frame (spatial) blocks of the UNet: ResBlock, linear and full spatial attention.

All take video features x: [B, T, H, W, C] and act on each frame separately, except
GroupNorm, whose statistics span the whole clip (T, H, W and the group's channels), as in
the official code's `nn.GroupNorm` on [B, C, F, H, W]. Initializers and epsilons are
PyTorch's (see `torch_layers`).
"""

import flax.linen as nn
import jax
import jax.numpy as jnp

from ssm_vdm.models import attention
from ssm_vdm.models import torch_layers

Array = jax.Array


class ResBlock(nn.Module):
  """Official `ResnetBlock`: two (1,3,3) conv -> GroupNorm -> SiLU blocks, residual.

  The first block is scaled and shifted by Dense(SiLU(temb)) when a time embedding is given
  (the UNet's last ResBlock has none). x: [B, T, H, W, C_in], temb: [B, E] or None
  -> [B, T, H, W, features].
  """

  features: int
  num_groups: int = 8
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array, temb: Array | None) -> Array:
    conv = lambda fan_in, name: torch_layers.conv(
        self.features, (1, 3, 3), fan_in, padding=((0, 0), (1, 1), (1, 1)), dtype=self.dtype,
        name=name)
    norm = lambda name: torch_layers.group_norm(self.num_groups, dtype=self.dtype, name=name)

    h = norm("norm1")(conv(x.shape[-1], "conv1")(x))
    if temb is not None:
      scale_shift = torch_layers.dense(2 * self.features, temb.shape[-1], dtype=self.dtype,
                                       name="time_proj")(nn.silu(temb))  # [B, 2F]
      scale, shift = jnp.split(scale_shift[:, None, None, None, :], 2, axis=-1)  # [B,1,1,1,F]
      h = h * (scale + 1.0) + shift
    h = nn.silu(h)
    h = nn.silu(norm("norm2")(conv(self.features, "conv2")(h)))
    skip = x if x.shape[-1] == self.features else torch_layers.dense(
        self.features, x.shape[-1], dtype=self.dtype, name="skip_proj")(x)
    return h + skip


def _norm_qkv(x: Array, num_heads: int, head_dim: int, dtype) -> tuple[Array, Array, Array]:
  """LayerNorm (submodule "norm") and bias-free projection (submodule "qkv") of each frame's
  positions: x [B, T, H, W, C] -> q, k, v, each [B, T, H*W, h, d]."""
  b, t, hgt, wid, c = x.shape
  h = torch_layers.channel_layer_norm(dtype=dtype, name="norm")(x)
  h = h.reshape(b, t, hgt * wid, c)  # [B, T, N, C]
  qkv = torch_layers.dense((3, num_heads, head_dim), c, use_bias=False, dtype=dtype,
                           name="qkv")(h)  # [B, T, N, 3, h, d]
  return qkv[..., 0, :, :], qkv[..., 1, :, :], qkv[..., 2, :, :]


def _out_residual(x: Array, out: Array, use_bias: bool, dtype) -> Array:
  """x + Dense (submodule "out") of the heads' outputs out [B, T, N, h, d]; [B, T, H, W, C]."""
  heads, head_dim = out.shape[-2:]
  out = torch_layers.dense(x.shape[-1], heads * head_dim, axis=(-2, -1), use_bias=use_bias,
                           dtype=dtype, name="out")(out)  # [B, T, N, C]
  return x + out.reshape(x.shape)


class SpatialLinearAttention(nn.Module):
  """Pre-norm linear attention over each frame's H*W positions, residual.

  x: [B, T, H, W, C] -> same. Cost is linear in H*W: softmax over each head's features for
  q and over positions for k (official `SpatialLinearAttention`, output projection with
  bias).
  """

  num_heads: int = 8
  head_dim: int = 32
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    q, k, v = _norm_qkv(x, self.num_heads, self.head_dim, self.dtype)  # [B, T, N, h, d]
    q = jax.nn.softmax(q, axis=-1) * self.head_dim ** -0.5
    k = jax.nn.softmax(k, axis=-3)  # over positions N
    context = jnp.einsum("...nhd,...nhe->...hde", k, v)  # [B, T, h, d, d]
    out = jnp.einsum("...hde,...nhd->...nhe", context, q)  # [B, T, N, h, d]
    return _out_residual(x, out, True, self.dtype)


class SpatialAttention(nn.Module):
  """Pre-norm full softmax attention over each frame's H*W positions, residual.

  Projections without bias, as the official `Attention`. x: [B, T, H, W, C] -> same.
  """

  num_heads: int = 8
  head_dim: int = 32
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    q, k, v = _norm_qkv(x, self.num_heads, self.head_dim, self.dtype)  # [B, T, N, h, d]
    out = attention.softmax_attention(q * self.head_dim ** -0.5, k, v)  # [B, T, N, h, d]
    return _out_residual(x, out, False, self.dtype)
