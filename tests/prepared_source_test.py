"""Tests for ssm_vdm.data.prepare / prepared_source: prepared clips read as the videos were.

The videos (a folder of files, mocked TFDS splits) are input_pipeline_test's: their pixels
name the video and the frame, so a batch tells which frames of which videos it holds.
"""

import itertools
import os
import pathlib

from absl.testing import absltest
import numpy as np
import tensorflow_datasets as tfds

import input_pipeline_test as videos  # pylint: disable=g-bad-import-order
from ssm_vdm import input_pipeline
from ssm_vdm.data import prepare
from ssm_vdm.data import prepared_source

# Prepared frames are rounded to uint8 after the resize; the raw pipeline keeps float.
_ROUNDING = 1.0 / 127.5 + 1e-5


def _take(iterator, n):
  return list(itertools.islice(iterator, n))


def _assert_same_batches(test, raw, prepared):
  for a, b in zip(raw, prepared, strict=True):
    np.testing.assert_array_equal(a["label"], b["label"])
    np.testing.assert_allclose(a["video"], b["video"], rtol=0, atol=_ROUNDING)


class PreparedFolderTest(absltest.TestCase):

  @classmethod
  def setUpClass(cls):
    super().setUpClass()
    cls.folder = pathlib.Path(videos._class_tempdir(cls))  # pylint: disable=protected-access
    (cls.folder / "sub").mkdir()
    for name, spec in videos.VideoFolderTest.VIDEOS.items():
      videos._write_video(cls.folder / name, *spec)  # pylint: disable=protected-access
    (cls.folder / "f_broken.mp4").write_bytes(np.random.default_rng(0).bytes(2000))
    cls.prepared = videos._class_tempdir(cls)  # pylint: disable=protected-access
    cls.paths = prepare.prepare(cls._config(prepared_dir=cls.prepared), workers=1)

  @classmethod
  def _config(cls, **overrides):
    return videos._config(dataset="video_folder", video_folder=str(cls.folder), **overrides)  # pylint: disable=protected-access

  def _prepared(self, **overrides):
    return self._config(prepared_dir=self.prepared, **overrides)

  def test_store_holds_every_frame(self):
    (path,) = self.paths
    index = np.load(os.path.join(path, prepared_source.INDEX_FILE))
    # sorted: a0 b1 c2 e_short f_broken sub/d3; the broken file is kept with length 0
    np.testing.assert_array_equal(index["length"], [16, 20, 12, 3, 0, 18])
    np.testing.assert_array_equal(index["first"], [0, 16, 36, 48, 51, 51])
    self.assertEqual(prepare.prepare(self._prepared(), workers=1), self.paths)  # kept

  def test_train_stream_matches_the_videos(self):
    for kwargs in ({}, {"start_step": 3}, {"process_index": 1, "process_count": 2}):
      with self.assertLogs(level="INFO") as logs:
        prepared = _take(input_pipeline.create_train_iterator(self._prepared(), **kwargs), 3)
      self.assertIn("Reading prepared clips from", "\n".join(logs.output))
      raw = _take(input_pipeline.create_train_iterator(self._config(), **kwargs), 3)
      _assert_same_batches(self, raw, prepared)

  def test_eval_matches_the_videos(self):
    raw, prepared = (list(input_pipeline.create_eval_iterator(c, num_examples=3, batch_size=2))
                     for c in (self._config(), self._prepared()))
    _assert_same_batches(self, raw, prepared)

  def test_grey(self):
    raw, prepared = (next(input_pipeline.create_train_iterator(c))
                     for c in (self._config(channels=1), self._prepared(channels=1)))
    _assert_same_batches(self, [raw], [prepared])

  def test_window_sampling_takes_every_window_once_an_epoch(self):
    config = self._prepared(clip_sampling="window")  # 4 frames every 2: spans of 7 frames
    lengths = {spec[0]: spec[1] for spec in videos.VideoFolderTest.VIDEOS.values()}
    windows = {(v, o) for v, n in lengths.items() for o in range(n - 6)}  # 42 windows
    batches = _take(input_pipeline.create_train_iterator(config), 22)  # 21 an epoch
    video = np.concatenate([b["video"] for b in batches])
    ids = videos._red_ids(video, videos._FOLDER_RED_STEP)  # pylint: disable=protected-access
    frames = videos._frame_indices(video, videos._FOLDER_GREEN_STEP)  # pylint: disable=protected-access
    np.testing.assert_array_equal(np.diff(frames, axis=1), 2)
    seen = list(zip(ids.tolist(), frames[:, 0].tolist()))
    self.assertEqual(sorted(seen[:42]), sorted(windows))
    self.assertNotEqual(seen[:42], sorted(windows))  # shuffled
    self.assertNotEqual(seen[42:], seen[:2])  # each epoch its own order
    resumed = _take(input_pipeline.create_train_iterator(config, start_step=20), 2)
    for a, b in zip(batches[20:], resumed, strict=True):
      np.testing.assert_array_equal(a["video"], b["video"])
    hosts = [{(int(i), int(f)) for b in _take(input_pipeline.create_train_iterator(
        config, process_index=p, process_count=2), 16)
              for i, f in zip(videos._red_ids(b["video"], videos._FOLDER_RED_STEP),  # pylint: disable=protected-access
                              videos._frame_indices(b["video"], videos._FOLDER_GREEN_STEP)[:, 0])}  # pylint: disable=protected-access
             for p in range(2)]
    self.assertEqual({v for v, _ in hosts[0]}, {0, 2})  # host 0: files a0, c2
    self.assertEqual({v for v, _ in hosts[1]}, {1, 3})

  def test_without_prepared_clips(self):
    config = self._config(prepared_dir=videos._tempdir(self), clip_sampling="window")  # pylint: disable=protected-access
    with self.assertRaisesRegex(FileNotFoundError, "--mode=prepare"):
      input_pipeline.check_dataset_available(config)
    with self.assertRaisesRegex(FileNotFoundError, "--mode=prepare"):
      input_pipeline.create_train_iterator(config)
    with self.assertRaisesRegex(ValueError, "nothing to prepare"):
      prepare.prepare(videos._config(prepared_dir=self.prepared), workers=1)  # pylint: disable=protected-access

  def test_failed_prepare_leaves_nothing(self):
    prepared = videos._tempdir(self)  # pylint: disable=protected-access
    config = videos._config(dataset="minerl_navigate", data_dir=videos._tempdir(self),  # pylint: disable=protected-access
                            prepared_dir=prepared)
    with self.assertRaisesRegex(FileNotFoundError, "not prepared"):
      prepare.prepare(config, workers=1)
    self.assertEqual([p for p in pathlib.Path(prepared).rglob("*") if p.is_file()], [])
    self.assertIsNone(prepared_source.store_paths(config, "train"))

  def test_incomplete_or_other_stores_are_not_read(self):
    self.assertEqual(prepared_source.store_paths(self._prepared(), "test"), self.paths)
    self.assertIsNone(prepared_source.store_paths(self._prepared(resolution=16), "test"))
    self.assertIsNone(prepared_source.store_paths(
        self._prepared(frame_transform="resize_crop"), "test"))
    (path,) = self.paths
    info = pathlib.Path(path, prepared_source.INFO_FILE)
    saved = info.read_text()
    info.unlink()
    try:
      self.assertIsNone(prepared_source.store_paths(self._prepared(), "test"))
    finally:
      info.write_text(saved)


class PreparedTfdsTest(absltest.TestCase):
  """Mocked ucf101 (labels name the videos): train, test and train+test."""

  def setUp(self):
    super().setUp()
    self.enter_context(tfds.testing.mock_data(as_dataset_fn=videos._fake_as_dataset))  # pylint: disable=protected-access
    self.prepared = videos._tempdir(self)  # pylint: disable=protected-access

  def _config(self, **overrides):
    return videos._config(dataset="ucf101", frame_transform="resize_crop", **overrides)  # pylint: disable=protected-access

  def test_prepared_reads_as_the_videos(self):
    config = self._config(prepared_dir=self.prepared, train_split="train+test")
    with self.assertLogs(level="INFO") as logs:
      paths = prepare.prepare(config, workers=2, log_every_s=0.0)  # a line per video
    self.assertTrue(any("Preparing train: 9 videos, 143 frames, " in line and "videos/s" in line
                        for line in logs.output), logs.output)  # the split's size is unknown
    self.assertEqual([pathlib.Path(p).parent.name for p in paths], ["train", "test"])
    index = np.load(os.path.join(paths[0], prepared_source.INDEX_FILE))
    np.testing.assert_array_equal(index["length"], videos._TRAIN_LENGTHS)  # pylint: disable=protected-access
    np.testing.assert_array_equal(index["label"], np.arange(9))
    for kwargs in ({"start_step": 4}, {"process_index": 1, "process_count": 2}):
      raw = _take(input_pipeline.create_train_iterator(
          self._config(train_split="train+test"), **kwargs), 3)
      prepared = _take(input_pipeline.create_train_iterator(config, **kwargs), 3)
      _assert_same_batches(self, raw, prepared)
    # The paper's FVD reference set: the first clip of every video of train and test.
    raw, prepared = (list(input_pipeline.create_eval_iterator(
        c, num_examples=100, batch_size=4, split="train+test"))
                     for c in (self._config(), config))
    _assert_same_batches(self, raw, prepared)
    labels = np.concatenate([b["label"] for b in prepared])
    np.testing.assert_array_equal(labels, [0, 1, 3, 4, 6, 7, 8, 9, 11, 12])  # all long enough


if __name__ == "__main__":
  absltest.main()
