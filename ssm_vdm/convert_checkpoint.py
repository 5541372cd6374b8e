"""An official training checkpoint -> a checkpoint of ours in a workdir.

    python -m ssm_vdm.convert --checkpoint=model-92.pt --config=configs/ucf101.py --workdir=DIR

The official `Trainer.save` writes `{"step", "model", "ema", "scaler"}`, where `model` and
`ema` are `GaussianDiffusion` state dicts: the UNet under `denoise_fn.` (or
`denoise_fn.module.` when trained with DataParallel/DDP) plus the schedule's buffers
(`betas`, `alphas_cumprod`, ...). Both UNets are converted (`model` -> params, `ema` ->
ema_params); the schedule is checked against `config.diffusion.steps`. A `.npz` in the
golden files' layout (`params/<name>` entries, optional `ema/<name>`, optional `step`) needs
no torch. The official checkpoint holds no optimizer state: Adam's moments start from zero.

The model is the config's (`train_step.create_model`): a config whose UNet differs from the
checkpoint's fails with the entries that do not fit, before anything is written.
"""

import os
from typing import Any

from absl import logging
import jax
import ml_collections
import numpy as np

from ssm_vdm import convert
from ssm_vdm import official
from ssm_vdm import train
from ssm_vdm import train_step
from ssm_vdm import workdir_lock

UNET_PREFIXES = ("denoise_fn.module.", "denoise_fn.")


def _load_torch(path: str) -> dict[str, Any]:
  try:
    import torch  # pylint: disable=g-import-not-at-top
  except ImportError as e:
    raise ImportError(f"Reading {path} needs PyTorch: pip install -e '.[convert]' (or convert "
                      "it to .npz where torch is installed).") from e
  blob = torch.load(path, map_location="cpu", weights_only=True)
  as_numpy = lambda sd: {k: v.detach().cpu().numpy() for k, v in sd.items()}
  if isinstance(blob, dict) and "model" in blob:
    return {"model": as_numpy(blob["model"]),
            "ema": as_numpy(blob["ema"]) if "ema" in blob else None,
            "step": int(blob["step"]) if "step" in blob else None}
  return {"model": as_numpy(blob), "ema": None, "step": None}  # a bare state_dict()


def _load_npz(path: str) -> dict[str, Any]:
  with np.load(path) as data:
    part = lambda prefix: {k[len(prefix):]: data[k] for k in data.files
                           if k.startswith(prefix)} or None
    return {"model": part("params/"), "ema": part("ema/"),
            "step": int(data["step"]) if "step" in data.files else None}


def read_official(path: str) -> dict[str, Any]:
  """{"model", "ema" (or None), "step" (or None)}: state dicts as name -> numpy array."""
  if not os.path.exists(path):
    raise FileNotFoundError(f"No official checkpoint at {path}.")
  blob = _load_npz(path) if path.endswith(".npz") else _load_torch(path)
  if not blob["model"]:
    raise official.ConversionError(f"{path} holds no model parameters (expected a 'model' "
                                   "state dict, or params/<name> entries in a .npz).")
  return blob


def split_diffusion(state_dict: dict[str, np.ndarray]) -> tuple[dict, dict]:
  """(UNet entries without their `denoise_fn.` prefix, the GaussianDiffusion buffers)."""
  unet, buffers = {}, {}
  for name, value in state_dict.items():
    prefix = next((p for p in UNET_PREFIXES if name.startswith(p)), None)
    if prefix is None:
      buffers[name] = value
    else:
      unet[name[len(prefix):]] = value
  if not unet:  # a bare Unet3D state dict
    return buffers, {}
  return unet, buffers


def check_schedule(buffers: dict[str, np.ndarray], config: ml_collections.ConfigDict) -> None:
  """The checkpoint's diffusion steps must be the config's (the network saw those t)."""
  if "betas" in buffers and len(buffers["betas"]) != config.diffusion.steps:
    raise official.ConversionError(
        f"The checkpoint was trained with {len(buffers['betas'])} diffusion steps, the config "
        f"has {config.diffusion.steps}; add --config.diffusion.steps={len(buffers['betas'])}.")


def convert_checkpoint(config: ml_collections.ConfigDict, workdir: str, path: str) -> int:
  """Writes workdir/checkpoints/<step> from the official checkpoint at `path`; returns step.

  step = the official step counter + 1 (the official `step` is saved before it is
  incremented, after that step's update), 0 when the file has none.
  """
  blob = read_official(path)
  unet_sd, buffers = split_diffusion(blob["model"])
  check_schedule(buffers, config)
  trainer = train.Trainer(config, workdir)
  # A training run on the same workdir must not see a half-written conversion, nor write
  # next to it: the same lock train_and_evaluate holds.
  with workdir_lock.hold(workdir, jax.process_index(), jax.process_count()):
    if trainer.checkpointer.all_steps():
      raise FileExistsError(
          f"{trainer.checkpointer.directory} already holds checkpoints "
          f"{trainer.checkpointer.all_steps()}; convert into an empty workdir.")
    params = convert.convert_params(unet_sd, trainer.model, config.data.channels)
    ema = params
    if blob["ema"] is not None:
      ema = convert.convert_params(split_diffusion(blob["ema"])[0], trainer.model,
                                   config.data.channels)
    step = 0 if blob["step"] is None else blob["step"] + 1
    # The state key as train_step.create_init_fn derives it, without compiling the model's init.
    state = train_step.new_state(params, trainer.optimizer, jax.random.split(trainer.rng)[1],
                            ema_params=ema, step=step)
    trainer.checkpointer.save(step, state, {"step": step, "data_position": step,
                                            "converted_from": os.path.abspath(path)})
    trainer.checkpointer.wait()
  logging.info("Converted %s (%d official entries%s) to %s at step %d.", path, len(unet_sd),
               ", with EMA" if blob["ema"] is not None else ", no EMA: EMA = weights",
               trainer.checkpointer.step_path(step), step)
  return step
