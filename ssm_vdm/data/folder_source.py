"""A folder of video files (.mp4, .gif, .webm, ...) as a Source.

Files are listed recursively and sorted; host p takes files p, p + hosts, ... Frame counts
come from a scan that decodes no images; a clip decodes only up to its last frame.
"""

import pathlib

from absl import logging
import numpy as np

from ssm_vdm.data import sources

VIDEO_EXTENSIONS = (".mp4", ".gif", ".webm", ".avi", ".mov", ".mkv")


def list_video_files(folder: str) -> list[str]:
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


def check_available(config) -> None:
  list_video_files(config.video_folder)


def create_source(config, *, process_index: int, process_count: int) -> sources.Source:
  """The host's files: records {'path', 'length', 'label' (0)}; decode reads a clip."""
  tf = sources.tf()
  files = list_video_files(config.video_folder)[process_index::process_count]
  span = sources.clip_span(config)
  description = (f"video_folder {config.video_folder} "
                 f"(host {process_index}/{process_count})")
  paths, lengths, unreadable, short = scan_videos(files, span)
  if unreadable:
    logging.warning("%s: skipping %d unreadable files: %s", description, len(unreadable),
                    ", ".join(unreadable[:10]) + (" ..." if len(unreadable) > 10 else ""))
  sources.log_usable(description, len(paths), len(short), span, config)
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

  return sources.Source(records, len(paths), decode, description)


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
