r"""How far back the S4D kernels of a trained checkpoint reach: their mass beyond a lag.

    .venv/bin/python benchmarks/kernel_reach.py --checkpoint=ssm_vdm/assets/demo_ema.npz \
        --config=configs/demo.py --lag=16 --length=256 --out=benchmarks/results/kernel_reach

For every S4D layer (each direction of each temporal layer) and channel c, the ratio

    reach[c] = sum_{lag <= l < length} |K[c, l]|  /  sum_{l < lag} |K[c, l]|

of the kernel's absolute mass at lags the model never saw in training (lag = the training
clip length) to its mass at the lags it did, for a video of `length` frames. A ratio above 1
means that, sampled at `length` frames, the channel's output is dominated by lags it was
never trained on: what `model.ssm.kernel_length=lag` cuts away (docs/demo.md). Writes
kernel_reach.json (per layer: median, 90th percentile, max, the median dt) and
kernel_reach.md into --out.
"""

import argparse
import os
import pathlib
import sys

import jax
import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from benchmarks import outputs  # pylint: disable=g-import-not-at-top
from benchmarks import temporal_coherence  # pylint: disable=g-import-not-at-top
from ssm_vdm import demo  # pylint: disable=g-import-not-at-top
from ssm_vdm import demo_checkpoint  # pylint: disable=g-import-not-at-top
from ssm_vdm.models import ssm  # pylint: disable=g-import-not-at-top


def s4d_layers(params, prefix: str = "") -> dict[str, dict]:
  """{path: S4D parameter dict} of every S4D layer in a parameter tree (found by log_dt)."""
  if not isinstance(params, dict):
    return {}
  if "log_dt" in params:
    return {prefix or "/": params}
  found = {}
  for key in sorted(params):
    found.update(s4d_layers(params[key], f"{prefix}/{key}"))
  return found


def reach(layer: dict, lag: int, length: int) -> np.ndarray:
  """[C] ratio of sum |K[c, lag:length]| to sum |K[c, :lag]| for one S4D layer's params."""
  if not 0 < lag < length:
    raise ValueError(f"Need 0 < lag < length, got lag={lag}, length={length}.")
  a = ssm.continuous_a(layer["a_re_log"], layer["a_im"])
  c = np.asarray(layer["c_re"]) + 1j * np.asarray(layer["c_im"])
  dt_a, b_bar = ssm.discretize_zoh(layer["log_dt"], a)
  kernel = np.abs(np.asarray(ssm.s4d_kernel(dt_a, b_bar, c, length)))  # [C, length]
  return kernel[:, lag:].sum(1) / kernel[:, :lag].sum(1)


def summarize(params, lag: int, length: int) -> dict:
  """Per layer and over all channels: median, p90 and max of `reach`, the fraction above 1,
  and each layer's median dt."""
  rows, everything = {}, []
  for path, layer in s4d_layers(params).items():
    r = reach(layer, lag, length)
    everything.append(r)
    rows[path] = {"channels": int(r.size), "median": float(np.median(r)),
                  "p90": float(np.quantile(r, 0.9)), "max": float(r.max()),
                  "above_1": float((r > 1).mean()),
                  "dt_median": float(np.median(np.exp(np.asarray(layer["log_dt"]))))}
  if not rows:
    raise ValueError("The parameters hold no S4D layer (no 'log_dt' found).")
  r = np.concatenate(everything)
  rows["all"] = {"channels": int(r.size), "median": float(np.median(r)),
                 "p90": float(np.quantile(r, 0.9)), "max": float(r.max()),
                 "above_1": float((r > 1).mean())}
  return rows


def table(rows: dict) -> str:
  lines = ["| layer | channels | median | p90 | max | share > 1 | median dt |",
           "|---|---:|---:|---:|---:|---:|---:|"]
  for path, r in rows.items():
    dt = f"{r['dt_median']:.4f}" if "dt_median" in r else ""
    lines.append(f"| {path} | {r['channels']} | {r['median']:.2f} | {r['p90']:.2f} | "
                 f"{r['max']:.2f} | {r['above_1']:.2f} | {dt} |")
  return "\n".join(lines) + "\n"


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--checkpoint", default=demo_checkpoint.DEFAULT_PATH)
  parser.add_argument("--config", default="configs/demo.py")
  parser.add_argument("--lag", type=int, default=16, help="the training clip length")
  parser.add_argument("--length", type=int, default=256, help="the sampled video length")
  parser.add_argument("--out", required=True)
  args = parser.parse_args(argv)
  config = temporal_coherence.load_config(args.config)
  _, params, meta = demo.load(config, args.checkpoint, (args.length,))
  rows = summarize(jax.tree.map(np.asarray, params), args.lag, args.length)
  os.makedirs(args.out, exist_ok=True)
  record = {"checkpoint": args.checkpoint, "step": meta.get("step"), "lag": args.lag,
            "length": args.length, "layers": rows,
            "commit": demo_checkpoint.git_commit(os.path.dirname(os.path.abspath(__file__)))}
  text = (f"{args.checkpoint} (step {meta.get('step')}): S4D kernel mass at lags "
          f"{args.lag}..{args.length - 1} over lags 0..{args.lag - 1}, per channel.\n\n"
          + table(rows))
  outputs.write(args.out, "kernel_reach", record, text)
  print(text, flush=True)


if __name__ == "__main__":
  main()
