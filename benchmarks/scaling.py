r"""Memory and time of the temporal layers as the number of frames T grows: SSM vs attention.

    python benchmarks/scaling.py --out=benchmarks/results     # small CPU setting (make bench)
    python benchmarks/scaling.py --paper --frames=16,64,150,256,1024 --max_run_frames=0 \
        --out=benchmarks/results/paper                       # paper widths, memory only

Two parts, each at every T of --frames, for the S4D layer in both modes ("ssm/fft",
"ssm/scan") and the attention baseline ("attention"):

  layer  one temporal layer alone: x [1, T, 16, 16, 64] -> sum of outputs, forward+backward
         (gradients of the parameters and of x).
  unet   a full training step (`train_step.create_train_step`: loss, gradients, Adam, EMA) of the
         UNet on [1, T, H, W, 3] videos (ssm/fft and attention unless --unet_variants).

Memory is what XLA's buffer assignment reserves for the compiled program
(`jit(f).lower(...).compile().memory_analysis()`): temporaries, arguments and outputs,
reported separately. It needs no run, so it is measured at every T; the CPU's default YNN
fusion hides buffers from that analysis, which is why benchmarks/measure.py adds
--xla_cpu_experimental_ynn_fusion_type= (empty) to XLA_FLAGS before jax is imported.

Time is the median wall time of one call (`block_until_ready`) over --min_repeats to
--repeats calls after a warm-up call (a warm-up call over --single_call_seconds is the one
timed call), measured where T <= --max_run_frames (UNet: T in --unet_run_frames), the memory
fits --max_gib and the smaller T predict a call under --max_call_seconds. Compiles run
--compile_workers at a time; the timed runs come after all compiles, one at a time.

The UNet part also runs over --remat (none, temporal, blocks: what the backward pass
recomputes), --chunks (groups the temporal layers and spatial attention run over, one at a
time) and --dtype (float32, bfloat16), config keys read by `train_step.create_model`; by default
the config's own. A variant's name carries them when they are not none / 1 / float32:
"ssm/fft/blocks/c8/bf16"; --unet_variants also takes such names as they are. Per UNet variant the report gives the largest
measured T whose temp+argument+output memory fits --fit_gib (80).

Writes OUT/scaling.json (every number, flags, machine info, load average), OUT/scaling.md
(tables and the issue's checks) and OUT/scaling.png (memory and time vs T, log-log).

The code: benchmarks/measure.py (programs, compiling, memory analysis, timing),
benchmarks/report.py (ratios, checks, markdown, plot); this file is the command line.
"""

import os
import sys

# The repository root: `benchmarks.*` and `configs` live there, outside the installed package.
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

# pylint: disable=g-import-not-at-top,wrong-import-position
# benchmarks.measure sets XLA_FLAGS (YNN fusion off, for honest memory figures) before it
# imports jax: import it first.
from benchmarks import measure
from benchmarks import report as report_lib

import argparse
import dataclasses
import datetime
import json
import time

import numpy as np

from benchmarks.measure import DTYPES, PARTS, REMATS, VARIANTS, log


def parse_args(argv=None) -> argparse.Namespace:
  p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                              formatter_class=argparse.RawDescriptionHelpFormatter)
  p.add_argument("--out", default="benchmarks/results", help="output directory")
  p.add_argument("--frames", default="16,32,64,150,256,512,1024",
                 help="comma-separated numbers of frames T")
  p.add_argument("--parts", default="layer,unet", help="layer and/or unet")
  p.add_argument("--variants", default=",".join(VARIANTS),
                 help=f"layer part: comma-separated subset of {', '.join(VARIANTS)}")
  p.add_argument("--unet_variants", default="ssm/fft,attention",
                 help="unet part: the same choices, each crossed with --remat, --chunks and "
                      "--dtype; or full names used as given (ssm/fft/blocks/c8/bf16: remat, "
                      "chunks unless 1, bf16). ssm/scan is left out by default because its "
                      "train step takes minutes to compile on a 2-core CPU")
  p.add_argument("--remat", default="config",
                 help="unet part: comma-separated subset of none, temporal, blocks (what the "
                      "backward pass recomputes, config key `remat`), or `config`: the "
                      "config's own (paper: configs/ucf101.py; small: smoke's)")
  p.add_argument("--chunks", default="config",
                 help="unet part: comma-separated numbers of groups the temporal layers and "
                      "spatial attention run over (config key `chunks`), or `config`")
  p.add_argument("--dtype", default="config",
                 help="unet part: comma-separated subset of float32, bfloat16 (compute "
                      "dtype, config key `dtype`), or `config`")
  p.add_argument("--fit_gib", type=float, default=80.0,
                 help="report, per UNet variant, the largest T whose memory (temp + "
                      "arguments + outputs) fits this many GiB (e.g. an 80 GiB GPU)")
  p.add_argument("--paper", action="store_true",
                 help="paper widths: UNet base 64 (1,2,4,8) at 32x32, S4D d_state 512, MLP "
                      "512, attention 8x64 (default: the `smoke` UNet with one level at 16x16; "
                      "layer with S4D d_state 64, MLP 128, attention 4x32)")
  p.add_argument("--max_gib", type=float, default=6.0,
                 help="do not run (time) a program whose temp+argument+output memory "
                      "exceeds this many GiB; its memory is still reported")
  p.add_argument("--max_run_frames", type=int, default=1024,
                 help="time only points with T <= this (0: memory only)")
  p.add_argument("--unet_run_frames", default="64,150",
                 help="unet part: the T that are timed (each timed train step is compiled "
                      "with full optimization, about a minute on a 2-core CPU)")
  p.add_argument("--max_call_seconds", type=float, default=30.0,
                 help="do not time a point whose call the smaller T predict to take longer")
  p.add_argument("--repeats", type=int, default=5, help="timed calls per point (at most)")
  p.add_argument("--min_repeats", type=int, default=3,
                 help="timed calls per point (at least, unless --single_call_seconds)")
  p.add_argument("--seconds_per_point", type=float, default=3.0,
                 help="no timed calls beyond --min_repeats once they add up to this")
  p.add_argument("--single_call_seconds", type=float, default=10.0,
                 help="a point whose warm-up call takes longer is timed by that call alone")
  p.add_argument("--interleave", action="store_true",
                 help="time the points of the same part and T round-robin (warm-up each, "
                      "then --repeats rounds of one call per point), so that a changing "
                      "load on the machine falls on all of them alike; no --max_call_seconds "
                      "prediction")
  p.add_argument("--compile_workers", type=int, default=min(2, os.cpu_count() or 1),
                 help="programs compiled in parallel")
  args = p.parse_args(argv)
  split = lambda text: [s.strip() for s in text.split(",") if s.strip()]
  args.frames = sorted({int(t) for t in split(args.frames)})
  args.unet_run_frames = sorted({int(t) for t in split(args.unet_run_frames)})
  args.parts, args.variants = split(args.parts), split(args.variants)
  args.unet_variants = split(args.unet_variants)
  args.remat, args.dtype = split(args.remat), split(args.dtype)
  args.chunks = split(args.chunks)
  for variant in args.unet_variants:
    try:
      measure.parse_variant(variant)
    except ValueError as e:
      p.error(f"--unet_variants: {e}")
  if not all(c == "config" or (c.isdigit() and int(c) > 0) for c in args.chunks):
    p.error(f"--chunks: {args.chunks}; give positive integers or `config`.")
  for name, given, known in (("--parts", args.parts, PARTS),
                             ("--variants", args.variants, VARIANTS),
                             ("--remat", args.remat, REMATS + ("config",)),
                             ("--dtype", args.dtype, tuple(DTYPES) + ("config",))):
    unknown = sorted(set(given) - set(known))
    if unknown:
      p.error(f"{name}: unknown {unknown}; choose from {', '.join(known)}.")
  return args


def unet_variants(args) -> list[str]:
  """Each bare --unet_variants entry crossed with --remat x --chunks x --dtype (`config`:
  the config's value); full names (ssm/fft/blocks/c8) as given."""
  config = measure.unet_config(args.paper, "fft")
  resolve = lambda values, key, kind=str: list(dict.fromkeys(
      kind(config.model[key] if v == "config" else v) for v in values))
  names = []
  for variant in args.unet_variants:
    if variant in VARIANTS:
      names += [measure.variant_name(variant, remat, dtype, chunks)
                for remat in resolve(args.remat, "remat")
                for chunks in resolve(args.chunks, "chunks", int)
                for dtype in resolve(args.dtype, "dtype")]
    else:
      names.append(variant)
  return list(dict.fromkeys(names))


def main(argv=None) -> int:
  args = parse_args(argv)
  start = time.time()
  load_start = os.getloadavg()
  source = measure.source_info()  # before anything is imported lazily or edited meanwhile
  frames, parts = args.frames, args.parts
  os.makedirs(args.out, exist_ok=True)
  points = [measure.Point(part, variant, t) for part in parts
            for variant in (unet_variants(args) if part == "unet" else args.variants)
            for t in frames]
  log(f"{len(points)} points; XLA_FLAGS={os.environ['XLA_FLAGS']!r}; "
      f"load average {load_start[0]:.2f}")

  measure.measure(args, points)

  samples = measure.LOAD_SAMPLES
  report = {
      "command": " ".join([os.path.relpath(sys.argv[0], REPO)] + sys.argv[1:]),
      "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
      "source": source, "machine": measure.machine_info(), "paper": args.paper,
      "parts": parts, "frames": frames,
      "settings": {"layer": measure.layer_settings(args.paper),
                   "unet": measure.unet_settings(args.paper)},
      "flags": vars(args), "points": [dataclasses.asdict(p) for p in points],
      "ratios": report_lib.ratios(points, frames, parts),
      "checks": report_lib.checks(points, parts, paper=args.paper),
      "fits": report_lib.fits(points, args.fit_gib),
      "elapsed_s": time.time() - start, "cpu_s": measure.cpu_seconds(),
      "load_average": {"start": load_start, "end": os.getloadavg(),
                       "samples_1min": samples,
                       "mean_1min": float(np.mean([l for _, l in samples]))},
  }
  with open(os.path.join(args.out, "scaling.json"), "w") as f:
    json.dump(report, f, indent=1)
  report_lib.write_markdown(os.path.join(args.out, "scaling.md"), report)
  report_lib.write_plot(os.path.join(args.out, "scaling.png"), report)
  report_lib.print_summary(report)
  log(f"done in {report['elapsed_s']:.0f} s; load average {report['load_average']['end']}; "
      f"wrote {args.out}/scaling.{{json,md,png}}")
  return 0


if __name__ == "__main__":
  sys.exit(main())
