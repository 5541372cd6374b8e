"""benchmarks/checkpoints_same_noise.py: its argument parsing and its rows' standard errors."""

import os
import shutil
import tempfile

from absl.testing import absltest
import numpy as np

from benchmarks import checkpoints_same_noise as same_noise


class ParseTest(absltest.TestCase):

  def test_names_with_spaces_and_colons_in_order(self):
    d = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, d, ignore_errors=True)
    a, b = os.path.join(d, "a.npz"), os.path.join(d, "b.npz")
    for p in (a, b):
      open(p, "wb").close()
    self.assertEqual(same_noise.parse_checkpoints(f"step 4500:{a}, run 3: final:{b}"),
                     [("step 4500", a), ("run 3: final", b)])

  def test_bad_items_say_how_to_write_them(self):
    with self.assertRaisesRegex(SystemExit, "<name>:<demo checkpoint .npz>"):
      same_noise.parse_checkpoints("just_a_path.npz")
    with self.assertRaisesRegex(SystemExit, "does not exist.*git show"):
      same_noise.parse_checkpoints("x:/nonexistent/demo_ema.npz")
    with self.assertRaisesRegex(SystemExit, "empty"):
      same_noise.parse_checkpoints(",")

  def test_names_must_differ_and_not_be_real(self):
    d = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, d, ignore_errors=True)
    a = os.path.join(d, "a.npz")
    open(a, "wb").close()
    with self.assertRaisesRegex(SystemExit, "'step 1' is given twice"):
      same_noise.parse_checkpoints(f"step 1:{a},step 1 :{a}")
    with self.assertRaisesRegex(SystemExit, "'real' is kept for the real videos"):
      same_noise.parse_checkpoints(f"real:{a}")


class RowTest(absltest.TestCase):

  def test_means_and_standard_errors_against_numpy(self):
    rng = np.random.default_rng(0)
    scores = {"coherence": rng.uniform(size=32), "presence": rng.uniform(size=32)}
    r = same_noise.row("step 1", 16, scores, 1.5)
    self.assertEqual((r["model"], r["frames"], r["videos"], r["seconds"]), ("step 1", 16, 32, 1.5))
    for m, v in scores.items():
      self.assertAlmostEqual(r[m]["mean"], v.mean(), places=4)
      self.assertAlmostEqual(r[m]["sem"], v.std() / np.sqrt(32), places=4)
      self.assertLen(r[m]["per_video"], 32)


if __name__ == "__main__":
  absltest.main()
