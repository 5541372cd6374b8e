"""Tests for ssm_vdm.progress: the lines, rates and ETAs the loops log."""

from absl.testing import absltest

from ssm_vdm import progress as progress_lib


class ProgressTest(absltest.TestCase):

  def test_caller_decides_and_a_resumed_count_starts_the_clock(self):
    progress = progress_lib.Progress("train", total=300, done=100, t=0.0)
    with self.assertLogs(level="INFO") as logs:
      self.assertTrue(progress.update(125, "loss 0.0812", t=10.0))
    self.assertEqual(progress.rate, 2.5)  # 25 steps since the resume over 10 s
    self.assertIn("train: 125/300 steps (42%), loss 0.0812, 2.50 steps/s, ETA 01:10",
                  logs.output[0])
    self.assertFalse(progress.update(125, t=11.0))  # the count did not move
    self.assertTrue(progress.update(150, t=15.0))
    self.assertEqual(progress.rate, 5.0)  # since the last report, as clu's ReportProgress

  def test_every_secs_and_the_total(self):
    progress = progress_lib.Progress("Preparing train", total=10, unit="videos",
                                     every_secs=30.0, t=0.0)
    with self.assertLogs(level="INFO") as logs:
      reported = [progress.update(done, f"{16 * done} frames", t=t)
                  for done, t in ((1, 5.0), (2, 31.0), (3, 32.0), (10, 33.0))]
    self.assertEqual(reported, [False, True, False, True])  # 30 s passed; the last video
    self.assertIn("Preparing train: 2/10 videos (20%), 32 frames, 0.06 videos/s, ETA 02:04",
                  logs.output[0])
    self.assertIn("Preparing train: 10/10 videos (100%), 160 frames, 4.00 videos/s, ETA 00:00",
                  logs.output[1])

  def test_unknown_total_has_no_eta(self):
    for total in (None, 0):
      progress = progress_lib.Progress("FVD real clips", total=total, unit="videos", t=0.0)
      with self.assertLogs(level="INFO") as logs:
        progress.update(8, t=2.0)
      self.assertEqual(logs.output, ["INFO:absl:FVD real clips: 8 videos, 4.00 videos/s"])


if __name__ == "__main__":
  absltest.main()
