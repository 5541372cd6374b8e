"""`--mode=convert` / `python -m ssm_vdm.convert`: official checkpoint -> our workdir.

The official small SSM UNet's golden weights (tests/data/official/unet_ssm_small.npz) are
packed as the authors' Trainer saves them (GaussianDiffusion state dicts under
`denoise_fn.module.`, schedule buffers, `step`, an `ema` copy), converted, restored the way
--mode=sample does, and must give the authors' output.
"""

import os
import sys
import tempfile
import types
from unittest import mock

from absl.testing import absltest
import jax
import jax.numpy as jnp
import numpy as np

from configs import default
from ssm_vdm import convert_checkpoint
from ssm_vdm import official
from ssm_vdm import train
from ssm_vdm import workdir_lock

DATA = os.path.join(os.path.dirname(__file__), "data", "official")
# configs/default.py keys giving the official Unet3D(dim=16, dim_mults=(1,2), attn_heads=2,
# attn_dim_head=8, temporal_arch='bi-s4d', s4d_version=8) of the golden file.
SMALL = ("model.base_width=16,model.width_mults=(1,2),model.num_groups=8,model.time_dim_mult=32,"
         "model.temporal=ssm,model.ssm.d_state=16,model.ssm.mlp_dim=16,model.attn.heads=2,"
         "model.attn.head_dim=8,model.spatial.heads=2,model.spatial.head_dim=32,"
         "data.resolution=16,data.frames=6,diffusion.steps=8,data.batch_size=8,"
         "sample.num=1,sample.sampler=ddim,sample.steps=2")


def golden():
  state, _ = official.load_npz(os.path.join(DATA, "unet_ssm_small.npz"))
  with np.load(os.path.join(DATA, "unet_ssm_small.npz")) as data:
    return state, data["x_f6"], data["t"], data["eps_f6"]


def as_trainer_checkpoint(state, steps=8, prefix="denoise_fn.module."):
  """The official Trainer's layout: GaussianDiffusion state dicts (UNet + buffers)."""
  diffusion = {f"{prefix}{k}": v for k, v in state.items()}
  diffusion["betas"] = np.zeros(steps, np.float32)
  diffusion["alphas_cumprod"] = np.zeros(steps, np.float32)
  return diffusion


class ConvertCheckpointTest(absltest.TestCase):

  def _tempdir(self) -> str:
    tmp = tempfile.TemporaryDirectory()
    self.addCleanup(tmp.cleanup)
    return tmp.name

  def setUp(self):
    super().setUp()
    self.config = default.get_config(SMALL)
    self.workdir = self._tempdir()
    self.state, self.x, self.t, self.eps = golden()

  def _write_npz(self, ema_shift=0.0, steps=8):
    path = os.path.join(self._tempdir(), "official.npz")
    model = as_trainer_checkpoint(self.state, steps)
    ema = {k: v + ema_shift for k, v in model.items()}
    np.savez(path, step=np.int64(41), **{f"params/{k}": v for k, v in model.items()},
             **{f"ema/{k}": v for k, v in ema.items()})
    return path

  def test_npz_converts_and_sample_mode_restores_official_function(self):
    step = convert_checkpoint.convert_checkpoint(self.config, self.workdir, self._write_npz())
    self.assertEqual(step, 42)  # official step 41 was saved after its update: 42 updates
    trainer = train.Trainer(self.config, self.workdir)
    params, restored_step = trainer.restore_params(ema=False)
    self.assertEqual(restored_step, 42)
    eps = trainer.model.apply({"params": params}, jnp.asarray(official.to_ours(self.x)),
                              jnp.asarray(self.t))
    theirs = self.eps
    err = np.abs(official.to_official(np.asarray(eps)) - theirs).max()
    self.assertLessEqual(err, 1e-4 * np.abs(theirs).max())
    videos = trainer.sample(trainer.restore_params(ema=True)[0], restored_step, frames=3)
    self.assertEqual(videos.shape, (1, 3, 16, 16, 3))

  def test_ema_weights_become_ema_params(self):
    convert_checkpoint.convert_checkpoint(self.config, self.workdir,
                                          self._write_npz(ema_shift=0.5))
    trainer = train.Trainer(self.config, self.workdir)
    params, _ = trainer.restore_params(ema=False)
    ema, _ = trainer.restore_params(ema=True)
    np.testing.assert_allclose(ema["init_conv"]["bias"], params["init_conv"]["bias"] + 0.5,
                               rtol=1e-6)

  def test_pt_checkpoint_through_torch_load(self):
    """The .pt branch, with torch.load standing in (torch is an optional extra)."""
    tensor = lambda a: types.SimpleNamespace(
        detach=lambda: types.SimpleNamespace(cpu=lambda: types.SimpleNamespace(
            numpy=lambda: a)))
    model = {k: tensor(v) for k, v in as_trainer_checkpoint(self.state, 8, "denoise_fn.").items()}
    fake_torch = types.SimpleNamespace(
        load=lambda path, map_location, weights_only: {"step": 999, "model": model,
                                                       "ema": model, "scaler": {}})
    path = os.path.join(self._tempdir(), "model-1.pt")
    open(path, "wb").close()
    with mock.patch.dict(sys.modules, {"torch": fake_torch}):
      self.assertEqual(convert_checkpoint.convert_checkpoint(self.config, self.workdir, path),
                       1000)

  def test_pt_without_torch_says_how_to_install(self):
    path = os.path.join(self._tempdir(), "model-1.pt")
    open(path, "wb").close()
    with mock.patch.dict(sys.modules, {"torch": None}):
      with self.assertRaisesRegex(ImportError, r"pip install -e '\.\[convert\]'"):
        convert_checkpoint.read_official(path)

  def test_refusals_write_nothing(self):
    with self.assertRaisesRegex(official.ConversionError, "diffusion.steps=1000"):
      convert_checkpoint.convert_checkpoint(self.config, self.workdir,
                                            self._write_npz(steps=1000))
    wrong = default.get_config(SMALL + ",model.attn.heads=4")  # S4D d_state from attn: mismatch
    with self.assertRaisesRegex(official.ConversionError, "do not fit"):
      convert_checkpoint.convert_checkpoint(wrong, self.workdir, self._write_npz())
    self.assertFalse(os.path.exists(os.path.join(self.workdir, "checkpoints")))
    # A training run holds the workdir: the conversion waits for nothing and writes nothing.
    lock = workdir_lock.WorkdirLock(self.workdir)
    lock.acquire()
    try:
      with self.assertRaises(workdir_lock.WorkdirLockedError):
        convert_checkpoint.convert_checkpoint(self.config, self.workdir, self._write_npz())
    finally:
      lock.release()
    self.assertFalse(os.path.exists(os.path.join(self.workdir, "checkpoints")))

  def test_refuses_a_workdir_with_checkpoints(self):
    path = self._write_npz()
    convert_checkpoint.convert_checkpoint(self.config, self.workdir, path)
    with self.assertRaisesRegex(FileExistsError, "empty workdir"):
      convert_checkpoint.convert_checkpoint(self.config, self.workdir, path)


if __name__ == "__main__":
  absltest.main()
