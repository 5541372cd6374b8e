"""ssm_vdm.step_cache: a second Trainer of the same config loads the step without tracing it."""

import os
import shutil
import tempfile
from unittest import mock

from absl.testing import absltest
import chex
import jax
import numpy as np

from configs import default
from ssm_vdm import input_pipeline
from ssm_vdm import sharding
from ssm_vdm import step_cache
from ssm_vdm import train
from ssm_vdm import train_step

CONFIG = "smoke,data.batch_size=2,data.frames=4,sample_every=0"


def _trainer(workdir: str, cache_dir: str, overrides: str = "") -> train.Trainer:
  config = default.get_config(CONFIG + overrides)
  trainer = train.Trainer(config, workdir, devices=jax.devices()[:1])
  trainer.cache_dir = cache_dir  # this process's JAX cache folder is the suite's; entries here
  return trainer


def _run(trainer: train.Trainer, step) -> tuple:
  """Two steps from the fresh state on the first two synthetic batches."""
  state, _ = trainer.restore_or_init()
  it = input_pipeline.create_train_iterator(trainer.config)
  losses = []
  for _ in range(2):
    state, metrics = step(state, sharding.host_to_global(next(it), trainer.mesh))
    losses.append(float(metrics["loss"]))
  return jax.device_get(state), losses, sorted(metrics)


class StepCacheTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    self.cache, self.workdir = tempfile.mkdtemp(), tempfile.mkdtemp()
    for folder in (self.cache, self.workdir):
      self.addCleanup(shutil.rmtree, folder, ignore_errors=True)

  def test_loaded_step_equals_traced_step_and_skips_tracing(self):
    first = _trainer(self.workdir, self.cache)
    traced = first.compile_train_step()
    self.assertFalse(traced.loaded)
    self.assertTrue(os.path.exists(traced.path), traced.path)
    reference = _trainer(self.workdir, None).compile_train_step()  # plain jit, no export
    self.assertIsNone(reference.path)

    second = _trainer(self.workdir, self.cache)
    with mock.patch.object(train_step, "create_train_step", wraps=train_step.create_train_step
                           ) as create, \
         mock.patch.object(step_cache.export, "export", side_effect=AssertionError("traced")):
      loaded = second.compile_train_step()
    self.assertTrue(loaded.loaded)
    self.assertEqual(loaded.path, traced.path)
    create.assert_called_once()  # the step function is built, but never traced

    runs = [_run(t, s) for t, s in ((first, traced), (second, loaded), (first, reference))]
    (state_traced, losses_traced, names), (state_loaded, losses_loaded, _), (
        state_ref, losses_ref, _) = runs
    self.assertEqual(names, ["finite", "grad_norm", "loss", "lr"])
    self.assertEqual(losses_loaded, losses_traced)
    chex.assert_trees_all_equal(state_loaded, state_traced)  # bit for bit
    np.testing.assert_allclose(losses_ref, losses_traced, rtol=1e-6)
    chex.assert_trees_all_close(state_ref, state_traced, rtol=1e-5, atol=1e-7)
    self.assertGreater(abs(losses_traced[1] - losses_traced[0]), 0)

  def test_another_config_or_source_gets_another_entry(self):
    trainer = _trainer(self.workdir, self.cache)
    flat = jax.tree.leaves(trainer.abstract_state)
    key = step_cache.cache_key(trainer.config, trainer.mesh, flat)
    self.assertEqual(key, step_cache.cache_key(trainer.config, trainer.mesh, flat))
    other = default.get_config(CONFIG + ",optim.learning_rate=0.5")
    self.assertNotEqual(key, step_cache.cache_key(other, trainer.mesh, flat))
    with mock.patch.object(step_cache, "source_digest", return_value="edited"):
      self.assertNotEqual(key, step_cache.cache_key(trainer.config, trainer.mesh, flat))
    eight = sharding.create_mesh(jax.devices())
    self.assertNotEqual(key, step_cache.cache_key(trainer.config, eight, flat))
    self.assertNotEqual(key, step_cache.cache_key(trainer.config, trainer.mesh, flat[:-1]))

  def test_unreadable_entry_is_reported_and_replaced(self):
    path = _trainer(self.workdir, self.cache).compile_train_step().path
    good = open(path, "rb").read()
    for damaged in (good[: len(good) // 2], b"not an entry", good.replace(b'"key"', b'"kez"')):
      with open(path, "wb") as f:
        f.write(damaged)
      with self.assertLogs(level="WARNING") as logs:
        step = _trainer(self.workdir, self.cache).compile_train_step()
      self.assertIn("Ignoring the unreadable train-step cache entry", "\n".join(logs.output))
      self.assertFalse(step.loaded)
      key = os.path.basename(path).removesuffix(".step")
      self.assertIsNotNone(step_cache._load(path, key))  # traced again and rewritten
      good = open(path, "rb").read()  # (exports of two traces differ in their metadata)

  def test_wrong_arguments_raise_type_error(self):
    trainer = _trainer(self.workdir, self.cache)
    step = trainer.compile_train_step()
    state, _ = trainer.restore_or_init()
    with self.assertRaisesRegex(TypeError, "compiled for arguments"):
      step(state, {"video": np.zeros((2, 4, 16, 16, 3), np.float32)})


if __name__ == "__main__":
  absltest.main()
