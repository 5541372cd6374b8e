"""Tests for ssm_vdm.event_files: each step's metrics once after a resume."""

import glob
import os
import shutil
import tempfile

from absl.testing import absltest
import tensorflow as tf
from tensorboard.backend.event_processing import event_file_loader
from tensorboard.util import tensor_util

from ssm_vdm import event_files


def _write(logdir, steps, value):
  """One event file with 'loss' = value + step at each of `steps`."""
  writer = tf.summary.create_file_writer(logdir, filename_suffix=f".{value}")
  with writer.as_default():
    for step in steps:
      tf.summary.scalar("loss", value + step, step=step)
  writer.close()


def _points(logdir):
  points = []
  for path in sorted(glob.glob(os.path.join(logdir, event_files.PATTERN))):
    for event in event_file_loader.EventFileLoader(path).Load():
      for v in event.summary.value:
        points.append((event.step, float(tensor_util.make_ndarray(v.tensor))))
  return points


class DropAfterTest(absltest.TestCase):

  def _tempdir(self):
    path = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, path)
    return path

  def test_resume_writes_each_step_once(self):
    logdir = self._tempdir()
    _write(logdir, range(1, 7), 0.0)  # the killed run: logged 1..6, checkpoint at 3
    self.assertEqual(event_files.drop_after(logdir, 3), 3)
    _write(logdir, range(4, 9), 100.0)  # the resumed run
    self.assertEqual(_points(logdir), [(1, 1.0), (2, 2.0), (3, 3.0), (4, 104.0), (5, 105.0),
                                       (6, 106.0), (7, 107.0), (8, 108.0)])
    self.assertEqual(event_files.drop_after(logdir, 8), 0)

  def test_files_with_nothing_to_drop_are_untouched(self):
    logdir = self._tempdir()
    _write(logdir, range(1, 4), 0.0)
    (path,) = glob.glob(os.path.join(logdir, event_files.PATTERN))
    before = (os.stat(path).st_ino, os.stat(path).st_mtime_ns)
    self.assertEqual(event_files.drop_after(logdir, 3), 0)
    self.assertEqual((os.stat(path).st_ino, os.stat(path).st_mtime_ns), before)

  def test_record_cut_short_by_a_kill_is_dropped(self):
    logdir = self._tempdir()
    _write(logdir, range(1, 5), 0.0)
    (path,) = glob.glob(os.path.join(logdir, event_files.PATTERN))
    with open(path, "r+b") as f:
      f.truncate(os.path.getsize(path) - 5)
    event_files.drop_after(logdir, 2)
    self.assertEqual(_points(logdir), [(1, 1.0), (2, 2.0)])
    self.assertLen(list(tf.data.TFRecordDataset(path)), 3)  # file version, steps 1 and 2

  def test_from_scratch_drops_every_summary(self):
    logdir = self._tempdir()
    _write(logdir, range(0, 3), 0.0)
    event_files.drop_after(logdir, -1)
    self.assertEqual(_points(logdir), [])


if __name__ == "__main__":
  absltest.main()
