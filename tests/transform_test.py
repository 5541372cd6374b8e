"""Tests for ssm_vdm.data.transform: resize_crop against hand values and a float64 loop."""

from absl.testing import absltest
from absl.testing import parameterized
import numpy as np

from ssm_vdm.data import transform


def _torchvision_resize_crop(image: np.ndarray, size: int) -> np.ndarray:
  """float64 [h, w, C] -> [size, size, C]: Resize(size) (bilinear, align_corners=False, no
  antialias) then CenterCrop(size), written from torchvision's and torch's definitions."""
  h, w = image.shape[:2]
  if h <= w:
    new_h, new_w = size, int(size * w / h)
  else:
    new_h, new_w = int(size * h / w), size
  out = np.zeros((new_h, new_w, image.shape[2]))
  for i in range(new_h):
    for j in range(new_w):
      y = max((i + 0.5) * h / new_h - 0.5, 0.0)
      x = max((j + 0.5) * w / new_w - 0.5, 0.0)
      y0, x0 = min(int(y), h - 1), min(int(x), w - 1)
      y1, x1 = min(y0 + 1, h - 1), min(x0 + 1, w - 1)
      dy, dx = y - y0, x - x0
      out[i, j] = ((1 - dy) * ((1 - dx) * image[y0, x0] + dx * image[y0, x1])
                   + dy * ((1 - dx) * image[y1, x0] + dx * image[y1, x1]))
  top, left = int(round((new_h - size) / 2.0)), int(round((new_w - size) / 2.0))
  return out[top:top + size, left:left + size]


def _square(frames, size, method="resize_crop"):
  return np.asarray(transform.to_square(np.asarray(frames, np.uint8), size, method))


class ResizeCropTest(parameterized.TestCase):

  def test_hand_computed(self):
    # 4x6 -> short side 2: 2x3 at scale 2 in both axes, so every output pixel is the mean of
    # a 2x2 block (source rows/cols 0.5 and 2.5, ...); the centre crop of width 3 -> 2 starts
    # at round(0.5) = 0.
    image = np.arange(24, dtype=np.uint8).reshape(1, 4, 6, 1).repeat(3, axis=-1)
    expected = np.array([[3.5, 5.5], [15.5, 17.5]])  # e.g. (0 + 1 + 6 + 7) / 4
    np.testing.assert_allclose(_square(image, 2)[0, ..., 0], expected, rtol=0, atol=1e-5)

  @parameterized.parameters(((240, 320), 32), ((240, 320), 64), ((31, 17), 8), ((9, 20), 5),
                            ((13, 13), 4), ((5, 6), 7))
  def test_matches_float64_reference(self, shape, size):
    rng = np.random.default_rng(sum(shape) + size)
    frames = rng.integers(0, 256, (2, *shape, 3), dtype=np.uint8)
    got = _square(frames, size)
    self.assertEqual(got.shape, (2, size, size, 3))
    for t in range(2):
      want = _torchvision_resize_crop(frames[t].astype(np.float64), size)
      # float32 sample positions: ~1e-5 of the [0, 255] range
      np.testing.assert_allclose(got[t], want, rtol=0, atol=5e-3)

  def test_crop_offset_rounds_half_to_even(self):
    # widths 11 and 9 above 2: (11 - 2) / 2 = 4.5 -> 4, (13 - 2) / 2 = 5.5 -> 6.
    for width, left in ((11, 4), (13, 6)):
      image = np.zeros((1, 2, width, 3), np.uint8)
      image[0, :, :, 0] = np.arange(width)[None] * 10
      np.testing.assert_allclose(_square(image, 2)[0, 0, :, 0], [10 * left, 10 * left + 10],
                                 atol=1e-4)

  def test_model_input_range_and_grey(self):
    frames = np.full((3, 24, 32, 3), 255, np.uint8)
    video = np.asarray(transform.to_model_input(frames, 8, 1, "resize_crop"))
    self.assertEqual(video.shape, (3, 8, 8, 1))
    np.testing.assert_allclose(video, 1.0, atol=1e-3)  # grey weights sum to 0.9999

  def test_unknown_method(self):
    with self.assertRaisesRegex(ValueError, "frame_transform"):
      transform.to_square(np.zeros((1, 4, 4, 3), np.uint8), 2, "nearest")


if __name__ == "__main__":
  absltest.main()
