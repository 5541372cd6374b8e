"""Config validation: each mistake is a one-line error, raised before anything compiles.

That the command line stops on them before compiling, in one line, is tests/cli_test.py."""

import os

from absl.testing import absltest
from absl.testing import parameterized

from configs import default
from configs import minerl
from configs import ucf101
from ssm_vdm import configuration

class ValidateTest(parameterized.TestCase):

  @parameterized.named_parameters(
      ("unknown_temporal", dict(temporal="lstm"), "config.temporal='lstm' is not known"),
      ("unknown_dataset", dict(dataset="kinetics"), "config.dataset='kinetics' is not known"),
      ("indivisible_resolution", dict(resolution=30, width_mults=(1, 2, 4)),
       "resolution=30 must divide by 4"),
      ("zero_frames", dict(frames=0), "config.frames=0 must be >= 1"),
      ("odd_state", dict(ssm_d_state=7), "ssm_d_state=7 must be even"),
      ("groups", dict(num_groups=5), "num_groups=5 must divide"),
      ("ddim_steps", dict(sample_steps=999), "sample_steps=999"),
      ("unknown_sampler", dict(sampler="euler"), "config.sampler='euler' is not known"),
      ("folder_unset", dict(dataset="video_folder"), "needs config.video_folder"),
      ("negative_warmup", dict(warmup_steps=-1), "warmup_steps=-1 must be >= 0"),
      ("negative_clip", dict(grad_clip=-1.0), "grad_clip=-1.0 must be >= 0"),
      ("cache_dir_is_a_file", dict(compilation_cache_dir=os.path.abspath(__file__)),
       "compilation_cache_dir=.*configuration_test.py' is a file"),
      ("cache_dir_none", dict(compilation_cache_dir=None), "must be a folder path, or ''"),
  )
  def test_bad_value(self, overrides, message):
    c = default.get_config()
    for k, v in overrides.items():
      setattr(c, k, v)
    with self.assertRaisesRegex(configuration.ConfigError, message) as cm:
      configuration.validate(c)
    self.assertNotIn("\n", str(cm.exception))

  def test_batch_not_divisible_by_devices(self):
    c = default.get_config()
    c.batch_size = 16
    configuration.validate(c, num_devices=8)
    with self.assertRaisesRegex(configuration.ConfigError,
                                "batch_size=16 must divide by the 3 devices"):
      configuration.validate(c, num_devices=3)

  def test_default_is_valid(self):
    configuration.validate(default.get_config())

  def test_cache_dir_may_be_empty_missing_or_remote(self):
    for folder in ("", "~/.cache/ssm_vdm/jax", "/no/such/folder", "gs://bucket/cache"):
      configuration.validate(default.get_config(f"compilation_cache_dir={folder}"))

  @parameterized.parameters(
      (ucf101, "", 16, 32, 3e-4, 92_000, 256), (ucf101, "res64", 16, 64, 1e-4, 106_000, 1000),
      (minerl, "", 64, 32, 3e-4, 174_000, 256),
      (minerl, "frames150", 150, 32, 3e-4, 129_000, 256),
      (minerl, "frames150,temporal=attention", 150, 32, 3e-4, 129_000, 256))
  def test_paper_configs_train_as_the_authors(self, module, arg, frames, resolution, lr,
                                              steps, diffusion_steps):
    c = module.get_config(arg)
    configuration.validate(c)
    self.assertEqual((c.frames, c.resolution, c.learning_rate, c.num_train_steps,
                      c.diffusion_steps), (frames, resolution, lr, steps, diffusion_steps))
    # Adam (0.9, 0.999) at a constant rate, no clipping, float32; EMA 0.995 / 10 / 2000.
    self.assertEqual((c.adam_b1, c.adam_b2, c.warmup_steps, c.grad_clip, c.dtype),
                     (0.9, 0.999, 0, 0.0, "float32"))
    self.assertEqual((c.ema_decay, c.ema_every, c.ema_start), (0.995, 10, 2000))

  def test_unknown_key_in_config_string(self):
    with self.assertRaisesRegex(KeyError, "Unknown config key 'temporl'"):
      default.get_config("temporl=ssm")

  def test_unknown_preset(self):
    with self.assertRaisesRegex(ValueError, "Unknown config preset 'tiny'"):
      default.get_config("tiny")


if __name__ == "__main__":
  absltest.main()
