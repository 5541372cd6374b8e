"""prepare(config): decode a dataset once into training-resolution clips (prepared_source).

TFDS datasets decode in a tf.data map over videos (`workers` in parallel, each video's
frames decoded and resized one by one, so memory stays at one encoded video per worker);
video folders in a pool of `workers` processes, each streaming one file through ffmpeg in
chunks of frames. Progress (videos/s, ETA) is logged every `log_every_s` seconds.
"""

import concurrent.futures
import json
import multiprocessing
import os
import shutil
import time

from absl import logging
import numpy as np

from ssm_vdm import progress as progress_lib
from ssm_vdm.data import folder_source
from ssm_vdm.data import prepared_source
from ssm_vdm.data import sources
from ssm_vdm.data import tfds_source
from ssm_vdm.data import transform

_CHUNK = 32  # frames a folder worker resizes at once


def prepare(config, *, workers: int | None = None, log_every_s: float = 30.0) -> list[str]:
  """Writes the stores the config's training and eval splits read; returns their paths.

  Stores already there are kept (and logged). Raises ValueError if config.data.prepared_dir is ''.
  """
  sources.check_config(config)
  if config.data.dataset == "synthetic":
    raise ValueError("data.dataset='synthetic' is generated on the fly; there is nothing to "
                     "prepare.")
  if not config.data.prepared_dir:
    raise ValueError("config.data.prepared_dir is '': name the folder the prepared clips go to.")
  workers = workers or os.cpu_count() or 1
  source = prepared_source.source_name(config)
  names = []
  for split in (config.data.train_split, config.data.eval_split):
    names += [n for n in prepared_source.named_splits(config, split) if n not in names]
  paths = []
  for name in names:
    path = prepared_source.store_path(config, source, name)
    paths.append(path)
    if os.path.isfile(os.path.join(path, prepared_source.INFO_FILE)):
      logging.info("Prepared clips already at %s.", path)
      continue
    logging.info("Preparing %s %s at %dpx (%s) into %s with %d workers.", source, name,
                 config.data.resolution, config.data.frame_transform, path, workers)
    partial = f"{path}.partial-{os.getpid()}"
    try:
      _write_store(config, source, name, partial, workers, log_every_s)
      os.replace(partial, path)
    except OSError:
      if not os.path.isfile(os.path.join(path, prepared_source.INFO_FILE)):
        raise
      logging.info("%s was prepared by another process meanwhile: keeping it.", path)
    finally:
      shutil.rmtree(partial, ignore_errors=True)  # what a failed or superfluous run left
  return paths


def _write_store(config, source: str, name: str, partial: str, workers: int,
                 log_every_s: float) -> None:
  """Writes split `name`'s store into the new folder `partial` (renamed into place after)."""
  from array_record.python import array_record_module  # pylint: disable=g-import-not-at-top
  shutil.rmtree(partial, ignore_errors=True)
  os.makedirs(partial)
  writer = array_record_module.ArrayRecordWriter(
      os.path.join(partial, prepared_source.FRAMES_FILE), "group_size:1,uncompressed")
  if config.data.dataset == "video_folder":
    files = folder_source.list_video_files(config.data.video_folder)
    videos, total = _folder_videos(config, files, workers), len(files)
  else:
    videos = _tfds_videos(config, name, workers)
    total = tfds_source.split_sizes(config).get(name, 0)  # 0: unknown, progress without ETA
  first, length, label, unreadable = [], [], [], []
  frames_written = 0
  progress = progress_lib.Progress(f"Preparing {name}", total=total, unit="videos",
                                   every_secs=log_every_s)
  try:
    for item, (ok, clip, lab) in enumerate(videos):  # clip: uint8 [L, R, R, 3]
      if not ok:
        unreadable.append(item)
      first.append(frames_written)
      length.append(len(clip) if ok else 0)
      label.append(lab)
      for frame in clip if ok else ():
        writer.write(frame.tobytes())
      frames_written += len(clip) if ok else 0
      progress.update(item + 1, f"{frames_written} frames")
  finally:
    writer.close()
  np.savez(os.path.join(partial, prepared_source.INDEX_FILE),
           first=np.asarray(first, np.int64), length=np.asarray(length, np.int64),
           label=np.asarray(label, np.int32))
  info = {"source": source, "split": name, "resolution": config.data.resolution,
          "frame_transform": config.data.frame_transform, "num_videos": len(first),
          "num_frames": frames_written, "unreadable": len(unreadable),
          "created": time.strftime("%Y-%m-%d %H:%M:%S")}
  with open(os.path.join(partial, prepared_source.INFO_FILE), "w") as f:
    json.dump(info, f, indent=2)
  logging.info("Prepared %d videos (%d frames, %d unreadable) of %s.", len(first),
               frames_written, len(unreadable), name)


def _tfds_videos(config, name: str, workers: int):
  """(True, uint8 [L, R, R, 3], label) for each video of TFDS split `name`, in order."""
  tf = sources.tf()
  resolution, method = config.data.resolution, config.data.frame_transform

  def one_frame(encoded):
    frame = tf.io.decode_image(encoded, channels=3, expand_animations=False)  # [h, w, 3]
    square = transform.to_square(frame[None], resolution, method)[0]  # [R, R, 3]
    return tf.cast(tf.round(tf.clip_by_value(square, 0.0, 255.0)), tf.uint8)

  def video(record):
    clip = tf.map_fn(one_frame, record["frames"],
                     fn_output_signature=tf.TensorSpec([resolution, resolution, 3], tf.uint8))
    return clip, record["label"]

  ds = tfds_source.encoded_videos(config, name)
  ds = ds.map(video, num_parallel_calls=workers, deterministic=True).prefetch(workers)
  for clip, label in ds.as_numpy_iterator():
    yield True, clip, int(label)


def _folder_videos(config, files: list[str], workers: int):
  """(ok, uint8 [L, R, R, 3], 0) for each file, in order, decoded in `workers` processes."""
  context = multiprocessing.get_context("spawn")  # TensorFlow and fork do not mix
  with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context,
                                              initializer=_init_worker) as pool:
    pending = []
    for path in files:  # at most 2 * workers files in flight: bounded memory
      pending.append(pool.submit(_decode_file, path, config.data.resolution,
                                 config.data.frame_transform))
      if len(pending) >= 2 * workers:
        yield pending.pop(0).result() + (0,)
    for future in pending:
      yield future.result() + (0,)


def _init_worker():
  tf = sources.tf()
  tf.config.threading.set_intra_op_parallelism_threads(1)
  tf.config.threading.set_inter_op_parallelism_threads(1)


def _decode_file(path: str, resolution: int, method: str) -> tuple[bool, np.ndarray]:
  """(ok, uint8 [L, R, R, 3]): every frame of a video file, resized `method`."""
  out = []
  try:
    for chunk in folder_source.iter_frame_chunks(path, _CHUNK):  # uint8 [n, h, w, 3]
      square = transform.to_square(chunk, resolution, method).numpy()
      out.append(np.round(np.clip(square, 0, 255)).astype(np.uint8))
  except Exception as e:  # pylint: disable=broad-except  # recorded as unreadable
    logging.warning("Skipping unreadable video %s: %s", path, folder_source.first_line(e))
    return False, np.zeros((0, resolution, resolution, 3), np.uint8)
  if not out:
    return False, np.zeros((0, resolution, resolution, 3), np.uint8)
  return True, np.concatenate(out)
