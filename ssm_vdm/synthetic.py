"""Built-in synthetic videos: coloured shapes bouncing in a box. No download needed.

Video `i` depends only on (seed, i), so any host can produce any slice of the stream and a
resumed run sees exactly the batches it would have seen without stopping.
"""

import numpy as np


def bouncing_shapes(index: int, *, seed: int, frames: int, resolution: int,
                    num_shapes: int = 2, channels: int = 3) -> np.ndarray:
  """One video of `num_shapes` squares/discs moving at constant speed, bouncing off walls.

  Returns:
    [T, H, W, C] float32 in [-1, 1] (background -1).
  """
  rng = np.random.default_rng((seed, index))
  coords = (np.arange(resolution) + 0.5) / resolution  # pixel centres in [0, 1]
  yy, xx = coords[:, None], coords[None, :]  # [H, 1], [1, W]
  video = np.zeros((frames, resolution, resolution, channels), np.float32)
  steps = np.arange(frames)[:, None]  # [T, 1]
  for _ in range(num_shapes):
    radius = rng.uniform(0.12, 0.22)
    colour = rng.uniform(0.3, 1.0, size=channels).astype(np.float32)
    start = rng.uniform(radius, 1.0 - radius, size=2)
    velocity = rng.uniform(-0.08, 0.08, size=2)
    # Reflecting walls: unfold the straight path into a triangle wave on [r, 1 - r].
    span = 1.0 - 2.0 * radius
    path = (start - radius) + steps * velocity  # [T, 2]
    path = np.abs((path + span) % (2.0 * span) - span) + radius  # [T, 2]
    cy = path[:, 0, None, None]  # [T, 1, 1]
    cx = path[:, 1, None, None]
    if rng.uniform() < 0.5:
      mask = (yy - cy) ** 2 + (xx - cx) ** 2 <= radius ** 2  # disc, [T, H, W]
    else:
      mask = (np.abs(yy - cy) <= radius * 0.85) & (np.abs(xx - cx) <= radius * 0.85)
    video = np.where(mask[..., None], colour, video)
  return video * 2.0 - 1.0


def synthetic_batch(indices: np.ndarray, **kwargs) -> np.ndarray:
  """Stacks `bouncing_shapes` for each index. Returns [B, T, H, W, C] float32 in [-1, 1]."""
  return np.stack([bouncing_shapes(int(i), **kwargs) for i in indices])
