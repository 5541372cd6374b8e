"""Config validation: every mistake found before anything compiles, one line each with the fix."""

import os

import ml_collections

from ssm_vdm import diffusion
from ssm_vdm import errors
from ssm_vdm import generate
from ssm_vdm import sampling
from ssm_vdm.models import ssm
from ssm_vdm.models import temporal
from ssm_vdm.models import unet

DATASETS = ("synthetic", "ucf101", "minerl_navigate", "video_folder")
DTYPES = ("float32", "bfloat16")
FRAME_TRANSFORMS = ("crop_antialias", "resize_crop")  # ssm_vdm.data.transform
CLIP_SAMPLINGS = ("video", "window")  # ssm_vdm.data.streams / prepared_source


class ConfigError(errors.UserError, ValueError):
  """A config value that cannot work; the message says how to fix it."""


def _check(ok: bool, message: str) -> None:
  if not ok:
    raise ConfigError(message)


def _library_check(check, *args, key: str) -> None:
  """check(*args), the library's own rule, raising ValueError: as a ConfigError naming key."""
  try:
    check(*args)
  except ValueError as e:
    raise ConfigError(f"config.{key}: {e}") from e


def _choice(c, key: str, choices) -> None:
  value = c[key]  # ConfigDict reads dotted keys: c["model.ssm.mode"]
  _check(value in choices, f"config.{key}={value!r} is not known; use one of "
         f"{', '.join(map(repr, choices))}.")


def _positive(c, *keys: str) -> None:
  for key in keys:
    _check(c[key] >= 1, f"config.{key}={c[key]} must be >= 1.")


def _non_negative(c, *keys_and_meanings: tuple[str, str]) -> None:
  """(dotted key, what 0 means) pairs: each key must be >= 0."""
  for key, zero in keys_and_meanings:
    _check(c[key] >= 0, f"config.{key}={c[key]} must be >= 0 (0 means {zero}).")


def validate(c: ml_collections.ConfigDict, num_devices: int = 1,
             num_processes: int = 1) -> None:
  """Raises ConfigError for the first setting that cannot work."""
  validate_data(c, num_devices, num_processes)
  if c.data.dataset == "video_folder":  # the data source says more when the folder is wrong
    _check(bool(c.data.video_folder), "config.data.dataset='video_folder' needs "
           "config.data.video_folder set to a directory of .mp4/.gif/.webm files.")
  _validate_model(c)
  _choice(c, "diffusion.prediction", diffusion.PREDICTIONS)
  _choice(c, "diffusion.loss_weighting", diffusion.LOSS_WEIGHTINGS)
  _check(c.diffusion.min_snr_gamma > 0, f"config.diffusion.min_snr_gamma="
         f"{c.diffusion.min_snr_gamma} must be > 0 (5 in Hang et al.).")
  _check(0.0 <= c.diffusion.noise_correlation < 1.0,
         f"config.diffusion.noise_correlation={c.diffusion.noise_correlation} must be in "
         "[0, 1): the correlation of the noise across frames (0 = independent, the paper).")
  _positive(c, "diffusion.steps", "num_train_steps", "log_every", "checkpoint_every",
            "keep_checkpoints", "ema.every")
  _check(0.0 <= c.ema.decay <= 1.0, f"config.ema.decay={c.ema.decay} must be in [0, 1].")
  _non_negative(c, ("profile_steps", "no profiling"),
                ("optim.warmup_steps", "a constant learning rate"),
                ("optim.decay_steps", "no decay"),
                ("optim.grad_clip", "no clipping"),
                ("ema.start", "averaging from the first EMA step"))
  _check(0.0 <= c.optim.end_learning_rate <= c.optim.learning_rate,
         f"config.optim.end_learning_rate={c.optim.end_learning_rate} must be in [0, "
         f"optim.learning_rate={c.optim.learning_rate}]: it is where the cosine decay ends.")
  _validate_sample(c)
  _validate_eval(c)
  _check(isinstance(c.init_from, str) and (not c.init_from or os.path.isfile(
      os.path.expanduser(c.init_from))),
         f"config.init_from={c.init_from!r} is not a file: name a parameters .npz written by "
         "ssm_vdm.demo_checkpoint (e.g. ssm_vdm/assets/demo_ema.npz), or '' for a random "
         "initialization.")
  cache = c.compilation_cache_dir
  _check(isinstance(cache, str), f"config.compilation_cache_dir={cache!r} must be a folder "
         "path, or '' to turn the compilation cache off.")
  _check(not os.path.isfile(os.path.expanduser(cache)),
         f"config.compilation_cache_dir={cache!r} is a file; name a folder (created if "
         "missing), or '' to turn the compilation cache off.")


def validate_data(c: ml_collections.ConfigDict, num_devices: int = 1,
                  num_processes: int = 1) -> None:
  """The checks of config.data alone."""
  d = c.data
  _choice(c, "data.dataset", DATASETS)
  _choice(c, "data.frame_transform", FRAME_TRANSFORMS)
  _choice(c, "data.clip_sampling", CLIP_SAMPLINGS)
  for key in ("tfds_config", "train_split", "eval_split", "prepared_dir"):
    _check(isinstance(d[key], str), f"config.data.{key}={d[key]!r} must be a string.")
  for key in ("train_split", "eval_split"):
    _check(bool(d[key]), f"config.data.{key} is empty; name TFDS split(s), e.g. 'train' or "
           "'train+test'.")
  _check(d.clip_sampling == "video" or d.dataset == "synthetic" or bool(d.prepared_dir),
         "config.data.clip_sampling='window' reads clips at random from prepared clips; set "
         "config.data.prepared_dir and run --mode=prepare, or use data.clip_sampling='video'.")
  _positive(c, *(f"data.{k}" for k in ("frames", "resolution", "channels", "frame_stride",
                                       "batch_size")))
  _check(d.batch_size % num_devices == 0,
         f"config.data.batch_size={d.batch_size} must divide by the {num_devices} devices; use "
         f"a multiple of {num_devices}.")
  _check(d.batch_size % num_processes == 0,
         f"config.data.batch_size={d.batch_size} must divide by the {num_processes} processes.")
  _check(d.dataset == "synthetic" or d.channels in (1, 3),
         f"config.data.channels={d.channels}: videos are read as RGB (3) or converted to grey "
         "(1).")


def _validate_model(c: ml_collections.ConfigDict) -> None:
  m, resolution = c.model, c.data.resolution
  _choice(c, "model.temporal", temporal.TEMPORAL_LAYERS)
  _choice(c, "model.ssm.mode", ("fft", "scan"))
  _choice(c, "model.dtype", DTYPES)
  _choice(c, "model.remat", unet.REMAT)
  _positive(c, "model.base_width", "model.time_dim_mult", "model.chunks")
  _check(len(m.width_mults) >= 1 and all(w >= 1 for w in m.width_mults),
         f"config.model.width_mults={m.width_mults} must be a non-empty tuple of ints >= 1.")
  factor = unet.spatial_factor(m.width_mults)
  _check(resolution % factor == 0,
         f"config.data.resolution={resolution} must divide by {factor}, the UNet's spatial "
         f"downsampling for {len(m.width_mults)} levels; use a multiple of {factor} or fewer "
         "model.width_mults.")
  bad = [m.base_width * w for w in m.width_mults if (m.base_width * w) % m.num_groups]
  _check(not bad, f"config.model.num_groups={m.num_groups} must divide every level width "
         f"(base_width * width_mults); {bad} do not.")
  _library_check(ssm.num_modes, m.ssm.d_state, key="model.ssm.d_state")
  _check(m.ssm.kernel_length >= 0, f"config.model.ssm.kernel_length={m.ssm.kernel_length} "
         "must be >= 0 (0: the whole sequence, as in the paper).")
  _check(m.ssm.kernel_length == 0 or m.ssm.mode == "fft",
         f"config.model.ssm.kernel_length={m.ssm.kernel_length} truncates the S4D kernel, "
         "which model.ssm.mode='scan' (a recurrence) cannot do; use mode 'fft' or "
         "kernel_length 0.")


def _validate_sample(c: ml_collections.ConfigDict) -> None:
  s, diffusion_steps = c.sample, c.diffusion.steps
  _choice(c, "sample.sampler", sampling.SAMPLERS)
  _choice(c, "sample.guidance", sampling.GUIDANCE)
  _positive(c, "sample.num")
  _library_check(sampling.timesteps, diffusion_steps, s.sampler, s.steps, key="sample.steps")
  _check(s.frames >= 0, f"config.sample.frames={s.frames} must be >= 0 (0 means "
         "config.data.frames).")
  _library_check(sampling.check_temperature, s.temperature, key="sample.temperature")
  _library_check(sampling.check_eta, s.sampler, s.eta, key="sample.eta")
  _choice(c, "sample.window_guidance", ("",) + tuple(sampling.GUIDANCE))  # "" = sample.guidance
  used = {generate.guidance(c), generate.guidance(c, windows=True)}
  _check(("reconstruction" in used) == (s.guidance_weight > 0),
         f"config.sample.guidance_weight={s.guidance_weight} must be > 0 when "
         "sample.guidance or sample.window_guidance is 'reconstruction' and 0 when both are "
         f"'replacement' (they are {s.guidance!r}, {s.window_guidance!r}).")
  _check(s.window >= 0, f"config.sample.window={s.window} must be >= 0 (0 means every frame "
         "in one sampler call).")
  if s.window:
    _check(s.window >= 2 and 0 <= s.context < s.window,
           f"config.sample.context={s.context} must be in [0, sample.window={s.window}) (0 "
           "means half the window), and the window >= 2 frames.")
  _check(not s.initial or s.initial.endswith(".npy"),
         f"config.sample.initial={s.initial!r} must be '' or a .npy file of videos "
         "[N, k, H, W, C] in [-1, 1] to continue.")


def _validate_eval(c: ml_collections.ConfigDict) -> None:
  e = c.eval
  _choice(c, "eval.features", ("logits", "pooled"))
  _choice(c, "eval.protocol", ("standard", "paper"))  # ssm_vdm.evaluation.PROTOCOLS
  for key in ("num_samples", "num_real"):
    _check(e[key] == 0 or e[key] >= 2, f"config.eval.{key}={e[key]}: FVD needs at least 2 "
           "videos (0 means the eval.protocol's count).")
  _positive(c, "eval.batch_size")
