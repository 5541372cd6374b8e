"""Official temporal-layer weights -> our temporal layers' parameters.

The official code wraps every temporal layer as `Residual(PreNorm(C, EinopsToAndFrom(layer)))`,
so inside a state dict a layer at `prefix` owns `{prefix}fn.norm.gamma` (the LayerNorm) and
`{prefix}fn.fn.fn.*` (the layer itself: `S4DLayer` or `Attention`). Each function here reads
those entries through `take(name) -> np.ndarray`, which records what was used, and returns
the Flax parameter subtree of our layer of the same kind (see `temporal.TEMPORAL_LAYERS`).

PyTorch layouts: Linear weight [out, in] (ours: kernel [in, out]); Conv1d weight
[out, in / groups, k]; S4D `C` as `view_as_real`, [C, N/2, 2].
"""

from typing import Callable

import numpy as np

from ssm_vdm import official

Take = Callable[[str], np.ndarray]
Tree = dict


def linear(take: Take, name: str, bias: bool = True) -> Tree:
  """nn.Linear `name` -> {kernel [in, out], bias [out]}."""
  out = {"kernel": take(f"{name}.weight").T}
  if bias:
    out["bias"] = take(f"{name}.bias")
  return out


def pointwise_conv1d(take: Take, name: str) -> Tree:
  """nn.Conv1d(C, F, 1) `name` -> Dense {kernel [C, F], bias [F]}."""
  return {"kernel": take(f"{name}.weight")[:, :, 0].T, "bias": take(f"{name}.bias")}


def s4d_kernel_params(take: Take, name: str) -> Tree:
  """Official `S4D` module `name` (kernel + D) -> our `ssm.S4D` parameters."""
  c = take(f"{name}.kernel.C")  # [C, N/2, 2]
  return {
      "log_dt": take(f"{name}.kernel.log_dt"),
      "a_re_log": take(f"{name}.kernel.log_A_real"),
      "a_im": take(f"{name}.kernel.A_imag"),
      "c_re": c[..., 0],
      "c_im": c[..., 1],
      "d": take(f"{name}.D"),
  }


def s4d_block(take: Take, name: str) -> Tree:
  """Official S4D with its GELU + Conv1d(C, 2C, 1) + GLU output -> our `S4DBlock`."""
  return {"S4D_0": s4d_kernel_params(take, name),
          "out_proj": pointwise_conv1d(take, f"{name}.output_linear.0")}


def depthwise_causal_conv1d(take: Take, name: str) -> Tree:
  """nn.Conv1d(E, E, K, groups=E, padding=K-1), first L outputs -> our `mamba.CausalConv`.

  The official output is out[t] = b + sum_k w[:, 0, k] x[t + k - (K-1)] (cross-correlation
  with K-1 zeros on the left), which is ours with kernel[k] = w[:, 0, k]: [K, E], no flip.
  """
  return {"kernel": take(f"{name}.weight")[:, 0, :].T, "bias": take(f"{name}.bias")}


def layer_norm(take: Take, prefix: str) -> Tree:
  """The PreNorm's LayerNorm gamma [1, C, 1, 1, 1] -> {scale [C]}."""
  return {"scale": take(f"{prefix}fn.norm.gamma").reshape(-1)}


def _ssm(take: Take, prefix: str, *, bidirectional: bool, use_mlp: bool) -> Tree:
  """Versions 8 (S4D blocks summed + fc1 -> GELU -> fc2), 1 (no MLP) and 4 (S4D blocks
  concatenated + the MLP, fc1 taking 2C): the same names, fc1's shape differs."""
  inner = f"{prefix}fn.fn.fn."
  tree = {"norm": layer_norm(take, prefix), "ssm_fwd": s4d_block(take, f"{inner}s4d")}
  if bidirectional:
    tree["ssm_bwd"] = s4d_block(take, f"{inner}s4d_rev")
  if use_mlp:
    tree["mlp_in"] = linear(take, f"{inner}fc1")
    tree["mlp_out"] = linear(take, f"{inner}fc2")
  return tree


def attention_params(take: Take, prefix: str, num_heads: int) -> Tree:
  """Official temporal `Attention` (no biases) -> our `TemporalAttention`.

  Its rotary frequencies and the relative-position table are parameters the official code
  shares across layers; ours hold them once at the UNet level (see `convert`).
  """
  inner = f"{prefix}fn.fn.fn."
  qkv = take(f"{inner}to_qkv.weight")  # [3 h d, C], rows ordered (q|k|v, head, feature)
  out = take(f"{inner}to_out.weight")  # [C, h d]
  channels = qkv.shape[1]
  return {"norm": layer_norm(take, prefix),
          "qkv": {"kernel": qkv.T.reshape(channels, 3, num_heads, -1)},  # [C, 3, h, d]
          "out": {"kernel": out.T.reshape(num_heads, -1, out.shape[0])}}  # [h, d, C]


def _gated(take: Take, prefix: str, *, bidirectional: bool) -> Tree:
  """Versions 17 and 21 (GSS / BiGS; 21 only has wider fc_shortcut, fc3, fc_out)."""
  inner = f"{prefix}fn.fn.fn."
  tree = {"norm": layer_norm(take, prefix),
          "gate_proj": linear(take, f"{inner}fc_shortcut"),
          "ssm_in_fwd": linear(take, f"{inner}fc1"),
          "ssm_fwd": s4d_kernel_params(take, f"{inner}s4d"),
          "ssm_out_fwd": linear(take, f"{inner}fc2"),
          "mix_proj": linear(take, f"{inner}fc3"),
          "out_proj": linear(take, f"{inner}fc_out")}
  if bidirectional:
    tree["ssm_in_bwd"] = linear(take, f"{inner}fc_rev1")
    tree["ssm_bwd"] = s4d_kernel_params(take, f"{inner}s4d_rev")
    tree["ssm_out_bwd"] = linear(take, f"{inner}fc_rev2")
  return tree


def _s4d_mamba(take: Take, prefix: str, *, bidirectional: bool) -> Tree:
  """Version 19 (Mamba block with a time-invariant S4D) -> our `TemporalS4DMamba`."""
  inner = f"{prefix}fn.fn.fn."
  tree = {"norm": layer_norm(take, prefix),
          "in_proj": linear(take, f"{inner}fc_init"),
          "conv_fwd": depthwise_causal_conv1d(take, f"{inner}conv"),
          "ssm_fwd": s4d_kernel_params(take, f"{inner}s4d"),
          "out_proj": linear(take, f"{inner}fc_out")}
  if bidirectional:
    tree["conv_bwd"] = depthwise_causal_conv1d(take, f"{inner}conv_rev")
    tree["ssm_bwd"] = s4d_kernel_params(take, f"{inner}s4d_rev")
  return tree


# Our temporal layer name -> (official S4DLayer version, bidirectional).
OFFICIAL_VERSIONS = {
    "ssm": (8, True),
    "ssm_uni": (8, False),
    "ssm_no_mlp": (1, True),
    "ssm_concat": (4, True),
    "gss": (17, False),
    "bigs": (17, True),
    "gss_wide": (21, False),
    "bigs_wide": (21, True),
    "mamba": (19, False),
    "mamba_bi": (19, True),
}

_CONVERTERS = {
    "ssm": lambda take, prefix: _ssm(take, prefix, bidirectional=True, use_mlp=True),
    "ssm_uni": lambda take, prefix: _ssm(take, prefix, bidirectional=False, use_mlp=True),
    "ssm_no_mlp": lambda take, prefix: _ssm(take, prefix, bidirectional=True, use_mlp=False),
    "ssm_concat": lambda take, prefix: _ssm(take, prefix, bidirectional=True, use_mlp=True),
    "gss": lambda take, prefix: _gated(take, prefix, bidirectional=False),
    "bigs": lambda take, prefix: _gated(take, prefix, bidirectional=True),
    "gss_wide": lambda take, prefix: _gated(take, prefix, bidirectional=False),
    "bigs_wide": lambda take, prefix: _gated(take, prefix, bidirectional=True),
    "mamba": lambda take, prefix: _s4d_mamba(take, prefix, bidirectional=False),
    "mamba_bi": lambda take, prefix: _s4d_mamba(take, prefix, bidirectional=True),
}


def temporal_layer_params(take: Take, prefix: str, kind: str) -> Tree:
  """Parameters of our temporal layer `kind` from the official layer at `prefix`.

  Args:
    take: reads one official state-dict entry by name (and marks it used).
    prefix: the official wrapper's name with a trailing dot ("downs.0.3."), or "" for a
      lone `Residual(PreNorm(...))` layer.
    kind: our layer name; `OFFICIAL_VERSIONS` says which official version it is.
  """
  if kind not in _CONVERTERS:
    raise official.ConversionError(
        f"No official weights map to temporal layer {kind!r}; convertible: "
        f"{', '.join(sorted(_CONVERTERS))}.")
  return _CONVERTERS[kind](take, prefix)
