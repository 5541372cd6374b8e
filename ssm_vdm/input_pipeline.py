"""Input pipelines: TFDS `ucf101` / `minerl_navigate`, a folder of video files, synthetic videos.

Every iterator yields host-local batches `{'video': float32 [B, T, H, W, C] in [-1, 1],
'label': int32 [B]}`: clips of `frames` frames taken every `frame_stride` frames, centre-cropped
to a square, resized to `resolution` (antialiased bilinear) and scaled to [-1, 1].

Determinism and resumption (video datasets). A host reads its own shard of the videos. Videos
shorter than a clip are dropped up front (and counted in the log), which leaves `n` usable ones.
The host's training stream is epoch 0, 1, 2, ... of those `n` videos, epoch `e` shuffled with a
`shuffle_buffer` buffer seeded from (seed, e); the window of the stream's q-th example is drawn
from (seed, process_index, q). Nothing depends on what was read before, so the iterator for
`start_step=s` starts at example q = s * B: epoch q // n, after skipping q % n records, which are
read but not decoded (frames are decoded only for the chosen window). The one exception: a video
file that was readable when the folder was scanned but fails later is dropped with a warning,
which shifts the rest of that run's stream.

Evaluation reads each host's shard of the test split (video_folder: the same folder) once, in
order, taking every video's first clip.
"""

import collections
from collections.abc import Callable, Iterator
import concurrent.futures
import dataclasses
import importlib
import importlib.util
import itertools
import pathlib

from absl import logging
import ml_collections
import numpy as np

from ssm_vdm import synthetic

# Imported lazily (`_tf()`, `_tfds()`): the synthetic pipeline and the config checks are usable
# without paying for (or having) TensorFlow.
_FOREVER = 2**62  # "infinite" tf.data ranges
_EVAL_INDEX_OFFSET = 1 << 40  # synthetic eval videos: indices no training run reaches
_SHUFFLE_SALT, _WINDOW_SALT = 1, 2
VIDEO_EXTENSIONS = (".mp4", ".gif", ".webm", ".avi", ".mov", ".mkv")
DATASETS = ("synthetic", "ucf101", "minerl_navigate", "video_folder")

Batch = dict[str, np.ndarray]


@dataclasses.dataclass(frozen=True)
class _TfdsSpec:
  """How a TFDS video dataset is read and prepared."""
  name: str
  train_split: str
  eval_split: str
  has_label: bool
  module: str | None  # module whose import registers the builder with TFDS
  manual_file: str | None  # big download that TFDS takes from manual_dir instead, if there
  size: str  # what preparing downloads


_TFDS = {
    "ucf101": _TfdsSpec(name="ucf101", train_split="train", eval_split="test", has_label=True,
                        module=None, manual_file="UCF101_videos.zip", size="~6.5 GiB"),
    "minerl_navigate": _TfdsSpec(name="minerl_navigate", train_split="train",
                                 eval_split="test", has_label=False, module="minerl_navigate",
                                 manual_file=None, size="minerl_navigate.zip"),
}


def _tf():
  import tensorflow as tf  # pylint: disable=g-import-not-at-top
  return tf


def _tfds():
  import tensorflow_datasets as tfds  # pylint: disable=g-import-not-at-top
  return tfds


# --------------------------------------------------------------------------------------------
# Public interface.


def check_dataset_available(config: ml_collections.ConfigDict) -> None:
  """Raises FileNotFoundError / ValueError if the configured dataset can't be read.

  Cheap: lists files or opens TFDS metadata, decodes nothing. Call it before compiling.
  """
  _check_config(config)
  if config.dataset == "synthetic":
    return
  if config.dataset == "video_folder":
    _list_video_files(config.video_folder)
    return
  spec = _TFDS[config.dataset]
  for split in (spec.train_split, spec.eval_split):
    _tfds_records(config, split)


def create_train_iterator(config: ml_collections.ConfigDict, *, process_index: int = 0,
                          process_count: int = 1, start_step: int = 0) -> Iterator[Batch]:
  """Infinite iterator of host-local batches.

  Returns:
    Iterator of {'video': float32 [B_local, T, H, W, C] in [-1, 1], 'label': int32 [B_local]},
    B_local = config.batch_size // process_count. Deterministic from config.seed; the iterator
    for `start_step=s` yields what an uninterrupted one yields from its s-th batch on.
  """
  local_batch = _check_host_call(config, config.batch_size, process_index, process_count)
  if start_step < 0:
    raise ValueError(f"start_step={start_step} must be >= 0.")
  if config.dataset == "synthetic":
    return _synthetic_train(config, process_index=process_index, local_batch=local_batch,
                            start_step=start_step)
  source = _make_source(config, train=True, process_index=process_index,
                        process_count=process_count)
  return _train_stream(source, config, process_index=process_index, local_batch=local_batch,
                       start_step=start_step)


def create_eval_iterator(config: ml_collections.ConfigDict, *, num_examples: int,
                         batch_size: int, process_index: int = 0,
                         process_count: int = 1) -> Iterator[Batch]:
  """One deterministic pass over the eval/test split.

  `batch_size` is global like config.batch_size: batches hold batch_size // process_count
  examples (the last one may hold fewer). Host p takes the first
  num_examples // process_count (+1 for p < num_examples % process_count) usable clips of its
  shard, so at most num_examples in total. Clips start at the videos' first frame, independent of
  the seed, so FVD reference sets are comparable across runs.
  """
  local_batch = _check_host_call(config, batch_size, process_index, process_count)
  if num_examples < 0:
    raise ValueError(f"num_examples={num_examples} must be >= 0.")
  quota = num_examples // process_count + (process_index < num_examples % process_count)
  if config.dataset == "synthetic":
    return _synthetic_eval(config, quota=quota, local_batch=local_batch,
                           process_index=process_index, process_count=process_count)
  source = _make_source(config, train=False, process_index=process_index,
                        process_count=process_count)
  return _eval_stream(source, config, quota=quota, local_batch=local_batch)


# --------------------------------------------------------------------------------------------
# Checks.


def _check_host_call(config: ml_collections.ConfigDict, batch_size: int, process_index: int,
                     process_count: int) -> int:
  """Checks an iterator's arguments; returns this host's batch size, batch_size // hosts."""
  if process_count < 1 or batch_size < 1 or batch_size % process_count:
    raise ValueError(f"batch_size={batch_size} must be a positive multiple of "
                     f"process_count={process_count}.")
  _check_config(config)
  if not 0 <= process_index < process_count:
    raise ValueError(f"process_index={process_index} not in [0, {process_count}).")
  return batch_size // process_count


def _check_config(config: ml_collections.ConfigDict) -> None:
  if config.dataset not in DATASETS:
    raise ValueError(f"Unknown dataset {config.dataset!r}; expected one of {DATASETS}.")
  for key in ("frames", "frame_stride", "resolution", "channels", "batch_size"):
    if config[key] < 1:
      raise ValueError(f"config.{key}={config[key]} must be >= 1.")
  if config.dataset != "synthetic" and config.channels not in (1, 3):
    raise ValueError(f"config.channels={config.channels}: videos are read as RGB (3) or "
                     "converted to grey (1).")


def _clip_span(config) -> int:
  """Frames a clip covers in the source video: [offset, offset + span)."""
  return (config.frames - 1) * config.frame_stride + 1


def _tfds_builder(config):
  spec = _TFDS[config.dataset]
  if spec.module:
    try:
      importlib.import_module(spec.module)  # registers the builder with TFDS
    except ImportError as e:
      raise ImportError(f"dataset={spec.name!r} needs the `{spec.module}` package: "
                        "pip install --no-deps minerl-navigate==1.1.0") from e
  return _tfds().builder(spec.name, data_dir=config.data_dir or None)


def _tfds_records(config, split):
  """The (host's) split with frames left encoded, or a clear error if it can't be read."""
  tfds = _tfds()
  spec = _TFDS[config.dataset]
  builder = _tfds_builder(config)
  try:
    # Frames stay encoded (JPEG/PNG strings) until a window is chosen: skipping and shuffling
    # never decode, and a clip decodes `frames` images, not the whole video.
    return builder.as_dataset(split=split, shuffle_files=False,
                              decoders={"video": tfds.decode.SkipDecoding()})
  except (AssertionError, FileNotFoundError) as e:  # TFDS: "could not find data in ..."
    raise FileNotFoundError(_not_prepared_message(spec, builder, config)) from e
  except ValueError as e:  # e.g. "Unknown split": prepared, but not as this code expects
    raise ValueError(f"Dataset {builder.info.full_name} in data_dir="
                     f"{_data_dir_text(builder, config)} can't read split {split}: {e}") from e


def _data_dir_text(builder, config) -> str:
  root = getattr(builder, "data_dir_root", None)
  return str(root or config.data_dir or "~/tensorflow_datasets")


def _prepare_command(spec: _TfdsSpec, data_dir: str, manual_dir: str = "") -> str:
  """A shell command that downloads and prepares `spec`'s dataset into `data_dir`.

  Python rather than the `tfds build` CLI, which in TFDS 4.9.10 also needs apache-beam.
  """
  imports = f"import {spec.module}; " if spec.module else ""
  config = (f"download_config=tfds.download.DownloadConfig(manual_dir={manual_dir!r})"
            if manual_dir else "")
  return (f"python -c \"{imports}import tensorflow_datasets as tfds; "
          f"tfds.builder({spec.name!r}, data_dir={data_dir!r}).download_and_prepare({config})\"")


def _not_prepared_message(spec: _TfdsSpec, builder, config) -> str:
  data_dir = _data_dir_text(builder, config)
  variant = builder.info.full_name
  needs = ["an `ffmpeg` binary on PATH (imageio-ffmpeg ships one: ln -s \"$(python -c "
           "'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())')\" "
           "~/.local/bin/ffmpeg)"]
  if importlib.util.find_spec("importlib_resources") is None:
    needs.append("`pip install importlib_resources` (TFDS 4.9.10 imports it while preparing)")
  lines = [
      f"TFDS dataset {spec.name!r} ({variant}) is not prepared in data_dir={data_dir} "
      "(config.data_dir; '' means the TFDS default).",
      f"Prepare it once (downloads {spec.size}) with",
      "    " + _prepare_command(spec, data_dir),
      f"(or `tfds build {spec.name} --data_dir={data_dir}"
      + (f" --imports={spec.module}" if spec.module else "") + "` with apache-beam installed).",
      f"Preparing needs {' and '.join(needs)}.",
  ]
  if spec.manual_file:
    manual = config.manual_dir or "MANUAL_DIR"
    lines += [f"To skip the big download, put {spec.manual_file} in {manual} "
              "(config.manual_dir) and run", "    " + _prepare_command(spec, data_dir, manual)]
  lines.append(f"Offline: copy a data_dir holding a prepared {variant} from a machine with "
               "internet and point --config.data_dir at it.")
  return "\n".join(lines)


def _list_video_files(folder: str) -> list[str]:
  """Sorted video files under `folder` (recursive). Raises FileNotFoundError if none."""
  if not folder:
    raise FileNotFoundError("dataset=video_folder needs config.video_folder: a directory of "
                            f"video files ({', '.join(VIDEO_EXTENSIONS)}).")
  root = pathlib.Path(folder).expanduser()
  if not root.is_dir():
    raise FileNotFoundError(f"config.video_folder={folder!r} is not a directory.")
  files = sorted(str(p) for p in root.rglob("*")
                 if p.suffix.lower() in VIDEO_EXTENSIONS and p.is_file())
  if not files:
    raise FileNotFoundError(f"config.video_folder={folder!r} holds no video files "
                            f"({', '.join(VIDEO_EXTENSIONS)}).")
  return files


# --------------------------------------------------------------------------------------------
# Sources: a host's videos as a finite tf.data.Dataset of {'length', 'label', ...} records that
# are cheap to read, plus a function that decodes a clip from one record.


@dataclasses.dataclass
class _Source:
  records: object  # tf.data.Dataset of dicts with 'length' (int64) and 'label' (int32)
  num_usable: int | None  # records with length >= clip span (train only: `records` then
  # holds only those)
  # decode(record, offset) -> (ok: bool, frames: uint8 [T, h, w, 3]); ok=False drops the clip.
  decode: Callable
  description: str


def _make_source(config, *, train: bool, process_index: int, process_count: int) -> _Source:
  if config.dataset == "video_folder":
    return _folder_source(config, process_index=process_index, process_count=process_count)
  return _tfds_source(config, train=train, process_index=process_index,
                      process_count=process_count)


def _tfds_source(config, *, train: bool, process_index: int, process_count: int) -> _Source:
  tf, tfds = _tf(), _tfds()
  spec = _TFDS[config.dataset]
  split = spec.train_split if train else spec.eval_split
  ds = _tfds_records(config, tfds.even_splits(split, n=process_count)[process_index])

  def to_record(ex):
    label = tf.cast(ex["label"], tf.int32) if spec.has_label else tf.constant(0, tf.int32)
    return {"frames": ex["video"], "length": tf.shape(ex["video"], out_type=tf.int64)[0],
            "label": label}

  records = ds.map(to_record, num_parallel_calls=tf.data.AUTOTUNE)
  span = _clip_span(config)
  description = f"{spec.name} {split} (host {process_index}/{process_count})"
  num_usable = None
  if train:  # the resume arithmetic needs the number of usable videos
    num_usable, num_short = _count(records, span)
    _log_usable(description, num_usable, num_short, span, config)
    records = records.filter(lambda r: r["length"] >= span)

  def decode(record, offset):
    index = offset + config.frame_stride * tf.range(config.frames, dtype=tf.int64)  # [T]
    encoded = tf.gather(record["frames"], index)  # [T] strings
    frames = tf.map_fn(lambda b: tf.io.decode_image(b, channels=3, expand_animations=False),
                       encoded, fn_output_signature=tf.TensorSpec([None, None, 3], tf.uint8))
    return tf.constant(True), frames  # [T, h, w, 3]

  return _Source(records, num_usable, decode, description)


def _count(records, span: int) -> tuple[int, int]:
  """(videos with length >= span, shorter ones): one pass over the undecoded records."""
  tf = _tf()
  zero = tf.constant(0, tf.int64)
  usable, short = records.map(lambda r: r["length"]).reduce(
      (zero, zero), lambda acc, n: (acc[0] + tf.cast(n >= span, tf.int64),
                                    acc[1] + tf.cast(n < span, tf.int64)))
  return int(usable), int(short)


def _log_usable(description, num_usable, num_short, span, config) -> None:
  if num_short:
    logging.warning("%s: skipping %d of %d videos shorter than %d frames (frames=%d, "
                    "frame_stride=%d).", description, num_short, num_usable + num_short,
                    span, config.frames, config.frame_stride)
  logging.info("%s: %d usable videos.", description, num_usable)
  if num_usable == 0:
    raise ValueError(f"{description}: no video has the {span} frames a clip needs "
                     f"(frames={config.frames}, frame_stride={config.frame_stride}).")


def _folder_source(config, *, process_index: int, process_count: int) -> _Source:
  tf = _tf()
  files = _list_video_files(config.video_folder)[process_index::process_count]
  span = _clip_span(config)
  description = (f"video_folder {config.video_folder} "
                 f"(host {process_index}/{process_count})")
  paths, lengths, unreadable, short = scan_videos(files, span)
  if unreadable:
    logging.warning("%s: skipping %d unreadable files: %s", description, len(unreadable),
                    ", ".join(unreadable[:10]) + (" ..." if len(unreadable) > 10 else ""))
  _log_usable(description, len(paths), len(short), span, config)
  records = tf.data.Dataset.from_tensor_slices({
      "path": tf.constant(paths, tf.string),
      "length": tf.constant(lengths, tf.int64),
      "label": tf.zeros([len(paths)], tf.int32),
  })

  def decode(record, offset):
    ok, frames = tf.numpy_function(
        lambda path, start: read_clip(path.decode(), int(start), config.frames,
                                      config.frame_stride),
        [record["path"], offset], [tf.bool, tf.uint8], stateful=False)
    return tf.reshape(ok, []), tf.ensure_shape(frames, [config.frames, None, None, 3])

  return _Source(records, len(paths), decode, description)


def scan_videos(files: list[str], span: int
                ) -> tuple[list[str], list[int], list[str], list[str]]:
  """Frame counts without decoding images. Returns (usable paths, their lengths, unreadable,
  shorter than `span`)."""
  paths, lengths, unreadable, short = [], [], [], []
  for path in files:
    try:
      length = _count_frames(path)
    except Exception as e:  # pylint: disable=broad-except  # any unreadable file is skipped
      logging.warning("Skipping unreadable video %s: %s", path, _first_line(e))
      unreadable.append(path)
      continue
    if length < span:
      short.append(path)
    else:
      paths.append(path)
      lengths.append(length)
  return paths, lengths, unreadable, short


def _count_frames(path: str) -> int:
  if path.lower().endswith(".gif"):
    import imageio.v3 as iio  # pylint: disable=g-import-not-at-top
    return int(iio.improps(path, plugin="pillow").n_images)
  import imageio_ffmpeg  # pylint: disable=g-import-not-at-top
  return int(imageio_ffmpeg.count_frames_and_secs(path)[0])


def read_clip(path: str, offset: int, frames: int, stride: int) -> tuple[bool, np.ndarray]:
  """Frames offset, offset + stride, ... of a video file: (ok, uint8 [frames, h, w, 3]).

  Never raises: a file that fails to decode gives ok=False (with a warning) so that training
  goes on without it.
  """
  import imageio.v3 as iio  # pylint: disable=g-import-not-at-top
  last = offset + (frames - 1) * stride
  clip = []
  try:
    if path.lower().endswith(".gif"):
      reader = iio.imiter(path, plugin="pillow", mode="RGB")
    else:
      reader = iio.imiter(path, plugin="FFMPEG")
    try:
      for i, frame in enumerate(reader):
        if i >= offset and (i - offset) % stride == 0:
          clip.append(_as_rgb(frame))
        if i >= last:
          break
    finally:
      reader.close()  # stops an ffmpeg subprocess that still has frames to give
    if len(clip) < frames:
      raise ValueError(f"got {len(clip)} of {frames} frames from frame {offset} on")
    return True, np.stack(clip)
  except Exception as e:  # pylint: disable=broad-except  # never crash mid-epoch
    logging.warning("Skipping clip of unreadable video %s: %s", path, _first_line(e))
    return False, np.zeros((frames, 1, 1, 3), np.uint8)


def _as_rgb(frame: np.ndarray) -> np.ndarray:
  frame = np.asarray(frame, np.uint8)
  if frame.ndim == 2:
    frame = frame[..., None]
  if frame.shape[-1] == 1:
    return np.repeat(frame, 3, axis=-1)
  return frame[..., :3]  # drops alpha


def _first_line(e: Exception) -> str:
  text = str(e).strip().splitlines()
  return f"{type(e).__name__}: {text[0] if text else ''}"


# --------------------------------------------------------------------------------------------
# Streams.


def _options():
  tf = _tf()
  options = tf.data.Options()
  options.deterministic = True
  return options


def _stateless_seed(*values):
  """A stateless-RNG seed [2] from ints / int64 scalars, each folded in turn."""
  tf = _tf()
  seed = tf.constant([0, 0], tf.int64)
  for v in values:
    seed = tf.random.experimental.stateless_fold_in(seed, tf.cast(v, tf.int64))
  return seed


def to_model_input(frames, resolution: int, channels: int):
  """uint8 [T, h, w, 3] -> float32 [T, R, R, C] in [-1, 1]: centre square crop, resize."""
  tf = _tf()
  height, width = tf.shape(frames)[1], tf.shape(frames)[2]
  side = tf.minimum(height, width)
  top, left = (height - side) // 2, (width - side) // 2
  square = frames[:, top:top + side, left:left + side]  # [T, side, side, 3]
  video = tf.image.resize(tf.cast(square, tf.float32), [resolution, resolution],
                          method="bilinear", antialias=True)  # [T, R, R, 3]
  if channels == 1:
    video = tf.image.rgb_to_grayscale(video)  # [T, R, R, 1]
  return tf.clip_by_value(video / 127.5 - 1.0, -1.0, 1.0)


def _train_stream(source: _Source, config, *, process_index: int, local_batch: int,
                  start_step: int) -> Iterator[Batch]:
  tf = _tf()
  n = source.num_usable
  first = start_step * local_batch  # host-local position of the first example to yield
  first_epoch, skip = divmod(first, n)
  span = _clip_span(config)

  def epoch(e):  # e: int64 scalar
    records = source.records
    if config.shuffle_buffer > 1:
      shuffle_seed = tf.random.stateless_uniform(
          [], _stateless_seed(config.seed, _SHUFFLE_SALT, e), minval=None, maxval=None,
          dtype=tf.int64)
      records = records.shuffle(config.shuffle_buffer, seed=shuffle_seed,
                                reshuffle_each_iteration=False)
    return records

  window_seed = _stateless_seed(config.seed, _WINDOW_SALT, process_index)

  def load(record, position):
    offset = tf.random.stateless_uniform(
        [], tf.random.experimental.stateless_fold_in(window_seed, position), minval=0,
        maxval=record["length"] - span + 1, dtype=tf.int64)
    ok, frames = source.decode(record, offset)
    video = to_model_input(frames, config.resolution, config.channels)
    return ok, {"video": video, "label": record["label"]}

  examples = tf.data.Dataset.range(first_epoch, _FOREVER).flat_map(epoch).skip(skip)
  positions = tf.data.Dataset.range(first, _FOREVER)
  ds = tf.data.Dataset.zip(examples, positions)
  ds = ds.map(load, num_parallel_calls=tf.data.AUTOTUNE, deterministic=True)
  # Only a file that decoded at scan time but fails now is dropped here (with a warning).
  ds = ds.filter(_is_ok).map(_drop_ok)
  ds = ds.batch(local_batch, drop_remainder=True).prefetch(tf.data.AUTOTUNE)
  return _as_numpy(ds.with_options(_options()), config)


def _is_ok(ok, example):
  del example
  return ok


def _drop_ok(ok, example):
  del ok
  return example


def _eval_stream(source: _Source, config, *, quota: int, local_batch: int
                 ) -> Iterator[Batch]:
  tf = _tf()
  span = _clip_span(config)
  zero = tf.constant(0, tf.int64)

  def load(record):
    long_enough = record["length"] >= span

    def clip():
      ok, frames = source.decode(record, zero)
      return ok, to_model_input(frames, config.resolution, config.channels)

    def skip():
      return tf.constant(False), tf.zeros(
          [config.frames, config.resolution, config.resolution, config.channels])

    ok, video = tf.cond(long_enough, clip, skip)
    return {"ok": ok, "long_enough": long_enough, "video": video, "label": record["label"]}

  ds = source.records.map(load, num_parallel_calls=tf.data.AUTOTUNE, deterministic=True)
  ds = ds.prefetch(tf.data.AUTOTUNE).with_options(_options())
  return _eval_batches(ds.as_numpy_iterator(), quota, local_batch, source.description, span)


def _eval_batches(examples, quota: int, local_batch: int, description: str, span: int
                  ) -> Iterator[Batch]:
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


def _as_numpy(ds, config) -> Iterator[Batch]:
  tf = _tf()
  shape = [None, config.frames, config.resolution, config.resolution, config.channels]
  ds = ds.map(lambda ex: {"video": tf.ensure_shape(ex["video"], shape),
                          "label": tf.cast(ex["label"], tf.int32)})
  return ds.as_numpy_iterator()


# --------------------------------------------------------------------------------------------
# Synthetic videos (ssm_vdm.synthetic): video i depends only on (seed, i).


def _synthetic_videos(config, indices: np.ndarray) -> np.ndarray:
  return synthetic.synthetic_batch(
      indices, seed=config.seed, frames=config.frames, resolution=config.resolution,
      num_shapes=config.synthetic_num_shapes, channels=config.channels)


def _synthetic_train_indices(config, step: int, process_index: int,
                            local_batch: int) -> np.ndarray:
  """Global video indices of host `process_index`'s batch at `step`: [B_local] int64."""
  indices = (step * config.batch_size + process_index * local_batch
             + np.arange(local_batch, dtype=np.int64))
  if config.synthetic_num_videos > 0:
    indices %= config.synthetic_num_videos
  return indices


def _synthetic_train(config, *, process_index: int, local_batch: int,
                     start_step: int) -> Iterator[Batch]:
  def make(step: int) -> Batch:
    indices = _synthetic_train_indices(config, step, process_index, local_batch)
    return {"video": _synthetic_videos(config, indices),
            "label": np.zeros([local_batch], np.int32)}

  return _prefetch(make, start_step)


def _prefetch(make: Callable[[int], Batch], start: int, depth: int = 2) -> Iterator[Batch]:
  """Yields make(start), make(start + 1), ..., computing `depth` batches ahead in a thread."""
  with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    pending = collections.deque(pool.submit(make, s) for s in range(start, start + depth))
    for step in itertools.count(start + depth):
      batch = pending.popleft().result()
      pending.append(pool.submit(make, step))
      yield batch


def _synthetic_eval(config, *, quota: int, local_batch: int, process_index: int,
                    process_count: int) -> Iterator[Batch]:
  # Host p's k-th example is eval video p + k * process_count: the hosts together cover
  # 0 .. num_examples - 1, far from any training index.
  for start in range(0, quota, local_batch):
    k = np.arange(start, min(start + local_batch, quota), dtype=np.int64)
    indices = _EVAL_INDEX_OFFSET + process_index + k * process_count
    yield {"video": _synthetic_videos(config, indices),
           "label": np.zeros([len(k)], np.int32)}
