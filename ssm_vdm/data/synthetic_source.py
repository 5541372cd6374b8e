"""Batches of built-in synthetic videos (ssm_vdm.synthetic): video i depends only on
(seed, i), so any host computes any slice of the stream, and no TensorFlow is needed."""

from collections.abc import Iterator

import numpy as np

from ssm_vdm import synthetic
from ssm_vdm.data import sources

_EVAL_INDEX_OFFSET = 1 << 40  # eval videos: indices no training run reaches


def _videos(config, indices: np.ndarray) -> np.ndarray:
  return synthetic.synthetic_batch(
      indices, seed=config.seed, frames=config.data.frames, resolution=config.data.resolution,
      num_shapes=config.data.synthetic_num_shapes, channels=config.data.channels)


def train_indices(config, step: int, process_index: int, local_batch: int) -> np.ndarray:
  """Global video indices of host `process_index`'s batch at `step`: [B_local] int64."""
  indices = (step * config.data.batch_size + process_index * local_batch
             + np.arange(local_batch, dtype=np.int64))
  if config.data.synthetic_num_videos > 0:
    indices %= config.data.synthetic_num_videos
  return indices


def train_iterator(config, *, process_index: int, local_batch: int,
                   start_step: int) -> Iterator[sources.Batch]:
  def make(step: int) -> sources.Batch:
    indices = train_indices(config, step, process_index, local_batch)
    return {"video": _videos(config, indices), "label": np.zeros([local_batch], np.int32)}

  return sources.prefetch(make, start_step)


def eval_iterator(config, *, quota: int, local_batch: int, process_index: int,
                  process_count: int) -> Iterator[sources.Batch]:
  # Host p's k-th example is eval video p + k * process_count: the hosts together cover
  # 0 .. num_examples - 1, far from any training index.
  for start in range(0, quota, local_batch):
    k = np.arange(start, min(start + local_batch, quota), dtype=np.int64)
    indices = _EVAL_INDEX_OFFSET + process_index + k * process_count
    yield {"video": _videos(config, indices), "label": np.zeros([len(k)], np.int32)}
