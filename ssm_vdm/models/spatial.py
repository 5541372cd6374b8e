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


def _attend_per_frame(x: Array, num_heads: int, head_dim: int, core: attention.Core,
                      out_bias: bool, dtype) -> Array:
  """x + self-attention of each frame's H*W positions: x [B, T, H, W, C] -> same.

  LayerNorm (submodule "norm") of x, then `attention.self_attention` (submodules "qkv",
  "out") over the positions N = H*W of every frame.
  """
  b, t, hgt, wid, c = x.shape
  h = torch_layers.channel_layer_norm(dtype=dtype, name="norm")(x)
  h = h.reshape(b, t, hgt * wid, c)  # [B, T, N, C]
  out = attention.self_attention(h, num_heads, head_dim, core=core, out_bias=out_bias,
                                 dtype=dtype)  # [B, T, N, C]
  return x + out.reshape(x.shape)


class SpatialLinearAttention(nn.Module):
  """Pre-norm linear attention over each frame's H*W positions, residual.

  x: [B, T, H, W, C] -> same. Cost is linear in H*W: softmax over each head's features for
  q and over positions for k (official `SpatialLinearAttention`, output projection with
  bias; see `attention.linear_attention`).
  """

  num_heads: int = 8
  head_dim: int = 32
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    return _attend_per_frame(x, self.num_heads, self.head_dim, attention.linear_attention,
                             True, self.dtype)


class SpatialAttention(nn.Module):
  """Pre-norm full softmax attention over each frame's H*W positions, residual.

  Projections without bias, as the official `Attention`. x: [B, T, H, W, C] -> same.
  """

  num_heads: int = 8
  head_dim: int = 32
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    return _attend_per_frame(x, self.num_heads, self.head_dim,
                             attention.dot_product_attention, False, self.dtype)
