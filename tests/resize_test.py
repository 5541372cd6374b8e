"""Tests for ssm_vdm.resize: TF1 resize_bilinear semantics, by hand and against TensorFlow."""

from absl.testing import absltest
from absl.testing import parameterized
import jax
import numpy as np

from ssm_vdm import resize


def _resize(image: np.ndarray, size) -> np.ndarray:
  """[H, W] -> [out_h, out_w] through the [..., H, W, C] interface."""
  return np.asarray(resize.resize_bilinear_tf1(image[..., None], size))[..., 0]


class ResizeBilinearTF1Test(parameterized.TestCase):

  def test_upsample_row_by_hand(self):
    # 3 -> 4: src = 0, 0.75, 1.5, 2.25; the last clamps to pixel 2 on both sides.
    row = np.array([[0.0, 4.0, 8.0]])
    np.testing.assert_allclose(_resize(row, (1, 4)), [[0.0, 3.0, 6.0, 8.0]], rtol=1e-6)

  def test_downsample_row_by_hand(self):
    # 3 -> 2: src = 0, 1.5; no antialiasing, only the two nearest pixels count.
    row = np.array([[0.0, 4.0, 8.0]])
    np.testing.assert_allclose(_resize(row, (1, 2)), [[0.0, 6.0]], rtol=1e-6)

  def test_upsample_2x2_by_hand(self):
    # src = 0, 0.5, 1, 1.5 per axis: the last row and column repeat the input's edge.
    image = np.array([[0.0, 1.0], [2.0, 3.0]])
    expected = [[0.0, 0.5, 1.0, 1.0],
                [1.0, 1.5, 2.0, 2.0],
                [2.0, 2.5, 3.0, 3.0],
                [2.0, 2.5, 3.0, 3.0]]
    np.testing.assert_allclose(_resize(image, (4, 4)), expected, rtol=1e-6)

  def test_non_square_by_hand(self):
    # Rows 2 -> 3: src = 0, 2/3, 4/3 (weights 0, 2/3, clamp); columns 3 -> 2: src = 0, 1.5.
    image = np.array([[0.0, 1.0, 2.0], [10.0, 11.0, 12.0]])
    expected = [[0.0, 1.5], [20.0 / 3.0, 8.0 + 1.0 / 6.0], [10.0, 11.5]]
    np.testing.assert_allclose(_resize(image, (3, 2)), expected, rtol=1e-6)

  def test_same_size_is_identity(self):
    image = np.random.default_rng(0).normal(size=(5, 7)).astype(np.float32)
    np.testing.assert_array_equal(_resize(image, (5, 7)), image)

  def test_leading_axes_are_independent_images(self):
    videos = np.random.default_rng(1).uniform(size=(2, 3, 4, 5, 3)).astype(np.float32)
    out = np.asarray(resize.resize_bilinear_tf1(videos, (7, 6)))  # [2, 3, 7, 6, 3]
    self.assertEqual(out.shape, (2, 3, 7, 6, 3))
    np.testing.assert_array_equal(out[1, 2], resize.resize_bilinear_tf1(videos[1, 2], (7, 6)))

  @parameterized.parameters(((32, 32), (224, 224)), ((5, 7), (13, 4)), ((64, 48), (224, 224)))
  def test_matches_tensorflow_v1(self, in_size, out_size):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    images = np.random.default_rng(2).uniform(size=(2,) + in_size + (3,)).astype(np.float32)
    expected = tf.compat.v1.image.resize_bilinear(images, out_size).numpy()
    np.testing.assert_allclose(resize.resize_bilinear_tf1(images, out_size), expected,
                               atol=1e-6)

  def test_differs_from_half_pixel_resize(self):
    image = np.array([[0.0, 1.0], [2.0, 3.0]], np.float32)[..., None]
    half_pixel = jax.image.resize(image, (4, 4, 1), "bilinear", antialias=False)
    self.assertGreater(np.abs(resize.resize_bilinear_tf1(image, (4, 4)) - half_pixel).max(),
                       0.2)

  def test_bad_sizes_raise(self):
    with self.assertRaisesRegex(ValueError, "sizes"):
      resize.tf1_source_coordinates(0, 4)
    with self.assertRaisesRegex(ValueError, r"\[..., H, W, C\]"):
      resize.resize_bilinear_tf1(np.zeros((4, 4)), (2, 2))


if __name__ == "__main__":
  absltest.main()
