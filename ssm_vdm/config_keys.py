"""Dotted config keys: looking them up, listing them, and the flat names they replaced.

The config is a tree of sections (configs/default.py): `data.frames`, `model.ssm.d_state`,
`optim.learning_rate`. Before the tree (2026-12) every key was flat (`frames`,
`ssm_d_state`, `learning_rate`); RENAMED maps each old name to its dotted one, so that an old
command line gets a one-line error naming the new key, and metadata written by older code
(the demo checkpoint's) is still read.
"""

from collections.abc import Mapping
from typing import Any

from ssm_vdm import errors

RENAMED = {
    **{k: f"data.{k}" for k in (
        "dataset", "data_dir", "manual_dir", "video_folder", "frames", "resolution",
        "channels", "frame_stride", "batch_size", "shuffle_buffer", "tfds_config",
        "train_split", "eval_split", "frame_transform", "clip_sampling", "prepared_dir",
        "synthetic_num_shapes", "synthetic_num_videos")},
    **{k: f"model.{k}" for k in ("base_width", "width_mults", "time_dim_mult", "num_groups",
                                 "temporal", "dtype", "remat", "chunks")},
    "ssm_d_state": "model.ssm.d_state", "ssm_mode": "model.ssm.mode",
    "ssm_mlp_dim": "model.ssm.mlp_dim", "attn_heads": "model.attn.heads",
    "attn_head_dim": "model.attn.head_dim", "spatial_heads": "model.spatial.heads",
    "spatial_head_dim": "model.spatial.head_dim",
    "diffusion_steps": "diffusion.steps", "prediction": "diffusion.prediction",
    "learning_rate": "optim.learning_rate", "warmup_steps": "optim.warmup_steps",
    "adam_b1": "optim.b1", "adam_b2": "optim.b2", "grad_clip": "optim.grad_clip",
    "lr_mults": "optim.lr_mults",
    "ema_decay": "ema.decay", "ema_every": "ema.every", "ema_start": "ema.start",
    "sampler": "sample.sampler", "sample_steps": "sample.steps", "num_samples": "sample.num",
    "sample_frames": "sample.frames", "sample_window": "sample.window",
    "sample_context": "sample.context", "sample_guidance": "sample.guidance",
    "sample_guidance_weight": "sample.guidance_weight", "fps": "sample.fps",
    "fvd_every": "eval_every", "fvd_num_samples": "eval.periodic_samples",
    "fvd_protocol": "eval.protocol", "eval_num_samples": "eval.num_samples",
    "eval_num_real": "eval.num_real", "fvd_batch_size": "eval.batch_size",
    "fvd_features": "eval.features",
}


def is_section(value: Any) -> bool:
  return isinstance(value, Mapping) or hasattr(value, "items") and hasattr(value, "keys")


def dotted_keys(c, prefix: str = "") -> list[str]:
  """Every key of `c`, sections and their keys, dotted: ["data", "data.frames", ...]."""
  keys = []
  for k, v in c.items():
    keys.append(prefix + k)
    if is_section(v):
      keys += dotted_keys(v, f"{prefix}{k}.")
  return keys


def unknown(c, path: str, where: str = "") -> errors.UnknownKeyError | None:
  """The error for a dotted `path` that `c` does not declare, naming the key an old flat
  name became or else the nearest declared key; None if `c` declares it. A path that goes
  inside a value that is not a section (e.g. a field of a dataclass) is left to
  ml_collections."""
  path = path.split("[", 1)[0]
  node = c
  for part in path.split("."):
    if not is_section(node):
      return None
    if part not in node:
      if path in RENAMED:
        return errors.UnknownKeyError(
            f"Config key '{path}'{where} is now '{RENAMED[path]}' (the config has sections "
            "since 2026-12; configs/default.py declares every key).")
      return errors.unknown_key(path, dotted_keys(c), where)
    node = node[part]
  return None


def parent(c, path: str, where: str = ""):
  """(the section holding `path`, the last part): where `path` is set. Raises
  errors.UnknownKeyError for an undeclared path."""
  error = unknown(c, path, where)
  if error is not None:
    raise error
  head, _, leaf = path.rpartition(".")
  return (c[head] if head else c), leaf  # ConfigDict reads dotted keys
