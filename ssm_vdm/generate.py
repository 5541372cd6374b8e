"""Drawing videos from a trained model: config -> sampler, batches over devices, files."""

import os

import jax
from jax.experimental import multihost_utils
import ml_collections
import numpy as np

from ssm_vdm import continuation
from ssm_vdm import diffusion
from ssm_vdm import errors
from ssm_vdm import sampling
from ssm_vdm import sharding
from ssm_vdm import video_io


def create_model_fn(model):
  """(params, x [B, T, H, W, C], t [B][, x_self [B, T, H, W, C]]) -> network output, for
  samplers."""
  return lambda params, x, t, *x_self: model.apply({"params": params}, x, t, *x_self)


def sampler_from_config(config: ml_collections.ConfigDict, model,
                        schedule: diffusion.Schedule, windows: bool = False):
  """`sampling.create_sampler` for this model with config.sample's sampler, steps and
  guidance (with `windows`, for window by window sampling: sample.window_guidance, "" =
  sample.guidance), temperature and eta, config.diffusion's prediction and noise
  correlation, and config.model.self_condition."""
  s, how = config.sample, guidance(config, windows)
  return sampling.create_sampler(create_model_fn(model), schedule, sampler=s.sampler,
                                 num_steps=s.steps, prediction=config.diffusion.prediction,
                                 guidance=how, guidance_weight=(
                                     s.guidance_weight if how == "reconstruction" else 0.0),
                                 noise_correlation=config.diffusion.noise_correlation,
                                 temperature=s.temperature, eta=s.eta,
                                 self_condition=config.model.self_condition)


def guidance(config: ml_collections.ConfigDict, windows: bool = False) -> str:
  """How given frames condition a sampler call: config.sample.guidance, and window by window
  (`windows`) config.sample.window_guidance where it is set."""
  return (windows and config.sample.window_guidance) or config.sample.guidance


def samplers_from_config(config: ml_collections.ConfigDict, model,
                         schedule: diffusion.Schedule) -> tuple:
  """(sample_fn, window_sample_fn) for `draw`: `sampler_from_config` for calls that sample
  every frame at once and for window by window; one sampler twice when their guidance is the
  same."""
  sample_fn = sampler_from_config(config, model, schedule)
  if guidance(config, windows=True) == guidance(config):
    return sample_fn, sample_fn
  return sample_fn, sampler_from_config(config, model, schedule, windows=True)


def sample_rng(seed: int, step: int) -> jax.Array:
  """The noise key of videos drawn from the checkpoint at `step`: (seed + 1, step)."""
  return jax.random.fold_in(jax.random.PRNGKey(seed + 1), step)


def batch_shape(config: ml_collections.ConfigDict, num: int, frames: int,
                num_devices: int) -> tuple[int, ...]:
  """[B, T, H, W, C] of one sampler call: min(num, config.data.batch_size) videos rounded up to a
  multiple of the device count."""
  per_call = max(num_devices, -(-min(num, config.data.batch_size) // num_devices) * num_devices)
  return (per_call, frames, config.data.resolution, config.data.resolution, config.data.channels)


def draw_batch(sample_fn, params, rng: jax.Array, index: int, shape: tuple[int, ...], mesh,
               progress: bool = True, window: int = 0, context: int = 0,
               initial: np.ndarray | None = None) -> np.ndarray:
  """Batch `index` of the stream `rng`: [B, T, H, W, C] float32 numpy in [-1, 1], the same on
  every host. Its noise is fold_in(rng, index), so any batch can be drawn on its own. With
  0 < window < T it grows window by window (`continuation.extend`, `context` frames).

  initial: optional [B, k, H, W, C] in [-1, 1], 0 < k < T: the batch continues these videos
  (their k frames kept as they are); all T - k new frames in one sampler call conditioned on
  all k frames when window is 0, else window by window (k >= context).
  """
  key, batch_sharding = jax.random.fold_in(rng, index), sharding.batch_sharding(mesh)
  windowed = 0 < window < shape[1]
  if initial is None and not windowed:
    x = sample_fn(params, key, shape, sharding=batch_sharding, progress=progress)
  else:
    if not windowed:  # continued in one call: every known frame conditions it
      window, context = shape[1], initial.shape[1]
    x = continuation.extend(sample_fn, params, key, length=shape[1], context=context,
                            window_shape=(shape[0], window, *shape[2:]), initial=initial,
                            sharding=batch_sharding, progress=progress)
  return np.asarray(multihost_utils.process_allgather(x, tiled=True))


def draw(config: ml_collections.ConfigDict, sample_fn, params, rng: jax.Array, *,
         num: int, frames: int, mesh, progress: bool = True,
         initial: np.ndarray | None = None, window_sample_fn=None) -> np.ndarray:
  """Draws `num` videos of `frames` frames, in batches of config.data.batch_size rounded to
  the device count, window by window when 0 < config.sample.window < frames, then with
  `window_sample_fn` (None = sample_fn; `samplers_from_config` gives both). Returns
  [num, frames, H, W, C] float32 numpy in [-1, 1].

  initial: optional [num, k, H, W, C] in [-1, 1] (`read_initial`): video i continues
  initial[i] (`draw_batch`); a last batch that is not full repeats its last video.
  """
  shape = batch_shape(config, num, frames, mesh.devices.size)
  context = window_context(config)
  if 0 < config.sample.window < frames and window_sample_fn is not None:
    sample_fn = window_sample_fn  # draw_batch grows these videos window by window
  if initial is not None:
    check_initial(config, np.shape(initial), frames, num=num)
  out = []
  for i in range(-(-num // shape[0])):
    batch = None
    if initial is not None:
      batch = np.asarray(initial[i * shape[0]:(i + 1) * shape[0]], np.float32)
      batch = np.concatenate([batch, np.repeat(batch[-1:], shape[0] - len(batch), 0)])
    out.append(draw_batch(sample_fn, params, rng, i, shape, mesh, progress,
                          window=config.sample.window, context=context, initial=batch))
  return np.concatenate(out)[:num]


def window_context(config: ml_collections.ConfigDict) -> int:
  """Frames each window takes from the video so far: config.sample.context, 0 = half of
  config.sample.window."""
  return config.sample.context or config.sample.window // 2


def check_initial(config: ml_collections.ConfigDict, shape: tuple[int, ...], frames: int,
                  num: int | None = None, what: str = "the videos to continue") -> None:
  """UserError unless `shape` is [N, k, H, W, C] videos that `frames`-frame samples of this
  config can continue: H = W = data.resolution, C = data.channels, 0 < k < frames, and
  k >= the window's context when 0 < sample.window < frames (N = num if given)."""
  res, channels = config.data.resolution, config.data.channels
  if len(shape) != 5 or tuple(shape[2:]) != (res, res, channels) or shape[0] < 1:
    raise errors.UserError(
        f"{what} have shape {tuple(shape)}; expected [N, k, {res}, {res}, {channels}] "
        "(videos, frames, data.resolution, data.resolution, data.channels).")
  if num is not None and shape[0] != num:
    raise errors.UserError(f"{what} are {shape[0]} videos; {num} asked for.")
  k, window = shape[1], config.sample.window
  if not 0 < k < frames:
    raise errors.UserError(
        f"{what} have {k} frames; videos of {frames} frames continue 1 to {frames - 1} "
        "frames: ask for more (sample.frames) or keep fewer frames.")
  if 0 < window < frames:  # window by window: continuation's own check, in config terms
    context = window_context(config)
    try:
      continuation.check(frames, window, context, start=k)
    except ValueError as e:
      raise errors.UserError(f"{what} cannot be continued by windows of sample.window="
                             f"{window} frames, sample.context={context}: {e}") from e


def read_initial(config: ml_collections.ConfigDict, frames: int) -> np.ndarray:
  """The videos config.sample.initial names: [N, k, H, W, C] float32 in [-1, 1] from a .npy
  (e.g. a samples_<T>f.npy the demo wrote), checked (`check_initial`) before any sampling."""
  path = config.sample.initial
  key = f"config.sample.initial={path}"
  if not path.endswith(".npy"):
    raise errors.UserError(f"{key}: expected a .npy file of videos [N, k, H, W, C] in "
                           "[-1, 1] (np.save of a float array).")
  try:
    videos = np.load(os.path.expanduser(path), allow_pickle=False)
  except (OSError, ValueError) as e:
    raise errors.UserError(f"{key} cannot be read as a .npy array ({e}).") from e
  check_initial(config, videos.shape, frames, what=f"the videos of {key}")
  if not np.issubdtype(videos.dtype, np.floating) or not np.all(np.isfinite(videos)) \
      or videos.min() < -1.0 - 1e-3 or videos.max() > 1.0 + 1e-3:
    raise errors.UserError(f"{key}: expected finite float values in [-1, 1] (background "
                           "-1); rescale 0-255 frames with x / 127.5 - 1.")
  return np.clip(videos, -1.0, 1.0).astype(np.float32)


def write(videos: np.ndarray, directory: str, name: str, fps: int) -> list[str]:
  """Writes the grid GIF/MP4 (process 0 only) and returns the paths."""
  if jax.process_index() != 0:
    return []
  return video_io.write_video_grid(os.path.join(directory, name), videos, fps=fps)

