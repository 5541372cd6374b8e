"""Config validation: each mistake is a one-line error, raised before anything compiles."""

import os
import re
import subprocess
import sys
import tempfile

from absl.testing import absltest
from absl.testing import parameterized

from configs import default
from ssm_vdm import configuration

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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

  def test_unknown_key_in_config_string(self):
    with self.assertRaisesRegex(KeyError, "Unknown config key 'temporl'"):
      default.get_config("temporl=ssm")

  def test_unknown_preset(self):
    with self.assertRaisesRegex(ValueError, "Unknown config preset 'tiny'"):
      default.get_config("tiny")

  def test_command_line_errors_before_compiling(self):
    """Through main: an unknown --config.key and a bad value both stop at once."""
    workdir = os.path.join(tempfile.mkdtemp(), "never_created")
    env = dict(os.environ, XLA_FLAGS=re.sub(r"--xla_force_host_platform_device_count=\d+",
                                            "", os.environ.get("XLA_FLAGS", "")))
    for flag, expected in (("--config.temporl=ssm", "temporl"),
                           ("--config.resolution=15", "resolution=15 must divide by 2")):
      proc = subprocess.run(
          [sys.executable, "-m", "ssm_vdm.main", "--config=configs/default.py",
           f"--workdir={workdir}", flag],
          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
      self.assertNotEqual(proc.returncode, 0)
      self.assertIn(expected, proc.stderr)
      self.assertFalse(os.path.exists(workdir))


if __name__ == "__main__":
  absltest.main()
