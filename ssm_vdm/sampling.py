"""Samplers: ancestral DDPM and DDIM, one compiled program, progress over chunks of steps.

Both run over a descending list of timesteps ts[0] > ts[1] > ... with t_prev = ts[i+1] (-1
after the last): DDPM visits every step and samples the posterior q(x_{t-1} | x_t, x0_hat)
exactly as the authors' `p_sample` does (`diffusion.p_mean_logvar`), DDIM takes
`num_steps` of them with the deterministic (eta = 0) or stochastic (eta > 0) update of Song
et al. x0_hat is clipped to [-1, 1] when `clip` is set.
"""

from typing import Any, Callable

import jax
import jax.numpy as jnp
import numpy as np
from tqdm.auto import tqdm

from ssm_vdm import diffusion

Array = jax.Array
ModelFn = Callable[[Any, Array, Array], Array]  # (params, x_t [B,...], t [B] float) -> out
SAMPLERS = ("ddpm", "ddim")


def timesteps(num_train_steps: int, sampler: str, num_steps: int) -> np.ndarray:
  """Descending timesteps to visit: all of them for DDPM, `num_steps` evenly for DDIM."""
  if sampler == "ddpm":
    return np.arange(num_train_steps)[::-1].astype(np.int32)
  if sampler == "ddim":
    if not 1 <= num_steps <= num_train_steps:
      raise ValueError(f"DDIM sample_steps must be in [1, {num_train_steps}], got {num_steps}.")
    ts = np.round(np.linspace(0, num_train_steps - 1, num_steps)).astype(np.int32)
    return np.unique(ts)[::-1].copy()
  raise ValueError(f"Unknown sampler {sampler!r}; use one of {SAMPLERS}.")


def update(schedule: diffusion.Schedule, x_t: Array, t: Array, t_prev: Array,
           model_out: Array, noise: Array, *, sampler: str, prediction: str, clip: bool,
           eta: float = 0.0) -> Array:
  """One reverse step x_t -> x_{t_prev}. t, t_prev: [B] int (t_prev = -1 at the end).

  DDPM is the official `p_sample`: it visits every step (t_prev = t - 1) and draws from
  `diffusion.p_mean_logvar` (the posterior given x0_hat), adding no noise at t = 0.
  """
  if sampler == "ddpm":
    if prediction == "eps":
      mean, logvar = diffusion.p_mean_logvar(schedule, x_t, t, model_out, clip=clip)
    else:
      x0, _ = diffusion.to_x0_eps(schedule, x_t, t, model_out, prediction)
      if clip:
        x0 = jnp.clip(x0, -1.0, 1.0)
      mean, logvar = diffusion.q_posterior(schedule, x0, x_t, t)
    nonzero = diffusion._bcast(t > 0, x_t.ndim)
    return mean + jnp.where(nonzero, jnp.exp(0.5 * logvar), 0.0) * noise
  if sampler == "ddim":
    x0, eps = diffusion.to_x0_eps(schedule, x_t, t, model_out, prediction)
    abar = diffusion._bcast(diffusion.alpha_bar(schedule, t), x_t.ndim)
    abar_prev = diffusion._bcast(diffusion.alpha_bar(schedule, t_prev), x_t.ndim)
    if clip:
      x0 = jnp.clip(x0, -1.0, 1.0)
      eps = (x_t - jnp.sqrt(abar) * x0) / jnp.sqrt(1.0 - abar)
    last = diffusion._bcast(t_prev < 0, x_t.ndim)
    sigma = eta * jnp.sqrt((1.0 - abar_prev) / (1.0 - abar) * (1.0 - abar / abar_prev))
    direction = jnp.sqrt(jnp.maximum(1.0 - abar_prev - sigma ** 2, 0.0)) * eps
    return jnp.where(last, x0, jnp.sqrt(abar_prev) * x0 + direction + sigma * noise)
  raise ValueError(f"Unknown sampler {sampler!r}; use one of {SAMPLERS}.")


def create_sampler(model_fn: ModelFn, schedule: diffusion.Schedule, *, sampler: str = "ddpm",
                   num_steps: int = 0, prediction: str = "eps", clip: bool = True,
                   eta: float = 0.0, chunks: int = 20):
  """Returns sample(params, rng, shape, sharding=None, progress=True) -> [B, ...] in [-1, 1].

  The whole reverse chain is one jitted `lax.fori_loop` over a range of step indices; the
  Python side calls it on `chunks` consecutive ranges to report progress, reusing the same
  compiled program. `sharding`, if given, places the noise (and so the batch) on devices.
  """
  ts = timesteps(schedule.num_steps, sampler, num_steps)
  ts_prev = np.append(ts[1:], -1).astype(np.int32)
  ts, ts_prev = jnp.asarray(ts), jnp.asarray(ts_prev)

  @jax.jit
  def run(params, x, rng, start, stop):
    def body(i, x):
      t = jnp.full((x.shape[0],), ts[i])
      t_prev = jnp.full((x.shape[0],), ts_prev[i])
      out = model_fn(params, x, t.astype(jnp.float32))
      noise = jax.random.normal(jax.random.fold_in(rng, i), x.shape, x.dtype)
      return update(schedule, x, t, t_prev, out, noise, sampler=sampler,
                    prediction=prediction, clip=clip, eta=eta)
    return jax.lax.fori_loop(start, stop, body, x)

  def sample(params, rng, shape, sharding=None, progress=True):
    init_rng, loop_rng = jax.random.split(rng)
    x = jax.random.normal(init_rng, shape, jnp.float32)
    if sharding is not None:
      x = jax.device_put(x, sharding)
    total = int(ts.shape[0])
    bounds = np.unique(np.linspace(0, total, min(chunks, total) + 1).astype(int))
    with tqdm(total=total, desc=f"{sampler} sampling", unit="step",
              disable=not progress or jax.process_index() > 0) as bar:
      for start, stop in zip(bounds[:-1], bounds[1:]):
        x = run(params, x, loop_rng, jnp.int32(start), jnp.int32(stop))
        jax.block_until_ready(x)
        bar.update(int(stop - start))
    return x

  return sample
