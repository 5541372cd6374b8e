"""FVD: Frechet distance between I3D (Kinetics-400) features of real and generated videos.

As in the paper (and Unterthiner et al.'s FVD), frames are resized to 224x224, values stay in
[-1, 1], and the distance is taken between Gaussians fitted to I3D logits; the 1024-d pooled
features before the logits layer are an option.

    extractor = I3DFeatures()  # loads weights and jit-compiles once; reuse it
    score = fvd(real_videos, fake_videos, extractor)  # videos: [N, T, H, W, 3] in [-1, 1]
"""

import functools
from typing import Callable, Mapping

import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
import tqdm

from ssm_vdm.third_party import i3d

FEATURES = ("logits", "pooled")
MIN_FRAMES = i3d.MIN_FRAMES
# Videos slightly outside [-1, 1] (float round-off in a sampler) are fine; [0, 255] is not.
_RANGE_TOLERANCE = 1e-3

Extractor = Callable[..., Mapping[str, np.ndarray]]


def _i3d_forward(model: nn.Module, variables, videos: jax.Array) -> dict[str, jax.Array]:
  """videos: [B, T, H, W, 3] in [-1, 1] -> logits [B, 400], pooled [B, 1024] (float32)."""
  batch, frames = videos.shape[:2]
  size = (batch, frames, i3d.RESOLUTION, i3d.RESOLUTION, 3)
  # Plain bilinear, no antialiasing: the paper's clips (32, 64 px) are only ever upsampled.
  videos = jax.image.resize(videos, size, "bilinear", antialias=False)  # [B, T, 224, 224, 3]
  logits, end_points = model.apply(variables, videos)
  # The logits layer is linear after this pool, so `pooled` is exactly what it sees.
  pooled = nn.avg_pool(end_points["Mixed_5c"], (2, 7, 7), strides=(1, 1, 1),
                       padding="VALID")  # [B, ceil(T / 8) - 1, 1, 1, 1024]
  return {"logits": logits, "pooled": jnp.mean(pooled, axis=(1, 2, 3))}  # [B, 400], [B, 1024]


def _check_videos(shape: tuple[int, ...], name: str, min_videos: int) -> None:
  """Raises ValueError unless shape is [N, T, H, W, 3], N >= min_videos, T >= MIN_FRAMES."""
  if len(shape) != 5 or shape[-1] != 3:
    raise ValueError(f"{name} must have shape [N, T, H, W, 3], got {shape}.")
  if shape[0] < min_videos:
    raise ValueError(f"{name}: need at least {min_videos} videos, got {shape[0]}"
                     + (" (FVD estimates a covariance)." if min_videos > 1 else "."))
  if shape[1] < MIN_FRAMES:
    raise ValueError(f"{name}: I3D needs at least {MIN_FRAMES} frames per video, got "
                     f"{shape[1]} (with fewer its last temporal pool is empty); see pad_frames.")


def pad_frames(videos: np.ndarray, min_frames: int = MIN_FRAMES) -> np.ndarray:
  """Repeats the last frame until each video has `min_frames` frames; longer videos unchanged.

  For tiny test/smoke settings only: FVD of padded clips is not comparable to published numbers.

  Args:
    videos: [N, T, H, W, C].
  Returns:
    [N, max(T, min_frames), H, W, C].
  """
  missing = max(0, min_frames - videos.shape[1])
  return np.pad(videos, ((0, 0), (0, missing), (0, 0), (0, 0), (0, 0)), mode="edge")


class I3DFeatures:
  """I3D Kinetics-400 features of videos; weights loaded and forward pass jitted once.

  The batch shape is fixed (the last batch is padded), so one extractor compiles once per
  (batch_size, T, H, W).
  """

  def __init__(self, variables=None):
    """variables: I3D {"params", "batch_stats"}; default the Kinetics-400 weights."""
    if variables is None:
      variables = i3d.load_variables()
    self._variables = jax.device_put(variables)  # once, not per batch
    self._forward = jax.jit(functools.partial(_i3d_forward, i3d.create_model()))

  def __call__(self, videos: np.ndarray, batch_size: int = 8,
               progress: bool = True) -> dict[str, np.ndarray]:
    """I3D features of each video.

    Args:
      videos: [N, T, H, W, 3] in [-1, 1], T >= MIN_FRAMES; any H, W (resized to 224).
      batch_size: videos per forward pass.
      progress: show a progress bar when there is more than one batch.
    Returns:
      {"logits": [N, 400], "pooled": [N, 1024]}, float64 numpy.
    """
    _check_videos(np.shape(videos), "videos", min_videos=1)
    if batch_size < 1:
      raise ValueError(f"batch_size must be >= 1, got {batch_size}.")
    num = len(videos)
    num_batches = -(-num // batch_size)
    outputs = {name: [] for name in FEATURES}
    for start in tqdm.trange(0, num, batch_size, desc="I3D features", unit="batch",
                             disable=not progress or num_batches < 2):
      batch = np.asarray(videos[start:start + batch_size], np.float32)  # [b, T, H, W, 3]
      if np.abs(batch).max() > 1.0 + _RANGE_TOLERANCE:
        raise ValueError("videos must be in [-1, 1], got values in "
                         f"[{batch.min():g}, {batch.max():g}].")
      size = len(batch)
      batch = np.pad(batch, ((0, batch_size - size),) + ((0, 0),) * 4, mode="edge")
      features = self._forward(self._variables, batch)
      for name in FEATURES:
        outputs[name].append(np.asarray(features[name], np.float64)[:size])
    return {name: np.concatenate(parts) for name, parts in outputs.items()}


def _psd_sqrt(matrix: np.ndarray) -> np.ndarray:
  """Symmetric square root of a symmetric PSD matrix [D, D]; round-off negatives clipped."""
  eigvals, eigvecs = np.linalg.eigh(matrix)
  return (eigvecs * np.sqrt(np.clip(eigvals, 0.0, None))) @ eigvecs.T


def _trace_sqrt_product(centred_a: np.ndarray, centred_b: np.ndarray) -> float:
  """tr((S_a S_b)^(1/2)), S = X^T X / (N - 1) for centred features X: [N_a, D], [N_b, D].

  The eigenvalues of S_a S_b are real and >= 0 (those of S_a^(1/2) S_b S_a^(1/2)), and
  tr((S_a S_b)^(1/2)) is the sum of their square roots.
  """
  (num_a, dim), num_b = centred_a.shape, len(centred_b)
  if num_a * num_b <= dim * dim:
    # Few samples: the nonzero eigenvalues of S_a S_b = X_a^T (X_a X_b^T) X_b / c are those of
    # M M^T, M = X_a X_b^T: [N_a, N_b], so the trace is M's nuclear norm; no [D, D] work.
    gram = centred_a @ centred_b.T  # [N_a, N_b]
    return np.linalg.svd(gram, compute_uv=False).sum() / np.sqrt((num_a - 1) * (num_b - 1))
  cov_a = centred_a.T @ centred_a / (num_a - 1)  # [D, D]
  cov_b = centred_b.T @ centred_b / (num_b - 1)
  sqrt_a = _psd_sqrt(cov_a)
  inner = sqrt_a @ cov_b @ sqrt_a  # symmetric PSD
  inner = (inner + inner.T) / 2.0  # symmetric up to round-off; eigh reads one triangle
  return np.sqrt(np.clip(np.linalg.eigvalsh(inner), 0.0, None)).sum()


def frechet_distance(feats_a: np.ndarray, feats_b: np.ndarray) -> float:
  """Frechet distance between Gaussians fitted to two feature sets, in float64.

  d = |mu_a - mu_b|^2 + tr(S_a) + tr(S_b) - 2 tr((S_a S_b)^(1/2)) with unbiased covariances S.
  The last trace comes from eigh of the symmetric PSD S_a^(1/2) S_b S_a^(1/2), or, when there
  are fewer samples than dimensions, from an [N_a, N_b] SVD; both stay exact for the singular
  covariances of N < D.

  Args:
    feats_a: [N_a, D], N_a >= 2.
    feats_b: [N_b, D], N_b >= 2.
  Returns:
    The distance, >= 0.
  """
  for name, feats in (("feats_a", feats_a), ("feats_b", feats_b)):
    if np.ndim(feats) != 2 or len(feats) < 2:
      raise ValueError(f"{name} must have shape [N, D] with N >= 2, got {np.shape(feats)}.")
  if np.shape(feats_a)[1] != np.shape(feats_b)[1]:
    raise ValueError(f"feature sizes differ: {np.shape(feats_a)} vs {np.shape(feats_b)}.")
  feats_a = np.asarray(feats_a, np.float64)
  feats_b = np.asarray(feats_b, np.float64)
  mu_a, mu_b = feats_a.mean(0), feats_b.mean(0)  # [D]
  centred_a, centred_b = feats_a - mu_a, feats_b - mu_b  # [N_a, D], [N_b, D]
  trace_a = np.sum(centred_a ** 2) / (len(feats_a) - 1)  # tr(S_a)
  trace_b = np.sum(centred_b ** 2) / (len(feats_b) - 1)
  distance = (np.sum((mu_a - mu_b) ** 2) + trace_a + trace_b
              - 2.0 * _trace_sqrt_product(centred_a, centred_b))
  return float(max(distance, 0.0))  # >= 0 in exact arithmetic


def fvd(real_videos: np.ndarray, fake_videos: np.ndarray, extractor: Extractor,
        features: str = "logits", batch_size: int = 8) -> float:
  """Frechet Video Distance between two sets of videos.

  Args:
    real_videos: [N_r, T, H, W, 3] in [-1, 1], N_r >= 2, T >= MIN_FRAMES.
    fake_videos: [N_f, T', H', W', 3], same conditions.
    extractor: e.g. an `I3DFeatures`; called as extractor(videos, batch_size=...) -> dict.
    features: "logits" (the paper's convention) or "pooled" (1024-d, before the logits layer).
    batch_size: videos per I3D forward pass.
  Returns:
    FVD (>= 0; lower is better).
  """
  if features not in FEATURES:
    raise ValueError(f"features must be one of {FEATURES}, got {features!r}.")
  _check_videos(np.shape(real_videos), "real_videos", min_videos=2)
  _check_videos(np.shape(fake_videos), "fake_videos", min_videos=2)
  real = extractor(real_videos, batch_size=batch_size)[features]
  fake = extractor(fake_videos, batch_size=batch_size)[features]
  return frechet_distance(real, fake)


class FVDEvaluator:
  """FVD of generated videos against a fixed set of real clips from the eval split.

  The real clips' I3D features are computed once, on first use, and reused for every
  score, so periodic evaluation during training pays for them once.
  """

  def __init__(self, config, num_real: int, extractor: Extractor | None = None):
    self.config, self.num_real = config, num_real
    self.extractor = extractor or I3DFeatures()
    self._real = None

  def _prepare(self, videos: np.ndarray) -> np.ndarray:
    if videos.shape[1] < MIN_FRAMES:
      videos = pad_frames(videos)  # tiny smoke settings only; scores not comparable
    return videos

  def real_features(self) -> np.ndarray:
    if self._real is None:
      from ssm_vdm import input_pipeline  # pylint: disable=g-import-not-at-top
      # Every host reads the same clips, so every host computes the same score.
      batches = input_pipeline.create_eval_iterator(
          self.config, num_examples=self.num_real, batch_size=self.config.batch_size)
      videos = np.concatenate([b["video"] for b in batches])[:self.num_real]
      if len(videos) < 2:
        raise ValueError(f"The eval split gave {len(videos)} clips; FVD needs at least 2.")
      self._real = self.extractor(self._prepare(videos))[self.config.fvd_features]
    return self._real

  def __call__(self, fake_videos: np.ndarray) -> float:
    """FVD of `fake_videos` [N, T, H, W, 3] in [-1, 1] against the real clips."""
    fake = self.extractor(self._prepare(np.asarray(fake_videos)))[self.config.fvd_features]
    return frechet_distance(self.real_features(), fake)
