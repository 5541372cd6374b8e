"""The optimizer: Adam with warmup and optional cosine decay, clipping and per-path learning-rate
groups."""

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


def learning_rate_schedule(learning_rate: float, warmup_steps: int, decay_steps: int = 0,
                           end_learning_rate: float = 0.0) -> optax.Schedule:
  """count -> rate of the update that follows `count` applied updates.

  warmup_steps > 0 ramps linearly: update k (1-based, k = count + 1) uses
  learning_rate * min(1, k / warmup_steps), so the first update already moves and update
  `warmup_steps` onwards uses the full rate. warmup_steps = 0 is the paper's constant rate.

  decay_steps > 0 (beyond the paper) then lowers the rate along a half cosine, from
  `learning_rate` at update `warmup_steps` to `end_learning_rate` at update
  warmup_steps + decay_steps, and keeps it there: update k uses
  end + (learning_rate - end) * (1 + cos(pi * p)) / 2, p = clip((k - warmup) / decay, 0, 1).
  decay_steps = 0 keeps the rate constant after warmup (the paper).
  """
  if warmup_steps <= 0 and decay_steps <= 0:
    return optax.constant_schedule(learning_rate)

  def schedule(count):
    k = count + 1
    rate = learning_rate
    if warmup_steps > 0:
      rate = rate * jnp.minimum(1.0, k / warmup_steps)
    if decay_steps > 0:
      progress = jnp.clip((k - max(warmup_steps, 0)) / decay_steps, 0.0, 1.0)
      cosine = 0.5 * (1.0 + jnp.cos(jnp.pi * progress))
      rate = rate * (end_learning_rate / learning_rate
                     + (1.0 - end_learning_rate / learning_rate) * cosine)
    return rate

  return schedule


class Optimizer(NamedTuple):
  """An optax GradientTransformation (init, update) and the learning-rate schedule it applies
  (count of applied updates -> rate), for logging the rate without deriving it again."""

  init: Callable[..., Any]
  update: Callable[..., Any]
  schedule: optax.Schedule


def create(*, learning_rate: float, warmup_steps: int, b1: float, b2: float,
           grad_clip: float, lr_mults: Sequence[tuple[str, float]] = (),
           decay_steps: int = 0, end_learning_rate: float = 0.0) -> Optimizer:
  """Adam (eps 1e-8, as torch.optim.Adam) with the rate of `learning_rate_schedule`,
  optional global-norm clipping and per-parameter-group learning-rate multipliers. The
  arguments are config.optim's keys: `create(**config.optim)`.

  grad_clip = 0 turns clipping off (the paper's setting). The state tree is the same with
  and without warmup or decay, so checkpoints restore either way.
  """
  schedule = learning_rate_schedule(learning_rate, warmup_steps, decay_steps,
                                    end_learning_rate)
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
