"""Samplers: ancestral DDPM and DDIM, one compiled program, progress over chunks of steps.

Both run over a descending list of timesteps ts[0] > ts[1] > ... with t_prev = ts[i+1] (-1
after the last): DDPM visits every step and samples the posterior q(x_{t-1} | x_t, x0_hat)
exactly as the authors' `p_sample` does (`diffusion.p_mean_logvar`), DDIM takes
`num_steps` of them with the deterministic (eta = 0) or stochastic (eta > 0) update of Song
et al. x0_hat is clipped to [-1, 1] when `clip` is set.

Conditioning on known first frames x_a (video continuation, Ho et al. 2022, "Video Diffusion
Models", section 3.1): with `known`, every step first overwrites the known frames' latents by
a fresh draw of q(z_a,t | x_a) ("replacement"); with guidance "reconstruction" the unknown
frames' x0_hat^b is also corrected by the gradient of the known frames' reconstruction error,
x0^b <- x0_hat^b - (w_r * alpha_t / 2) * grad_{z_b} ||x_a - x0_hat^a(z_t)||^2 (alpha_t =
sqrt(abar_t)), before the sampler's update. The returned known frames equal x_a exactly.

With `noise_correlation` rho > 0 (a model trained on noise correlated across frames,
`diffusion.draw_noise`) the starting noise and every step's fresh noise are drawn the same
way; the known frames' replacement noise is correlated among those frames, not with the
frames drawn after them.

`temperature` tau (beyond the paper, which samples at tau = 1) scales the starting noise
x_T ~ N(0, tau^2 I) and every step's fresh noise by tau (only x_T for deterministic DDIM): a
lower temperature trades diversity for more typical samples, as in Kingma & Dhariwal's
reduced-temperature sampling (Glow, 2018). The known frames' replacement noise is not
scaled: it is the forward process of the given frames.

With `self_condition` (a network trained with `diffusion.loss`'s self-conditioning, Chen et
al. 2022) each step gives the network the previous step's x0 estimate (after guidance,
clipped to [-1, 1]; zeros at the first step).
"""

from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np
from tqdm.auto import tqdm

from ssm_vdm import diffusion

Array = jax.Array
# (params, x_t [B,...], t [B] float[, x_self [B,...] with self_condition]) -> out
ModelFn = Callable[..., Array]
SAMPLERS = ("ddpm", "ddim")
GUIDANCE = ("replacement", "reconstruction")


def timesteps(diffusion_steps: int, sampler: str, num_steps: int) -> np.ndarray:
  """Descending timesteps to visit among the schedule's `diffusion_steps`: all of them for
  DDPM, `num_steps` evenly spaced for DDIM."""
  if sampler == "ddpm":
    return np.arange(diffusion_steps)[::-1].astype(np.int32)
  if sampler == "ddim":
    if not 1 <= num_steps <= diffusion_steps:
      raise ValueError(f"DDIM steps must be in [1, {diffusion_steps}] (the diffusion steps), got "
                       f"{num_steps}.")
    ts = np.round(np.linspace(0, diffusion_steps - 1, num_steps)).astype(np.int32)
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
    nonzero = diffusion.expand_to(t > 0, x_t.ndim)
    return mean + jnp.where(nonzero, jnp.exp(0.5 * logvar), 0.0) * noise
  if sampler == "ddim":
    x0, eps = diffusion.to_x0_eps(schedule, x_t, t, model_out, prediction)
    abar = diffusion.expand_to(diffusion.alpha_bar(schedule, t), x_t.ndim)
    abar_prev = diffusion.expand_to(diffusion.alpha_bar(schedule, t_prev), x_t.ndim)
    if clip:
      x0 = jnp.clip(x0, -1.0, 1.0)
      eps = (x_t - jnp.sqrt(abar) * x0) / jnp.sqrt(1.0 - abar)
    last = diffusion.expand_to(t_prev < 0, x_t.ndim)
    sigma = eta * jnp.sqrt((1.0 - abar_prev) / (1.0 - abar) * (1.0 - abar / abar_prev))
    direction = jnp.sqrt(jnp.maximum(1.0 - abar_prev - sigma ** 2, 0.0)) * eps
    return jnp.where(last, x0, jnp.sqrt(abar_prev) * x0 + direction + sigma * noise)
  raise ValueError(f"Unknown sampler {sampler!r}; use one of {SAMPLERS}.")


def with_x0_shift(schedule: diffusion.Schedule, x_t: Array, t: Array, model_out: Array,
                  delta: Array, prediction: str) -> Array:
  """The network output whose x0 estimate is x0_hat - delta (same eps/v parametrization), so
  that every sampler update and clip applies to the corrected x0. t: [B] int."""
  abar = diffusion.expand_to(diffusion.alpha_bar(schedule, t), x_t.ndim)
  if prediction == "eps":  # x0 = (x_t - sqrt(1 - abar) eps) / sqrt(abar)
    return model_out + jnp.sqrt(abar / (1.0 - abar)) * delta
  if prediction == "v":  # x0 = sqrt(abar) x_t - sqrt(1 - abar) v
    return model_out + delta / jnp.sqrt(1.0 - abar)
  raise ValueError(f"Unknown prediction {prediction!r}; use one of {diffusion.PREDICTIONS}.")


def reconstruction_guided(model_fn: ModelFn, schedule: diffusion.Schedule, params, x_t: Array,
                          t: Array, known: Array, weight: float, prediction: str) -> Array:
  """Network output at x_t [B, T, ...] with x0_hat of frames k: corrected by reconstruction
  guidance towards the known first frames `known` [B, k, ...]; frames :k are unchanged."""
  k = known.shape[1]

  def error(x):
    out = model_fn(params, x, t.astype(jnp.float32))
    x0, _ = diffusion.to_x0_eps(schedule, x, t, out, prediction)
    return jnp.sum(jnp.square(known - x0[:, :k])), out

  (_, out), grad = jax.value_and_grad(error, has_aux=True)(x_t)
  alpha = jnp.sqrt(diffusion.expand_to(diffusion.alpha_bar(schedule, t), x_t.ndim))
  delta = (0.5 * weight) * alpha * grad.at[:, :k].set(0.0)  # only the unknown frames move
  return with_x0_shift(schedule, x_t, t, out, delta, prediction)


def check_temperature(temperature: float) -> None:
  """Raises ValueError unless the temperature is > 0."""
  if not temperature > 0:
    raise ValueError(f"temperature={temperature} must be > 0 (1 samples as trained; below 1 "
                     "the starting noise is narrower).")


def check_eta(sampler: str, eta: float) -> None:
  """Raises ValueError unless eta >= 0, and 0 for any sampler but DDIM."""
  if eta < 0 or (eta and sampler != "ddim"):
    raise ValueError(f"eta={eta} must be >= 0, and 0 unless the sampler is DDIM (DDPM always "
                     "draws the posterior's noise).")


def check_guidance(guidance: str, guidance_weight: float) -> None:
  """Raises ValueError unless guidance is known and w_r > 0 exactly with "reconstruction"."""
  if guidance not in GUIDANCE:
    raise ValueError(f"Unknown guidance {guidance!r}; use one of {GUIDANCE}.")
  if (guidance == "reconstruction") != (guidance_weight > 0):
    raise ValueError(f"guidance_weight={guidance_weight} must be > 0 with reconstruction "
                     "guidance and 0 with replacement.")


def conditioned_output(model_fn: ModelFn, schedule: diffusion.Schedule, params, x_t: Array,
                       t: Array, known: Array, rng: Array, *, guidance: str,
                       guidance_weight: float, prediction: str,
                       noise_correlation: float = 0.0) -> tuple[Array, Array]:
  """x_t [B, T, ...] with its first k frames replaced by a draw of q(z_a,t | known) (known
  [B, k, ...], noise from rng), and the network output there, reconstruction-guided when
  `guidance` says so. t: [B] int. Returns (x_t, output), both [B, T, ...]."""
  fresh = diffusion.draw_noise(rng, known.shape, noise_correlation, x_t.dtype)
  x_t = x_t.at[:, :known.shape[1]].set(diffusion.q_sample(schedule, known, t, fresh))
  if guidance == "reconstruction":
    return x_t, reconstruction_guided(model_fn, schedule, params, x_t, t, known,
                                      guidance_weight, prediction)
  return x_t, model_fn(params, x_t, t.astype(jnp.float32))


def _reverse_chain(model_fn: ModelFn, schedule: diffusion.Schedule, ts: np.ndarray, *,
                   sampler: str, prediction: str, clip: bool, eta: float, guidance: str,
                   guidance_weight: float, noise_correlation: float,
                   temperature: float = 1.0, self_condition: bool = False):
  """Jitted run(params, x, x_self, rng, start, stop, known=None) -> (x, x_self) after the
  steps ts[start:stop] (ts descending, from `timesteps`). x: [B, ...]; step i draws its
  noise from fold_in(rng, i) and, with `known`, its replacement from
  fold_in(fold_in(rng, i), 1). With `self_condition` the network is given x_self [B, ...]
  (zeros before the first step) and x_self becomes this step's x0 estimate (clipped to
  [-1, 1]); without, x_self is carried unused."""
  ts_prev = jnp.asarray(np.append(ts[1:], -1).astype(np.int32))
  ts = jnp.asarray(ts)

  @jax.jit
  def run(params, x, x_self, rng, start, stop, known=None):
    def body(i, carry):
      x, x_self = carry
      net = model_fn
      if self_condition:
        net = lambda p, x_t, t_float: model_fn(p, x_t, t_float, x_self)
      t = jnp.full((x.shape[0],), ts[i])
      t_prev = jnp.full((x.shape[0],), ts_prev[i])
      if known is None:
        out = net(params, x, t.astype(jnp.float32))
      else:
        x, out = conditioned_output(
            net, schedule, params, x, t, known,
            jax.random.fold_in(jax.random.fold_in(rng, i), 1), guidance=guidance,
            guidance_weight=guidance_weight, prediction=prediction,
            noise_correlation=noise_correlation)
      if self_condition:
        x_self = diffusion.clipped_x0(schedule, x, t, out, prediction)
      noise = diffusion.draw_noise(jax.random.fold_in(rng, i), x.shape, noise_correlation,
                                   x.dtype)
      if temperature != 1.0:
        noise = noise * temperature
      return update(schedule, x, t, t_prev, out, noise, sampler=sampler,
                    prediction=prediction, clip=clip, eta=eta), x_self
    return jax.lax.fori_loop(start, stop, body, (x, x_self))

  return run


def create_sampler(model_fn: ModelFn, schedule: diffusion.Schedule, *, sampler: str = "ddpm",
                   num_steps: int = 0, prediction: str = "eps", clip: bool = True,
                   eta: float = 0.0, chunks: int = 20, guidance: str = "replacement",
                   guidance_weight: float = 0.0, noise_correlation: float = 0.0,
                   temperature: float = 1.0, self_condition: bool = False):
  """Returns sample(params, rng, shape, sharding=None, progress=True, known=None) -> [B, ...]
  in [-1, 1].

  The whole reverse chain is one jitted `lax.fori_loop` over a range of step indices; the
  Python side calls it on `chunks` consecutive ranges to report progress, reusing the same
  compiled program. `sharding`, if given, places the noise (and so the batch, and `known`)
  on devices. `known` [B, k, H, W, C] in [-1, 1], 0 < k < T, conditions the first k frames
  of a [B, T, H, W, C] sample on it (see the module doc): `guidance` "replacement", or
  "reconstruction" with `guidance_weight` w_r > 0 (one extra backward pass per step).
  Without `known` the draws are those of the unconditional sampler. `noise_correlation`:
  the correlation across frames of the noise the model was trained on (module doc).
  `temperature` > 0: the starting and fresh noise's std (module doc; 1 = the paper).
  `eta` >= 0 (DDIM only): 0 deterministic, 1 the DDPM posterior's noise between DDIM's steps.
  `self_condition`: model_fn takes a fourth argument, the previous step's x0 estimate
  (zeros at the first step; a network trained with `diffusion.loss`'s self_condition).
  """
  check_guidance(guidance, guidance_weight)
  check_temperature(temperature)
  check_eta(sampler, eta)
  ts = timesteps(schedule.num_steps, sampler, num_steps)
  run = _reverse_chain(model_fn, schedule, ts, sampler=sampler, prediction=prediction,
                       clip=clip, eta=eta, guidance=guidance, guidance_weight=guidance_weight,
                       noise_correlation=noise_correlation, temperature=temperature,
                       self_condition=self_condition)
  total = len(ts)
  bounds = np.unique(np.linspace(0, total, min(chunks, total) + 1).astype(int))

  def sample(params, rng, shape, sharding=None, progress=True, known=None):
    if known is not None:
      known = check_known(known, shape)
    init_rng, loop_rng = jax.random.split(rng)
    x = diffusion.draw_noise(init_rng, shape, noise_correlation)
    if temperature != 1.0:
      x = x * temperature
    x_self = jnp.zeros_like(x) if self_condition else jnp.zeros((), x.dtype)
    if sharding is not None:
      x = jax.device_put(x, sharding)
      x_self = jax.device_put(x_self, sharding) if self_condition else x_self
      known = None if known is None else jax.device_put(known, sharding)
    with tqdm(total=total, desc=f"{sampler} sampling", unit="step",
              disable=not progress or jax.process_index() > 0) as bar:
      for start, stop in zip(bounds[:-1], bounds[1:]):
        x, x_self = run(params, x, x_self, loop_rng, jnp.int32(start), jnp.int32(stop),
                        known)
        jax.block_until_ready(x)
        bar.update(int(stop - start))
    return x if known is None else x.at[:, :known.shape[1]].set(known)

  return sample


def check_known(known, shape) -> Array:
  """`known` as float32, after checking it fits a sample of `shape` [B, T, H, W, C]."""
  kshape = tuple(np.shape(known))
  if (len(kshape) != len(shape) or kshape[0] != shape[0] or kshape[2:] != tuple(shape[2:])
      or not 0 < kshape[1] < shape[1]):
    raise ValueError(f"known frames of shape {kshape} do not fit samples of shape "
                     f"{tuple(shape)}: they need the same batch and frame size and 0 < k < "
                     f"{shape[1]} frames (the first k frames of each video).")
  return jnp.asarray(known, jnp.float32)
