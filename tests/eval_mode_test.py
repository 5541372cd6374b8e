"""--mode=eval and --mode=sample end to end on a tiny checkpoint."""

import glob
import json
import os
import tempfile

from absl.testing import absltest

from configs import default
from ssm_vdm import train


class EvalModeTest(absltest.TestCase):

  def test_eval_and_sample_on_tiny_checkpoint(self):
    config = default.get_config("smoke,batch_size=8,sample_every=0,eval_num_samples=8,"
                                "num_samples=2")
    with tempfile.TemporaryDirectory() as workdir:
      train.train_and_evaluate(config, workdir)
      result = train.evaluate_checkpoint(config, workdir)
      with open(os.path.join(workdir, "fvd.json")) as f:
        written = json.load(f)
      self.assertEqual(written, result)
      self.assertEqual((result["step"], result["num_generated"], result["num_real"],
                       result["protocol"]), (6, 8, 8, "standard"))
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
