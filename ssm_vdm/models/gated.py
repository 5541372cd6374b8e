"""Gated state-space temporal layers from prior work, built on the S4D functions of `ssm`.

Both are ablation baselines for the paper's bi-S4D + MLP block (`temporal.TemporalSSM`). They
take and return video features x: [B, T, H, W, C], move time next to channels
([B, H, W, T, C], one sequence per pixel, weights shared over pixels) and are pre-LayerNorm
residual blocks, y = x + Block(LayerNorm(x)). The S4D convolutions run in float32 whatever
`dtype` is.

GSS (Mehta et al. 2022, "Long Range Language Modeling via Gated State Spaces"), causal:

    v = GELU(Dense_F(u))                       gating branch, [.., T, F]
    s = S4D(GELU(Dense_{C/4}(u)))              SSM branch at reduced width
    Block(u) = Dense_C(Dense_F(s) * v)

BiGS (Wang et al. 2022, "Pretraining Without Attention"), bidirectional:

    v = GELU(Dense_F(u))
    f = Dense_C(S4D_fwd(GELU(Dense_C(u))))
    b = flip_T(Dense_C(S4D_bwd(GELU(Dense_C(flip_T(u))))))
    Block(u) = Dense_C(GELU(Dense_F(f * b)) * v)

The directions are combined by an elementwise product (not a sum as in the paper's layer).
F, the gating width, is `mlp_dim`: the width the paper's block gives its MLP (512 at every
level), so the three blocks have hidden layers of the same size.
"""

from typing import Literal

import flax.linen as nn
import jax
import jax.numpy as jnp

from ssm_vdm.models import pixel_sequences
from ssm_vdm.models import ssm

Array = jax.Array


class TemporalGSS(nn.Module):
  """Gated State Space block over time, pre-norm, residual. Causal in T.

  Attributes:
    d_state: S4D state size (d_state // 2 complex modes per channel).
    mode: "fft" or "scan" for the S4D convolution.
    mlp_dim: F, width of the gating branch and of the SSM branch's up-projection.
    ssm_reduction: the SSM runs on C // ssm_reduction channels (4 in the GSS paper).

  x: [B, T, H, W, C] -> [B, T, H, W, C].
  """

  d_state: int = 512
  mode: Literal["fft", "scan"] = "fft"
  mlp_dim: int = 512
  ssm_reduction: int = 4
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    channels = x.shape[-1]
    dense = lambda features, name: nn.Dense(features, dtype=self.dtype,
                                            param_dtype=self.param_dtype, name=name)

    h = pixel_sequences.pre_norm(x, self.dtype, self.param_dtype)  # [B, H, W, T, C]
    v = pixel_sequences.gelu(dense(self.mlp_dim, "gate_proj")(h))  # [B, H, W, T, F]
    reduced = max(channels // self.ssm_reduction, 1)
    u = pixel_sequences.gelu(dense(reduced, "ssm_in")(h))  # [B, H, W, T, C/4]
    s = ssm.S4D(d_state=self.d_state, mode=self.mode, param_dtype=self.param_dtype,
                name="ssm")(u).astype(self.dtype)  # [B, H, W, T, C/4]
    s = dense(self.mlp_dim, "ssm_out")(s)  # [B, H, W, T, F]
    y = dense(channels, "out_proj")(s * v)  # [B, H, W, T, C]
    return pixel_sequences.residual(x, y)  # [B, T, H, W, C]


class TemporalBiGS(nn.Module):
  """Bidirectional Gated SSM block over time, pre-norm, residual.

  Attributes:
    d_state: S4D state size of each direction.
    mode: "fft" or "scan" for the S4D convolutions.
    mlp_dim: F, width of the gating branch (3-4x the model width in the BiGS paper).

  x: [B, T, H, W, C] -> [B, T, H, W, C].
  """

  d_state: int = 512
  mode: Literal["fft", "scan"] = "fft"
  mlp_dim: int = 512
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    channels = x.shape[-1]
    dense = lambda features, name: nn.Dense(features, dtype=self.dtype,
                                            param_dtype=self.param_dtype, name=name)

    def branch(u: Array, direction: str) -> Array:
      """GELU(Dense) -> S4D -> Dense, all at width C. u: [.., T, C] -> [.., T, C]."""
      u = pixel_sequences.gelu(dense(channels, f"ssm_in_{direction}")(u))
      s = ssm.S4D(d_state=self.d_state, mode=self.mode, param_dtype=self.param_dtype,
                  name=f"ssm_{direction}")(u).astype(self.dtype)
      return dense(channels, f"ssm_out_{direction}")(s)

    h = pixel_sequences.pre_norm(x, self.dtype, self.param_dtype)  # [B, H, W, T, C]
    v = pixel_sequences.gelu(dense(self.mlp_dim, "gate_proj")(h))  # [B, H, W, T, F]
    fwd = branch(h, "fwd")  # [B, H, W, T, C]
    bwd = pixel_sequences.reversed_in_time(lambda u: branch(u, "bwd"), h)  # [B, H, W, T, C]
    mixed = pixel_sequences.gelu(dense(self.mlp_dim, "mix_proj")(fwd * bwd))  # [B, H, W, T, F]
    y = dense(channels, "out_proj")(mixed * v)  # [B, H, W, T, C]
    return pixel_sequences.residual(x, y)  # [B, T, H, W, C]
