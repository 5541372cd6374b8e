r"""Coherence baselines (ssm_vdm.coherence): real bouncing-shapes videos, broken ones, noise.

    .venv/bin/python benchmarks/coherence.py --out=benchmarks/results
    .venv/bin/python benchmarks/coherence.py --samples=workdir/demo/long.npy --resolutions=32 \
        --out=/tmp/scores          # also score saved videos, [N, T, H, W, C] in [-1, 1] or uint8

For each resolution and number of frames: `--videos` real videos of the built-in generator
(seed 0, the config defaults' two shapes), the same videos with their frames shuffled, with
pixel noise (std 0.05 on [-1, 1], like a sampler's grain), and uniform noise. Each metric's
mean, standard deviation and minimum over the videos, and the seconds per video. Writes
coherence.json (every number, the source commit, the machine) and coherence.md into --out.
"""

import argparse
import os
import pathlib
import sys
import time

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from benchmarks import measure  # pylint: disable=g-import-not-at-top
from benchmarks import outputs  # pylint: disable=g-import-not-at-top
from ssm_vdm import coherence  # pylint: disable=g-import-not-at-top
from ssm_vdm import synthetic  # pylint: disable=g-import-not-at-top

KINDS = ("real", "shuffled", "grain", "noise")


def make(kind: str, videos: np.ndarray, seed: int) -> np.ndarray:
  """The real videos [N, T, H, W, C], or one of the broken versions of them."""
  rng = np.random.default_rng(seed)
  if kind == "real":
    return videos
  if kind == "shuffled":
    return np.stack([v[rng.permutation(len(v))] for v in videos])
  if kind == "grain":
    return (videos + rng.normal(0.0, 0.05, videos.shape)).astype(np.float32)
  if kind == "noise":
    return rng.uniform(-1.0, 1.0, videos.shape).astype(np.float32)
  raise ValueError(f"unknown kind {kind!r}; use one of {KINDS}.")


def score(name: str, videos: np.ndarray, num_shapes: int) -> dict:
  start = time.perf_counter()
  scores = coherence.coherence(videos, num_shapes=num_shapes)
  seconds = (time.perf_counter() - start) / len(videos)
  row = {"name": name, "videos": int(len(videos)), "frames": int(videos.shape[1]),
         "resolution": int(videos.shape[2]), "seconds_per_video": round(seconds, 4)}
  for metric, values in scores.items():
    row[metric] = {"mean": round(float(values.mean()), 4), "std": round(float(values.std()), 4),
                   "min": round(float(values.min()), 4)}
  print(f"{name:>9} {row['resolution']:>3}px {row['frames']:>5} frames: " + ", ".join(
      f"{m} {row[m]['mean']:.3f}" for m in coherence.METRICS) + f" ({seconds:.3f} s/video)",
        flush=True)
  return row


def markdown(rows: list[dict]) -> str:
  lines = ["| videos | res | frames | n | " + " | ".join(coherence.METRICS)
           + " | s/video |", "|---" * (5 + len(coherence.METRICS)) + "|"]
  for r in rows:
    cells = [f"{r[m]['mean']:.3f} (min {r[m]['min']:.2f})" for m in coherence.METRICS]
    lines.append(f"| {r['name']} | {r['resolution']} | {r['frames']} | {r['videos']} | "
                 + " | ".join(cells) + f" | {r['seconds_per_video']:.3f} |")
  return "\n".join(lines) + "\n"


def main(argv=None):
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--resolutions", default="16,32")
  parser.add_argument("--frames", default="16,64,256,1024")
  parser.add_argument("--videos", type=int, default=32, help="real videos per setting")
  parser.add_argument("--max_frame_total", type=int, default=8192,
                      help="fewer videos at long T: at most this many frames per setting")
  parser.add_argument("--num_shapes", type=int, default=2)
  parser.add_argument("--kinds", default=",".join(KINDS))
  parser.add_argument("--samples", default="", help="comma-separated .npy files to score")
  parser.add_argument("--out", default="benchmarks/results")
  args = parser.parse_args(argv)
  kinds = args.kinds.split(",")
  for kind in kinds:
    if kind not in KINDS:
      parser.error(f"--kinds: unknown {kind!r}; use some of {','.join(KINDS)}.")
  rows = []
  for resolution in map(int, args.resolutions.split(",")):
    for frames in map(int, args.frames.split(",")):
      n = max(1, min(args.videos, args.max_frame_total // frames))
      real = synthetic.synthetic_batch(np.arange(n), seed=0, frames=frames,
                                       resolution=resolution, num_shapes=args.num_shapes)
      for kind in kinds:
        rows.append(score(kind, make(kind, real, seed=frames), args.num_shapes))
  for path in filter(None, args.samples.split(",")):
    rows.append(score(os.path.basename(path), np.load(path), args.num_shapes))
  os.makedirs(args.out, exist_ok=True)
  result = {"rows": rows, "args": vars(args), "source": measure.source_info(),
            "machine": measure.machine_info()}
  outputs.write(args.out, "coherence", result, markdown(rows))
  print(f"wrote {args.out}/coherence.json and coherence.md")


if __name__ == "__main__":
  main()
