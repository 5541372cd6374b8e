"""benchmarks/demo_figures.py: strips of the named videos and the checkpoint's loss curve."""

import json
import os
import shutil
import tempfile

from absl.testing import absltest
import imageio.v3 as iio
import numpy as np

from benchmarks import demo_figures
from configs import demo as demo_config
from ssm_vdm import demo
from ssm_vdm import demo_checkpoint
from ssm_vdm import video_io


class DemoFiguresTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    self.dir = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, self.dir, ignore_errors=True)
    rng = np.random.default_rng(0)
    self.samples = rng.uniform(-1, 1, (3, 20, 16, 16, 3)).astype(np.float32)
    np.save(os.path.join(self.dir, "samples_20f.npy"), self.samples)
    self.checkpoint = os.path.join(self.dir, "ck.npz")
    demo_checkpoint.save(self.checkpoint, {"w": np.zeros(2, np.float32)},
                         {"loss_curve": [[1, 0.5], [2, 0.25]]})
    with open(os.path.join(self.dir, "scores.json"), "w") as f:
      json.dump({"checkpoint_path": self.checkpoint}, f)

  def test_rows_are_the_named_videos_in_order(self):
    png = os.path.join(self.dir, "s.png")
    loss = os.path.join(self.dir, "l.png")
    demo_figures.main([f"--demo_dir={self.dir}", "--rows=real_20f,samples_20f:2,samples_20f",
                       f"--samples_png={png}", f"--loss_png={loss}"])
    real = demo.real_videos(demo_config.get_config(), 20, 1)[0]
    expected = [video_io.frame_strip(v, demo.STRIP_FRAMES)[0]
                for v in (real, self.samples[2], self.samples[0])]
    image = iio.imread(png)
    up = demo.UPSCALE
    top = 0
    for strip in expected:  # rows of strip height, 2 grey pixels between them, upscaled
      h, w = strip.shape[:2]
      np.testing.assert_array_equal(image[top:top + h * up:up, :w * up:up], strip)
      top += (h + 2) * up
    self.assertEqual(image.shape[0], top - 2 * up)
    self.assertTrue(os.path.getsize(loss) > 0)

  def test_missing_run_names_what_it_has(self):
    with self.assertRaisesRegex(SystemExit, r"wrote \['samples_20f'\]"):
      demo_figures.main([f"--demo_dir={self.dir}", "--rows=samples_256f",
                         f"--samples_png={self.dir}/x.png"])
    with self.assertRaisesRegex(SystemExit, "holds 3 videos"):
      demo_figures.main([f"--demo_dir={self.dir}", "--rows=samples_20f:3",
                         f"--samples_png={self.dir}/x.png"])


if __name__ == "__main__":
  absltest.main()
