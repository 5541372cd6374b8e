"""Bilinear resize with TensorFlow 1's `tf.image.resize_bilinear` semantics.

The FVD code the paper used resizes frames to 224x224 with TF1's `resize_bilinear` and its
defaults, align_corners=False and half_pixel_centers=False. Output pixel i then reads the
input at src = i * in_size / out_size (no half-pixel offset, unlike `jax.image.resize`),
between rows floor(src) and min(ceil(src), in_size - 1), with weight src - floor(src). TF
computes the coordinates in float32 and interpolates along the width first, then the height,
as lerps (a + (b - a) * w); this follows the same order so results match to float32 round-off.
"""

import jax.numpy as jnp
import numpy as np


def tf1_source_coordinates(in_size: int, out_size: int
                           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
  """(lower, upper, weight) per output index: [out_size] int32, int32, float32.

  src = i * (in_size / out_size) in float32; lower = floor(src), upper = min(ceil(src),
  in_size - 1), weight = src - floor(src).
  """
  if in_size < 1 or out_size < 1:
    raise ValueError(f"sizes must be >= 1, got in_size={in_size}, out_size={out_size}.")
  scale = np.float32(in_size) / np.float32(out_size)
  src = np.arange(out_size, dtype=np.float32) * scale  # float32, as TF's kernel
  lower = np.floor(src)
  upper = np.minimum(np.ceil(src), in_size - 1)
  return lower.astype(np.int32), upper.astype(np.int32), (src - lower).astype(np.float32)


def _lerp_axis(images: jnp.ndarray, axis: int, out_size: int) -> jnp.ndarray:
  lower, upper, weight = tf1_source_coordinates(images.shape[axis], out_size)
  shape = [1] * images.ndim
  shape[axis] = out_size
  weight = jnp.asarray(weight.reshape(shape), images.dtype)
  low = jnp.take(images, lower, axis=axis)
  return low + (jnp.take(images, upper, axis=axis) - low) * weight


def resize_bilinear_tf1(images: jnp.ndarray, size: tuple[int, int]) -> jnp.ndarray:
  """Resizes the H, W axes of images [..., H, W, C] to size (out_h, out_w), float32.

  Same values as TF1 `tf.image.resize_bilinear(images, size)` (align_corners=False,
  half_pixel_centers=False) up to float32 round-off. No antialiasing: downsampling reads
  only the two nearest source pixels per axis, as TF1 does.
  """
  if images.ndim < 3:
    raise ValueError(f"images must have shape [..., H, W, C], got {images.shape}.")
  out_h, out_w = size
  images = jnp.asarray(images, jnp.float32)
  images = _lerp_axis(images, images.ndim - 2, out_w)  # [..., H, out_w, C]
  return _lerp_axis(images, images.ndim - 3, out_h)  # [..., out_h, out_w, C]
