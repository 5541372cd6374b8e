"""Several processes: ssm_vdm.distributed, main's distributed flags, two CPU processes vs one.

The end-to-end test starts two `python -m ssm_vdm.main` processes on 127.0.0.1 with 4 CPU
devices each (JAX's distributed runtime, gloo collectives) and checks that they train like this
process does on its 8 devices: same per-step losses, same final state, one writer of logs and
metrics, checkpoints that restore in both processes and here.
"""

import glob
import os
import socket
import subprocess
import sys
import tempfile
import time
from unittest import mock

from absl import logging
from absl.testing import absltest
import jax
import numpy as np

from configs import default
from ssm_vdm import distributed
from ssm_vdm import input_pipeline
from ssm_vdm import sharding
from ssm_vdm import train
from tests import state_compare
from tests import child_env

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STEPS = 3
CONFIG_ARGS = (f"smoke,data.batch_size=8,sample_every=0,num_train_steps={STEPS},checkpoint_every=2,"
               "log_every=1")
TIMEOUT_S = 600


def _free_port() -> int:
  with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.bind(("127.0.0.1", 0))
    return s.getsockname()[1]


def _child_env() -> dict[str, str]:
  """This process's environment (XLA options, compilation cache) with 4 devices each."""
  return dict(os.environ, JAX_PLATFORMS="cpu", XLA_FLAGS=child_env.xla_flags(devices=4))


def _run_processes(workdir: str, count: int) -> list[str]:
  """Runs `count` main.py processes to completion; returns their outputs, fails on error."""
  port = _free_port()
  logs = [os.path.join(workdir, f"process_{i}.log") for i in range(count)]
  procs = []
  for i, log in enumerate(logs):
    with open(log, "w") as f:
      procs.append(subprocess.Popen(
          [sys.executable, "-m", "ssm_vdm.main",
           f"--config=configs/default.py:{CONFIG_ARGS}", f"--workdir={workdir}",
           f"--coordinator_address=127.0.0.1:{port}", f"--num_processes={count}",
           f"--process_id={i}"],
          cwd=ROOT, env=_child_env(), stdout=f, stderr=subprocess.STDOUT))
  deadline = time.time() + TIMEOUT_S
  timed_out = False
  for proc in procs:
    try:
      proc.wait(timeout=max(deadline - time.time(), 1))
    except subprocess.TimeoutExpired:
      timed_out = True
  for proc in procs:
    if proc.poll() is None:
      proc.kill()
      proc.wait()
  outputs = []
  for log in logs:
    with open(log) as f:
      outputs.append(f.read())
  if timed_out or any(p.returncode for p in procs):
    report = "\n".join(
        f"===== process {i} (exit {p.returncode}) =====\n" + _tail(out)
        for i, (p, out) in enumerate(zip(procs, outputs)))
    why = f"timed out after {TIMEOUT_S}s" if timed_out else "failed"
    raise AssertionError(f"Multi-process training {why}:\n{report}")
  return outputs


def _tail(text: str, lines: int = 150) -> str:
  kept = [line for line in text.splitlines() if not line.startswith("[Gloo]")]
  return "\n".join(kept[-lines:])


def _scalars(workdir: str, tag: str) -> tuple[dict[int, float], int]:
  """({step: value} of `tag` over the workdir's TensorBoard files, number of files)."""
  # pylint: disable=g-import-not-at-top
  from tensorboard.backend.event_processing import event_file_loader
  from tensorboard.util import tensor_util
  paths = glob.glob(os.path.join(workdir, "events.out.tfevents.*"))
  values = {}
  for path in paths:
    for event in event_file_loader.EventFileLoader(path).Load():
      for value in event.summary.value:
        if value.tag == tag:
          values[event.step] = float(tensor_util.make_ndarray(value.tensor))
  return values, len(paths)


class InitializeTest(absltest.TestCase):

  def test_single_process_by_default(self):
    with mock.patch.object(jax.distributed, "initialize") as init:
      self.assertFalse(distributed.initialize("none"))
    init.assert_not_called()

  def test_explicit_start_passes_all_three(self):
    with mock.patch.object(jax.distributed, "initialize") as init:
      self.assertTrue(distributed.initialize(
          coordinator_address="10.0.0.1:1234", num_processes=2, process_id=1))
    init.assert_called_once_with(coordinator_address="10.0.0.1:1234", num_processes=2,
                                 process_id=1)

  def test_auto_lets_jax_detect_the_cluster(self):
    with mock.patch.object(jax.distributed, "initialize") as init:
      self.assertTrue(distributed.initialize("auto"))
    init.assert_called_once_with()

  def test_incomplete_explicit_start_names_the_missing_flags(self):
    with mock.patch.object(jax.distributed, "initialize") as init:
      with self.assertRaisesRegex(ValueError, "missing --num_processes, --process_id"):
        distributed.initialize(coordinator_address="10.0.0.1:1234")
      with self.assertRaisesRegex(ValueError, "Unknown distributed mode"):
        distributed.initialize("slurm")
    init.assert_not_called()

  def test_auto_outside_a_cluster_says_what_to_do(self):
    error = ValueError("coordinator_address should be defined.")
    with mock.patch.object(jax.distributed, "initialize", side_effect=error):
      with self.assertRaisesRegex(ValueError, "found no cluster.*--coordinator_address"):
        distributed.initialize("auto")

  def test_only_process_0_logs_info(self):
    self.assertEqual(distributed.log_level(0), logging.INFO)
    self.assertEqual(distributed.log_level(3), logging.WARNING)


class TwoProcessesTest(absltest.TestCase):

  def test_host_shards_make_the_global_batch(self):
    config = default.get_config(CONFIG_ARGS)
    one = next(input_pipeline.create_train_iterator(config, start_step=5))
    shards = [next(input_pipeline.create_train_iterator(
        config, process_index=i, process_count=2, start_step=5)) for i in range(2)]
    for key in ("video", "label"):
      self.assertEqual(shards[0][key].shape[0], config.data.batch_size // 2)
      np.testing.assert_array_equal(np.concatenate([s[key] for s in shards]), one[key])

  def test_two_processes_train_like_one(self):
    self.assertEqual(jax.device_count(), 8)
    config = default.get_config(CONFIG_ARGS)
    with tempfile.TemporaryDirectory() as workdir:
      # A step-0 checkpoint for both processes to restore (which also spares them compiling
      # the init); then the reference: the same steps in this process, on 8 devices.
      trainer = train.Trainer(config, workdir)
      state, _ = trainer.restore_or_init()
      trainer.checkpointer.save(0, state, {"step": 0, "data_position": 0})
      trainer.checkpointer.wait()
      trainer.checkpointer.close()
      step_fn = trainer.compile_train_step()
      batches = input_pipeline.create_train_iterator(config)
      losses = []
      for _ in range(STEPS):
        state, metrics = step_fn(state, sharding.host_to_global(next(batches), trainer.mesh))
        losses.append(float(metrics["loss"]))
      expected = jax.device_get(state)

      outputs = _run_processes(workdir, 2)

      logged, num_files = _scalars(workdir, "train/loss")
      self.assertEqual(num_files, 1, "only process 0 writes metrics")
      waits, _ = _scalars(workdir, "train/data_wait_fraction")  # logged with every report
      self.assertEqual(set(waits), set(logged))
      self.assertTrue(all(0.0 <= w <= 1.0 for w in waits.values()), waits)
      np.testing.assert_allclose([logged[s] for s in range(1, STEPS + 1)], losses, rtol=1e-5)
      self.assertIn(f"train: {STEPS}/{STEPS} steps", outputs[0])
      self.assertIn("Resumed from step 0", outputs[0])
      self.assertNotIn(f"train: {STEPS}/{STEPS} steps", outputs[1],
                       "process 1 logs warnings only")
      self.assertNotIn("Resumed from step", outputs[1])

      # The checkpoints the two processes wrote together restore here, on one process.
      restored_trainer = train.Trainer(config, workdir)
      self.assertEqual(restored_trainer.checkpointer.all_steps(), [0, 2, STEPS])
      restored, position = restored_trainer.restore_or_init()
      restored_trainer.checkpointer.close()
      self.assertEqual((int(restored.step), position), (STEPS, STEPS))
      state_compare.assert_states_close(jax.device_get(restored), expected)


if __name__ == "__main__":
  absltest.main()
