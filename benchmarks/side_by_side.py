r"""Our paper-width UNet training step next to the authors' PyTorch one, on one GPU.

    JAX_PLATFORMS=cuda python benchmarks/side_by_side.py --official=DIR --out=OUT
    python benchmarks/side_by_side.py --small --official=DIR --out=/tmp/sbs   # CPU check

Ours: one `train_step.create_train_step` step (q_sample, UNet, MSE, gradients, Adam, EMA;
state donated) of the `configs/ucf101.py` model at 32x32, batch 1, for each VARIANT@FRAMES of
--points (variant names as in scaling.py: `ssm/fft/blocks/c8` = SSM, remat blocks, chunks 8;
`/bf16` = bfloat16 compute). The authors': `benchmarks/official_step.py` (--official=DIR, the
folder holding their `video_diffusion_pytorch/`), in modes grad (loss + backward, the figure
DESIGN.md quotes) and adam (+ optimizer step, like ours).

Each of our points runs in its own process, so that the GPU's peak (`memory_stats()`'s
peak_bytes_in_use: parameters, optimizer state, batch and temporaries, as allocated) is that
point's alone. The authors' step runs first (it compiles nothing); then our processes compile
and initialize, --compile_workers at a time, each reporting XLA's memory analysis as soon as
it has it; once all are ready, they run one at a time, each timed as the median of --repeats
calls after a warm-up call, with nothing else running. Past --deadline_s nothing new starts
and workers still compiling are stopped; what was measured is kept.
--memory_only points are compiled for the memory analysis and not run.

Writes OUT/side_by_side.json (every record, the flags, machine, commit; rewritten after each
stage, so a run cut short keeps what it measured), OUT/side_by_side.md (tables, ratios and
the issue's targets) and OUT/side_by_side.png. `--report=FILE.json` redoes the last two.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Every process allocates what it uses, no more: the GPU is shared by the workers, and a
# worker's peak is read from the allocator.
os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")

# pylint: disable=g-import-not-at-top,wrong-import-position
import argparse
import datetime
import json
import shutil
import subprocess
import tempfile
import time

from benchmarks import measure
from benchmarks import side_by_side_report as report_lib

import jax

GPU_POINTS = ("ssm/fft/blocks/c8@150,ssm/fft/blocks/c8@1024,ssm/fft@150,ssm/fft@1024,"
              "ssm/fft/blocks/c8/bf16@150,ssm/fft/blocks/c8/bf16@1024,ssm/fft/blocks@150,"
              "ssm/fft/blocks@1024,ssm/fft/bf16@150,attention/blocks/c8@150,"
              "ssm/fft/blocks/c8@6144")
GPU_MEMORY_ONLY = "ssm/fft/blocks/c8@8192"
OFFICIAL_POINTS = "bi-s4d@150,bi-s4d@1024,attn@150,attn@512"


def parse_points(text: str) -> list[tuple[str, int]]:
  points = []
  for item in filter(None, text.split(",")):
    variant, _, frames = item.partition("@")
    if not frames.isdigit():
      raise SystemExit(f"{item!r} is not VARIANT@FRAMES (ssm/fft/blocks/c8@150).")
    measure.parse_variant(variant)  # raises on an unknown name
    points.append((variant, int(frames)))
  return points


# ----------------------------------------------------------------------------- worker


def _write(path: str, record: dict) -> None:
  with open(path + ".tmp", "w") as f:
    json.dump(record, f)
  os.replace(path + ".tmp", path)


def worker(args) -> None:
  """One of our points. Writes ID.compiled (XLA's memory analysis, stage times) once
  compiled, ID.ready once its state is initialized, then waits for ID.go, runs and writes
  ID.result (time and peak)."""
  variant, frames = parse_points(args.worker_point)[0]
  point = measure.Point("unet", variant, frames)
  record = {"impl": "ours", "variant": variant, "frames": frames}
  base = os.path.join(args.worker_ctl, str(args.worker_id))
  try:
    start = time.perf_counter()
    program = measure.unet_program(not args.small, point.kind, point.mode, frames,
                                   point.remat, point.dtype, point.chunks)
    lowered = program.fn.lower(*program.abstract_args)
    record["lower_s"] = time.perf_counter() - start
    compiled = lowered.compile()
    record["compile_s"] = time.perf_counter() - start - record["lower_s"]
    measure.record_memory(point, compiled)
    record.update({k: getattr(point, k) for k in (
        "temp_bytes", "argument_bytes", "output_bytes", "alias_bytes", "total_bytes")})
    _write(base + ".compiled", record)
    if args.worker_memory_only:
      return
    start = time.perf_counter()
    call = measure.Caller(program, compiled)  # initializes the state (its own small program)
    record["init_s"] = time.perf_counter() - start
  except Exception as error:  # pylint: disable=broad-except
    record["status"] = f"failed: {type(error).__name__}: {str(error)[:400]}"
    _write(base + ".compiled", record)
    return
  _write(base + ".ready", record)
  while not os.path.exists(base + ".go"):
    time.sleep(0.05)
  _run(call, record, args)
  _write(base + ".result", record)


def _run(call, record: dict, args) -> None:
  try:
    first = call()
    times = [call() for _ in range(args.repeats if first < args.single_call_seconds else 0)]
    times = times or [first]
    record.update(first_call_ms=1e3 * first, times_ms=[1e3 * t for t in times],
                  time_ms=1e3 * sorted(times)[len(times) // 2])
  except Exception as error:  # pylint: disable=broad-except
    record["status"] = ("out of memory" if measure.is_oom(error) else
                        f"run failed: {type(error).__name__}: {str(error)[:400]}")
  stats = jax.local_devices()[0].memory_stats() or {}
  record.update(peak_bytes=stats.get("peak_bytes_in_use"), bytes_limit=stats.get("bytes_limit"))


# ----------------------------------------------------------------------------- driver


class Run:
  """The records so far, written to OUT/side_by_side.json after each stage."""

  def __init__(self, args):
    self.args, self.records, self.start = args, [], time.time()
    self.info = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                 "flags": vars(args), "source": measure.source_info(),
                 "machine": measure.machine_info()}

  def left(self) -> float:
    return self.args.deadline_s - (time.time() - self.start)

  def save(self) -> str:
    path = os.path.join(self.args.out, "side_by_side.json")
    self.info["wall_s"] = time.time() - self.start
    with open(path + ".tmp", "w") as f:
      json.dump({**self.info, "records": self.records}, f, indent=1)
    os.replace(path + ".tmp", path)
    return path


def _spawn(args, ctl: str, i: int, variant: str, frames: int, memory_only: bool):
  command = [sys.executable, os.path.abspath(__file__), "--worker_point", f"{variant}@{frames}",
             "--worker_ctl", ctl, "--worker_id", str(i), "--repeats", str(args.repeats),
             "--single_call_seconds", str(args.single_call_seconds)]
  command += ["--small"] * args.small + ["--worker_memory_only"] * memory_only
  log = open(os.path.join(ctl, f"{i}.log"), "w")
  return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)


def compile_all(run: Run, ctl: str, jobs: list[tuple[str, int, bool]]) -> dict:
  """Starts a worker per job, --compile_workers busy (compiling or initializing) at a time;
  records each one's memory analysis as it comes. Past the deadline, kills those still busy.
  Returns the workers."""
  procs, pending, busy = {}, list(range(len(jobs))), set()
  while pending or busy:
    if run.left() <= 0:
      for i in busy | set(pending):
        if i in procs:
          procs[i].kill()
        record = _record(run, ctl, jobs, i)
        record["status"] = ("not started" if i in pending else "not initialized"
                            if "total_bytes" in record else "not compiled") + ": out of time"
      run.save()
      break
    while pending and len(busy) < run.args.compile_workers:
      i = pending.pop(0)
      procs[i] = _spawn(run.args, ctl, i, *jobs[i])
      busy.add(i)
    for i in list(busy):
      done = procs[i].poll() is not None or os.path.exists(os.path.join(ctl, f"{i}.ready"))
      if os.path.exists(os.path.join(ctl, f"{i}.compiled")) or done:
        record = _record(run, ctl, jobs, i)
      if done:
        busy.discard(i)
        for stage in ("compiled", "ready"):
          record.update(_read(os.path.join(ctl, f"{i}.{stage}")) or {})
        if not jobs[i][2] and "init_s" not in record and "status" not in record:
          record["status"] = _failed(jobs[i], ctl, i, "worker ended early")["status"]
        run.save()
    time.sleep(0.1)
  return procs


def _record(run: Run, ctl: str, jobs, i: int) -> dict:
  """Job i's record in run.records, added (and saved) the first time it is asked for."""
  record = next((r for r in run.records if r.get("_id") == i), None)
  if record is None:
    record = (_read(os.path.join(ctl, f"{i}.compiled")) or
              {"impl": "ours", "variant": jobs[i][0], "frames": jobs[i][1], "_id": i})
    record["memory_only"] = jobs[i][2]
    run.records.append(record)
    run.save()
    measure.log(f"compiled {record['variant']}@{record['frames']}: "
                f"{record.get('status') or _gib(record.get('total_bytes'))} "
                f"(lower {record.get('lower_s', 0):.0f} s, "
                f"compile {record.get('compile_s', 0):.0f} s)")
  return record


def run_ours(run: Run, ctl: str, jobs, procs) -> None:
  """Each initialized worker in turn: go, wait for its result (or its end)."""
  for i in sorted(procs):
    record = _record(run, ctl, jobs, i)
    if jobs[i][2] or "status" in record or "init_s" not in record:
      continue
    if run.left() <= 0:
      record["status"] = "not run: out of time"
      continue
    open(os.path.join(ctl, f"{i}.go"), "w").close()
    try:
      procs[i].wait(timeout=max(1.0, run.left()))
    except subprocess.TimeoutExpired:
      procs[i].kill()
    record.update(_read(os.path.join(ctl, f"{i}.result")) or _failed(jobs[i], ctl, i, "no result"))
    measure.log(f"ran {record['variant']}@{record['frames']}: {record.get('time_ms')} ms, "
                f"peak {_gib(record.get('peak_bytes'))} {record.get('status', '')}")
    run.save()


def run_official(run: Run) -> None:
  if not run.args.official or not run.args.official_points or run.left() <= 0:
    return
  out = os.path.join(tempfile.mkdtemp(), "official.jsonl")
  command = [run.args.official_python or sys.executable,
             os.path.join(os.path.dirname(os.path.abspath(__file__)), "official_step.py"),
             "--official", run.args.official, "--points", run.args.official_points,
             "--repeats", str(run.args.repeats), "--out", out] + ["--small"] * run.args.small
  try:
    subprocess.run(command, timeout=max(1.0, run.left()), check=False)
  except subprocess.TimeoutExpired:
    measure.log("the authors' step ran out of time; keeping what it measured")
  if os.path.exists(out):
    with open(out) as f:
      run.records += [json.loads(line) for line in f if line.strip()]
  run.save()


def _read(path: str) -> dict | None:
  if not os.path.exists(path):
    return None
  with open(path) as f:
    record = json.load(f)
  record["_id"] = int(os.path.basename(path).split(".")[0])
  return record


def _failed(job, ctl: str, i: int, why: str) -> dict:
  with open(os.path.join(ctl, f"{i}.log")) as f:
    tail = f.read()[-600:]
  return {"impl": "ours", "variant": job[0], "frames": job[1], "_id": i,
          "status": f"{why}: {tail}"}


def _gib(value) -> str:
  return "-" if value is None else f"{value / 2 ** 30:.2f} GiB"


def drive(args) -> None:
  os.makedirs(args.out, exist_ok=True)
  run = Run(args)
  jobs = ([(v, t, False) for v, t in parse_points(args.points)] +
          [(v, t, True) for v, t in parse_points(args.memory_only)])
  ctl = tempfile.mkdtemp(prefix="side_by_side_")
  measure.log(f"{len(jobs)} points of ours, {args.compile_workers} compiling at a time")
  run_official(run)  # first: it compiles nothing, and ours can take minutes to compile
  procs = compile_all(run, ctl, jobs)
  run_ours(run, ctl, jobs, procs)
  for proc in procs.values():
    if proc.poll() is None:
      proc.kill()
  shutil.rmtree(ctl, ignore_errors=True)
  report_lib.write(run.save(), args.out)


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--points", default=GPU_POINTS, help="ours, VARIANT@FRAMES, in order")
  parser.add_argument("--memory_only", default=GPU_MEMORY_ONLY,
                      help="ours, compiled for memory analysis only")
  parser.add_argument("--official", default="", help="folder holding video_diffusion_pytorch/")
  parser.add_argument("--official_points", default=OFFICIAL_POINTS)
  parser.add_argument("--official_python", default="", help="the Python with torch (default: this)")
  parser.add_argument("--small", action="store_true", help="small widths at 16x16 (CPU check)")
  parser.add_argument("--repeats", type=int, default=7)
  parser.add_argument("--single_call_seconds", type=float, default=20.0,
                      help="a warm-up call slower than this is the one timed call")
  parser.add_argument("--compile_workers", type=int, default=4)
  parser.add_argument("--deadline_s", type=float, default=1e9,
                      help="start nothing new after this many seconds; keep what was measured")
  parser.add_argument("--out", default="benchmarks/results/side_by_side")
  parser.add_argument("--report", default="", help="only rewrite .md/.png from this JSON")
  parser.add_argument("--worker_point", default="", help=argparse.SUPPRESS)
  parser.add_argument("--worker_ctl", default="", help=argparse.SUPPRESS)
  parser.add_argument("--worker_id", type=int, default=0, help=argparse.SUPPRESS)
  parser.add_argument("--worker_memory_only", action="store_true", help=argparse.SUPPRESS)
  args = parser.parse_args()
  if args.report:
    report_lib.write(args.report, os.path.dirname(args.report) or ".")
  elif args.worker_point:
    worker(args)
  else:
    drive(args)


if __name__ == "__main__":
  main()
