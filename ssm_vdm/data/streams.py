"""Clip streams over a video Source: the resumable training stream and the eval pass.

Training (a host's stream). Videos shorter than a clip are dropped up front (and counted in
the log), which leaves `n` usable ones. The stream is epoch 0, 1, 2, ... of those `n` videos,
epoch `e` shuffled with a `shuffle_buffer` buffer seeded from (seed, e); the window of the
stream's q-th example is drawn from (seed, process_index, q). Nothing depends on what was
read before, so the stream for `start_step=s` starts at example q = s * B: epoch q // n,
after skipping q % n records, which are read but not decoded (frames are decoded only for the
chosen window). The one exception: a video that was readable when the source was built but
fails later is dropped with a warning, which shifts the rest of that run's stream.

Evaluation reads the source once, in order, taking every video's first clip.
"""

from collections.abc import Iterator

from absl import logging
import numpy as np

from ssm_vdm.data import sources

_FOREVER = 2**62  # "infinite" tf.data ranges
_SHUFFLE_SALT, _WINDOW_SALT = 1, 2


def _options():
  options = sources.tf().data.Options()
  options.deterministic = True
  return options


def _stateless_seed(*values):
  """A stateless-RNG seed [2] from ints / int64 scalars, each folded in turn."""
  tf = sources.tf()
  seed = tf.constant([0, 0], tf.int64)
  for v in values:
    seed = tf.random.experimental.stateless_fold_in(seed, tf.cast(v, tf.int64))
  return seed


def train_stream(source: sources.Source, config, *, process_index: int, local_batch: int,
                 start_step: int) -> Iterator[sources.Batch]:
  """Infinite host-local batches {'video': [B, T, R, R, C] in [-1, 1], 'label': [B]}."""
  tf = sources.tf()
  n = source.num_usable
  first = start_step * local_batch  # host-local position of the first example to yield
  first_epoch, skip = divmod(first, n)
  span = sources.clip_span(config)

  def epoch(e):  # e: int64 scalar
    records = source.records
    if config.data.shuffle_buffer > 1:
      shuffle_seed = tf.random.stateless_uniform(
          [], _stateless_seed(config.seed, _SHUFFLE_SALT, e), minval=None, maxval=None,
          dtype=tf.int64)
      records = records.shuffle(config.data.shuffle_buffer, seed=shuffle_seed,
                                reshuffle_each_iteration=False)
    return records

  window_seed = _stateless_seed(config.seed, _WINDOW_SALT, process_index)

  def window(record, position):
    offset = tf.random.stateless_uniform(
        [], tf.random.experimental.stateless_fold_in(window_seed, position), minval=0,
        maxval=record["length"] - span + 1, dtype=tf.int64)
    return record, offset

  def load(record, position):
    record, offset = window(record, position)
    ok, frames = source.decode(record, offset)
    video = source.to_model_input(frames)
    return ok, {"video": video, "label": record["label"]}

  def load_batch(records, offsets):
    video = source.to_model_input(source.decode_batch(records, offsets))
    return {"video": video, "label": records["label"]}

  examples = tf.data.Dataset.range(first_epoch, _FOREVER).flat_map(epoch).skip(skip)
  positions = tf.data.Dataset.range(first, _FOREVER)
  ds = tf.data.Dataset.zip(examples, positions)
  if source.decode_batch is None:
    ds = ds.map(load, num_parallel_calls=tf.data.AUTOTUNE, deterministic=True)
    # Only a file that decoded at scan time but fails now is dropped here (with a warning).
    ds = ds.filter(_is_ok).map(_drop_ok)
    ds = ds.batch(local_batch, drop_remainder=True)
  else:
    ds = ds.map(window).batch(local_batch, drop_remainder=True)
    ds = ds.map(load_batch, num_parallel_calls=tf.data.AUTOTUNE, deterministic=True)
  ds = ds.prefetch(tf.data.AUTOTUNE)
  return _as_numpy(ds.with_options(_options()), config)


def _is_ok(ok, example):
  del example
  return ok


def _drop_ok(ok, example):
  del ok
  return example


def eval_stream(source: sources.Source, config, *, quota: int, local_batch: int
                ) -> Iterator[sources.Batch]:
  """Batches of the first clip of each usable video, in order, `quota` clips at most."""
  tf = sources.tf()
  span = sources.clip_span(config)
  zero = tf.constant(0, tf.int64)

  def load(record):
    long_enough = record["length"] >= span

    def clip():
      ok, frames = source.decode(record, zero)
      return ok, source.to_model_input(frames)

    def skip():
      d = config.data
      return tf.constant(False), tf.zeros([d.frames, d.resolution, d.resolution, d.channels])

    ok, video = tf.cond(long_enough, clip, skip)
    return {"ok": ok, "long_enough": long_enough, "video": video, "label": record["label"]}

  ds = source.records.map(load, num_parallel_calls=tf.data.AUTOTUNE, deterministic=True)
  ds = ds.prefetch(tf.data.AUTOTUNE).with_options(_options())
  return _eval_batches(ds.as_numpy_iterator(), quota, local_batch, source.description, span)


def _eval_batches(examples, quota: int, local_batch: int, description: str, span: int
                  ) -> Iterator[sources.Batch]:
  """Groups usable examples into batches until `quota`; logs how many were skipped."""
  videos, labels = [], []
  taken = short = failed = 0
  for ex in examples if quota > 0 else ():
    if not ex["ok"]:
      short += not ex["long_enough"]
      failed += bool(ex["long_enough"])
      continue
    videos.append(ex["video"])
    labels.append(ex["label"])
    taken += 1
    if len(videos) == local_batch or taken == quota:
      yield {"video": np.stack(videos), "label": np.asarray(labels, np.int32)}
      videos, labels = [], []
    if taken == quota:
      break
  if videos:
    yield {"video": np.stack(videos), "label": np.asarray(labels, np.int32)}
  if short or failed:
    logging.warning("%s eval: skipped %d videos shorter than %d frames and %d unreadable.",
                    description, short, span, failed)
  logging.info("%s eval: %d clips (asked for %d).", description, taken, quota)


def _as_numpy(ds, config) -> Iterator[sources.Batch]:
  tf = sources.tf()
  d = config.data
  shape = [None, d.frames, d.resolution, d.resolution, d.channels]
  ds = ds.map(lambda ex: {"video": tf.ensure_shape(ex["video"], shape),
                          "label": tf.cast(ex["label"], tf.int32)})
  return ds.as_numpy_iterator()
