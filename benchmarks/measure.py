"""What benchmarks/scaling.py measures, and how: the programs (one temporal layer, a UNet
training step), compiling them, XLA's memory analysis, timing, and machine info.

Importing this module sets XLA_FLAGS to contain --xla_cpu_experimental_ynn_fusion_type=
(empty) unless it is there already: with the CPU's default YNN fusion, memory_analysis()
leaves out the buffers inside YNN fusions (attention at 1024 frames reports 0 temp bytes).
Import it before jax initializes its backend. Where JAX_PLATFORMS names no "cpu" (a GPU or TPU
run: JAX_PLATFORMS=cuda), the CPU-only flag is left out.
"""

import os
import sys

# Before jax is imported: with the default YNN fusion, memory_analysis() leaves out the
# buffers inside YNN fusions (attention at 1024 frames reports 0 temp bytes).
_YNN_FLAG = "--xla_cpu_experimental_ynn_fusion_type="
_PLATFORMS = os.environ.get("JAX_PLATFORMS", "")
if _YNN_FLAG not in os.environ.get("XLA_FLAGS", "") and (not _PLATFORMS or "cpu" in _PLATFORMS):
  os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " " + _YNN_FLAG).strip()
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

# `configs` lives at the repository root, outside the installed package.
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
  sys.path.insert(0, REPO)

# pylint: disable=g-import-not-at-top,wrong-import-position
import concurrent.futures
import dataclasses
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
from ssm_vdm import train_step
from ssm_vdm.models import temporal

MIB = 2.0 ** 20
GIB = 2.0 ** 30
VARIANTS = {"ssm/fft": ("ssm", "fft"), "ssm/scan": ("ssm", "scan"),
            "attention": ("attention", "-")}
PARTS = ("layer", "unet")
# The UNet part's other axes (config keys `remat`, `chunks` and `dtype`); a variant's name
# carries those that are not none / 1 / float32: `ssm/fft`, `ssm/fft/blocks/c8/bf16`.
REMATS = ("none", "temporal", "blocks")
DTYPES = {"float32": "", "bfloat16": "bf16"}  # dtype -> tag in the variant name


def variant_name(base: str, remat: str = "none", dtype: str = "float32",
                 chunks: int = 1) -> str:
  """`base` (a key of VARIANTS) with its remat, chunks and dtype: ssm/fft/blocks/c8/bf16."""
  tags = ([base] + ([remat] if remat != "none" else []) +
          ([f"c{chunks}"] if chunks != 1 else []) + ([DTYPES[dtype]] if DTYPES[dtype] else []))
  return "/".join(tags)


def parse_variant(name: str) -> tuple[str, str, str, int]:
  """variant_name's inverse: (base, remat, dtype, chunks)."""
  for base in sorted(VARIANTS, key=len, reverse=True):
    if name == base or name.startswith(base + "/"):
      break
  else:
    raise ValueError(f"Unknown variant {name!r}; the base is one of {', '.join(VARIANTS)}.")
  remat, dtype, chunks = "none", "float32", 1
  tags = {tag: d for d, tag in DTYPES.items() if tag}
  for token in filter(None, name[len(base):].split("/")):
    if token in REMATS:
      remat = token
    elif token in tags:
      dtype = tags[token]
    elif token[:1] == "c" and token[1:].isdigit() and int(token[1:]) > 0:
      chunks = int(token[1:])
    else:
      raise ValueError(f"Unknown tag {token!r} in variant {name!r}.")
  spelled = variant_name(base, remat, dtype, chunks)
  if spelled != name:
    raise ValueError(f"Variant {name!r} should be spelled {spelled!r}.")
  return base, remat, dtype, chunks


# ----------------------------------------------------------------------------- settings


def unet_config(paper: bool, ssm_mode: str, remat: str | None = None,
                dtype: str | None = None, chunks: int | None = None):
  """The UNet config of the benchmark: the paper's widths at 32x32, or (CPU) the `smoke`
  widths at 16x16 with one level: a UNet step takes tens of seconds to compile on one core,
  and one level instead of smoke's two compiles faster, which keeps `make bench` under 10
  minutes (7m49s measured on 2 cores). `remat`, `dtype` and `chunks` replace the config's
  when given (paper: `configs/ucf101.py:paper_model`'s; small: `configs/default.py:smoke`'s)."""
  if paper:
    c = default_config.get_config()
    c.unlock()
    ucf101_config.paper_model(c)
    c.data.resolution = 32
  else:
    c = default_config.get_config("smoke")
    c.unlock()
    c.data.resolution = 16
    c.model.width_mults = (1,)
  c.data.batch_size = 1
  c.model.ssm.mode = ssm_mode
  given = dict(remat=remat, dtype=dtype, chunks=chunks)
  c.model.update({k: v for k, v in given.items() if v is not None})
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
    widths = dict(d_state=c.model.ssm.d_state, mlp_dim=c.model.ssm.mlp_dim,
                  num_heads=c.model.attn.heads, head_dim=c.model.attn.head_dim)
  return dict(batch=1, pixels=16, channels=64, **widths)


def unet_settings(paper: bool) -> dict[str, Any]:
  c = unet_config(paper, "fft")
  keys = ("data.batch_size", "data.resolution", "data.channels", "model.base_width",
          "model.width_mults", "model.num_groups", "model.ssm.d_state", "model.ssm.mlp_dim",
          "model.attn.heads", "model.attn.head_dim", "model.spatial.heads",
          "model.spatial.head_dim", "diffusion.steps")
  values = {k: c[k] for k in keys}  # ConfigDict reads dotted keys
  return {k: (list(v) if isinstance(v, tuple) else v) for k, v in values.items()}


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


_INIT_STATES: dict[tuple[Any, ...], Any] = {}


def unet_program(paper: bool, kind: str, mode: str, frames: int, remat: str = "none",
                 dtype: str = "float32", chunks: int = 1) -> Program:
  """One `train_step.create_train_step` step (state donated) on a [B, T, H, W, 3] batch, of the
  UNet `train_step.create_model` makes from the config with this `remat`, `dtype`, `chunks`."""
  config = unet_config(paper, mode if kind == "ssm" else "fft", remat, dtype, chunks)
  model = train_step.create_model(config, temporal=kind)
  optimizer = train_step.create_optimizer(config)
  schedule = diffusion.cosine_schedule(config.diffusion.steps)
  init_fn = train_step.create_init_fn(config, model, optimizer)
  d = config.data
  shape = (d.batch_size, frames, d.resolution, d.resolution, d.channels)

  def make_args():
    state_rng, video_rng = jax.random.split(jax.random.PRNGKey(0))
    # The state does not depend on T, nor on remat or chunks (the UNet initializes its
    # children directly): initialize (and compile init) once per kind, mode and dtype, keep a host
    # copy, since each timed run donates its device copy.
    key = (paper, kind, mode, dtype)
    if key not in _INIT_STATES:
      _INIT_STATES[key] = jax.device_get(jax.jit(init_fn)(state_rng))
    video = jax.random.uniform(video_rng, shape, minval=-1.0, maxval=1.0)
    return jax.device_put(_INIT_STATES[key]), {"video": video}

  abstract = (jax.eval_shape(init_fn, jax.random.PRNGKey(0)),
              {"video": jax.ShapeDtypeStruct(shape, jnp.float32)})
  step = jax.jit(train_step.create_train_step(config, model, schedule, optimizer),
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
  remat: str = "none"  # from the variant's name
  dtype: str = "float32"  # from the variant's name
  chunks: int = 1  # from the variant's name
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
    base, self.remat, self.dtype, self.chunks = parse_variant(self.variant)
    self.kind, self.mode = VARIANTS[base]


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
  call = Caller(program, compiled)
  first = call()
  times = []
  if first > args.single_call_seconds:
    times, point.time_note = [first], "one cold call"
  else:
    while len(times) < args.repeats and (
        len(times) < args.min_repeats
        or sum(times) + statistics.median(times) <= args.seconds_per_point):
      times.append(call())
  point.times_ms = [1e3 * t for t in times]
  point.time_ms = statistics.median(point.times_ms)


class Caller:
  """Calls a compiled program on its real arguments; returns the wall time of the call."""

  def __init__(self, program: Program, compiled):
    self.program, self.compiled = program, compiled
    self.args = program.make_args()

  def __call__(self) -> float:
    start = time.perf_counter()
    out = self.compiled(*self.args)
    jax.block_until_ready(out)
    elapsed = time.perf_counter() - start
    if self.program.donates_state:  # feed the new state back; the old one was donated
      self.args = (out[0],) + tuple(self.args[1:])
    return elapsed


def time_interleaved(group: list[tuple[Point, Program, Any]], args) -> None:
  """Times points of the same T together: one warm-up call each, then --repeats rounds of
  one call per point, so that a change in the machine's load falls on all of them alike.
  A point whose warm-up takes over --single_call_seconds is timed by that call alone."""
  callers, times = {}, {}
  for point, program, compiled in group:
    callers[id(point)] = Caller(program, compiled)
    first = callers[id(point)]()
    if first > args.single_call_seconds:
      times[id(point)], point.time_note = [first], "one cold call"
      del callers[id(point)]
    else:
      times[id(point)] = []
  names = ", ".join(p.variant for p, _, _ in group)
  for _ in range(args.repeats):
    for point, _, _ in group:
      if id(point) in callers:
        times[id(point)].append(callers[id(point)]())
  for point, _, _ in group:
    point.times_ms = [1e3 * t for t in times[id(point)]]
    point.time_ms = statistics.median(point.times_ms)
    if id(point) in callers and len(group) > 1:
      point.time_note = f"interleaved with {names}"


def build(args, settings, point: Point) -> Program:
  if point.part == "layer":
    return layer_program(settings, point.kind, point.mode, point.frames)
  return unet_program(args.paper, point.kind, point.mode, point.frames, point.remat,
                      point.dtype, point.chunks)


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
          log(f"{point.part:5s} {point.variant:19s} T={point.frames:5d}: {point.status}")
          programs.pop(id(point))
        else:
          record_memory(point, executable)
          if point.compile_mode == "default":
            compiled[id(point)] = executable
          else:
            programs.pop(id(point))
          log(f"{point.part:5s} {point.variant:19s} T={point.frames:5d}: temp "
              f"{point.temp_bytes / MIB:10.1f} MiB, total {point.total_bytes / MIB:10.1f} MiB "
              f"({point.compile_mode} compile {point.compile_s:.1f} s)")
        if index + 1 < len(series[key]):
          submit(pool, key, index + 1)


def take_timeable(args, point: Point, programs, compiled) -> tuple[Any, Program] | None:
  """(executable, program) of a point to time, removed from `compiled`/`programs`; None,
  with point.time_note saying why, for a point not compiled for timing or over --max_gib
  (the latter logged)."""
  if id(point) not in compiled:
    if not point.time_note and point.status == "ok":
      point.time_note = f"not timed (T > --max_run_frames={args.max_run_frames})" \
          if point.frames > args.max_run_frames else "not timed (T not in --unet_run_frames)"
    return None
  executable, program = compiled.pop(id(point)), programs.pop(id(point))
  if point.total_bytes > args.max_gib * GIB:
    point.time_note = (f"not timed (needs {point.total_bytes / GIB:.1f} GiB > "
                       f"--max_gib={args.max_gib:g})")
    log(f"{point.part:5s} {point.variant:19s} T={point.frames:5d}: {point.time_note}")
    return None
  return executable, program


def time_all(args, series, programs, compiled) -> None:
  """Times the default-compiled points one at a time (no compiles running meanwhile)."""
  if args.interleave:
    return time_all_interleaved(args, series, programs, compiled)
  for points in series.values():
    timed = []
    for point in points:
      taken = take_timeable(args, point, programs, compiled)
      if taken is None:
        continue
      executable, program = taken
      guess = predicted_seconds(timed, point.frames)
      if guess is not None and guess > args.max_call_seconds:
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
        log(f"{point.part:5s} {point.variant:19s} T={point.frames:5d}: {point.time_ms:10.1f} ms "
            f"(median of {len(point.times_ms)})")
      else:
        log(f"{point.part:5s} {point.variant:19s} T={point.frames:5d}: {point.time_note}")


def time_all_interleaved(args, series, programs, compiled) -> None:
  """--interleave: the points of each (part, T) timed round-robin (`time_interleaved`)."""
  groups: dict[tuple[str, int], list[tuple[Point, Program, Any]]] = {}
  for points in series.values():
    for point in points:
      taken = take_timeable(args, point, programs, compiled)
      if taken is None:
        continue
      executable, program = taken
      groups.setdefault((point.part, point.frames), []).append((point, program, executable))
  for group in groups.values():
    time_interleaved(group, args)
    for point, _, _ in group:
      log(f"{point.part:5s} {point.variant:19s} T={point.frames:5d}: {point.time_ms:10.1f} ms "
          f"(median of {len(point.times_ms)}: "
          f"{', '.join(f'{t:.0f}' for t in point.times_ms)})")
    group.clear()


def measure(args, points: list[Point]) -> None:
  """Memory of every point, then time of those that fit."""
  series: dict[tuple[str, str], list[Point]] = {}
  for point in points:
    series.setdefault((point.part, point.variant), []).append(point)
  programs, compiled = {}, {}
  compile_all(args, series, programs, compiled)
  log(f"compiled {len(points)} programs; load average {os.getloadavg()[0]:.2f}")
  time_all(args, series, programs, compiled)

def cpu_seconds() -> float:
  """CPU time of this process, all threads (compiles included), user + system."""
  usage = resource.getrusage(resource.RUSAGE_SELF)
  return usage.ru_utime + usage.ru_stime


def source_info() -> dict[str, Any]:
  """The git commit measured, and the files under ssm_vdm/, configs/ and benchmarks/ that
  differ from it (the numbers are of the working tree)."""
  import subprocess  # pylint: disable=g-import-not-at-top

  def git(*command):
    try:
      return subprocess.run(["git", *command], cwd=REPO, capture_output=True, text=True,
                            timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
      return None

  status = git("status", "--porcelain", "--", "ssm_vdm", "configs", "benchmarks")
  commit = git("rev-parse", "--short", "HEAD")
  return {"commit": commit and commit.strip(),
          "modified": None if status is None else [
              l[3:] for l in status.splitlines() if not l[3:].startswith("benchmarks/results")]}


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

