"""Drawing videos from a trained model: config -> sampler, batches over devices, files."""

import os

import jax
from jax.experimental import multihost_utils
import jax.numpy as jnp
import ml_collections
import numpy as np

from ssm_vdm import diffusion
from ssm_vdm import sampling
from ssm_vdm import sharding
from ssm_vdm import video_io


def create_model_fn(model):
  """(params, x [B, T, H, W, C], t [B]) -> network output, for samplers."""
  return lambda params, x, t: model.apply({"params": params}, x, t)


def create_sampler(config: ml_collections.ConfigDict, model, schedule: diffusion.Schedule):
  return sampling.create_sampler(create_model_fn(model), schedule, sampler=config.sampler,
                                 num_steps=config.sample_steps, prediction=config.prediction)


def draw(config: ml_collections.ConfigDict, sampler, params, rng: jax.Array, *,
         num: int, frames: int, mesh, progress: bool = True) -> np.ndarray:
  """Draws `num` videos of `frames` frames, in batches of config.batch_size rounded to
  the device count. Returns [num, frames, H, W, C] float32 numpy in [-1, 1]."""
  devices = mesh.devices.size
  per_call = max(devices, (min(num, config.batch_size) + devices - 1) // devices * devices)
  shape = (per_call, frames, config.resolution, config.resolution, config.channels)
  out = []
  for i in range((num + per_call - 1) // per_call):
    x = sampler(params, jax.random.fold_in(rng, i), shape,
                sharding=sharding.batch_sharding(mesh), progress=progress)
    out.append(np.asarray(multihost_utils.process_allgather(x, tiled=True)))
  return np.concatenate(out)[:num]


def write(videos: np.ndarray, directory: str, name: str, fps: int) -> list[str]:
  """Writes the grid GIF/MP4 (process 0 only) and returns the paths."""
  if jax.process_index() != 0:
    return []
  return video_io.write_video_grid(os.path.join(directory, name), videos, fps=fps)

