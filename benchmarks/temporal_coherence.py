r"""SSM vs attention temporal layers at equal training budget: coherence at 1x, 4x, 16x length.

    .venv/bin/python benchmarks/temporal_coherence.py \
        --runs=ssm:workdir/demo_ssm,attention:workdir/demo_attn \
        --config=configs/demo.py --config_overrides=model.ssm.kernel_length=0 \
        --lengths=16,64,256 --num=8 \
        --out=benchmarks/results/temporal_coherence

Each run is `<temporal>:<source>`: a training workdir of `--config` (plus
`model.temporal=<temporal>` and `--config_overrides`) or a demo checkpoint (.npz, e.g.
ssm_vdm/assets/demo_ema.npz, or --out/ssm.npz of an earlier run). `<temporal>+key=value+...`
samples with more overrides, e.g. `ssm+model.ssm.kernel_length=16:ssm_vdm/assets/demo_ema.npz`
(the same weights with the S4D kernels capped at the training length). At `--step` (default:
the newest step every run has a checkpoint of, so the budgets are equal) each workdir's EMA
parameters are exported (`demo_checkpoint.export`, into --out/<dir>.npz, <dir> the run's name
made path-safe) and `demo.run_demo` samples `--num` videos
of every length (all frames in one sampler call; the model was trained at data.frames) and
scores them with `coherence.coherence` next to as many real videos. Writes
temporal_coherence.json (every score, per video too, the step, the seconds, the source
commit), temporal_coherence.md (the table) and temporal_coherence.png (coherence vs
frames) into --out, and each run's demo page into --out/<name>/demo/.

`--rescore` skips training checkpoints and sampling: it scores again the videos an earlier
run saved (--out/<dir>/demo/samples_<T>f.npy, the real ones regenerated from the seed) with
today's `coherence` and rewrites the three files, keeping the sampling seconds. `--add`
keeps the rows of the runs already in --out's temporal_coherence.json (at the same step) and
adds or replaces the given runs' rows.
"""

import argparse
import importlib.util
import json
import os
import pathlib
import platform
import re
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from benchmarks import outputs  # pylint: disable=g-import-not-at-top
from configs import overrides  # pylint: disable=g-import-not-at-top
from ssm_vdm import demo  # pylint: disable=g-import-not-at-top
from ssm_vdm import demo_checkpoint  # pylint: disable=g-import-not-at-top

METRICS = demo.COLUMNS


def parse_runs(text: str) -> list[tuple[str, str]]:
  """'ssm:DIR,attention:DIR' -> [(name, workdir or .npz), ...]; a name is
  <temporal>[+key=value...] (see `split_name`)."""
  runs = []
  for item in filter(None, text.split(",")):
    name, sep, workdir = item.partition(":")
    if not sep or not name or not workdir or name.startswith("+"):
      raise SystemExit(f"--runs item {item!r}: write it as <temporal>:<workdir or .npz>, "
                       "e.g. ssm:workdir/demo_ssm.")
    runs.append((name, workdir))
  if not runs:
    raise SystemExit("--runs is empty: give <temporal>:<workdir> pairs, comma-separated.")
  return runs


def split_name(name: str) -> tuple[str, str, str]:
  """'ssm+model.ssm.kernel_length=16' -> ('ssm', 'model.ssm.kernel_length=16',
  'ssm_model.ssm.kernel_length_16'): the temporal layer, the run's own overrides
  (comma-separated) and the path-safe name of its files in --out."""
  temporal, *extra = name.split("+")
  return temporal, ",".join(extra), re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def common_step(workdirs: list[str]) -> int:
  """The newest step that every workdir has a checkpoint of (a demo checkpoint .npz has
  the one step its JSON records)."""
  steps = None
  for workdir in workdirs:
    directory = os.path.join(workdir, "checkpoints")
    if workdir.endswith(".npz"):
      with open(demo_checkpoint.meta_path(workdir)) as f:
        have = {int(json.load(f).get("step") or 0)} - {0}
      if not have:
        raise SystemExit(f"{demo_checkpoint.meta_path(workdir)} records no step.")
    else:
      have = {int(p) for p in os.listdir(directory) if p.isdigit()} if os.path.isdir(
          directory) else set()
    if not have:
      raise SystemExit(f"No checkpoints in {directory}: train the run first.")
    steps = have if steps is None else steps & have
  if not steps:
    raise SystemExit(f"The runs {workdirs} have no checkpoint step in common; pass --step "
                     "with keep_checkpoints large enough that each run keeps it.")
  return max(steps)


def table(rows: list[dict]) -> str:
  """Markdown: one row per (videos, frames), real ones first, metrics' means."""
  lines = ["| videos | frames | n | " + " | ".join(METRICS) + " | seconds |",
           "|---|---:|---:|" + "---:|" * (len(METRICS) + 1)]
  for r in rows:
    lines.append(f"| {r['model']} | {r['frames']} | {r['videos']} | " + " | ".join(
        f"{r[m]['mean']:.3f}" for m in METRICS) + " | "
                 + ("" if r.get("seconds") is None else f"{r['seconds']}") + " |")
  return "\n".join(lines) + "\n"


def plot(rows: list[dict], path: str) -> None:
  import matplotlib  # pylint: disable=g-import-not-at-top
  matplotlib.use("Agg")
  from matplotlib import pyplot as plt  # pylint: disable=g-import-not-at-top
  fig, ax = plt.subplots(figsize=(5, 3.2), dpi=100)
  for model in dict.fromkeys(r["model"] for r in rows):
    points = sorted((r["frames"], r["coherence"]["mean"]) for r in rows if r["model"] == model)
    ax.plot(*zip(*points), marker="o", label=model, ls="--" if model == "real" else "-")
  ax.set(xscale="log", xlabel="frames (trained at the first)", ylabel="coherence",
         ylim=(-0.02, 1.02), title="coherence vs video length")
  ax.set_xticks(sorted({r["frames"] for r in rows}))
  ax.get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
  ax.grid(alpha=0.3)
  ax.legend()
  fig.tight_layout()
  fig.savefig(path)
  plt.close(fig)


def load_config(path: str):
  """get_config() of the config file at `path` (e.g. configs/demo.py)."""
  spec = importlib.util.spec_from_file_location("benchmark_config", path)
  if spec is None or not os.path.isfile(path):
    raise SystemExit(f"--config {path!r} is not a config file (e.g. configs/demo.py).")
  module = importlib.util.module_from_spec(spec)
  spec.loader.exec_module(module)
  return module.get_config()


def run_one(name: str, workdir: str, step: int, args) -> list[dict]:
  """Exports `workdir`'s step (or takes the .npz) and samples/scores it; its rows (and the
  real ones)."""
  temporal, extra, directory = split_name(name)
  config = load_config(args.config)
  config = overrides.apply(config, ",".join(filter(None, [
      f"model.temporal={temporal}", f"keep_checkpoints={max(step, 1)}",
      args.config_overrides, extra])))
  if workdir.endswith(".npz"):
    path = workdir
  else:
    path = os.path.join(args.out, f"{directory}.npz")
    demo_checkpoint.export(config, workdir, path, step=step, config_name=args.config,
                           command=f"{workdir} (model.temporal={temporal})")
  result = demo.run_demo(config, os.path.join(args.out, directory), path,
                         lengths=args.lengths, frame_budget=max(args.lengths) * args.num)
  rows = []
  for r in result["rows"]:
    model = "real" if r["kind"] == "real" else name
    rows.append({"model": model, "frames": r["frames"], "videos": r["videos"],
                 "seconds": result["seconds"].get(f"sample {r['name']}"),
                 **{m: r[m] for m in METRICS}})
  return rows


def rescore(out: str) -> dict:
  """Scores again the videos saved in `out` by an earlier run; its record, rows updated."""
  with open(os.path.join(out, "temporal_coherence.json")) as f:
    record = json.load(f)
  config = overrides.apply(load_config(record["config"]), record["config_overrides"])
  for r in record["rows"]:
    if r["model"] == "real":
      videos = demo.real_videos(config, r["frames"], r["videos"])
    else:
      path = os.path.join(out, split_name(r["model"])[2], "demo",
                          f"samples_{r['frames']}f.npy")
      if not os.path.isfile(path):
        raise SystemExit(f"{path} is missing: run without --rescore to sample the videos.")
      videos = np.load(path)
    r.update(demo.scores_row(demo.score(config, videos)))
  return record


def write(record: dict, out: str) -> None:
  """temporal_coherence.json/.md/.png of `record` into `out`."""
  outputs.write(out, "temporal_coherence", record,
                f"Step {record['step']} of each run; {record['num']} videos per length; "
                "sampled at once.\n\n" + table(record["rows"]))
  plot(record["rows"], os.path.join(out, "temporal_coherence.png"))
  print(table(record["rows"]), flush=True)


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--runs", default="", help="<temporal>:<workdir>, comma-separated")
  parser.add_argument("--config", default="configs/demo.py")
  parser.add_argument("--config_overrides", default="",
                      help="key=value pairs the runs were trained with, comma-separated")
  parser.add_argument("--step", type=int, default=0, help="0 = newest step common to all")
  parser.add_argument("--lengths", default="16,64,256")
  parser.add_argument("--num", type=int, default=8, help="videos per length")
  parser.add_argument("--out", required=True)
  parser.add_argument("--rescore", action="store_true",
                      help="score the videos already in --out again; no sampling")
  parser.add_argument("--add", action="store_true",
                      help="keep the other runs' rows of --out's temporal_coherence.json")
  args = parser.parse_args(argv)
  if args.rescore:
    write(rescore(args.out), args.out)
    return
  args.lengths = tuple(int(t) for t in args.lengths.split(","))
  runs = parse_runs(args.runs)
  step = args.step or common_step([w for _, w in runs])
  os.makedirs(args.out, exist_ok=True)
  rows, previous = [], {}
  if args.add:
    with open(os.path.join(args.out, "temporal_coherence.json")) as f:
      previous = json.load(f)
    if previous["step"] != step:
      raise SystemExit(f"--add: {args.out} holds step {previous['step']}, these runs step "
                       f"{step}; the table compares equal training budgets.")
    rows = [r for r in previous["rows"] if r["model"] not in dict(runs)]
  commit = demo_checkpoint.git_commit(os.path.dirname(os.path.abspath(__file__)))
  for name, workdir in runs:
    print(f"{name}: step {step} of {workdir}", flush=True)
    new = [dict(r, commit=commit) for r in run_one(name, workdir, step, args)]
    rows += [r for r in new if r["model"] != "real" or not any(
        q["model"] == "real" and q["frames"] == r["frames"] for q in rows)]
  rows.sort(key=lambda r: (r["model"] != "real", r["model"], r["frames"]))
  record = {"step": step, "runs": {**previous.get("runs", {}), **dict(runs)},
            "config": args.config,
            "config_overrides": args.config_overrides, "lengths": args.lengths,
            "num": args.num, "rows": rows,
            "commit": commit, "platform": platform.platform(), "cpu_count": os.cpu_count()}
  write(record, args.out)


if __name__ == "__main__":
  main()
