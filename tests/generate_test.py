"""Drawing videos: generate.draw over batches and devices, and --mode=sample from the shell."""

import glob
import os
import subprocess
import sys
import tempfile

from absl.testing import absltest
import jax
import numpy as np

from configs import default
from ssm_vdm import errors
from ssm_vdm import generate
from ssm_vdm import main
from ssm_vdm import sharding
from ssm_vdm import train
from tests import child_env

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def noise_sampler(params, rng, shape, *, sharding, progress):
  """Stands in for a diffusion sampler: the videos are the initial noise, scaled by params."""
  del progress
  return jax.device_put(params * jax.random.normal(rng, shape), sharding)


class DrawTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    self.config = default.get_config("smoke,data.batch_size=4")
    self.mesh = sharding.create_mesh(jax.devices()[:2])

  def draw(self, rng, num):
    return generate.draw(self.config, noise_sampler, 1.0, rng, num=num, frames=3,
                         mesh=self.mesh, progress=False)

  def test_more_videos_than_one_batch(self):
    rng = jax.random.PRNGKey(0)
    videos = self.draw(rng, 11)  # batches of 4: three calls, the last one cut to 3
    self.assertEqual(videos.shape, (11, 3, 8, 8, 3))
    flat = videos.reshape(11, -1)
    self.assertLen({row.tobytes() for row in flat}, 11)  # fresh noise for every video
    # Deterministic, in batch order: batch i is the sampler's draw with fold_in(rng, i).
    np.testing.assert_array_equal(videos, self.draw(rng, 11))
    for i in range(3):
      expected = np.asarray(jax.random.normal(jax.random.fold_in(rng, i), (4, 3, 8, 8, 3)))
      np.testing.assert_allclose(videos[4 * i:4 * i + 4], expected[:len(videos[4 * i:4 * i + 4])],
                                 rtol=1e-6)
    # The first videos of a longer draw are the videos of a shorter one.
    np.testing.assert_array_equal(self.draw(rng, 5), videos[:5])
    self.assertFalse(np.array_equal(self.draw(jax.random.PRNGKey(1), 11), videos))

  def test_batch_rounded_to_devices(self):
    self.assertEqual(generate.batch_shape(self.config, 1, 3, 2)[0], 2)
    self.assertEqual(generate.batch_shape(self.config, 3, 3, 8)[0], 8)
    self.assertEqual(generate.batch_shape(self.config, 100, 3, 8)[0], 8)
    self.assertEqual(self.draw(jax.random.PRNGKey(0), 1).shape[0], 1)


class SampleModeTest(absltest.TestCase):

  def test_sample_then_continue_from_the_command_line(self):
    overrides = "smoke,data.batch_size=8,sample_every=0,num_train_steps=2,checkpoint_every=2"
    with tempfile.TemporaryDirectory() as workdir:
      train.train_and_evaluate(default.get_config(overrides), workdir)
      env = dict(os.environ, XLA_FLAGS=child_env.xla_flags())

      def sample(*flags):
        result = subprocess.run(
            [sys.executable, "-m", "ssm_vdm.main", f"--config=configs/default.py:{overrides}",
             f"--workdir={workdir}", "--mode=sample", "--config.sample.steps=2", *flags],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        self.assertEqual(result.returncode, 0, result.stderr[-3000:])

      def written(name):
        return sorted(os.path.basename(p) for p in glob.glob(
            os.path.join(workdir, "samples", name + ".*")))

      sample("--config.sample.frames=5", "--config.sample.num=2")
      self.assertEqual(written("sample_step2_5f"),
                       ["sample_step2_5f.gif", "sample_step2_5f.mp4", "sample_step2_5f.npy"])
      first = np.load(os.path.join(workdir, "samples", "sample_step2_5f.npy"))
      self.assertEqual(first.shape, (2, 5, 8, 8, 3))
      # Those two videos continued to 7 frames, window by window (windows of 4, context 3).
      sample("--config.sample.frames=7", "--config.sample.window=4",
             "--config.sample.context=3",
             "--config.sample.initial=" + os.path.join(workdir, "samples", "sample_step2_5f.npy"))
      self.assertEqual(written("continued_step2_7f"), [
          "continued_step2_7f.gif", "continued_step2_7f.mp4", "continued_step2_7f.npy"])
      continued = np.load(os.path.join(workdir, "samples", "continued_step2_7f.npy"))
      self.assertEqual(continued.shape, (2, 7, 8, 8, 3))
      np.testing.assert_array_equal(continued[:, :5], first)

  def test_videos_that_cannot_be_continued_stop_before_compiling(self):
    with tempfile.TemporaryDirectory() as workdir:
      path = os.path.join(workdir, "videos.npy")
      np.save(path, np.zeros((2, 5, 8, 8, 3), np.float32))
      config = default.get_config(f"smoke,data.batch_size=8,sample.frames=5,sample.initial={path}")
      with self.assertRaisesRegex(errors.UserError, "have 5 frames; videos of 5 frames"):
        main.check_before_compiling(config, workdir, "sample")
      config.sample.frames = 9
      initial = main.check_before_compiling(config, workdir, "sample")  # 5 of 9: fine
      np.testing.assert_array_equal(initial, np.zeros((2, 5, 8, 8, 3)))  # read once, here
      self.assertIsNone(main.check_before_compiling(config, workdir, "train"))  # sample only


if __name__ == "__main__":
  absltest.main()
