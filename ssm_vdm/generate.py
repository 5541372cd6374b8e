"""Drawing videos from a trained model: config -> sampler, batches over devices, files."""

import os

import jax
from jax.experimental import multihost_utils
import ml_collections
import numpy as np

from ssm_vdm import continuation
from ssm_vdm import diffusion
from ssm_vdm import sampling
from ssm_vdm import sharding
from ssm_vdm import video_io


def create_model_fn(model):
  """(params, x [B, T, H, W, C], t [B]) -> network output, for samplers."""
  return lambda params, x, t: model.apply({"params": params}, x, t)


def sampler_from_config(config: ml_collections.ConfigDict, model,
                        schedule: diffusion.Schedule):
  """`sampling.create_sampler` for this model with config.sample's sampler, steps and
  guidance and config.diffusion's prediction."""
  s = config.sample
  return sampling.create_sampler(create_model_fn(model), schedule, sampler=s.sampler,
                                 num_steps=s.steps, prediction=config.diffusion.prediction,
                                 guidance=s.guidance, guidance_weight=s.guidance_weight)


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
               progress: bool = True, window: int = 0, context: int = 0) -> np.ndarray:
  """Batch `index` of the stream `rng`: [B, T, H, W, C] float32 numpy in [-1, 1], the same on
  every host. Its noise is fold_in(rng, index), so any batch can be drawn on its own. With
  0 < window < T it grows window by window (`continuation.extend`, `context` frames)."""
  key, batch_sharding = jax.random.fold_in(rng, index), sharding.batch_sharding(mesh)
  if 0 < window < shape[1]:
    x = continuation.extend(sample_fn, params, key, length=shape[1], context=context,
                            window_shape=(shape[0], window, *shape[2:]),
                            sharding=batch_sharding, progress=progress)
  else:
    x = sample_fn(params, key, shape, sharding=batch_sharding, progress=progress)
  return np.asarray(multihost_utils.process_allgather(x, tiled=True))


def draw(config: ml_collections.ConfigDict, sample_fn, params, rng: jax.Array, *,
         num: int, frames: int, mesh, progress: bool = True) -> np.ndarray:
  """Draws `num` videos of `frames` frames, in batches of config.data.batch_size rounded to
  the device count, window by window when 0 < config.sample.window < frames. Returns
  [num, frames, H, W, C] float32 numpy in [-1, 1]."""
  shape = batch_shape(config, num, frames, mesh.devices.size)
  context = config.sample.context or config.sample.window // 2
  out = [draw_batch(sample_fn, params, rng, i, shape, mesh, progress,
                    window=config.sample.window, context=context)
         for i in range(-(-num // shape[0]))]
  return np.concatenate(out)[:num]


def write(videos: np.ndarray, directory: str, name: str, fps: int) -> list[str]:
  """Writes the grid GIF/MP4 (process 0 only) and returns the paths."""
  if jax.process_index() != 0:
    return []
  return video_io.write_video_grid(os.path.join(directory, name), videos, fps=fps)

