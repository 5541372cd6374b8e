"""Config validation: every mistake found before anything compiles, one line each with the fix."""

import os

import ml_collections

from ssm_vdm import diffusion
from ssm_vdm import errors
from ssm_vdm import sampling
from ssm_vdm.models import temporal
from ssm_vdm.models import unet

DATASETS = ("synthetic", "ucf101", "minerl_navigate", "video_folder")
DTYPES = ("float32", "bfloat16")
FRAME_TRANSFORMS = ("crop_antialias", "resize_crop")  # ssm_vdm.data.transform
CLIP_SAMPLINGS = ("video", "window")  # ssm_vdm.data.streams / prepared_source


class ConfigError(errors.UserError, ValueError):
  """A config value that cannot work; the message says how to fix it."""


def unknown_key(c: ml_collections.ConfigDict, path: str,
                where: str = "") -> errors.UnknownKeyError | None:
  """The error for a dotted `path` (e.g. "model.width") that `c` does not declare, naming
  the nearest declared key (sections and their keys, dotted); None if `c` declares it."""
  path = path.split("[", 1)[0]
  node = c
  for part in path.split("."):
    if not isinstance(node, (ml_collections.ConfigDict, dict)):
      return None  # a field inside a value (e.g. a dataclass): ml_collections checks it
    if part not in node:
      return errors.unknown_key(path, _dotted_keys(c), where)
    node = node[part]
  return None


def _dotted_keys(c, prefix: str = "") -> list[str]:
  keys = []
  for k, v in c.items():
    keys.append(prefix + k)
    if isinstance(v, (ml_collections.ConfigDict, dict)):
      keys += _dotted_keys(v, f"{prefix}{k}.")
  return keys


def _check(ok: bool, message: str) -> None:
  if not ok:
    raise ConfigError(message)


def _choice(c, key: str, choices) -> None:
  _check(c[key] in choices, f"config.{key}={c[key]!r} is not known; use one of "
         f"{', '.join(map(repr, choices))}.")


def _positive(c, *keys: str) -> None:
  for key in keys:
    _check(c[key] >= 1, f"config.{key}={c[key]} must be >= 1.")


def validate(c: ml_collections.ConfigDict, num_devices: int = 1,
             num_processes: int = 1) -> None:
  """Raises ConfigError for the first setting that cannot work."""
  _choice(c, "dataset", DATASETS)
  _choice(c, "temporal", temporal.TEMPORAL_LAYERS)
  _choice(c, "ssm_mode", ("fft", "scan"))
  _choice(c, "sampler", sampling.SAMPLERS)
  _choice(c, "prediction", diffusion.PREDICTIONS)
  _choice(c, "dtype", DTYPES)
  _choice(c, "remat", unet.REMAT)
  _choice(c, "fvd_features", ("logits", "pooled"))
  _choice(c, "fvd_protocol", ("standard", "paper"))  # ssm_vdm.evaluation.PROTOCOLS
  for key in ("eval_num_samples", "eval_num_real"):
    _check(c[key] == 0 or c[key] >= 2, f"config.{key}={c[key]}: FVD needs at least 2 videos "
           "(0 means the fvd_protocol's count).")
  _positive(c, "fvd_batch_size")
  _choice(c, "frame_transform", FRAME_TRANSFORMS)
  _choice(c, "clip_sampling", CLIP_SAMPLINGS)
  for key in ("tfds_config", "train_split", "eval_split", "prepared_dir"):
    _check(isinstance(c[key], str), f"config.{key}={c[key]!r} must be a string.")
  for key in ("train_split", "eval_split"):
    _check(bool(c[key]), f"config.{key} is empty; name TFDS split(s), e.g. 'train' or "
           "'train+test'.")
  _check(c.clip_sampling == "video" or c.dataset == "synthetic" or bool(c.prepared_dir),
         "config.clip_sampling='window' reads clips at random from prepared clips; set "
         "config.prepared_dir and run --mode=prepare, or use clip_sampling='video'.")
  _positive(c, "frames", "resolution", "channels", "frame_stride", "batch_size",
            "base_width", "time_dim_mult", "chunks", "diffusion_steps", "num_train_steps",
            "log_every", "checkpoint_every", "keep_checkpoints", "ema_every", "num_samples")
  _check(len(c.width_mults) >= 1 and all(m >= 1 for m in c.width_mults),
         f"config.width_mults={c.width_mults} must be a non-empty tuple of ints >= 1.")
  factor = 2 ** (len(c.width_mults) - 1)
  _check(c.resolution % factor == 0,
         f"config.resolution={c.resolution} must divide by {factor}, the UNet's spatial "
         f"downsampling for {len(c.width_mults)} levels; use a multiple of {factor} or fewer "
         "width_mults.")
  bad = [c.base_width * m for m in c.width_mults if (c.base_width * m) % c.num_groups]
  _check(not bad, f"config.num_groups={c.num_groups} must divide every level width "
         f"(base_width * width_mults); {bad} do not.")
  _check(c.ssm_d_state >= 2 and c.ssm_d_state % 2 == 0,
         f"config.ssm_d_state={c.ssm_d_state} must be even and >= 2 (d_state // 2 complex "
         "modes).")
  _check(c.batch_size % num_devices == 0,
         f"config.batch_size={c.batch_size} must divide by the {num_devices} devices; use a "
         f"multiple of {num_devices}.")
  _check(c.batch_size % num_processes == 0,
         f"config.batch_size={c.batch_size} must divide by the {num_processes} processes.")
  if c.sampler == "ddim":
    _check(1 <= c.sample_steps <= c.diffusion_steps,
           f"config.sample_steps={c.sample_steps} must be in [1, diffusion_steps="
           f"{c.diffusion_steps}] for DDIM.")
  _check(c.sample_frames >= 0, f"config.sample_frames={c.sample_frames} must be >= 0 "
         "(0 means config.frames).")
  _choice(c, "sample_guidance", sampling.GUIDANCE)
  _check((c.sample_guidance == "reconstruction") == (c.sample_guidance_weight > 0),
         f"config.sample_guidance_weight={c.sample_guidance_weight} must be > 0 with "
         "sample_guidance='reconstruction' and 0 with 'replacement'.")
  _check(c.sample_window >= 0, f"config.sample_window={c.sample_window} must be >= 0 (0 "
         "means every frame in one sampler call).")
  if c.sample_window:
    _check(c.sample_window >= 2 and 0 <= c.sample_context < c.sample_window,
           f"config.sample_context={c.sample_context} must be in [0, sample_window="
           f"{c.sample_window}) (0 means half the window), and the window >= 2 frames.")
  _check(0.0 <= c.ema_decay <= 1.0, f"config.ema_decay={c.ema_decay} must be in [0, 1].")
  for key, zero in (("warmup_steps", "a constant learning rate"), ("grad_clip", "no clipping"),
                    ("ema_start", "averaging from the first EMA step")):
    _check(c[key] >= 0, f"config.{key}={c[key]} must be >= 0 (0 means {zero}).")
  cache = c.compilation_cache_dir
  _check(isinstance(cache, str), f"config.compilation_cache_dir={cache!r} must be a folder "
         "path, or '' to turn the compilation cache off.")
  _check(not os.path.isfile(os.path.expanduser(cache)),
         f"config.compilation_cache_dir={cache!r} is a file; name a folder (created if "
         "missing), or '' to turn the compilation cache off.")
  if c.dataset == "video_folder":
    _check(bool(c.video_folder), "config.dataset='video_folder' needs config.video_folder "
           "set to a directory of .mp4/.gif/.webm files.")
