"""Tests for ssm_vdm.train: 1 vs 8 devices, learning, resume == uninterrupted, configs."""

import glob
import os
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import chex
import jax
import jax.numpy as jnp
import numpy as np

from configs import default
from configs import minerl
from configs import ucf101
from ssm_vdm import configuration
from ssm_vdm import demo_checkpoint
from ssm_vdm import diffusion
from ssm_vdm import input_pipeline
from ssm_vdm import sharding
from ssm_vdm import train
from ssm_vdm import train_step
from tests import state_compare


def smoke_config(overrides: str = ""):
  """The smoke config at batch 8 without samples, then `overrides` (key=value,...)."""
  return default.get_config("smoke,data.batch_size=8,sample_every=0" +
                            (f",{overrides}" if overrides else ""))


class ShardedStepTest(absltest.TestCase):

  def test_two_steps_on_1_and_8_devices(self):
    """Gradients, then the state after two updates (parameters, EMA, Adam moments): the
    data-parallel 8-device run equals the single-device one to float32 round-off."""
    self.assertEqual(jax.device_count(), 8)
    config = smoke_config("ema.start=0,ema.every=1")  # the EMA averages from the first step
    it = input_pipeline.create_train_iterator(config)
    batches = [next(it), next(it)]
    key = jax.random.PRNGKey(7)
    runs = []
    for devices in (jax.devices()[:1], jax.devices()):
      with tempfile.TemporaryDirectory() as workdir:
        trainer = train.Trainer(config, workdir, devices=devices)
        state, _ = trainer.restore_or_init()
        initial = jax.device_get(state.params)
        first = sharding.host_to_global(batches[0], trainer.mesh)
        self.assertLen(first["video"].sharding.device_set, len(devices))
        model_fn = lambda p, x, t: trainer.model.apply({"params": p}, x, t)
        grads = jax.jit(jax.grad(lambda p, video: diffusion.loss(
            lambda x, t: model_fn(p, x, t), trainer.schedule, video, key,
            config.diffusion.prediction)))(state.params, first["video"])
        step, losses = trainer.compile_train_step(), []
        for batch in batches:
          state, metrics = step(state, sharding.host_to_global(batch, trainer.mesh))
          losses.append(float(metrics["loss"]))
        runs.append((jax.device_get(grads), jax.device_get(state), losses))
    (grads1, state1, losses1), (grads8, state8, losses8) = runs
    np.testing.assert_allclose(losses1, losses8, rtol=1e-5)
    chex.assert_trees_all_close(grads1, grads8, rtol=1e-4, atol=1e-6)
    moved = max(float(np.abs(a - b).max()) for a, b in
                zip(jax.tree.leaves(initial), jax.tree.leaves(state1.params)))
    self.assertGreater(moved, 10 * 1e-6)  # the comparison below is not of unmoved weights
    # After the first update 0.003% of the weights differ by over 1e-6 (gradients agree to
    # 1e-7 of their largest); those few change the second step's inputs, and Adam turns its
    # near-eps gradient entries into moves of up to the full rate: 0.03% of the weights with
    # 3D convolutions, 0.38% since they run frame-wise (torch_layers.FrameConv), whose
    # gradients are as accurate (vs float64) but round differently. A layout bug moves most.
    state_compare.assert_states_close(state8, state1, max_moved_fraction=1e-2)
    self.assertEqual(int(state1.step), 2)


class TrainLoopTest(parameterized.TestCase):

  def test_loss_decreases_on_synthetic_data(self):
    config = smoke_config("num_train_steps=60,data.synthetic_num_videos=8")
    with tempfile.TemporaryDirectory() as workdir:
      trainer = train.Trainer(config, workdir)
      state, _ = trainer.restore_or_init()
      step = trainer.compile_train_step()
      it = input_pipeline.create_train_iterator(config)
      losses = []
      for _ in range(config.num_train_steps):
        state, metrics = step(state, sharding.host_to_global(next(it), trainer.mesh))
        losses.append(float(metrics["loss"]))
    first, last = np.mean(losses[:10]), np.mean(losses[-10:])
    self.assertLess(last, 0.6 * first, f"loss {first:.3f} -> {last:.3f}")

  def test_resume_equals_uninterrupted(self):
    config = smoke_config("num_train_steps=6,checkpoint_every=3")
    with tempfile.TemporaryDirectory() as straight, tempfile.TemporaryDirectory() as resumed:
      final = train.train_and_evaluate(config, straight)
      config.unlock()
      config.num_train_steps = 3
      train.train_and_evaluate(config, resumed)
      self.assertTrue(os.path.isdir(os.path.join(resumed, "checkpoints", "3")))
      config.num_train_steps = 6
      with self.assertLogs(level="INFO") as logs:
        again = train.train_and_evaluate(config, resumed)
      self.assertEqual(int(again.step), 6)
      lines = "\n".join(logs.output)
      self.assertEqual(lines.count("Parameters at step 3:"), 1)  # clu's parameter overview
      self.assertIn("Total: ", lines)
      self.assertRegex(lines, r"train: 6/6 steps \(100%\), loss \d+\.\d{4}, "
                       r"\d+\.\d\d steps/s, ETA 00:00")
      self.assertFalse(os.path.exists(os.path.join(resumed, "plugins")))  # profile_steps=0
      chex.assert_trees_all_close(jax.device_get(final.params),
                                  jax.device_get(again.params), atol=1e-6)
      chex.assert_trees_all_close(jax.device_get(final.ema_params),
                                  jax.device_get(again.ema_params), atol=1e-6)
      self.assertTrue(glob.glob(os.path.join(straight, "events.out.tfevents.*")))

  def test_init_from_a_parameters_file(self):
    """A fresh workdir with init_from starts at step 0 from the file's parameters (EMA too,
    Adam moments zero) and trains; a workdir with a checkpoint resumes it instead."""
    config = smoke_config("num_train_steps=2,checkpoint_every=2")
    with tempfile.TemporaryDirectory() as workdir, tempfile.TemporaryDirectory() as other:
      trainer = train.Trainer(config, other)
      fresh, _ = trainer.restore_or_init()
      params = jax.tree.map(lambda p: np.asarray(p) + 0.25, jax.device_get(fresh.params))
      path = os.path.join(other, "params.npz")
      demo_checkpoint.save(path, params, {"step": 7})
      config.unlock()
      config.init_from = path
      with self.assertLogs(level="INFO") as logs:
        state, position = train.Trainer(config, workdir).restore_or_init()
      self.assertIn(f"starting from the parameters in {path} (trained 7 steps)",
                    "\n".join(logs.output))
      self.assertEqual((int(state.step), position), (0, 0))
      chex.assert_trees_all_equal(jax.device_get(state.params), params)
      chex.assert_trees_all_equal(jax.device_get(state.ema_params), params)
      chex.assert_trees_all_equal(jax.device_get(state.rng), jax.device_get(fresh.rng))
      chex.assert_trees_all_equal_structs(state, fresh)
      self.assertFalse(any(np.any(np.asarray(leaf)) for leaf in
                           jax.tree.leaves(state.opt_state) if leaf.dtype == np.float32))
      trained = train.train_and_evaluate(config, workdir)  # the compiled step takes it
      self.assertEqual(int(trained.step), 2)
      resumed, _ = train.Trainer(config, workdir).restore_or_init()
      self.assertEqual(int(resumed.step), 2)  # the checkpoint wins over init_from
      config.init_from = os.path.join(other, "missing.npz")
      with self.assertRaisesRegex(configuration.ConfigError, "init_from=.*is not a file"):
        configuration.validate(config)

  def test_profile_steps(self):
    """clu's Profile traces the steps after the first; a run that ends first stops it too."""
    for steps, profile_steps in ((4, 2), (2, 5)):  # Profile stops it; the loop's end does
      config = smoke_config(f"num_train_steps={steps},profile_steps={profile_steps}")
      with tempfile.TemporaryDirectory() as workdir:
        train.train_and_evaluate(config, workdir)
        traces = glob.glob(os.path.join(workdir, "plugins", "profile", "*", "*.xplane.pb"))
        self.assertLen(traces, 1)
      with self.assertRaises(RuntimeError):  # no trace left running
        jax.profiler.stop_trace()


class EmaTest(absltest.TestCase):

  def test_lr_multipliers_by_path(self):
    from ssm_vdm import optimizer
    params = {"a": {"log_dt": jnp.ones(2), "kernel": jnp.ones(2)}, "b": {"log_dt": jnp.ones(1)}}
    mults = optimizer.path_multipliers(params, (("a/log_dt", 0.1), ("log_dt", 0.5)))
    self.assertEqual(mults, {"a": {"log_dt": 0.1, "kernel": 1.0}, "b": {"log_dt": 0.5}})


class ConfigTest(parameterized.TestCase):

  @parameterized.parameters(
      (default, ""), (default, "smoke"), (default, "smoke,model.temporal=attention"),
      (ucf101, ""), (ucf101, "res64"), (ucf101, "model.temporal=attention"),
      (minerl, ""), (minerl, "data.frames=150"),
      (minerl, "data.frames=150,model.temporal=attention"),
      (minerl, "frames150"))
  def test_every_config_builds(self, module, arg):
    config = module.get_config(arg)
    configuration.validate(config, num_devices=1)
    model = train_step.create_model(config)
    x = jnp.zeros((1, 1, config.data.resolution, config.data.resolution, config.data.channels))
    shapes = jax.eval_shape(model.init, jax.random.PRNGKey(0), x, jnp.zeros((1,)))
    self.assertGreater(sum(np.prod(s.shape) for s in jax.tree.leaves(shapes)), 0)
    if module is ucf101 and not arg:
      self.assertEqual((config.data.frames, config.data.resolution, config.data.batch_size),
                       (16, 32, 32))
    if module is minerl and arg.startswith("frames"):
      self.assertEqual(config.data.frames, 150)

  def test_unknown_override_key(self):
    with self.assertRaisesRegex(KeyError, "Unknown config key 'frame'"):
      default.get_config("frame=3")


if __name__ == "__main__":
  absltest.main()
