"""The exponential moving average of the parameters, updated as the authors' Trainer does."""

from typing import Any

import jax
import jax.numpy as jnp


def update(ema: Any, params: Any, step: jax.Array, *, decay: float, every: int,
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
