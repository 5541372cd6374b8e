"""A folder of video files (.mp4, .gif, .webm, ...) as a Source.

Files are listed recursively and sorted; host p takes files p, p + hosts, ... Frame counts
come from a scan that decodes no images; a clip decodes only up to its last frame.
"""

import concurrent.futures
import dataclasses
import pathlib
import subprocess

from absl import logging
import numpy as np

from ssm_vdm.data import sources
from ssm_vdm.data import transform

VIDEO_EXTENSIONS = (".mp4", ".gif", ".webm", ".avi", ".mov", ".mkv")
_SCAN_THREADS = 8  # ffmpeg frame counts at once


def list_video_files(folder: str) -> list[str]:
  """Sorted video files under `folder` (recursive). Raises FileNotFoundError if none."""
  if not folder:
    raise FileNotFoundError("data.dataset=video_folder needs config.data.video_folder: a "
                            f"directory of video files ({', '.join(VIDEO_EXTENSIONS)}).")
  root = pathlib.Path(folder).expanduser()
  if not root.is_dir():
    raise FileNotFoundError(f"config.data.video_folder={folder!r} is not a directory.")
  files = sorted(str(p) for p in root.rglob("*")
                 if p.suffix.lower() in VIDEO_EXTENSIONS and p.is_file())
  if not files:
    raise FileNotFoundError(f"config.data.video_folder={folder!r} holds no video files "
                            f"({', '.join(VIDEO_EXTENSIONS)}).")
  return files


def check_available(config) -> None:
  """Raises unless the folder holds a video a clip fits in.

  Reads frame counts until the first usable video (one file, normally), so a folder of
  broken or too-short files fails here, before anything compiles.
  """
  files = list_video_files(config.data.video_folder)
  scan = scan_videos(files, sources.clip_span(config), stop_at_usable=True)
  if not scan.paths:
    raise ValueError(no_usable_message(f"config.data.video_folder={config.data.video_folder!r}",
                                       scan, config))


@dataclasses.dataclass
class Scan:
  """Frame counts of video files, as scan_videos found them."""
  paths: list[str]  # usable: at least a clip's span of frames
  lengths: list[int]  # frames of each usable path
  unreadable: dict[str, str]  # path -> why it could not be read
  short: list[str]  # readable, but shorter than a clip's span


def no_usable_message(what: str, scan: Scan, config) -> str:
  """Why no video of `scan` can be used, naming a few files and how to check them."""
  span = sources.clip_span(config)
  lines = [f"{what}: none of the {len(scan.unreadable) + len(scan.short)} video files "
           "can be used."]
  if scan.unreadable:
    names = [f"    {path}: {why}" for path, why in list(scan.unreadable.items())[:5]]
    more = len(scan.unreadable) - len(names)
    lines += [f"{len(scan.unreadable)} are unreadable, e.g."] + names
    if more:
      lines.append(f"    ... and {more} more.")
    lines += ["Check a file with ffmpeg (imageio-ffmpeg ships one; there may be no system "
              "ffmpeg):",
              "    \"$(python -c 'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())')"
              "\" -v error -i FILE -f null -",
              "which prints nothing for a good file; re-encode bad ones (same command with "
              "`-c:v libx264 -pix_fmt yuv420p OUT.mp4` in place of `-f null -`) or remove them."]
  if scan.short:
    lines.append(f"{len(scan.short)} are shorter than the {span} frames a clip needs "
                 f"(data.frames={config.data.frames}, "
                 f"data.frame_stride={config.data.frame_stride}), e.g. "
                 + ", ".join(scan.short[:3]) + "; lower config.data.frames or "
                 "config.data.frame_stride, or add longer videos.")
  return "\n".join(lines)


def create_source(config, *, process_index: int, process_count: int) -> sources.Source:
  """The host's files: records {'path', 'length', 'label' (0)}; decode reads a clip."""
  tf = sources.tf()
  files = list_video_files(config.data.video_folder)[process_index::process_count]
  span = sources.clip_span(config)
  description = (f"video_folder {config.data.video_folder} "
                 f"(host {process_index}/{process_count})")
  scan = scan_videos(files, span)
  if not scan.paths:
    raise ValueError(no_usable_message(description, scan, config))
  if scan.unreadable:
    names = list(scan.unreadable)
    logging.warning("%s: skipping %d unreadable files: %s", description, len(names),
                    ", ".join(names[:10]) + (" ..." if len(names) > 10 else ""))
  sources.log_usable(description, len(scan.paths), len(scan.short), span, config)
  paths, lengths = scan.paths, scan.lengths
  records = tf.data.Dataset.from_tensor_slices({
      "path": tf.constant(paths, tf.string),
      "length": tf.constant(lengths, tf.int64),
      "label": tf.zeros([len(paths)], tf.int32),
  })

  def decode(record, offset):
    ok, frames = tf.numpy_function(
        lambda path, start: read_clip(path.decode(), int(start), config.data.frames,
                                      config.data.frame_stride),
        [record["path"], offset], [tf.bool, tf.uint8], stateful=False)
    return tf.reshape(ok, []), tf.ensure_shape(frames, [config.data.frames, None, None, 3])

  return sources.Source(records, len(paths), decode, description,
                        transform.for_config(config))


def scan_videos(files: list[str], span: int, *, stop_at_usable: bool = False) -> Scan:
  """Frame counts without decoding images, in file order.

  stop_at_usable: stop after the first file with at least `span` frames.
  """
  scan = Scan([], [], {}, [])
  if stop_at_usable:
    counts = map(_try_count_frames, files)  # lazily, one at a time
  else:  # ffmpeg runs in its own processes: threads scan in parallel
    with concurrent.futures.ThreadPoolExecutor(_SCAN_THREADS) as pool:
      counts = list(pool.map(_try_count_frames, files))
  for path, (length, error) in zip(files, counts):
    if error is not None:
      logging.warning("Skipping unreadable video %s: %s", path, error)
      scan.unreadable[path] = error
    elif length < span:
      scan.short.append(path)
    else:
      scan.paths.append(path)
      scan.lengths.append(length)
      if stop_at_usable:
        break
  return scan


def _try_count_frames(path: str) -> tuple[int, str | None]:
  try:
    return _count_frames(path), None
  except Exception as e:  # pylint: disable=broad-except  # any unreadable file is skipped
    return 0, first_line(e)


def _count_frames(path: str) -> int:
  if path.lower().endswith(".gif"):
    import imageio.v3 as iio  # pylint: disable=g-import-not-at-top
    return int(iio.improps(path, plugin="pillow").n_images)
  import imageio_ffmpeg  # pylint: disable=g-import-not-at-top
  return int(imageio_ffmpeg.count_frames_and_secs(path)[0])


def read_clip(path: str, offset: int, frames: int, stride: int) -> tuple[bool, np.ndarray]:
  """Frames offset, offset + stride, ... of a video file: (ok, uint8 [frames, h, w, 3]).

  ffmpeg decodes up to the clip's last frame but converts and sends only the clip's frames
  (a `select` filter on the decoded frame number), then stops. Never raises: a file that
  fails to decode gives ok=False (with a warning) so that training goes on without it.
  """
  last = offset + (frames - 1) * stride
  try:
    if path.lower().endswith(".gif"):
      clip = _read_gif_clip(path, offset, last, stride)
    else:
      select = f"select='between(n,{offset},{last})*not(mod(n-{offset},{stride}))'"
      clip = _ffmpeg_frames(path, ["-vf", select, "-frames:v", str(frames)])
    if len(clip) < frames:
      raise ValueError(f"got {len(clip)} of {frames} frames from frame {offset} on")
    return True, np.stack(clip)
  except Exception as e:  # pylint: disable=broad-except  # never crash mid-epoch
    logging.warning("Skipping clip of unreadable video %s: %s", path, first_line(e))
    return False, np.zeros((frames, 1, 1, 3), np.uint8)


def iter_frame_chunks(path: str, size: int):
  """Every frame of a video file, as uint8 [n <= size, h, w, 3] chunks. Raises if unreadable."""
  if path.lower().endswith(".gif"):
    frames = _read_gif_clip(path, 0, None, 1)
    for i in range(0, len(frames), size):
      yield np.stack(frames[i:i + size])
    return
  chunk = []
  for frame in _ffmpeg_frames(path, [], lazy=True):
    chunk.append(frame)
    if len(chunk) == size:
      yield np.stack(chunk)
      chunk = []
  if chunk:
    yield np.stack(chunk)


def _ffmpeg_frames(path: str, output_params: list[str], lazy: bool = False):
  """Decoded frames, uint8 [h, w, 3] each, as ffmpeg numbers them (no frame dropped or
  repeated to a constant rate: the numbering count_frames_and_secs counts).

  ffmpeg writes PPM images to a pipe; each carries its size in a short header, so nothing
  waits for ffmpeg's log to learn the size (imageio-ffmpeg's reader polls it, ~0.1 s a call).
  """
  import imageio_ffmpeg  # pylint: disable=g-import-not-at-top
  command = [imageio_ffmpeg.get_ffmpeg_exe(), "-nostdin", "-v", "error", "-i", path,
             "-fps_mode", "passthrough", *output_params, "-f", "image2pipe", "-c:v", "ppm",
             "-"]

  def frames():
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
      while header := process.stdout.readline():  # b"P6\n", then b"W H\n", b"255\n"
        width, height = map(int, process.stdout.readline().split())
        process.stdout.readline()
        data = process.stdout.read(width * height * 3)
        yield np.frombuffer(data, np.uint8).reshape(height, width, 3)
      error = process.stderr.read().decode(errors="replace").strip()
      if process.wait() != 0 or header:
        raise RuntimeError(f"ffmpeg could not decode {path}: "
                           f"{error.splitlines()[-1] if error else 'no output'}")
    finally:
      if process.poll() is None:  # the caller stopped early
        process.kill()
      process.wait()
      process.stdout.close()
      process.stderr.close()

  return frames() if lazy else list(frames())


def _read_gif_clip(path: str, offset: int, last: int | None, stride: int) -> list[np.ndarray]:
  import imageio.v3 as iio  # pylint: disable=g-import-not-at-top
  clip = []
  reader = iio.imiter(path, plugin="pillow", mode="RGB")
  try:
    for i, frame in enumerate(reader):
      if i >= offset and (i - offset) % stride == 0:
        clip.append(_as_rgb(frame))
      if last is not None and i >= last:
        break
  finally:
    reader.close()
  return clip


def _as_rgb(frame: np.ndarray) -> np.ndarray:
  frame = np.asarray(frame, np.uint8)
  if frame.ndim == 2:
    frame = frame[..., None]
  if frame.shape[-1] == 1:
    return np.repeat(frame, 3, axis=-1)
  return frame[..., :3]  # drops alpha


def first_line(e: Exception) -> str:
  """A one-line reason: ffmpeg's errors say what is wrong on their last line, after a banner."""
  text = [line.strip() for line in str(e).strip().splitlines() if line.strip()]
  reason = text[0] if text else ""
  if len(text) > 1:
    reason += " ... " + text[-1]
  return f"{type(e).__name__}: {reason}"
