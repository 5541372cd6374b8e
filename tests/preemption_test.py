"""Tests for ssm_vdm.preemption: SIGTERM becomes a stop at the next step boundary."""

import os
import signal
import threading
from unittest import mock

from absl.testing import absltest
from jax.experimental import multihost_utils

from ssm_vdm import preemption


class PreemptionWatcherTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    self.calls = []
    self.previous = signal.signal(signal.SIGTERM, lambda *_: self.calls.append("previous"))
    self.addCleanup(signal.signal, signal.SIGTERM, self.previous)

  def test_first_sigterm_asks_to_stop_second_acts_at_once(self):
    outer = signal.getsignal(signal.SIGTERM)
    with preemption.PreemptionWatcher(multiprocess=False) as watcher:
      self.assertFalse(watcher.should_stop(1))
      os.kill(os.getpid(), signal.SIGTERM)
      self.assertTrue(watcher.should_stop(2))
      self.assertEqual(self.calls, [])  # the first one only sets the flag
      os.kill(os.getpid(), signal.SIGTERM)
      self.assertEqual(self.calls, ["previous"])  # the handler from before acts on the second
    self.assertIs(signal.getsignal(signal.SIGTERM), outer)

  def test_several_processes_ask_jax_and_keep_its_handler(self):
    outer = signal.getsignal(signal.SIGTERM)
    with mock.patch.object(multihost_utils, "reached_preemption_sync_point",
                           side_effect=lambda step: step == 3) as sync_point:
      with preemption.PreemptionWatcher(multiprocess=True) as watcher:
        self.assertIs(signal.getsignal(signal.SIGTERM), outer)
        self.assertEqual([watcher.should_stop(s) for s in (1, 2, 3)], [False, False, True])
    self.assertEqual([c.args for c in sync_point.call_args_list], [(1,), (2,), (3,)])

  def test_preemption_service_off_never_stops(self):
    with mock.patch.object(multihost_utils, "reached_preemption_sync_point",
                           side_effect=RuntimeError("Preemption sync manager has not been "
                                                    "initialized")):
      with preemption.PreemptionWatcher(multiprocess=True) as watcher:
        self.assertFalse(watcher.should_stop(1))

  def test_outside_the_main_thread_installs_nothing(self):
    outer = signal.getsignal(signal.SIGTERM)
    seen = []

    def run():
      with preemption.PreemptionWatcher(multiprocess=False):
        seen.append(signal.getsignal(signal.SIGTERM))

    with self.assertLogs(level="WARNING"):
      thread = threading.Thread(target=run)
      thread.start()
      thread.join()
    self.assertEqual(seen, [outer])


if __name__ == "__main__":
  absltest.main()
