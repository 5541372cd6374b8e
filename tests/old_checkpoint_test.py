"""A checkpoint written before the config tree (tests/data/checkpoint_d9ef448, flat config
keys) restores under today's nested config and training continues from it."""

import os
import shutil
import tempfile

from absl.testing import absltest
import jax
import numpy as np

from configs import default
from ssm_vdm import train

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "checkpoint_d9ef448")


class OldCheckpointTest(absltest.TestCase):

  def test_restores_and_trains_on(self):
    workdir = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, workdir, ignore_errors=True)
    shutil.copytree(os.path.join(DATA, "checkpoints"), os.path.join(workdir, "checkpoints"))
    # The run that wrote it: smoke, batch 8, no samples, 4 steps, a checkpoint every 2.
    config = default.get_config("smoke,data.batch_size=8,sample_every=0,num_train_steps=6,"
                                "checkpoint_every=2,keep_checkpoints=1")
    trainer = train.Trainer(config, workdir)
    state, data_position = trainer.restore_or_init()
    self.assertEqual((int(state.step), data_position), (4, 4))
    self.assertEqual(jax.tree.structure(trainer.abstract_state), jax.tree.structure(state))
    params = jax.device_get(state.params)
    self.assertTrue(all(np.all(np.isfinite(x)) for x in jax.tree.leaves(params)))
    fresh = jax.device_get(trainer._init(trainer.rng).params)  # pylint: disable=protected-access
    self.assertFalse(all(np.array_equal(a, b) for a, b in zip(jax.tree.leaves(fresh),
                                                              jax.tree.leaves(params))))
    final = jax.device_get(train.train_and_evaluate(config, workdir))
    self.assertEqual(int(final.step), 6)
    moved = [np.abs(a - b).max() for a, b in zip(jax.tree.leaves(final.params),
                                                 jax.tree.leaves(params))]
    self.assertGreater(max(moved), 0.0)


if __name__ == "__main__":
  absltest.main()
