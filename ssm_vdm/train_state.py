"""Training state and optimizer."""

import re
from typing import Any, Sequence

import flax
import jax
import jax.numpy as jnp
import optax


@flax.struct.dataclass
class TrainState:
  """Everything a step reads and writes; a checkpoint is exactly this tree.

  step: scalar int32, number of updates applied.
  params / ema_params: UNet parameters and their exponential moving average.
  opt_state: optax state.
  rng: root PRNG key (uint32[2]); each step folds in `step`.
  """

  step: jax.Array
  params: Any
  ema_params: Any
  opt_state: Any
  rng: jax.Array


def path_multipliers(params: Any, rules: Sequence[tuple[str, float]]) -> Any:
  """Tree of per-parameter multipliers: the first regex in `rules` that matches the
  parameter's '/'-joined path (e.g. 'down0_temporal/ssm_fwd/S4D_0/log_dt') wins; 1.0 else."""
  compiled = [(re.compile(pattern), float(mult)) for pattern, mult in rules]

  def mult(path, _):
    name = "/".join(str(getattr(k, "key", k)) for k in path)
    return next((m for pattern, m in compiled if pattern.search(name)), 1.0)

  return jax.tree_util.tree_map_with_path(mult, params)


def scale_by_path(rules: Sequence[tuple[str, float]]) -> optax.GradientTransformation:
  """Multiplies each update by its path multiplier (learning-rate groups, one optimizer)."""

  def init(params):
    del params
    return optax.EmptyState()

  def update(updates, state, params=None):
    del params
    mults = path_multipliers(updates, rules)
    return jax.tree.map(lambda u, m: u * m, updates, mults), state

  return optax.GradientTransformation(init, update)


def create_optimizer(*, learning_rate: float, warmup_steps: int, b1: float, b2: float,
                     grad_clip: float, lr_mults: Sequence[tuple[str, float]] = ()):
  """Adam with linear warmup to a constant rate, optional global-norm clipping and
  per-parameter-group learning-rate multipliers."""
  schedule = optax.linear_schedule(0.0, learning_rate, max(warmup_steps, 1))
  parts = [optax.clip_by_global_norm(grad_clip)] if grad_clip > 0 else []
  parts += [optax.scale_by_adam(b1=b1, b2=b2)]
  if lr_mults:
    parts += [scale_by_path(lr_mults)]
  parts += [optax.scale_by_learning_rate(schedule)]
  return optax.chain(*parts)


def ema_update(ema: Any, params: Any, step: jax.Array, *, decay: float, every: int,
               start: int) -> Any:
  """EMA after `step` updates: copies params before `start`, then every `every` steps
  ema <- decay * ema + (1 - decay) * params, otherwise unchanged."""
  copy = step < start
  update = (step % every) == 0

  def one(e, p):
    averaged = decay * e + (1.0 - decay) * p
    return jnp.where(copy, p, jnp.where(update, averaged, e))

  return jax.tree.map(one, ema, params)
