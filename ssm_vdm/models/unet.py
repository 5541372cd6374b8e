"""Factorized space-time 3D UNet (VDM / lucidrains Unet3D style) with pluggable temporal layers.

Layout for width multipliers (m_0 .. m_{K-1}) and base width D:

    init conv (1,7,7) -> temporal layer -> [skip r]
    K down levels:  ResBlock, ResBlock, spatial linear attention, temporal layer, [skip],
                    strided (1,4,4)/(1,2,2) conv (all levels but the last)
    middle:         ResBlock, full spatial attention, temporal layer, ResBlock
    K up levels:    concat skip, ResBlock, ResBlock, spatial linear attention, temporal layer,
                    transposed (1,4,4)/(1,2,2) conv (all levels but the last); up level i
                    runs at the width of down level i-1 (D for i = 0)
    concat r -> ResBlock -> 1x1x1 conv

Temporal layers: 1 + K + 1 + K (10 for four levels). Nothing ever resamples time, so any T
works, and a model trained at one T runs at another (the SSM kernel and the attention bias
are computed for the input's T). Spatial sizes must divide by 2**(K-1).
"""

from typing import Sequence

import chex
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import temporal as temporal_lib

Array = jax.Array


def sinusoidal_embedding(t: Array, dim: int) -> Array:
  """Transformer sinusoidal embedding of (possibly fractional) timesteps. t: [B] -> [B, dim]."""
  half = dim // 2
  freqs = jnp.exp(-np.log(10000.0) * jnp.arange(half, dtype=jnp.float32) / max(half - 1, 1))
  args = t.astype(jnp.float32)[:, None] * freqs[None, :]  # [B, half]
  return jnp.concatenate([jnp.sin(args), jnp.cos(args)], axis=-1)


class ResBlock(nn.Module):
  """Two (1,3,3) conv -> GroupNorm -> SiLU blocks, time scale/shift on the first; residual.

  x: [B, T, H, W, C_in], temb: [B, E] -> [B, T, H, W, features].
  """

  features: int
  num_groups: int = 8
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array, temb: Array) -> Array:
    conv = lambda name: nn.Conv(self.features, (1, 3, 3), padding=((0, 0), (1, 1), (1, 1)),
                                dtype=self.dtype, name=name)
    norm = lambda name: nn.GroupNorm(self.num_groups, dtype=self.dtype, name=name)
    scale_shift = nn.Dense(2 * self.features, dtype=self.dtype, name="time_proj")(
        nn.silu(temb))  # [B, 2F]
    scale, shift = jnp.split(scale_shift[:, None, None, None, :], 2, axis=-1)  # [B,1,1,1,F]

    h = norm("norm1")(conv("conv1")(x))
    h = nn.silu(h * (scale + 1.0) + shift)
    h = nn.silu(norm("norm2")(conv("conv2")(h)))
    skip = x if x.shape[-1] == self.features else nn.Dense(
        self.features, dtype=self.dtype, name="skip_proj")(x)
    return h + skip


class SpatialLinearAttention(nn.Module):
  """Pre-norm linear attention over each frame's H*W positions, residual.

  x: [B, T, H, W, C] -> same. Cost is linear in H*W (softmax over features for q and over
  positions for k, as in lucidrains' SpatialLinearAttention).
  """

  num_heads: int = 8
  head_dim: int = 32
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    b, t, hgt, wid, c = x.shape
    h = nn.LayerNorm(dtype=self.dtype, name="norm")(x).reshape(b, t, hgt * wid, c)  # [B,T,N,C]
    qkv = nn.DenseGeneral((3, self.num_heads, self.head_dim), use_bias=False,
                          dtype=self.dtype, name="qkv")(h)  # [B, T, N, 3, h, d]
    q = jax.nn.softmax(qkv[..., 0, :, :], axis=-1) * self.head_dim ** -0.5
    k = jax.nn.softmax(qkv[..., 1, :, :], axis=-3)  # over positions N
    v = qkv[..., 2, :, :]
    context = jnp.einsum("...nhd,...nhe->...hde", k, v)  # [B, T, h, d, d]
    out = jnp.einsum("...hde,...nhd->...nhe", context, q)  # [B, T, N, h, d]
    out = nn.DenseGeneral(c, axis=(-2, -1), dtype=self.dtype, name="out")(out)  # [B, T, N, C]
    return x + out.reshape(x.shape)


class SpatialAttention(nn.Module):
  """Pre-norm full softmax attention over each frame's H*W positions, residual."""

  num_heads: int = 8
  head_dim: int = 32
  dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    b, t, hgt, wid, c = x.shape
    h = nn.LayerNorm(dtype=self.dtype, name="norm")(x).reshape(b, t, hgt * wid, c)  # [B,T,N,C]
    qkv = nn.DenseGeneral((3, self.num_heads, self.head_dim), use_bias=False,
                          dtype=self.dtype, name="qkv")(h)  # [B, T, N, 3, h, d]
    q, k, v = qkv[..., 0, :, :], qkv[..., 1, :, :], qkv[..., 2, :, :]
    logits = jnp.einsum("...qhd,...khd->...hqk", q * self.head_dim ** -0.5, k)
    weights = jax.nn.softmax(logits.astype(jnp.float32), axis=-1).astype(self.dtype)
    out = jnp.einsum("...hqk,...khd->...qhd", weights, v)  # [B, T, N, h, d]
    out = nn.DenseGeneral(c, axis=(-2, -1), dtype=self.dtype, name="out")(out)  # [B, T, N, C]
    return x + out.reshape(x.shape)


class UNet(nn.Module):
  """Noise predictor eps(x_t, t) for videos.

  Attributes:
    base_width: D, channels at the first level (64 in the paper).
    width_mults: per-level multipliers of D ((1, 2, 4, 8) in the paper).
    num_groups: GroupNorm groups (8).
    temporal: temporal layer name, see `temporal.TEMPORAL_LAYERS`.
    ssm_d_state, ssm_mode, ssm_mlp_dim: temporal SSM settings.
    attn_heads, attn_head_dim: temporal attention baseline (8 x 64).
    spatial_heads, spatial_head_dim: spatial attention (8 x 32).
    out_channels: output channels; defaults to the input's.
    dtype: compute dtype (parameters stay float32; SSM math stays float32).

  Call: x [B, T, H, W, C] float, t [B] timesteps -> eps [B, T, H, W, out_channels].
  """

  base_width: int = 64
  width_mults: Sequence[int] = (1, 2, 4, 8)
  num_groups: int = 8
  temporal: str = "ssm"
  ssm_d_state: int = 512
  ssm_mode: str = "fft"
  ssm_mlp_dim: int = 512
  attn_heads: int = 8
  attn_head_dim: int = 64
  spatial_heads: int = 8
  spatial_head_dim: int = 32
  out_channels: int | None = None
  dtype: jnp.dtype = jnp.float32

  def _temporal(self, name: str) -> nn.Module:
    return temporal_lib.create_temporal_layer(
        self.temporal, d_state=self.ssm_d_state, ssm_mode=self.ssm_mode,
        mlp_dim=self.ssm_mlp_dim, num_heads=self.attn_heads, head_dim=self.attn_head_dim,
        dtype=self.dtype, name=name)

  @nn.compact
  def __call__(self, x: Array, t: Array) -> Array:
    chex.assert_rank(x, 5)
    batch, _, height, width, channels = x.shape
    chex.assert_shape(t, (batch,))
    factor = 2 ** (len(self.width_mults) - 1)
    if height % factor or width % factor:
      raise ValueError(
          f"Frame size {height}x{width} must divide by {factor} (the UNet halves it "
          f"{len(self.width_mults) - 1} times for width_mults={tuple(self.width_mults)}); "
          "resize the data or use fewer levels.")
    dim = self.base_width
    res = lambda f, name: ResBlock(f, self.num_groups, self.dtype, name=name)
    lin_attn = lambda name: SpatialLinearAttention(
        self.spatial_heads, self.spatial_head_dim, self.dtype, name=name)

    temb = sinusoidal_embedding(t, dim)  # [B, D]
    temb = nn.Dense(4 * dim, dtype=self.dtype, name="time_mlp_0")(temb)
    temb = nn.Dense(4 * dim, dtype=self.dtype, name="time_mlp_1")(
        temporal_lib.gelu(temb))  # [B, 4D]

    h = nn.Conv(dim, (1, 7, 7), padding=((0, 0), (3, 3), (3, 3)), dtype=self.dtype,
                name="init_conv")(x.astype(self.dtype))  # [B, T, H, W, D]
    h = self._temporal("init_temporal")(h)
    r = h
    skips = []
    num_levels = len(self.width_mults)
    for i, mult in enumerate(self.width_mults):
      f = dim * mult
      h = res(f, f"down{i}_res0")(h, temb)
      h = res(f, f"down{i}_res1")(h, temb)
      h = lin_attn(f"down{i}_attn")(h)
      h = self._temporal(f"down{i}_temporal")(h)
      skips.append(h)
      if i < num_levels - 1:
        h = nn.Conv(f, (1, 4, 4), strides=(1, 2, 2), padding=((0, 0), (1, 1), (1, 1)),
                    dtype=self.dtype, name=f"down{i}_resample")(h)  # [B, T, H/2, W/2, f]

    mid = dim * self.width_mults[-1]
    h = res(mid, "mid_res0")(h, temb)
    h = SpatialAttention(self.spatial_heads, self.spatial_head_dim, self.dtype,
                         name="mid_attn")(h)
    h = self._temporal("mid_temporal")(h)
    h = res(mid, "mid_res1")(h, temb)

    # Up level i works at the width of the level below it (dims[i]), as in lucidrains' Unet3D.
    dims = [dim] + [dim * m for m in self.width_mults]
    for i in reversed(range(num_levels)):
      f = dims[i]
      h = jnp.concatenate([h, skips.pop()], axis=-1)  # [B, T, h, w, 2 * dims[i+1]]
      h = res(f, f"up{i}_res0")(h, temb)
      h = res(f, f"up{i}_res1")(h, temb)
      h = lin_attn(f"up{i}_attn")(h)
      h = self._temporal(f"up{i}_temporal")(h)
      if i > 0:
        h = nn.ConvTranspose(f, (1, 4, 4), strides=(1, 2, 2), padding="SAME",
                             dtype=self.dtype, name=f"up{i}_resample")(h)  # [B,T,2h,2w,f]

    h = jnp.concatenate([h, r], axis=-1)  # [B, T, H, W, 2D]
    h = res(dim, "final_res")(h, temb)
    out = nn.Conv(self.out_channels or channels, (1, 1, 1), dtype=self.dtype,
                  name="final_conv")(h)
    chex.assert_shape(out, (batch, *x.shape[1:4], self.out_channels or channels))
    return out.astype(jnp.float32)
