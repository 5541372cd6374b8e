"""The shipped demo checkpoint: EMA parameters in one .npz, read and written without Orbax.

    ssm_vdm/assets/demo_ema.npz    params/<module>/.../<name> float32 arrays (the entries
                                   --mode=convert also reads from a .npz)
    ssm_vdm/assets/demo_ema.json   where they come from: config, step, commit, command,
                                   final loss, training wall time, the loss curve

`export` writes both from a training workdir (its newest Orbax checkpoint and TensorBoard
event files); `load` reads them back for a model and checks every parameter's shape.
"""

import io
import json
import os
import subprocess
import zipfile

import jax
import ml_collections
import numpy as np
from flax import traverse_util

from ssm_vdm import config_keys
from ssm_vdm import convert
from ssm_vdm import errors
from ssm_vdm import files

DEFAULT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "assets",
                            "demo_ema.npz")
PREFIX = "params/"
# The config keys that decide the parameters' shapes or how the model was trained, kept in
# the JSON so a reader knows what the weights are without the config file. (Checkpoints
# written before the config had sections name them flat: config_keys.RENAMED maps them.)
MODEL_KEYS = ("model.base_width", "model.width_mults", "model.time_dim_mult",
              "model.num_groups", "model.temporal", "model.ssm.d_state", "model.ssm.mode",
              "model.ssm.mlp_dim", "model.attn.heads", "model.attn.head_dim",
              "model.spatial.heads", "model.spatial.head_dim", "data.channels",
              "data.resolution", "data.frames", "diffusion.steps", "diffusion.prediction",
              "diffusion.noise_correlation", "diffusion.loss_weighting", "model.self_condition",
              "data.synthetic_num_shapes", "data.batch_size", "optim.learning_rate",
              "optim.decay_steps", "optim.end_learning_rate", "ema.decay")


def _plain(value):
  return list(value) if isinstance(value, tuple) else value


def trained_with(meta: dict) -> dict:
  """meta["model"] with dotted keys, whichever code wrote it."""
  return {config_keys.RENAMED.get(k, k): v for k, v in meta.get("model", {}).items()}


class DemoCheckpointError(errors.UserError):
  """The demo checkpoint is missing, unreadable, or does not fit the model."""


def meta_path(path: str) -> str:
  """The JSON beside a checkpoint: demo_ema.npz -> demo_ema.json."""
  return os.path.splitext(path)[0] + ".json"


def _restore_hint(path: str) -> str:
  return (f"restore it (`git checkout -- {path}` in a clone), or train one with "
          "`make demo TRAIN=1` and write it with demo_checkpoint.export")


def save(path: str, params, meta: dict) -> None:
  """Writes `params` (a tree of arrays) as float32 `PREFIX`<path> entries, and `meta` as the
  JSON beside it; each file atomically."""
  flat = traverse_util.flatten_dict(jax.device_get(params), sep="/")
  arrays = {PREFIX + k: np.asarray(v, np.float32) for k, v in flat.items()}
  buffer = io.BytesIO()
  np.savez_compressed(buffer, **arrays)
  files.write_atomic(path, buffer.getvalue())
  text = json.dumps(meta, indent=1, sort_keys=True) + "\n"
  files.write_atomic(meta_path(path), text.encode())


def _read_npz(path: str) -> dict[str, np.ndarray]:
  if not os.path.exists(path):
    raise DemoCheckpointError(f"No demo checkpoint at {path}: {_restore_hint(path)}.")
  try:
    with np.load(path) as data:
      return {k: data[k] for k in data.files}
  except (OSError, ValueError, EOFError, zipfile.BadZipFile) as e:
    raise DemoCheckpointError(f"The demo checkpoint {path} cannot be read ({e}); it is "
                              f"truncated or not a .npz: {_restore_hint(path)}.") from e


def _check_shapes(path: str, params, expected) -> None:
  have = {jax.tree_util.keystr(k): v.shape for k, v in
          jax.tree_util.tree_leaves_with_path(params)}
  want = {jax.tree_util.keystr(k): tuple(v.shape) for k, v in
          jax.tree_util.tree_leaves_with_path(expected)}
  problems = [f"missing {k}" for k in sorted(set(want) - set(have))]
  problems += [f"unexpected {k}" for k in sorted(set(have) - set(want))]
  problems += [f"{k}: {have[k]} in the file, {want[k]} in the model"
               for k in sorted(set(have) & set(want)) if have[k] != want[k]]
  if problems:
    shown = "; ".join(problems[:5]) + (f"; ... ({len(problems)} in all)"
                                       if len(problems) > 5 else "")
    raise DemoCheckpointError(
        f"The demo checkpoint {path} does not fit the model of this config ({shown}); use "
        "the config it was trained with (its JSON names it, normally configs/demo.py).")


def load(path: str, model, channels: int) -> tuple[dict, dict]:
  """(params, meta) from `save`'s files, checked against `model`'s parameter shapes.

  Raises:
    DemoCheckpointError: the file is missing, unreadable, holds non-finite values, or its
      parameters are not `model`'s (names or shapes), saying which.
  """
  arrays = _read_npz(path)
  flat = {k[len(PREFIX):]: v for k, v in arrays.items() if k.startswith(PREFIX)}
  if not flat:
    raise DemoCheckpointError(f"The demo checkpoint {path} holds no {PREFIX}<name> entries; "
                              f"{_restore_hint(path)}.")
  bad = [k for k, v in flat.items() if not np.all(np.isfinite(v))]
  if bad:
    raise DemoCheckpointError(f"The demo checkpoint {path} holds non-finite values in "
                              f"{bad[:3]}: {_restore_hint(path)}.")
  params = traverse_util.unflatten_dict(flat, sep="/")
  _check_shapes(path, params, convert.abstract_params(model, channels))
  return params, read_meta(path)


def read_meta(path: str) -> dict:
  """The JSON beside the checkpoint `path`, or {} when there is none (e.g. a file written by
  --mode=convert).

  Raises:
    DemoCheckpointError: the JSON is there but unreadable.
  """
  if not os.path.exists(meta_path(path)):
    return {}
  try:
    with open(meta_path(path)) as f:
      return json.load(f)
  except (OSError, ValueError) as e:
    raise DemoCheckpointError(f"{meta_path(path)} is not readable JSON ({e}): "
                              f"{_restore_hint(path)}.") from e


def read_scalars(logdir: str, tags=("train/loss", "train/steps_per_sec")) -> dict:
  """{tag: [[step, value], ...]} sorted by step, and "wall_time": [[step, seconds since the
  first event], ...], from the TensorBoard event files directly in `logdir` (clu's writer)."""
  import tensorflow as tf  # pylint: disable=g-import-not-at-top  # only to export
  from tensorboard.compat.proto import event_pb2  # pylint: disable=g-import-not-at-top
  from tensorboard.util import tensor_util  # pylint: disable=g-import-not-at-top
  series, times = {tag: {} for tag in tags}, []
  for path in sorted(tf.io.gfile.glob(os.path.join(logdir, "events.out.tfevents.*"))):
    for record in tf.data.TFRecordDataset(path):
      event = event_pb2.Event.FromString(record.numpy())
      times.append((int(event.step), event.wall_time))
      for value in event.summary.value:
        if value.tag in series:
          number = (value.simple_value if value.HasField("simple_value")
                    else float(tensor_util.make_ndarray(value.tensor)))
          series[value.tag][int(event.step)] = number
  out = {tag: [[s, v] for s, v in sorted(points.items())] for tag, points in series.items()}
  first = min((t for _, t in times), default=0.0)
  out["wall_time"] = sorted([s, round(t - first, 1)] for s, t in times)
  return out


def git_commit(directory: str) -> str:
  """The short commit of the checkout around `directory` (+"-dirty"), or "unknown"."""
  try:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=directory,
                            capture_output=True, text=True, check=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           cwd=directory, capture_output=True, text=True).stdout.strip()
    return commit + ("-dirty" if dirty else "")
  except (OSError, subprocess.CalledProcessError):
    return "unknown"


def continued(meta: dict, parent: dict, parent_path: str) -> dict:
  """The record of weights trained from `parent`'s (config.init_from = `parent_path`) for
  meta["step"] more steps: steps, wall time and loss curve counted from the parent's first
  step, so "step" is every step the weights have seen; "run_step" is this run's own.

  The parent's record goes in "init_from" (without its curves), with its own "init_from"
  when it was a continuation too.
  """
  offset = int(parent.get("step") or 0)
  out = dict(meta, run_step=meta["step"], step=offset + meta["step"])
  out["init_from"] = {"path": parent_path,
                      **{k: v for k, v in parent.items()
                         if k not in ("loss_curve", "steps_per_sec", "model")}}
  for key in ("loss_curve", "steps_per_sec"):
    before = [p for p in parent.get(key) or [] if p[0] <= offset]
    out[key] = before + [[offset + s, v] for s, v in meta.get(key) or []]
  if parent.get("training_wall_time_s") is not None and meta.get("training_wall_time_s"):
    out["training_wall_time_s"] = round(parent["training_wall_time_s"]
                                        + meta["training_wall_time_s"], 1)
  return out


def lineage(meta: dict) -> list[dict]:
  """The runs that made the weights, first to last: the root run's record, then each
  continuation's (`continued` nests every parent under "init_from")."""
  runs = [meta]
  while isinstance(runs[-1].get("init_from"), dict):
    runs.append(runs[-1]["init_from"])
  return runs[::-1]


def export(config: ml_collections.ConfigDict, workdir: str, path: str = DEFAULT_PATH, *,
           config_name: str, command: str, step: int | None = None) -> dict:
  """Writes the EMA parameters of `workdir`'s checkpoint at `step` (None = the newest) to
  `path` (+ its JSON).

  config_name, command: the config file and the training command, recorded in the JSON.
  A run that started from config.init_from (a demo .npz) is recorded as its continuation
  (`continued`): steps and loss curve count from the parent's first step. Returns the JSON's
  contents.
  """
  # read before `path` is written: it may be the same file
  parent = read_meta(os.path.expanduser(config.init_from)) if config.init_from else None
  from ssm_vdm import train  # pylint: disable=g-import-not-at-top  # Orbax, TensorFlow
  trainer = train.Trainer(config, workdir)
  try:
    params, step = trainer.restore_params(ema=True, step=step)
  finally:
    trainer.checkpointer.close()
  scalars = read_scalars(workdir)  # a run still going has logged steps past the checkpoint
  curve = [[s, round(v, 5)] for s, v in scalars["train/loss"] if s <= step]
  rates = [[s, round(v, 4)] for s, v in scalars["train/steps_per_sec"] if s <= step]
  meta = {"config": config_name, "command": command, "step": step,
          "commit": git_commit(os.path.dirname(os.path.abspath(__file__))),
          "final_loss": curve[-1][1] if curve else None,
          "num_params": int(sum(np.size(x) for x in jax.tree.leaves(params))),
          "training_wall_time_s": max((t for s, t in scalars["wall_time"] if s <= step),
                                      default=None),
          "model": {k: _plain(config[k]) for k in MODEL_KEYS},
          "loss_curve": curve, "steps_per_sec": rates}
  if parent is not None:
    meta = continued(meta, parent, config.init_from)
  save(path, params, meta)
  return meta
