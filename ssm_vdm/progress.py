"""Progress lines (count, rate, ETA) for the training, eval and prepare loops.

One `Progress` is clu's `periodic_actions.ReportProgress` (when to report: every
`every_secs` seconds and at the total, or at every call; the step and time of the last
report), with what the three loops need besides clu's "steps": a unit (videos), a count that
starts mid-way (a resumed run), an unknown total, a detail (the loss, the frames written)
and the rate for the caller's metrics:

    train: 125/300 steps (42%), loss 0.0812, 3.21 steps/s, ETA 00:54
    FVD generated videos: 7/7 videos (100%), 4.20 videos/s, ETA 00:00
    Preparing train: 40/9537 videos (0%), 6480 frames, 1.31 videos/s, ETA 2:00:39

The rate is clu's point estimate: the count since the last report over the time since it.
"""

from absl import logging
from clu import periodic_actions
import tqdm


class Progress(periodic_actions.ReportProgress):
  """Logs `what: done/total unit (p%), [detail, ]rate unit/s, ETA h:mm:ss` when it reports.

  Call `update(done)` with the count so far; the constructor's count starts the clock and
  is never reported. `rate` holds the last reported rate (NaN before the first report).
  """

  def __init__(self, what: str, *, total: int | None, done: int = 0, unit: str = "steps",
               every_secs: float | None = None, t: float | None = None):
    """Args:
      what: name of the loop in the line.
      total: the count at the end (None or 0: unknown, lines without % and ETA).
      done: the count already done (a resumed run).
      unit: what is counted, e.g. "steps", "videos".
      every_secs: report at most every this many seconds, and at `total`; None: report at
        every `update` that moved the count (the caller decides when).
      t: the time.monotonic() the clock starts at (default now).
    """
    super().__init__(num_train_steps=total or None, every_steps=None, every_secs=every_secs)
    self.what, self.unit, self.total = what, unit, total or None
    self.rate = float("nan")
    self._detail = ""
    self(done, t)  # clu's first call starts the clock and never triggers

  def update(self, done: int, detail: str = "", t: float | None = None) -> bool:
    """Reports `done` (with `detail`, e.g. "loss 0.0812") if due, at time.monotonic() `t`
    (default now); True if it did."""
    self._detail = detail
    return self(done, t)

  def _should_trigger(self, step: int, t: float) -> bool:
    if self._every_secs is None:
      return step != self._previous_step
    return super()._should_trigger(step, t)

  def _apply(self, step: int, t: float) -> None:
    self.rate = (step - self._previous_step) / max(t - self._previous_time, 1e-9)
    if self.total is None:
      line = f"{self.what}: {step} {self.unit}"
    else:
      line = f"{self.what}: {step}/{self.total} {self.unit} ({100.0 * step / self.total:.0f}%)"
    if self._detail:
      line += f", {self._detail}"
    line += f", {self.rate:.2f} {self.unit}/s"
    if self.total is not None:
      eta = (tqdm.tqdm.format_interval((self.total - step) / self.rate) if self.rate > 0
             else "?")
      line += f", ETA {eta}"
    logging.info("%s", line)
