"""Prepared clips: every frame of every video decoded once, at training resolution.

`prepare(config)` (ssm_vdm.data.prepare) writes, under config.data.prepared_dir, one store per
(dataset, named split, resolution, frame transform):

    <prepared_dir>/<source>/<split>/<R>px-<frame_transform>/
        frames.array_record  one record per frame: uint8 [R, R, 3] bytes, video after video
        index.npz            per video, in the split's order: first (record of its frame 0),
                             length (frames; 0 = unreadable file), label
        info.json            what was prepared; written last (the folder is renamed into
                             place complete, so a store that exists is whole)

<source> is the TFDS builder's full name (ucf101/ucf101_1/2.0.0) or, for a video folder,
video_folder/<folder name>-<hash of its file names and sizes> (adding a file makes a new
store). A TFDS split string (train+test, train[:10%]) reads the stores of the named splits it
uses; hosts take the same shards of it as the raw pipeline (tfds.even_splits; folder: every
process_count-th file), so resuming and per-host sharding behave as when decoding videos.

Stores hold every frame in RGB, so any frames / frame_stride / channels reads them. Frames are
rounded to uint8 after the resize: within 0.5/255 of the raw pipeline's float frames.
"""

import dataclasses
import hashlib
import json
import os
import pathlib
import re
import threading

from absl import logging
import numpy as np

from ssm_vdm.data import folder_source
from ssm_vdm.data import sources
from ssm_vdm.data import tfds_source
from ssm_vdm.data import transform

FRAMES_FILE, INDEX_FILE, INFO_FILE = "frames.array_record", "index.npz", "info.json"
FOLDER_SPLIT = "all"  # a video folder is one split


def named_splits(config, split: str) -> list[str]:
  """Named splits a split string reads, in order: 'train[:5]+test' -> ['train', 'test']."""
  if config.data.dataset == "video_folder":
    return [FOLDER_SPLIT]
  names = []
  for part in split.split("+"):
    name = re.sub(r"\[.*\]$", "", part.strip())
    if name not in names:
      names.append(name)
  return names


def source_name(config) -> str:
  """The <source> folder of the module doc."""
  if config.data.dataset == "video_folder":
    root = pathlib.Path(config.data.video_folder).expanduser().resolve()
    files = folder_source.list_video_files(config.data.video_folder)
    digest = hashlib.sha256()
    for path in files:
      digest.update(f"{os.path.relpath(path, root)}\t{os.path.getsize(path)}\n".encode())
    return f"video_folder/{root.name}-{digest.hexdigest()[:12]}"
  return tfds_source.variant(config)


def store_path(config, source: str, named_split: str) -> str:
  root = os.path.expanduser(config.data.prepared_dir)
  return os.path.join(root, source, named_split,
                      f"{config.data.resolution}px-{config.data.frame_transform}")


def store_paths(config, split: str) -> list[str] | None:
  """The stores `split` reads, or None if prepared_dir is off or one of them is missing."""
  if not config.data.prepared_dir or config.data.dataset == "synthetic":
    return None
  try:
    source = source_name(config)
  except (FileNotFoundError, ValueError, ImportError):
    return None  # the raw check says what is wrong
  paths = [store_path(config, source, name) for name in named_splits(config, split)]
  if all(os.path.isfile(os.path.join(p, INFO_FILE)) for p in paths):
    return paths
  return None


@dataclasses.dataclass
class Videos:
  """A host's videos in prepared stores, in stream order: [N] arrays."""
  first: np.ndarray  # int64 global record index of frame 0 (store offsets added)
  length: np.ndarray  # int64 frames (0: a file that could not be read)
  label: np.ndarray  # int32


class Frames:
  """Random access to the frames of several stores, numbered one after the other."""

  def __init__(self, paths: list[str], resolution: int):
    self._files = [os.path.join(p, FRAMES_FILE) for p in paths]
    self._shape = (resolution, resolution, 3)
    counts = [json.loads(pathlib.Path(p, INFO_FILE).read_text())["num_frames"] for p in paths]
    self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)  # [S + 1]
    self._local = threading.local()  # one reader per thread (tf.data maps in parallel)

  def _readers(self):
    if not hasattr(self._local, "readers"):
      from array_record.python import array_record_module  # pylint: disable=g-import-not-at-top
      self._local.readers = [array_record_module.ArrayRecordReader(
          f, "readahead_buffer_size:0") for f in self._files]
    return self._local.readers

  def read(self, index: np.ndarray) -> np.ndarray:
    """index: int [...] global frame numbers -> uint8 [..., R, R, 3]."""
    index = np.asarray(index, np.int64)
    flat = index.reshape(-1)
    store = np.searchsorted(self.offsets, flat, side="right") - 1  # [n]
    out = np.empty((flat.size, *self._shape), np.uint8)
    readers = self._readers()
    for s in np.unique(store):
      where = np.flatnonzero(store == s)
      records = readers[s].read((flat[where] - self.offsets[s]).tolist())
      out[where] = np.frombuffer(b"".join(records), np.uint8).reshape(-1, *self._shape)
    return out.reshape(*index.shape, *self._shape)


def host_videos(config, split: str, paths: list[str], frames: Frames, *, process_index: int,
                process_count: int) -> Videos:
  """The videos host `process_index` reads: the raw pipeline's shard, in its order."""
  index = [np.load(os.path.join(p, INDEX_FILE)) for p in paths]
  if config.data.dataset == "video_folder":
    (arrays,) = index
    take = [(0, np.arange(len(arrays["length"]))[process_index::process_count])]
  else:
    names = named_splits(config, split)
    sizes = {name: len(i["length"]) for name, i in zip(names, index)}
    take = [(names.index(name), np.arange(start, stop))
            for name, start, stop in tfds_source.host_ranges(
                split, sizes, process_index=process_index, process_count=process_count)]
  first = np.concatenate([index[s]["first"][i] + frames.offsets[s] for s, i in take])
  length = np.concatenate([index[s]["length"][i] for s, i in take])
  label = np.concatenate([index[s]["label"][i] for s, i in take])
  return Videos(first.astype(np.int64), length.astype(np.int64), label.astype(np.int32))


def _open(config, split: str, paths: list[str], *, process_index: int,
          process_count: int) -> tuple[Frames, Videos]:
  """The frames of stores `paths` and the videos of `split` host `process_index` reads."""
  frames = Frames(paths, config.data.resolution)
  videos = host_videos(config, split, paths, frames, process_index=process_index,
                       process_count=process_count)
  logging.info("Reading prepared clips from %s.", ", ".join(paths))
  return frames, videos


def _log_usable(description: str, videos: Videos, config) -> np.ndarray:
  """Logs how many videos a clip fits in (raises if none); returns that mask [N]. Unreadable
  files (length 0) are not counted as short: they were logged when prepared."""
  span = sources.clip_span(config)
  usable = videos.length >= span
  sources.log_usable(description, int(usable.sum()),
                     int(np.sum((videos.length > 0) & ~usable)), span, config)
  return usable


def create_source(config, *, split: str, train: bool, process_index: int,
                  process_count: int) -> sources.Source | None:
  """The host's videos from prepared stores as a Source, or None if not prepared.

  Records {'first', 'length', 'label'}: the streams treat it as any other source.
  """
  paths = store_paths(config, split)
  if paths is None:
    return None
  tf = sources.tf()
  frames, videos = _open(config, split, paths, process_index=process_index,
                         process_count=process_count)
  description = (f"prepared {config.data.dataset} {split} {config.data.resolution}px-"
                 f"{config.data.frame_transform} (host {process_index}/{process_count})")
  keep = videos.length > 0  # unreadable files are skipped (and were logged when prepared)
  num_usable = None
  if train:
    keep = _log_usable(description, videos, config)
    num_usable = int(keep.sum())
  records = tf.data.Dataset.from_tensor_slices({
      "first": videos.first[keep], "length": videos.length[keep], "label": videos.label[keep]})
  steps = config.data.frame_stride * np.arange(config.data.frames, dtype=np.int64)  # [T]

  def decode(record, offset):
    clip = tf.numpy_function(lambda first, start: frames.read(first + start + steps),
                             [record["first"], offset], tf.uint8, stateful=False)
    return tf.constant(True), tf.ensure_shape(
        clip, [config.data.frames, config.data.resolution, config.data.resolution, 3])

  def decode_batch(batch, offsets):  # one read of B * T records
    clips = tf.numpy_function(
        lambda first, start: frames.read((first + start)[:, None] + steps[None]),
        [batch["first"], offsets], tf.uint8, stateful=False)
    return tf.ensure_shape(clips, [None, config.data.frames, config.data.resolution,
                                   config.data.resolution, 3])

  return sources.Source(records, num_usable, decode, description,
                        lambda clip: transform.to_unit_range(clip, config.data.channels),
                        decode_batch)


_WINDOW_SALT = 3
_GREY = np.array([0.2989, 0.5870, 0.1140], np.float32)  # tf.image.rgb_to_grayscale's weights


def window_iterator(config, *, split: str, process_index: int, process_count: int,
                    local_batch: int, start_step: int):
  """clip_sampling='window': each epoch takes every window of the host's videos once.

  Window w of the host's stream (start frame o of usable video v, o in [0, L_v - span]) is
  numbered by video then start; epoch e visits them in the order of a permutation seeded by
  (seed, process_index, e), so batch s is a function of s alone and a resumed run continues
  exactly. Yields {'video': float32 [B, T, R, R, C] in [-1, 1], 'label': int32 [B]}.
  """
  paths = store_paths(config, split)
  if paths is None:
    raise FileNotFoundError(
        f"config.data.clip_sampling='window' reads prepared clips, and there are none for "
        f"{config.data.dataset} {split} at "
        f"{config.data.resolution}px-{config.data.frame_transform} in "
        f"config.data.prepared_dir={config.data.prepared_dir!r}. Prepare them once with "
        "--mode=prepare (same config), or use data.clip_sampling='video'.")
  frames, videos = _open(config, split, paths, process_index=process_index,
                         process_count=process_count)
  span = sources.clip_span(config)
  description = (f"prepared {config.data.dataset} {split} (host {process_index}/{process_count})")
  usable = _log_usable(description, videos, config)
  first, label = videos.first[usable], videos.label[usable]
  starts = np.concatenate([[0], np.cumsum(videos.length[usable] - span + 1)])  # [n + 1]
  logging.info("%s: %d windows of %d frames a epoch.", description, starts[-1], span)
  steps = config.data.frame_stride * np.arange(config.data.frames, dtype=np.int64)  # [T]
  permutations = {}

  def permutation(epoch: int) -> np.ndarray:
    if epoch not in permutations:
      permutations.clear()  # batches move forward: one or two epochs are ever needed
      rng = np.random.default_rng([config.seed % (1 << 63), _WINDOW_SALT, process_index,
                                   epoch])
      permutations[epoch] = rng.permutation(starts[-1])
    return permutations[epoch]

  def make(step: int) -> sources.Batch:
    epochs, ranks = np.divmod(step * local_batch + np.arange(local_batch), starts[-1])
    window = np.array([permutation(int(e))[r] for e, r in zip(epochs, ranks)])  # [B]
    v = np.searchsorted(starts, window, side="right") - 1  # [B] video of each window
    offset = window - starts[v]  # [B]
    clip = frames.read(first[v, None] + offset[:, None] + steps[None])  # [B, T, R, R, 3]
    video = clip.astype(np.float32)
    if config.data.channels == 1:
      video = video @ _GREY[:, None]  # [B, T, R, R, 1]
    return {"video": np.clip(video / 127.5 - 1.0, -1.0, 1.0), "label": label[v]}

  return sources.prefetch(make, start_step)
