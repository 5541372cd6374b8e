"""GSS and BiGS temporal layers exactly as the official code's S4DLayer versions 17 and 21.

Ablation baselines for the paper's bi-S4D + MLP block (`temporal.TemporalSSM`): the gated
state-space blocks of Mehta et al. 2022 ("Long Range Language Modeling via Gated State
Spaces", GSS, causal) and Wang et al. 2022 ("Pretraining Without Attention", BiGS,
bidirectional), in the form the authors' code gives them. With u = LayerNorm(x) per pixel
sequence, u: [.., T, C], and W the gating width:

    v = GELU(Dense_W(u))                                   gate, [.., T, W]
    f = Dense_C(S4D_fwd(GELU(Dense_C(u))))                 forward SSM branch, [.., T, C]
    b = flip_T(Dense_C(S4D_bwd(GELU(Dense_C(flip_T(u))))))  BiGS only
    s = f * b (BiGS) or f (GSS)
    Block(u) = Dense_C(v * GELU(Dense_W(s)))
    y = x + Block(LayerNorm(x))

S4D is the plain layer K * u + D u (official `S4D(output_glu=False)`: no GELU, no GLU) at C
channels. Version 17 has W = 3C; version 21 ("_wide" here) has W = linear_dim, the width the
paper's block gives its MLP (`mlp_dim`). Every Dense has PyTorch's default initializer (see
`torch_layers`). The S4D convolutions run in float32 whatever `dtype` is.
"""

from typing import Literal

import flax.linen as nn
import jax
import jax.numpy as jnp

from ssm_vdm.models import pixel_sequences
from ssm_vdm.models import ssm
from ssm_vdm.models import torch_layers

Array = jax.Array
gelu = pixel_sequences.gelu


class TemporalGatedSSM(nn.Module):
  """GSS (unidirectional) or BiGS (bidirectional) over time, pre-norm, residual.

  Attributes:
    d_state: S4D state size of each direction (d_state // 2 complex modes per channel).
    mode: "fft" or "scan" for the S4D convolutions.
    kernel_length: 0 (paper) or the most S4D kernel taps used (`ssm.s4d_apply`).
    bidirectional: False is GSS (causal in T); True is BiGS (directions multiplied).
    gate_dim: W, width of the gate and of the mixing projection; None is 3C (version 17),
      an int is version 21's linear_dim.

  x: [B, T, H, W, C] -> [B, T, H, W, C]. Parameters: norm, gate_proj (fc_shortcut),
  ssm_in_fwd / ssm_fwd / ssm_out_fwd (fc1, s4d, fc2), for BiGS the same with _bwd (fc_rev1,
  s4d_rev, fc_rev2), mix_proj (fc3), out_proj (fc_out).
  """

  d_state: int = 512
  mode: Literal["fft", "scan"] = "fft"
  kernel_length: int = 0
  bidirectional: bool = False
  gate_dim: int | None = None
  dtype: jnp.dtype = jnp.float32
  param_dtype: jnp.dtype = jnp.float32

  @nn.compact
  def __call__(self, x: Array) -> Array:
    channels = x.shape[-1]
    width = 3 * channels if self.gate_dim is None else self.gate_dim
    dense = lambda features, fan_in, name: torch_layers.dense(
        features, fan_in, dtype=self.dtype, param_dtype=self.param_dtype, name=name)

    def branch(u: Array, direction: str) -> Array:
      """Dense_C(S4D(GELU(Dense_C(u)))): u [.., T, C] -> [.., T, C]."""
      u = gelu(dense(channels, channels, f"ssm_in_{direction}")(u))
      s = ssm.S4D(d_state=self.d_state, mode=self.mode, kernel_length=self.kernel_length,
                  param_dtype=self.param_dtype, name=f"ssm_{direction}")(u).astype(self.dtype)
      return dense(channels, channels, f"ssm_out_{direction}")(s)

    h = pixel_sequences.pre_norm(x, self.dtype, self.param_dtype)  # [B, H, W, T, C]
    gate = gelu(dense(width, channels, "gate_proj")(h))  # [B, H, W, T, W]
    s = branch(h, "fwd")  # [B, H, W, T, C]
    if self.bidirectional:
      s = s * pixel_sequences.reversed_in_time(lambda u: branch(u, "bwd"), h)
    mixed = gelu(dense(width, channels, "mix_proj")(s))  # [B, H, W, T, W]
    y = dense(channels, width, "out_proj")(gate * mixed)  # [B, H, W, T, C]
    return pixel_sequences.residual(x, y)  # [B, T, H, W, C]
