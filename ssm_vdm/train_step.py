"""The training step and what it is built from: config -> UNet, optimizer, fresh state.

Kept apart from the training loop (`train.py`) so that what compiles a step -- benchmarks,
the converter, a notebook -- needs only JAX, Flax and Optax, not the input pipeline,
TensorFlow or the metric writers.
"""

from typing import Callable

import jax
import jax.numpy as jnp
import ml_collections
import optax

from ssm_vdm import diffusion
from ssm_vdm import ema as ema_lib
from ssm_vdm import optimizer as optimizer_lib
from ssm_vdm import train_state as train_state_lib
from ssm_vdm.models import unet

TrainState = train_state_lib.TrainState


def create_model(config: ml_collections.ConfigDict, temporal: str | None = None) -> unet.UNet:
  """`UNet(**config.model)`, predicting data.channels channels; `temporal` replaces the
  config's temporal layer."""
  return unet.UNet(**{**config.model, "temporal": temporal or config.model.temporal},
                   out_channels=config.data.channels)


def create_optimizer(config: ml_collections.ConfigDict) -> optimizer_lib.Optimizer:
  """`optimizer.create(**config.optim)`: the transformation and its learning-rate schedule."""
  optim = config.optim
  return optimizer_lib.create(
      **{**optim, "lr_mults": tuple(tuple(rule) for rule in optim.lr_mults)})


def init_rngs(rng: jax.Array) -> tuple[jax.Array, jax.Array]:
  """(params_rng, state_rng): the root key's split, for the parameters and the state's key."""
  params_rng, state_rng = jax.random.split(rng)
  return params_rng, state_rng


def create_init_fn(config, model, optimizer) -> Callable[[jax.Array], TrainState]:
  """rng -> fresh TrainState, with the parameters `model.init` gives, bit for bit.

  Only the initializers are computed: the UNet's forward pass is traced on abstract inputs
  and dropped (flax's lazy_init), so a jit of this function does not compile it. Parameters
  depend on neither T nor H, W: the smallest input shape is traced."""

  def init(rng):
    params_rng, state_rng = init_rngs(rng)
    x, t = unet.smallest_input(config.model.width_mults, config.data.channels)
    params = model.lazy_init({"params": params_rng}, x, t)["params"]
    return new_state(params, optimizer, state_rng)

  return init


def new_state(params, optimizer, state_rng: jax.Array, *, ema_params=None,
              step: int = 0) -> TrainState:
  """TrainState at `step` with these parameters (EMA = params unless given), fresh
  optimizer state. state_rng: the second half of the root key's split (create_init_fn)."""
  return TrainState(step=jnp.asarray(step, jnp.int32), params=params,
                    ema_params=params if ema_params is None else ema_params,
                    opt_state=optimizer.init(params), rng=state_rng)


def create_train_step(config, model, schedule, optimizer):
  """(state, batch) -> (state, metrics); batch['video']: [B, T, H, W, C] in [-1, 1]."""

  def train_step(state: TrainState, batch: dict[str, jax.Array]):
    step_rng = jax.random.fold_in(state.rng, state.step)
    diffusion_rng = jax.random.fold_in(step_rng, 0)  # the 'diffusion' stream

    def loss_fn(params):
      model_fn = lambda x, t, *x_self: model.apply({"params": params}, x, t, *x_self)
      return diffusion.loss(model_fn, schedule, batch["video"], diffusion_rng,
                            config.diffusion.prediction, config.diffusion.noise_correlation,
                            config.diffusion.loss_weighting, config.diffusion.min_snr_gamma,
                            self_condition=config.model.self_condition)

    loss, grads = jax.value_and_grad(loss_fn)(state.params)
    lr = optimizer.schedule(optimizer_lib.applied_updates(state.opt_state))  # this update's rate
    grad_norm = optax.tree.norm(grads)
    updates, opt_state = optimizer.update(grads, state.opt_state, state.params)
    params = optax.apply_updates(state.params, updates)
    step = state.step + 1
    ema = ema_lib.update(state.ema_params, params, step, **config.ema)
    new_state = state.replace(step=step, params=params, ema_params=ema, opt_state=opt_state)
    finite = jnp.isfinite(loss) & jnp.isfinite(grad_norm)
    if config.skip_nonfinite:  # keep the old weights, move on to the next batch
      new_state = jax.tree.map(lambda new, old: jnp.where(finite, new, old), new_state, state)
      new_state = new_state.replace(step=step)
    return new_state, {"loss": loss, "grad_norm": grad_norm, "finite": finite, "lr": lr}

  return train_step
