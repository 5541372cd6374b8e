"""Decoded frames -> model input: a square of `resolution` pixels, scaled to [-1, 1].

Two ways to get the square (config.data.frame_transform):
  crop_antialias  the largest centred square, then an antialiased bilinear resize.
  resize_crop     the short side resized to `resolution` by bilinear interpolation without
                  antialiasing (half-pixel centres, as torch's interpolate with
                  align_corners=False), the long side to floor(resolution * long / short),
                  then the centred square, its offset rounded half to even: torchvision's
                  Resize(resolution) + CenterCrop(resolution) on a video tensor, as the
                  paper's UCF101 loader (torchvision 0.15, no antialiasing on tensors).
"""

from ssm_vdm.data import sources


def to_square(frames, resolution: int, method: str):
  """uint8 [T, h, w, 3] -> float32 [T, R, R, 3] in [0, 255] by `method` (module doc)."""
  tf = sources.tf()
  height, width = tf.shape(frames)[1], tf.shape(frames)[2]
  if method == "crop_antialias":
    side = tf.minimum(height, width)
    top, left = (height - side) // 2, (width - side) // 2
    square = frames[:, top:top + side, left:left + side]  # [T, side, side, 3]
    return tf.image.resize(tf.cast(square, tf.float32), [resolution, resolution],
                           method="bilinear", antialias=True)  # [T, R, R, 3]
  if method == "resize_crop":
    short = tf.minimum(height, width)
    # Exact integer floor of R * long / short: torchvision's int() of the float quotient.
    new_height = tf.where(height <= width, resolution, resolution * height // short)
    new_width = tf.where(height <= width, resolution * width // short, resolution)
    resized = tf.image.resize(tf.cast(frames, tf.float32), tf.stack([new_height, new_width]),
                              method="bilinear", antialias=False)  # [T, h', w', 3]
    top, left = _centre_offset(new_height, resolution), _centre_offset(new_width, resolution)
    return resized[:, top:top + resolution, left:left + resolution]  # [T, R, R, 3]
  raise ValueError(f"Unknown frame_transform {method!r}; use crop_antialias or resize_crop.")


def _centre_offset(size, crop: int):
  """int(round((size - crop) / 2)) with Python's round half to even, as torchvision."""
  extra = size - crop
  half = extra // 2
  return half + (extra % 2) * (half % 2)


def to_unit_range(square, channels: int):
  """float [T, R, R, 3] in [0, 255] -> float32 [T, R, R, C] in [-1, 1] (C = 1: grey)."""
  tf = sources.tf()
  video = tf.cast(square, tf.float32)
  if channels == 1:
    video = tf.image.rgb_to_grayscale(video)  # [T, R, R, 1]
  return tf.clip_by_value(video / 127.5 - 1.0, -1.0, 1.0)


def to_model_input(frames, resolution: int, channels: int, method: str = "crop_antialias"):
  """uint8 [T, h, w, 3] -> float32 [T, R, R, C] in [-1, 1]."""
  return to_unit_range(to_square(frames, resolution, method), channels)


def for_config(config):
  """frames uint8 [T, h, w, 3] -> float32 [T, R, R, C] in [-1, 1], as `config` says."""
  return lambda frames: to_model_input(frames, config.data.resolution, config.data.channels,
                                       config.data.frame_transform)
