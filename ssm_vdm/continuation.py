"""Videos longer than the sampling window: extend window by window, each new window
conditioned on the last `context` frames of what exists (replacement or reconstruction
guidance, ssm_vdm.sampling), so one compiled window program makes any length.

A video of `length` frames from scratch takes 1 + ceil((length - W) / (W - context)) windows
of W frames (the first unconditional); continuing `initial` frames takes
ceil((length - len(initial)) / (W - context)).
"""

import jax
import jax.numpy as jnp
import numpy as np
from tqdm.auto import tqdm

Array = jax.Array


def num_windows(length: int, window: int, context: int, start: int = 0) -> int:
  """Sampler calls to grow `start` frames (0: none) to `length` frames."""
  if start == 0:
    return 1 + max(0, -(-(length - window) // (window - context)))
  return max(0, -(-(length - start) // (window - context)))


def check(length: int, window: int, context: int, start: int = 0) -> None:
  """Raises ValueError, saying what to change, for settings that cannot extend a video."""
  if not 0 < context < window:
    raise ValueError(f"context={context} must be in [1, {window - 1}]: the frames of each "
                     f"window of {window} that come from the video so far.")
  if length < 1:
    raise ValueError(f"length={length} must be >= 1 frames.")
  if start and start < context:
    raise ValueError(f"the initial video has {start} frames, fewer than context={context}; "
                     "give more frames or a smaller context.")


def extend(sample, params, rng: Array, *, length: int, window_shape: tuple[int, ...],
           context: int, initial: Array | None = None, sharding=None,
           progress: bool = True) -> Array:
  """A [B, length, H, W, C] video grown window by window.

  Args:
    sample: `sampling.create_sampler`'s sample function (its sampler and guidance are used).
    params: network parameters.
    rng: key; window i uses fold_in(rng, i).
    length: frames wanted.
    window_shape: (B, frames, H, W, C) of one sampler call (the model's training length is
      the natural window; SSM models also sample longer ones).
    context: frames of the video so far that condition each window, 0 < context < frames.
    initial: optional [B, k, H, W, C] in [-1, 1], k >= context: the video to continue (kept
      as its first k frames); without it the first window is sampled unconditionally.
    sharding: batch sharding for the sampler (see `sampling.create_sampler`).
    progress: show a progress bar over windows (rate and ETA).

  Returns:
    [B, length, H, W, C] float32 in [-1, 1]; each window's first `context` frames are the
    frames it was conditioned on, exactly.
  """
  batch, window = window_shape[0], window_shape[1]
  start = 0 if initial is None else int(np.shape(initial)[1])
  check(length, window, context, start)
  if initial is not None and (np.shape(initial)[0] != batch
                              or tuple(np.shape(initial)[2:]) != tuple(window_shape[2:])):
    raise ValueError(f"initial video of shape {np.shape(initial)} does not match windows of "
                     f"shape {tuple(window_shape)} (batch and frame size).")
  total = num_windows(length, window, context, start)
  video = None if initial is None else jnp.asarray(initial, jnp.float32)
  with tqdm(total=total, desc="windows", unit="window",
            disable=not progress or jax.process_index() > 0) as bar:
    for i in range(total):
      key = jax.random.fold_in(rng, i)
      if video is None:
        video = sample(params, key, window_shape, sharding=sharding, progress=False)
      else:
        new = sample(params, key, window_shape, sharding=sharding, progress=False,
                     known=video[:, video.shape[1] - context:])
        video = jnp.concatenate([video, new[:, context:]], axis=1)
      jax.block_until_ready(video)
      bar.update(1)
  return video[:, :length]
