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
                     [("step 4500", a, ""), ("run 3: final", b, "")])

  def test_overrides_after_the_name(self):
    d = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, d, ignore_errors=True)
    a = os.path.join(d, "a.npz")
    open(a, "wb").close()
    self.assertEqual(
        same_noise.parse_checkpoints(f"DDIM 25:{a},DDPM+sample.sampler=ddpm+sample.steps=256:{a}"),
        [("DDIM 25", a, ""), ("DDPM", a, "sample.sampler=ddpm,sample.steps=256")])
    with self.assertRaisesRegex(SystemExit, "'DDIM' is given twice"):
      same_noise.parse_checkpoints(f"DDIM:{a},DDIM+sample.steps=64:{a}")
    with self.assertRaisesRegex(SystemExit, "data.* keys would change the videos"):
      same_noise.parse_checkpoints(f"small+data.resolution=8:{a}")

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

  def test_given_frames_must_leave_some_to_sample(self):
    d = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, d, ignore_errors=True)
    a = os.path.join(d, "a.npz")
    open(a, "wb").close()
    for given in (16, -1):
      with self.assertRaisesRegex(SystemExit,
                                  f"--given={given}: .*videos of 16 frames continue 1 to 15"):
        same_noise.main([f"--checkpoints=x:{a}", "--lengths=64,16", f"--given={given}",
                         f"--out={d}"])
    # window by window, the given frames must cover the window's context (8 of 16)
    with self.assertRaisesRegex(SystemExit, "--given=4: .*sample.context=8"):
      same_noise.main([f"--checkpoints=x+sample.window=16:{a}", "--lengths=64", "--given=4",
                       f"--out={d}"])


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


class PairedTest(absltest.TestCase):

  def test_each_checkpoint_minus_the_one_before_video_by_video(self):
    rng = np.random.default_rng(1)
    metrics = ("presence", "motion", "identity", "coherence")
    scores = {(name, t): {m: rng.uniform(size=n) for m in metrics}
              for t, n in ((16, 6), (64, 4)) for name in ("real", "a", "b", "c")}
    rows = [same_noise.row(name, t, sc) for (name, t), sc in scores.items()]
    diffs = same_noise.paired(rows)
    self.assertEqual([(d["model"], d["versus"], d["frames"], d["videos"]) for d in diffs],
                     [("b", "a", 16, 6), ("c", "b", 16, 6), ("b", "a", 64, 4), ("c", "b", 64, 4)])
    for d in diffs:
      for m in metrics:
        # rows keep per-video scores to 4 places: difference the rounded ones, as paired does
        after = np.round(scores[(d["model"], d["frames"])][m], 4)
        before = np.round(scores[(d["versus"], d["frames"])][m], 4)
        diff = after - before
        self.assertAlmostEqual(d[m]["mean"], diff.mean(), places=4)
        self.assertAlmostEqual(d[m]["sem"], diff.std() / np.sqrt(len(diff)), places=4)
        self.assertEqual((d[m]["higher"], d[m]["lower"]), ((diff > 0).sum(), (diff < 0).sum()))
    table = same_noise.paired_table(diffs)
    self.assertLen(table.strip().split("\n"), 2 + len(diffs))
    c = diffs[0]["coherence"]
    self.assertIn(f"{c['mean']:+.3f} ± {c['sem']:.3f} ({c['higher']}/{c['lower']})", table)

  def test_versus_first(self):
    rng = np.random.default_rng(2)
    metrics = ("presence", "motion", "identity", "coherence")
    scores = {name: {m: rng.uniform(size=5) for m in metrics} for name in ("a", "b", "c")}
    rows = [same_noise.row(name, 16, sc) for name, sc in scores.items()]
    diffs = same_noise.paired(rows, versus="first")
    self.assertEqual([(d["model"], d["versus"]) for d in diffs], [("b", "a"), ("c", "a")])
    diff = np.round(scores["c"]["motion"], 4) - np.round(scores["a"]["motion"], 4)
    self.assertAlmostEqual(diffs[1]["motion"]["mean"], diff.mean(), places=4)
    with self.assertRaisesRegex(ValueError, "'previous' or 'first'"):
      same_noise.paired(rows, versus="last")

  def test_one_checkpoint_has_no_pairs(self):
    rows = [same_noise.row(name, 16, {"presence": np.ones(2), "motion": np.ones(2),
                                      "identity": np.ones(2), "coherence": np.ones(2)})
            for name in ("real", "a")]
    self.assertEqual(same_noise.paired(rows), [])


if __name__ == "__main__":
  absltest.main()
