"""Tests for ssm_vdm.evaluation: Frechet distance vs closed forms, protocol inputs, I3D, FVD."""

from absl.testing import absltest
from absl.testing import parameterized
import chex
import jax
import jax.numpy as jnp
import numpy as np

from configs import default
from ssm_vdm import evaluation
from ssm_vdm import input_pipeline
from ssm_vdm import synthetic
from ssm_vdm.third_party import i3d


def _samples_with_moments(rng, mean, cov, num):
  """[num, D] samples whose sample mean and (ddof=1) covariance equal `mean`, `cov` exactly."""
  z = rng.standard_normal((num, len(mean)))
  z -= z.mean(0)
  z = z @ np.linalg.inv(np.linalg.cholesky(np.atleast_2d(np.cov(z, rowvar=False)))).T  # cov = I
  return mean + z @ np.linalg.cholesky(cov).T


class FrechetDistanceTest(parameterized.TestCase):

  @parameterized.parameters((1,), (5,), (32,))
  def test_diagonal_gaussians_closed_form(self, dim):
    rng = np.random.default_rng(dim)
    mu1, mu2 = rng.normal(size=dim), rng.normal(size=dim)
    s1, s2 = rng.uniform(0.1, 3.0, size=dim), rng.uniform(0.1, 3.0, size=dim)
    a = _samples_with_moments(rng, mu1, np.diag(s1), num=4 * dim + 8)
    b = _samples_with_moments(rng, mu2, np.diag(s2), num=3 * dim + 8)
    expected = np.sum((mu1 - mu2) ** 2) + np.sum(s1 + s2 - 2.0 * np.sqrt(s1 * s2))
    np.testing.assert_allclose(evaluation.frechet_distance(a, b), expected, rtol=1e-9)

  @parameterized.parameters((2, 12, 10), (16, 40, 48),  # N > D: eigh of [D, D] matrices
                            (16, 5, 7), (64, 3, 9))  # N < D: SVD of an [N_a, N_b] matrix
  def test_full_covariance_matches_eigvals_of_product(self, dim, num_a, num_b):
    rng = np.random.default_rng(dim)
    a = rng.normal(size=(num_a, dim)) @ rng.normal(size=(dim, dim)) + rng.normal(size=dim)
    b = rng.normal(size=(num_b, dim)) @ rng.normal(size=(dim, dim))
    cov_a, cov_b = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    # Independent route: S_a S_b is similar to a PSD matrix, so its eigenvalues are real and
    # >= 0 (up to round-off), and tr((S_a S_b)^(1/2)) is the sum of their square roots.
    eigvals = np.clip(np.linalg.eigvals(cov_a @ cov_b).real, 0.0, None)
    expected = (np.sum((a.mean(0) - b.mean(0)) ** 2) + np.trace(cov_a) + np.trace(cov_b)
                - 2.0 * np.sum(np.sqrt(eigvals)))
    np.testing.assert_allclose(evaluation.frechet_distance(a, b), expected, rtol=1e-7)
    np.testing.assert_allclose(evaluation.frechet_distance(b, a), expected, rtol=1e-7)

  @parameterized.parameters((64, 8), (8, 64))  # (N, D): full-rank and singular covariances
  def test_identical_sets_give_zero(self, num, dim):
    feats = np.random.default_rng(0).normal(size=(num, dim)) * 100.0
    distance = evaluation.frechet_distance(feats, feats.copy())
    self.assertGreaterEqual(distance, 0.0)
    self.assertLess(distance, 1e-6 * np.sum(np.var(feats, 0)))

  def test_singular_covariances_are_finite(self):
    rng = np.random.default_rng(0)
    distance = evaluation.frechet_distance(rng.normal(size=(3, 400)),
                                           rng.normal(size=(3, 400)) + 1.0)
    self.assertTrue(np.isfinite(distance))
    self.assertGreater(distance, 400.0)  # |mu_a - mu_b|^2 ~ 400 dominates

  @parameterized.parameters(((5,), (5, 3)), ((1, 3), (5, 3)), ((5, 3), (5, 4)))
  def test_bad_shapes_raise(self, shape_a, shape_b):
    with self.assertRaises(ValueError):
      evaluation.frechet_distance(np.zeros(shape_a), np.zeros(shape_b))


def _no_extractor(videos, batch_size):
  raise AssertionError("inputs should be rejected before any feature extraction")


class FVDArgumentsTest(parameterized.TestCase):
  """Arguments are checked before the (expensive) extractor runs."""

  @parameterized.named_parameters(
      ("no_channel_axis", (4, 16, 32, 32), "[N, T, H, W, 3]"),
      ("four_channels", (4, 16, 32, 32, 4), "[N, T, H, W, 3]"),
      ("one_video", (1, 16, 32, 32, 3), "at least 2 videos"),
      ("eight_frames", (4, 8, 32, 32, 3), "at least 9 frames"),
  )
  def test_bad_videos_raise(self, shape, message):
    good = np.zeros((4, 16, 32, 32, 3), np.float32)
    with self.assertRaisesRegex(ValueError, message.replace("[", r"\[").replace("]", r"\]")):
      evaluation.fvd(good, np.zeros(shape, np.float32), _no_extractor)

  def test_unknown_features_raise(self):
    videos = np.zeros((4, 16, 32, 32, 3), np.float32)
    with self.assertRaisesRegex(ValueError, "features"):
      evaluation.fvd(videos, videos, _no_extractor, features="pool5")

  def test_pad_frames(self):
    videos = np.arange(2 * 4 * 3).reshape(2, 4, 3, 1, 1).astype(np.float32)
    padded = evaluation.pad_frames(videos)  # [2, 9, 3, 1, 1]
    chex.assert_shape(padded, (2, evaluation.MIN_FRAMES, 3, 1, 1))
    np.testing.assert_array_equal(padded[:, :4], videos)
    np.testing.assert_array_equal(padded[:, 4:], np.repeat(videos[:, 3:], 5, axis=1))
    long = np.zeros((2, 12, 3, 1, 1))
    chex.assert_shape(evaluation.pad_frames(long), long.shape)


class ProtocolInputTest(absltest.TestCase):
  """What each protocol feeds I3D, against TensorFlow's resizes as independent references."""

  @classmethod
  def setUpClass(cls):
    super().setUpClass()
    cls.videos = np.random.default_rng(0).uniform(-1, 1, (1, 2, 5, 7, 3)).astype(np.float32)

  def test_paper_is_tf1_resize_of_unit_range(self):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    frames = (self.videos[0] + 1.0) / 2.0  # [T, H, W, 3] in [0, 1], as video / 255
    expected = tf.compat.v1.image.resize_bilinear(frames, (224, 224)).numpy()
    got = evaluation.to_i3d_input(self.videos, "paper")  # [1, T, 224, 224, 3]
    np.testing.assert_allclose(got[0], expected, atol=1e-6)

  def test_standard_is_half_pixel_resize_of_model_range(self):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    expected = tf.image.resize(self.videos[0], (224, 224), "bilinear").numpy()  # TF2
    got = evaluation.to_i3d_input(self.videos, "standard")
    np.testing.assert_allclose(got[0], expected, atol=1e-5)

  def test_unknown_protocol_raises(self):
    with self.assertRaisesRegex(ValueError, "protocol"):
      evaluation.to_i3d_input(self.videos, "fvd")


class RealSetConfigTest(absltest.TestCase):

  def test_paper_reads_every_video_of_train_and_test_the_papers_way(self):
    config = default.get_config("data.dataset=ucf101,eval.protocol=paper")
    paper = evaluation.real_set_config(config)
    self.assertEqual((paper.data.eval_split, paper.data.tfds_config, paper.data.frame_transform),
                     ("train+test", "ucf101_1", "resize_crop"))
    self.assertEqual((config.data.eval_split, config.data.tfds_config),
                     ("test", ""))  # not modified

  def test_standard_and_synthetic_read_the_config_as_is(self):
    for text in ("data.dataset=ucf101", "eval.protocol=paper"):
      config = default.get_config(text)
      self.assertIs(evaluation.real_set_config(config), config)


class _CountingExtractor:
  """Fake extractor: logits = per-channel means [N, 3], pooled = per-frame means [N, T];
  records the number of videos of each call."""

  def __init__(self):
    self.calls = []

  def __call__(self, videos, batch_size=8, progress=True):
    del batch_size, progress
    self.calls.append(len(videos))
    videos = np.asarray(videos, np.float64)
    return {"logits": videos.mean((1, 2, 3)), "pooled": videos.mean((2, 3, 4))}


class FVDEvaluatorTest(parameterized.TestCase):
  """The in-memory evaluator of periodic FVD, with a fake extractor: no I3D."""

  @parameterized.parameters(("logits",), ("pooled",))
  def test_real_features_once_and_feature_choice(self, features):
    config = default.get_config(f"smoke,eval.features={features}")
    extractor = _CountingExtractor()
    evaluator = evaluation.FVDEvaluator(config, num_real=5, extractor=extractor)
    real = np.concatenate([b["video"] for b in input_pipeline.create_eval_iterator(
        config, num_examples=5, batch_size=config.data.batch_size)])  # [5, 4, 8, 8, 3]
    rng = np.random.default_rng(0)
    fakes = [rng.uniform(-1, 1, real.shape).astype(np.float32) for _ in range(2)]
    scores = [evaluator(fake) for fake in fakes]
    self.assertEqual(extractor.calls, [5, 5, 5])  # fake, real (once), fake
    for fake, score in zip(fakes, scores):
      # The extractor saw the clips padded to I3D's minimum length.
      expected = evaluation.frechet_distance(
          _CountingExtractor()(evaluation.pad_frames(real))[features],
          _CountingExtractor()(evaluation.pad_frames(fake))[features])
      self.assertAlmostEqual(score, expected, places=9)
    self.assertNotAlmostEqual(scores[0], scores[1])

  def test_fvd_of_set_with_itself_is_zero(self):
    videos = np.random.default_rng(1).uniform(-1, 1, (6, 9, 4, 4, 3)).astype(np.float32)
    self.assertLess(evaluation.fvd(videos, videos, _CountingExtractor()), 1e-9)


_FRAMES = evaluation.MIN_FRAMES  # shortest clip I3D accepts: keeps the forward passes cheap
_BATCH = 2  # one compiled I3D shape, [2, 9, 224, 224, 3], for every test (eval_mode_test too)
_SHIFTS = (0.25, 0.5, 1.0)


def one_device_extractor(protocol: str = "standard") -> evaluation.I3DFeatures:
  """I3D on one CPU device: batches of _BATCH stay whole (the tests run 8 fake devices)."""
  return evaluation.I3DFeatures(protocol, devices=jax.devices()[:1])


class I3DTest(parameterized.TestCase):
  """One compiled I3D program; forward passes are ~3 s per batch of 2 on 2 CPU cores."""

  @classmethod
  def setUpClass(cls):
    super().setUpClass()
    cls.extractor = one_device_extractor()
    # Two 32x32 bouncing-shape clips (A, B), then the same clips brightened by each shift.
    cls.videos = np.stack([synthetic.bouncing_shapes(i, seed=0, frames=_FRAMES, resolution=32)
                           for i in range(2)])  # [2, T, 32, 32, 3]
    shifted = [np.clip(cls.videos + s, -1.0, 1.0) for s in _SHIFTS]
    # Batches of 2: [A, B], [A1, B1], ..., then [B1, A] (A second, beside another clip) and
    # [A] alone (padded): A's features must not depend on its batch.
    cls.sets = np.concatenate([cls.videos] + shifted)  # [2 * (1 + len(_SHIFTS)), ...]
    a, b1 = cls.videos[0], shifted[0][1]
    everything = np.concatenate([cls.sets, np.stack([b1, a, a])])
    cls.features = cls.extractor(everything, batch_size=_BATCH, progress=False)
    cls.paper = one_device_extractor("paper")(cls.videos, batch_size=_BATCH, progress=False)

  def test_variables_match_model(self):
    variables = i3d.load_variables()
    expected = jax.eval_shape(i3d.create_model().init, jax.random.key(0),
                              jnp.zeros((1, _FRAMES, 224, 224, 3)))
    chex.assert_trees_all_equal_shapes_and_dtypes(variables, expected)

  def test_features_shapes_and_finite(self):
    num = len(self.sets) + 3
    chex.assert_shape(self.features["logits"], (num, i3d.NUM_CLASSES))
    chex.assert_shape(self.features["pooled"], (num, i3d.POOLED_DIM))
    for feats in list(self.features.values()) + list(self.paper.values()):
      self.assertEqual(feats.dtype, np.float64)
      chex.assert_tree_all_finite(feats)

  def test_features_independent_of_batch_and_padding(self):
    num = len(self.sets)
    for name in evaluation.FEATURES:
      feats = self.features[name]
      # A beside B, A beside B1 in second place, A alone with padding; B1 in either place.
      for same, other in ((0, num + 1), (0, num + 2), (3, num)):
        np.testing.assert_allclose(feats[other], feats[same], rtol=1e-5, atol=1e-5)

  def test_protocols_give_different_features(self):
    for name in evaluation.FEATURES:
      standard, paper = self.features[name][:2], self.paper[name]
      # [0, 1] inputs are a different picture to I3D than [-1, 1] ones: not round-off.
      self.assertGreater(np.abs(paper - standard).max(), 0.1 * np.abs(standard).max())

  def test_pooled_is_input_of_logits_layer(self):
    head = i3d.load_variables()["params"]["Logits/Conv3d_0c_1x1"]["Conv_0"]
    kernel = head["kernel"].reshape(i3d.POOLED_DIM, i3d.NUM_CLASSES)  # [1, 1, 1, D, K] -> [D, K]
    for feats in (self.features, self.paper):
      np.testing.assert_allclose(feats["pooled"] @ kernel + head["bias"], feats["logits"],
                                 atol=1e-3, rtol=1e-4)

  def test_bad_videos_raise_before_i3d(self):
    with self.assertRaisesRegex(ValueError, r"\[-1, 1\]"):
      self.extractor(self.videos * 255.0, batch_size=_BATCH)
    with self.assertRaisesRegex(ValueError, "NaN"):
      self.extractor(np.full_like(self.videos, np.nan), batch_size=_BATCH)

  @parameterized.parameters(("logits",), ("pooled",))
  def test_fvd_grows_with_shift(self, features):
    feats = self.features[features][:len(self.sets)].reshape(1 + len(_SHIFTS), 2, -1)
    distances = [evaluation.frechet_distance(feats[0], f) for f in feats]  # [sets]
    self.assertLess(distances[0], 1e-6)
    self.assertTrue(np.all(np.diff(distances) > 0), distances)


if __name__ == "__main__":
  absltest.main()
