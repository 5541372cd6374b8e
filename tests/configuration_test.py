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
      ("unknown_temporal", dict(model__temporal="lstm"),
       "config.model.temporal='lstm' is not known"),
      ("unknown_dataset", dict(data__dataset="kinetics"),
       "config.data.dataset='kinetics' is not known"),
      ("indivisible_resolution", dict(data__resolution=30, model__width_mults=(1, 2, 4)),
       "data.resolution=30 must divide by 4"),
      ("zero_frames", dict(data__frames=0), "config.data.frames=0 must be >= 1"),
      ("odd_state", dict(model__ssm__d_state=7),
       r"config\.model\.ssm\.d_state: S4D d_state must be an even number >= 2, got 7"),
      ("groups", dict(model__num_groups=5), "model.num_groups=5 must divide"),
      ("negative_kernel", dict(model__ssm__kernel_length=-2),
       r"model\.ssm\.kernel_length=-2 must be >= 0"),
      ("kernel_scan", dict(model__ssm__kernel_length=8, model__ssm__mode="scan"),
       r"model\.ssm\.kernel_length=8 truncates .* use mode 'fft'"),
      ("ddim_steps", dict(sample__steps=999), r"config\.sample\.steps: DDIM .* got 999"),
      ("unknown_sampler", dict(sample__sampler="euler"),
       "config.sample.sampler='euler' is not known"),
      ("folder_unset", dict(data__dataset="video_folder"), "needs config.data.video_folder"),
      ("negative_warmup", dict(optim__warmup_steps=-1), "optim.warmup_steps=-1 must be >= 0"),
      ("negative_clip", dict(optim__grad_clip=-1.0), "optim.grad_clip=-1.0 must be >= 0"),
      ("negative_decay", dict(optim__decay_steps=-5), "optim.decay_steps=-5 must be >= 0"),
      ("end_rate_above_peak", dict(optim__end_learning_rate=1.0),
       r"optim\.end_learning_rate=1\.0 must be in \[0, optim\.learning_rate=0\.001\]"),
      ("negative_profile", dict(profile_steps=-1), "config.profile_steps=-1 must be >= 0"),
      ("noise_correlation_one", dict(diffusion__noise_correlation=1.0),
       r"diffusion\.noise_correlation=1\.0 must be in \[0, 1\)"),
      ("unknown_loss_weighting", dict(diffusion__loss_weighting="p2"),
       r"diffusion\.loss_weighting='p2' is not known; use one of 'none', 'min_snr'"),
      ("zero_min_snr_gamma", dict(diffusion__min_snr_gamma=0.0),
       r"diffusion\.min_snr_gamma=0\.0 must be > 0"),
      ("cache_dir_is_a_file", dict(compilation_cache_dir=os.path.abspath(__file__)),
       "compilation_cache_dir=.*configuration_test.py' is a file"),
      ("cache_dir_none", dict(compilation_cache_dir=None), "must be a folder path, or ''"),
  )
  def test_bad_value(self, overrides, message):
    c = default.get_config()
    for name, value in overrides.items():  # model__ssm__d_state: config.model.ssm.d_state
      *sections, key = name.split("__")
      setattr(c[".".join(sections)] if sections else c, key, value)
    with self.assertRaisesRegex(configuration.ConfigError, message) as cm:
      configuration.validate(c)
    self.assertNotIn("\n", str(cm.exception))

  def test_batch_not_divisible_by_devices(self):
    c = default.get_config()
    c.data.batch_size = 16
    configuration.validate(c, num_devices=8)
    with self.assertRaisesRegex(configuration.ConfigError,
                                "data.batch_size=16 must divide by the 3 devices"):
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
      (minerl, "frames150,model.temporal=attention", 150, 32, 3e-4, 129_000, 256))
  def test_paper_configs_train_as_the_authors(self, module, arg, frames, resolution, lr,
                                              steps, diffusion_steps):
    c = module.get_config(arg)
    configuration.validate(c)
    self.assertEqual((c.data.frames, c.data.resolution, c.optim.learning_rate,
                      c.num_train_steps, c.diffusion.steps),
                     (frames, resolution, lr, steps, diffusion_steps))
    # Adam (0.9, 0.999) at a constant rate, no clipping, float32; EMA 0.995 / 10 / 2000.
    self.assertEqual((c.optim.b1, c.optim.b2, c.optim.warmup_steps, c.optim.grad_clip,
                      c.model.dtype),
                     (0.9, 0.999, 0, 0.0, "float32"))
    self.assertEqual((c.ema.decay, c.ema.every, c.ema.start), (0.995, 10, 2000))

  def test_unknown_key_in_config_string(self):
    with self.assertRaisesRegex(KeyError, "Unknown config key 'model.temporl'.*Did you mean "
                                "'model.temporal'"):
      default.get_config("model.temporl=ssm")

  def test_old_flat_key_names_its_new_place(self):
    for old, new in (("frames", "data.frames"), ("ssm_d_state", "model.ssm.d_state"),
                     ("fvd_every", "eval_every"), ("adam_b1", "optim.b1")):
      with self.assertRaisesRegex(KeyError, f"Config key '{old}' in '{old}=1' is now '{new}'"):
        default.get_config(f"{old}=1")

  def test_dotted_overrides_reach_nested_sections(self):
    c = default.get_config("smoke,model.ssm.d_state=12,model.width_mults=(1,),data.frames=3,"
                           "sample.sampler=ddpm")
    self.assertEqual((c.model.ssm.d_state, c.model.width_mults, c.data.frames,
                      c.sample.sampler), (12, (1,), 3, "ddpm"))
    self.assertEqual(c.model.ssm.mlp_dim, 16)  # the smoke preset's, untouched
    with self.assertRaisesRegex(ValueError, "model.ssm is a section; set one of its keys"):
      default.get_config("model.ssm=3")

  def test_unknown_preset(self):
    with self.assertRaisesRegex(ValueError, "Unknown config preset 'tiny'"):
      default.get_config("tiny")


if __name__ == "__main__":
  absltest.main()
