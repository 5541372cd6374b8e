r"""Memory and time of the temporal layers as the number of frames T grows: SSM vs attention.

    python benchmarks/scaling.py --out=benchmarks/results     # small CPU setting (make bench)
    python benchmarks/scaling.py --paper --frames=16,64,150,256,1024 --max_run_frames=0 \
        --out=benchmarks/results/paper                       # paper widths, memory only

Two parts, each at every T of --frames, for the S4D layer in both modes ("ssm/fft",
"ssm/scan") and the attention baseline ("attention"):

  layer  one temporal layer alone: x [1, T, 16, 16, 64] -> sum of outputs, forward+backward
         (gradients of the parameters and of x).
  unet   a full training step (`train.create_train_step`: loss, gradients, Adam, EMA) of the
         UNet on [1, T, H, W, 3] videos (ssm/fft and attention unless --unet_variants).

Memory is what XLA's buffer assignment reserves for the compiled program
(`jit(f).lower(...).compile().memory_analysis()`): temporaries, arguments and outputs,
reported separately. It needs no run, so it is measured at every T; the CPU's default YNN
fusion hides buffers from that analysis, which is why XLA_FLAGS gets
--xla_cpu_experimental_ynn_fusion_type= (empty) below, before jax is imported.

Time is the median wall time of one call (`block_until_ready`) over --min_repeats to
--repeats calls after a warm-up call (a warm-up call over --single_call_seconds is the one
timed call), measured where T <= --max_run_frames (UNet: T in --unet_run_frames), the memory
fits --max_gib and the smaller T predict a call under --max_call_seconds. Compiles run
--compile_workers at a time; the timed runs come after all compiles, one at a time.

Writes OUT/scaling.json (every number, flags, machine info, load average), OUT/scaling.md
(tables and the issue's checks) and OUT/scaling.png (memory and time vs T, log-log).
"""

import os
import sys

# Before jax is imported: with the default YNN fusion, memory_analysis() leaves out the
# buffers inside YNN fusions (attention at 1024 frames reports 0 temp bytes).
_YNN_FLAG = "--xla_cpu_experimental_ynn_fusion_type="
os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " " + _YNN_FLAG).strip()
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

# `configs` lives at the repository root, outside the installed package.
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

# pylint: disable=g-import-not-at-top,wrong-import-position
import argparse
import concurrent.futures
import dataclasses
import datetime
import json
import platform
import resource
import statistics
import time
from typing import Any, Callable

import jax
import jax.numpy as jnp
import jaxlib
import numpy as np

from configs import default as default_config
from configs import ucf101 as ucf101_config
from ssm_vdm import diffusion
from ssm_vdm import train
from ssm_vdm.models import temporal

MIB = 2.0 ** 20
GIB = 2.0 ** 30
VARIANTS = {"ssm/fft": ("ssm", "fft"), "ssm/scan": ("ssm", "scan"),
            "attention": ("attention", "-")}
PARTS = ("layer", "unet")


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
                 help="unet part: the same choices; ssm/scan is left out by default because "
                      "its train step takes minutes to compile on a 2-core CPU")
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
  p.add_argument("--compile_workers", type=int, default=min(2, os.cpu_count() or 1),
                 help="programs compiled in parallel")
  args = p.parse_args(argv)
  split = lambda text: [s.strip() for s in text.split(",") if s.strip()]
  args.frames = sorted({int(t) for t in split(args.frames)})
  args.unet_run_frames = sorted({int(t) for t in split(args.unet_run_frames)})
  args.parts, args.variants = split(args.parts), split(args.variants)
  args.unet_variants = split(args.unet_variants)
  for name, given, known in (("--parts", args.parts, PARTS),
                             ("--variants", args.variants, VARIANTS),
                             ("--unet_variants", args.unet_variants, VARIANTS)):
    unknown = sorted(set(given) - set(known))
    if unknown:
      p.error(f"{name}: unknown {unknown}; choose from {', '.join(known)}.")
  return args


# ----------------------------------------------------------------------------- settings


def unet_config(paper: bool, ssm_mode: str):
  """The UNet config of the benchmark: the paper's widths at 32x32, or (CPU) the `smoke`
  widths at 16x16 with one level: a UNet step takes tens of seconds to compile on one core,
  and one level instead of smoke's two compiles faster, which keeps `make bench` under 10
  minutes (7m49s measured on 2 cores)."""
  if paper:
    c = default_config.get_config()
    c.unlock()
    ucf101_config.paper_model(c)
    c.resolution = 32
  else:
    c = default_config.get_config("smoke")
    c.unlock()
    c.resolution = 16
    c.width_mults = (1,)
  c.batch_size = 1
  c.ssm_mode = ssm_mode
  c.lock()
  return c


# The layer's small setting is fixed here, not read from configs/default.py, so that the
# numbers do not move when the demo config is retuned.
SMALL_LAYER = dict(d_state=64, mlp_dim=128, num_heads=4, head_dim=32)


def layer_settings(paper: bool) -> dict[str, Any]:
  """The temporal layer alone: C=64 channels, 16x16 pixels, batch 1; small or paper widths."""
  widths = SMALL_LAYER
  if paper:
    c = default_config.get_config()
    c.unlock()
    ucf101_config.paper_model(c)
    widths = dict(d_state=c.ssm_d_state, mlp_dim=c.ssm_mlp_dim, num_heads=c.attn_heads,
                  head_dim=c.attn_head_dim)
  return dict(batch=1, pixels=16, channels=64, **widths)


def unet_settings(paper: bool) -> dict[str, Any]:
  c = unet_config(paper, "fft")
  keys = ("batch_size", "resolution", "channels", "base_width", "width_mults", "num_groups",
          "ssm_d_state", "ssm_mlp_dim", "attn_heads", "attn_head_dim", "spatial_heads",
          "spatial_head_dim", "diffusion_steps")
  return {k: (list(c[k]) if isinstance(c[k], tuple) else c[k]) for k in keys}


# ----------------------------------------------------------------------------- programs


@dataclasses.dataclass
class Program:
  """A jitted function, abstract arguments to compile it for, and real ones to run it."""

  fn: Callable[..., Any]  # jax.jit-ed
  abstract_args: tuple[Any, ...]
  make_args: Callable[[], tuple[Any, ...]]
  donates_state: bool = False  # call as state, aux = f(state, batch) and feed state back


def layer_program(settings: dict[str, Any], kind: str, mode: str, frames: int) -> Program:
  """Forward+backward of sum(layer(x)) w.r.t. the parameters and x: [B, T, P, P, C]."""
  layer = temporal.create_temporal_layer(
      kind, d_state=settings["d_state"], ssm_mode=mode if kind == "ssm" else "fft",
      mlp_dim=settings["mlp_dim"], num_heads=settings["num_heads"],
      head_dim=settings["head_dim"], dtype=jnp.float32, name="temporal")
  b, p, c = settings["batch"], settings["pixels"], settings["channels"]

  def make_args():
    params_rng, x_rng = jax.random.split(jax.random.PRNGKey(0))
    # Parameters do not depend on T: initialize on one frame.
    params = layer.init(params_rng, jnp.zeros((b, 1, p, p, c)))["params"]
    return params, jax.random.normal(x_rng, (b, frames, p, p, c))  # x: [B, T, P, P, C]

  def loss(params, x):
    return jnp.sum(layer.apply({"params": params}, x))

  return Program(jax.jit(jax.value_and_grad(loss, argnums=(0, 1))),
                 jax.eval_shape(make_args), make_args)


_INIT_STATES: dict[tuple[bool, str, str], Any] = {}


def unet_program(paper: bool, kind: str, mode: str, frames: int) -> Program:
  """One `train.create_train_step` step (state donated) on a [B, T, H, W, 3] batch."""
  config = unet_config(paper, mode if kind == "ssm" else "fft")
  model = train.create_model(config, temporal=kind)
  optimizer = train.create_optimizer(config)
  schedule = diffusion.cosine_schedule(config.diffusion_steps)
  init_fn = train.create_init_fn(config, model, optimizer)
  shape = (config.batch_size, frames, config.resolution, config.resolution, config.channels)

  def make_args():
    state_rng, video_rng = jax.random.split(jax.random.PRNGKey(0))
    # The state does not depend on T: initialize (and compile init) once per variant, keep a
    # host copy, since each timed run donates its device copy.
    key = (paper, kind, mode)
    if key not in _INIT_STATES:
      _INIT_STATES[key] = jax.device_get(jax.jit(init_fn)(state_rng))
    video = jax.random.uniform(video_rng, shape, minval=-1.0, maxval=1.0)
    return jax.device_put(_INIT_STATES[key]), {"video": video}

  abstract = (jax.eval_shape(init_fn, jax.random.PRNGKey(0)),
              {"video": jax.ShapeDtypeStruct(shape, jnp.float32)})
  step = jax.jit(train.create_train_step(config, model, schedule, optimizer),
                 donate_argnums=0)
  return Program(step, abstract, make_args, donates_state=True)


# ----------------------------------------------------------------------------- measuring

# Memory-only points are compiled without LLVM optimization: 2-3x faster to compile, and the
# memory figures come from XLA's buffer assignment, before LLVM (identical at every point
# checked, see docs/benchmarks.md). Timed points are compiled with the default options.
FAST_COMPILE = {"xla_backend_optimization_level": 0}


@dataclasses.dataclass
class Point:
  part: str
  variant: str
  frames: int
  kind: str = ""
  mode: str = ""
  status: str = "ok"  # ok | skipped (reason)
  temp_bytes: int | None = None
  argument_bytes: int | None = None
  output_bytes: int | None = None
  alias_bytes: int | None = None
  total_bytes: int | None = None  # temp + arguments + outputs - aliased (donated)
  compile_mode: str = ""  # default | fast (memory only)
  compile_s: float | None = None  # wall, while other compiles may run
  lower_cpu_s: float | None = None  # CPU time of tracing and lowering
  time_ms: float | None = None  # median
  times_ms: list[float] = dataclasses.field(default_factory=list)
  time_note: str = ""

  def __post_init__(self):
    self.kind, self.mode = VARIANTS[self.variant]


def is_oom(error: Exception) -> bool:
  text = str(error)
  return isinstance(error, MemoryError) or "RESOURCE_EXHAUSTED" in text or \
      "out of memory" in text.lower()


def record_memory(point: Point, compiled) -> None:
  ma = compiled.memory_analysis()
  point.temp_bytes = int(ma.temp_size_in_bytes)
  point.argument_bytes = int(ma.argument_size_in_bytes)
  point.output_bytes = int(ma.output_size_in_bytes)
  point.alias_bytes = int(ma.alias_size_in_bytes)
  point.total_bytes = (point.temp_bytes + point.argument_bytes + point.output_bytes
                       - point.alias_bytes)


def time_program(point: Point, program: Program, compiled, args) -> None:
  """Median wall time of one call, after one warm-up call.

  At least --min_repeats timed calls, more (up to --repeats) while they add up to less than
  --seconds_per_point. A warm-up call slower than --single_call_seconds is the only (cold)
  timed call: its extra cost, the first touch of the buffers, is small next to its seconds of
  compute, and repeating it would take the whole benchmark past 10 minutes on 2 cores.
  """
  call_args = program.make_args()

  def call(call_args):
    start = time.perf_counter()
    out = compiled(*call_args)
    jax.block_until_ready(out)
    elapsed = time.perf_counter() - start
    if program.donates_state:  # feed the new state back; the old one was donated
      return (out[0],) + tuple(call_args[1:]), elapsed
    return call_args, elapsed

  call_args, first = call(call_args)
  times = []
  if first > args.single_call_seconds:
    times, point.time_note = [first], "one cold call"
  else:
    while len(times) < args.repeats and (
        len(times) < args.min_repeats
        or sum(times) + statistics.median(times) <= args.seconds_per_point):
      call_args, elapsed = call(call_args)
      times.append(elapsed)
  point.times_ms = [1e3 * t for t in times]
  point.time_ms = statistics.median(point.times_ms)


def build(args, settings, point: Point) -> Program:
  if point.part == "layer":
    return layer_program(settings, point.kind, point.mode, point.frames)
  return unet_program(args.paper, point.kind, point.mode, point.frames)


LOAD_SAMPLES: list[tuple[float, float]] = []  # (seconds since start, 1-minute load average)
_START = time.time()


def log(message: str) -> None:
  """Prints with the time of day; samples the load average, which the report keeps."""
  LOAD_SAMPLES.append((round(time.time() - _START, 1), os.getloadavg()[0]))
  print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def wants_time(args, point: Point) -> bool:
  if point.frames > args.max_run_frames:
    return False
  return point.part != "unet" or point.frames in args.unet_run_frames


def extrapolate(points: list[Point], frames: int, value: Callable[[Point], float],
                max_slope: float) -> float | None:
  """Power-law extrapolation of `value` from the last two points (slope in [1, max_slope];
  from one point: max_slope)."""
  if not points:
    return None
  last, slope = points[-1], max_slope
  if len(points) > 1:
    before = points[-2]
    slope = np.log(value(last) / value(before)) / np.log(last.frames / before.frames)
    slope = float(np.clip(slope, 1.0, max_slope))
  return value(last) * (frames / last.frames) ** slope


def predicted_bytes(previous: list[Point], frames: int) -> float | None:
  """Memory at `frames` from the smaller T of the same series (at most quadratic)."""
  measured = [p for p in previous if p.total_bytes]
  return extrapolate(measured, frames, lambda p: p.total_bytes, 2.0)


def predicted_seconds(timed: list[Point], frames: int) -> float | None:
  """Time per call at `frames` from the series' timed points (exponent at most 2.5)."""
  return extrapolate(timed, frames, lambda p: p.time_ms / 1e3, 2.5)


def compile_all(args, series: dict[tuple[str, str], list[Point]], programs, compiled):
  """Compiles every point, --compile_workers at a time.

  Each series (part, variant) goes up in T; a point is compiled with the default options
  (to be timed) only if it may be timed and the smaller T do not predict it over --max_gib,
  else with FAST_COMPILE, for its memory alone.
  """
  settings = layer_settings(args.paper)
  pending = {}

  def submit(pool, key, index):
    point = series[key][index]
    guess = predicted_bytes(series[key][:index], point.frames)
    fast = not wants_time(args, point) or (guess is not None and guess > args.max_gib * GIB)
    point.compile_mode = "fast" if fast else "default"
    if fast and wants_time(args, point):
      point.time_note = (f"not timed (smaller T predict {guess / GIB:.1f} GiB > "
                         f"--max_gib={args.max_gib:g})")
    # Tracing runs here, in the main thread (it holds the GIL anyway), while the pool
    # compiles earlier points.
    cpu_start = time.thread_time()
    programs[id(point)] = build(args, settings, point)
    lowered = programs[id(point)].fn.lower(*programs[id(point)].abstract_args)
    point.lower_cpu_s = time.thread_time() - cpu_start

    def compile_one():
      start = time.perf_counter()
      return lowered.compile(FAST_COMPILE if fast else None), time.perf_counter() - start

    pending[pool.submit(compile_one)] = (key, index)

  with concurrent.futures.ThreadPoolExecutor(max(1, args.compile_workers)) as pool:
    for key in series:
      submit(pool, key, 0)
    while pending:
      done, _ = concurrent.futures.wait(pending, return_when="FIRST_COMPLETED")
      for future in done:
        key, index = pending.pop(future)
        point = series[key][index]
        try:
          executable, point.compile_s = future.result()
        except Exception as e:  # pylint: disable=broad-except
          if not is_oom(e):
            raise
          point.status = f"skipped (compile ran out of memory: {str(e).splitlines()[0][:100]})"
          log(f"{point.part:5s} {point.variant:9s} T={point.frames:5d}: {point.status}")
          programs.pop(id(point))
        else:
          record_memory(point, executable)
          if point.compile_mode == "default":
            compiled[id(point)] = executable
          else:
            programs.pop(id(point))
          log(f"{point.part:5s} {point.variant:9s} T={point.frames:5d}: temp "
              f"{point.temp_bytes / MIB:10.1f} MiB, total {point.total_bytes / MIB:10.1f} MiB "
              f"({point.compile_mode} compile {point.compile_s:.1f} s)")
        if index + 1 < len(series[key]):
          submit(pool, key, index + 1)


def time_all(args, series, programs, compiled) -> None:
  """Times the default-compiled points one at a time (no compiles running meanwhile)."""
  for points in series.values():
    timed = []
    for point in points:
      if id(point) not in compiled:
        if not point.time_note and point.status == "ok":
          point.time_note = f"not timed (T > --max_run_frames={args.max_run_frames})" \
              if point.frames > args.max_run_frames else "not timed (T not in --unet_run_frames)"
        continue
      executable, program = compiled.pop(id(point)), programs.pop(id(point))
      guess = predicted_seconds(timed, point.frames)
      if point.total_bytes > args.max_gib * GIB:
        point.time_note = (f"not timed (needs {point.total_bytes / GIB:.1f} GiB > "
                           f"--max_gib={args.max_gib:g})")
      elif guess is not None and guess > args.max_call_seconds:
        point.time_note = (f"not timed (predicted {guess:.0f} s per call > "
                           f"--max_call_seconds={args.max_call_seconds:g})")
      else:
        try:
          time_program(point, program, executable, args)
          timed.append(point)
        except Exception as e:  # pylint: disable=broad-except
          if not is_oom(e):
            raise
          point.time_note = "not timed (ran out of memory)"
      del executable, program
      if point.time_ms is not None:
        log(f"{point.part:5s} {point.variant:9s} T={point.frames:5d}: {point.time_ms:10.1f} ms "
            f"(median of {len(point.times_ms)})")
      else:
        log(f"{point.part:5s} {point.variant:9s} T={point.frames:5d}: {point.time_note}")


def measure(args, points: list[Point]) -> None:
  """Memory of every point, then time of those that fit."""
  series: dict[tuple[str, str], list[Point]] = {}
  for point in points:
    series.setdefault((point.part, point.variant), []).append(point)
  programs, compiled = {}, {}
  compile_all(args, series, programs, compiled)
  log(f"compiled {len(points)} programs; load average {os.getloadavg()[0]:.2f}")
  time_all(args, series, programs, compiled)


# ----------------------------------------------------------------------------- analysis


def lookup(points, part, variant, frames) -> Point | None:
  for p in points:
    if (p.part, p.variant, p.frames) == (part, variant, frames) and p.status == "ok":
      return p
  return None


def ratio(a, b):
  return None if a is None or b is None or b == 0 else a / b


def ratios(points: list[Point], frames: list[int], parts: list[str]) -> list[dict[str, Any]]:
  """attention / SSM memory (temp) and time ratios per part and T."""
  rows = []
  for part in parts:
    for t in frames:
      attn = lookup(points, part, "attention", t)
      row = {"part": part, "frames": t}
      for variant in ("ssm/fft", "ssm/scan"):
        ssm = lookup(points, part, variant, t)
        tag = variant.split("/")[1]
        row[f"memory_attention_over_{tag}"] = ratio(attn and attn.temp_bytes,
                                                    ssm and ssm.temp_bytes)
        row[f"time_attention_over_{tag}"] = ratio(attn and attn.time_ms, ssm and ssm.time_ms)
      rows.append(row)
  return rows


def checks(points: list[Point], parts: list[str]) -> dict[str, Any]:
  """The issue's targets, each with the numbers it was judged on."""
  out = {}
  present = {(p.part, p.variant) for p in points}
  for part in parts:
    for variant in ("ssm/fft", "ssm/scan"):
      if (part, variant) not in present:
        continue
      lo, hi = lookup(points, part, variant, 64), lookup(points, part, variant, 1024)
      r = ratio(hi and hi.temp_bytes, lo and lo.temp_bytes)
      out[f"{part} {variant}: temp(1024)/temp(64) within 20% of 16"] = {
          "value": r, "pass": None if r is None else abs(r / 16 - 1) <= 0.2}
    if not {(part, "ssm/fft"), (part, "attention")} <= present:
      continue
    ssm_fft_vs_attention = []
    for t in (150, 256, 512, 1024):
      r = ratio(getattr(lookup(points, part, "attention", t), "temp_bytes", None),
                getattr(lookup(points, part, "ssm/fft", t), "temp_bytes", None))
      if r is not None:
        ssm_fft_vs_attention.append((t, r))
    rs = [r for _, r in ssm_fft_vs_attention]
    out[f"{part}: SSM (fft) below attention at T=150, gap widening with T"] = {
        "value": dict(ssm_fft_vs_attention),
        "pass": (None if not rs or ssm_fft_vs_attention[0][0] != 150 else
                 rs[0] > 1 and all(b > a for a, b in zip(rs, rs[1:])))}
    slower = {}
    for p in points:
      if p.part == part and p.variant == "ssm/fft" and p.frames >= 64 and p.time_ms:
        scan = lookup(points, part, "ssm/scan", p.frames)
        if scan is not None and scan.time_ms:
          slower[p.frames] = p.time_ms / scan.time_ms
    if {(part, "ssm/fft"), (part, "ssm/scan")} <= present:
      out[f"{part}: fft time / scan time <= 1 at T >= 64"] = {
          "value": slower,
          "pass": None if not slower else all(v <= 1 for v in slower.values())}
  return out


def cpu_seconds() -> float:
  """CPU time of this process, all threads (compiles included), user + system."""
  usage = resource.getrusage(resource.RUSAGE_SELF)
  return usage.ru_utime + usage.ru_stime


def machine_info() -> dict[str, Any]:
  device = jax.devices()[0]
  try:
    with open("/proc/meminfo") as f:
      mem_kib = int(next(l for l in f if l.startswith("MemTotal")).split()[1])
  except (OSError, StopIteration):
    mem_kib = None
  return {"platform": platform.platform(), "processor": platform.processor(),
          "python": platform.python_version(), "jax_backend": jax.default_backend(),
          "device_kind": device.device_kind, "device_count": jax.device_count(),
          "cpu_count": os.cpu_count(),
          "memory_gib": None if mem_kib is None else round(mem_kib / 2 ** 20, 1),
          "jax": jax.__version__, "jaxlib": jaxlib.__version__,
          "xla_flags": os.environ.get("XLA_FLAGS", "")}


# ----------------------------------------------------------------------------- outputs


def fmt(value, spec=".1f", none="-"):
  return none if value is None else format(value, spec)


def settings_text(settings: dict[str, Any]) -> str:
  return ", ".join(f"{k}={tuple(v) if isinstance(v, list) else v}" for k, v in settings.items())


def write_markdown(path, report) -> None:
  points = [Point(**{k: v for k, v in p.items() if k not in ("kind", "mode")})
            for p in report["points"]]
  m, s = report["machine"], report["settings"]
  lines = [
      "# Temporal layer scaling: SSM vs attention", "",
      f"Command: `{report['command']}`  ",
      f"Machine: {m['platform']}, {m['cpu_count']} CPUs, {m['memory_gib']} GiB, "
      f"{m['device_kind']} ({m['jax_backend']}), jax {m['jax']}.  ",
      f"Run: {report['elapsed_s']:.0f} s wall, {report['cpu_s']:.0f} s CPU; 1-minute load "
      f"average {report['load_average']['start'][0]:.1f} at start, "
      f"{report['load_average']['mean_1min']:.1f} on average, "
      f"{report['load_average']['end'][0]:.1f} at end (other jobs share the machine when "
      f"it is above the number of CPUs: times are then noisy, memory is not).  ",
      f"Layer: {settings_text(s['layer'])}.  ",
      f"UNet train step: {settings_text(s['unet'])}.", "",
      "temp = XLA temporaries of the compiled program (activations kept for the backward "
      "pass, workspace); args/out = argument and output buffers (state, batch, gradients). "
      "ms = median wall time of one call. Points measured for memory only were compiled "
      "without LLVM optimization (same buffer assignment, faster to compile).", ""]
  for part in report["parts"]:
    title = {"layer": "Temporal layer alone (forward+backward)",
             "unet": "UNet training step"}[part]
    lines += [f"## {title}", "",
              "| T | kind | mode | temp MiB | args MiB | out MiB | ms | note |",
              "|---:|---|---|---:|---:|---:|---:|---|"]
    for p in points:
      if p.part != part:
        continue
      note = p.status if p.status != "ok" else p.time_note
      lines.append(
          f"| {p.frames} | {p.kind} | {p.mode} | {fmt(p.temp_bytes and p.temp_bytes / MIB)} | "
          f"{fmt(p.argument_bytes and p.argument_bytes / MIB)} | "
          f"{fmt(p.output_bytes and p.output_bytes / MIB)} | {fmt(p.time_ms)} | {note} |")
    lines += ["", "attention / SSM ratios (memory: temp bytes; time: median ms):", "",
              "| T | memory attn/fft | memory attn/scan | time attn/fft | time attn/scan |",
              "|---:|---:|---:|---:|---:|"]
    for r in report["ratios"]:
      if r["part"] == part:
        lines.append(
            f"| {r['frames']} | {fmt(r['memory_attention_over_fft'], '.2f')} | "
            f"{fmt(r['memory_attention_over_scan'], '.3f')} | "
            f"{fmt(r['time_attention_over_fft'], '.2f')} | "
            f"{fmt(r['time_attention_over_scan'], '.2f')} |")
    lines.append("")
  lines += ["## Checks", ""]
  for name, c in report["checks"].items():
    verdict = {True: "yes", False: "NO", None: "not measured"}[c["pass"]]
    value = c["value"]
    if isinstance(value, dict):
      value = ", ".join(f"T={k}: {v:.2f}" for k, v in value.items()) or "-"
    else:
      value = fmt(value, ".2f")
    lines.append(f"- {name}: **{verdict}** ({value})")
  with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")


def write_plot(path, report) -> None:
  import matplotlib  # pylint: disable=g-import-not-at-top
  matplotlib.use("Agg")
  import matplotlib.ticker  # pylint: disable=g-import-not-at-top
  import matplotlib.pyplot as plt  # pylint: disable=g-import-not-at-top

  parts = report["parts"]
  fig, axes = plt.subplots(len(parts), 2, figsize=(11, 4.2 * len(parts)), squeeze=False)
  styles = {"ssm/fft": ("tab:blue", "o"), "ssm/scan": ("tab:green", "s"),
            "attention": ("tab:red", "^")}
  for row, part in enumerate(parts):
    for col, (key, label) in enumerate((("temp_bytes", "XLA temp memory (MiB)"),
                                        ("time_ms", "median time per call (ms)"))):
      ax = axes[row, col]
      for variant, (color, marker) in styles.items():
        pts = [p for p in report["points"] if p["part"] == part and p["variant"] == variant
               and p[key]]
        if not pts:
          continue
        xs = np.array([p["frames"] for p in pts], float)
        ys = np.array([p[key] for p in pts], float) / (MIB if key == "temp_bytes" else 1.0)
        ax.plot(xs, ys, marker=marker, color=color, label=variant)
        if variant == "ssm/fft" and len(xs) > 1:  # slope guides through the first point
          ax.plot(xs, ys[0] * xs / xs[0], ":", color="grey", lw=1,
                  label="∝ T" if col == 0 else None)
          ax.plot(xs, ys[0] * (xs / xs[0]) ** 2, "--", color="grey", lw=1,
                  label="∝ T²" if col == 0 else None)
      ax.set_xscale("log", base=2)
      ax.set_yscale("log")
      ax.set_xticks(report["frames"], [str(t) for t in report["frames"]])
      ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
      ax.set_xlim(min(report["frames"]) / 1.2, max(report["frames"]) * 1.2)
      ax.set_xlabel("frames T")
      ax.set_ylabel(label)
      ax.set_title({"layer": "temporal layer, fwd+bwd", "unet": "UNet train step"}[part])
      ax.grid(True, which="both", alpha=0.3)
      if ax.lines:
        ax.legend(fontsize=8)
      else:
        ax.text(0.5, 0.5, "not timed", transform=ax.transAxes, ha="center", color="grey")
  fig.suptitle(f"Temporal SSM vs attention ({report['machine']['device_kind']}, "
               f"{'paper' if report['paper'] else 'small CPU'} widths)")
  fig.tight_layout()
  fig.savefig(path, dpi=110)
  plt.close(fig)


def main(argv=None) -> int:
  args = parse_args(argv)
  start = time.time()
  load_start = os.getloadavg()
  frames, parts = args.frames, args.parts
  os.makedirs(args.out, exist_ok=True)
  points = [Point(part, variant, t) for part in parts
            for variant in (args.unet_variants if part == "unet" else args.variants)
            for t in frames]
  log(f"{len(points)} points; XLA_FLAGS={os.environ['XLA_FLAGS']!r}; "
      f"load average {load_start[0]:.2f}")

  measure(args, points)

  report = {
      "command": " ".join([os.path.relpath(sys.argv[0], REPO)] + sys.argv[1:]),
      "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
      "machine": machine_info(), "paper": args.paper, "parts": parts, "frames": frames,
      "settings": {"layer": layer_settings(args.paper), "unet": unet_settings(args.paper)},
      "flags": vars(args), "points": [dataclasses.asdict(p) for p in points],
      "ratios": ratios(points, frames, parts), "checks": checks(points, parts),
      "elapsed_s": time.time() - start, "cpu_s": cpu_seconds(),
      "load_average": {"start": load_start, "end": os.getloadavg(),
                       "samples_1min": LOAD_SAMPLES,
                       "mean_1min": float(np.mean([l for _, l in LOAD_SAMPLES]))},
  }
  with open(os.path.join(args.out, "scaling.json"), "w") as f:
    json.dump(report, f, indent=1)
  write_markdown(os.path.join(args.out, "scaling.md"), report)
  write_plot(os.path.join(args.out, "scaling.png"), report)

  print("\nattention / SSM ratios (memory = temp bytes):")
  for r in report["ratios"]:
    print(f"  {r['part']:5s} T={r['frames']:5d}  memory attn/fft "
          f"{fmt(r['memory_attention_over_fft'], '7.2f')}  attn/scan "
          f"{fmt(r['memory_attention_over_scan'], '7.3f')}  time attn/fft "
          f"{fmt(r['time_attention_over_fft'], '6.2f')}  attn/scan "
          f"{fmt(r['time_attention_over_scan'], '6.2f')}")
  print("checks:")
  for name, c in report["checks"].items():
    print(f"  {name}: {c['pass']} ({c['value']})")
  log(f"done in {report['elapsed_s']:.0f} s; load average {report['load_average']['end']}; "
      f"wrote {args.out}/scaling.{{json,md,png}}")
  return 0


if __name__ == "__main__":
  sys.exit(main())
