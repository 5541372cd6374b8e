"""Running Gaussian statistics of features and the Frechet distance between two Gaussians.

FVD at the paper's scale (10,000 generated videos, 13,320 real clips) folds each batch's I3D
features into float64 sufficient statistics instead of keeping them all:

    stats = FeatureStats.empty(dim)
    for feats in batches:            # feats: [B, D]
      stats = stats.update(feats)
    frechet_distance(stats_a, stats_b)

The sums are taken around a fixed shift (the mean of the first batch), which keeps the
covariance free of the cancellation that plain sum(x x^T) - n mu mu^T suffers when the mean is
large next to the spread. Statistics save to and load from .npz files, written atomically.
"""

import dataclasses
import io
import json
from typing import Any, Mapping

import numpy as np

from ssm_vdm import files


@dataclasses.dataclass(frozen=True)
class FeatureStats:
  """count, and sums of (x - shift) and of (x - shift)(x - shift)^T over features x: [D].

  Attributes:
    count: number of feature vectors folded in.
    shift: [D] float64, the mean of the first batch (zeros while count == 0).
    total: [D] float64, sum of (x - shift).
    outer: [D, D] float64, sum of (x - shift)(x - shift)^T.
  """
  count: int
  shift: np.ndarray
  total: np.ndarray
  outer: np.ndarray

  @classmethod
  def empty(cls, dim: int) -> "FeatureStats":
    return cls(0, np.zeros(dim), np.zeros(dim), np.zeros((dim, dim)))

  @property
  def dim(self) -> int:
    return len(self.total)

  def update(self, feats: np.ndarray) -> "FeatureStats":
    """These statistics with the rows of feats [N, D] folded in (a new object)."""
    feats = np.asarray(feats, np.float64)
    if feats.ndim != 2 or feats.shape[1] != self.dim:
      raise ValueError(f"features must have shape [N, {self.dim}], got {feats.shape}.")
    if not np.all(np.isfinite(feats)):
      raise ValueError("features contain NaN or Inf; the extractor's input was invalid.")
    if not len(feats):
      return self
    shift = feats.mean(0) if self.count == 0 else self.shift
    centred = feats - shift  # [N, D]
    return FeatureStats(self.count + len(feats), shift, self.total + centred.sum(0),
                        self.outer + centred.T @ centred)

  def mean(self) -> np.ndarray:
    """[D] float64."""
    self._need(1)
    return self.shift + self.total / self.count

  def covariance(self) -> np.ndarray:
    """[D, D] float64, unbiased (divides by count - 1)."""
    self._need(2)
    centred_mean = self.total / self.count
    return (self.outer - self.count * np.outer(centred_mean, centred_mean)) / (self.count - 1)

  def _need(self, num: int) -> None:
    if self.count < num:
      raise ValueError(f"statistics of {self.count} feature vectors; need at least {num}.")

  def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
    return {f"{prefix}/count": np.asarray(self.count, np.int64), f"{prefix}/shift": self.shift,
            f"{prefix}/total": self.total, f"{prefix}/outer": self.outer}

  @classmethod
  def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str) -> "FeatureStats":
    return cls(int(arrays[f"{prefix}/count"]), *(np.asarray(arrays[f"{prefix}/{k}"], np.float64)
                                                 for k in ("shift", "total", "outer")))


def psd_sqrt(matrix: np.ndarray) -> np.ndarray:
  """Symmetric square root of a symmetric PSD matrix [D, D]; round-off negatives clipped."""
  eigvals, eigvecs = np.linalg.eigh(matrix)
  return (eigvecs * np.sqrt(np.clip(eigvals, 0.0, None))) @ eigvecs.T


def frechet_distance_from_moments(mean_a: np.ndarray, cov_a: np.ndarray, mean_b: np.ndarray,
                                  cov_b: np.ndarray) -> float:
  """|mu_a - mu_b|^2 + tr(S_a) + tr(S_b) - 2 tr((S_a S_b)^(1/2)), in float64.

  tr((S_a S_b)^(1/2)) is the sum of the square roots of the eigenvalues of the symmetric PSD
  S_a^(1/2) S_b S_a^(1/2) (similar to S_a S_b), so it stays exact for singular covariances.
  Args: means [D], covariances [D, D]. Returns the distance, >= 0.
  """
  sqrt_a = psd_sqrt(cov_a)
  inner = sqrt_a @ cov_b @ sqrt_a
  inner = (inner + inner.T) / 2.0  # symmetric up to round-off; eigh reads one triangle
  trace_sqrt = np.sqrt(np.clip(np.linalg.eigvalsh(inner), 0.0, None)).sum()
  distance = (np.sum((mean_a - mean_b) ** 2) + np.trace(cov_a) + np.trace(cov_b)
              - 2.0 * trace_sqrt)
  return float(max(distance, 0.0))  # >= 0 in exact arithmetic


def frechet_distance(stats_a: FeatureStats, stats_b: FeatureStats) -> float:
  """Frechet distance between Gaussians fitted to two feature sets (>= 2 vectors each)."""
  if stats_a.dim != stats_b.dim:
    raise ValueError(f"feature sizes differ: {stats_a.dim} vs {stats_b.dim}.")
  return frechet_distance_from_moments(stats_a.mean(), stats_a.covariance(), stats_b.mean(),
                                       stats_b.covariance())


def save(path: str, stats: Mapping[str, FeatureStats], info: Mapping[str, Any]) -> None:
  """Writes named statistics and a JSON-able `info` dict to `path` (.npz), atomically."""
  arrays = {"info": np.asarray(json.dumps(dict(info), sort_keys=True))}
  for name, s in stats.items():
    arrays.update(s.to_arrays(name))
  buffer = io.BytesIO()
  np.savez(buffer, **arrays)
  files.write_atomic(path, buffer.getvalue())


def load(path: str, names) -> tuple[dict[str, FeatureStats], dict[str, Any]] | None:
  """(statistics by name, info) from a file `save` wrote, or None if there is no file."""
  if not files.exists(path):
    return None
  with np.load(io.BytesIO(files.read_bytes(path))) as arrays:
    info = json.loads(str(arrays["info"]))
    return {name: FeatureStats.from_arrays(arrays, name) for name in names}, info
