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


def learning_rate_schedule(learning_rate: float, warmup_steps: int) -> optax.Schedule:
  """count -> rate of the update that follows `count` applied updates.

  warmup_steps > 0 ramps linearly: update k (1-based, k = count + 1) uses
  learning_rate * min(1, k / warmup_steps), so the first update already moves and update
  `warmup_steps` onwards uses the full rate. warmup_steps = 0 is the paper's constant rate.
  """
  if warmup_steps <= 0:
    return optax.constant_schedule(learning_rate)
  return lambda count: learning_rate * jnp.minimum(1.0, (count + 1) / warmup_steps)


def create_optimizer(*, learning_rate: float, warmup_steps: int, b1: float, b2: float,
                     grad_clip: float, lr_mults: Sequence[tuple[str, float]] = ()):
  """Adam (eps 1e-8, as torch.optim.Adam) with the rate of `learning_rate_schedule`,
  optional global-norm clipping and per-parameter-group learning-rate multipliers.

  grad_clip = 0 turns clipping off (the paper's setting). The state tree is the same with
  and without warmup, so checkpoints restore either way.
  """
  parts = [optax.clip_by_global_norm(grad_clip)] if grad_clip > 0 else []
  parts += [optax.scale_by_adam(b1=b1, b2=b2)]
  if lr_mults:
    parts += [scale_by_path(lr_mults)]
  parts += [optax.scale_by_learning_rate(learning_rate_schedule(learning_rate, warmup_steps))]
  return optax.chain(*parts)


def applied_updates(opt_state: Any) -> jax.Array:
  """Number of updates the optimizer of `create_optimizer` has applied (its schedule's count;
  a skipped non-finite step does not count)."""
  schedule_state = opt_state[-1]
  if not isinstance(schedule_state, optax.ScaleByScheduleState):
    raise TypeError("applied_updates expects the state of train_state.create_optimizer, got "
                    f"{type(schedule_state).__name__} last in the chain.")
  return schedule_state.count


def ema_update(ema: Any, params: Any, step: jax.Array, *, decay: float, every: int,
               start: int) -> Any:
  """The EMA after the update that brought the step count to `step` (>= 1).

  Exactly the official Trainer: with its 0-based counter s = step - 1, the EMA changes only
  when s % every == 0, and then it becomes a copy of params if s < start and
  decay * ema + (1 - decay) * params otherwise.
  """
  s = step - 1
  on = (s % every) == 0
  copy = s < start

  def one(e, p):
    new = jnp.where(copy, p, decay * e + (1.0 - decay) * p)
    return jnp.where(on, new, e).astype(e.dtype)

  return jax.tree.map(one, ema, params)
