"""Tests for ssm_vdm.diffusion and ssm_vdm.sampling (closed forms for Gaussian data)."""

from absl.testing import absltest
from absl.testing import parameterized
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm import diffusion
from ssm_vdm import sampling

MU, SIGMA = 0.3, 0.2  # data ~ N(MU, SIGMA^2) per element, well inside [-1, 1]


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


class ScheduleTest(absltest.TestCase):

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

  def test_unknown_prediction(self):
    s = diffusion.cosine_schedule(5)
    with self.assertRaisesRegex(ValueError, "Unknown prediction"):
      diffusion.target(s, jnp.zeros((1,)), jnp.zeros((1,), jnp.int32), jnp.zeros((1,)), "x0")


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

  def test_ddim_timesteps(self):
    ts = sampling.timesteps(1000, "ddim", 50)
    self.assertLen(ts, 50)
    self.assertEqual((ts[0], ts[-1]), (999, 0))
    self.assertTrue(np.all(np.diff(ts) < 0))
    np.testing.assert_array_equal(sampling.timesteps(5, "ddpm", 0), [4, 3, 2, 1, 0])
    with self.assertRaisesRegex(ValueError, "sample_steps"):
      sampling.timesteps(10, "ddim", 11)


if __name__ == "__main__":
  absltest.main()
