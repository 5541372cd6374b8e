"""Tests for video continuation (ssm_vdm.sampling with known frames) and window-by-window
extension (ssm_vdm.continuation), with the exact denoiser of a Gaussian video distribution."""

import os
import tempfile
from unittest import mock

from absl.testing import absltest
from absl.testing import parameterized
import jax
import jax.numpy as jnp
import numpy as np

from configs import default as default_config
from configs import demo as demo_config
from ssm_vdm import configuration
from ssm_vdm import continuation
from ssm_vdm import diffusion
from ssm_vdm import errors
from ssm_vdm import generate
from ssm_vdm import sampling
from ssm_vdm import sharding
from ssm_vdm import train_step

T, H, W, C = 4, 2, 2, 1  # tiny videos: D = 16 numbers each
D = T * H * W * C
MU, SIGMA, RHO = 0.2, 0.3, 0.9  # per-pixel mean and std; correlation between frames


def covariance(rho: float = RHO) -> np.ndarray:
  """[D, D] float64: a pixel correlates with itself in every frame (rho), not with others."""
  frames = rho * np.ones((T, T)) + (1 - rho) * np.eye(T)
  return SIGMA ** 2 * np.kron(frames, np.eye(H * W * C))


def denoiser_matrix(abar: np.ndarray, cov: np.ndarray) -> np.ndarray:
  """E[x0 | x_t] = MU + A (x_t - sqrt(abar) MU) with A = sqrt(abar) S (abar S + (1-abar) I)^-1."""
  eye = np.eye(cov.shape[0])
  return np.sqrt(abar) * cov @ np.linalg.inv(abar * cov + (1 - abar) * eye)


def exact_model(schedule, prediction, cov=None):
  """The Bayes-optimal network for x0 ~ N(MU, cov) over whole videos, in closed form."""
  cov = jnp.asarray(covariance() if cov is None else cov, jnp.float32)

  def model_fn(params, x_t, t):
    del params
    abar = diffusion.alpha_bar(schedule, t.astype(jnp.int32))[:, None]  # [B, 1]
    flat = x_t.reshape(x_t.shape[0], -1)  # [B, D]
    system = abar[:, :, None] * cov + (1 - abar)[:, :, None] * jnp.eye(D)  # [B, D, D]
    centred = flat - jnp.sqrt(abar) * MU
    x0 = MU + jnp.sqrt(abar) * jnp.einsum("de,be->bd", cov, jnp.linalg.solve(
        system, centred[..., None])[..., 0])
    eps = (flat - jnp.sqrt(abar) * x0) / jnp.sqrt(1 - abar)
    out = eps if prediction == "eps" else jnp.sqrt(abar) * eps - jnp.sqrt(1 - abar) * x0
    return out.reshape(x_t.shape)

  return model_fn


SELF_COND = 0.3  # self_conditioned_model's weight on the previous x0 estimate


def self_conditioned_model(schedule, prediction):
  """exact_model's output plus SELF_COND x_self: a network that uses its previous estimate."""
  exact = exact_model(schedule, prediction)
  return lambda params, x_t, t, x_self: exact(params, x_t, t) + SELF_COND * x_self


def reference(schedule, rng, known, *, sampler, num_steps, weight=0.0, batch,
              temperature=1.0, eta=0.0, self_condition_of=None):
  """Naive float64 loop: replacement, optional reconstruction guidance with the analytic
  gradient of the linear denoiser, then the DDPM/DDIM step (DDIM's eta: Song et al.'s
  sigma_t), clip on. Draws the same noise as the sampler (its keys); the starting and each
  step's noise times `temperature`, the known frames' replacement noise not.
  self_condition_of: None, or the prediction ("eps" / "v") of `self_conditioned_model`,
  whose x0 estimate moves by -SELF_COND x_self times sqrt((1 - abar) / abar) (eps) or
  sqrt(1 - abar) (v), x_self the previous step's clipped estimate (zeros at first)."""
  k = known.shape[1]
  a_mask = np.zeros(D, bool)
  a_mask[:k * H * W * C] = True
  tab = {f: np.asarray(getattr(schedule, f), np.float64) for f in (
      "alphas_cumprod", "posterior_mean_coef1", "posterior_mean_coef2",
      "posterior_log_variance_clipped")}
  ts = sampling.timesteps(schedule.num_steps, sampler, num_steps)
  init_rng, loop_rng = jax.random.split(rng)
  x = temperature * np.asarray(jax.random.normal(init_rng, (batch, T, H, W, C)), np.float64)
  x = x.reshape(batch, D)
  xa = np.asarray(known, np.float64).reshape(batch, -1)
  cov = covariance()
  x_self = np.zeros_like(x)
  for i, t in enumerate(ts):
    key = jax.random.fold_in(loop_rng, i)
    fresh = np.asarray(jax.random.normal(jax.random.fold_in(key, 1), known.shape))
    abar = tab["alphas_cumprod"][t]
    x[:, a_mask] = np.sqrt(abar) * xa + np.sqrt(1 - abar) * fresh.reshape(batch, -1)
    a = denoiser_matrix(abar, cov)
    x0 = MU + (x - np.sqrt(abar) * MU) @ a.T
    if self_condition_of:
      scale = np.sqrt(1 - abar) / (np.sqrt(abar) if self_condition_of == "eps" else 1.0)
      x0 = x0 - SELF_COND * scale * x_self
    if weight:
      grad = -2 * (xa - x0[:, a_mask]) @ a[a_mask]  # d/dx ||x_a - x0_a||^2, [B, D]
      x0[:, ~a_mask] -= 0.5 * weight * np.sqrt(abar) * grad[:, ~a_mask]
    x0 = np.clip(x0, -1, 1)
    x_self = x0
    noise = temperature * np.asarray(jax.random.normal(key, (batch, T, H, W, C))).reshape(
        batch, D)
    if sampler == "ddpm":
      mean = tab["posterior_mean_coef1"][t] * x0 + tab["posterior_mean_coef2"][t] * x
      std = np.exp(0.5 * tab["posterior_log_variance_clipped"][t]) if t > 0 else 0.0
      x = mean + std * noise
    else:
      eps = (x - np.sqrt(abar) * x0) / np.sqrt(1 - abar)
      abar_prev = tab["alphas_cumprod"][ts[i + 1]] if i + 1 < len(ts) else 1.0
      sigma = eta * np.sqrt((1 - abar_prev) / (1 - abar) * (1 - abar / abar_prev))
      x = (np.sqrt(abar_prev) * x0 + np.sqrt(1 - abar_prev - sigma ** 2) * eps
           + sigma * noise)
  x[:, a_mask] = xa
  return x.reshape(batch, T, H, W, C)


def known_frames(k: int, batch: int, seed: int = 0) -> np.ndarray:
  """First k frames of draws from the data distribution: [batch, k, H, W, C] float32."""
  x = np.random.default_rng(seed).multivariate_normal(np.full(D, MU), covariance(), batch)
  return x.reshape(batch, T, H, W, C)[:, :k].astype(np.float32)


class ContinuationSamplerTest(parameterized.TestCase):

  @parameterized.parameters(
      ("ddpm", 0, "eps", "replacement", 0.0),
      ("ddim", 6, "v", "replacement", 0.0),
      ("ddim", 6, "eps", "reconstruction", 2.0),
      ("ddpm", 0, "v", "reconstruction", 5.0),
      ("ddpm", 0, "eps", "replacement", 0.0, 0.6),
      ("ddim", 6, "v", "reconstruction", 4.0, 0.8),
      ("ddim", 6, "eps", "replacement", 0.0, 1.0, 1.0),
      ("ddim", 5, "v", "reconstruction", 3.0, 0.85, 0.5))
  def test_matches_naive_loop_and_keeps_known_frames(self, sampler, steps, prediction,
                                                     guidance, weight, temperature=1.0,
                                                     eta=0.0):
    schedule = diffusion.cosine_schedule(12)
    sample = sampling.create_sampler(
        exact_model(schedule, prediction), schedule, sampler=sampler, num_steps=steps,
        prediction=prediction, guidance=guidance, guidance_weight=weight, chunks=3,
        temperature=temperature, eta=eta)
    known = known_frames(2, batch=3)
    rng = jax.random.PRNGKey(1)
    x = np.asarray(sample(None, rng, (3, T, H, W, C), progress=False, known=known))
    np.testing.assert_array_equal(x[:, :2], known)  # exactly the given frames
    expected = reference(schedule, rng, known, sampler=sampler, num_steps=steps,
                         weight=weight, batch=3, temperature=temperature, eta=eta)
    np.testing.assert_allclose(x, expected, atol=2e-4)

  @parameterized.parameters(
      ("ddim", 6, "v", "replacement", 0.0),
      ("ddim", 5, "eps", "reconstruction", 3.0),
      ("ddpm", 0, "v", "reconstruction", 2.0))
  def test_self_conditioned_sampler_matches_naive_loop(self, sampler, steps, prediction,
                                                       guidance, weight):
    schedule = diffusion.cosine_schedule(12)
    sample = sampling.create_sampler(
        self_conditioned_model(schedule, prediction), schedule, sampler=sampler,
        num_steps=steps, prediction=prediction, guidance=guidance, guidance_weight=weight,
        chunks=3, self_condition=True)  # the estimate carried across the 3 chunks too
    known = known_frames(2, batch=3)
    rng = jax.random.PRNGKey(2)
    x = np.asarray(sample(None, rng, (3, T, H, W, C), progress=False, known=known))
    expected = reference(schedule, rng, known, sampler=sampler, num_steps=steps,
                         weight=weight, batch=3, self_condition_of=prediction)
    np.testing.assert_allclose(x, expected, atol=2e-4)
    plain = reference(schedule, rng, known, sampler=sampler, num_steps=steps, weight=weight,
                      batch=3)
    self.assertGreater(np.abs(expected - plain).max(), 1e-2)  # the estimate mattered

  def test_without_known_is_the_unconditional_sampler(self):
    schedule = diffusion.cosine_schedule(12)
    model = exact_model(schedule, "eps")
    kwargs = dict(sampler="ddim", num_steps=4)
    plain = sampling.create_sampler(model, schedule, **kwargs)
    guided = sampling.create_sampler(model, schedule, guidance="reconstruction",
                                     guidance_weight=1.0, **kwargs)
    rng, shape = jax.random.PRNGKey(0), (2, T, H, W, C)
    np.testing.assert_array_equal(plain(None, rng, shape, progress=False),
                                  guided(None, rng, shape, progress=False))

  def test_conditioning_pulls_towards_the_true_conditional_mean(self):
    """Frames correlate 0.99: given the first two, the rest are nearly determined."""
    cov = covariance(rho=0.99)
    schedule = diffusion.cosine_schedule(50)
    known = known_frames(2, batch=64, seed=3)
    known_flat = known.reshape(64, -1).astype(np.float64)
    n_a = known_flat.shape[1]
    cond_mean = MU + (known_flat - MU) @ np.linalg.solve(cov[:n_a, :n_a], cov[:n_a, n_a:])
    errors = {}
    for name, kwargs in (("none", {}), ("replacement", {}),
                         ("reconstruction", dict(guidance="reconstruction",
                                                 guidance_weight=4.0))):
      sample = sampling.create_sampler(exact_model(schedule, "eps", cov), schedule,
                                       sampler="ddim", num_steps=25, **kwargs)
      x = sample(None, jax.random.PRNGKey(4), (64, T, H, W, C), progress=False,
                 known=None if name == "none" else known)
      rest = np.asarray(x).reshape(64, -1)[:, n_a:]
      errors[name] = np.sqrt(np.mean((rest - cond_mean) ** 2))
    # seen: none 0.41, replacement 0.115, reconstruction 0.023 (exact conditional draws: 0.037)
    self.assertLess(errors["replacement"], 0.5 * errors["none"])
    self.assertLess(errors["reconstruction"], 0.6 * errors["replacement"])

  def test_sharded_equals_single_device(self):
    schedule = diffusion.cosine_schedule(12)
    sample = sampling.create_sampler(exact_model(schedule, "eps"), schedule, sampler="ddim",
                                     num_steps=3)
    known = known_frames(1, batch=8)
    mesh = sharding.create_mesh()
    shape = (8, T, H, W, C)
    one = sample(None, jax.random.PRNGKey(2), shape, progress=False, known=known)
    many = sample(None, jax.random.PRNGKey(2), shape, progress=False, known=known,
                  sharding=sharding.batch_sharding(mesh))
    self.assertEqual(len(many.sharding.device_set), len(jax.devices()))
    np.testing.assert_allclose(np.asarray(many), np.asarray(one), atol=1e-6)

  def test_bad_settings_are_refused(self):
    schedule = diffusion.cosine_schedule(12)
    model = exact_model(schedule, "eps")
    with self.assertRaisesRegex(ValueError, "guidance"):
      sampling.create_sampler(model, schedule, guidance="inpaint")
    with self.assertRaisesRegex(ValueError, "guidance_weight"):
      sampling.create_sampler(model, schedule, guidance="reconstruction")
    with self.assertRaisesRegex(ValueError, "temperature"):
      sampling.create_sampler(model, schedule, temperature=0.0)
    for sampler, eta in (("ddim", -0.5), ("ddpm", 1.0)):
      with self.assertRaisesRegex(ValueError, "eta"):
        sampling.create_sampler(model, schedule, sampler=sampler, num_steps=4, eta=eta)
    sample = sampling.create_sampler(model, schedule)
    for k in (0, T):
      with self.assertRaisesRegex(ValueError, "0 < k < 4"):
        sample(None, jax.random.PRNGKey(0), (2, T, H, W, C), known=np.zeros((2, k, H, W, C)))
    with self.assertRaisesRegex(ValueError, "same batch"):
      sample(None, jax.random.PRNGKey(0), (2, T, H, W, C), known=np.zeros((3, 1, H, W, C)))


class ExtendTest(parameterized.TestCase):

  def recorded(self):
    """A DDIM sampler that records each call's known frames and output."""
    schedule = diffusion.cosine_schedule(12)
    sample = sampling.create_sampler(exact_model(schedule, "eps"), schedule, sampler="ddim",
                                     num_steps=3)
    calls = []

    def wrapped(params, rng, shape, sharding=None, progress=True, known=None):
      out = sample(params, rng, shape, sharding=sharding, progress=progress, known=known)
      calls.append((None if known is None else np.asarray(known), np.asarray(out)))
      return out

    return wrapped, calls

  @parameterized.parameters((11, 1), (10, 3), (4, 2), (3, 2))
  def test_length_and_overlaps_from_scratch(self, length, context):
    sample, calls = self.recorded()
    video = np.asarray(continuation.extend(
        sample, None, jax.random.PRNGKey(0), length=length, window_shape=(2, T, H, W, C),
        context=context, progress=False))
    self.assertEqual(video.shape, (2, length, H, W, C))
    self.assertLen(calls, continuation.num_windows(length, T, context))
    self.assertIsNone(calls[0][0])
    rebuilt = [calls[0][1]]
    for known, out in calls[1:]:
      so_far = np.concatenate(rebuilt, 1)
      np.testing.assert_array_equal(known, so_far[:, -context:])  # the last frames so far
      np.testing.assert_array_equal(out[:, :context], known)  # the overlap is the context
      rebuilt.append(out[:, context:])
    np.testing.assert_array_equal(video, np.concatenate(rebuilt, 1)[:, :length])

  def test_continues_an_initial_video(self):
    sample, calls = self.recorded()
    initial = known_frames(3, batch=2)
    video = np.asarray(continuation.extend(
        sample, None, jax.random.PRNGKey(0), length=9, window_shape=(2, T, H, W, C),
        context=2, initial=initial, progress=False))
    self.assertEqual(video.shape, (2, 9, H, W, C))
    np.testing.assert_array_equal(video[:, :3], initial)
    self.assertLen(calls, 3)  # 3 -> 5 -> 7 -> 9 frames
    np.testing.assert_array_equal(calls[0][0], initial[:, 1:])

  def test_bad_settings_are_refused(self):
    sample, calls = self.recorded()
    kwargs = dict(length=8, window_shape=(2, T, H, W, C), progress=False)
    for context in (0, T):
      with self.assertRaisesRegex(ValueError, "context"):
        continuation.extend(sample, None, jax.random.PRNGKey(0), context=context, **kwargs)
    with self.assertRaisesRegex(ValueError, "fewer than context"):
      continuation.extend(sample, None, jax.random.PRNGKey(0), context=3,
                          initial=known_frames(2, batch=2), **kwargs)
    with self.assertRaisesRegex(ValueError, "does not match"):
      continuation.extend(sample, None, jax.random.PRNGKey(0), context=2,
                          initial=known_frames(2, batch=3), **kwargs)
    self.assertEmpty(calls)  # refused before any sampling


class ConfigTest(parameterized.TestCase):

  def test_draw_extends_window_by_window(self):
    config = default_config.get_config(
        "data.resolution=2,data.channels=1,data.batch_size=8,sample.window=4,sample.context=3")
    configuration.validate(config, num_devices=len(jax.devices()))
    schedule = diffusion.cosine_schedule(12)
    sample = sampling.create_sampler(exact_model(schedule, "eps"), schedule, sampler="ddim",
                                     num_steps=3)
    mesh, rng = sharding.create_mesh(), jax.random.PRNGKey(5)
    videos = generate.draw(config, sample, None, rng, num=3, frames=7, mesh=mesh,
                           progress=False)
    self.assertEqual(videos.shape, (3, 7, H, W, C))
    direct = continuation.extend(sample, None, jax.random.fold_in(rng, 0), length=7,
                                 window_shape=(8, T, H, W, C), context=3, progress=False)
    np.testing.assert_allclose(videos, np.asarray(direct)[:3], atol=1e-6)

  def config_and_sampler(self, overrides=""):
    config = default_config.get_config(
        "data.resolution=2,data.channels=1,data.batch_size=8" + (overrides and "," + overrides))
    configuration.validate(config, num_devices=len(jax.devices()))
    schedule = diffusion.cosine_schedule(12)
    return config, sampling.create_sampler(exact_model(schedule, "eps"), schedule,
                                           sampler="ddim", num_steps=3)

  def test_draw_continues_given_videos_in_one_call(self):
    config, sample = self.config_and_sampler()
    mesh, rng, initial = sharding.create_mesh(), jax.random.PRNGKey(5), known_frames(2, 3)
    videos = generate.draw(config, sample, None, rng, num=3, frames=T, mesh=mesh,
                           progress=False, initial=initial)
    self.assertEqual(videos.shape, (3, T, H, W, C))
    np.testing.assert_array_equal(videos[:, :2], initial)  # the given frames, exactly
    # One sampler call given both frames (window 0 of batch 0: its key folds in both); the
    # batch is filled up with the last video.
    padded = np.concatenate([initial, np.repeat(initial[-1:], 5, 0)])
    key = jax.random.fold_in(jax.random.fold_in(rng, 0), 0)
    direct = sample(None, key, (8, T, H, W, C), known=padded, progress=False)
    np.testing.assert_allclose(videos, np.asarray(direct)[:3], atol=1e-6)

  def test_draw_continues_given_videos_window_by_window(self):
    config, sample = self.config_and_sampler("sample.window=4,sample.context=2")
    mesh, rng, initial = sharding.create_mesh(), jax.random.PRNGKey(5), known_frames(3, 8)
    videos = generate.draw(config, sample, None, rng, num=8, frames=7, mesh=mesh,
                           progress=False, initial=initial)
    np.testing.assert_array_equal(videos[:, :3], initial)
    direct = continuation.extend(sample, None, jax.random.fold_in(rng, 0), length=7,
                                 window_shape=(8, T, H, W, C), context=2, initial=initial,
                                 progress=False)
    np.testing.assert_allclose(videos, np.asarray(direct), atol=1e-6)

  @parameterized.parameters(
      ((3, 2, 3, 3, 1), 4, "", "expected \\[N, k, 2, 2, 1\\]"),
      ((3, 2, 2, 2), 4, "", "expected"),
      ((3, 4, 2, 2, 1), 4, "", "continue 1 to 3 frames"),
      ((3, 1, 2, 2, 1), 7, "sample.window=4,sample.context=2",
       "sample.context=2: the initial video has 1 frames, fewer than context=2"),
      ((3, 1, 2, 2, 1), 7, "sample.window=4", "fewer than context=2"))  # context 0: half
  def test_videos_that_cannot_be_continued_are_refused(self, shape, frames, overrides,
                                                        message):
    config, _ = self.config_and_sampler(overrides)
    with self.assertRaisesRegex(errors.UserError, message):
      generate.check_initial(config, shape, frames)

  def test_read_initial(self):
    config, _ = self.config_and_sampler()
    folder = self.enter_context(tempfile.TemporaryDirectory())
    path = os.path.join(folder, "videos.npy")
    videos = known_frames(2, 3).clip(-1, 1)
    videos[0, 0, 0, 0, 0] = 1.0 + 1e-4  # float round-off past 1 is clipped
    np.save(path, videos)
    config.sample.initial = path
    read = generate.read_initial(config, T)
    self.assertEqual(read.dtype, np.float32)
    np.testing.assert_array_equal(read, videos.clip(-1, 1))
    for bad, message in ((videos * 255, "in \\[-1, 1\\]"),
                         (np.full(videos.shape, np.nan, np.float32), "finite"),
                         (videos.astype(np.uint8), "float"),
                         (videos[:, :, :1], "expected \\[N, k, 2, 2, 1\\]")):
      np.save(path, bad)
      with self.assertRaisesRegex(errors.UserError, message):
        generate.read_initial(config, T)
    for name, message in (("missing.npy", "cannot be read"), ("videos.gif", "expected a .npy")):
      config.sample.initial = os.path.join(folder, name)
      with self.assertRaisesRegex(errors.UserError, message):
        generate.read_initial(config, T)

  def test_window_guidance_picks_the_window_by_window_sampler(self):
    """draw uses window_sample_fn for windows and sample_fn for a one-call continuation;
    samplers_from_config builds them from sample.guidance and sample.window_guidance."""
    config, replacement = self.config_and_sampler("sample.window=4,sample.context=2")
    schedule = diffusion.cosine_schedule(12)
    reconstruction = sampling.create_sampler(
        exact_model(schedule, "eps"), schedule, sampler="ddim", num_steps=3,
        guidance="reconstruction", guidance_weight=4.0)
    mesh, rng, initial = sharding.create_mesh(), jax.random.PRNGKey(5), known_frames(3, 8)
    for window_fn, expected in ((None, replacement), (reconstruction, reconstruction)):
      videos = generate.draw(config, replacement, None, rng, num=8, frames=7, mesh=mesh,
                             progress=False, initial=initial, window_sample_fn=window_fn)
      direct = continuation.extend(expected, None, jax.random.fold_in(rng, 0), length=7,
                                   window_shape=(8, T, H, W, C), context=2, initial=initial,
                                   progress=False)
      np.testing.assert_allclose(videos, np.asarray(direct), atol=1e-6)
    one_call = generate.draw(config, replacement, None, rng, num=8, frames=T, mesh=mesh,
                             progress=False, initial=initial, window_sample_fn=reconstruction)
    key = jax.random.fold_in(jax.random.fold_in(rng, 0), 0)
    np.testing.assert_allclose(one_call, np.asarray(replacement(None, key, (8, T, H, W, C),
                                                                known=initial, progress=False)),
                               atol=1e-6)
    self.assertFalse(np.allclose(videos, generate.draw(  # the guidance changed the windows
        config, replacement, None, rng, num=8, frames=7, mesh=mesh, progress=False,
        initial=initial)))

  def test_samplers_from_config_follow_the_two_guidance_keys(self):
    model = train_step.create_model(default_config.get_config("smoke"))
    schedule = diffusion.cosine_schedule(256)
    config = demo_config.get_config()  # reconstruction in one call, replacement in windows
    self.assertEqual((generate.guidance(config), generate.guidance(config, windows=True)),
                     ("reconstruction", "replacement"))
    sample_fn, window_fn = generate.samplers_from_config(config, model, schedule)
    self.assertIsNot(sample_fn, window_fn)
    config = demo_config.get_config("sample.window_guidance=")  # "" = sample.guidance
    self.assertEqual(generate.guidance(config, windows=True), "reconstruction")
    sample_fn, window_fn = generate.samplers_from_config(config, model, schedule)
    self.assertIs(sample_fn, window_fn)

  def test_sampler_from_config_passes_every_sampling_key(self):
    model = train_step.create_model(default_config.get_config("smoke"))
    config = default_config.get_config(
        "sample.steps=10,sample.temperature=0.9,sample.eta=0.5,diffusion.prediction=v,"
        "model.self_condition=True")
    with mock.patch.object(sampling, "create_sampler") as create:
      generate.sampler_from_config(config, model, diffusion.cosine_schedule(256))
    self.assertEqual(create.call_args.kwargs, dict(
        sampler="ddim", num_steps=10, prediction="v", guidance="replacement",
        guidance_weight=0.0, noise_correlation=0.0, temperature=0.9, eta=0.5,
        self_condition=True))

  def test_demo_config_is_valid_in_both_sampling_modes(self):
    for overrides in ("", "sample.window=16,sample.frames=256",
                      "sample.guidance=replacement,sample.guidance_weight=0",
                      "sample.guidance=replacement,sample.window_guidance=reconstruction",
                      "sample.window_guidance="):
      configuration.validate(demo_config.get_config(overrides))

  @parameterized.parameters(
      ("sample.guidance=inpaint", "sample.guidance"),
      ("sample.guidance=reconstruction", "sample.guidance_weight"),
      ("sample.guidance_weight=1.0", "sample.guidance_weight"),
      ("sample.window_guidance=inpaint", "sample.window_guidance"),
      ("sample.temperature=0", "sample.temperature"),
      ("sample.eta=-1.0", "sample.eta"),
      ("sample.sampler=ddpm,sample.steps=256,sample.eta=1.0", "sample.eta"),
      ("sample.window_guidance=reconstruction", "sample.guidance_weight"),
      ("sample.window=8,sample.context=8", "sample.context"),
      ("sample.window=-1", "sample.window"),
      ("sample.initial=videos.gif", "sample.initial"))
  def test_bad_sampling_keys_are_refused(self, overrides, key):
    with self.assertRaisesRegex(configuration.ConfigError, f"config.{key}"):
      configuration.validate(default_config.get_config(overrides))


if __name__ == "__main__":
  absltest.main()
