"""Gaussian diffusion: cosine schedule, forward noising, training loss. Pure functions.

Timesteps are integers t in [0, num_steps); x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps.
The network sees t as a float and predicts eps (default) or v = sqrt(abar) eps -
sqrt(1 - abar) x_0.
"""

from typing import Callable

import flax
import jax
import jax.numpy as jnp
import numpy as np

Array = jax.Array
PREDICTIONS = ("eps", "v")


@flax.struct.dataclass
class Schedule:
  """Per-step coefficients, each [num_steps] float32."""

  betas: Array
  alphas_cumprod: Array

  @property
  def num_steps(self) -> int:
    return self.betas.shape[0]


def cosine_schedule(num_steps: int, s: float = 0.008, max_beta: float = 0.999) -> Schedule:
  """Nichol & Dhariwal's cosine schedule, computed in float64, stored in float32."""
  if num_steps < 1:
    raise ValueError(f"num_steps must be >= 1, got {num_steps}.")
  x = np.linspace(0.0, num_steps, num_steps + 1, dtype=np.float64)
  f = np.cos((x / num_steps + s) / (1 + s) * np.pi / 2) ** 2
  abar = f / f[0]
  betas = np.clip(1.0 - abar[1:] / abar[:-1], 0.0, max_beta)
  return Schedule(betas=jnp.asarray(betas, jnp.float32),
                  alphas_cumprod=jnp.asarray(np.cumprod(1.0 - betas), jnp.float32))


def _bcast(values: Array, ndim: int) -> Array:
  """[B] -> [B, 1, ..., 1] with `ndim` dimensions in total."""
  return values.reshape(values.shape + (1,) * (ndim - values.ndim))


def alpha_bar(schedule: Schedule, t: Array) -> Array:
  """abar_t for integer t; t = -1 means "before the first step" (abar = 1). [B] -> [B]."""
  return jnp.where(t >= 0, schedule.alphas_cumprod[jnp.maximum(t, 0)], 1.0)


def q_sample(schedule: Schedule, x0: Array, t: Array, noise: Array) -> Array:
  """Samples x_t ~ q(x_t | x_0). x0, noise: [B, ...], t: [B] int."""
  abar = _bcast(alpha_bar(schedule, t), x0.ndim)
  return jnp.sqrt(abar) * x0 + jnp.sqrt(1.0 - abar) * noise


def target(schedule: Schedule, x0: Array, t: Array, noise: Array, prediction: str) -> Array:
  """What the network is trained to output: eps, or v."""
  if prediction == "eps":
    return noise
  if prediction == "v":
    abar = _bcast(alpha_bar(schedule, t), x0.ndim)
    return jnp.sqrt(abar) * noise - jnp.sqrt(1.0 - abar) * x0
  raise ValueError(f"Unknown prediction {prediction!r}; use one of {PREDICTIONS}.")


def to_x0_eps(schedule: Schedule, x_t: Array, t: Array, model_out: Array,
              prediction: str) -> tuple[Array, Array]:
  """Converts a network output at (x_t, t) to estimates of (x_0, eps)."""
  abar = _bcast(alpha_bar(schedule, t), x_t.ndim)
  if prediction == "eps":
    eps = model_out
    x0 = (x_t - jnp.sqrt(1.0 - abar) * eps) / jnp.sqrt(abar)
  elif prediction == "v":
    x0 = jnp.sqrt(abar) * x_t - jnp.sqrt(1.0 - abar) * model_out
    eps = jnp.sqrt(1.0 - abar) * x_t + jnp.sqrt(abar) * model_out
  else:
    raise ValueError(f"Unknown prediction {prediction!r}; use one of {PREDICTIONS}.")
  return x0, eps


def loss(model_fn: Callable[[Array, Array], Array], schedule: Schedule, x0: Array,
         rng: Array, prediction: str = "eps") -> Array:
  """Simple (unweighted) MSE diffusion loss, averaged over the batch.

  Args:
    model_fn: (x_t [B, T, H, W, C], t [B] float) -> prediction [B, T, H, W, C].
    schedule: the noise schedule.
    x0: [B, T, H, W, C] clean videos in [-1, 1].
    rng: key for timesteps and noise.
    prediction: "eps" or "v".

  Returns:
    Scalar float32 loss.
  """
  t_rng, noise_rng = jax.random.split(rng)
  t = jax.random.randint(t_rng, (x0.shape[0],), 0, schedule.num_steps)
  noise = jax.random.normal(noise_rng, x0.shape, jnp.float32)
  x_t = q_sample(schedule, x0.astype(jnp.float32), t, noise)
  out = model_fn(x_t, t.astype(jnp.float32))
  return jnp.mean(jnp.square(out - target(schedule, x0, t, noise, prediction)))
