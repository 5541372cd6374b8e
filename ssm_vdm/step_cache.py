"""Warm starts skip tracing: the train step's lowered program is saved with `jax.export`.

JAX's persistent compilation cache (config.compilation_cache_dir) spares a second run of the
same config XLA's compilation, but not the Python work before it: tracing the paper UNet's
train step and lowering it took 5.9 s of the 19-20 s from launch to the first step on a
2-core CPU (docs/benchmarks.md, "Start-up"). This module stores the lowered step
(`jax.export.Exported`, StableHLO) in `<compilation_cache_dir>/train_steps/<key>.step`
and, when the key matches, rebuilds the step from it in well under a second; XLA then finds
the compiled program in its own cache.

The key is a SHA-256 of everything the traced program depends on: this file format, the
versions of jax, jaxlib, flax, optax and numpy, the source of every module of the
`ssm_vdm` package, the whole config, the JAX flags that change tracing, the mesh (devices,
platform, axes, process count) and the arguments' shapes, dtypes and shardings. A change to
any of them traces again and writes a new entry; an unreadable entry is reported and
replaced. A program loaded from an entry computes what the traced one computes
(tests/step_cache_test.py checks the two bit for bit).

Only single-process runs use it; multi-process runs (pods) trace as before.
"""

import hashlib
import importlib.metadata
import json
import os
import pathlib
from typing import Any, Callable

from absl import logging
import jax
from jax import export
import ml_collections

from ssm_vdm import files

FORMAT = 1  # bump when the entry layout or what the key covers changes
MAGIC = b"ssm_vdm train step\n"
FOLDER = "train_steps"
PACKAGES = ("jax", "jaxlib", "flax", "optax", "numpy")
# jax.config options read while tracing (the lowered program depends on them).
TRACE_FLAGS = ("jax_enable_x64", "jax_default_matmul_precision", "jax_threefry_partitionable",
               "jax_default_prng_impl", "jax_numpy_rank_promotion",
               "jax_numpy_dtype_promotion")


class CompiledStep:
  """A compiled (state, batch) -> (state, metrics) step.

  Calls the flat compiled program (state and batch leaves -> (new state leaves, metrics))
  and rebuilds the state. Like `jax.stages.Compiled`, arguments of other structures,
  shapes or dtypes raise a TypeError instead of compiling again.

  Attributes:
    loaded: True if the lowered program came from the cache (tracing was skipped).
    path: the cache entry read or written (None: no cache).
  """

  def __init__(self, compiled: jax.stages.Compiled, in_tree, state_tree, loaded: bool,
               path: str | None):
    self._compiled, self._in_tree, self._state_tree = compiled, in_tree, state_tree
    self.loaded, self.path = loaded, path

  def __call__(self, state, batch) -> tuple[Any, dict[str, jax.Array]]:
    leaves, tree = jax.tree.flatten((state, batch))
    if tree != self._in_tree:
      raise TypeError(f"The train step was compiled for arguments {self._in_tree}; got {tree}.")
    state_leaves, metrics = self._compiled(*leaves)
    return jax.tree.unflatten(self._state_tree, state_leaves), metrics


def source_digest() -> str:
  """SHA-256 of the `ssm_vdm` package's Python sources (paths and contents)."""
  root = pathlib.Path(__file__).resolve().parent
  digest = hashlib.sha256()
  for path in sorted(root.rglob("*.py")):
    digest.update(str(path.relative_to(root)).encode() + b"\0")
    digest.update(path.read_bytes() + b"\0")
  return digest.hexdigest()


def _version(package: str) -> str:
  try:
    return importlib.metadata.version(package)
  except importlib.metadata.PackageNotFoundError:
    return "none"


def cache_key(config: ml_collections.ConfigDict, mesh: jax.sharding.Mesh,
              flat_args: list[jax.ShapeDtypeStruct]) -> str:
  """The entry name for a step of this config on this mesh with these arguments."""
  parts = {
      "format": FORMAT,
      "versions": {package: _version(package) for package in PACKAGES},
      "source": source_digest(),
      "config": config.to_json(sort_keys=True),
      "flags": {flag: str(getattr(jax.config, flag)) for flag in TRACE_FLAGS},
      "mesh": {"shape": dict(mesh.shape), "process_count": jax.process_count(),
               "devices": [(d.id, d.platform, d.device_kind) for d in mesh.devices.flat]},
      "args": [(a.shape, str(a.dtype), str(a.sharding)) for a in flat_args],
  }
  return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _encode(exported: export.Exported, key: str) -> bytes:
  header = json.dumps({"format": FORMAT, "key": key})
  return MAGIC + header.encode() + b"\n" + bytes(exported.serialize())


def _decode(data: bytes, key: str) -> export.Exported:
  """The program of an entry; ValueError if it is not this key's."""
  if not data.startswith(MAGIC):
    raise ValueError("not a train-step entry")
  header_line, _, payload = data[len(MAGIC):].partition(b"\n")
  header = json.loads(header_line)
  if header.get("format") != FORMAT or header.get("key") != key:
    raise ValueError(f"entry of format {header.get('format')}, key {header.get('key')}")
  return export.deserialize(bytearray(payload))


def compile_step(step: Callable, state, batch, *, state_shardings, batch_sharding,
                 metric_sharding, config: ml_collections.ConfigDict,
                 mesh: jax.sharding.Mesh, cache_dir: str | None) -> CompiledStep:
  """Compiles `step(state, batch) -> (state, metrics)` for these abstract arguments.

  Args:
    step: the train step (not jitted).
    state, batch: pytrees of jax.ShapeDtypeStruct with shardings.
    state_shardings: the state's shardings (a pytree like `state`), in and out.
    batch_sharding: one sharding for every batch leaf.
    metric_sharding: one sharding for every metric.
    config, mesh: what the step was built from (part of the cache key).
    cache_dir: JAX's compilation cache folder; None: no step cache (traced every time).
      Multi-process runs never use it.

  The state is donated. With a cache entry for this key the step is not traced; without
  one it is traced, exported and saved there.
  """
  flat_args, in_tree = jax.tree.flatten((state, batch))
  state_tree = jax.tree.structure(state)
  state_leaf_shardings = jax.tree.leaves(state_shardings)
  in_shardings = state_leaf_shardings + [batch_sharding] * (len(flat_args) - len(
      state_leaf_shardings))
  out_shardings = (state_leaf_shardings, metric_sharding)  # metrics: a prefix for the dict
  donate = tuple(range(state_tree.num_leaves))

  def train_step(*leaves):  # leaves -> (new state leaves, metrics); XLA names it jit_train_step
    new_state, metrics = step(*jax.tree.unflatten(in_tree, leaves))
    if jax.tree.structure(new_state) != state_tree:
      raise TypeError("The train step returned a state of another structure.")
    return jax.tree.leaves(new_state), metrics

  jitted = jax.jit(train_step, in_shardings=in_shardings, out_shardings=out_shardings,
                   donate_argnums=donate)
  if cache_dir is None or jax.process_count() > 1:
    return CompiledStep(jitted.lower(*flat_args).compile(), in_tree, state_tree, False, None)

  key = cache_key(config, mesh, flat_args)
  path = os.path.join(cache_dir, FOLDER, key + ".step")
  exported = _load(path, key)
  loaded = exported is not None
  if loaded:
    logging.info("Train step loaded from %s: tracing skipped.", path)
  else:
    data = _encode(export.export(jitted)(*flat_args), key)
    files.write_atomic(path, data)
    exported = _decode(data, key)  # compiled as a later run will: the program of the file
    logging.info("Train step traced and saved to %s (%.1f MB).", path, len(data) / 1e6)
  # The same wrapper of the same program in every run: XLA's cache holds its executable.
  def train_step(*leaves):  # pylint: disable=function-redefined
    return exported.call(*leaves)

  wrapper = jax.jit(train_step, in_shardings=in_shardings, out_shardings=out_shardings,
                    donate_argnums=donate)
  compiled = wrapper.lower(*flat_args).compile()
  return CompiledStep(compiled, in_tree, state_tree, loaded, path)


def _load(path: str, key: str) -> export.Exported | None:
  """The program at `path`, or None if there is none or it cannot be read (reported)."""
  if not files.exists(path):
    return None
  try:
    return _decode(files.read_bytes(path), key)
  except Exception as error:  # pylint: disable=broad-except
    logging.warning("Ignoring the unreadable train-step cache entry %s (%s: %s); tracing "
                    "the step again and replacing it.", path, type(error).__name__, error)
    return None
