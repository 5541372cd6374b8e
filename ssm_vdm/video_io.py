"""Writing videos: a grid of clips as GIF and MP4 (imageio; MP4 via imageio-ffmpeg's binary)."""

import os
import tempfile

import imageio.v2 as imageio
import numpy as np

from ssm_vdm import files


def to_uint8(videos: np.ndarray) -> np.ndarray:
  """[..., C] float in [-1, 1] -> uint8 in [0, 255] (values outside are clipped)."""
  return np.round((np.clip(np.asarray(videos, np.float32), -1, 1) + 1) * 127.5).astype(np.uint8)


def grid(videos: np.ndarray, pad: int = 1, cols: int | None = None,
         fill: int = 0) -> np.ndarray:
  """Tiles N clips into one: [N, T, H, W, C] -> [T, rows*(H+pad)-pad, cols*(W+pad)-pad, C].

  cols: clips per row (None = ceil(sqrt(N))); empty cells and padding hold `fill` (black).
  """
  n, t, h, w, c = videos.shape
  cols = cols or int(np.ceil(np.sqrt(n)))
  rows = int(np.ceil(n / cols))
  out = np.full((t, rows * (h + pad) - pad, cols * (w + pad) - pad, c), fill, videos.dtype)
  for i in range(n):
    r, q = divmod(i, cols)
    out[:, r * (h + pad):r * (h + pad) + h, q * (w + pad):q * (w + pad) + w] = videos[i]
  return out


def write_video_grid(path_stem: str, videos: np.ndarray, fps: int = 8,
                     upscale: int = 2) -> list[str]:
  """Writes `path_stem`.gif and `path_stem`.mp4 (local or gs://) showing all clips in a grid.

  videos: [N, T, H, W, C] float in [-1, 1], C in {1, 3}. Small frames are upscaled by
  pixel repetition so they are visible. Returns the written paths.
  """
  frames = grid(to_uint8(videos))  # [T, H', W', C]
  if frames.shape[-1] == 1:
    frames = np.repeat(frames, 3, axis=-1)
  frames = frames.repeat(upscale, axis=1).repeat(upscale, axis=2)
  with tempfile.TemporaryDirectory() as tmp:  # encoders need local files; path may be gs://
    gif, mp4 = os.path.join(tmp, "video.gif"), os.path.join(tmp, "video.mp4")
    imageio.mimwrite(gif, list(frames), duration=1000.0 / fps, loop=0)
    # libx264 wants even sizes: pad by one black row/column where needed.
    h, w = frames.shape[1:3]
    frames = np.pad(frames, ((0, 0), (0, h % 2), (0, w % 2), (0, 0)))
    imageio.mimwrite(mp4, list(frames), fps=fps, format="FFMPEG", codec="libx264",
                     macro_block_size=1, pixelformat="yuv420p")
    files.copy(gif, path_stem + ".gif")
    files.copy(mp4, path_stem + ".mp4")
  return [path_stem + ".gif", path_stem + ".mp4"]


def frame_strip(video: np.ndarray, count: int = 16, pad: int = 1) -> tuple[np.ndarray, list]:
  """`count` evenly spaced frames of one video side by side, first and last included:
  [T, H, W, C] float in [-1, 1] -> ([H, count*(W+pad)-pad, C] uint8, grey between frames;
  the frame indices).
  Fewer frames than `count`: all of them."""
  t = video.shape[0]
  index = sorted(set(np.linspace(0, t - 1, min(count, t)).round().astype(int).tolist()))
  frames = to_uint8(video[index])[:, None]  # n one-frame clips: [n, 1, H, W, C]
  return grid(frames, pad, cols=len(index), fill=128)[0], index


def write_frame_strips(path: str, strips: list[np.ndarray], upscale: int = 2,
                       pad: int = 2) -> str:
  """Stacks `frame_strip` rows (left-aligned, grey between rows) into one PNG at `path`
  (local or gs://), upscaled by pixel repetition. Returns `path`."""
  width = max(s.shape[1] for s in strips)
  rows = []
  for s in strips:
    s = np.repeat(s, 3, axis=-1) if s.shape[-1] == 1 else s
    rows.append(np.pad(s, ((0, pad), (0, width - s.shape[1]), (0, 0)), constant_values=128))
  image = np.concatenate(rows)[:-pad]
  image = image.repeat(upscale, axis=0).repeat(upscale, axis=1)
  files.write_atomic(path, imageio.imwrite("<bytes>", image, format="png"))
  return path
