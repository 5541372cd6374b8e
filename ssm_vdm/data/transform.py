"""Decoded frames -> model input: centre square crop, resize, [-1, 1]."""

from ssm_vdm.data import sources


def to_model_input(frames, resolution: int, channels: int):
  """uint8 [T, h, w, 3] -> float32 [T, R, R, C] in [-1, 1]: centre square crop, resize."""
  tf = sources.tf()
  height, width = tf.shape(frames)[1], tf.shape(frames)[2]
  side = tf.minimum(height, width)
  top, left = (height - side) // 2, (width - side) // 2
  square = frames[:, top:top + side, left:left + side]  # [T, side, side, 3]
  video = tf.image.resize(tf.cast(square, tf.float32), [resolution, resolution],
                          method="bilinear", antialias=True)  # [T, R, R, 3]
  if channels == 1:
    video = tf.image.rgb_to_grayscale(video)  # [T, R, R, 1]
  return tf.clip_by_value(video / 127.5 - 1.0, -1.0, 1.0)
