"""TensorBoard event files of a workdir: each step's metrics once, across kills and resumes.

A run killed after its last checkpoint has already written the metrics of the steps since
(kill -9, a crash, a failed fallback); the resumed run trains those steps again and writes
them again. TensorBoard would draw both (a zig-zag), and scripts that read the files would
see two values per step. `drop_after(logdir, step)` is called on resume, before the new
run's writer opens its file: it rewrites the old event files without the summaries of the
steps after the restored checkpoint. The resumed run then writes each of those steps once.
Events other than summaries (file version, ...) are kept.
"""

import os

from absl import logging
from tensorboard.compat.proto import event_pb2

PATTERN = "events.out.tfevents.*"


def drop_after(logdir: str, step: int) -> int:
  """Removes summaries of steps > `step` from the event files directly in `logdir`.

  A file with nothing to drop is left untouched; another is written anew beside it and
  renamed over it, without a last record cut short by a kill (which the reader skips) or
  a damaged record and what follows it. Returns the number of events dropped.
  """
  import tensorflow as tf  # pylint: disable=g-import-not-at-top  # clu's writer loads it anyway
  dropped = 0
  for path in sorted(tf.io.gfile.glob(os.path.join(logdir, PATTERN))):
    kept, removed = _split(tf, path, step)
    if removed:
      tmp = path + ".rewrite"
      with tf.io.TFRecordWriter(tmp) as writer:
        for record in kept:
          writer.write(record)
      tf.io.gfile.rename(tmp, path, overwrite=True)
      dropped += removed
  if dropped:
    logging.info("Dropped %d TensorBoard events after step %d from %s: a stopped run wrote "
                 "them after its last checkpoint, and this run writes those steps again.",
                 dropped, step, logdir)
  return dropped


def _split(tf, path: str, step: int) -> tuple[list[bytes], int]:
  """(records to keep, number dropped) of one event file."""
  kept, dropped = [], 0
  try:
    for record in tf.data.TFRecordDataset(path):
      raw = record.numpy()
      event = event_pb2.Event.FromString(raw)
      if event.HasField("summary") and event.step > step:
        dropped += 1
      else:
        kept.append(raw)
  except tf.errors.DataLossError:  # a damaged record: it and the rest go
    dropped += 1
  return kept, dropped

