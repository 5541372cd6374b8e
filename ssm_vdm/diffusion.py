"""Gaussian diffusion: cosine schedule, forward noising, posterior, training loss. Pure functions.

Timesteps are integers t in [0, num_steps); x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps.
The network sees t as a float and predicts eps (default) or v = sqrt(abar) eps -
sqrt(1 - abar) x_0.

The schedule and the reverse-step posterior follow the authors' `GaussianDiffusion`
(video_diffusion_pytorch): betas clipped at 0.9999, every per-step coefficient computed in
float64 and stored in float32, x0 = sqrt(1/abar) x_t - sqrt(1/abar - 1) eps, and the
posterior log-variance clipped at log(1e-20) (the posterior variance is 0 at t = 0).

Beyond the paper, the noise eps may be correlated across frames (`draw_noise`, a mixed noise
prior as in Ge et al. 2023, "Preserve Your Own Correlation"): each frame's noise is
sqrt(rho) s + sqrt(1 - rho) e_t with s shared by all frames of a video, so every pixel's
noise is still N(0, 1) and any two frames' noise has correlation rho. rho = 0 (the paper)
draws exactly what jax.random.normal draws.

Also beyond the paper, self-conditioning (Chen et al. 2022, "Analog Bits", `loss`'s
`self_condition`): on half of the training batches (one coin per batch) the network first
estimates x0 without it, and the loss is taken on a second call given that estimate
(clipped to [-1, 1], no gradient through it); on the other half it is given zeros. The
samplers then give each step the previous step's estimate (`sampling`).
"""

from typing import Callable

import flax
import jax
import jax.numpy as jnp
import numpy as np

Array = jax.Array
PREDICTIONS = ("eps", "v")
LOSS_WEIGHTINGS = ("none", "min_snr")
MAX_BETA = 0.9999  # the official cosine_beta_schedule's clip


@flax.struct.dataclass
class Schedule:
  """Per-step coefficients, each [num_steps] float32 (computed in float64).

  betas, alphas_cumprod: beta_t and abar_t = prod_{s<=t} (1 - beta_s).
  sqrt_alphas_cumprod, sqrt_one_minus_alphas_cumprod: sqrt(abar_t), sqrt(1 - abar_t).
  sqrt_recip_alphas_cumprod, sqrt_recipm1_alphas_cumprod: sqrt(1/abar_t), sqrt(1/abar_t - 1),
    which turn (x_t, eps) into x0.
  posterior_mean_coef1, posterior_mean_coef2: mean of q(x_{t-1} | x_t, x_0) is
    coef1 x_0 + coef2 x_t.
  posterior_log_variance_clipped: log(max(beta_t (1 - abar_{t-1}) / (1 - abar_t), 1e-20)).
  """

  betas: Array
  alphas_cumprod: Array
  sqrt_alphas_cumprod: Array
  sqrt_one_minus_alphas_cumprod: Array
  sqrt_recip_alphas_cumprod: Array
  sqrt_recipm1_alphas_cumprod: Array
  posterior_mean_coef1: Array
  posterior_mean_coef2: Array
  posterior_log_variance_clipped: Array

  @property
  def num_steps(self) -> int:
    return self.betas.shape[0]


def schedule_from_betas(betas: np.ndarray) -> Schedule:
  """Every coefficient from betas [num_steps], in float64, stored as float32."""
  betas = np.asarray(betas, np.float64)
  alphas = 1.0 - betas
  abar = np.cumprod(alphas)
  abar_prev = np.concatenate([[1.0], abar[:-1]])
  posterior_variance = betas * (1.0 - abar_prev) / (1.0 - abar)
  tables = dict(
      betas=betas,
      alphas_cumprod=abar,
      sqrt_alphas_cumprod=np.sqrt(abar),
      sqrt_one_minus_alphas_cumprod=np.sqrt(1.0 - abar),
      sqrt_recip_alphas_cumprod=np.sqrt(1.0 / abar),
      sqrt_recipm1_alphas_cumprod=np.sqrt(1.0 / abar - 1.0),
      posterior_mean_coef1=betas * np.sqrt(abar_prev) / (1.0 - abar),
      posterior_mean_coef2=(1.0 - abar_prev) * np.sqrt(alphas) / (1.0 - abar),
      posterior_log_variance_clipped=np.log(np.maximum(posterior_variance, 1e-20)))
  return Schedule(**{k: jnp.asarray(v, jnp.float32) for k, v in tables.items()})


def cosine_schedule(num_steps: int, s: float = 0.008, max_beta: float = MAX_BETA) -> Schedule:
  """Nichol & Dhariwal's cosine schedule, betas clipped to [0, max_beta] as the official
  `cosine_beta_schedule` does (0.9999)."""
  if num_steps < 1:
    raise ValueError(f"num_steps must be >= 1, got {num_steps}.")
  x = np.linspace(0.0, num_steps, num_steps + 1, dtype=np.float64)
  f = np.cos((x / num_steps + s) / (1 + s) * np.pi / 2) ** 2
  abar = f / f[0]
  return schedule_from_betas(np.clip(1.0 - abar[1:] / abar[:-1], 0.0, max_beta))


def expand_to(values: Array, ndim: int) -> Array:
  """Per-example values [B] as [B, 1, ..., 1] with `ndim` dimensions in total, to scale
  [B, ...] arrays of that rank example by example."""
  return values.reshape(values.shape + (1,) * (ndim - values.ndim))


def _take(table: Array, t: Array, ndim: int) -> Array:
  """table[t] for t: [B] int, as [B, 1, ..., 1] with `ndim` dimensions."""
  return expand_to(table[t], ndim)


def alpha_bar(schedule: Schedule, t: Array) -> Array:
  """abar_t for integer t; t = -1 means "before the first step" (abar = 1). [B] -> [B]."""
  return jnp.where(t >= 0, schedule.alphas_cumprod[jnp.maximum(t, 0)], 1.0)


def draw_noise(rng: Array, shape: tuple[int, ...], correlation: float = 0.0,
               dtype=jnp.float32) -> Array:
  """Standard normal noise of `shape` [B, T, ...], correlated across frames (axis 1).

  correlation rho in [0, 1): eps[:, t] = sqrt(rho) s + sqrt(1 - rho) e[:, t] with s
  [B, 1, ...] drawn from fold_in(rng, 1) and e from rng, so rho = 0 returns exactly
  jax.random.normal(rng, shape).
  """
  if not 0.0 <= correlation < 1.0:
    raise ValueError(f"noise correlation {correlation} must be in [0, 1).")
  frames = jax.random.normal(rng, shape, dtype)
  if correlation == 0.0:
    return frames
  shared = jax.random.normal(jax.random.fold_in(rng, 1), (shape[0], 1, *shape[2:]), dtype)
  # Python floats: the draw keeps `dtype`
  return correlation ** 0.5 * shared + (1.0 - correlation) ** 0.5 * frames


def q_sample(schedule: Schedule, x0: Array, t: Array, noise: Array) -> Array:
  """Samples x_t ~ q(x_t | x_0). x0, noise: [B, ...], t: [B] int in [0, num_steps)."""
  return (_take(schedule.sqrt_alphas_cumprod, t, x0.ndim) * x0
          + _take(schedule.sqrt_one_minus_alphas_cumprod, t, x0.ndim) * noise)


def target(schedule: Schedule, x0: Array, t: Array, noise: Array, prediction: str) -> Array:
  """What the network is trained to output: eps, or v."""
  if prediction == "eps":
    return noise
  if prediction == "v":
    abar = expand_to(alpha_bar(schedule, t), x0.ndim)
    return jnp.sqrt(abar) * noise - jnp.sqrt(1.0 - abar) * x0
  raise ValueError(f"Unknown prediction {prediction!r}; use one of {PREDICTIONS}.")


def to_x0_eps(schedule: Schedule, x_t: Array, t: Array, model_out: Array,
              prediction: str) -> tuple[Array, Array]:
  """Converts a network output at (x_t, t) to estimates of (x_0, eps)."""
  abar = expand_to(alpha_bar(schedule, t), x_t.ndim)
  if prediction == "eps":
    eps = model_out
    x0 = (x_t - jnp.sqrt(1.0 - abar) * eps) / jnp.sqrt(abar)
  elif prediction == "v":
    x0 = jnp.sqrt(abar) * x_t - jnp.sqrt(1.0 - abar) * model_out
    eps = jnp.sqrt(1.0 - abar) * x_t + jnp.sqrt(abar) * model_out
  else:
    raise ValueError(f"Unknown prediction {prediction!r}; use one of {PREDICTIONS}.")
  return x0, eps


def predict_x0(schedule: Schedule, x_t: Array, t: Array, eps: Array) -> Array:
  """x0 from (x_t, eps) at t: sqrt(1/abar) x_t - sqrt(1/abar - 1) eps (the official
  `predict_start_from_noise`). t: [B] int in [0, num_steps)."""
  return (_take(schedule.sqrt_recip_alphas_cumprod, t, x_t.ndim) * x_t
          - _take(schedule.sqrt_recipm1_alphas_cumprod, t, x_t.ndim) * eps)


def q_posterior(schedule: Schedule, x0: Array, x_t: Array, t: Array) -> tuple[Array, Array]:
  """Mean and log-variance of q(x_{t-1} | x_t, x0). t: [B] int in [0, num_steps).

  Returns mean [B, ...] and log-variance [B, 1, ..., 1] (clipped at log 1e-20).
  """
  mean = (_take(schedule.posterior_mean_coef1, t, x_t.ndim) * x0
          + _take(schedule.posterior_mean_coef2, t, x_t.ndim) * x_t)
  return mean, _take(schedule.posterior_log_variance_clipped, t, x_t.ndim)


def p_mean_logvar(schedule: Schedule, x_t: Array, t: Array, eps: Array,
                  clip: bool = True) -> tuple[Array, Array]:
  """Mean and log-variance of the reverse step p(x_{t-1} | x_t) given a noise guess `eps`:
  the posterior q(x_{t-1} | x_t, x0_hat) with x0_hat clipped to [-1, 1] when `clip` (the
  official `p_mean_variance` with clip_denoised=True)."""
  x0 = predict_x0(schedule, x_t, t, eps)
  if clip:
    x0 = jnp.clip(x0, -1.0, 1.0)
  return q_posterior(schedule, x0, x_t, t)


def loss_weight(schedule: Schedule, t: Array, prediction: str, weighting: str = "none",
                gamma: float = 5.0) -> Array:
  """[B] weight of each example's MSE at timesteps t [B] int. none: 1 (the paper's simple
  loss). min_snr (Hang et al. 2023): the squared x0 error weighted by min(SNR_t, gamma),
  SNR_t = abar_t / (1 - abar_t). The squared x0 error is the eps error's / SNR_t and the v
  error's / (SNR_t + 1), so the weight on the network's MSE is min(SNR_t, gamma) / SNR_t
  (= min(1, gamma / SNR_t)) for eps and min(SNR_t, gamma) / (SNR_t + 1) for v."""
  if weighting == "none":
    return jnp.ones(t.shape, jnp.float32)
  if weighting != "min_snr":
    raise ValueError(f"Unknown loss weighting {weighting!r}; use one of {LOSS_WEIGHTINGS}.")
  abar = alpha_bar(schedule, t)
  snr = abar / (1.0 - abar)
  if prediction == "eps":  # written so that SNR_t = 0 gives 1, not 0 / 0
    return jnp.minimum(1.0, gamma / snr)
  if prediction == "v":
    return jnp.minimum(snr, gamma) / (snr + 1.0)
  raise ValueError(f"Unknown prediction {prediction!r}; use one of {PREDICTIONS}.")


def clipped_x0(schedule: Schedule, x_t: Array, t: Array, model_out: Array,
               prediction: str) -> Array:
  """The x0 estimate of a network output at (x_t, t), clipped to [-1, 1]: what a
  self-conditioned network is given, in training (`self_condition_input`) and by the
  samplers. t: [B] int."""
  return jnp.clip(to_x0_eps(schedule, x_t, t, model_out, prediction)[0], -1.0, 1.0)


def self_condition_input(model_fn: Callable[..., Array], schedule: Schedule, x_t: Array,
                         t: Array, prediction: str, use: Array) -> Array:
  """What a self-conditioned network is given in training: when `use` (a scalar bool), its
  own x0 estimate at (x_t, t) given zeros, clipped to [-1, 1], without gradient; otherwise
  zeros. Only the chosen branch runs (`lax.cond`). x_t: [B, ...], t: [B] int."""
  def estimate(_):
    first = model_fn(x_t, t.astype(jnp.float32), jnp.zeros_like(x_t))
    return jax.lax.stop_gradient(clipped_x0(schedule, x_t, t, first, prediction))
  return jax.lax.cond(use, estimate, lambda _: jnp.zeros_like(x_t), None)


def loss(model_fn: Callable[..., Array], schedule: Schedule, x0: Array,
         rng: Array, prediction: str = "eps", noise_correlation: float = 0.0,
         weighting: str = "none", gamma: float = 5.0, self_condition: bool = False) -> Array:
  """MSE diffusion loss, averaged over the batch: the simple (unweighted) loss of the paper,
  or each example's MSE times `loss_weight` (weighting "min_snr", gamma).

  Args:
    model_fn: (x_t [B, T, H, W, C], t [B] float) -> prediction [B, T, H, W, C]; with
      self_condition (x_t, t, x_self [B, T, H, W, C]) -> prediction.
    schedule: the noise schedule.
    x0: [B, T, H, W, C] clean videos in [-1, 1].
    rng: key for timesteps and noise.
    prediction: "eps" or "v".
    noise_correlation: correlation of the noise across frames (`draw_noise`; 0 = the paper).
    weighting, gamma: `loss_weight`'s ("none" = the paper).
    self_condition: train a self-conditioned network (module doc): a coin drawn from
      fold_in(rng, 1) picks `self_condition_input`'s estimate or zeros for the batch.

  Returns:
    Scalar float32 loss.
  """
  t_rng, noise_rng = jax.random.split(rng)
  t = jax.random.randint(t_rng, (x0.shape[0],), 0, schedule.num_steps)
  eps = draw_noise(noise_rng, x0.shape, noise_correlation)
  x_t = q_sample(schedule, x0.astype(jnp.float32), t, eps)
  if self_condition:
    use = jax.random.bernoulli(jax.random.fold_in(rng, 1))
    x_self = self_condition_input(model_fn, schedule, x_t, t, prediction, use)
    out = model_fn(x_t, t.astype(jnp.float32), x_self)
  else:
    out = model_fn(x_t, t.astype(jnp.float32))
  error = jnp.square(out - target(schedule, x0, t, eps, prediction))
  if weighting == "none":  # the paper's loss, computed as before
    return jnp.mean(error)
  per_example = jnp.mean(error.reshape(error.shape[0], -1), axis=1)
  return jnp.mean(loss_weight(schedule, t, prediction, weighting, gamma) * per_example)
