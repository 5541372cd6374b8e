r"""Parameter count and compiled memory of every temporal layer (the paper's ablations).

    .venv/bin/python benchmarks/ablations.py --out=benchmarks/results

For each name in `temporal.TEMPORAL_LAYERS`:
  * parameters of the paper-size UNet (base 64, multipliers (1,2,4,8), S4D d_state 512, MLP 512,
    attention 8 x 64) with that temporal layer, and of its 10 temporal layers alone; from
    `jax.eval_shape`, nothing is computed;
  * XLA temporary memory of one temporal layer, forward + backward (gradients for parameters
    and input), on x: [1, T, 16, 16, 64] for each T, read from the compiled program's
    `memory_analysis().temp_size_in_bytes`; nothing is run.

Writes ablations.json and ablations.md into --out. XLA's CPU fusion into YNNPACK kernels hides
buffers from the memory analysis (attention at long T reports 0 bytes), so this script turns it
off with `--xla_cpu_experimental_ynn_fusion_type=` (empty) before JAX is imported.
"""

import argparse
import os
import pathlib
import platform
import sys
import time

_YNN_OFF = "--xla_cpu_experimental_ynn_fusion_type="
if "xla_cpu_experimental_ynn_fusion_type" not in os.environ.get("XLA_FLAGS", ""):
  os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " " + _YNN_OFF).strip()
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # pylint: disable=g-import-not-at-top
import jax.numpy as jnp  # pylint: disable=g-import-not-at-top

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from benchmarks import outputs  # pylint: disable=g-import-not-at-top
from ssm_vdm.models import temporal  # pylint: disable=g-import-not-at-top
from configs import ucf101  # pylint: disable=g-import-not-at-top
from ssm_vdm import train_step  # pylint: disable=g-import-not-at-top

PAPER = ucf101.get_config()  # the paper's UNet widths


def count(tree) -> int:
  return sum(leaf.size for leaf in jax.tree.leaves(tree))


def unet_params(kind: str) -> dict[str, int]:
  """Parameters of the paper-size UNet with temporal layer `kind`: total and temporal only."""
  model = train_step.create_model(PAPER, temporal=kind)
  x = jax.ShapeDtypeStruct((1, 4, 8, 8, 3), jnp.float32)  # [B, T, H, W, C]; sizes don't matter
  t = jax.ShapeDtypeStruct((1,), jnp.float32)
  params = jax.eval_shape(model.init, jax.random.PRNGKey(0), x, t)["params"]
  temporal_params = {k: v for k, v in params.items() if k.endswith("_temporal")}
  return {"total": count(params), "temporal": count(temporal_params),
          "temporal_layers": len(temporal_params)}


def layer_temp_bytes(kind: str, length: int, channels: int, size: int) -> tuple[int, float]:
  """XLA temp bytes of one layer's forward + backward on x: [1, T, size, size, channels]."""
  layer = temporal.create_temporal_layer(
      kind, d_state=PAPER.model.ssm.d_state, ssm_mode="fft", mlp_dim=PAPER.model.ssm.mlp_dim,
      num_heads=PAPER.model.attn.heads, head_dim=PAPER.model.attn.head_dim, dtype=jnp.float32,
      name=None)
  x = jax.ShapeDtypeStruct((1, length, size, size, channels), jnp.float32)
  params = jax.eval_shape(layer.init, jax.random.PRNGKey(0), x)

  def loss(params, x):
    return jnp.mean(layer.apply(params, x) ** 2)

  start = time.perf_counter()
  compiled = jax.jit(jax.grad(loss, argnums=(0, 1))).lower(params, x).compile()
  return compiled.memory_analysis().temp_size_in_bytes, time.perf_counter() - start


def markdown(results: dict) -> str:
  """The results as a markdown table plus a note on what was measured."""
  cfg = results["config"]
  lengths = cfg["lengths"]
  rows = ["| temporal | UNet params | temporal params | "
          + " | ".join(f"temp MiB, T={t}" for t in lengths) + " |",
          "|---|" + "---:|" * (2 + len(lengths))]
  for kind, r in results["layers"].items():
    mem = " | ".join(f"{r['temp_bytes'][str(t)] / 2**20:,.1f}" for t in lengths)
    rows.append(f"| {kind} | {r['params']['total'] / 1e6:.2f} M | "
                f"{r['params']['temporal'] / 1e6:.2f} M | {mem} |")
  return "\n".join(rows) + (
      f"\n\nParameters: paper-size UNet ({cfg['unet']}), all 10 temporal layers counted in "
      f"'temporal params'. Memory: one temporal layer at the paper's settings, forward + "
      f"backward, x: [1, T, {cfg['size']}, {cfg['size']}, {cfg['channels']}] float32; XLA "
      f"CPU temp_size_in_bytes with XLA_FLAGS='{cfg['xla_flags']}' (jax {cfg['jax']}).\n")


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument("--out", default="benchmarks/results", help="output directory")
  parser.add_argument("--lengths", default="16,150", help="comma-separated frame counts T")
  parser.add_argument("--channels", type=int, default=64, help="C of the layer's input")
  parser.add_argument("--size", type=int, default=16, help="H = W of the layer's input")
  parser.add_argument("--kinds", default=",".join(temporal.TEMPORAL_LAYERS),
                      help="comma-separated temporal layer names")
  args = parser.parse_args()
  lengths = [int(t) for t in args.lengths.split(",")]

  results = {"config": {
      "unet": "configs/ucf101.py model: " + ", ".join(
          f"{k}={v}" for k, v in PAPER.model.items() if k != "temporal"), "lengths": lengths,
      "channels": args.channels, "size": args.size, "batch": 1,
      "xla_flags": os.environ["XLA_FLAGS"], "jax": jax.__version__,
      "device": jax.devices()[0].device_kind, "machine": platform.machine()},
      "layers": {}}
  for kind in args.kinds.split(","):
    entry = {"params": unet_params(kind), "temp_bytes": {}, "compile_s": {}}
    for length in lengths:
      temp, seconds = layer_temp_bytes(kind, length, args.channels, args.size)
      entry["temp_bytes"][str(length)] = temp
      entry["compile_s"][str(length)] = round(seconds, 2)
    results["layers"][kind] = entry
    print(f"{kind:12s} params {entry['params']['total']:>11,d} "
          f"(temporal {entry['params']['temporal']:>10,d})  temp MiB "
          + "  ".join(f"T={t}: {entry['temp_bytes'][str(t)] / 2**20:9.1f}" for t in lengths),
          flush=True)

  written = outputs.write(args.out, "ablations", results, markdown(results), indent=2)
  print(f"wrote {' and '.join(written)}")


if __name__ == "__main__":
  main()
