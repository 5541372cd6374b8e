"""The demo checkpoint (ssm_vdm/demo_checkpoint.py) and the demo page (ssm_vdm/demo.py)."""

import json
import os
import shutil
import tempfile

from absl.testing import absltest
import chex
import imageio.v2 as imageio
import jax
import jax.numpy as jnp
import numpy as np

from configs import default
from configs import demo as demo_config
from ssm_vdm import convert
from ssm_vdm import demo
from ssm_vdm import demo_checkpoint
from ssm_vdm import diffusion
from ssm_vdm import errors
from ssm_vdm import synthetic
from ssm_vdm import train_step
from ssm_vdm import video_io


def random_params(model, channels: int, seed: int = 0):
  """Parameters of `model`'s shapes, drawn in numpy (nothing compiled)."""
  rng = np.random.default_rng(seed)
  return jax.tree.map(lambda s: rng.normal(0, 0.05, s.shape).astype(np.float32),
                      convert.abstract_params(model, channels))


def temp_dir(test: absltest.TestCase) -> str:
  path = tempfile.mkdtemp()
  test.addCleanup(shutil.rmtree, path)
  return path


class CheckpointFileTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    self.dir = temp_dir(self)
    self.config = default.get_config("smoke")
    self.model = train_step.create_model(self.config)
    self.params = random_params(self.model, self.config.data.channels)
    self.path = os.path.join(self.dir, "ema.npz")

  def test_round_trip_keeps_every_parameter_and_the_json(self):
    demo_checkpoint.save(self.path, self.params, {"step": 7, "config": "x.py"})
    params, meta = demo_checkpoint.load(self.path, self.model, self.config.data.channels)
    chex.assert_trees_all_equal(params, self.params)
    self.assertEqual(meta, {"step": 7, "config": "x.py"})
    self.assertEqual(sorted(os.listdir(self.dir)), ["ema.json", "ema.npz"])  # no temporaries

  def test_a_continuation_counts_steps_and_curves_from_the_parents_first_step(self):
    parent = {"step": 100, "command": "train A", "commit": "abc", "training_wall_time_s": 50.0,
              "loss_curve": [[50, 0.5], [100, 0.4], [120, 9.0]],  # 120: after its export
              "steps_per_sec": [[50, 2.0], [100, 2.0]], "model": {"model.temporal": "ssm"}}
    run = {"step": 40, "command": "train B", "training_wall_time_s": 20.0,
           "loss_curve": [[20, 0.3], [40, 0.2]], "steps_per_sec": [[20, 1.0], [40, 1.0]],
           "model": {"model.temporal": "ssm"}}
    meta = demo_checkpoint.continued(run, parent, "a.npz")
    self.assertEqual((meta["step"], meta["run_step"], meta["training_wall_time_s"]),
                     (140, 40, 70.0))
    self.assertEqual(meta["loss_curve"], [[50, 0.5], [100, 0.4], [120, 0.3], [140, 0.2]])
    self.assertEqual(meta["steps_per_sec"], [[50, 2.0], [100, 2.0], [120, 1.0], [140, 1.0]])
    self.assertEqual(meta["init_from"], {"path": "a.npz", "step": 100, "command": "train A",
                                         "commit": "abc", "training_wall_time_s": 50.0})
    self.assertEqual(meta["command"], "train B")
    twice = demo_checkpoint.continued(run, meta, "b.npz")  # a continuation of a continuation
    self.assertEqual((twice["step"], twice["init_from"]["init_from"]["path"]), (180, "a.npz"))
    self.assertEqual(twice["loss_curve"][-1], [180, 0.2])
    self.assertEqual([(r["step"], r.get("run_step")) for r in demo_checkpoint.lineage(twice)],
                     [(100, None), (140, 40), (180, 40)])
    self.assertEqual(demo_checkpoint.lineage(parent), [parent])

  def test_missing_file_says_how_to_get_one(self):
    with self.assertRaisesRegex(errors.UserError, r"No demo checkpoint at .*ema\.npz.*TRAIN=1"):
      demo_checkpoint.load(self.path, self.model, self.config.data.channels)

  def test_truncated_file_is_a_clear_error(self):
    demo_checkpoint.save(self.path, self.params, {})
    with open(self.path, "rb") as f:
      data = f.read()
    with open(self.path, "wb") as f:
      f.write(data[:len(data) // 2])
    with self.assertRaisesRegex(demo_checkpoint.DemoCheckpointError,
                                r"ema\.npz cannot be read .*truncated"):
      demo_checkpoint.load(self.path, self.model, self.config.data.channels)

  def test_other_model_names_the_mismatch(self):
    demo_checkpoint.save(self.path, self.params, {})
    wider = train_step.create_model(
        default.get_config("smoke,model.base_width=16,model.num_groups=4"))
    with self.assertRaisesRegex(demo_checkpoint.DemoCheckpointError,
                                r"does not fit the model .*in the file, .*in the model"):
      demo_checkpoint.load(self.path, wider, self.config.data.channels)

  def test_non_finite_values_are_refused(self):
    params = jax.tree.map(np.copy, self.params)
    jax.tree.leaves(params)[0][...] = np.nan
    demo_checkpoint.save(self.path, params, {})
    with self.assertRaisesRegex(demo_checkpoint.DemoCheckpointError, "non-finite"):
      demo_checkpoint.load(self.path, self.model, self.config.data.channels)

  def test_config_other_than_the_checkpoints_is_refused(self):
    meta = {"config": "configs/demo.py", "model": {"resolution": 16, "temporal": "ssm"}}
    with self.assertRaisesRegex(errors.UserError, "trained with data.resolution=16"):
      demo.check_config(self.config, meta, self.path)  # smoke: resolution 8
    meta = {"config": "configs/demo.py", "model": {"prediction": "v"}}  # flat, as before #18
    with self.assertRaisesRegex(errors.UserError, "trained with diffusion.prediction='v'"):
      demo.check_config(self.config, meta, self.path)  # smoke: eps
    meta = {"config": "configs/demo.py", "model": {"model.self_condition": True}}
    with self.assertRaisesRegex(errors.UserError, "trained with model.self_condition=True"):
      demo.check_config(self.config, meta, self.path)  # smoke: no self-conditioning
    with self.assertRaisesRegex(errors.UserError, "bouncing-shapes"):
      demo.check_config(default.get_config("smoke,data.dataset=ucf101"), {}, self.path)


class ShippedCheckpointTest(absltest.TestCase):

  def test_loads_into_the_demo_model_and_denoises(self):
    config = demo_config.get_config()
    model = train_step.create_model(config)
    params, meta = demo_checkpoint.load(demo_checkpoint.DEFAULT_PATH, model, config.data.channels)
    self.assertLessEqual(os.path.getsize(demo_checkpoint.DEFAULT_PATH), 10 * 2**20)
    self.assertEqual(meta["config"], "configs/demo.py")
    # the config reproduces it: its num_train_steps from scratch, then each continuation
    # run_step more from the weights before it
    runs = demo_checkpoint.lineage(meta)
    self.assertEqual(runs[0]["step"], config.num_train_steps)
    for before, after in zip(runs, runs[1:]):
      self.assertEqual(after["step"], before["step"] + after["run_step"])
    demo.check_config(config, meta, demo_checkpoint.DEFAULT_PATH)
    # One forward pass on a noised real video (4 frames): a trained denoiser predicts its
    # target (the noise, or v) far better than predicting zeros (error about 1).
    x0 = synthetic.synthetic_batch(np.arange(1), seed=7, frames=4, resolution=16)
    eps = np.random.default_rng(0).normal(size=x0.shape).astype(np.float32)
    t = jnp.array([64])
    schedule = diffusion.cosine_schedule(config.diffusion.steps)
    x_t = diffusion.q_sample(schedule, x0, t, eps)
    out = model.apply({"params": params}, x_t, t.astype(jnp.float32))
    chex.assert_shape(out, x0.shape)
    chex.assert_tree_all_finite(out)
    target = diffusion.target(schedule, x0, t, eps, config.diffusion.prediction)
    self.assertLess(float(jnp.mean((out - target) ** 2)), 0.2)


class BackgroundLevelTest(absltest.TestCase):

  def test_black_for_real_videos_and_the_grey_level_otherwise(self):
    real = synthetic.synthetic_batch(np.arange(2), seed=0, frames=4, resolution=16)
    np.testing.assert_array_equal(demo.background_level(real), [0.0, 0.0])
    grey = real.copy()
    grey[0][grey[0] == -1.0] = -0.6  # background at 0.2 on [0, 1]; shapes cover < half
    np.testing.assert_allclose(demo.background_level(grey), [0.2, 0.0], atol=1e-6)


class RowLabelTest(absltest.TestCase):

  def test_names_the_cut_kernels_only_where_they_cut(self):
    config = default.get_config("model.ssm.kernel_length=16")
    self.assertEqual(demo.row_label("full", 256, config),
                     "sampled, all frames at once, S4D kernels cut at 16 taps")
    self.assertEqual(demo.row_label("full", 16, config), "sampled, all frames at once")
    self.assertEqual(demo.row_label("windows", 256, config),
                     "sampled window by window, replacement guidance")
    self.assertEqual(demo.row_label("real", 256, None), "real data (the generator)")
    self.assertEqual(demo.row_label("continued", 16, default.get_config("sample.window=16")),
                     "real videos continued: their first 8 frames kept, the rest sampled "
                     "(replacement guidance)")
    self.assertEqual(demo.row_label("full", 256, default.get_config()),
                     "sampled, all frames at once")

  def test_names_each_rows_guidance(self):
    config = demo_config.get_config("sample.window=16,sample.temperature=1")
    self.assertEqual(demo.row_label("continued", 16, config),
                     "real videos continued: their first 8 frames kept, the rest sampled "
                     "(reconstruction guidance, w_r 4)")
    self.assertEqual(demo.row_label("windows", 256, config),
                     "sampled window by window, replacement guidance")
    config = demo_config.get_config("sample.window=16,sample.window_guidance=")
    self.assertEqual(demo.row_label("windows", 256, config),
                     "sampled window by window, reconstruction guidance, w_r 4, temperature 0.85")

  def test_names_a_temperature_other_than_one(self):
    config = default.get_config("sample.window=16,sample.temperature=0.8")
    self.assertEqual(demo.row_label("full", 16, config),
                     "sampled, all frames at once, temperature 0.8")
    self.assertEqual(demo.row_label("windows", 256, config),
                     "sampled window by window, replacement guidance, temperature 0.8")
    self.assertEqual(demo.row_label("continued", 16, config),
                     "real videos continued: their first 8 frames kept, the rest sampled "
                     "(replacement guidance, temperature 0.8)")


class RunDemoTest(absltest.TestCase):

  def test_writes_page_scores_and_gifs(self):
    config = default.get_config("smoke,data.batch_size=8,sample.steps=1,sample.num=2")
    model = train_step.create_model(config)
    tmp = temp_dir(self)
    path = os.path.join(tmp, "ema.npz")
    demo_checkpoint.save(path, random_params(model, config.data.channels),
                         {"step": 3, "config": "smoke", "loss_curve": [[1, 1.0], [2, 0.5]],
                          "model": {"resolution": 8}})
    result = demo.run_demo(config, tmp, path, lengths=(4,))
    out = os.path.join(tmp, "demo")
    names = [r["name"] for r in result["rows"]]
    self.assertEqual(names, ["real_4f", "samples_4f"])
    for name in names:
      self.assertTrue(os.path.exists(os.path.join(out, name + ".gif")), name)
    real = result["rows"][0]["coherence"]
    self.assertGreater(real["mean"], 0.5)  # generator videos, not the untrained model's
    self.assertEqual(result["rows"][0]["background"]["mean"], 0.0)
    self.assertEqual(np.load(os.path.join(out, "samples_4f.npy")).shape,
                     (2, 4, 8, 8, 3))
    with open(os.path.join(out, "scores.json")) as f:
      self.assertEqual(json.load(f)["rows"][1]["videos"], 2)
    with open(os.path.join(out, "index.html")) as f:
      text = f.read()
    for snippet in ("samples_4f.gif", "real_4f.gif", "all frames at once", "loss.png",
                    f"{real['mean']:.3f}", "frames.png", "frames 0, 1, 2, 3"):
      self.assertIn(snippet, text)
    # frames.png: one strip per row (its first video, all 4 frames), upscaled, grey between
    strips = imageio.imread(os.path.join(out, "frames.png"))
    up = demo.UPSCALE
    self.assertEqual(strips.shape, ((2 * 8 + 2) * up, (4 * 9 - 1) * up, 3))
    samples = np.load(os.path.join(out, "samples_4f.npy"))
    last = strips[(8 + 2) * up::up, 27 * up::up][:8, :8]  # row 2's last frame, one pixel each
    np.testing.assert_array_equal(last, video_io.to_uint8(samples[0, 3]))
    self.assertTrue(os.path.exists(os.path.join(out, "loss.png")))

  def test_continues_the_real_videos_where_one_window_covers_them(self):
    config = default.get_config(
        "smoke,data.batch_size=8,sample.steps=1,sample.num=2,sample.window=4,"
        "sample.guidance=reconstruction,sample.guidance_weight=4,"
        "sample.window_guidance=replacement")
    model = train_step.create_model(config)
    tmp = temp_dir(self)
    path = os.path.join(tmp, "ema.npz")
    demo_checkpoint.save(path, random_params(model, config.data.channels), {"step": 3})
    result = demo.run_demo(config, tmp, path, lengths=(4, 6))
    self.assertEqual([r["name"] for r in result["rows"]],
                     ["real_4f", "samples_4f", "continued_4f",
                      "real_6f", "samples_6f", "samples_6f_windows"])
    self.assertEqual(result["rows"][2]["label"],
                     "real videos continued: their first 2 frames kept, the rest sampled "
                     "(reconstruction guidance, w_r 4)")
    self.assertEqual(result["rows"][5]["label"],
                     "sampled window by window, replacement guidance")
    out = os.path.join(tmp, "demo")
    continued = np.load(os.path.join(out, "continued_4f.npy"))
    real = demo.real_videos(config, 4, 2)
    np.testing.assert_array_equal(continued[:, :2], real[:, :2])  # given, kept
    self.assertFalse(np.array_equal(continued[:, 2:], real[:, 2:]))  # sampled
    with open(os.path.join(out, "index.html")) as f:
      self.assertIn("continued_4f.gif", f.read())


if __name__ == "__main__":
  absltest.main()
