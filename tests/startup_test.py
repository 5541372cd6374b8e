"""Start-up: the parameter init without the forward pass, and the persistent compilation cache."""

import glob
import os
import subprocess
import sys
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import jax
import jax.numpy as jnp
import numpy as np

from configs import default
from ssm_vdm import train
from ssm_vdm import train_step
from tests.child_env import xla_flags

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def full_forward_init_fn(config, model, optimizer):
  """The init as it was before lazy_init: model.init runs the forward pass on zeros."""

  def init(rng):
    params_rng, state_rng = jax.random.split(rng)
    size = 2 ** (len(config.model.width_mults) - 1)
    x = jnp.zeros((1, 1, size, size, config.data.channels))
    params = model.init({"params": params_rng}, x, jnp.zeros((1,)))["params"]
    return train.TrainState(step=jnp.zeros((), jnp.int32), params=params, ema_params=params,
                            opt_state=optimizer.init(params), rng=state_rng)

  return init


class InitTest(parameterized.TestCase):

  @parameterized.parameters("ssm", "attention")
  def test_same_state_and_shardings_as_the_forward_pass_init(self, temporal):
    config = default.get_config(f"smoke,model.temporal={temporal},data.batch_size=8")
    with tempfile.TemporaryDirectory() as workdir:
      trainer = train.Trainer(config, workdir)
      state, position = trainer.restore_or_init()
    self.assertEqual(position, 0)
    reference = jax.jit(full_forward_init_fn(config, trainer.model, trainer.optimizer),
                        out_shardings=trainer.state_shardings)(trainer.rng)
    self.assertEqual(jax.tree.structure(state), jax.tree.structure(reference))
    for got, want, expected_sharding in zip(jax.tree.leaves(state), jax.tree.leaves(reference),
                                            jax.tree.leaves(trainer.state_shardings)):
      self.assertEqual((got.dtype, got.shape), (want.dtype, want.shape))
      self.assertEqual(np.asarray(got).tobytes(), np.asarray(want).tobytes())  # bit for bit
      self.assertEqual(got.sharding, expected_sharding)
      self.assertLen(got.sharding.device_set, jax.device_count())

  def test_init_program_holds_no_forward_pass(self):
    """The UNet's convolutions and attention are absent from the compiled init's jaxpr."""
    config = default.get_config("smoke")
    model, optimizer = train_step.create_model(config), train_step.create_optimizer(config)
    rng = jax.random.PRNGKey(0)
    init = train_step.create_init_fn(config, model, optimizer)
    primitives = {e.primitive.name for e in jax.make_jaxpr(init)(rng).eqns}
    before = {e.primitive.name
              for e in jax.make_jaxpr(full_forward_init_fn(config, model, optimizer))(rng).eqns}
    self.assertIn("conv_general_dilated", before)
    self.assertNotIn("conv_general_dilated", primitives)


class UseCompilationCacheTest(absltest.TestCase):
  """train.use_compilation_cache against this process's jax.config (restored afterwards)."""

  def setUp(self):
    super().setUp()
    saved = jax.config.jax_compilation_cache_dir
    self.addCleanup(jax.config.update, "jax_compilation_cache_dir", saved)

  def test_sets_the_folder_when_none_is_set(self):
    jax.config.update("jax_compilation_cache_dir", None)
    folder = self.enter_context(tempfile.TemporaryDirectory())
    self.assertEqual(train.use_compilation_cache(folder), folder)
    self.assertEqual(jax.config.jax_compilation_cache_dir, folder)

  def test_expands_home(self):
    jax.config.update("jax_compilation_cache_dir", None)
    path = train.use_compilation_cache("~/.cache/ssm_vdm/jax")
    self.assertEqual(path, os.path.join(os.path.expanduser("~"), ".cache", "ssm_vdm", "jax"))

  def test_empty_leaves_it_off(self):
    jax.config.update("jax_compilation_cache_dir", None)
    self.assertIsNone(train.use_compilation_cache(""))
    self.assertIsNone(jax.config.jax_compilation_cache_dir)

  def test_a_folder_already_set_wins(self):
    jax.config.update("jax_compilation_cache_dir", "/from/the/environment")
    self.assertEqual(train.use_compilation_cache("/tmp/other"), "/from/the/environment")
    self.assertEqual(train.use_compilation_cache(""), "/from/the/environment")
    self.assertEqual(jax.config.jax_compilation_cache_dir, "/from/the/environment")


class CacheThroughMainTest(absltest.TestCase):
  """`python -m ssm_vdm.main` twice on one config: the second run's programs come from disk."""

  def run_main(self, cache: str, **env):
    workdir = self.enter_context(tempfile.TemporaryDirectory())
    child_env = {k: v for k, v in os.environ.items() if k != "JAX_COMPILATION_CACHE_DIR"}
    child_env.update(JAX_PLATFORMS="cpu", JAX_LOG_COMPILES="1", **env)
    child_env["XLA_FLAGS"] = xla_flags()  # one device
    config = ("configs/default.py:smoke,model.width_mults=(1,),data.resolution=4,data.frames=2,"
              f"data.batch_size=1,num_train_steps=1,sample_every=0,compilation_cache_dir={cache}")
    result = subprocess.run(
        [sys.executable, "-m", "ssm_vdm.main", f"--config={config}", f"--workdir={workdir}"],
        cwd=ROOT, env=child_env, capture_output=True, text=True, timeout=600, check=False)
    self.assertEqual(result.returncode, 0, result.stderr[-3000:])
    self.assertIn("train: 1/1 steps", result.stderr)
    return result.stderr

  def test_second_run_hits_the_cache(self):
    cache = self.enter_context(tempfile.TemporaryDirectory())
    first = self.run_main(cache)
    self.assertIn(f"Persistent compilation cache: {cache}", first)
    self.assertNotIn("Persistent compilation cache hit for 'jit_train_step'", first)
    self.assertTrue(glob.glob(os.path.join(cache, "jit_train_step-*")))
    self.assertTrue(glob.glob(os.path.join(cache, "jit_init-*")))
    self.assertIn("Train step traced and saved to", first)
    self.assertLen(glob.glob(os.path.join(cache, "train_steps", "*.step")), 1)
    second = self.run_main(cache)
    self.assertIn("Train step loaded from", second)  # not traced (ssm_vdm.step_cache)
    self.assertIn("Persistent compilation cache hit for 'jit_train_step'", second)
    self.assertIn("Persistent compilation cache hit for 'jit_init'", second)

  def test_empty_turns_it_off(self):
    home = self.enter_context(tempfile.TemporaryDirectory())  # holds the default's folder
    log = self.run_main("", HOME=home)
    self.assertIn("Persistent compilation cache: off", log)
    self.assertNotIn("Persistent compilation cache hit", log)
    self.assertFalse(os.path.exists(os.path.join(home, ".cache", "ssm_vdm")))


if __name__ == "__main__":
  absltest.main()
