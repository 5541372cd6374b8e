"""--mode=eval (ssm_vdm.eval_run) and --mode=sample: streaming FVD, its resumption and caches
with a fake sampler and extractor, then end to end on a tiny checkpoint with I3D."""

import glob
import json
import os
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import jax
import numpy as np
import tensorflow_datasets as tfds

from configs import default
from ssm_vdm import eval_run
from ssm_vdm import evaluation
from ssm_vdm import sharding
from ssm_vdm import train


class _Killed(Exception):
  pass


class _FakeSampler:
  """Uniform noise videos from the key (no UNet); raises _Killed on call `kill_at` (0-based)."""

  def __init__(self, kill_at: int | None = None):
    self.kill_at, self.calls = kill_at, 0

  def __call__(self, params, rng, shape, sharding=None, progress=True):
    del params, sharding, progress
    if self.calls == self.kill_at:
      raise _Killed()
    self.calls += 1
    return jax.random.uniform(rng, shape, minval=-1.0, maxval=1.0)


class _FakeExtractor:
  """Features without I3D: per-channel means [N, 3] and per-channel spreads [N, 3]."""

  def __init__(self):
    self.videos = 0

  def __call__(self, videos, batch_size=8, progress=True):
    del batch_size, progress
    self.videos += len(videos)
    videos = np.asarray(videos, np.float64)
    return {"logits": videos.mean((1, 2, 3)), "pooled": videos.std((1, 2, 3))}


def _config(text: str = ""):
  return default.get_config("smoke,eval.num_samples=7,eval.num_real=5,sample.num=3"
                            + (f",{text}" if text else ""))


class EvalRunTest(parameterized.TestCase):
  """Sampling batches of 2 on one device (7 videos: 4 batches, the last cut to 1)."""

  def setUp(self):
    super().setUp()
    self.mesh = sharding.create_mesh(jax.devices()[:1])
    folder = tempfile.TemporaryDirectory()
    self.addCleanup(folder.cleanup)
    self.workdir = folder.name

  def _evaluate(self, config, sample_fn, extractor=None, step=5, workdir=None):
    return eval_run.evaluate(config, workdir or self.workdir, sample_fn=sample_fn, params=None,
                             step=step, mesh=self.mesh, extractor=extractor or _FakeExtractor())

  def test_counts(self):
    self.assertEqual(eval_run.counts(default.get_config()), (256, 256))
    paper = default.get_config("data.dataset=ucf101,eval.protocol=paper")
    self.assertEqual(eval_run.counts(paper), (10_000, None))
    self.assertEqual(eval_run.counts(_config()), (7, 5))
    self.assertEqual(eval_run.counts(_config("eval.protocol=paper")), (7, 5))

  @parameterized.parameters(1, 2, 3)  # killed after that many batches were saved
  def test_resume_after_kill_gives_same_fvd(self, saved_batches):
    config = _config()
    with tempfile.TemporaryDirectory() as other:
      uninterrupted = self._evaluate(config, _FakeSampler(), workdir=other)
    with self.assertRaises(_Killed):
      self._evaluate(config, _FakeSampler(kill_at=saved_batches))
    self.assertFalse(os.path.exists(os.path.join(self.workdir, "fvd.json")))
    resumed_sampler, extractor = _FakeSampler(), _FakeExtractor()
    resumed = self._evaluate(config, resumed_sampler, extractor)
    self.assertEqual(resumed_sampler.calls, 4 - saved_batches)  # the remaining batches only
    self.assertEqual(extractor.videos, 7 - 2 * saved_batches)  # real set cached: not re-read
    self.assertAlmostEqual(resumed["fvd"], uninterrupted["fvd"], places=9)
    self.assertGreater(resumed["fvd"], 0.0)

  def test_fvd_json_names_protocol_counts_and_step(self):
    with self.assertLogs(level="INFO") as logs:
      result = self._evaluate(_config("eval.protocol=paper"), _FakeSampler(), step=9)
    self.assertTrue(any("generated videos: 7/7 videos (100%)" in line and "ETA 00:00" in line
                        for line in logs.output), logs.output)
    with open(os.path.join(self.workdir, "fvd.json")) as f:
      self.assertEqual(json.load(f), result)
    self.assertEqual({k: result[k] for k in ("protocol", "step", "num_generated", "num_real",
                                             "paper_counts", "i3d_input_range")},
                     {"protocol": "paper", "step": 9, "num_generated": 7, "num_real": 5,
                      "paper_counts": False, "i3d_input_range": "[0, 1]"})
    self.assertLen(glob.glob(os.path.join(self.workdir, "eval_step9.*")), 2)  # gif, mp4

  def test_real_statistics_cached_per_protocol(self):
    extractor = _FakeExtractor()
    first = self._evaluate(_config(), _FakeSampler(), extractor, step=5)
    self.assertEqual(extractor.videos, 5 + 7)
    second = self._evaluate(_config(), _FakeSampler(), extractor, step=6)  # another checkpoint
    self.assertEqual(extractor.videos, 5 + 7 + 7)  # only the generated videos
    self.assertEqual(first["real_statistics"], second["real_statistics"])
    self.assertNotEqual(first["fvd"], second["fvd"])  # step 6 draws other noise
    paper = self._evaluate(_config("eval.protocol=paper"), _FakeSampler(), extractor, step=6)
    self.assertEqual(extractor.videos, 2 * (5 + 7) + 7)  # a new real set for the protocol
    self.assertNotEqual(paper["real_statistics"], first["real_statistics"])
    again = self._evaluate(_config(), _FakeSampler(), extractor, step=6)  # all cached
    self.assertEqual(extractor.videos, 2 * (5 + 7) + 7)
    self.assertEqual(again, second)
    # Both feature choices come from the same files.
    pooled = self._evaluate(_config("eval.features=pooled"), _FakeSampler(), extractor, step=6)
    self.assertEqual(extractor.videos, 2 * (5 + 7) + 7)
    self.assertNotEqual(pooled["fvd"], second["fvd"])

  def test_paper_real_set_of_endless_synthetic_data_raises_before_sampling(self):
    with self.assertRaisesRegex(ValueError, "eval.num_real"):
      self._evaluate(_config("eval.protocol=paper,eval.num_real=0"), _FakeSampler(kill_at=0))


  def test_paper_protocol_on_mock_ucf101(self):
    config = _config("data.dataset=ucf101,data.frames=5,eval.protocol=paper,eval.num_real=0")
    extractor = _FakeExtractor()
    with tfds.testing.mock_data(num_examples=3):  # 3 random videos for any split
      result = self._evaluate(config, _FakeSampler(), extractor)
    self.assertEqual((result["num_real"], result["num_generated"]), (3, 7))
    self.assertEqual(extractor.videos, 3 + 7)
    self.assertIn("real_paper_ucf101_8px_5f_", result["real_statistics"])


class EvalModeTest(absltest.TestCase):

  def test_eval_and_sample_on_tiny_checkpoint(self):
    config = default.get_config("smoke,data.batch_size=8,sample_every=0,eval.num_samples=4,"
                                "sample.num=2,eval.batch_size=2")
    with tempfile.TemporaryDirectory() as workdir:
      train.train_and_evaluate(config, workdir)
      # I3D on one device at batch 2: the program evaluation_test compiles.
      extractor = evaluation.I3DFeatures(devices=jax.devices()[:1])
      result = eval_run.evaluate_checkpoint(config, workdir, train.Trainer(config, workdir),
                                            extractor=extractor)
      with open(os.path.join(workdir, "fvd.json")) as f:
        written = json.load(f)
      self.assertEqual(written, result)
      self.assertEqual((result["step"], result["num_generated"], result["num_real"],
                        result["protocol"]), (6, 4, 4, "standard"))
      self.assertGreater(result["fvd"], 0.0)
      self.assertLen(glob.glob(os.path.join(workdir, "eval_step6.*")), 2)
      # Sampling at another length than trained (the SSM kernel follows T).
      trainer = train.Trainer(config, workdir)
      params, step = trainer.restore_params()
      videos = trainer.sample(params, step, frames=7, name="long")
      self.assertEqual(videos.shape, (2, 7, 8, 8, 3))
      self.assertTrue(os.path.exists(os.path.join(workdir, "samples", "long.mp4")))


if __name__ == "__main__":
  absltest.main()
