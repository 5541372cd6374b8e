"""What every video source gives the streams, and the checks they share.

A source is a host's videos as a finite tf.data.Dataset of records that are cheap to read
(frames still encoded, or a file path), plus a function that decodes one clip of a record.
"""

import collections
from collections.abc import Callable, Iterator
import concurrent.futures
import dataclasses
import itertools

from absl import logging
import ml_collections
import numpy as np

from ssm_vdm import configuration

DATASETS = configuration.DATASETS
Batch = dict[str, np.ndarray]


def tf():
  """TensorFlow, imported on first use: the synthetic source and the config checks work
  without paying for (or having) it."""
  import tensorflow  # pylint: disable=g-import-not-at-top
  return tensorflow


@dataclasses.dataclass
class Source:
  records: object  # tf.data.Dataset of dicts with 'length' (int64) and 'label' (int32)
  num_usable: int | None  # records with length >= clip span (train only: `records` then
  # holds only those)
  # decode(record, offset) -> (ok: bool, frames: uint8 [T, h, w, 3]); ok=False drops the clip.
  decode: Callable
  description: str
  # to_model_input(frames uint8 [..., T, h, w, 3]) -> float32 [..., T, R, R, C] in [-1, 1]
  to_model_input: Callable
  # decode_batch(records batched [B], offsets [B]) -> uint8 [B, T, R, R, 3], if the source
  # reads a whole batch at once faster (it never fails); else clips are decoded one by one.
  decode_batch: Callable | None = None


def check_config(config: ml_collections.ConfigDict) -> None:
  """configuration's checks of config.data (for callers that build a pipeline directly)."""
  configuration.validate_data(config)


def check_host_call(config: ml_collections.ConfigDict, batch_size: int, process_index: int,
                    process_count: int) -> int:
  """Checks an iterator's arguments; returns this host's batch size, batch_size // hosts."""
  if process_count < 1 or batch_size < 1 or batch_size % process_count:
    raise ValueError(f"batch_size={batch_size} must be a positive multiple of "
                     f"process_count={process_count}.")
  check_config(config)
  if not 0 <= process_index < process_count:
    raise ValueError(f"process_index={process_index} not in [0, {process_count}).")
  return batch_size // process_count


def clip_span(config) -> int:
  """Frames a clip covers in the source video: [offset, offset + span)."""
  return (config.data.frames - 1) * config.data.frame_stride + 1


def log_usable(description: str, num_usable: int, num_short: int, span: int, config) -> None:
  """Logs how many videos a clip fits in; raises ValueError if none."""
  if num_short:
    logging.warning("%s: skipping %d of %d videos shorter than %d frames (data.frames=%d, "
                    "data.frame_stride=%d).", description, num_short, num_usable + num_short,
                    span, config.data.frames, config.data.frame_stride)
  logging.info("%s: %d usable videos.", description, num_usable)
  if num_usable == 0:
    raise ValueError(f"{description}: no video has the {span} frames a clip needs "
                     f"(data.frames={config.data.frames}, "
                     f"data.frame_stride={config.data.frame_stride}).")


def prefetch(make: Callable[[int], Batch], start: int, depth: int = 2) -> Iterator[Batch]:
  """Yields make(start), make(start + 1), ..., computing `depth` batches ahead in a thread."""
  with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    pending = collections.deque(pool.submit(make, s) for s in range(start, start + depth))
    for step in itertools.count(start + depth):
      batch = pending.popleft().result()
      pending.append(pool.submit(make, step))
      yield batch
