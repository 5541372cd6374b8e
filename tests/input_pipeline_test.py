"""Tests for ssm_vdm.input_pipeline: TFDS (mocked, and a tiny prepared copy), folders, synthetic.

Test videos carry their identity in their pixels: frame t of a video has green = step * t and
red (or the label) names the video, so a batch tells which frames of which videos it holds.
"""

import itertools
import os
import pathlib
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import imageio.v3 as iio
import numpy as np
import tensorflow_datasets as tfds

from configs import default
from ssm_vdm import input_pipeline
from ssm_vdm import synthetic
from ssm_vdm.data import folder_source

# Fake TFDS splits: video lengths (frames). With frames=4, frame_stride=2 a clip spans 7 frames,
# so videos 2 and 5 of train and 1 of test are too short.
_TRAIN_LENGTHS = (12, 20, 3, 30, 16, 5, 25, 14, 18)
_TEST_LENGTHS = (10, 2, 15, 8)
_SHORT_TRAIN = {2, 5}
_TEST_ID0 = len(_TRAIN_LENGTHS)  # test videos are ids 9, 10, ...
_TFDS_GREEN_STEP = 4  # green of frame t in the fake TFDS videos
_FOLDER_GREEN_STEP = 8  # ... in the video files (lossy: wider spacing)
_FOLDER_RED_STEP = 60  # red of video k in the video files


def _config(seed: int = 0, **data):
  """The smoke config with this seed and these config.data keys."""
  c = default.get_config("smoke")
  c.seed = seed
  c.data.update(frames=4, frame_stride=2, resolution=8, batch_size=2, shuffle_buffer=4,
                prepared_dir="")  # never the machine's prepared clips
  c.data.update(data)
  return c


def _tempdir(test):
  tmp = tempfile.TemporaryDirectory()
  test.addCleanup(tmp.cleanup)
  return tmp.name


def _class_tempdir(cls):
  tmp = tempfile.TemporaryDirectory()
  cls.addClassCleanup(tmp.cleanup)
  return tmp.name


def _take(iterator, n):
  return list(itertools.islice(iterator, n))


def _frame_indices(video, step):
  """video: [..., T, H, W, C] in [-1, 1] -> frame index of each frame [..., T]."""
  green = (np.asarray(video)[..., 1] + 1.0) * 127.5  # [..., T, H, W]
  return np.round(green.mean(axis=(-1, -2)) / step).astype(int)


def _red_ids(video, step):
  """video: [B, T, H, W, C] -> id from the red channel [B]."""
  red = (np.asarray(video)[..., 0] + 1.0) * 127.5
  return np.round(red.mean(axis=(1, 2, 3)) / step).astype(int)


def _check_batch(test, batch, config, local_batch):
  d = config.data
  shape = (local_batch, d.frames, d.resolution, d.resolution, d.channels)
  test.assertEqual(batch["video"].shape, shape)
  test.assertEqual(batch["video"].dtype, np.float32)
  test.assertEqual(batch["label"].shape, (local_batch,))
  test.assertEqual(batch["label"].dtype, np.int32)
  test.assertGreaterEqual(batch["video"].min(), -1.0)
  test.assertLessEqual(batch["video"].max(), 1.0)
  # What the train step is compiled for before any data arrives (Trainer.compile_train_step).
  spec = input_pipeline.global_batch_spec(config)
  test.assertEqual(set(batch), set(spec))
  for key, leaf in spec.items():
    test.assertEqual(batch[key].shape, (local_batch,) + leaf.shape[1:], key)
    test.assertEqual(batch[key].dtype, leaf.dtype, key)


# ---------------------------------------------------------------------------------------------
# TFDS through tfds.testing.mock_data, with videos whose content and lengths the tests choose.


def _fake_example(name, video_id, length):
  if name == "ucf101":  # JPEG: grey frames survive, so the label names the video
    frames = np.zeros((length, 256, 256, 3), np.uint8)
    frames[:] = (_TFDS_GREEN_STEP * np.arange(length, dtype=np.uint8))[:, None, None, None]
    return {"video": frames, "label": video_id}
  frames = np.zeros((length, 64, 64, 3), np.uint8)  # PNG: exact colours
  frames[..., 0] = 20 * video_id
  frames[..., 1] = (_TFDS_GREEN_STEP * np.arange(length, dtype=np.uint8))[:, None, None]
  return {"video": frames}


_ENCODED = {}  # (name, split) -> encoded examples, built once


def _fake_as_dataset(self, split, decoders=None, read_config=None, shuffle_files=False):
  """Stands in for FileReaderBuilder._as_dataset: honours split slicing (host shards)."""
  del read_config, shuffle_files
  import tensorflow as tf  # pylint: disable=g-import-not-at-top
  lengths = {"train": _TRAIN_LENGTHS, "test": _TEST_LENGTHS}
  infos = {name: tfds.core.SplitInfo(name=name, shard_lengths=[len(v)], num_bytes=0,
                                     filename_template=None) for name, v in lengths.items()}
  features = self.info.features
  examples = []  # 'train+test': train's, then test's
  for instruction in tfds.core.ReadInstruction.from_spec(split).to_absolute(infos):
    key = (self.name, instruction.splitname)
    if key not in _ENCODED:
      first_id = 0 if instruction.splitname == "train" else _TEST_ID0
      _ENCODED[key] = [features.encode_example(_fake_example(self.name, first_id + i, n))
                       for i, n in enumerate(lengths[instruction.splitname])]
    examples += _ENCODED[key][instruction.from_:instruction.to]
  signature = tf.nest.map_structure(lambda t: tf.TensorSpec(t.shape, t.dtype),
                                    features.get_serialized_info())
  ds = tf.data.Dataset.from_generator(lambda: iter(examples), output_signature=signature)
  return ds.map(lambda ex: features.decode_example(ex, decoders=decoders))


@parameterized.named_parameters(("ucf101", "ucf101"), ("minerl", "minerl_navigate"))
class TfdsPipelineTest(parameterized.TestCase):

  def setUp(self):
    super().setUp()
    self.enter_context(tfds.testing.mock_data(as_dataset_fn=_fake_as_dataset))

  def _ids(self, name, batch):
    if name == "ucf101":
      return batch["label"]
    return _red_ids(batch["video"], 20)

  def test_batches_windows_and_epochs(self, name):
    config = _config(dataset=name)
    with self.assertLogs(level="WARNING") as logs:
      batches = _take(input_pipeline.create_train_iterator(config), 6)
    self.assertIn("skipping 2 of 9 videos shorter than 7 frames", "\n".join(logs.output))
    for batch in batches:
      _check_batch(self, batch, config, 2)
    video = np.concatenate([b["video"] for b in batches])  # [12, T, H, W, C]
    ids = np.concatenate([self._ids(name, b) for b in batches])
    # Frames are spatially uniform in these videos, so resizing must keep them so.
    self.assertLess(np.ptp(video, axis=(2, 3)).max(), 0.02)
    frames = _frame_indices(video, _TFDS_GREEN_STEP)  # [12, T]
    np.testing.assert_array_equal(np.diff(frames, axis=1), 2)  # consecutive, stride 2
    for start, end, video_id in zip(frames[:, 0], frames[:, -1], ids):
      self.assertGreaterEqual(start, 0)
      self.assertLess(end, _TRAIN_LENGTHS[video_id])
    self.assertGreater(len(set(frames[:, 0])), 2)  # random windows, not always the start
    usable = set(range(len(_TRAIN_LENGTHS))) - _SHORT_TRAIN
    self.assertEqual(sorted(ids[:7]), sorted(usable))  # first epoch: each usable video once
    self.assertEqual(set(ids[7:]) - usable, set())
    if name == "minerl_navigate":
      np.testing.assert_array_equal(np.concatenate([b["label"] for b in batches]), 0)

  def test_hosts_read_disjoint_shards(self, name):
    config = _config(dataset=name)  # 2 hosts x 1 example
    host_ids = []
    for p in range(2):
      batches = _take(input_pipeline.create_train_iterator(
          config, process_index=p, process_count=2), 4)
      self.assertEqual(batches[0]["video"].shape[0], 1)
      host_ids.append({int(i) for b in batches for i in self._ids(name, b)})
    self.assertEqual(host_ids[0] & host_ids[1], set())
    self.assertEqual(host_ids[0] | host_ids[1], set(range(len(_TRAIN_LENGTHS))) - _SHORT_TRAIN)

  def test_eval_split_once_from_first_frame(self, name):
    config = _config(dataset=name)
    batches = list(input_pipeline.create_eval_iterator(config, num_examples=10, batch_size=2))
    self.assertEqual([b["video"].shape[0] for b in batches], [2, 1])  # 3 usable test videos
    ids = np.concatenate([self._ids(name, b) for b in batches])
    self.assertEqual(list(ids), [_TEST_ID0, _TEST_ID0 + 2, _TEST_ID0 + 3])
    frames = _frame_indices(np.concatenate([b["video"] for b in batches]), _TFDS_GREEN_STEP)
    np.testing.assert_array_equal(frames, np.tile([0, 2, 4, 6], (3, 1)))
    # num_examples caps the total over hosts: 2 examples, one per host.
    per_host = [list(input_pipeline.create_eval_iterator(
        config, num_examples=2, batch_size=2, process_index=p, process_count=2))
                for p in range(2)]
    self.assertEqual([[b["video"].shape[0] for b in h] for h in per_host], [[1], [1]])


class TfdsResumeTest(absltest.TestCase):
  """The stream logic is shared by the TFDS datasets: minerl_navigate stands for both."""

  def test_deterministic_resumable_and_seeded(self):
    config = _config(dataset="minerl_navigate", seed=1)
    with tfds.testing.mock_data(as_dataset_fn=_fake_as_dataset):
      full = _take(input_pipeline.create_train_iterator(config), 8)
      # 7 usable videos, 2 a batch: resume inside epoch 0, and part-way into epoch 1.
      for start_step in (3, 5):
        resumed = _take(input_pipeline.create_train_iterator(config, start_step=start_step), 3)
        for a, b in zip(full[start_step:start_step + 3], resumed, strict=True):
          np.testing.assert_array_equal(a["video"], b["video"])
          np.testing.assert_array_equal(a["label"], b["label"])
      config.seed = 2
      other = _take(input_pipeline.create_train_iterator(config), 4)
    self.assertFalse(all(np.array_equal(a["video"], b["video"]) for a, b in zip(full, other)))


class TfdsDefaultMockTest(parameterized.TestCase):
  """tfds.testing.mock_data's own random videos (random lengths 5..49)."""

  @parameterized.parameters("ucf101", "minerl_navigate")
  def test_random_mock_videos(self, name):
    config = _config(dataset=name, frames=5, frame_stride=1)
    with tfds.testing.mock_data(num_examples=3):
      input_pipeline.check_dataset_available(config)
      batches = _take(input_pipeline.create_train_iterator(config), 2)
    for batch in batches:
      _check_batch(self, batch, config, 2)
      self.assertGreater(np.ptp(batch["video"]), 0.0)  # noise, not a constant fill


# ---------------------------------------------------------------------------------------------
# A tiny minerl_navigate really prepared on disk: real split files, real host slicing.


class PreparedTfdsTest(absltest.TestCase):

  @classmethod
  def setUpClass(cls):
    super().setUpClass()
    import minerl_navigate  # pylint: disable=g-import-not-at-top
    cls.data_dir = _class_tempdir(cls)
    builder_cls = minerl_navigate.MinerlNavigate

    def split_generators(self, dl_manager):
      del self, dl_manager
      return {"train": _examples(0, _TRAIN_LENGTHS), "test": _examples(_TEST_ID0, _TEST_LENGTHS)}

    def _examples(first_id, lengths):
      for i, n in enumerate(lengths):
        yield f"v{first_id + i}", _fake_example("minerl_navigate", first_id + i, n)

    # Preparing looks up the builder's download checksums through `importlib_resources`, which
    # this environment may lack; nothing is downloaded here, so there are none to look up.
    saved = builder_cls.__dict__.get("_split_generators")
    builder_cls._split_generators = split_generators
    builder_cls.url_infos = None
    try:
      tfds.builder("minerl_navigate", data_dir=cls.data_dir).download_and_prepare()
    finally:
      builder_cls._split_generators = saved
      del builder_cls.url_infos

  def test_prepared_dataset_is_available(self):
    input_pipeline.check_dataset_available(_config(dataset="minerl_navigate",
                                                   data_dir=self.data_dir))

  def test_hosts_read_disjoint_slices(self):
    config = _config(dataset="minerl_navigate", data_dir=self.data_dir)
    host_ids = []
    for p in range(2):
      batches = _take(input_pipeline.create_train_iterator(
          config, process_index=p, process_count=2), 4)
      host_ids.append({int(i) for b in batches for i in _red_ids(b["video"], 20)})
    self.assertEqual(host_ids[0] & host_ids[1], set())
    self.assertEqual(host_ids[0] | host_ids[1], set(range(len(_TRAIN_LENGTHS))) - _SHORT_TRAIN)

  def test_not_prepared_errors_say_how_to_build(self):
    empty = _tempdir(self)
    for name in ("minerl_navigate", "ucf101"):
      config = _config(dataset=name, data_dir=empty, manual_dir="/offline/ucf")
      with self.assertRaises(FileNotFoundError) as raised:
        input_pipeline.check_dataset_available(config)
      message = str(raised.exception)
      self.assertIn(f"data_dir={empty}", message)
      self.assertIn("config.data.data_dir", message)
      self.assertIn(f"tfds build {name} --data_dir={empty}", message)
      commands = [line.strip() for line in message.splitlines()
                  if line.strip().startswith("python -c")]
      self.assertLen(commands, 2 if name == "ucf101" else 1)
      for command in commands:  # the Python in the commands is valid and names the dataset
        code = command.removeprefix("python -c ").strip('"')
        compile(code, "<prepare command>", "exec")
        self.assertIn(f"tfds.builder({name!r}, data_dir={empty!r})", code)
      if name == "ucf101":
        self.assertIn("UCF101_videos.zip in /offline/ucf", message)
        self.assertIn("DownloadConfig(manual_dir='/offline/ucf')", commands[1])
      else:
        self.assertTrue(commands[0].startswith('python -c "import minerl_navigate;'))
      with self.assertRaises(FileNotFoundError):  # before any reading starts
        input_pipeline.create_train_iterator(config)


# ---------------------------------------------------------------------------------------------
# A folder of video files.


def _write_video(path, video_id, length, height, width):
  """Centre square: red = 60 * id, green = 8 * t; the rest (cropped away) white."""
  frames = np.full((length, height, width, 3), 255, np.uint8)
  side = min(height, width)
  top, left = (height - side) // 2, (width - side) // 2
  centre = frames[:, top:top + side, left:left + side]
  centre[..., 0] = _FOLDER_RED_STEP * video_id
  centre[..., 1] = (_FOLDER_GREEN_STEP * np.arange(length))[:, None, None]
  centre[..., 2] = 0
  if path.suffix == ".gif":
    iio.imwrite(path, frames, plugin="pillow", duration=100, loop=0)
  else:
    iio.imwrite(path, frames, plugin="FFMPEG", fps=10)


class VideoFolderTest(absltest.TestCase):
  # name -> (video id, length, height, width); sorted paths alternate between 2 hosts.
  VIDEOS = {"a0.gif": (0, 16, 16, 16), "b1.mp4": (1, 20, 16, 48), "c2.gif": (2, 12, 24, 16),
            "sub/d3.mp4": (3, 18, 16, 16), "e_short.gif": (4, 3, 16, 16)}

  @classmethod
  def setUpClass(cls):
    super().setUpClass()
    cls.folder = pathlib.Path(_class_tempdir(cls))
    (cls.folder / "sub").mkdir()
    for name, spec in cls.VIDEOS.items():
      _write_video(cls.folder / name, *spec)
    (cls.folder / "f_broken.mp4").write_bytes(np.random.default_rng(0).bytes(2000))
    (cls.folder / "notes.txt").write_text("not a video")

  def _config(self, **overrides):
    return _config(dataset="video_folder", video_folder=str(self.folder), **overrides)

  def test_clips_crop_windows_and_skips(self):
    config = self._config()
    with self.assertLogs(level="WARNING") as logs:
      batches = _take(input_pipeline.create_train_iterator(config), 4)
    log = "\n".join(logs.output)
    self.assertIn("f_broken.mp4", log)
    self.assertIn("skipping 1 of 5 videos shorter than 7 frames", log)
    video = np.concatenate([b["video"] for b in batches])  # [8, T, H, W, C]
    for batch in batches:
      _check_batch(self, batch, config, 2)
      np.testing.assert_array_equal(batch["label"], 0)
    # The white borders of the non-square videos are cropped away: frames stay uniform.
    self.assertLess(np.ptp(video, axis=(2, 3)).max(), 0.1)
    ids = _red_ids(video, _FOLDER_RED_STEP)
    self.assertEqual(sorted(ids[:4]), [0, 1, 2, 3])  # one epoch: the 4 usable videos
    frames = _frame_indices(video, _FOLDER_GREEN_STEP)
    np.testing.assert_array_equal(np.diff(frames, axis=1), 2)
    lengths = {spec[0]: spec[1] for spec in self.VIDEOS.values()}
    for start, end, video_id in zip(frames[:, 0], frames[:, -1], ids):
      self.assertBetween(start, 0, lengths[video_id] - 1)
      self.assertLess(end, lengths[video_id])

  def test_resume_and_seed(self):
    config = self._config(seed=2)
    full = _take(input_pipeline.create_train_iterator(config), 5)
    resumed = _take(input_pipeline.create_train_iterator(config, start_step=3), 2)
    for a, b in zip(full[3:], resumed):  # step 3 starts the second epoch part-way
      np.testing.assert_array_equal(a["video"], b["video"])
    other = _take(input_pipeline.create_train_iterator(self._config(seed=5)), 5)
    self.assertFalse(all(np.array_equal(a["video"], b["video"]) for a, b in zip(full, other)))

  def test_hosts_read_disjoint_files(self):
    config = self._config(batch_size=2)
    host_ids = []
    for p in range(2):
      batches = _take(input_pipeline.create_train_iterator(
          config, process_index=p, process_count=2), 3)
      host_ids.append({int(i) for b in batches for i in _red_ids(b["video"], _FOLDER_RED_STEP)})
    self.assertEqual(host_ids, [{0, 2}, {1, 3}])  # sorted: a0 b1 c2 e_short f_broken sub/d3

  def test_file_broken_after_scan_is_skipped(self):
    folder = pathlib.Path(_tempdir(self))
    for name in ("a0.gif", "c2.gif"):
      (folder / name).write_bytes((self.folder / name).read_bytes())
    config = _config(dataset="video_folder", video_folder=str(folder), batch_size=1,
                     shuffle_buffer=1)
    iterator = input_pipeline.create_train_iterator(config)  # scans both files
    (folder / "a0.gif").write_bytes(b"GIF89a broken")
    with self.assertLogs(level="WARNING") as logs:
      batches = _take(iterator, 3)
    self.assertIn("a0.gif", "\n".join(logs.output))
    self.assertEqual([int(_red_ids(b["video"], _FOLDER_RED_STEP)[0]) for b in batches],
                     [2, 2, 2])

  def test_read_clip_never_raises(self):
    ok, frames = input_pipeline.read_clip(str(self.folder / "f_broken.mp4"), 0, 4, 1)
    self.assertFalse(ok)
    self.assertEqual(frames.shape[0], 4)
    ok, frames = input_pipeline.read_clip(str(self.folder / "a0.gif"), 10, 4, 2)  # past the end
    self.assertFalse(ok)

  def test_eval_pass(self):
    config = self._config()
    batches = list(input_pipeline.create_eval_iterator(config, num_examples=3, batch_size=2))
    self.assertEqual([b["video"].shape[0] for b in batches], [2, 1])
    video = np.concatenate([b["video"] for b in batches])
    np.testing.assert_array_equal(_red_ids(video, _FOLDER_RED_STEP), [0, 1, 2])
    np.testing.assert_array_equal(_frame_indices(video, _FOLDER_GREEN_STEP),
                                  np.tile([0, 2, 4, 6], (3, 1)))

  def test_empty_missing_and_unusable_folders(self):
    empty = _tempdir(self)
    pathlib.Path(empty, "readme.txt").write_text("no videos")
    for folder in (empty, os.path.join(empty, "missing"), ""):
      config = _config(dataset="video_folder", video_folder=folder)
      with self.assertRaises(FileNotFoundError):
        input_pipeline.check_dataset_available(config)
      with self.assertRaises(FileNotFoundError):
        input_pipeline.create_train_iterator(config)
    unusable = pathlib.Path(_tempdir(self))
    for name in ("e_short.gif", "f_broken.mp4"):
      (unusable / name).write_bytes((self.folder / name).read_bytes())
    config = _config(dataset="video_folder", video_folder=str(unusable))
    for make in (input_pipeline.check_dataset_available, input_pipeline.create_train_iterator):
      with self.assertRaisesRegex(ValueError, "shorter than the 7 frames a clip needs"):
        make(config)

  def test_all_unreadable_folder_fails_the_availability_check(self):
    broken = pathlib.Path(_tempdir(self))
    for i in range(7):
      (broken / f"v{i}.mp4").write_bytes(np.random.default_rng(i).bytes(500))
    (broken / "v7.gif").write_bytes(b"GIF89a broken")
    config = _config(dataset="video_folder", video_folder=str(broken))
    with self.assertRaises(ValueError) as raised:  # what train.py calls before compiling
      input_pipeline.check_dataset_available(config)
    message = str(raised.exception)
    self.assertIn("8 are unreadable", message)
    self.assertIn(f"{broken / 'v0.mp4'}: RuntimeError", message)
    self.assertIn("Invalid data found", message)  # ffmpeg's reason, not just its banner
    self.assertIn("... and 3 more", message)  # a few named, not all
    self.assertIn("-v error -i FILE -f null -", message)  # how to check one

  def test_availability_check_stops_at_the_first_usable_video(self):
    count = folder_source._count_frames  # pylint: disable=protected-access
    with absltest.mock.patch.object(folder_source, "_count_frames", wraps=count) as counted:
      input_pipeline.check_dataset_available(self._config())
    self.assertEqual(counted.call_count, 1)  # a0.gif is usable


# ---------------------------------------------------------------------------------------------
# Synthetic videos and shared checks.


class SyntheticTest(absltest.TestCase):

  def _videos(self, config, indices):
    return synthetic.synthetic_batch(
        np.asarray(indices), seed=config.seed, frames=config.data.frames,
        resolution=config.data.resolution, num_shapes=config.data.synthetic_num_shapes,
        channels=config.data.channels)

  def test_hosts_and_steps_follow_the_index_formula(self):
    config = _config(batch_size=4, synthetic_num_videos=6)
    for p in range(2):
      batches = _take(input_pipeline.create_train_iterator(
          config, process_index=p, process_count=2, start_step=1), 2)
      for step, batch in zip((1, 2), batches):
        _check_batch(self, batch, config, 2)
        indices = (step * 4 + p * 2 + np.arange(2)) % 6
        np.testing.assert_array_equal(batch["video"], self._videos(config, indices))
        np.testing.assert_array_equal(batch["label"], 0)

  def test_resume_and_seed(self):
    config = _config()
    full = _take(input_pipeline.create_train_iterator(config), 4)
    resumed = _take(input_pipeline.create_train_iterator(config, start_step=2), 2)
    for a, b in zip(full[2:], resumed):
      np.testing.assert_array_equal(a["video"], b["video"])
    other = next(input_pipeline.create_train_iterator(_config(seed=9)))
    self.assertFalse(np.array_equal(full[0]["video"], other["video"]))

  def test_eval_is_disjoint_and_capped(self):
    config = _config(synthetic_num_videos=4)
    train = np.concatenate([b["video"] for b in _take(
        input_pipeline.create_train_iterator(config), 2)])  # all 4 training videos
    per_host = [list(input_pipeline.create_eval_iterator(
        config, num_examples=5, batch_size=4, process_index=p, process_count=2))
                for p in range(2)]
    self.assertEqual([[b["video"].shape[0] for b in h] for h in per_host], [[2, 1], [2]])
    evals = np.concatenate([b["video"] for h in per_host for b in h])
    for video in evals:
      self.assertFalse(any(np.array_equal(video, t) for t in train))
    self.assertLen({v.tobytes() for v in evals}, 5)

  def test_batch_size_must_divide(self):
    with self.assertRaisesRegex(ValueError, "multiple of process_count=2"):
      input_pipeline.create_train_iterator(_config(batch_size=3), process_count=2)
    with self.assertRaisesRegex(ValueError, "multiple of process_count=2"):
      input_pipeline.create_eval_iterator(_config(), num_examples=4, batch_size=3,
                                          process_count=2)
    with self.assertRaises(ValueError):
      input_pipeline.check_dataset_available(_config(dataset="imagenet"))


if __name__ == "__main__":
  absltest.main()
