"""Tests for ssm_vdm.diffusion and ssm_vdm.sampling: the authors' outputs (golden arrays) and
closed forms for Gaussian data."""

import os

from absl.testing import absltest
from absl.testing import parameterized
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm import diffusion
from ssm_vdm import sampling

MU, SIGMA = 0.3, 0.2  # data ~ N(MU, SIGMA^2) per element, well inside [-1, 1]
GOLDEN = os.path.join(os.path.dirname(__file__), "data", "official", "diffusion.npz")
RTOL = 1e-4  # max|ours - theirs| <= RTOL * max|theirs|


def exact_model(schedule, prediction):
  """The Bayes-optimal network for Gaussian data: E[eps | x_t] (or E[v | x_t]) in closed form."""

  def model_fn(params, x_t, t):
    del params
    abar = diffusion.alpha_bar(schedule, t.astype(jnp.int32)).reshape(-1, 1, 1)
    var = abar * SIGMA ** 2 + 1.0 - abar  # Var[x_t]
    eps = jnp.sqrt(1.0 - abar) * (x_t - jnp.sqrt(abar) * MU) / var
    if prediction == "eps":
      return eps
    x0 = MU + jnp.sqrt(abar) * SIGMA ** 2 * (x_t - jnp.sqrt(abar) * MU) / var
    return jnp.sqrt(abar) * eps - jnp.sqrt(1.0 - abar) * x0

  return model_fn


def exact_correlated_model(schedule, prediction, rho):
  """As exact_model for data [N, T, D] whose noise has correlation rho across frames (axis 1):
  E[eps | x_t] = sqrt(1 - abar) S (abar SIGMA^2 I + (1 - abar) S)^-1 (x_t - sqrt(abar) MU),
  S = (1 - rho) I + rho 11^T over frames, applied on its two eigenspaces: the frames' mean
  (eigenvalue 1 - rho + rho T) and the rest (1 - rho)."""

  def model_fn(params, x_t, t):
    del params
    abar = diffusion.alpha_bar(schedule, t.astype(jnp.int32)).reshape(-1, 1, 1)
    a, b = jnp.sqrt(abar), jnp.sqrt(1.0 - abar)
    centred = x_t - a * MU
    mean = centred.mean(axis=1, keepdims=True)
    gain = lambda lam: b * lam / (abar * SIGMA ** 2 + (1.0 - abar) * lam)
    frames = x_t.shape[1]
    eps = gain(1.0 - rho + rho * frames) * mean + gain(1.0 - rho) * (centred - mean)
    if prediction == "eps":
      return eps
    x0 = (x_t - b * eps) / a
    return a * eps - b * x0

  return model_fn


class ScheduleTest(parameterized.TestCase):

  def test_cosine_schedule_closed_form(self):
    s = diffusion.cosine_schedule(256)
    t = np.arange(1, 257)
    f = lambda u: np.cos((u / 256 + 0.008) / 1.008 * np.pi / 2) ** 2
    expected = np.clip(f(t) / f(0), 0, None)
    np.testing.assert_allclose(s.alphas_cumprod[:-1], expected[:-1], rtol=2e-5, atol=1e-7)
    self.assertTrue(np.all(np.diff(np.asarray(s.alphas_cumprod)) < 0))
    self.assertLess(float(s.alphas_cumprod[-1]), 1e-4)

  def test_q_sample_moments(self):
    s = diffusion.cosine_schedule(100)
    t = jnp.full((20000,), 40)
    x0 = jnp.full((20000, 4), 0.5)
    x_t = diffusion.q_sample(s, x0, t, jax.random.normal(jax.random.PRNGKey(0), x0.shape))
    abar = float(s.alphas_cumprod[40])
    self.assertAlmostEqual(float(x_t.mean()), np.sqrt(abar) * 0.5, delta=0.01)
    self.assertAlmostEqual(float(x_t.var()), 1 - abar, delta=0.01)

  def test_v_and_eps_conversions_invert(self):
    s = diffusion.cosine_schedule(50)
    x0 = jax.random.normal(jax.random.PRNGKey(0), (3, 5))
    noise = jax.random.normal(jax.random.PRNGKey(1), (3, 5))
    t = jnp.array([0, 20, 49])
    x_t = diffusion.q_sample(s, x0, t, noise)
    for prediction in diffusion.PREDICTIONS:
      out = diffusion.target(s, x0, t, noise, prediction)
      x0_hat, eps_hat = diffusion.to_x0_eps(s, x_t, t, out, prediction)
      np.testing.assert_allclose(x0_hat[1:], x0[1:], atol=1e-4)
      np.testing.assert_allclose(eps_hat[:2], noise[:2], atol=1e-4)

  def test_loss_zero_for_perfect_predictor(self):
    s = diffusion.cosine_schedule(50)
    x0 = jax.random.normal(jax.random.PRNGKey(0), (4, 3))
    rng = jax.random.PRNGKey(5)
    t_rng, n_rng = jax.random.split(rng)
    noise = jax.random.normal(n_rng, x0.shape)
    loss = diffusion.loss(lambda x_t, t: noise, s, x0, rng)
    self.assertLess(float(loss), 1e-10)
    self.assertGreater(float(diffusion.loss(lambda x_t, t: 0 * x_t, s, x0, rng)), 0.3)

  def test_correlated_noise_moments(self):
    rng = jax.random.PRNGKey(3)
    np.testing.assert_array_equal(diffusion.draw_noise(rng, (2, 3, 4)),
                                  jax.random.normal(rng, (2, 3, 4)))  # rho = 0: the paper's
    eps = np.asarray(diffusion.draw_noise(rng, (20000, 3, 2), 0.6), np.float64)
    self.assertAlmostEqual(eps.mean(), 0.0, delta=0.01)
    np.testing.assert_allclose(eps.var(axis=0), 1.0, atol=0.03)
    for i, j in ((0, 1), (0, 2), (1, 2)):
      for d in range(2):
        self.assertAlmostEqual(np.corrcoef(eps[:, i, d], eps[:, j, d])[0, 1], 0.6, delta=0.02)
    self.assertAlmostEqual(np.corrcoef(eps[:, 0, 0], eps[:, 1, 1])[0, 1], 0.0, delta=0.03)
    for bad in (-0.1, 1.0):
      with self.assertRaisesRegex(ValueError, r"must be in \[0, 1\)"):
        diffusion.draw_noise(rng, (1, 2), bad)

  def test_loss_trains_on_correlated_noise(self):
    s = diffusion.cosine_schedule(50)
    x0 = jax.random.normal(jax.random.PRNGKey(0), (4, 5, 3))
    rng = jax.random.PRNGKey(5)
    _, n_rng = jax.random.split(rng)
    noise = diffusion.draw_noise(n_rng, x0.shape, 0.5)
    self.assertGreater(float(jnp.abs(noise[:, 0] - noise[:, 1]).max()), 0.1)
    loss = diffusion.loss(lambda x_t, t: noise, s, x0, rng, noise_correlation=0.5)
    self.assertLess(float(loss), 1e-10)
    self.assertGreater(float(diffusion.loss(lambda x_t, t: noise, s, x0, rng)), 0.3)

  @parameterized.parameters("eps", "v")
  def test_min_snr_weights_the_x0_error_by_min_snr_gamma(self, prediction):
    """min_snr: the loss equals mean_b min(SNR_t, gamma) * ||x0 - x0_hat||^2 / D, x0_hat read
    from an arbitrary network output, in float64 numpy; none: the plain MSE."""
    s = diffusion.cosine_schedule(50)
    x0 = np.asarray(jax.random.uniform(jax.random.PRNGKey(0), (64, 2, 3), minval=-1,
                                       maxval=1), np.float64)
    out = np.asarray(jax.random.normal(jax.random.PRNGKey(1), x0.shape), np.float64)
    rng = jax.random.PRNGKey(5)
    t_rng, n_rng = jax.random.split(rng)
    t = np.asarray(jax.random.randint(t_rng, (64,), 0, 50))
    self.assertGreater(len(np.unique(t)), 20)  # many noise levels, low and high SNR
    noise = np.asarray(jax.random.normal(n_rng, x0.shape), np.float64)
    abar = np.asarray(s.alphas_cumprod, np.float64)[t][:, None, None]
    x_t = np.sqrt(abar) * x0 + np.sqrt(1 - abar) * noise
    if prediction == "eps":
      x0_hat = (x_t - np.sqrt(1 - abar) * out) / np.sqrt(abar)
      plain = np.mean((out - noise) ** 2)
    else:
      x0_hat = np.sqrt(abar) * x_t - np.sqrt(1 - abar) * out
      plain = np.mean((out - (np.sqrt(abar) * noise - np.sqrt(1 - abar) * x0)) ** 2)
    snr = abar[:, 0, 0] / (1 - abar[:, 0, 0])
    for gamma in (5.0, 1.0):
      expected = np.mean(np.minimum(snr, gamma) * np.mean((x0 - x0_hat) ** 2, axis=(1, 2)))
      got = diffusion.loss(lambda x, t: jnp.asarray(out, jnp.float32), s,
                           jnp.asarray(x0, jnp.float32), rng, prediction,
                           weighting="min_snr", gamma=gamma)
      np.testing.assert_allclose(float(got), expected, rtol=1e-4)
    got = diffusion.loss(lambda x, t: jnp.asarray(out, jnp.float32), s,
                         jnp.asarray(x0, jnp.float32), rng, prediction)
    np.testing.assert_allclose(float(got), plain, rtol=1e-5)
    with self.assertRaisesRegex(ValueError, "loss weighting"):
      diffusion.loss_weight(s, jnp.asarray(t), prediction, "p2")

  @parameterized.parameters("eps", "v")
  def test_self_conditioned_loss_and_gradient_match_numpy(self, prediction):
    """With self_condition the loss is taken on the network given its own clipped x0
    estimate (on batches whose coin says so; zeros otherwise) and no gradient flows through
    that estimate: loss and gradient against a float64 numpy reference, a toy network
    out = a x_t + b x_self + c t."""
    s = diffusion.cosine_schedule(50)
    x0 = np.asarray(jax.random.uniform(jax.random.PRNGKey(0), (32, 2, 3), minval=-1,
                                       maxval=1), np.float64)
    params = {"a": 0.7, "b": 0.4, "c": 0.01}
    net = lambda p, x, t, x_self: p["a"] * x + p["b"] * x_self + p["c"] * t[:, None, None]
    rngs = {}  # one key per coin outcome
    for seed in range(40):
      rng = jax.random.PRNGKey(seed)
      rngs.setdefault(bool(jax.random.bernoulli(jax.random.fold_in(rng, 1))), rng)
    self.assertLen(rngs, 2)
    for coin, rng in rngs.items():
      t_rng, n_rng = jax.random.split(rng)
      t = np.asarray(jax.random.randint(t_rng, (32,), 0, 50))
      noise = np.asarray(jax.random.normal(n_rng, x0.shape), np.float64)
      abar = np.asarray(s.alphas_cumprod, np.float64)[t][:, None, None]
      x_t = np.sqrt(abar) * x0 + np.sqrt(1 - abar) * noise
      tt = t[:, None, None].astype(np.float64)
      first = params["a"] * x_t + params["c"] * tt  # given zeros
      if prediction == "eps":
        x0_hat = (x_t - np.sqrt(1 - abar) * first) / np.sqrt(abar)
        target = noise
      else:
        x0_hat = np.sqrt(abar) * x_t - np.sqrt(1 - abar) * first
        target = np.sqrt(abar) * noise - np.sqrt(1 - abar) * x0
      given = np.clip(x0_hat, -1, 1) if coin else np.zeros_like(x_t)
      residual = params["a"] * x_t + params["b"] * given + params["c"] * tt - target
      expected = np.mean(residual ** 2)
      expected_grad = {"a": np.mean(2 * residual * x_t), "b": np.mean(2 * residual * given),
                       "c": np.mean(2 * residual * tt)}
      loss, grad = jax.value_and_grad(lambda p: diffusion.loss(
          lambda x, t, x_self: net(p, x, t, x_self), s, jnp.asarray(x0, jnp.float32), rng,
          prediction, self_condition=True))(params)
      np.testing.assert_allclose(float(loss), expected, rtol=1e-4)
      for k in params:
        np.testing.assert_allclose(float(grad[k]), expected_grad[k], rtol=1e-3, atol=1e-6)
      if coin:
        self.assertGreater(np.abs(given).max(), 0.1)

  def test_unknown_prediction(self):
    s = diffusion.cosine_schedule(5)
    with self.assertRaisesRegex(ValueError, "Unknown prediction"):
      diffusion.target(s, jnp.zeros((1,)), jnp.zeros((1,), jnp.int32), jnp.zeros((1,)), "x0")


class OfficialTest(parameterized.TestCase):
  """Against the authors' GaussianDiffusion (tests/data/official/diffusion.npz, [B, C, F, H, W])."""

  def setUp(self):
    super().setUp()
    self.golden = np.load(GOLDEN)

  def assert_matches(self, ours, theirs, name):
    ours, theirs = np.asarray(ours, np.float32), np.asarray(theirs, np.float32)
    self.assertEqual(ours.shape, theirs.shape, name)
    err, scale = float(np.max(np.abs(ours - theirs))), float(np.max(np.abs(theirs)))
    print(f"{name}: max|ours - theirs| = {err:.3g} (max|theirs| = {scale:.3g})")
    self.assertLessEqual(err, RTOL * scale, name)

  def arrays(self, steps):
    g = {k[:-len(f"_{steps}")]: self.golden[k] for k in self.golden.files
         if k.endswith(f"_{steps}")}
    g["t"] = jnp.asarray(g["t"], jnp.int32)
    return g

  @parameterized.parameters(256, 1000)
  def test_betas(self, steps):
    schedule = diffusion.cosine_schedule(steps)
    self.assert_matches(schedule.betas, self.arrays(steps)["betas"], f"betas_{steps}")
    self.assertAlmostEqual(float(schedule.betas[-1]), 0.9999, places=6)  # the official clip

  @parameterized.parameters(256, 1000)
  def test_q_sample(self, steps):
    g = self.arrays(steps)
    xt = diffusion.q_sample(diffusion.cosine_schedule(steps), g["x0"], g["t"], g["noise"])
    self.assert_matches(xt, g["xt"], f"xt_{steps}")

  @parameterized.parameters(256, 1000)
  def test_posterior_mean_and_log_variance(self, steps):
    g = self.arrays(steps)
    mean, logvar = diffusion.p_mean_logvar(diffusion.cosine_schedule(steps), g["xt"], g["t"],
                                           g["eps"], clip=True)
    self.assert_matches(mean, g["mean"], f"mean_{steps}")
    self.assert_matches(logvar, g["logvar"], f"logvar_{steps}")

  @parameterized.parameters(256, 1000)
  def test_ddpm_step_is_the_official_p_sample(self, steps):
    """The sampler's DDPM step: official mean, plus exp(logvar / 2) noise except at t = 0."""
    g = self.arrays(steps)
    schedule = diffusion.cosine_schedule(steps)
    noise = np.random.default_rng(0).standard_normal(g["xt"].shape).astype(np.float32)
    x_prev = sampling.update(schedule, g["xt"], g["t"], g["t"] - 1, g["eps"], noise,
                             sampler="ddpm", prediction="eps", clip=True)
    nonzero = (np.asarray(g["t"]) > 0).reshape(-1, 1, 1, 1, 1)
    expected = g["mean"] + nonzero * np.exp(0.5 * g["logvar"]) * noise
    self.assert_matches(x_prev, expected, f"ddpm_step_{steps}")

  def test_v_prediction_ddpm_step_agrees_with_eps(self):
    """The same network output expressed as v gives the same DDPM step."""
    g = self.arrays(256)
    schedule = diffusion.cosine_schedule(256)
    t = jnp.array([3, 85, 200])  # t = 255 (abar ~ 1e-9) would amplify float32 rounding
    abar = diffusion.expand_to(diffusion.alpha_bar(schedule, t), 5)
    x0 = (g["xt"] - jnp.sqrt(1 - abar) * g["eps"]) / jnp.sqrt(abar)
    v = jnp.sqrt(abar) * g["eps"] - jnp.sqrt(1 - abar) * x0
    noise = jnp.zeros_like(g["xt"])
    kwargs = dict(sampler="ddpm", clip=True)
    by_eps = sampling.update(schedule, g["xt"], t, t - 1, g["eps"], noise, prediction="eps",
                             **kwargs)
    by_v = sampling.update(schedule, g["xt"], t, t - 1, v, noise, prediction="v", **kwargs)
    np.testing.assert_allclose(by_v, by_eps, atol=1e-4)


class SamplerTest(parameterized.TestCase):

  @parameterized.parameters(
      ("ddpm", 0, "eps"), ("ddim", 50, "eps"), ("ddim", 50, "v"), ("ddpm", 0, "v"))
  def test_exact_model_reproduces_data_moments(self, sampler, steps, prediction):
    schedule = diffusion.cosine_schedule(200)
    sample = sampling.create_sampler(exact_model(schedule, prediction), schedule,
                                     sampler=sampler, num_steps=steps, prediction=prediction)
    x = np.asarray(sample(None, jax.random.PRNGKey(0), (4000, 4, 4), progress=False))
    self.assertAlmostEqual(x.mean(), MU, delta=0.01)
    self.assertAlmostEqual(x.std(), SIGMA, delta=0.02)  # seen: 0.192 DDPM, 0.188 DDIM-50

  @parameterized.parameters(("ddpm", 0, "eps"), ("ddim", 50, "v"))
  def test_exact_model_with_correlated_noise(self, sampler, steps, prediction):
    # Data independent across frames, noise correlated (rho 0.7): the sampler must draw its
    # noise as the model was trained, or the frames of a sample come out correlated.
    schedule = diffusion.cosine_schedule(200)
    model = exact_correlated_model(schedule, prediction, 0.7)
    sample = sampling.create_sampler(model, schedule, sampler=sampler, num_steps=steps,
                                     prediction=prediction, noise_correlation=0.7)
    x = np.asarray(sample(None, jax.random.PRNGKey(0), (4000, 4, 4), progress=False))
    self.assertAlmostEqual(x.mean(), MU, delta=0.01)
    self.assertAlmostEqual(x.std(), SIGMA, delta=0.02)
    self.assertLess(abs(np.corrcoef(x[:, 0, 0], x[:, 1, 0])[0, 1]), 0.05)
    wrong = sampling.create_sampler(model, schedule, sampler=sampler, num_steps=steps,
                                    prediction=prediction)  # independent noise
    y = np.asarray(wrong(None, jax.random.PRNGKey(0), (4000, 4, 4), progress=False))
    self.assertLess(np.corrcoef(y[:, 0, 0], y[:, 1, 0])[0, 1], -0.1)

  def test_expand_to(self):
    values = jnp.array([2.0, 3.0])
    expanded = diffusion.expand_to(values, 4)
    self.assertEqual(expanded.shape, (2, 1, 1, 1))
    np.testing.assert_array_equal(expanded * jnp.ones((2, 3, 1, 2)),
                                  np.stack([np.full((3, 1, 2), 2.0), np.full((3, 1, 2), 3.0)]))

  def test_ddim_timesteps(self):
    ts = sampling.timesteps(1000, "ddim", 50)
    self.assertLen(ts, 50)
    self.assertEqual((ts[0], ts[-1]), (999, 0))
    self.assertTrue(np.all(np.diff(ts) < 0))
    np.testing.assert_array_equal(
        sampling.timesteps(diffusion_steps=5, sampler="ddpm", num_steps=0), [4, 3, 2, 1, 0])
    with self.assertRaisesRegex(ValueError, r"DDIM steps must be in \[1, "):
      sampling.timesteps(10, "ddim", 11)


if __name__ == "__main__":
  absltest.main()
