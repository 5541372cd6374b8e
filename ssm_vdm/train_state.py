"""The training state: what a step reads and writes, and what a checkpoint holds.

The optimizer is `ssm_vdm.optimizer`, the EMA `ssm_vdm.ema`.
"""

from typing import Any

import flax
import jax


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
