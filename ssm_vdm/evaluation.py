"""FVD: Frechet distance between I3D (Kinetics-400) features of real and generated videos.

Videos enter as the model and the input pipeline give them, [N, T, H, W, 3] in [-1, 1]. Two
protocols turn them into I3D's 224x224 input (`to_i3d_input`):

* `standard`: values stay in [-1, 1], the range I3D was trained on and the FVD authors'
  code (Unterthiner et al.) feeds it; frames resized by `jax.image.resize` (bilinear).
* `paper`: what Oshima et al.'s evaluation script did: values mapped to [0, 1] (the script
  divides by 255 and never rescales), frames resized by TF1's `resize_bilinear`
  (`ssm_vdm.resize`: no half-pixel centres). Its numbers compare with the paper's table.

FVD is the Frechet distance between Gaussians fitted to the I3D logits (averaged over time,
TF-Hub's `i3d-kinetics-400` output); the 1024-d pooled features before the logits layer are
an option.

    extractor = I3DFeatures("paper")  # loads weights; the I3D program compiles once per shape
    score = fvd(real_videos, fake_videos, extractor)  # videos: [N, T, H, W, 3] in [-1, 1]

`ssm_vdm.eval_run` runs the full evaluation of a checkpoint (streaming, resumable).
"""

from collections.abc import Iterator
import functools
from typing import Callable, Mapping

import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
import tqdm

from ssm_vdm import fvd_stats
from ssm_vdm import resize
from ssm_vdm import sharding
from ssm_vdm.third_party import i3d

FEATURES = ("logits", "pooled")
PROTOCOLS = ("standard", "paper")
MIN_FRAMES = i3d.MIN_FRAMES
# Videos slightly outside [-1, 1] (float round-off in a sampler) are fine; [0, 255] is not.
_RANGE_TOLERANCE = 1e-3
_TFDS_DATASETS = ("ucf101", "minerl_navigate")  # datasets with train and test splits
_ALL_CLIPS = 1 << 62  # "every video" as a clip count

Extractor = Callable[..., Mapping[str, np.ndarray]]


def check_protocol(protocol: str) -> None:
  if protocol not in PROTOCOLS:
    raise ValueError(f"FVD protocol {protocol!r} is not known; use one of {PROTOCOLS}.")


def describe_protocol(protocol: str) -> dict[str, str]:
  """What the protocol feeds I3D, for fvd.json and logs."""
  check_protocol(protocol)
  if protocol == "paper":
    return {"i3d_input_range": "[0, 1]", "resize": "TF1 resize_bilinear (no half-pixel)"}
  return {"i3d_input_range": "[-1, 1]", "resize": "jax.image.resize bilinear"}


@functools.partial(jax.jit, static_argnames="protocol")
def to_i3d_input(videos: jax.Array, protocol: str) -> jax.Array:
  """videos: [B, T, H, W, 3] in [-1, 1] -> I3D input [B, T, 224, 224, 3], float32.

  standard: [-1, 1], `jax.image.resize` bilinear (half-pixel centres, no antialiasing: the
  paper's 32 and 64 px clips are only ever upsampled). paper: (videos + 1) / 2 in [0, 1],
  TF1 `resize_bilinear`.
  """
  batch, frames = videos.shape[:2]
  videos = jnp.asarray(videos, jnp.float32)
  size = (i3d.RESOLUTION, i3d.RESOLUTION)
  if protocol == "paper":
    return resize.resize_bilinear_tf1((videos + 1.0) / 2.0, size)
  check_protocol(protocol)
  return jax.image.resize(videos, (batch, frames) + size + (3,), "bilinear", antialias=False)


@jax.jit
def _i3d_features(variables, videos: jax.Array) -> dict[str, jax.Array]:
  """videos: [B, T, 224, 224, 3] -> logits [B, 400], pooled [B, 1024] (float32).

  One jitted function for every extractor and protocol: a shape compiles once per process.
  """
  logits, end_points = i3d.create_model().apply(variables, videos)
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
  """I3D Kinetics-400 features of videos under one FVD protocol.

  Weights are loaded once and replicated over this process's devices; each batch is split
  over them. The batch shape is fixed (a short last batch is padded by repeating its last
  video, and padding never changes the other videos' features), so the I3D program compiles
  once per (batch_size rounded up to the local device count, T).
  """

  def __init__(self, protocol: str = "standard", variables=None, devices=None):
    """protocol: "standard" or "paper"; variables: I3D {"params", "batch_stats"}, default
    the Kinetics-400 weights; devices: where batches run, default this process's devices."""
    check_protocol(protocol)
    self.protocol = protocol
    if variables is None:
      variables = i3d.load_variables()
    self._mesh = sharding.create_mesh(jax.local_devices() if devices is None else devices)
    self._variables = jax.device_put(variables, sharding.replicated(self._mesh))  # once

  def __call__(self, videos: np.ndarray, batch_size: int = 8,
               progress: bool = True) -> dict[str, np.ndarray]:
    """I3D features of each video.

    Args:
      videos: [N, T, H, W, 3] in [-1, 1], T >= MIN_FRAMES; any H, W (resized to 224).
      batch_size: videos per forward pass (rounded up to a multiple of the local devices).
      progress: show a progress bar when there is more than one batch.
    Returns:
      {"logits": [N, 400], "pooled": [N, 1024]}, float64 numpy.
    """
    _check_videos(np.shape(videos), "videos", min_videos=1)
    if batch_size < 1:
      raise ValueError(f"batch_size must be >= 1, got {batch_size}.")
    devices = self._mesh.devices.size
    batch_size = -(-batch_size // devices) * devices
    num = len(videos)
    num_batches = -(-num // batch_size)
    outputs = {name: [] for name in FEATURES}
    for start in tqdm.trange(0, num, batch_size, desc="I3D features", unit="batch",
                             disable=not progress or num_batches < 2):
      batch = np.asarray(videos[start:start + batch_size], np.float32)  # [b, T, H, W, 3]
      if not np.all(np.isfinite(batch)):
        raise ValueError("videos contain NaN or Inf (a diverged model?).")
      if np.abs(batch).max() > 1.0 + _RANGE_TOLERANCE:
        raise ValueError("videos must be in [-1, 1], got values in "
                         f"[{batch.min():g}, {batch.max():g}].")
      size = len(batch)
      batch = np.pad(batch, ((0, batch_size - size),) + ((0, 0),) * 4, mode="edge")
      batch = jax.device_put(batch, sharding.batch_sharding(self._mesh))
      features = _i3d_features(self._variables, to_i3d_input(batch, self.protocol))
      for name in FEATURES:
        outputs[name].append(np.asarray(features[name], np.float64)[:size])
    return {name: np.concatenate(parts) for name, parts in outputs.items()}


def _trace_sqrt_product_few(centred_a: np.ndarray, centred_b: np.ndarray) -> float:
  """tr((S_a S_b)^(1/2)), S = X^T X / (N - 1), for centred X: [N_a, D], [N_b, D], N_a N_b <= D^2.

  The nonzero eigenvalues of S_a S_b = X_a^T (X_a X_b^T) X_b / c are those of M M^T,
  M = X_a X_b^T: [N_a, N_b], so the trace is M's nuclear norm; no [D, D] work.
  """
  gram = centred_a @ centred_b.T  # [N_a, N_b]
  return np.linalg.svd(gram, compute_uv=False).sum() / np.sqrt(
      (len(centred_a) - 1) * (len(centred_b) - 1))


def frechet_distance(feats_a: np.ndarray, feats_b: np.ndarray) -> float:
  """Frechet distance between Gaussians fitted to two feature sets, in float64.

  d = |mu_a - mu_b|^2 + tr(S_a) + tr(S_b) - 2 tr((S_a S_b)^(1/2)) with unbiased covariances S
  (`fvd_stats.frechet_distance_from_moments`), or, when there are fewer samples than
  dimensions, the last trace from an [N_a, N_b] SVD; both exact for singular covariances.

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
  (num_a, dim), num_b = feats_a.shape, len(feats_b)
  mu_a, mu_b = feats_a.mean(0), feats_b.mean(0)  # [D]
  centred_a, centred_b = feats_a - mu_a, feats_b - mu_b  # [N_a, D], [N_b, D]
  if num_a * num_b > dim * dim:
    return fvd_stats.frechet_distance_from_moments(
        mu_a, centred_a.T @ centred_a / (num_a - 1), mu_b, centred_b.T @ centred_b / (num_b - 1))
  trace_a = np.sum(centred_a ** 2) / (num_a - 1)  # tr(S_a)
  trace_b = np.sum(centred_b ** 2) / (num_b - 1)
  distance = (np.sum((mu_a - mu_b) ** 2) + trace_a + trace_b
              - 2.0 * _trace_sqrt_product_few(centred_a, centred_b))
  return float(max(distance, 0.0))  # >= 0 in exact arithmetic


def fvd(real_videos: np.ndarray, fake_videos: np.ndarray, extractor: Extractor,
        features: str = "logits", batch_size: int = 8) -> float:
  """Frechet Video Distance between two sets of videos.

  Args:
    real_videos: [N_r, T, H, W, 3] in [-1, 1], N_r >= 2, T >= MIN_FRAMES.
    fake_videos: [N_f, T', H', W', 3], same conditions.
    extractor: e.g. an `I3DFeatures` (its protocol decides the I3D input); called as
      extractor(videos, batch_size=...) -> dict.
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


def prepare_videos(videos: np.ndarray) -> np.ndarray:
  """Pads clips shorter than I3D's minimum (tiny smoke settings only; scores not comparable)."""
  return pad_frames(videos) if videos.shape[1] < MIN_FRAMES else videos


def real_set_config(config):
  """The config the protocol's real clips are read with.

  standard: `config` itself (the first clips of config.data.eval_split). paper: a copy reading the
  first clip of every video of the train and test splits together; for UCF101 from the
  original 320x240 videos (TFDS `ucf101_1`), short side resized to the resolution without
  antialiasing, then centre-cropped, as torchvision read them for the authors.
  """
  check_protocol(config.eval.protocol)
  if config.eval.protocol != "paper" or config.data.dataset not in _TFDS_DATASETS:
    return config
  paper = config.copy_and_resolve_references()
  paper.data.eval_split = "train+test"
  if config.data.dataset == "ucf101":
    paper.data.tfds_config = "ucf101_1"
    paper.data.frame_transform = "resize_crop"
  return paper


def real_clips(config, num_real: int | None, batch_size: int) -> Iterator[np.ndarray]:
  """The real set of config.eval.protocol, in order: batches [b, T, H, W, 3] in [-1, 1].

  The first clip of each of the first `num_real` usable videos (None: of every video) of
  `real_set_config(config)`. Every host reads the same clips, so every host computes the
  same score.
  """
  from ssm_vdm import input_pipeline  # pylint: disable=g-import-not-at-top
  batches = input_pipeline.create_eval_iterator(
      real_set_config(config), num_examples=_ALL_CLIPS if num_real is None else num_real,
      batch_size=batch_size)
  return (b["video"] for b in batches)


class FVDEvaluator:
  """FVD of generated videos against a fixed set of real clips, under config.eval.protocol.

  For periodic evaluation during training: the real clips' features are computed once, on
  first use, kept in memory and reused for every score.
  """

  def __init__(self, config, num_real: int, extractor: Extractor | None = None):
    self.config, self.num_real = config, num_real
    self.extractor = extractor or I3DFeatures(config.eval.protocol)
    self._real = None

  def real_features(self) -> np.ndarray:
    """[N_real, D] features (config.eval.features) of the real clips."""
    if self._real is None:
      videos = np.concatenate(list(real_clips(self.config, self.num_real,
                                              self.config.data.batch_size)))[:self.num_real]
      if len(videos) < 2:
        raise ValueError(f"The eval split gave {len(videos)} clips; FVD needs at least 2.")
      self._real = self._features(videos)
    return self._real

  def __call__(self, fake_videos: np.ndarray) -> float:
    """FVD of `fake_videos` [N, T, H, W, 3] in [-1, 1] against the real clips."""
    return frechet_distance(self.real_features(), self._features(np.asarray(fake_videos)))

  def _features(self, videos: np.ndarray) -> np.ndarray:
    return self.extractor(prepare_videos(videos), batch_size=self.config.eval.batch_size,
                          progress=False)[self.config.eval.features]
