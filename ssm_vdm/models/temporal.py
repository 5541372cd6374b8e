"""Temporal layers: every pixel's sequence over time, weights shared across pixels.

All layers take and return video features x: [B, T, H, W, C] and run along each pixel's
sequence of frames (see `pixel_sequences`).

`TemporalSSM` is the paper's block:

    y = x + MLP(BiSSM(LayerNorm(x)))
    BiSSM(u) = S4DBlock_fwd(u) + flip_T(S4DBlock_bwd(flip_T(u)))
    S4DBlock(u) = GLU(Dense_{C->2C}(GELU(S4D(u))))
    MLP = Dense(mlp_dim) -> GELU -> Dense(C)

with switches for the paper's ablations (unidirectional, no MLP, concatenation instead of
sum). `TemporalAttention` is the baseline: multi-head self-attention over time with rotary
embedding and a learned T5-style relative position bias, both shared by the whole UNet.
"""

import functools
from typing import Literal

import flax.linen as nn
import jax
import jax.numpy as jnp

from ssm_vdm.models import attention
from ssm_vdm.models import gated
from ssm_vdm.models import mamba
from ssm_vdm.models import pixel_sequences
from ssm_vdm.models import ssm
from ssm_vdm.models import torch_layers

Array = jax.Array
gelu = pixel_sequences.gelu


class S4DBlock(nn.Module):
  """S4D -> GELU -> Dense(C -> 2C) -> GLU. u: [..., L, C] -> [..., L, C]."""

  d_state: int = 512
  mode: Literal["fft", "scan"] = "fft"
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32
  kernel_length: int = 0

  @nn.compact
  def __call__(self, u: Array) -> Array:
    channels = u.shape[-1]
    y = ssm.S4D(d_state=self.d_state, mode=self.mode, kernel_length=self.kernel_length,
                param_dtype=self.param_dtype)(u)
    y = gelu(y).astype(self.dtype)
    y = torch_layers.dense(2 * channels, channels, dtype=self.dtype,
                           param_dtype=self.param_dtype, name="out_proj")(y)  # [..., L, 2C]
    return nn.glu(y, axis=-1)  # [..., L, C]


class TemporalSSM(nn.Module):
  """The paper's temporal SSM layer (bi-S4D + MLP), with ablation switches.

  Attributes:
    d_state: S4D state size (d_state // 2 complex modes per channel).
    mode: "fft" or "scan" for the S4D convolution.
    mlp_dim: hidden width of the MLP (512 at every level in the paper).
    bidirectional: False gives the unidirectional (causal, forward-only) ablation.
    use_mlp: False gives the "no MLP" ablation.
    combine: "sum" (paper, official version 8) or "concat" (official version 4: the two
      directions concatenated, [.., T, 2C], straight into the MLP, whose first Dense then
      takes 2C inputs; needs the MLP).
    kernel_length: 0 (paper) or the most S4D kernel taps used (`ssm.s4d_apply`).

  x: [B, T, H, W, C] -> [B, T, H, W, C].
  """

  d_state: int = 512
  mode: Literal["fft", "scan"] = "fft"
  kernel_length: int = 0
  mlp_dim: int = 512
  bidirectional: bool = True
  use_mlp: bool = True
  combine: Literal["sum", "concat"] = "sum"
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    channels = x.shape[-1]
    block = lambda name: S4DBlock(self.d_state, self.mode, self.dtype, self.param_dtype,
                                  self.kernel_length, name=name)
    dense = lambda features, fan_in, name: torch_layers.dense(
        features, fan_in, dtype=self.dtype, param_dtype=self.param_dtype, name=name)

    if self.combine not in ("sum", "concat"):
      raise ValueError(f"Unknown combine {self.combine!r}: use 'sum' or 'concat'.")
    if self.combine == "concat" and self.bidirectional and not self.use_mlp:
      raise ValueError("combine='concat' needs the MLP to bring 2C channels back to C.")

    h = pixel_sequences.pre_norm(x, self.dtype, self.param_dtype)  # [B, H, W, T, C]
    y = block("ssm_fwd")(h)
    if self.bidirectional:
      y_bwd = pixel_sequences.reversed_in_time(block("ssm_bwd"), h)
      if self.combine == "sum":
        y = y + y_bwd
      else:
        y = jnp.concatenate([y, y_bwd], axis=-1)  # [B, H, W, T, 2C]
    if self.use_mlp:
      hidden = gelu(dense(self.mlp_dim, y.shape[-1], "mlp_in")(y))  # [B, H, W, T, mlp_dim]
      y = dense(channels, self.mlp_dim, "mlp_out")(hidden)  # [B, H, W, T, C]
    return pixel_sequences.residual(x, y)


class TemporalAttention(nn.Module):
  """Pre-norm multi-head self-attention over time, residual (the official `Attention`).

  Projections without bias. Position enters through the UNet's shared parameters (one table
  and one set of frequencies for all temporal attention layers, as in the official code):
  `bias` [h, T, T] from the relative-position table, and rotary embedding of q and k with
  `rotary_freqs` [R] on the first 2R features of each head. Either may be None (off). The
  attention itself is `attention.self_attention` with `attention.dot_product_attention`.

  x: [B, T, H, W, C] -> [B, T, H, W, C]. Memory is O(T^2) per pixel and head.
  """

  num_heads: int = 8
  head_dim: int = 64
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array, bias: Array | None = None,
               rotary_freqs: Array | None = None) -> Array:
    h = pixel_sequences.pre_norm(x, self.dtype, self.param_dtype)  # [B, H, W, T, C]
    core = functools.partial(attention.dot_product_attention, bias=bias,
                             rotary_freqs=rotary_freqs)
    out = attention.self_attention(h, self.num_heads, self.head_dim, core=core,
                                   dtype=self.dtype, param_dtype=self.param_dtype)  # [B,H,W,T,C]
    return pixel_sequences.residual(x, out)


TEMPORAL_LAYERS = ("ssm", "ssm_uni", "ssm_no_mlp", "ssm_concat", "gss", "bigs", "gss_wide",
                   "bigs_wide", "mamba", "mamba_bi", "selective_mamba", "selective_mamba_bi",
                   "attention")


def create_temporal_layer(kind: str, *, d_state: int, ssm_mode: str, mlp_dim: int,
                          num_heads: int, head_dim: int, dtype, name: str | None,
                          ssm_kernel_length: int = 0, **module_kwargs) -> nn.Module:
  """Builds the temporal layer named `kind` (see TEMPORAL_LAYERS).

  Every S4D-based layer (ssm*, gss*, bigs*, mamba, mamba_bi) uses d_state, ssm_mode and
  ssm_kernel_length (0: the paper's full-length kernel; see `ssm.s4d_apply`);
  mlp_dim is the MLP width of ssm, ssm_uni, ssm_concat and the gating width of gss_wide and
  bigs_wide (gss and bigs gate at 3C). selective_mamba and selective_mamba_bi keep Mamba's
  own state size (16): their scan stores every state, see `mamba`.

  module_kwargs go to the module's constructor (e.g. parent=None for an unbound layer).
  """
  s4d_kwargs = dict(d_state=d_state, mode=ssm_mode, kernel_length=ssm_kernel_length,
                    dtype=dtype, name=name)
  ssm_kwargs = dict(mlp_dim=mlp_dim, **s4d_kwargs)
  layers = {
      "ssm": (TemporalSSM, ssm_kwargs),
      "ssm_uni": (TemporalSSM, dict(bidirectional=False, **ssm_kwargs)),
      "ssm_no_mlp": (TemporalSSM, dict(use_mlp=False, **ssm_kwargs)),
      "ssm_concat": (TemporalSSM, dict(combine="concat", **ssm_kwargs)),
      "mamba": (mamba.TemporalS4DMamba, dict(bidirectional=False, **s4d_kwargs)),
      "mamba_bi": (mamba.TemporalS4DMamba, dict(bidirectional=True, **s4d_kwargs)),
      "selective_mamba": (mamba.TemporalSelectiveMamba,
                          dict(bidirectional=False, dtype=dtype, name=name)),
      "selective_mamba_bi": (mamba.TemporalSelectiveMamba,
                             dict(bidirectional=True, dtype=dtype, name=name)),
      "attention": (TemporalAttention,
                    dict(num_heads=num_heads, head_dim=head_dim, dtype=dtype, name=name)),
  }
  for gss in ("gss", "bigs", "gss_wide", "bigs_wide"):
    layers[gss] = (gated.TemporalGatedSSM, dict(
        bidirectional=gss.startswith("bigs"),
        gate_dim=mlp_dim if gss.endswith("_wide") else None, **s4d_kwargs))
  if kind not in layers:
    raise ValueError(
        f"Unknown temporal layer {kind!r}; choose one of {', '.join(TEMPORAL_LAYERS)}.")
  cls, kwargs = layers[kind]
  return cls(**kwargs, **module_kwargs)
