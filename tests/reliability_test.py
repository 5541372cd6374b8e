"""Failure behaviour: kill -9, SIGTERM and resume, non-finite losses, corrupt checkpoints
(truncated, flipped bytes), full disk, concurrent runs, failed starts, TensorBoard after a
resume."""

import asyncio
import contextlib
import gc
import glob
import io
import logging as std_logging
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
import types

from absl.testing import absltest
import chex
import jax
import jax.numpy as jnp
import numpy as np

from configs import default
from ssm_vdm import checkpointing
from ssm_vdm import event_files
from ssm_vdm import input_pipeline
from ssm_vdm import train
from ssm_vdm import workdir_lock
from tests import child_env

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# One device in the subprocesses; compile options and cache env vars are inherited.
CHILD_ENV = dict(os.environ, XLA_FLAGS=child_env.xla_flags())
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


def _signal_when(proc, condition, sig=signal.SIGKILL, timeout=600):
  """Sends `sig` to `proc` as soon as condition() holds and waits for it to end; returns
  (whether the signal was sent before it finished, its output)."""
  deadline = time.time() + timeout
  while proc.poll() is None and time.time() < deadline:
    if condition():
      proc.send_signal(sig)
      return True, proc.communicate(timeout=timeout)[0]
    time.sleep(0.01)
  return False, proc.communicate()[0]


def _entries(workdir):
  path = os.path.join(workdir, "checkpoints")
  return os.listdir(path) if os.path.isdir(path) else []


def _final_state(workdir, config):
  trainer = train.Trainer(config, workdir, devices=jax.devices()[:1])
  state, meta = trainer.checkpointer.restore(config.num_train_steps, trainer.abstract_state)
  return jax.device_get(state), meta


class KillAndResumeTest(absltest.TestCase):

  def test_kill_9_and_sigterm_then_resume_equals_uninterrupted(self):
    config = default.get_config(CONFIG_ARG.split(":", 1)[1])
    with tempfile.TemporaryDirectory() as straight, tempfile.TemporaryDirectory() as killed:
      _finish(_start(straight))
      # kill -9 during the first checkpoint write (a temporary directory exists).
      sent, _ = _signal_when(_start(killed), lambda: any("tmp" in e for e in _entries(killed)))
      self.assertTrue(sent, "kill -9 came too late")
      # SIGTERM (a preemption) once checkpoint 4 is complete: the run saves the step it is
      # at and exits 0. It also finds the lock the killed run left and takes it over.
      proc = _start(killed)
      sent, out = _signal_when(proc, lambda: "4" in _entries(killed), signal.SIGTERM)
      self.assertTrue(sent, "SIGTERM came too late")
      self.assertEqual(proc.returncode, 0, out[-5000:])
      self.assertRegex(out, r"Took over .*train\.lock, left by a run that is no longer running")
      stopped = int(re.search(r"Preempted \(SIGTERM\): stopped after step (\d+)/", out)[1])
      complete = sorted(int(e) for e in _entries(killed) if e.isdigit())
      self.assertEqual(complete[-1], stopped)
      self.assertLess(stopped, config.num_train_steps)
      self.assertFalse(os.path.exists(os.path.join(killed, workdir_lock.LOCK_NAME)))
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
    config.update(dict(sample_every=0, num_train_steps=6, checkpoint_every=3, **overrides))
    config.data.batch_size = 8
    original = input_pipeline.create_train_iterator
    make = lambda *a, **k: _nan_at(5 - k["start_step"], original(*a, **k))
    with absltest.mock.patch.object(input_pipeline, "create_train_iterator", make):
      return train.train_and_evaluate(config, workdir)

  def test_stops_naming_the_step_and_keeps_last_good_checkpoint(self):
    with tempfile.TemporaryDirectory() as workdir:
      with self.assertRaisesRegex(train.NonFiniteLossError, "at step 5"):
        self._run(workdir)
      trainer = train.Trainer(default.get_config("smoke,data.batch_size=8"), workdir)
      self.assertEqual(trainer.checkpointer.all_steps(), [3])
      state, _ = trainer.restore_or_init()
      self.assertEqual(int(state.step), 3)
      chex.assert_tree_all_finite(state.params)

  def test_skip_option_skips_the_step(self):
    with tempfile.TemporaryDirectory() as workdir:
      state = self._run(workdir, skip_nonfinite=True)
      self.assertEqual(int(state.step), 6)
      chex.assert_tree_all_finite(state.params)


def _smoke(**overrides):
  config = default.get_config("smoke")
  config.update({**dict(sample_every=0, num_train_steps=6, checkpoint_every=3, log_every=1),
                 **overrides})  # top-level (loop) keys
  config.data.batch_size = 8
  return config


def _sigterm_at(batch_number, inner):
  """Wraps a batch iterator: SIGTERM to this process as batch `batch_number` (1-based) is
  drawn, i.e. while that step's training is under way."""
  for i, batch in enumerate(inner, start=1):
    if i == batch_number:
      os.kill(os.getpid(), signal.SIGTERM)
    yield batch


class SigtermNotHandled(Exception):
  pass


def _not_handled(signum, frame):
  raise SigtermNotHandled("training did not handle SIGTERM")


def _largest_data_file(step_dir):
  """The largest file of a checkpoint's state arrays (under an OCDBT `d/` folder)."""
  data = [os.path.join(root, f) for root, _, names in os.walk(os.path.join(step_dir, "state"))
          for f in names if os.sep + "d" + os.sep in os.path.join(root, f)]
  return max(data, key=os.path.getsize)


def _flip_bytes(step_dir, count=64):
  """Inverts `count` bytes in the middle of the largest data file of a checkpoint (size
  unchanged), as a bad disk or a bad copy would."""
  path = _largest_data_file(step_dir)
  middle = os.path.getsize(path) // 2
  with open(path, "r+b") as f:
    f.seek(middle)
    chunk = f.read(count)
    f.seek(middle)
    f.write(bytes(b ^ 0xFF for b in chunk))


def _losses(workdir):
  """[(step, train/loss)] over the workdir's TensorBoard files, in the order written."""
  # pylint: disable=g-import-not-at-top
  from tensorboard.backend.event_processing import event_file_loader
  from tensorboard.util import tensor_util
  points = []
  for path in sorted(glob.glob(os.path.join(workdir, event_files.PATTERN))):
    for event in event_file_loader.EventFileLoader(path).Load():
      for value in event.summary.value:
        if value.tag == "train/loss":
          points.append((event.step, float(tensor_util.make_ndarray(value.tensor))))
  return points


class ResumeTest(absltest.TestCase):
  """Preemption and corrupt checkpoints, in process, against one uninterrupted run."""

  @classmethod
  def setUpClass(cls):
    super().setUpClass()
    cls.root = tempfile.TemporaryDirectory()
    cls.straight = os.path.join(cls.root.name, "straight")
    cls.final = jax.device_get(train.train_and_evaluate(_smoke(), cls.straight))
    cls.losses = dict(_losses(cls.straight))

  @classmethod
  def tearDownClass(cls):
    cls.root.cleanup()
    super().tearDownClass()

  def copy_of_straight(self):
    workdir = os.path.join(self.root.name, self.id().rsplit(".", 1)[-1])
    shutil.copytree(self.straight, workdir)
    return workdir

  def assert_each_step_logged_once(self, workdir, last_step):
    """TensorBoard holds one loss per step, equal to the uninterrupted run's."""
    points = _losses(workdir)
    self.assertEqual(sorted(step for step, _ in points), list(range(1, last_step + 1)))
    for step, loss in points:
      if step in self.losses:
        self.assertEqual(loss, self.losses[step], f"step {step}")

  def test_sigterm_saves_the_step_under_way_and_stops(self):
    """(That a rerun then ends as an uninterrupted run does: KillAndResumeTest.)"""
    workdir = self.copy_of_straight()
    # As a kill -9 just before checkpoint 6 leaves it: metrics up to 6, checkpoints 3.
    shutil.rmtree(os.path.join(workdir, "checkpoints", "6"))
    original = input_pipeline.create_train_iterator
    make = lambda *a, **k: _sigterm_at(2, original(*a, **k))  # during step 5 (from 3)
    previous = signal.signal(signal.SIGTERM, _not_handled)
    try:
      with absltest.mock.patch.object(input_pipeline, "create_train_iterator", make), \
           self.assertLogs(level="WARNING") as logs:
        state = jax.device_get(train.train_and_evaluate(_smoke(), workdir))
    finally:
      self.assertIs(signal.signal(signal.SIGTERM, previous), _not_handled)
    self.assertEqual(int(state.step), 5)
    self.assertIn("Preempted (SIGTERM): stopped after step 5/6", "\n".join(logs.output))
    ckpt = checkpointing.Checkpointer(os.path.join(workdir, "checkpoints"))
    self.assertEqual(ckpt.all_steps(), [3, 5])
    saved, meta = ckpt.restore(5, jax.eval_shape(lambda: state))
    self.assertEqual(meta["data_position"], 5)
    chex.assert_trees_all_equal(saved, state)
    self.assert_each_step_logged_once(workdir, 5)

  def test_fallback_moves_a_corrupt_checkpoint_aside_and_trains_past_it(self):
    workdir = self.copy_of_straight()
    checkpoints = os.path.join(workdir, "checkpoints")
    _flip_bytes(os.path.join(checkpoints, "6"))
    with self.assertRaisesRegex(checkpointing.CheckpointError,
                                f"{os.path.join(checkpoints, '6')} is .*restore_fallback"):
      train.train_and_evaluate(_smoke(), workdir)
    state = train.train_and_evaluate(_smoke(num_train_steps=7, restore_fallback=True), workdir)
    self.assertEqual(int(state.step), 7)
    aside = [e for e in os.listdir(checkpoints) if e.startswith("6.corrupt-")]
    self.assertLen(aside, 1)
    ckpt = checkpointing.Checkpointer(checkpoints)
    self.assertEqual(ckpt.all_steps(), [3, 6, 7])
    trainer = train.Trainer(_smoke(), workdir)
    retrained, _ = ckpt.restore(6, trainer.abstract_state)
    chex.assert_trees_all_equal(jax.device_get(retrained), self.final)
    self.assert_each_step_logged_once(workdir, 7)


class WorkdirTest(absltest.TestCase):

  def test_second_run_fails_at_once_naming_the_first(self):
    with tempfile.TemporaryDirectory() as workdir, workdir_lock.WorkdirLock(workdir):
      with self.assertRaisesRegex(workdir_lock.WorkdirLockedError,
                                  f"pid {os.getpid()} on host .*another --workdir") as error:
        train.train_and_evaluate(_smoke(), workdir)
      self.assertNotIn("\n", str(error.exception))
      self.assertEqual(os.listdir(workdir), [workdir_lock.LOCK_NAME])

  def test_failed_start_writes_nothing(self):
    config = _smoke()
    config.data.update(dataset="video_folder", video_folder="/nonexistent/videos")
    with tempfile.TemporaryDirectory() as workdir:
      with self.assertRaisesRegex(Exception, "/nonexistent/videos"):
        train.train_and_evaluate(config, workdir)
      self.assertEqual(os.listdir(workdir), [])


class _RaisesWhenCollected:
  """Raises `error` from __del__: Python reports it through sys.unraisablehook."""

  def __init__(self, error):
    self.error = error

  def __del__(self):
    raise self.error


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

  def test_flipped_bytes_name_the_array_and_fallback_moves_them_aside(self):
    with tempfile.TemporaryDirectory() as d:
      ckpt = self._two_checkpoints(d)
      _flip_bytes(os.path.join(d, "2"))  # inside w's (incompressible) data, size unchanged
      abstract = jax.eval_shape(lambda: _small_state(0))
      with self.assertRaisesRegex(checkpointing.CheckpointError,
                                  f"{os.path.join(d, '2')} is corrupt: .*array w\\b"):
        ckpt.restore_latest(abstract)
      self.assertEqual(ckpt.all_steps(), [1, 2])  # nothing moved without fallback
      state, meta = ckpt.restore_latest(abstract, fallback=True, move_aside=True)
      self.assertEqual((int(state["step"]), meta["data_position"]), (1, 1))
      self.assertEqual(ckpt.all_steps(), [1])
      self.assertLen([e for e in os.listdir(d) if e.startswith("2.corrupt-")], 1)
      ckpt.save(2, _small_state(2), {"data_position": 2})  # the step can be written again
      ckpt.wait()
      self.assertEqual(ckpt.all_steps(), [1, 2])

  def test_unreadable_checkpoint_is_one_short_line(self):
    with tempfile.TemporaryDirectory() as d:
      ckpt = self._two_checkpoints(d)
      big = _largest_data_file(os.path.join(d, "2"))
      with open(big, "r+b") as f:
        f.truncate(os.path.getsize(big) // 2)
      device = jax.sharding.SingleDeviceSharding(jax.devices()[0])  # as training restores
      abstract = jax.tree.map(lambda a: jax.ShapeDtypeStruct(a.shape, a.dtype, sharding=device),
                              jax.eval_shape(lambda: _small_state(0)))
      stderr = io.StringIO()
      with contextlib.redirect_stderr(stderr):
        with self.assertRaisesRegex(checkpointing.CheckpointError,
                                    f"{os.path.join(d, '2')} is unreadable .*array w\\b"
                                    ) as error:
          ckpt.restore(2, abstract)
      message = str(error.exception)
      self.assertNotIn("\n", message)
      self.assertLess(len(message), 600, message)
      self.assertNotIn("TensorStore details", message)
      self.assertNotIn("TensorStore(", stderr.getvalue())

  def test_abandoned_reads_print_nothing(self):
    """What TensorStore's late reads report after a failed restore is dropped (both kinds,
    raised here through the interpreter's own unraisable path); other unraisable exceptions
    and asyncio errors still print."""
    self.enter_context(absltest.mock.patch.object(sys, "unraisablehook",
                                                  sys.__unraisablehook__))  # not pytest's
    checkpointing.Checkpointer(tempfile.mkdtemp())  # installs the filters
    loop = asyncio.new_event_loop()
    loop.close()
    try:
      loop.call_soon_threadsafe(print)
    except RuntimeError as e:
      closed = e

    async def read():  # as Orbax's reads: an exception raised when closed unfinished
      try:
        await asyncio.Future(loop=loop)
      except BaseException as e:
        raise ValueError("late read") from e
    orbax_read = types.FunctionType(read.__code__.replace(co_filename=os.path.join(
        "site-packages", "orbax", "serialization.py")), globals(), "read", None, read.__closure__)

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
      _RaisesWhenCollected(closed)
      _RaisesWhenCollected(RuntimeError("other"))
      coroutine = orbax_read()
      coroutine.send(None)  # suspended in the read; closed unfinished when collected
      del coroutine
      gc.collect()
    self.assertNotIn("Event loop is closed", stderr.getvalue())
    self.assertNotIn("late read", stderr.getvalue())
    self.assertIn("RuntimeError: other", stderr.getvalue())
    with self.assertLogs("asyncio", level="ERROR") as logs:
      std_logging.getLogger("asyncio").error("Future exception was never retrieved")
      std_logging.getLogger("asyncio").error("something else")
    self.assertEqual([r.getMessage() for r in logs.records], ["something else"])

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
