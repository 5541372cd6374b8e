"""The optimizer: Adam with a warmup schedule, clipping and per-path learning-rate groups."""

import re
from typing import Any, Callable, NamedTuple, Sequence

import jax
import jax.numpy as jnp
import optax


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


class Optimizer(NamedTuple):
  """An optax GradientTransformation (init, update) and the learning-rate schedule it applies
  (count of applied updates -> rate), for logging the rate without deriving it again."""

  init: Callable[..., Any]
  update: Callable[..., Any]
  schedule: optax.Schedule


def create(*, learning_rate: float, warmup_steps: int, b1: float, b2: float,
           grad_clip: float, lr_mults: Sequence[tuple[str, float]] = ()) -> Optimizer:
  """Adam (eps 1e-8, as torch.optim.Adam) with the rate of `learning_rate_schedule`,
  optional global-norm clipping and per-parameter-group learning-rate multipliers. The
  arguments are config.optim's keys: `create(**config.optim)`.

  grad_clip = 0 turns clipping off (the paper's setting). The state tree is the same with
  and without warmup, so checkpoints restore either way.
  """
  schedule = learning_rate_schedule(learning_rate, warmup_steps)
  parts = [optax.clip_by_global_norm(grad_clip)] if grad_clip > 0 else []
  parts += [optax.scale_by_adam(b1=b1, b2=b2)]
  if lr_mults:
    parts += [scale_by_path(lr_mults)]
  parts += [optax.scale_by_learning_rate(schedule)]
  chain = optax.chain(*parts)
  return Optimizer(chain.init, chain.update, schedule)


def applied_updates(opt_state: Any) -> jax.Array:
  """Number of updates the optimizer of `create` has applied (its schedule's count;
  a skipped non-finite step does not count)."""
  schedule_state = opt_state[-1]
  if not isinstance(schedule_state, optax.ScaleByScheduleState):
    raise TypeError("applied_updates expects the state of optimizer.create, got "
                    f"{type(schedule_state).__name__} last in the chain.")
  return schedule_state.count
