r"""Training loss at initialization vs number of frames (the authors report ~1.23 at every T).

    .venv/bin/python benchmarks/init_loss.py --config=configs/ucf101.py --frames=16,150 \
        --out=benchmarks/results

For each T: a freshly initialized UNet of the config (seed 0), the training loss (MSE of the
predicted noise, timesteps uniform) on built-in synthetic videos, forward only. The timesteps
are stratified over [0, diffusion_steps) (one per batch element, `--batch` of them, a
different offset per batch) so the mean is not at the mercy of a few draws. Writes
init_loss.json and init_loss.md into --out.
"""

import argparse
import importlib.util
import json
import os
import pathlib
import platform
import sys
import time

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # pylint: disable=g-import-not-at-top
import jax.numpy as jnp  # pylint: disable=g-import-not-at-top
import numpy as np  # pylint: disable=g-import-not-at-top

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from ssm_vdm import diffusion  # pylint: disable=g-import-not-at-top
from ssm_vdm import synthetic  # pylint: disable=g-import-not-at-top
from ssm_vdm import train_step  # pylint: disable=g-import-not-at-top


def load_config(spec: str):
  """'path.py[:overrides]' -> the ConfigDict that --config=... would give."""
  path, _, arg = spec.partition(":")
  loader = importlib.util.spec_from_file_location("bench_config", path)
  module = importlib.util.module_from_spec(loader)
  loader.loader.exec_module(module)
  return module.get_config(arg)


def init_loss(config, frames: int, batch: int, batches: int, seed: int = 0) -> dict:
  """Mean and standard error of the loss at init over `batches` batches of `batch` videos."""
  model = train_step.create_model(config)
  schedule = diffusion.cosine_schedule(config.diffusion.steps)
  x = jnp.zeros((1, 1, config.data.resolution, config.data.resolution, config.data.channels))
  params = jax.jit(model.init)(jax.random.PRNGKey(seed), x, jnp.zeros((1,)))

  @jax.jit
  def batch_loss(x0, t, noise):
    x_t = diffusion.q_sample(schedule, x0, t, noise)
    eps = model.apply(params, x_t, t.astype(jnp.float32))
    return jnp.mean(jnp.square(eps - noise), axis=(1, 2, 3, 4))  # [B]

  rng = np.random.default_rng(seed)
  losses, start = [], time.perf_counter()
  for i in range(batches):
    x0 = jnp.asarray(synthetic.synthetic_batch(
        np.arange(i * batch, (i + 1) * batch), seed=seed, frames=frames,
        resolution=config.data.resolution, channels=config.data.channels))
    stride = config.diffusion.steps / batch
    t = jnp.asarray(((np.arange(batch) + rng.uniform()) * stride).astype(np.int32))
    noise = jnp.asarray(rng.standard_normal(x0.shape, dtype=np.float32))
    losses.append(np.asarray(batch_loss(x0, t, noise)))
  values = np.concatenate(losses)
  return {"frames": frames, "loss": float(values.mean()),
          "stderr": float(values.std(ddof=1) / np.sqrt(values.size)),
          "videos": int(values.size), "seconds": time.perf_counter() - start}


def main(argv=None):
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--config", default="configs/ucf101.py")
  parser.add_argument("--frames", default="16,150")
  parser.add_argument("--batch", type=int, default=8)
  parser.add_argument("--batches", type=int, default=4)
  parser.add_argument("--out", default="benchmarks/results")
  args = parser.parse_args(argv)
  config = load_config(args.config)
  rows = []
  for frames in (int(f) for f in args.frames.split(",")):
    rows.append(init_loss(config, frames, args.batch, args.batches))
    print(json.dumps(rows[-1]), flush=True)
  out = pathlib.Path(args.out)
  out.mkdir(parents=True, exist_ok=True)
  meta = {"config": args.config, "temporal": config.model.temporal,
          "resolution": config.data.resolution, "machine": platform.platform(),
          "date": time.strftime("%Y-%m-%d")}
  (out / "init_loss.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=1))
  lines = [f"Loss at init, {args.config} ({config.model.temporal}), {config.data.resolution}x"
           f"{config.data.resolution}, synthetic videos, {meta['date']}", "",
           "| frames | loss | std. error | videos |", "|---:|---:|---:|---:|"]
  lines += [f"| {r['frames']} | {r['loss']:.3f} | {r['stderr']:.3f} | {r['videos']} |"
            for r in rows]
  (out / "init_loss.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
  main()
