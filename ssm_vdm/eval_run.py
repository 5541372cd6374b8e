r"""--mode=eval: FVD of a checkpoint under config.eval.protocol, streamed and resumable.

    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=W --mode=eval \
        --config.eval.protocol=paper

Counts (`counts`): `paper` draws 10,000 videos and compares them with the first clip of every
video of the paper's real set; `standard` draws config.eval.num_samples (256) and reads as
many clips of the eval split; config.eval.num_samples / eval.num_real override either.

Generated videos are drawn in batches over all devices and each batch's I3D features are
folded into running float64 statistics (`fvd_stats`), saved after every batch to
W/fvd/generated_step<S>_<protocol>_<hash>.npz: a killed evaluation resumes at the batch where
it stopped and gives the same FVD. The real set's statistics are computed once (resumable
the same way) and cached in W/fvd/real_<protocol>_<dataset>_<H>px_<T>f_<hash>.npz, keyed by
everything that decides the clips. The hash covers every setting that changes the numbers,
so another setting writes another file and no saved work is overwritten. Both files hold the
logits and the pooled statistics, so either `fvd_features` reuses them. The result goes to
W/fvd.json (process 0 writes; every host computes the same numbers).
"""

from collections.abc import Callable, Iterator
import hashlib
import itertools
import json
import os
from typing import Any

from absl import logging
import jax
from jax.experimental import multihost_utils
import ml_collections
import numpy as np

from ssm_vdm import config_keys
from ssm_vdm import evaluation
from ssm_vdm import files
from ssm_vdm import fvd_stats
from ssm_vdm import generate
from ssm_vdm import progress as progress_lib

PAPER_NUM_GENERATED = 10_000  # the authors' script: 4 seeds x 2,500 videos
STANDARD_NUM_GENERATED = 256
# Settings that decide which real clips are read (and so the cached real statistics).
_DATA_KEYS = ("dataset", "data_dir", "video_folder", "tfds_config", "eval_split",
              "frame_transform", "frames", "frame_stride", "resolution", "channels")
_SYNTHETIC_KEYS = ("seed", "synthetic_num_shapes")
# Settings that change generated videos besides the checkpoint itself.
_SAMPLING_KEYS = ("seed", "frames", "sampler", "sample_steps", "diffusion_steps", "prediction",
                  "dtype", "ssm_mode", "temporal")
# The cache keys above keep the flat names the config had before its sections
# (config_keys.RENAMED), so that statistics saved by older code still match.

BatchSource = Callable[[int], Iterator[np.ndarray]]  # done -> batches of the videos after it


def counts(config: ml_collections.ConfigDict) -> tuple[int, int | None]:
  """(generated videos, real clips) for --mode=eval; real None = the whole real set.

  paper: 10,000 and every clip of the paper's real set; standard: 256 and as many real clips
  as generated. config.eval.num_samples / eval.num_real (> 0) override.
  """
  evaluation.check_protocol(config.eval.protocol)
  if config.eval.protocol == "paper":
    if not config.eval.num_real and config.data.dataset == "synthetic":
      raise ValueError("eval.protocol='paper' reads every video of the real set, but the "
                       "synthetic dataset has no end: set config.eval.num_real.")
    return config.eval.num_samples or PAPER_NUM_GENERATED, config.eval.num_real or None
  num_generated = config.eval.num_samples or STANDARD_NUM_GENERATED
  return num_generated, config.eval.num_real or num_generated


def _canonical(key: dict[str, Any]) -> dict[str, Any]:
  return json.loads(json.dumps(key, sort_keys=True))  # tuples -> lists, as a reload sees it


def _flat(config: ml_collections.ConfigDict, name: str) -> Any:
  """The value of the key once named `name` (flat) in the config."""
  return config[config_keys.RENAMED.get(name, name)]  # ConfigDict reads dotted keys


def _hash(key: dict[str, Any]) -> str:
  return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:10]


def real_key(config: ml_collections.ConfigDict, num_real: int | None) -> dict[str, Any]:
  """What decides the real set's statistics: protocol, data settings, clip count."""
  keys = _DATA_KEYS + (_SYNTHETIC_KEYS if config.data.dataset == "synthetic" else ())
  data = evaluation.real_set_config(config)
  return _canonical({"protocol": config.eval.protocol, "num_real": num_real or "all",
                     "data": {k: _flat(data, k) for k in keys}, "network": "i3d-kinetics-400"})


def real_path(workdir: str, config: ml_collections.ConfigDict, key: dict[str, Any]) -> str:
  name = (f"real_{config.eval.protocol}_{config.data.dataset}_{config.data.resolution}px_"
          f"{config.data.frames}f_{_hash(key)}.npz")
  return os.path.join(workdir, "fvd", name)


def generated_key(config: ml_collections.ConfigDict, step: int, num_generated: int,
                  shape: tuple[int, ...]) -> dict[str, Any]:
  """What decides the generated set's statistics besides the workdir's checkpoint."""
  return _canonical({"protocol": config.eval.protocol, "step": step,
                     "num_generated": num_generated, "batch_shape": shape,
                     "sampling": {k: _flat(config, k) for k in _SAMPLING_KEYS},
                     "network": "i3d-kinetics-400"})


def accumulate(path: str, key: dict[str, Any], batches: BatchSource,
               extractor: evaluation.Extractor, *, num: int | None, i3d_batch_size: int,
               what: str, on_videos: Callable[[np.ndarray, int], None] | None = None
               ) -> tuple[dict[str, fvd_stats.FeatureStats], int]:
  """Running statistics of the I3D features of `num` videos (None: all `batches` yields).

  Resumes from `path` if it holds the same `key`; after every batch the statistics are saved
  there (process 0), so a killed pass loses at most one batch.

  Args:
    path: the .npz of this pass.
    key: JSON-able dict naming every setting the statistics depend on.
    batches: batches(done) yields batches [b, T, H, W, 3] in [-1, 1] of the videos after the
      first `done`.
    extractor: videos -> {"logits", "pooled"} features, e.g. evaluation.I3DFeatures.
    num: videos to fold in, or None for every video `batches(0)` yields.
    i3d_batch_size: videos per extractor forward pass.
    what: name of the pass in logs.
    on_videos: called with each batch of videos this call folds in and the count before it.
  Returns:
    ({"logits": stats, "pooled": stats}, videos folded in).
  """
  stats, done, complete = _load(path, key, what)
  if complete:
    return stats, done
  progress = progress_lib.Progress(f"FVD {what}", total=num, done=done, unit="videos")
  complete = num is not None and done >= num
  source = batches(done)
  while not complete:
    videos = next(source, None)
    if videos is None:
      break
    if num is not None:
      videos = videos[:num - done]
    stats = _fold(stats, videos, extractor, i3d_batch_size)
    if on_videos is not None:
      on_videos(videos, done)
    done += len(videos)
    complete = num is not None and done >= num
    _save(path, stats, key, done, complete)
    progress.update(done)
  if stats is None:
    raise ValueError(f"FVD {what}: no videos to evaluate.")
  if not complete:  # the source ran out: that is the whole set
    _save(path, stats, key, done, True)
  return stats, done


def _load(path: str, key: dict[str, Any], what: str
          ) -> tuple[dict[str, fvd_stats.FeatureStats] | None, int, bool]:
  """(statistics, videos counted, complete) saved at `path`; (None, 0, False) if none.

  Raises ValueError if the file holds statistics of another `key`.
  """
  loaded = fvd_stats.load(path, evaluation.FEATURES)
  if jax.process_count() > 1:  # every host has read the file before anyone rewrites it
    multihost_utils.sync_global_devices(f"fvd {path}")
  if loaded is None:
    return None, 0, False  # sized by the first batch's features
  stats, meta = loaded
  if meta["key"] != key:
    raise ValueError(f"{path} holds statistics of other settings ({meta['key']}, this "
                     f"run: {key}); move it away to recompute.")
  if meta["complete"]:
    logging.info("FVD %s: %d videos' statistics from %s.", what, meta["count"], path)
  else:
    logging.info("FVD %s: resuming after %d videos from %s.", what, meta["count"], path)
  return stats, meta["count"], meta["complete"]


def _fold(stats: dict[str, fvd_stats.FeatureStats] | None, videos: np.ndarray,
          extractor: evaluation.Extractor, i3d_batch_size: int
          ) -> dict[str, fvd_stats.FeatureStats]:
  """`stats` (None: empty ones) updated with the I3D features of videos [b, T, H, W, 3]."""
  feats = extractor(evaluation.prepare_videos(videos), batch_size=i3d_batch_size,
                    progress=False)
  if stats is None:
    stats = {name: fvd_stats.FeatureStats.empty(feats[name].shape[1])
             for name in evaluation.FEATURES}
  return {name: s.update(feats[name]) for name, s in stats.items()}


def _save(path: str, stats, key, count: int, complete: bool) -> None:
  if jax.process_index() == 0:
    fvd_stats.save(path, stats, {"key": key, "count": count, "complete": complete})


def _skip(batches: Iterator[np.ndarray], num: int) -> Iterator[np.ndarray]:
  """The videos of `batches` after the first `num`, in the same batches (the first cut)."""
  for batch in batches:
    if num >= len(batch):
      num -= len(batch)
      continue
    yield batch[num:]
    num = 0


def real_statistics(config: ml_collections.ConfigDict, workdir: str,
                    extractor: evaluation.Extractor, num_real: int | None
                    ) -> tuple[dict[str, fvd_stats.FeatureStats], int, str]:
  """(statistics, clip count, cache path) of the protocol's real set, cached in workdir."""
  key = real_key(config, num_real)
  path = real_path(workdir, config, key)
  batches = lambda done: _skip(
      evaluation.real_clips(config, num_real, config.data.batch_size), done)
  stats, count = accumulate(path, key, batches, extractor, num=num_real,
                            i3d_batch_size=config.eval.batch_size, what="real clips")
  if count < 2:
    raise ValueError(f"The real set gave {count} clips; FVD needs at least 2.")
  return stats, count, path


def evaluate(config: ml_collections.ConfigDict, workdir: str, *, sample_fn, params, step: int,
             mesh, extractor: evaluation.Extractor | None = None) -> dict[str, Any]:
  """FVD of `params` (the checkpoint at `step`) under config.eval.protocol; writes fvd.json
  and workdir/eval_step<S>.gif/.mp4, a grid of the first config.sample.num videos drawn (on a
  resumed run: drawn since the resume, unless the grid was written before the kill).

  Args:
    sample_fn: generate.sampler_from_config's sample(params, rng, shape, sharding, progress).
    mesh: the devices to sample on (a batch is split over all of them).
    extractor: default evaluation.I3DFeatures(config.eval.protocol).
  Returns:
    The dict written to workdir/fvd.json.
  """
  protocol = config.eval.protocol
  num_generated, num_real = counts(config)  # raises before any work
  if protocol == "paper" and (num_generated, num_real) != (PAPER_NUM_GENERATED, None):
    logging.warning("eval.protocol='paper' with %d generated videos and %s real clips instead "
                    "of the paper's %d and every clip: not comparable with its table.",
                    num_generated, num_real, PAPER_NUM_GENERATED)
  extractor = extractor or evaluation.I3DFeatures(protocol)
  # The real set first: cached after the first run, and a data problem shows before sampling.
  real, count_real, path_real = real_statistics(config, workdir, extractor, num_real)
  generated, count_generated, path_generated = generated_statistics(
      config, workdir, extractor, num_generated, sample_fn=sample_fn, params=params, step=step,
      mesh=mesh)
  features = config.eval.features
  score = fvd_stats.frechet_distance(real[features], generated[features])
  result = {"fvd": score, "protocol": protocol, "step": step,
            "num_generated": count_generated, "num_real": count_real,
            "paper_counts": (protocol == "paper" and count_generated == PAPER_NUM_GENERATED
                             and num_real is None),
            "features": features, **evaluation.describe_protocol(protocol),
            "frames": config.data.frames, "resolution": config.data.resolution,
            "dataset": config.data.dataset, "temporal": config.model.temporal,
            "sampler": config.sample.sampler, "sample_steps": config.sample.steps,
            "real_statistics": path_real, "generated_statistics": path_generated}
  if jax.process_index() == 0:
    files.write_atomic(os.path.join(workdir, "fvd.json"), json.dumps(result, indent=2).encode())
  logging.info("FVD (%s protocol) at step %d, %d generated vs %d real videos: %.2f", protocol,
               step, count_generated, count_real, score)
  return result


def generated_statistics(config: ml_collections.ConfigDict, workdir: str,
                         extractor: evaluation.Extractor, num_generated: int, *, sample_fn,
                         params, step: int, mesh
                         ) -> tuple[dict[str, fvd_stats.FeatureStats], int, str]:
  """(statistics, video count, path) of `num_generated` videos drawn with `params`, saved
  (and resumed) in workdir/fvd; writes the grid workdir/eval_step<S>.gif/.mp4 on the way."""
  shape = generate.batch_shape(config, num_generated, config.data.frames, mesh.devices.size)
  rng = generate.sample_rng(config.seed, step)

  def generated(done: int) -> Iterator[np.ndarray]:
    for index in itertools.count(done // shape[0]):  # resumes at batch boundaries
      yield generate.draw_batch(sample_fn, params, rng, index, shape, mesh)

  grid = []

  def keep_for_grid(videos: np.ndarray, done: int) -> None:
    if done < config.sample.num:
      grid.append(videos[:config.sample.num - done])
      if done + len(videos) >= min(config.sample.num, num_generated):
        generate.write(np.concatenate(grid), workdir, f"eval_step{step}", config.sample.fps)

  key = generated_key(config, step, num_generated, shape)
  path = os.path.join(workdir, "fvd", f"generated_step{step}_{config.eval.protocol}_"
                      f"{_hash(key)}.npz")
  stats, count = accumulate(path, key, generated, extractor, num=num_generated,
                            i3d_batch_size=config.eval.batch_size, what="generated videos",
                            on_videos=keep_for_grid)
  return stats, count, path


def evaluate_checkpoint(config: ml_collections.ConfigDict, workdir: str, trainer,
                        extractor: evaluation.Extractor | None = None) -> dict[str, Any]:
  """--mode=eval on the newest checkpoint's EMA parameters; `trainer`: a train.Trainer."""
  from ssm_vdm import input_pipeline  # pylint: disable=g-import-not-at-top
  counts(config)  # raises for settings that cannot work
  # Before restoring or compiling anything; the paper's real set may read other splits.
  input_pipeline.check_dataset_available(config)
  input_pipeline.check_dataset_available(evaluation.real_set_config(config))
  params, step = trainer.restore_params(ema=True)
  sample_fn = generate.sampler_from_config(config, trainer.model, trainer.schedule)
  return evaluate(config, workdir, sample_fn=sample_fn, params=params, step=step,
                  mesh=trainer.mesh, extractor=extractor)
