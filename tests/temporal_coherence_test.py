"""benchmarks/temporal_coherence.py: equal-step export, sampling at several lengths, the table."""

import json
import os
import shutil
import tempfile

from absl.testing import absltest
import numpy as np

from benchmarks import temporal_coherence
from configs import default
from ssm_vdm import train

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "checkpoint_d9ef448")
# What tests/data/checkpoint_d9ef448 was trained with (smoke SSM UNet, step 4).
TRAINED = "smoke,data.batch_size=8,sample_every=0,sample.steps=1,sample.num=2"


def workdir_with_steps(test: absltest.TestCase, steps) -> str:
  """A workdir whose checkpoints/ holds empty step folders (for common_step only)."""
  path = tempfile.mkdtemp()
  test.addCleanup(shutil.rmtree, path, ignore_errors=True)
  for step in steps:
    os.makedirs(os.path.join(path, "checkpoints", str(step)))
  return path


class ArgumentsTest(absltest.TestCase):

  def test_runs_are_temporal_workdir_pairs(self):
    self.assertEqual(temporal_coherence.parse_runs("ssm:a/b,attention:/c"),
                     [("ssm", "a/b"), ("attention", "/c")])
    for bad in ("ssm", ":dir", "ssm:", "", "+a=1:dir"):
      with self.assertRaisesRegex(SystemExit, "temporal"):
        temporal_coherence.parse_runs(bad)

  def test_run_names_carry_their_own_overrides(self):
    self.assertEqual(temporal_coherence.split_name("ssm"), ("ssm", "", "ssm"))
    self.assertEqual(temporal_coherence.split_name("ssm+model.ssm.kernel_length=16+seed=2"),
                     ("ssm", "model.ssm.kernel_length=16,seed=2",
                      "ssm_model.ssm.kernel_length_16_seed_2"))

  def test_common_step_is_the_newest_step_all_runs_have(self):
    a = workdir_with_steps(self, (250, 500, 750))
    b = workdir_with_steps(self, (250, 500))
    self.assertEqual(temporal_coherence.common_step([a, b]), 500)
    c = workdir_with_steps(self, (1000,))
    with self.assertRaisesRegex(SystemExit, "no checkpoint step in common"):
      temporal_coherence.common_step([a, c])
    with self.assertRaisesRegex(SystemExit, "No checkpoints"):
      temporal_coherence.common_step([a, workdir_with_steps(self, ())])


class EndToEndTest(absltest.TestCase):

  def test_exports_the_step_samples_every_length_and_writes_the_table(self):
    workdir = tempfile.mkdtemp()
    out = tempfile.mkdtemp()
    for path in (workdir, out):
      self.addCleanup(shutil.rmtree, path, ignore_errors=True)
    shutil.copytree(os.path.join(DATA, "checkpoints"), os.path.join(workdir, "checkpoints"))
    temporal_coherence.main([f"--runs=ssm:{workdir}", "--config=configs/default.py",
                             f"--config_overrides={TRAINED}", "--lengths=4,8", "--num=2",
                             f"--out={out}"])
    with open(os.path.join(out, "temporal_coherence.json")) as f:
      record = json.load(f)
    self.assertEqual(record["step"], 4)
    rows = [(r["model"], r["frames"], r["videos"]) for r in record["rows"]]
    self.assertEqual(rows, [("real", 4, 2), ("real", 8, 2), ("ssm", 4, 2), ("ssm", 8, 2)])
    self.assertGreater(record["rows"][1]["coherence"]["mean"], 0.5)  # the generator's videos
    for name in ("temporal_coherence.md", "temporal_coherence.png", "ssm.npz",
                 "ssm/demo/index.html", "ssm/demo/samples_8f.gif"):
      self.assertTrue(os.path.exists(os.path.join(out, name)), name)
    with open(os.path.join(out, "ssm.json")) as f:
      self.assertEqual(json.load(f)["step"], 4)
    with open(os.path.join(out, "temporal_coherence.md")) as f:
      self.assertIn("| ssm | 8 | 2 |", f.read())
    # --add: the exported weights again (an .npz source), with the S4D kernels capped at 2
    # taps, next to the rows already there (its videos differ from the uncapped ones).
    capped = "ssm+model.ssm.kernel_length=2"
    temporal_coherence.main([f"--runs={capped}:{out}/ssm.npz", "--config=configs/default.py",
                             f"--config_overrides={TRAINED}", "--lengths=4,8", "--num=2",
                             f"--out={out}", "--add"])
    with open(os.path.join(out, "temporal_coherence.json")) as f:
      added = json.load(f)
    self.assertEqual([(r["model"], r["frames"]) for r in added["rows"]],
                     [("real", 4), ("real", 8), ("ssm", 4), ("ssm", 8), (capped, 4),
                      (capped, 8)])
    self.assertEqual(added["rows"][:4], [dict(r) for r in record["rows"]])
    videos = {(m, t): np.load(os.path.join(out, d, "demo", f"samples_{t}f.npy"))
              for m, d in (("ssm", "ssm"), ("capped", "ssm_model.ssm.kernel_length_2"))
              for t in (4, 8)}
    self.assertGreater(np.abs(videos["ssm", 8] - videos["capped", 8]).max(), 1e-3)
    with open(os.path.join(out, "temporal_coherence.json"), "w") as f:
      json.dump(record, f)  # the --rescore check below starts from the first table
    # --rescore scores the saved videos again: the same numbers, the seconds kept.
    stale = json.loads(json.dumps(record))
    for r in stale["rows"]:
      r["coherence"]["mean"], r["speed"]["mean"] = -1.0, -1.0
    with open(os.path.join(out, "temporal_coherence.json"), "w") as f:
      json.dump(stale, f)
    temporal_coherence.main(["--rescore", f"--out={out}"])
    with open(os.path.join(out, "temporal_coherence.json")) as f:
      self.assertEqual(json.load(f)["rows"], record["rows"])

  def test_a_step_the_workdir_lacks_names_the_steps_it_has(self):
    workdir = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, workdir, ignore_errors=True)
    shutil.copytree(os.path.join(DATA, "checkpoints"), os.path.join(workdir, "checkpoints"))
    trainer = train.Trainer(default.get_config(TRAINED), workdir)
    self.addCleanup(trainer.checkpointer.close)
    with self.assertRaisesRegex(FileNotFoundError, r"step 3 .* has steps \[4\]"):
      trainer.restore_params(step=3)


if __name__ == "__main__":
  absltest.main()
