r"""Input throughput: clips/s of every data source, per core, and where the time goes.

    .venv/bin/python benchmarks/input.py --out=benchmarks/results
    .venv/bin/python benchmarks/input.py --videos=8 --repeats=1 --out=/tmp/quick   # a look

Data is generated here (nothing is downloaded): `--videos` 320x240 videos of moving shapes
over moving gradients with grain (100-250 frames, UCF101's size and typical length), written
as H.264 MP4 and VP8 WebM files, and put through the TFDS `ucf101/ucf101_1` builder (JPEG
frames, the builder's own encoding and split files); minerl_navigate gets `--videos` // 3
64x64 videos of 500 frames through its builder (PNG frames). Prepared clips are then written
from the ucf101 copy by ssm_vdm.data.prepare.

Each source yields batches of `--batch` clips of `--frames` frames at `--resolution`. After
`--warmup` batches, `--batches` batches are timed; the median of `--repeats` such runs is
reported with the CPU seconds they used (this process and its ffmpeg children), so clips per
CPU-second is the rate per busy core. Stages (read, decode, resize, the rest: windows,
batching and tf.data) are timed one clip at a time on one thread.
`--baseline_commit` also times the video_folder source of that commit (loaded from git) on the
same files. The machine is shared: the load average is recorded before and after.

Outputs in --out: input<--tag>.json (every number, settings, machine, load, source commit),
.md (tables) and .png (clips/s per source).
"""

import argparse
import importlib.util
import json
import os
import pathlib
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import numpy as np  # pylint: disable=g-import-not-at-top

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from configs import default  # pylint: disable=g-import-not-at-top
from ssm_vdm import input_pipeline  # pylint: disable=g-import-not-at-top
from ssm_vdm.data import folder_source  # pylint: disable=g-import-not-at-top
from ssm_vdm.data import prepare  # pylint: disable=g-import-not-at-top
from ssm_vdm.data import prepared_source  # pylint: disable=g-import-not-at-top
from ssm_vdm.data import tfds_source  # pylint: disable=g-import-not-at-top
from ssm_vdm.data import transform  # pylint: disable=g-import-not-at-top


def log(message: str) -> None:
  print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# Generated data.


def make_video(rng, length: int, height: int, width: int) -> np.ndarray:
  """uint8 [L, H, W, 3]: moving gradients, three moving boxes, grain: codecs have work."""
  t = np.arange(length, dtype=np.float32)[:, None, None]
  y = np.arange(height, dtype=np.float32)[None, :, None]
  x = np.arange(width, dtype=np.float32)[None, None, :]
  phase = rng.uniform(0, 2 * np.pi, 3)
  video = np.stack([127 + 100 * np.sin(0.02 * x + 0.03 * y + 0.05 * t + p)
                    for p in phase], axis=-1)  # [L, H, W, 3]
  for _ in range(3):
    size = rng.integers(height // 8, height // 3)
    start, speed = rng.uniform(0, [height, width]), rng.uniform(-3, 3, 2)
    colour = rng.uniform(0, 255, 3)
    for i in range(length):
      top, left = ((start + i * speed) % [height, width]).astype(int)
      video[i, top:top + size, left:left + size] = colour
  video += rng.normal(0, 6, video.shape)
  return np.clip(video, 0, 255).astype(np.uint8)


def write_folders(root: pathlib.Path, num: int, seed: int) -> dict[str, str]:
  import imageio.v3 as iio  # pylint: disable=g-import-not-at-top
  folders = {"mp4": root / "mp4", "webm": root / "webm"}
  if all((f / "done").exists() for f in folders.values()):
    return {k: str(v) for k, v in folders.items()}
  for folder in folders.values():
    folder.mkdir(parents=True, exist_ok=True)
  rng = np.random.default_rng(seed)
  for i in range(num):
    video = make_video(rng, int(rng.integers(100, 251)), 240, 320)
    iio.imwrite(folders["mp4"] / f"v{i:03d}.mp4", video, plugin="FFMPEG", fps=25,
                codec="libx264")
    iio.imwrite(folders["webm"] / f"v{i:03d}.webm", video, plugin="FFMPEG", fps=25,
                codec="libvpx")
    np.save(root / f"v{i:03d}.npy", video)  # the TFDS builds read these
  for folder in folders.values():
    (folder / "done").write_text("")
  log(f"wrote {num} videos as mp4 and webm under {root}")
  return {k: str(v) for k, v in folders.items()}


def build_tfds(name: str, data_dir: str, examples) -> None:
  """Prepares TFDS `name` in data_dir from (key, example) pairs through its own builder."""
  import tensorflow_datasets as tfds  # pylint: disable=g-import-not-at-top
  builder = tfds.builder(name, data_dir=data_dir)
  if builder.is_prepared():
    return
  cls = type(builder)
  saved = cls.__dict__.get("_split_generators")
  cls._split_generators = lambda self, dl_manager: examples  # pylint: disable=protected-access
  cls.url_infos = None  # nothing is downloaded: no checksums to look up
  try:
    builder.download_and_prepare()
  finally:
    if saved is None:
      del cls._split_generators
    else:
      cls._split_generators = saved  # pylint: disable=protected-access
    del cls.url_infos
  log(f"built TFDS {builder.info.full_name} in {data_dir}")


def build_datasets(root: pathlib.Path, num: int, seed: int) -> str:
  import minerl_navigate  # pylint: disable=g-import-not-at-top,unused-import
  data_dir = str(root / "tfds")
  npys = sorted(root.glob("v*.npy"))[:num]
  half = max(1, len(npys) * 3 // 4)

  def ucf(files, first):
    for i, f in enumerate(files):
      yield f"v{first + i}", {"video": np.load(f), "label": (first + i) % 101}

  build_tfds("ucf101/ucf101_1", data_dir,
             {"train": ucf(npys[:half], 0), "test": ucf(npys[half:], half)})
  rng = np.random.default_rng(seed + 1)
  count = max(2, num // 3)

  def minerl(n, first):
    for i in range(n):
      yield f"m{first + i}", {"video": make_video(rng, 500, 64, 64)}

  build_tfds("minerl_navigate", data_dir,
             {"train": minerl(count - 1, 0), "test": minerl(1, count - 1)})
  return data_dir


# ---------------------------------------------------------------------------------------------
# Timing.


def cpu_seconds() -> float:
  own = resource.getrusage(resource.RUSAGE_SELF)
  kids = resource.getrusage(resource.RUSAGE_CHILDREN)
  return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def time_iterator(make, args) -> dict:
  """Median clips/s and clips per CPU-second over args.repeats fresh iterators."""
  rates, per_cpu = [], []
  for _ in range(args.repeats):
    iterator = make()
    for _ in range(args.warmup):
      next(iterator)
    wall, cpu = time.perf_counter(), cpu_seconds()
    clips = sum(len(next(iterator)["video"]) for _ in range(args.batches))
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    rates.append(clips / wall)
    per_cpu.append(clips / max(cpu, 1e-9))
    del iterator
  return {"clips_per_s": statistics.median(rates), "runs": rates,
          "clips_per_cpu_s": statistics.median(per_cpu)}


def per_call_ms(fn, repeats: int) -> float:
  fn()  # warm: traces tf.functions, fills caches
  times = []
  for _ in range(repeats):
    start = time.perf_counter()
    fn()
    times.append(time.perf_counter() - start)
  return 1e3 * statistics.median(times)


def tfds_stages(config, repeats: int) -> dict:
  """ms per clip, one thread: read (records up to one video), decode (T JPEG/PNG), resize."""
  import tensorflow as tf  # pylint: disable=g-import-not-at-top
  records = iter(tfds_source.encoded_videos(config, config.data.train_split).repeat())
  encoded = next(records)["frames"][:config.data.frames]
  read = per_call_ms(lambda: next(records), repeats)  # a whole video's record, to cut a clip
  decode_fn = tf.function(tfds_source.decode_frames)
  frames = decode_fn(encoded)
  resize_fn = tf.function(transform.for_config(config))
  return {"read": read,
          "decode": per_call_ms(lambda: decode_fn(encoded).numpy(), repeats),
          "resize": per_call_ms(lambda: resize_fn(frames).numpy(), repeats)}


def folder_stages(config, path: str, repeats: int) -> dict:
  """ms per clip: read + decode (ffmpeg, a clip at a random frame of the file), resize."""
  import tensorflow as tf  # pylint: disable=g-import-not-at-top
  length = folder_source._count_frames(path)  # pylint: disable=protected-access
  rng = np.random.default_rng(0)
  span = (config.data.frames - 1) * config.data.frame_stride + 1
  decode = per_call_ms(lambda: folder_source.read_clip(
      path, int(rng.integers(0, length - span + 1)), config.data.frames, config.data.frame_stride),
                       repeats)
  _, frames = folder_source.read_clip(path, 0, config.data.frames, config.data.frame_stride)
  resize_fn = tf.function(transform.for_config(config))
  return {"read+decode": decode, "resize": per_call_ms(lambda: resize_fn(frames).numpy(),
                                                       repeats)}


def prepared_stages(config, repeats: int) -> dict:
  """ms per clip: read T records, convert to float [-1, 1]."""
  import tensorflow as tf  # pylint: disable=g-import-not-at-top
  paths = prepared_source.store_paths(config, config.data.train_split)
  frames = prepared_source.Frames(paths, config.data.resolution)
  index = np.arange(config.data.frames) * config.data.frame_stride + 100
  clip = frames.read(index)
  convert = tf.function(lambda c: transform.to_unit_range(c, config.data.channels))
  return {"read": per_call_ms(lambda: frames.read(index), repeats),
          "convert": per_call_ms(lambda: convert(clip).numpy(), repeats)}


def baseline_module(commit: str):
  """ssm_vdm/input_pipeline.py as it was at `commit` (before ssm_vdm/data), as a module."""
  source = subprocess.run(["git", "show", f"{commit}:ssm_vdm/input_pipeline.py"], cwd=REPO,
                          capture_output=True, text=True, check=True).stdout
  path = pathlib.Path(tempfile.mkdtemp()) / f"input_pipeline_{commit}.py"
  path.write_text(source)
  spec = importlib.util.spec_from_file_location(path.stem, path)
  module = importlib.util.module_from_spec(spec)
  spec.loader.exec_module(module)
  return module


# ---------------------------------------------------------------------------------------------


def main(argv=None):
  p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  p.add_argument("--out", default="benchmarks/results")
  p.add_argument("--tag", default="", help="outputs are input<tag>.json/.md/.png")
  p.add_argument("--data", default=os.path.join(tempfile.gettempdir(), "ssm_vdm_input_bench"),
                 help="where the generated videos, TFDS copies and prepared clips go (reused)")
  p.add_argument("--videos", type=int, default=24)
  p.add_argument("--frames", type=int, default=16)
  p.add_argument("--resolution", type=int, default=32)
  p.add_argument("--batch", type=int, default=8)
  p.add_argument("--batches", type=int, default=10, help="timed batches per run")
  p.add_argument("--prepared_batches", type=int, default=200,
                 help="timed batches per run from prepared clips and synthetic videos")
  p.add_argument("--warmup", type=int, default=3)
  p.add_argument("--repeats", type=int, default=3)
  p.add_argument("--stage_repeats", type=int, default=20)
  p.add_argument("--baseline_commit", default="5f3107d",
                 help="also time this commit's video_folder source ('' = skip)")
  p.add_argument("--sources", default="synthetic,ucf101,minerl_navigate,video_folder_mp4,"
                 "video_folder_webm,prepared_video,prepared_window")
  args = p.parse_args(argv)
  wanted = args.sources.split(",")
  root = pathlib.Path(args.data)
  root.mkdir(parents=True, exist_ok=True)
  load_start = os.getloadavg()
  folders = write_folders(root, args.videos, seed=0)
  data_dir = build_datasets(root, args.videos, seed=0)

  def config(**data_overrides):
    c = default.get_config()
    c.data.update(frames=args.frames, resolution=args.resolution, batch_size=args.batch,
                  shuffle_buffer=64, data_dir=data_dir, prepared_dir="")
    c.data.update(data_overrides)
    return c

  ucf = dict(dataset="ucf101", tfds_config="ucf101_1", frame_transform="resize_crop",
             train_split="train+test")
  prepared_dir = str(root / "clips")
  shutil.rmtree(prepared_dir, ignore_errors=True)  # timed from scratch every run
  t0 = time.perf_counter()
  prepare.prepare(config(**ucf, prepared_dir=prepared_dir), log_every_s=1e9)
  prepare_seconds = time.perf_counter() - t0
  cases = {
      "synthetic": (config(), None),
      "ucf101": (config(**ucf), "tfds"),
      "minerl_navigate": (config(dataset="minerl_navigate"), "tfds"),
      "video_folder_mp4": (config(dataset="video_folder", video_folder=folders["mp4"]),
                           "folder"),
      "video_folder_webm": (config(dataset="video_folder", video_folder=folders["webm"]),
                            "folder"),
      "prepared_video": (config(**ucf, prepared_dir=prepared_dir), "prepared"),
      "prepared_window": (config(**ucf, prepared_dir=prepared_dir, clip_sampling="window"),
                          "prepared"),
  }
  results = {}
  for name in wanted:
    c, kind = cases[name]
    fast = kind in (None, "prepared")
    run_args = argparse.Namespace(**{**vars(args), "batches": args.prepared_batches
                                     if fast else args.batches})
    log(f"{name}: timing {run_args.batches} batches x {args.repeats}")
    row = time_iterator(lambda c=c: input_pipeline.create_train_iterator(c), run_args)
    if kind == "tfds":
      row["stages_ms"] = tfds_stages(c, args.stage_repeats)
    elif kind == "folder":
      first = sorted(pathlib.Path(c.data.video_folder).glob("v*"))[0]
      row["stages_ms"] = folder_stages(c, str(first), args.stage_repeats)
    elif kind == "prepared":
      row["stages_ms"] = prepared_stages(c, args.stage_repeats)
    results[name] = row
    log(f"{name}: {row['clips_per_s']:.1f} clips/s, {row['clips_per_cpu_s']:.1f} per CPU-s, "
        f"stages {row.get('stages_ms')}")
  if args.baseline_commit and "video_folder_mp4" in wanted:
    old = baseline_module(args.baseline_commit)
    c = cases["video_folder_mp4"][0]
    run_args = argparse.Namespace(**vars(args))
    log(f"baseline {args.baseline_commit} video_folder_mp4")
    results[f"video_folder_mp4@{args.baseline_commit}"] = time_iterator(
        lambda: old.create_train_iterator(c), run_args)
  import measure  # pylint: disable=g-import-not-at-top  # benchmarks/measure.py
  report = {
      "settings": {k: v for k, v in vars(args).items() if k not in ("out", "tag")},
      "results": results,
      "prepare": {"seconds": prepare_seconds,
                  "videos": args.videos, "what": "ucf101/ucf101_1 train+test, "
                  f"{args.resolution}px resize_crop"},
      "load_average": {"start": load_start, "end": os.getloadavg()},
      "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                  "python": platform.python_version()},
      "source": measure.source_info(),
      "date": time.strftime("%Y-%m-%d %H:%M"),
  }
  out = pathlib.Path(args.out)
  out.mkdir(parents=True, exist_ok=True)
  stem = f"input{args.tag}"
  (out / f"{stem}.json").write_text(json.dumps(report, indent=2))
  (out / f"{stem}.md").write_text(markdown(report))
  plot(out / f"{stem}.png", report)
  print(markdown(report))


def markdown(report) -> str:
  s = report["settings"]
  lines = [f"Batches of {s['batch']} clips of {s['frames']}x{s['resolution']}x"
           f"{s['resolution']}; median of {s['repeats']} runs; load average "
           f"{report['load_average']['start'][0]:.2f} -> {report['load_average']['end'][0]:.2f}"
           f" on {report['machine']['cpu_count']} cores; commit "
           f"{report['source'].get('commit')}.", "",
           "| source | clips/s | clips per CPU-second | stages, ms per clip (one thread) |",
           "|---|---:|---:|---|"]
  for name, row in report["results"].items():
    stages = ", ".join(f"{k} {v:.2f}" for k, v in row.get("stages_ms", {}).items())
    lines.append(f"| {name} | {row['clips_per_s']:.1f} | {row['clips_per_cpu_s']:.1f} | "
                 f"{stages or '-'} |")
  prep = report["prepare"]
  lines += ["", f"Preparing {prep['videos']} videos ({prep['what']}): "
            f"{prep['seconds']:.1f} s."]
  return "\n".join(lines) + "\n"


def plot(path, report) -> None:
  import matplotlib  # pylint: disable=g-import-not-at-top
  matplotlib.use("Agg")
  import matplotlib.pyplot as plt  # pylint: disable=g-import-not-at-top
  names = list(report["results"])
  rates = [report["results"][n]["clips_per_s"] for n in names]
  fig, ax = plt.subplots(figsize=(8, 0.45 * len(names) + 1.2))
  ax.barh(names, rates)
  ax.set_xscale("log")
  ax.axvline(1000, color="grey", linestyle="--", label="target from prepared clips")
  ax.set_xlabel("clips/s (log)")
  ax.invert_yaxis()
  ax.legend(loc="lower right")
  s = report["settings"]
  ax.set_title(f"Input throughput, {s['frames']}x{s['resolution']}x{s['resolution']}, "
               f"batch {s['batch']}, {report['machine']['cpu_count']} cores")
  fig.tight_layout()
  fig.savefig(path, dpi=100)
  plt.close(fig)


if __name__ == "__main__":
  main()
