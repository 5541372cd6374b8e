"""The authors' PyTorch weights -> our UNet and its parameters.

    model, variables = convert.from_official(state_dict, dim=64, dim_mults=(1, 2, 4, 8),
                                             temporal_arch="bi-s4d", s4d_version=8)
    eps = model.apply(variables, x, t)          # x: [B, T, H, W, C], ours

`state_dict` maps the official `Unet3D` parameter names (a `state_dict()` with its tensors as
numpy arrays) to arrays; the keyword arguments are the official constructor's. Every official
entry must be used and every parameter of ours set, or `ConversionError` names what is left.
An official training checkpoint becomes one of ours (for `--mode=sample`, `--mode=eval` or
further training) with

    python -m ssm_vdm.convert --checkpoint=model-92.pt --config=configs/ucf101.py --workdir=DIR

(see `convert_checkpoint`; reading `.pt` needs torch: `pip install -e '.[convert]'`).
"""

from typing import Any, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm import convert_temporal
from ssm_vdm import official
from ssm_vdm.models import unet as unet_lib

ConversionError = official.ConversionError
Take = convert_temporal.Take
Tree = dict

SPATIAL_HEAD_DIM = 32  # the official SpatialLinearAttention / mid Attention default dim_head
TIME_DIM_MULT = 32  # the official time_dim = dim * 32


def temporal_kind(temporal_arch: str, s4d_version: int | None) -> str:
  """Official `temporal_arch` (+ `s4d_version`) -> our temporal layer name."""
  if temporal_arch == "attn":
    return "attention"
  if temporal_arch in ("s4d", "bi-s4d"):
    wanted = (s4d_version, temporal_arch == "bi-s4d")
    for kind, version in convert_temporal.OFFICIAL_VERSIONS.items():
      if version == wanted:
        return kind
    known = ", ".join(f"{'bi-s4d' if b else 's4d'} v{v}"
                      for v, b in sorted(convert_temporal.OFFICIAL_VERSIONS.values()))
    raise ConversionError(f"temporal_arch={temporal_arch!r} with s4d_version={s4d_version} "
                          f"has no counterpart here; convertible: attn, {known}.")
  raise ConversionError(f"temporal_arch={temporal_arch!r} has no counterpart here; use 'attn', "
                        "'s4d' or 'bi-s4d'.")


def create_model(*, dim: int, dim_mults: Sequence[int] = (1, 2, 4, 8), channels: int = 3,
                 attn_heads: int = 8, attn_dim_head: int = 64, temporal_arch: str = "attn",
                 s4d_version: int | None = None, s4d_hidden_dim: int | None = None,
                 s4d_linear_dim: int | None = None, resnet_groups: int = 8,
                 out_dim: int | None = None, **unsupported: Any) -> unet_lib.UNet:
  """Our UNet computing the official `Unet3D(**kwargs)` (same defaults).

  The official unconditional model only: `cond_dim`, text conditioning, other kernel sizes
  and time-MLP depths are refused.
  """
  defaults = dict(init_dim=None, init_kernel_size=7, use_sparse_linear_attn=True,
                  block_type="resnet", timeemb_linears=2, cond_dim=None,
                  use_bert_text_cond=False)
  odd = {k: v for k, v in unsupported.items() if k not in defaults or v != defaults[k]}
  if odd:
    raise ConversionError(f"Unsupported official Unet3D arguments {odd}; only the paper's "
                          f"unconditional model converts (defaults: {defaults}).")
  hidden = attn_heads * attn_dim_head  # the official default for s4d_hidden/linear_dim
  return unet_lib.UNet(
      base_width=dim, width_mults=tuple(dim_mults), time_dim_mult=TIME_DIM_MULT,
      num_groups=resnet_groups, temporal=temporal_kind(temporal_arch, s4d_version),
      ssm=dict(d_state=s4d_hidden_dim or hidden, mode="fft", mlp_dim=s4d_linear_dim or hidden),
      attn=dict(heads=attn_heads, head_dim=attn_dim_head),
      spatial=dict(heads=attn_heads, head_dim=SPATIAL_HEAD_DIM), out_channels=out_dim or channels)


# ----------------------------------------------------------------------------- blocks


def conv3d(take: Take, name: str) -> Tree:
  """nn.Conv3d weight [out, in, kt, kh, kw] -> kernel [kt, kh, kw, in, out]."""
  return {"kernel": np.transpose(take(f"{name}.weight"), (2, 3, 4, 1, 0)),
          "bias": take(f"{name}.bias")}


def conv_transpose3d(take: Take, name: str) -> Tree:
  """nn.ConvTranspose3d weight [in, out, kt, kh, kw] -> our kernel [kt, kh, kw, in, out].

  Ours convolves the stride-dilated input without flipping the kernel, PyTorch's transposed
  convolution is the flipped one: flip every spatial axis.
  """
  w = take(f"{name}.weight")[:, :, ::-1, ::-1, ::-1]
  return {"kernel": np.ascontiguousarray(np.transpose(w, (2, 3, 4, 0, 1))),
          "bias": take(f"{name}.bias")}


def group_norm(take: Take, name: str) -> Tree:
  return {"scale": take(f"{name}.weight"), "bias": take(f"{name}.bias")}


def res_block(take: Take, name: str, sd: official.StateDict) -> Tree:
  """Official `ResnetBlock` -> `spatial.ResBlock` (time projection and 1x1x1 skip if held)."""
  tree = {"conv1": conv3d(take, f"{name}.block1.proj"),
          "norm1": group_norm(take, f"{name}.block1.norm"),
          "conv2": conv3d(take, f"{name}.block2.proj"),
          "norm2": group_norm(take, f"{name}.block2.norm")}
  if sd.has(f"{name}.mlp.1.weight"):
    tree["time_proj"] = convert_temporal.linear(take, f"{name}.mlp.1")
  if sd.has(f"{name}.res_conv.weight"):
    w = take(f"{name}.res_conv.weight")[:, :, 0, 0, 0]  # [out, in]
    tree["skip_proj"] = {"kernel": w.T, "bias": take(f"{name}.res_conv.bias")}
  return tree


def linear_attention(take: Take, prefix: str, num_heads: int) -> Tree:
  """Residual(PreNorm(SpatialLinearAttention)) at `prefix` (1x1 Conv2d projections)."""
  qkv = take(f"{prefix}fn.fn.to_qkv.weight")[:, :, 0, 0]  # [3 h d, C]
  out = take(f"{prefix}fn.fn.to_out.weight")[:, :, 0, 0]  # [C, h d]
  return {"norm": convert_temporal.layer_norm(take, prefix),
          "qkv": {"kernel": qkv.T.reshape(qkv.shape[1], 3, num_heads, -1)},
          "out": {"kernel": out.T.reshape(num_heads, -1, out.shape[0]),
                  "bias": take(f"{prefix}fn.fn.to_out.bias")}}


# ----------------------------------------------------------------------------- the UNet


def _unet_params(sd: official.StateDict, model: unet_lib.UNet) -> Tree:
  take, heads, kind = sd.take, model.attn["heads"], model.temporal
  temporal = lambda prefix: (
      convert_temporal.attention_params(take, prefix, heads) if kind == "attention"
      else convert_temporal.temporal_layer_params(take, prefix, kind))
  p = {"time_rel_pos_bias": take("time_rel_pos_bias.relative_attention_bias.weight"),
       "time_mlp_0": convert_temporal.linear(take, "time_mlp.1"),
       "time_mlp_1": convert_temporal.linear(take, "time_mlp.3"),
       "init_conv": conv3d(take, "init_conv"),
       "init_temporal": temporal("init_temporal_layer.")}
  levels = len(model.width_mults)
  for i in range(levels):
    p[f"down{i}_res0"] = res_block(take, f"downs.{i}.0", sd)
    p[f"down{i}_res1"] = res_block(take, f"downs.{i}.1", sd)
    p[f"down{i}_attn"] = linear_attention(take, f"downs.{i}.2.", heads)
    p[f"down{i}_temporal"] = temporal(f"downs.{i}.3.")
    if i < levels - 1:
      p[f"down{i}_resample"] = conv3d(take, f"downs.{i}.4")
  p["mid_res0"] = res_block(take, "mid_block1", sd)
  # The mid full attention is the official `Attention` too (no biases, no rotary).
  p["mid_attn"] = convert_temporal.attention_params(take, "mid_spatial_attn.", heads)
  p["mid_temporal"] = temporal("mid_temporal_layer.")
  p["mid_res1"] = res_block(take, "mid_block2", sd)
  for j in range(levels):  # official ups[j] is our up level levels - 1 - j
    i = levels - 1 - j
    p[f"up{i}_res0"] = res_block(take, f"ups.{j}.0", sd)
    p[f"up{i}_res1"] = res_block(take, f"ups.{j}.1", sd)
    p[f"up{i}_attn"] = linear_attention(take, f"ups.{j}.2.", heads)
    p[f"up{i}_temporal"] = temporal(f"ups.{j}.3.")
    if i > 0:
      p[f"up{i}_resample"] = conv_transpose3d(take, f"ups.{j}.4")
  p["final_res"] = res_block(take, "final_conv.0", sd)
  p["final_conv"] = conv3d(take, "final_conv.1")
  if kind == "attention":
    p["rotary_freqs"] = _shared_rotary_freqs(sd)
  return p


def _shared_rotary_freqs(sd: official.StateDict) -> np.ndarray:
  """The one RotaryEmbedding the official code registers under every temporal layer."""
  names = [n for n in sd.unused() if n.endswith(".rotary_emb.freqs")]
  if not names:
    raise ConversionError("The official attention model has no rotary_emb.freqs entries.")
  values = [sd.take(n) for n in names]
  if any(not np.array_equal(v, values[0]) for v in values[1:]):
    raise ConversionError(f"The rotary frequencies differ between {names}; the official "
                          "model shares one RotaryEmbedding.")
  return values[0]


def abstract_params(model: unet_lib.UNet, channels: int) -> Any:
  """Shapes of the model's parameters (nothing computed). Independent of T, H and W."""
  x, t = unet_lib.smallest_input(model.width_mults, channels)
  return jax.eval_shape(model.init, jax.random.PRNGKey(0), x, t)["params"]


def _check_against(ours: Tree, expected: Any) -> None:
  """Same tree and shapes as the model's own parameters, or an error naming the differences."""
  flat = {jax.tree_util.keystr(k): v for k, v in jax.tree_util.tree_leaves_with_path(ours)}
  want = {jax.tree_util.keystr(k): v for k, v in
          jax.tree_util.tree_leaves_with_path(expected)}
  missing = sorted(set(want) - set(flat))
  extra = sorted(set(flat) - set(want))
  shapes = [f"{k}: {flat[k].shape} vs {want[k].shape}" for k in sorted(set(flat) & set(want))
            if tuple(flat[k].shape) != tuple(want[k].shape)]
  if missing or extra or shapes:
    raise ConversionError(
        "Official weights do not fit the model: "
        + "; ".join(part for part in (
            f"parameters left unset: {missing}" if missing else "",
            f"mapped to unknown parameters: {extra}" if extra else "",
            f"shape mismatches: {shapes}" if shapes else "") if part))


def convert_params(state_dict: dict[str, np.ndarray], model: unet_lib.UNet,
                   channels: int = 3) -> Tree:
  """Our parameters for `model` from an official `Unet3D` state dict.

  Raises:
    ConversionError: official entries not mapped, our parameters not set, shape mismatches.
  """
  sd = official.StateDict(state_dict)
  params = _unet_params(sd, model)
  if sd.unused():
    raise ConversionError(f"Official entries not mapped to this model: {sd.unused()}; check "
                          "the constructor arguments against the checkpoint's.")
  _check_against(params, abstract_params(model, channels))
  return jax.tree.map(lambda a: jnp.asarray(a, jnp.float32), params)


def from_official(state_dict: dict[str, np.ndarray], **unet3d_kwargs):
  """(model, variables) computing the official `Unet3D(**unet3d_kwargs)` with these weights.

  Args:
    state_dict: official parameter name -> array (PyTorch layout), e.g.
      `{k: v.numpy() for k, v in unet.state_dict().items()}`.
    **unet3d_kwargs: the official constructor's arguments (`dim`, `dim_mults`, `channels`,
      `attn_heads`, `attn_dim_head`, `temporal_arch`, `s4d_version`, ...).

  Returns:
    (model, {"params": ...}); `model.apply(variables, x [B, T, H, W, C], t [B])`.

  Raises:
    ConversionError: official entries not mapped, our parameters not set, shape mismatches.
  """
  model = create_model(**unet3d_kwargs)
  params = convert_params(state_dict, model, unet3d_kwargs.get("channels", 3))
  return model, {"params": params}


if __name__ == "__main__":
  # `python -m ssm_vdm.convert --checkpoint=... --config=... --workdir=...`: the flags live
  # in main.py (the only place that reads them); this runs it in convert mode.
  from ssm_vdm import main as main_lib  # pylint: disable=g-import-not-at-top
  main_lib.FLAGS.set_default("mode", "convert")
  main_lib.run()
