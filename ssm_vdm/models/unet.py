"""Factorized space-time 3D UNet (the authors' `Unet3D`) with pluggable temporal layers.

Layout for width multipliers (m_0 .. m_{K-1}) and base width D:

    time MLP:       sinusoidal(D) -> Dense(E) -> GELU -> Dense(E),  E = time_dim_mult * D
    init conv (1,7,7) -> temporal layer -> [skip r]
    K down levels:  ResBlock, ResBlock, spatial linear attention, temporal layer, [skip],
                    strided (1,4,4)/(1,2,2) conv (all levels but the last)
    middle:         ResBlock, full spatial attention, temporal layer, ResBlock
    K up levels:    concat skip, ResBlock, ResBlock, spatial linear attention, temporal layer,
                    transposed (1,4,4)/(1,2,2) conv (all levels but the last); up level i
                    runs at the width of down level i-1 (D for i = 0)
    concat r -> ResBlock without time conditioning -> 1x1x1 conv

Every ResBlock but the last is scaled/shifted by the time embedding. Temporal layers:
1 + K + 1 + K (10 for four levels). Nothing resamples time, so any T works, and a model
trained at one T runs at another (the SSM kernel, the attention bias and the rotary angles
are computed for the input's T). Spatial sizes must divide by 2**(K-1).

Shared parameters, as in the official code: `time_rel_pos_bias` [32, attn heads], the
relative-position table of every temporal attention layer (N(0, 1) init; the official model
holds it whatever the temporal layer, so the SSM model carries it unused), and, with
temporal attention, `rotary_freqs` [min(32, attn head_dim) / 2], fixed (never trained, as
rotary-embedding-torch's non-learned frequencies).
"""

import functools
from typing import Any, Callable, Mapping, Sequence

import chex
import flax
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import attention
from ssm_vdm.models import remat as remat_lib
from ssm_vdm.models import spatial
from ssm_vdm.models import temporal as temporal_lib
from ssm_vdm.models import torch_layers

Array = jax.Array

REMAT = ("none", "temporal", "blocks")  # what the backward pass recomputes, see UNet.remat
REL_POS_BUCKETS = 32  # official RelativePositionBias(num_buckets=32, max_distance=32)
REL_POS_MAX_DISTANCE = 32
MAX_ROTARY_DIM = 32  # official RotaryEmbedding(min(32, attn_dim_head))


def sinusoidal_embedding(t: Array, dim: int) -> Array:
  """Transformer sinusoidal embedding of (possibly fractional) timesteps. t: [B] -> [B, dim]."""
  half = dim // 2
  freqs = jnp.exp(-np.log(10000.0) * jnp.arange(half, dtype=jnp.float32) / max(half - 1, 1))
  args = t.astype(jnp.float32)[:, None] * freqs[None, :]  # [B, half]
  return jnp.concatenate([jnp.sin(args), jnp.cos(args)], axis=-1)


def spatial_factor(width_mults: Sequence[int]) -> int:
  """How much the UNet downsamples H and W: 2**(levels - 1). Inputs must divide by it."""
  return 2 ** (len(width_mults) - 1)


def smallest_input(width_mults: Sequence[int], channels: int):
  """Abstract (x [1, 1, s, s, C], t [1]) of the smallest input the UNet accepts,
  s = 2**(levels - 1). Parameters depend on neither T nor H, W: initialize on this."""
  size = spatial_factor(width_mults)
  return (jax.ShapeDtypeStruct((1, 1, size, size, channels), jnp.float32),
          jax.ShapeDtypeStruct((1,), jnp.float32))


class UNet(nn.Module):
  """Noise predictor eps(x_t, t) for videos.

  Attributes:
    base_width: D, channels at the first level (64 in the paper).
    width_mults: per-level multipliers of D ((1, 2, 4, 8) in the paper).
    time_dim_mult: width of the time embedding in units of D (32 in the authors' code).
    num_groups: GroupNorm groups (8).
    temporal: temporal layer name, see `temporal.TEMPORAL_LAYERS`.
    ssm: the S4D temporal layers, {d_state (512), mode ("fft" | "scan"), mlp_dim (512),
      kernel_length (optional; 0, the paper, or the most kernel taps: `ssm.s4d_apply`)}.
    attn: the temporal attention baseline, {heads (8), head_dim (64)}.
    spatial: spatial attention, {heads (8), head_dim (32)}.
    out_channels: output channels; defaults to the input's.
    remat: what the backward pass recomputes instead of keeping: "none"; "temporal" (the
      internals of every temporal layer: its [.., T, C] sequences, spectra and MLP
      activations); "blocks" (every ResBlock, spatial attention and temporal layer keeps
      only its input). Same function, same parameters; less memory, more compute.
    chunks: temporal layers and spatial attention run over up to this many groups (of
      pixels, of frames) in sequence (see `_run_grouped`): their peak memory shrinks by that
      factor. Same function.
    dtype: compute dtype or its name (parameters stay float32; SSM math stays float32).
    self_condition: beyond the paper, self-conditioning (Chen et al. 2022, "Analog Bits"):
      the call takes a previous estimate of x0, x_self [B, T, H, W, C] (None = zeros, as
      in training without it), through its own (1, 7, 7) convolution `self_cond_conv`
      added to `init_conv`'s output. It starts at zero, so a model given it computes
      what it did without it until training moves it. `diffusion.loss` and the samplers
      feed it (their `self_condition`).

  Built from a config as `UNet(**config.model, out_channels=config.data.channels)`.

  Call: x [B, T, H, W, C] float, t [B] timesteps (, x_self) -> eps [B, T, H, W,
  out_channels].
  """

  base_width: int = 64
  width_mults: Sequence[int] = (1, 2, 4, 8)
  time_dim_mult: int = 32
  num_groups: int = 8
  temporal: str = "ssm"
  ssm: Mapping[str, Any] = flax.core.FrozenDict(d_state=512, mode="fft", mlp_dim=512)
  attn: Mapping[str, Any] = flax.core.FrozenDict(heads=8, head_dim=64)
  spatial: Mapping[str, Any] = flax.core.FrozenDict(heads=8, head_dim=32)
  out_channels: int | None = None
  remat: str = "none"
  chunks: int = 1
  dtype: Any = jnp.float32
  self_condition: bool = False

  @property
  def _dtype(self) -> jnp.dtype:
    return jnp.dtype(self.dtype)  # the config gives a name ("bfloat16")

  def _temporal_context(self, length: int) -> tuple[Array, ...]:
    """Extra arguments of every temporal layer: (bias, rotary_freqs) for attention."""
    table = self.param("time_rel_pos_bias", nn.initializers.normal(1.0),
                       (REL_POS_BUCKETS, self.attn["heads"]), jnp.float32)
    if self.temporal != "attention":
      return ()
    rotary_dim = min(MAX_ROTARY_DIM, self.attn["head_dim"])
    freqs = self.param("rotary_freqs",
                       lambda key, shape: jnp.asarray(attention.rotary_frequencies(rotary_dim)),
                       (rotary_dim // 2,))
    return (attention.relative_position_bias(table, length, REL_POS_MAX_DISTANCE),
            jax.lax.stop_gradient(freqs))

  def _run(self, make: Callable[..., nn.Module], name: str, remat: bool, *args) -> Array:
    """make(name=..., [parent=None]) -> module; runs it on args as child `name`.

    Initialization always creates the child directly, so parameters do not depend on remat.
    """
    if remat and not self.is_initializing():
      return remat_lib.apply_rematerialized(self, make(name=None, parent=None), name, *args)
    return make(name=name)(*args)

  def _run_grouped(self, make: Callable[..., nn.Module], name: str, remat: bool,
                   by: str, h: Array, *context: Array) -> Array:
    """A per-pixel (temporal) or per-frame (spatial attention) layer on h [B, T, H, W, C],
    over groups of pixels or frames one after another.

    Such a layer treats every pixel's sequence (or every frame) independently, so they split
    into n groups (n the largest divisor of their number up to `chunks`) that run through
    `lax.map`: the layer's internals exist for one group at a time, and with remat the
    backward pass recomputes them one group at a time too. Same function, same parameters.
    """
    b, t, hgt, wid, c = h.shape
    count = hgt * wid if by == "pixels" else b * t
    n = max(d for d in range(1, min(self.chunks, count) + 1) if count % d == 0)
    if n == 1 or self.is_initializing():
      return self._run(make, name, remat, h, *context)
    module = make(name=None, parent=None)
    params = self.param(name, lambda rng: module.init(rng, h, *context)["params"])
    if by == "pixels":  # each group is a [B, T, P/n, 1, C] "video" of P/n pixels
      groups = jnp.moveaxis(h.reshape(b, t, n, hgt * wid // n, 1, c), 2, 0)
    else:  # each group is a [B*T/n, 1, H, W, C] batch of single frames
      groups = h.reshape(n, b * t // n, 1, hgt, wid, c)
    run = lambda p, group, *ctx: module.apply({"params": p}, group, *ctx)
    if remat:
      run = remat_lib.recompute_in_backward(run)
    out = jax.lax.map(lambda group: run(params, group, *context), groups)
    if by == "pixels":
      return jnp.moveaxis(out, 0, 2).reshape(h.shape)
    return out.reshape(h.shape)

  @property
  def _block_remat(self) -> bool:
    """Whether ResBlocks and spatial attention keep only their inputs (remat "blocks")."""
    return self.remat == "blocks"

  @property
  def _temporal_remat(self) -> bool:
    """Whether temporal layers recompute their internals (remat "temporal" or "blocks")."""
    return self.remat in ("temporal", "blocks")

  def _check_input(self, x: Array, t: Array) -> None:
    """Raises ValueError for an unknown remat or a frame size the levels cannot halve."""
    chex.assert_rank(x, 5)
    chex.assert_shape(t, (x.shape[0],))
    if self.remat not in REMAT:
      raise ValueError(f"Unknown remat {self.remat!r}; use one of {', '.join(REMAT)}.")
    height, width = x.shape[2:4]
    factor = spatial_factor(self.width_mults)
    if height % factor or width % factor:
      raise ValueError(
          f"Frame size {height}x{width} must divide by {factor} (the UNet halves it "
          f"{len(self.width_mults) - 1} times for width_mults={tuple(self.width_mults)}); "
          "resize the data or use fewer levels.")

  def _res_block(self, features: int, name: str, h: Array, temb: Array | None) -> Array:
    """spatial.ResBlock `name` to `features` channels, scaled/shifted by temb [B, E] unless
    None. h: [B, T, H, W, C] -> [B, T, H, W, features]."""
    make = functools.partial(spatial.ResBlock, features, self.num_groups, self._dtype)
    return self._run(make, name, self._block_remat, h, temb)

  def _spatial_attention(self, layer: Callable[..., nn.Module], name: str, h: Array) -> Array:
    """Spatial attention `layer` (linear or full) `name`, frame by frame. h: [B, T, H, W, C]."""
    make = functools.partial(layer, self.spatial["heads"], self.spatial["head_dim"],
                             self._dtype)
    return self._run_grouped(make, name, self._block_remat, "frames", h)

  def _temporal_layer(self, name: str, h: Array, context: tuple[Array, ...]) -> Array:
    """The temporal layer `name` over every pixel's sequence. h: [B, T, H, W, C]; context
    from `_temporal_context`."""
    make = functools.partial(
        temporal_lib.create_temporal_layer, self.temporal, d_state=self.ssm["d_state"],
        ssm_mode=self.ssm["mode"], ssm_kernel_length=self.ssm.get("kernel_length", 0),
        mlp_dim=self.ssm["mlp_dim"], num_heads=self.attn["heads"],
        head_dim=self.attn["head_dim"], dtype=self._dtype)
    return self._run_grouped(make, name, self._temporal_remat, "pixels", h, *context)

  def _time_embedding(self, t: Array) -> Array:
    """Time MLP: t [B] -> sinusoidal [B, D] -> Dense -> GELU -> Dense -> [B, E]."""
    dim = self.base_width
    time_dim = self.time_dim_mult * dim
    temb = sinusoidal_embedding(t, dim)  # [B, D]
    temb = torch_layers.dense(time_dim, dim, dtype=self._dtype, name="time_mlp_0")(temb)
    return torch_layers.dense(time_dim, time_dim, dtype=self._dtype, name="time_mlp_1")(
        temporal_lib.gelu(temb))  # [B, E]

  def _level_widths(self) -> list[int]:
    """[D, D * m_0, ..., D * m_{K-1}]: down level i runs at entry i + 1, up level i at i."""
    return [self.base_width] + [self.base_width * m for m in self.width_mults]

  def _down_path(self, h: Array, temb: Array,
                 context: tuple[Array, ...]) -> tuple[Array, list[Array]]:
    """The K down levels. h: [B, T, H, W, D] -> ([B, T, H', W', D * m_{K-1}], the K skips
    [B, T, h_i, w_i, D * m_i]); H' = H / 2**(K-1)."""
    dims = self._level_widths()
    num_levels = len(self.width_mults)
    skips = []
    for i in range(num_levels):
      f = dims[i + 1]
      h = self._res_block(f, f"down{i}_res0", h, temb)
      h = self._res_block(f, f"down{i}_res1", h, temb)
      h = self._spatial_attention(spatial.SpatialLinearAttention, f"down{i}_attn", h)
      h = self._temporal_layer(f"down{i}_temporal", h, context)
      skips.append(h)
      if i < num_levels - 1:
        h = torch_layers.conv(f, (1, 4, 4), f, strides=(1, 2, 2),
                              padding=((0, 0), (1, 1), (1, 1)), dtype=self._dtype,
                              name=f"down{i}_resample")(h)  # [B, T, H/2, W/2, f]
    return h, skips

  def _middle(self, h: Array, temb: Array, context: tuple[Array, ...]) -> Array:
    """ResBlock, full spatial attention, temporal layer, ResBlock. h: [B, T, H', W', C]."""
    mid = self._level_widths()[-1]
    h = self._res_block(mid, "mid_res0", h, temb)
    h = self._spatial_attention(spatial.SpatialAttention, "mid_attn", h)
    h = self._temporal_layer("mid_temporal", h, context)
    return self._res_block(mid, "mid_res1", h, temb)

  def _up_path(self, h: Array, skips: list[Array], temb: Array,
               context: tuple[Array, ...]) -> Array:
    """The K up levels, each first concatenating its down level's skip (consumed from the
    end of `skips`). h: [B, T, H', W', D * m_{K-1}] -> [B, T, H, W, D]."""
    dims = self._level_widths()
    skips = list(skips)
    # Up level i works at the width of the level below it (dims[i]), as in the official code.
    for i in reversed(range(len(self.width_mults))):
      f = dims[i]
      h = jnp.concatenate([h, skips.pop()], axis=-1)  # [B, T, h, w, 2 * dims[i+1]]
      h = self._res_block(f, f"up{i}_res0", h, temb)
      h = self._res_block(f, f"up{i}_res1", h, temb)
      h = self._spatial_attention(spatial.SpatialLinearAttention, f"up{i}_attn", h)
      h = self._temporal_layer(f"up{i}_temporal", h, context)
      if i > 0:
        # PyTorch ConvTranspose3d((1,4,4), stride (1,2,2), padding (0,1,1)): the dilated input
        # padded by k - 1 - p = 2 on each side doubles H and W.
        h = torch_layers.conv_transpose(f, (1, 4, 4), strides=(1, 2, 2),
                                        padding=((0, 0), (2, 2), (2, 2)), dtype=self._dtype,
                                        name=f"up{i}_resample")(h)  # [B, T, 2h, 2w, f]
    return h

  @nn.compact
  def __call__(self, x: Array, t: Array, x_self: Array | None = None) -> Array:
    """x [B, T, H, W, C], t [B] (, x_self [B, T, H, W, C] with self_condition) -> eps
    [B, T, H, W, out_channels] float32.

    The helpers it calls create their submodules under explicit names (init_conv,
    time_mlp_{0,1}, down{i}_*, mid_*, up{i}_*, final_res, final_conv): the parameter tree is
    the same as if they were written here.
    """
    self._check_input(x, t)
    channels = x.shape[-1]
    out_channels = self.out_channels or channels
    dim = self.base_width
    context = self._temporal_context(x.shape[1])
    temb = self._time_embedding(t)  # [B, E]
    h = torch_layers.conv(dim, (1, 7, 7), channels, padding=((0, 0), (3, 3), (3, 3)),
                          dtype=self._dtype, name="init_conv")(x.astype(self._dtype))  # [B,T,H,W,D]
    if self.self_condition:
      x_self = jnp.zeros_like(x) if x_self is None else x_self
      chex.assert_equal_shape((x_self, x))
      h = h + torch_layers.FrameConv(dim, (1, 7, 7), padding=((0, 0), (3, 3), (3, 3)),
                                     dtype=self._dtype, name="self_cond_conv")(
                                         x_self.astype(self._dtype))  # zero at init
    elif x_self is not None:
      raise ValueError("x_self (a previous x0 estimate) is only taken by a UNet with "
                       "self_condition=True (config.model.self_condition).")
    h = self._temporal_layer("init_temporal", h, context)
    r = h
    h, skips = self._down_path(h, temb, context)
    h = self._middle(h, temb, context)
    h = self._up_path(h, skips, temb, context)
    h = jnp.concatenate([h, r], axis=-1)  # [B, T, H, W, 2D]
    h = self._res_block(dim, "final_res", h, None)
    out = torch_layers.conv(out_channels, (1, 1, 1), dim, dtype=self._dtype,
                            name="final_conv")(h)
    chex.assert_shape(out, (*x.shape[:4], out_channels))
    return out.astype(jnp.float32)
