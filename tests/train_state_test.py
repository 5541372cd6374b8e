"""Tests for ssm_vdm.optimizer and ssm_vdm.ema: the EMA timing and the optimizer of the authors'
Trainer, through the train step."""

import math

from absl.testing import absltest
from absl.testing import parameterized
import chex
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
import optax

from configs import default
from ssm_vdm import diffusion
from ssm_vdm import ema as ema_lib
from ssm_vdm import optimizer as optimizer_lib
from ssm_vdm import train_step


def official_ema(param_history, decay, every, start):
  """The authors' Trainer in plain Python: ema_model starts as a copy of the model; after the
  optimizer update at its 0-based counter s it runs step_ema only when s % every == 0, which
  copies the model while s < start and averages otherwise. Returns the EMA after each step."""
  ema = param_history[0]  # Trainer.__init__: deepcopy + reset_parameters
  out = []
  for s, params in enumerate(param_history[1:]):  # params after the update at step s
    if s % every == 0:
      ema = params if s < start else ema * decay + (1 - decay) * params
    out.append(ema)
  return out


class Tiny(nn.Module):
  """eps(x, t) = x * w + 0.01 t: one parameter vector, compiles in a blink."""

  @nn.compact
  def __call__(self, x, t):
    w = self.param("w", nn.initializers.normal(1.0), (x.shape[-1],))
    return x * w + 0.01 * t[:, None, None, None, None]


def tiny_state(config, model, optimizer):
  params = model.init(jax.random.PRNGKey(0), jnp.zeros((1, 1, 2, 2, 3)), jnp.zeros((1,)))[
      "params"]
  return params, train_step.new_state(params, optimizer, jax.random.PRNGKey(1))


class EmaTest(parameterized.TestCase):

  @parameterized.parameters((3, 7), (4, 8), (1, 0), (5, 0), (10, 20))
  def test_matches_official_trainer(self, every, start):
    decay, num_steps = 0.8, 30
    history = list(np.random.default_rng(every + start).standard_normal((num_steps + 1, 3)))
    expected = official_ema(history, decay, every, start)
    ema = jnp.asarray(history[0], jnp.float32)
    for s in range(num_steps):
      # train.py calls it with the step count after the update, s + 1.
      ema = ema_lib.update(ema, jnp.asarray(history[s + 1], jnp.float32),
                                   jnp.int32(s + 1), decay=decay, every=every, start=start)
      np.testing.assert_allclose(ema, expected[s], rtol=1e-5, atol=1e-6, err_msg=f"s={s}")

  def test_train_step_follows_official_timing(self):
    """Through train_step.create_train_step: the EMA of the real step equals the official loop."""

    config = default.get_config()
    config.ema.decay, config.ema.every, config.ema.start = 0.7, 3, 7
    config.optim.learning_rate, config.optim.warmup_steps = 0.1, 4
    model, schedule = Tiny(), diffusion.cosine_schedule(16)
    optimizer = train_step.create_optimizer(config)
    params, state = tiny_state(config, model, optimizer)
    step = jax.jit(train_step.create_train_step(config, model, schedule, optimizer))
    batch = {"video": jax.random.uniform(jax.random.PRNGKey(2), (2, 2, 2, 2, 3), minval=-1)}
    history, emas, rates = [np.asarray(params["w"])], [], []
    for _ in range(25):
      state, metrics = step(state, batch)
      history.append(np.asarray(state.params["w"]))
      emas.append(np.asarray(state.ema_params["w"]))
      rates.append(float(metrics["lr"]))
    for k in (1, 2, 25):  # parameters move from the first update on
      self.assertFalse(np.allclose(history[k], history[k - 1]), f"update {k}")
    # The logged rate is the one each update applied: 0.1 * min(1, k / 4), k = 1, 2, ...
    np.testing.assert_allclose(rates[:6], [0.025, 0.05, 0.075, 0.1, 0.1, 0.1], rtol=1e-6)
    for s, (ours, theirs) in enumerate(zip(emas, official_ema(history, 0.7, 3, 7))):
      np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6, err_msg=f"s={s}")


class SkipNonFiniteTest(absltest.TestCase):

  def test_skipped_step_changes_nothing_but_the_step(self):
    config = default.get_config()
    config.skip_nonfinite, config.optim.learning_rate = True, 0.1
    model, optimizer = Tiny(), train_step.create_optimizer(config)
    _, state = tiny_state(config, model, optimizer)
    step = jax.jit(train_step.create_train_step(config, model, diffusion.cosine_schedule(16),
                                           optimizer))
    good = jax.random.uniform(jax.random.PRNGKey(2), (2, 2, 2, 2, 3), minval=-1)
    state, _ = step(state, {"video": good})  # moments and EMA no longer at their init
    before = jax.device_get(state)
    after, metrics = step(state, {"video": good.at[1, 0, 0, 0, 0].set(jnp.nan)})
    self.assertFalse(bool(metrics["finite"]))
    after = jax.device_get(after)
    self.assertEqual(int(after.step), int(before.step) + 1)
    for name in ("params", "ema_params", "opt_state", "rng"):
      chex.assert_trees_all_equal(getattr(after, name), getattr(before, name),
                                  custom_message=name)
    # The next good batch trains again, at the rate of the second applied update.
    again, metrics = step(after, {"video": good})
    self.assertTrue(bool(metrics["finite"]))
    self.assertFalse(np.array_equal(again.params["w"], before.params["w"]))
    self.assertEqual(int(optimizer_lib.applied_updates(again.opt_state)), 2)


class OptimizerTest(absltest.TestCase):

  def run_updates(self, optimizer, grads):
    params = jnp.zeros(3)
    state = optimizer.init(params)
    updates = []
    for g in grads:
      u, state = optimizer.update(jnp.asarray(g, jnp.float32), state, params)
      updates.append(np.asarray(u))
    return np.stack(updates)

  def test_paper_settings_are_plain_adam_at_a_constant_rate(self):
    """warmup 0, no clipping: torch.optim.Adam(lr, betas=(0.9, 0.999)), i.e. optax.adam."""
    grads = np.random.default_rng(0).standard_normal((6, 3)) * [[100.0, 1.0, 0.01]]
    ours = self.run_updates(optimizer_lib.create(
        learning_rate=3e-4, warmup_steps=0, b1=0.9, b2=0.999, grad_clip=0.0), grads)
    adam = self.run_updates(optax.adam(3e-4, b1=0.9, b2=0.999, eps=1e-8), grads)
    np.testing.assert_allclose(ours, adam, rtol=1e-6)
    # Constant gradients: Adam moves every coordinate by the full rate from update 0 on.
    const = self.run_updates(optimizer_lib.create(
        learning_rate=3e-4, warmup_steps=0, b1=0.9, b2=0.999, grad_clip=0.0), np.ones((4, 3)))
    np.testing.assert_allclose(const, -3e-4, rtol=1e-4)

  def test_three_updates_against_numpy_adam(self):
    """Warmup, global-norm clipping and lr_mults together, against Adam written out in numpy:
    update k (1-based) moves by lr * min(1, k / warmup) * mult * m_hat / (sqrt(v_hat) + eps)
    after clipping the whole gradient to norm <= clip."""
    lr, warmup, b1, b2, eps, clip = 1e-2, 4, 0.9, 0.99, 1e-8, 1.5
    rules = (("scale/log_dt", 0.1),)
    optimizer = optimizer_lib.create(learning_rate=lr, warmup_steps=warmup, b1=b1,
                                             b2=b2, grad_clip=clip, lr_mults=rules)
    rng = np.random.default_rng(3)
    params = {"scale": {"log_dt": np.zeros(3)}, "w": np.zeros(2)}
    state = optimizer.init(jax.tree.map(jnp.asarray, params))
    m, v = np.zeros(5), np.zeros(5)
    mult = np.array([0.1, 0.1, 0.1, 1.0, 1.0])  # log_dt first, then w
    for k in range(1, 4):
      g = {"scale": {"log_dt": rng.standard_normal(3) * 2}, "w": rng.standard_normal(2)}
      flat = np.concatenate([g["scale"]["log_dt"], g["w"]])
      flat = flat * min(1.0, clip / np.linalg.norm(flat))
      m = b1 * m + (1 - b1) * flat
      v = b2 * v + (1 - b2) * flat**2
      m_hat, v_hat = m / (1 - b1**k), v / (1 - b2**k)
      expected = -lr * min(1.0, k / warmup) * mult * m_hat / (np.sqrt(v_hat) + eps)
      self.assertEqual(int(optimizer_lib.applied_updates(state)), k - 1)
      grads = jax.tree.map(lambda a: jnp.asarray(a, jnp.float32), g)
      updates, state = optimizer.update(grads, state, grads)
      ours = np.concatenate([np.asarray(updates["scale"]["log_dt"]), np.asarray(updates["w"])])
      np.testing.assert_allclose(ours, expected, rtol=2e-5, err_msg=f"update {k}")

  def test_first_update_moves_with_or_without_warmup(self):
    for warmup in (0, 1, 5):
      updates = self.run_updates(optimizer_lib.create(
          learning_rate=1e-3, warmup_steps=warmup, b1=0.9, b2=0.999, grad_clip=0.0),
          np.ones((2, 3)))
      self.assertLess(updates[0, 0], -1e-4 / max(warmup, 1), f"warmup={warmup}")

  def test_returned_schedule_is_the_applied_rate(self):
    # Plain SGD-like check: with b1 = b2 = 0 Adam's direction is sign(g) (|g| >> eps), so the
    # update of a unit gradient is -rate, which must equal the schedule the optimizer returns.
    opt = optimizer_lib.create(learning_rate=0.4, warmup_steps=4, b1=0.0, b2=0.0, grad_clip=0.0)
    updates = self.run_updates(opt, np.ones((4, 3)))
    np.testing.assert_allclose(-updates[:, 0], [opt.schedule(k) for k in range(4)], rtol=1e-5)
    np.testing.assert_allclose([opt.schedule(k) for k in range(5)], [0.1, 0.2, 0.3, 0.4, 0.4])

  def test_cosine_decay_against_closed_form(self):
    """Warmup 3 then a half cosine over 10 updates from 0.4 to 0.04, written out with math:
    the applied rate (b1 = b2 = 0, unit gradients) and the returned schedule both follow it."""
    lr, end, warmup, decay = 0.4, 0.04, 3, 10
    opt = optimizer_lib.create(learning_rate=lr, warmup_steps=warmup, b1=0.0, b2=0.0,
                               grad_clip=0.0, decay_steps=decay, end_learning_rate=end)
    expected = []
    for k in range(1, 17):  # 1-based update index
      if k <= warmup:
        expected.append(lr * k / warmup)
      else:
        p = min(1.0, (k - warmup) / decay)
        expected.append(end + (lr - end) * (1 + math.cos(math.pi * p)) / 2)
    self.assertAlmostEqual(expected[warmup + decay // 2 - 1], (lr + end) / 2)  # half-way
    np.testing.assert_allclose([opt.schedule(k) for k in range(16)], expected, rtol=1e-5)
    updates = self.run_updates(opt, np.ones((16, 3)))
    np.testing.assert_allclose(-updates[:, 0], expected, rtol=1e-5)
    no_warmup = optimizer_lib.create(learning_rate=lr, warmup_steps=0, b1=0.0, b2=0.0,
                                     grad_clip=0.0, decay_steps=4, end_learning_rate=0.0)
    np.testing.assert_allclose([no_warmup.schedule(k) for k in range(6)],
                               [lr * (1 + math.cos(math.pi * k / 4)) / 2 for k in range(1, 5)]
                               + [0.0, 0.0], atol=1e-7)

  def test_warmup_and_decay_do_not_change_the_state_tree(self):
    """Checkpoints restore whether or not warmup or decay is on."""
    make = lambda w, d=0: optimizer_lib.create(
        learning_rate=1e-3, warmup_steps=w, b1=0.9, b2=0.999, grad_clip=0.0, decay_steps=d)
    self.assertEqual(jax.tree.structure(make(0).init(jnp.zeros(2))),
                     jax.tree.structure(make(5).init(jnp.zeros(2))))
    self.assertEqual(jax.tree.structure(make(0).init(jnp.zeros(2))),
                     jax.tree.structure(make(5, 100).init(jnp.zeros(2))))

  def test_grad_clip(self):
    grads = np.array([[100.0, 0, 0], [0, 1.0, 0]])
    clipped = self.run_updates(optimizer_lib.create(
        learning_rate=1.0, warmup_steps=0, b1=0.9, b2=0.999, grad_clip=1.0), grads)
    manual = self.run_updates(optax.adam(1.0), [[1.0, 0, 0], [0, 1.0, 0]])
    np.testing.assert_allclose(clipped, manual, rtol=1e-5)


if __name__ == "__main__":
  absltest.main()
