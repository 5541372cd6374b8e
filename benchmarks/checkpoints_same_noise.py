r"""Demo checkpoints side by side on the same noise: which weights make more coherent videos.

    .venv/bin/python benchmarks/checkpoints_same_noise.py --config=configs/demo.py \
        --checkpoints="step 4500:/tmp/step4500.npz,step 11750:ssm_vdm/assets/demo_ema.npz" \
        --lengths=16,64 --num=32 --out=benchmarks/results/demo_checkpoint/same_noise
    # one checkpoint, several samplers: <name>+key=value+...:<path> samples with overrides
    .venv/bin/python benchmarks/checkpoints_same_noise.py --config=configs/demo.py --versus=first \
        --checkpoints="DDIM 25:ssm_vdm/assets/demo_ema.npz,DDIM 64+sample.steps=64:ssm_vdm/assets/demo_ema.npz" \
        --lengths=16 --num=32 --out=/tmp/sampler_steps

`--mode=demo` draws each checkpoint's noise from its own step, so two checkpoints' scores
differ by their noise as well as their weights, and with 8 videos the noise alone moves
coherence by several times its value (docs/demo.md). Here every checkpoint samples
`--num` videos of each length from the noise of `--noise_step` (default 0): the same
starting noise, the same DDIM path, only the weights differ (or, with `<name>+key=value`,
only the sampling settings). Since video i of every entry starts from the same noise, the
difference between two entries is also measured video by video (`paired`): each entry minus
the one listed before it (`--versus=first`: minus the first), the mean of the per-video
differences with its standard error, and on how many videos it scored higher or lower; far
tighter than comparing the two means' standard errors when the noise moves both alike.
`--given=K` continues the real videos instead: each entry keeps their first K frames and
samples the rest conditioned on them (the config's `sample.guidance`, configs/demo.py's
reconstruction with w_r 4, or another per entry, e.g.
`+sample.guidance=replacement+sample.guidance_weight=0`), from the same noise.
Writes same_noise.json (every video's scores; the standard error of each mean; the paired
differences) and same_noise.md (both tables) into --out.
"""

import argparse
import os
import pathlib
import sys
import time

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from benchmarks import outputs  # pylint: disable=g-import-not-at-top
from benchmarks import temporal_coherence  # pylint: disable=g-import-not-at-top
from configs import overrides  # pylint: disable=g-import-not-at-top
from ssm_vdm import coherence  # pylint: disable=g-import-not-at-top
from ssm_vdm import demo  # pylint: disable=g-import-not-at-top
from ssm_vdm import errors  # pylint: disable=g-import-not-at-top
from ssm_vdm import generate  # pylint: disable=g-import-not-at-top


def parse_checkpoints(text: str) -> list[tuple[str, str, str]]:
  """'name:path.npz,name+key=value+key=value:path.npz' -> [(name, path, overrides), ...].

  Names may hold spaces; `+key=value` after a name samples that entry with those config
  overrides (returned comma-separated, '' for none), e.g. 'DDIM 64+sample.steps=64:x.npz'.
  """
  out = []
  for item in filter(None, text.split(",")):
    name, sep, path = item.rpartition(":")
    name, *extra = name.split("+")
    if not sep or not name.strip() or not path.endswith(".npz"):
      raise SystemExit(f"--checkpoints item {item!r}: write it as <name>:<demo checkpoint "
                       ".npz>, e.g. 'step 11750:ssm_vdm/assets/demo_ema.npz'.")
    if not os.path.isfile(path):
      raise SystemExit(f"--checkpoints: {path} does not exist (an older shipped one: "
                       "git show <commit>:ssm_vdm/assets/demo_ema.npz > file.npz).")
    name = name.strip()
    if name == "real" or name in [n for n, _, _ in out]:
      raise SystemExit(f"--checkpoints: the name {name!r} is "
                       + ("kept for the real videos' rows" if name == "real" else "given twice")
                       + ": give each checkpoint its own name (its rows are keyed by it).")
    extra = [x.strip() for x in extra]
    if any(x.startswith("data.") for x in extra):
      raise SystemExit(f"--checkpoints item {item!r}: data.* keys would change the videos "
                       "every entry is scored against; set them for all in --config_overrides.")
    out.append((name, path, ",".join(extra)))
  if not out:
    raise SystemExit("--checkpoints is empty: give <name>:<path.npz> pairs, comma-separated.")
  return out


def row(model: str, frames: int, scores: dict, seconds=None) -> dict:
  """One table row: demo.scores_row plus the standard error of each mean."""
  r = {"model": model, "frames": frames, "videos": len(next(iter(scores.values()))),
       "seconds": seconds, **demo.scores_row(scores)}
  for m, v in scores.items():
    r[m]["sem"] = round(float(np.std(v) / np.sqrt(len(v))), 4)
  return r


def paired(rows: list[dict], versus: str = "previous") -> list[dict]:
  """Per length, each checkpoint's videos minus the previous (or the first) one's, video by
  video.

  rows: `row`s of the checkpoints in order (real rows are skipped), every one of a length
  with the same number of videos drawn from the same noise. versus: "previous" or "first".
  Returns one dict per (later checkpoint, length): model, versus, frames, videos and for
  each coherence.METRICS
  {"mean": mean difference, "sem": its standard error, "higher": videos that scored higher,
  "lower": videos that scored lower}.
  """
  if versus not in ("previous", "first"):
    raise ValueError(f"versus must be 'previous' or 'first', got {versus!r}.")
  out = []
  for frames in dict.fromkeys(r["frames"] for r in rows):
    ckpts = [r for r in rows if r["frames"] == frames and r["model"] != "real"]
    bases = ckpts[:-1] if versus == "previous" else ckpts[:1] * (len(ckpts) - 1)
    for before, after in zip(bases, ckpts[1:]):
      d = {"model": after["model"], "versus": before["model"], "frames": frames,
           "videos": after["videos"]}
      for m in coherence.METRICS:
        diff = np.subtract(after[m]["per_video"], before[m]["per_video"])
        d[m] = {"mean": round(float(diff.mean()), 4),
                "sem": round(float(diff.std() / np.sqrt(len(diff))), 4),
                "higher": int((diff > 0).sum()), "lower": int((diff < 0).sum())}
      out.append(d)
  return out


def paired_table(diffs: list[dict]) -> str:
  """Markdown: mean difference +- its standard error (videos higher/lower) per metric."""
  lines = ["| checkpoint | minus | frames | n | " + " | ".join(coherence.METRICS) + " |",
           "|---|---|---:|---:|" + "---:|" * len(coherence.METRICS)]
  for d in diffs:
    lines.append(f"| {d['model']} | {d['versus']} | {d['frames']} | {d['videos']} | " + " | ".join(
        f"{d[m]['mean']:+.3f} ± {d[m]['sem']:.3f} ({d[m]['higher']}/{d[m]['lower']})"
        for m in coherence.METRICS) + " |")
  return "\n".join(lines) + "\n"


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--checkpoints", required=True, help="<name>:<path.npz>, comma-separated")
  parser.add_argument("--config", default="configs/demo.py")
  parser.add_argument("--config_overrides", default="", help="key=value pairs, comma-separated")
  parser.add_argument("--lengths", default="16")
  parser.add_argument("--num", type=int, default=32, help="videos per length")
  parser.add_argument("--noise_step", type=int, default=0, help="whose noise every one draws")
  parser.add_argument("--versus", default="previous", choices=("previous", "first"),
                      help="paired differences against the entry before, or the first")
  parser.add_argument("--given", type=int, default=0,
                      help="continue the real videos from their first K frames (0: sample)")
  parser.add_argument("--out", required=True)
  args = parser.parse_args(argv)
  checkpoints = parse_checkpoints(args.checkpoints)
  lengths = [int(x) for x in args.lengths.split(",")]
  config_of = lambda extra: overrides.apply(temporal_coherence.load_config(args.config),
                                            ",".join(filter(None, (args.config_overrides, extra))))
  config = config_of("")
  configs = [config_of(extra) for _, _, extra in checkpoints]
  if args.given:  # before any loading: each entry at each length can continue K frames
    shape = (args.num, args.given, config.data.resolution, config.data.resolution,
             config.data.channels)
    try:
      for cfg in configs:
        for t in sorted(lengths):  # the shortest bounds K first
          generate.check_initial(cfg, shape, t, what=f"the real videos' first {args.given} frames")
    except errors.UserError as e:
      raise SystemExit(f"--given={args.given}: {e}") from e
  os.makedirs(args.out, exist_ok=True)
  real = {t: demo.real_videos(config, t, args.num) for t in lengths}
  rows = [row("real", t, demo.score(config, real[t])) for t in lengths]
  for (name, path, _), cfg in zip(checkpoints, configs):
    model, params, _ = demo.load(cfg, path, lengths)
    draw = demo.drawer(cfg, model, params, args.noise_step)
    for t in lengths:
      start = time.perf_counter()
      videos = draw(cfg, t, args.num, real[t][:, :args.given] if args.given else None)
      rows.append(row(name, t, demo.score(config, videos),
                      round(time.perf_counter() - start, 1)))
      print(f"{name}, {t} frames: coherence {rows[-1]['coherence']['mean']:.3f}", flush=True)
  diffs = paired(rows, args.versus)
  record = {"checkpoints": {n: p for n, p, _ in checkpoints},
            "overrides": {n: x for n, _, x in checkpoints if x}, "noise_step": args.noise_step,
            "num": args.num, "given": args.given, "versus": args.versus, "config": args.config,
            "config_overrides": args.config_overrides, "rows": rows, "paired": diffs}
  how = (f"the real videos continued from their first {args.given} frames" if args.given
         else "sampled")
  windowed = [n for (n, _, _), cfg in zip(checkpoints, configs)  # generate.draw's windows
              if 0 < cfg.sample.window < max(lengths)]
  text = (f"{args.num} videos per length, every checkpoint on the noise of step "
          f"{args.noise_step}; {how}, all frames in one sampler call"
          + (f" (window by window: {', '.join(windowed)})" if windowed else "") + ".\n\n"
          + temporal_coherence.table(rows))
  if diffs:
    text += (f"\nVideo by video (same noise): each checkpoint minus the {args.versus} one, mean "
             "difference ± its standard error (videos that scored higher/lower).\n\n"
             + paired_table(diffs))
  outputs.write(args.out, "same_noise", record, text)
  print(text, flush=True)


if __name__ == "__main__":
  main()
