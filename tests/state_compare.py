"""Comparing two TrainStates computed under different device layouts (tests' helper).

Gradients differ by float32 round-off when reductions run in another order. Adam's moments
are smooth in the gradients and so equal to that round-off, but its weight update
m_hat / (sqrt(v_hat) + eps) is not: a gradient entry that is itself round-off-sized moves
its weight by up to the full learning rate, with either sign. Such entries are rare; a real
layout bug (an unreduced, double-counted or misassembled gradient) moves most weights.
"""

import chex
import jax
import numpy as np


def adam_state(opt_state):
  """The ScaleByAdamState inside a optimizer.create state."""
  return next(s for s in opt_state if hasattr(s, "nu"))


def assert_states_close(actual, expected, *, max_moved_fraction: float = 1e-3) -> None:
  """Same step, key and update count; Adam moments to round-off; parameters and EMA equal to
  1e-6 on all but `max_moved_fraction` of their entries."""
  np.testing.assert_array_equal(actual.step, expected.step)
  np.testing.assert_array_equal(actual.rng, expected.rng)
  adam_a, adam_e = adam_state(actual.opt_state), adam_state(expected.opt_state)
  np.testing.assert_array_equal(adam_a.count, adam_e.count)
  chex.assert_trees_all_close(adam_a.mu, adam_e.mu, rtol=1e-4, atol=1e-6)
  chex.assert_trees_all_close(adam_a.nu, adam_e.nu, rtol=1e-2, atol=1e-12)
  for name in ("params", "ema_params"):
    diffs = np.concatenate([np.abs(np.asarray(a) - np.asarray(e)).ravel() for a, e in zip(
        jax.tree.leaves(getattr(actual, name)), jax.tree.leaves(getattr(expected, name)))])
    moved = float(np.mean(diffs > 1e-6))
    if moved >= max_moved_fraction:
      raise AssertionError(f"{name}: {moved:.2%} of the entries differ by more than 1e-6 "
                           f"(largest {diffs.max():.3g}); round-off moves under "
                           f"{max_moved_fraction:.1%}.")
