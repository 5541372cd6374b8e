"""Tests for ssm_vdm.data.data_wait: the share of time blocked in next(), on a fake clock."""

from absl.testing import absltest

from ssm_vdm.data import data_wait


class FakeClock:

  def __init__(self):
    self.now = 0.0

  def __call__(self):
    return self.now


class DataWaitTest(absltest.TestCase):

  def test_fraction_of_each_window(self):
    clock = FakeClock()

    def batches():
      while True:
        clock.now += 0.25  # each batch takes 0.25 s to arrive
        yield {}

    it = data_wait.DataWaitIterator(batches(), clock=clock)
    for _ in range(4):
      next(it)
      clock.now += 0.75  # the step's own work
    self.assertAlmostEqual(it.take_fraction(), 0.25)
    next(it)
    clock.now += 0.25
    self.assertAlmostEqual(it.take_fraction(), 0.5)  # a new window
    self.assertEqual(it.take_fraction(), 0.0)  # no time has passed

  def test_warning_over_ten_percent(self):
    self.assertFalse(data_wait.warn_if_waiting(0.1, 5, prepared=False))
    with self.assertLogs(level="WARNING") as logs:
      self.assertTrue(data_wait.warn_if_waiting(0.3, 5, prepared=False))
    self.assertIn("30%", logs.output[0])
    self.assertIn("--mode=prepare", logs.output[0])

  def test_exhausted_iterator_still_stops(self):
    it = data_wait.DataWaitIterator(iter([1]))
    self.assertEqual(list(it), [1])


if __name__ == "__main__":
  absltest.main()
