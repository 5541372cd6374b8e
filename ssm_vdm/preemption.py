"""Preemption: SIGTERM (how Cloud TPU, SLURM and Kubernetes stop a job) ends training at the
next step boundary, after a checkpoint of that step, instead of losing the steps since the
last one.

One process: a SIGTERM handler sets a flag that the loop reads after every step. It puts
the previous handler back when called, so a second SIGTERM acts at once (by default it ends
the process).

Several processes: JAX's distributed runtime catches SIGTERM itself (its preemption
service) and tells every process, which then agree on one step at which all of them save
(`jax.experimental.multihost_utils.reached_preemption_sync_point`, asked at every step,
the same notice Orbax's CheckpointManager.reached_preemption reads). A Python handler would
replace the runtime's, so none is installed there.
"""

import signal
import threading

from absl import logging
from jax.experimental import multihost_utils


class PreemptionWatcher:
  """`with PreemptionWatcher(multiprocess) as w:` ... `if w.should_stop(step): save, stop`."""

  def __init__(self, multiprocess: bool):
    self.multiprocess = multiprocess
    self.received = False
    self._previous = None
    self._installed = False

  def __enter__(self) -> "PreemptionWatcher":
    if not self.multiprocess:
      if threading.current_thread() is threading.main_thread():
        self._previous = signal.signal(signal.SIGTERM, self._on_sigterm)
        self._installed = True
      else:  # Python delivers signals to the main thread only
        logging.warning("Training outside the main thread: SIGTERM stops it without saving.")
    return self

  def __exit__(self, *exc) -> None:
    if self._installed:
      signal.signal(signal.SIGTERM, self._default())
      self._installed = False

  def _default(self):
    return signal.SIG_DFL if self._previous is None else self._previous

  def _on_sigterm(self, signum, frame) -> None:
    del signum, frame  # no logging here: the main thread may be inside a logging call
    self.received = True
    signal.signal(signal.SIGTERM, self._default())

  def should_stop(self, step: int) -> bool:
    """Whether to save `step` and stop; with several processes, call it at every step."""
    if not self.multiprocess:
      return self.received
    try:
      self.received = multihost_utils.reached_preemption_sync_point(step)
    except RuntimeError:  # jax_enable_preemption_service off: no notices
      return False
    return self.received
