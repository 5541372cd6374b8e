"""How much of the training loop's time goes to waiting for input batches."""

import time

from absl import logging

WARN_FRACTION = 0.1  # warn when more than this fraction of the time waits for data


class DataWaitIterator:
  """Wraps a batch iterator and times how long next() blocks.

  `take_fraction()` returns the share of wall time since its previous call (or since the
  wrapper was made) spent inside next(), and starts a new window. With asynchronous dispatch
  the loop only blocks in next() when the input is slower than the device, so a small
  fraction means the pipeline keeps up.
  """

  def __init__(self, iterator, clock=time.perf_counter):
    self._iterator, self._clock = iterator, clock
    self._waited = 0.0
    self._window_start = clock()

  def __iter__(self):
    return self

  def __next__(self):
    start = self._clock()
    try:
      return next(self._iterator)
    finally:
      self._waited += self._clock() - start

  def take_fraction(self) -> float:
    """Fraction in [0, 1] of the time since the last call spent waiting in next()."""
    now = self._clock()
    elapsed, waited = now - self._window_start, self._waited
    self._window_start, self._waited = now, 0.0
    return min(waited / elapsed, 1.0) if elapsed > 0 else 0.0


def warn_if_waiting(fraction: float, step: int, prepared: bool) -> bool:
  """Logs a warning (and returns True) if `fraction` is over WARN_FRACTION."""
  if fraction <= WARN_FRACTION:
    return False
  advice = ("prepared clips are already read: more host CPU cores or a smaller batch per host "
            "would help" if prepared else
            "prepare the dataset once (--mode=prepare) so training reads decoded clips")
  logging.warning("step %d: %.0f%% of the time went to waiting for input batches (over "
                  "%.0f%%): the accelerator idles; %s.", step, 100 * fraction,
                  100 * WARN_FRACTION, advice)
  return True
