"""Failure behaviour: kill -9 and resume, non-finite losses, corrupt checkpoints, full disk."""

import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time

from absl.testing import absltest
import chex
import jax
import jax.numpy as jnp
import numpy as np

from configs import default
from ssm_vdm import checkpointing
from ssm_vdm import input_pipeline
from ssm_vdm import train

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# One device in the subprocesses; compile options and cache env vars are inherited.
CHILD_ENV = dict(os.environ, XLA_FLAGS=re.sub(r"--xla_force_host_platform_device_count=\d+",
                                              "", os.environ.get("XLA_FLAGS", "")))
CONFIG_ARG = ("configs/default.py:smoke,sample_every=0,num_train_steps=8,checkpoint_every=2,"
              "log_every=1")


def _start(workdir):
  return subprocess.Popen(
      [sys.executable, "-m", "ssm_vdm.main", f"--config={CONFIG_ARG}", f"--workdir={workdir}"],
      cwd=ROOT, env=CHILD_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _finish(proc, timeout=600):
  out, _ = proc.communicate(timeout=timeout)
  if proc.returncode != 0:
    raise AssertionError(f"training exited with {proc.returncode}:\n{out[-5000:]}")


def _kill_when(proc, condition, timeout=600):
  """SIGKILLs `proc` as soon as condition() holds; False if it finished first."""
  deadline = time.time() + timeout
  while proc.poll() is None and time.time() < deadline:
    if condition():
      proc.send_signal(signal.SIGKILL)
      proc.wait()
      return True
    time.sleep(0.01)
  proc.communicate()
  return False


def _entries(workdir):
  path = os.path.join(workdir, "checkpoints")
  return os.listdir(path) if os.path.isdir(path) else []


def _final_state(workdir, config):
  trainer = train.Trainer(config, workdir, devices=jax.devices()[:1])
  state, meta = trainer.checkpointer.restore(config.num_train_steps, trainer.abstract_state)
  return jax.device_get(state), meta


class KillAndResumeTest(absltest.TestCase):

  def test_kill_9_anywhere_then_resume_equals_uninterrupted(self):
    config = default.get_config(CONFIG_ARG.split(":", 1)[1])
    with tempfile.TemporaryDirectory() as straight, tempfile.TemporaryDirectory() as killed:
      _finish(_start(straight))
      kills = [
          # During the first checkpoint write: a temporary directory exists.
          lambda: any("tmp" in e for e in _entries(killed)),
          # Right after checkpoint 4 is complete (training goes on towards 6).
          lambda: "4" in _entries(killed),
      ]
      for i, condition in enumerate(kills):
        proc = _start(killed)
        self.assertTrue(_kill_when(proc, condition), f"kill {i} came too late")
        complete = sorted(int(e) for e in _entries(killed) if e.isdigit())
        self.assertNotIn(config.num_train_steps, complete)
      _finish(_start(killed))
      expected, _ = _final_state(straight, config)
      resumed, meta = _final_state(killed, config)
      self.assertEqual(meta["data_position"], config.num_train_steps)
      chex.assert_trees_all_close(expected.params, resumed.params, atol=1e-6)
      chex.assert_trees_all_close(expected.ema_params, resumed.ema_params, atol=1e-6)
      chex.assert_trees_all_close(expected.opt_state, resumed.opt_state, atol=1e-6)


def _nan_at(step, inner):
  """Wraps a batch iterator so that batch number `step` (1-based) is NaN."""
  for i, batch in enumerate(inner, start=1):
    if i == step:
      batch = dict(batch, video=np.full_like(batch["video"], np.nan))
    yield batch


class NonFiniteTest(absltest.TestCase):

  def _run(self, workdir, **overrides):
    config = default.get_config("smoke")
    config.update(dict(sample_every=0, batch_size=8, num_train_steps=6, checkpoint_every=3,
                       **overrides))
    original = input_pipeline.create_train_iterator
    make = lambda *a, **k: _nan_at(5 - k["start_step"], original(*a, **k))
    with absltest.mock.patch.object(input_pipeline, "create_train_iterator", make):
      return train.train_and_evaluate(config, workdir)

  def test_stops_naming_the_step_and_keeps_last_good_checkpoint(self):
    with tempfile.TemporaryDirectory() as workdir:
      with self.assertRaisesRegex(train.NonFiniteLossError, "at step 5"):
        self._run(workdir)
      trainer = train.Trainer(default.get_config("smoke,batch_size=8"), workdir)
      self.assertEqual(trainer.checkpointer.all_steps(), [3])
      state, _ = trainer.restore_or_init()
      self.assertEqual(int(state.step), 3)
      chex.assert_tree_all_finite(state.params)

  def test_skip_option_skips_the_step(self):
    with tempfile.TemporaryDirectory() as workdir:
      state = self._run(workdir, skip_nonfinite=True)
      self.assertEqual(int(state.step), 6)
      chex.assert_tree_all_finite(state.params)


def _small_state(value):
  """~256 KB that does not compress away."""
  return {"w": jax.random.normal(jax.random.PRNGKey(value), (256, 256)),
          "step": jnp.int32(value)}


class CheckpointFailureTest(absltest.TestCase):

  def _two_checkpoints(self, directory):
    ckpt = checkpointing.Checkpointer(directory, max_to_keep=3)
    ckpt.save(1, _small_state(1), {"data_position": 1})
    ckpt.save(2, _small_state(2), {"data_position": 2})
    ckpt.wait()
    return ckpt

  def test_corrupt_checkpoint_named_and_fallback(self):
    with tempfile.TemporaryDirectory() as d:
      ckpt = self._two_checkpoints(d)
      state_dir = os.path.join(d, "2", "state")
      for root, _, files in os.walk(state_dir):  # truncate every data file
        for f in files:
          with open(os.path.join(root, f), "r+b") as fh:
            fh.truncate(max(0, os.path.getsize(os.path.join(root, f)) // 3))
      abstract = jax.eval_shape(lambda: _small_state(0))
      with self.assertRaisesRegex(checkpointing.CheckpointError,
                                  f"{os.path.join(d, '2')}.*restore_fallback"):
        ckpt.restore_latest(abstract)
      state, meta = ckpt.restore_latest(abstract, fallback=True)
      self.assertEqual((int(state["step"]), meta["data_position"]), (1, 1))

  def test_full_disk_during_save_surfaces_and_keeps_earlier(self):
    """A file-size limit makes writes fail as on a full disk (EFBIG instead of ENOSPC)."""
    with tempfile.TemporaryDirectory() as d:
      script = textwrap.dedent(f"""
          import resource, signal, sys
          sys.path.insert(0, {ROOT!r}); sys.path.insert(0, {os.path.dirname(__file__)!r})
          import reliability_test as rt
          from ssm_vdm import checkpointing
          ckpt = rt.CheckpointFailureTest()._two_checkpoints({d!r})
          signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
          resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
          try:
            ckpt.save(3, rt._small_state(3), {{"data_position": 3}})
            ckpt.wait()
          except Exception as e:
            print("SAVE FAILED:", type(e).__name__, e)
            sys.exit(3)
          sys.exit(0)
      """)
      proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=CHILD_ENV,
                            capture_output=True, text=True, timeout=300)
      self.assertEqual(proc.returncode, 3, proc.stdout[-3000:] + proc.stderr[-3000:])
      self.assertIn("SAVE FAILED", proc.stdout)
      ckpt = checkpointing.Checkpointer(d)
      self.assertEqual(ckpt.all_steps(), [1, 2])
      state, _ = ckpt.restore(2, jax.eval_shape(lambda: _small_state(0)))
      self.assertEqual(int(state["step"]), 2)


if __name__ == "__main__":
  absltest.main()
