"""Tests for ssm_vdm.files: arrays written whole or not at all."""

import os
import tempfile

from absl.testing import absltest
import numpy as np

from ssm_vdm import files


class SaveNpyTest(absltest.TestCase):

  def test_round_trip_and_failed_write_keeps_the_old_file(self):
    folder = self.enter_context(tempfile.TemporaryDirectory())
    path = os.path.join(folder, "videos.npy")
    videos = np.linspace(-1, 1, 2 * 3 * 4 * 4 * 3, dtype=np.float32).reshape(2, 3, 4, 4, 3)
    files.save_npy(path, videos)
    np.testing.assert_array_equal(np.load(path), videos)
    with self.assertRaises(ValueError):  # object arrays would need pickle: refused
      files.save_npy(path, np.array([object()], dtype=object))
    np.testing.assert_array_equal(np.load(path), videos)
    os.mkdir(os.path.join(folder, "sub"))
    with self.assertRaises(OSError):  # the write itself fails: a folder stands at the path
      files.save_npy(os.path.join(folder, "sub"), videos)
    self.assertCountEqual(os.listdir(folder), ["videos.npy", "sub"])  # no temporary file


if __name__ == "__main__":
  absltest.main()
