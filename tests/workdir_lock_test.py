"""Tests for ssm_vdm.workdir_lock: one training run per workdir."""

import errno
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from unittest import mock

from absl.testing import absltest

from ssm_vdm import workdir_lock

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _hold_in_child(workdir):
  """A second process that takes the lock and waits; returns it once it holds the lock."""
  code = (f"import sys, time; sys.path.insert(0, {ROOT!r}); "
          "from ssm_vdm import workdir_lock; "
          f"workdir_lock.WorkdirLock({workdir!r}).acquire(); print('held', flush=True); "
          "time.sleep(600)")
  proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
  assert proc.stdout.readline().strip() == "held"
  return proc


class WorkdirLockTest(absltest.TestCase):

  def _tempdir(self):
    path = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, path)
    return path

  def setUp(self):
    super().setUp()
    self.workdir = self._tempdir()
    self.path = os.path.join(self.workdir, workdir_lock.LOCK_NAME)

  def test_records_the_holder_and_release_removes_it(self):
    with workdir_lock.WorkdirLock(self.workdir):
      with open(self.path) as f:
        holder = json.load(f)
      self.assertEqual((holder["pid"], holder["host"]), (os.getpid(), socket.gethostname()))
      self.assertIn("started", holder)
    self.assertFalse(os.path.exists(self.path))

  def test_second_run_fails_at_once_and_a_killed_holder_is_taken_over(self):
    child = _hold_in_child(self.workdir)
    try:
      with self.assertRaisesRegex(
          workdir_lock.WorkdirLockedError,
          rf"^Another run is training in .* \(pid {child.pid} on host "
          rf"{socket.gethostname()}, started .*\); .*another --workdir\.$"):
        workdir_lock.WorkdirLock(self.workdir).acquire()
    finally:
      child.send_signal(signal.SIGKILL)  # leaves its lock file behind
      child.wait()
    self.assertTrue(os.path.exists(self.path))
    lock = workdir_lock.WorkdirLock(self.workdir)
    with self.assertLogs(level="WARNING") as logs:
      lock.acquire()
    self.assertRegex(logs.output[0], rf"Took over .*no longer running \(pid {child.pid} ")
    with open(self.path) as f:
      self.assertEqual(json.load(f)["pid"], os.getpid())
    lock.release()

  def test_without_flock_the_record_decides(self):
    """On filesystems without flock: a live holder here or any holder elsewhere blocks, a
    dead holder here is taken over."""
    no_flock = mock.patch("fcntl.flock", side_effect=OSError(errno.ENOLCK, "no locks"))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    here = socket.gethostname()
    cases = [({"host": here, "pid": os.getpid()}, "blocks"),
             ({"host": "elsewhere", "pid": 1}, f"delete {self.path} if that run is gone"),
             ({"host": here, "pid": int(dead.stdout)}, None)]
    with no_flock:
      for holder, error in cases:
        with open(self.path, "w") as f:
          json.dump(holder, f)
        lock = workdir_lock.WorkdirLock(self.workdir)
        if error is None:
          with self.assertLogs(level="WARNING"):
            lock.acquire()
          lock.release()
          self.assertFalse(os.path.exists(self.path))
        else:
          with self.assertRaisesRegex(workdir_lock.WorkdirLockedError,
                                      f"pid {holder['pid']} on host {holder['host']}") as e:
            lock.acquire()
          if error != "blocks":
            self.assertIn(error, str(e.exception))

  def test_hold_releases_on_error(self):
    with self.assertRaises(KeyError):
      with workdir_lock.hold(self.workdir):
        self.assertTrue(os.path.exists(self.path))
        raise KeyError("training failed")
    self.assertFalse(os.path.exists(self.path))


if __name__ == "__main__":
  absltest.main()
