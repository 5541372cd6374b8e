r"""Start-up time of training: from launching `python -m ssm_vdm.main` to its first step.

    .venv/bin/python benchmarks/startup_time.py --runs=3 \
        --out=benchmarks/results/startup_time.json

Runs the command `--runs` times with a fresh compilation cache folder (the first run is
cold, the others warm: they load the init and the train step from that cache) and a fresh
workdir each, and timestamps the lines it logs: the Trainer built ("Persistent compilation
cache:"), the initial state ("Parameters at step"), the step compiled and the state made
("Ready: training steps"), the first step's progress line ("train: 1/1 steps", after its
compute) and the exit. Writes one JSON record per run (seconds from launch)
to --out and prints them. Close other jobs first: the figures are wall time.
"""

import argparse
import collections
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[1]
CONFIG = ("configs/ucf101.py:data.dataset=synthetic,data.batch_size=1,data.clip_sampling=video,"
          "num_train_steps=1,sample_every=0,checkpoint_every=1000,log_every=1")
MARKS = (("trainer", "Persistent compilation cache:"), ("state", "Parameters at step"),
         ("ready", "Ready: training steps"), ("first_step", r"train: 1/1 steps"))


def time_run(config: str, cache: str) -> dict:
  """Seconds from launch to each of MARKS and to the exit of one training run."""
  workdir = tempfile.mkdtemp(prefix="startup_")
  command = [sys.executable, "-m", "ssm_vdm.main", f"--config={config}",
             f"--config.compilation_cache_dir={cache}", f"--workdir={workdir}"]
  start = time.perf_counter()
  marks, tail = {}, collections.deque(maxlen=20)  # the last lines, for an error
  try:
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True) as process:
      for line in process.stdout:
        tail.append(line)
        for key, pattern in MARKS:
          if key not in marks and re.search(pattern, line):
            marks[key] = round(time.perf_counter() - start, 1)
    marks["exit"] = round(time.perf_counter() - start, 1)
  finally:
    shutil.rmtree(workdir, ignore_errors=True)
  if process.returncode:
    raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n" + "".join(tail))
  return marks


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--config", default=CONFIG)
  parser.add_argument("--runs", type=int, default=3, help="the first is cold, the rest warm")
  parser.add_argument("--out", default="", help="JSON file of the records ('' = print only)")
  args = parser.parse_args(argv)
  cache = tempfile.mkdtemp(prefix="startup_cache_")
  records = []
  try:
    for i in range(args.runs):
      records.append({"run": "cold" if i == 0 else "warm", **time_run(args.config, cache)})
      print(json.dumps(records[-1]), flush=True)
  finally:
    shutil.rmtree(cache, ignore_errors=True)
  if args.out:
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
      json.dump({"config": args.config, "cpu_count": os.cpu_count(), "runs": records}, f,
                indent=1)


if __name__ == "__main__":
  main()
