"""Tests for ssm_vdm.fvd_stats: streaming moments vs float64 batch ones, Frechet distance."""

import os
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import numpy as np

from ssm_vdm import evaluation
from ssm_vdm import fvd_stats


def _stream(feats: np.ndarray, sizes) -> fvd_stats.FeatureStats:
  """Folds feats [N, D] in batches of the given sizes (an empty batch included)."""
  stats = fvd_stats.FeatureStats.empty(feats.shape[1])
  bounds = np.cumsum([0] + list(sizes))
  assert bounds[-1] == len(feats)
  for start, stop in zip(bounds[:-1], bounds[1:]):
    stats = stats.update(feats[start:stop])
  return stats


def _reference_distance(a: np.ndarray, b: np.ndarray) -> float:
  """Float64 reference: np.cov and the eigenvalues of S_a S_b (real, >= 0)."""
  cov_a, cov_b = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
  eigvals = np.clip(np.linalg.eigvals(cov_a @ cov_b).real, 0.0, None)
  return (np.sum((a.mean(0) - b.mean(0)) ** 2) + np.trace(cov_a) + np.trace(cov_b)
          - 2.0 * np.sum(np.sqrt(eigvals)))


class FeatureStatsTest(parameterized.TestCase):

  @parameterized.parameters(((1, 0, 6, 13),), ((20,),), ((2, 2, 2, 2, 2, 2, 2, 2, 2, 2),))
  def test_moments_equal_batch_moments(self, sizes):
    rng = np.random.default_rng(len(sizes))
    feats = rng.normal(size=(20, 6)) @ rng.normal(size=(6, 6)) + rng.normal(size=6) * 5.0
    stats = _stream(feats, sizes)
    self.assertEqual(stats.count, 20)
    np.testing.assert_allclose(stats.mean(), feats.mean(0), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(stats.covariance(), np.cov(feats, rowvar=False), rtol=1e-10,
                               atol=1e-12)

  def test_large_mean_keeps_covariance_accurate(self):
    # Without the shift, sum(x x^T) - n mu mu^T at |mu| = 1e6 loses ~12 of 16 digits.
    rng = np.random.default_rng(0)
    feats = 1e6 + rng.normal(size=(500, 4))
    stats = _stream(feats, (100,) * 5)
    np.testing.assert_allclose(stats.covariance(), np.cov(feats, rowvar=False), rtol=1e-9,
                               atol=1e-9)

  @parameterized.parameters((8, 300, 200),  # N > D: full-rank covariances
                            (32, 12, 9))  # N < D: singular covariances
  def test_streaming_distance_equals_batch_distance(self, dim, num_a, num_b):
    rng = np.random.default_rng(dim)
    a = rng.normal(size=(num_a, dim)) @ rng.normal(size=(dim, dim)) + rng.normal(size=dim)
    b = rng.normal(size=(num_b, dim)) @ rng.normal(size=(dim, dim))
    sizes_a = [num_a // 3, num_a // 3, num_a - 2 * (num_a // 3)]
    streamed = fvd_stats.frechet_distance(_stream(a, sizes_a), _stream(b, [1, num_b - 1]))
    np.testing.assert_allclose(streamed, _reference_distance(a, b), rtol=1e-7)
    np.testing.assert_allclose(streamed, evaluation.frechet_distance(a, b), rtol=1e-7)

  def test_identical_sets_give_zero(self):
    feats = np.random.default_rng(3).normal(size=(50, 5)) * 10.0
    self.assertLess(fvd_stats.frechet_distance(_stream(feats, (50,)),
                                               _stream(feats, (7, 43))), 1e-8)

  def test_bad_input_raises(self):
    stats = fvd_stats.FeatureStats.empty(3)
    with self.assertRaisesRegex(ValueError, r"\[N, 3\]"):
      stats.update(np.zeros((2, 4)))
    with self.assertRaisesRegex(ValueError, "NaN"):
      stats.update(np.full((2, 3), np.nan))
    with self.assertRaisesRegex(ValueError, "at least 2"):
      stats.update(np.zeros((1, 3))).covariance()
    with self.assertRaisesRegex(ValueError, "differ"):
      fvd_stats.frechet_distance(stats, fvd_stats.FeatureStats.empty(4))

  def test_save_load_round_trip(self):
    rng = np.random.default_rng(4)
    stats = {"logits": _stream(rng.normal(size=(5, 3)), (2, 3)),
             "pooled": _stream(rng.normal(size=(5, 4)), (5,))}
    info = {"key": {"protocol": "paper", "shape": [2, 16]}, "count": 5, "complete": False}
    with tempfile.TemporaryDirectory() as folder:
      path = os.path.join(folder, "sub", "stats.npz")
      self.assertIsNone(fvd_stats.load(path, stats))
      fvd_stats.save(path, stats, info)
      fvd_stats.save(path, stats, info)  # overwriting leaves no temporary file behind
      self.assertEqual(os.listdir(os.path.dirname(path)), ["stats.npz"])
      loaded, loaded_info = fvd_stats.load(path, stats)
    self.assertEqual(loaded_info, info)
    for name, s in stats.items():
      self.assertEqual(loaded[name].count, s.count)
      for field in ("shift", "total", "outer"):
        np.testing.assert_array_equal(getattr(loaded[name], field), getattr(s, field))


if __name__ == "__main__":
  absltest.main()
