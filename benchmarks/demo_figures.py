r"""docs/demo.md's figures from a `--mode=demo` run: frame strips of its videos and the loss.

    python -c "from configs import demo as d; from ssm_vdm import demo; \
      demo.run_demo(d.get_config('sample.window=16'), '/tmp/long', None, lengths=(16, 256, 1024))"
    .venv/bin/python benchmarks/demo_figures.py --demo_dir=/tmp/long/demo \
        --samples_png=docs/demo_samples.png --loss_png=docs/demo_loss.png

`--rows` lists the strips, top to bottom: `real_<T>f` is the demo's first real video of T
frames (demo.real_videos, regenerated here), any other name is `<name>.npy` of the demo run
(samples_<T>f, samples_<T>f_windows, continued_<T>f), `<name>:<i>` its video i (default 0).
Each strip is STRIP_FRAMES evenly spaced frames, first and last included (the demo's
frames.png draws the same for each row's first video). The loss curve is the one in the
checkpoint's JSON that the demo run read (scores.json's checkpoint_path).
"""

import argparse
import json
import os
import pathlib
import re
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from configs import demo as demo_config  # pylint: disable=g-import-not-at-top
from ssm_vdm import demo  # pylint: disable=g-import-not-at-top
from ssm_vdm import demo_checkpoint  # pylint: disable=g-import-not-at-top
from ssm_vdm import video_io  # pylint: disable=g-import-not-at-top

ROWS = ("real_16f,real_256f,samples_16f:0,samples_16f:1,samples_16f:2,samples_256f,"
        "samples_256f_windows,samples_1024f,samples_1024f_windows")
_REAL = re.compile(r"real_(\d+)f")


def row_video(name: str, demo_dir: str, config) -> np.ndarray:
  """[T, H, W, C] in [-1, 1]: the video a --rows entry names."""
  name, _, index = name.partition(":")
  index = int(index or 0)
  real = _REAL.fullmatch(name)
  if real:
    return demo.real_videos(config, int(real.group(1)), index + 1)[index]
  path = os.path.join(demo_dir, name + ".npy")
  if not os.path.exists(path):
    have = sorted(f[:-4] for f in os.listdir(demo_dir) if f.endswith(".npy"))
    raise SystemExit(f"{path} not found: the demo run in {demo_dir} wrote {have}; sample "
                     f"that length with run_demo(lengths=...) (and sample.window for _windows).")
  videos = np.load(path, mmap_mode="r")
  if index >= len(videos):
    raise SystemExit(f"{name}:{index}: {path} holds {len(videos)} videos.")
  return np.asarray(videos[index])


def main(argv=None) -> None:
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--demo_dir", required=True, help="a run_demo's workdir/demo")
  parser.add_argument("--config", default="", help="configs/demo.py overrides, a,b=c")
  parser.add_argument("--rows", default=ROWS)
  parser.add_argument("--samples_png", default="")
  parser.add_argument("--loss_png", default="")
  args = parser.parse_args(argv)
  config = demo_config.get_config(args.config)
  if args.samples_png:
    strips = [video_io.frame_strip(row_video(name, args.demo_dir, config),
                                   demo.STRIP_FRAMES)[0] for name in args.rows.split(",")]
    print("wrote", video_io.write_frame_strips(args.samples_png, strips, upscale=demo.UPSCALE))
  if args.loss_png:
    with open(os.path.join(args.demo_dir, "scores.json")) as f:
      path = json.load(f)["checkpoint_path"]
    meta = demo_checkpoint.read_meta(path)
    if not demo.plot_loss(meta, args.loss_png):
      raise SystemExit(f"{path}'s JSON has no loss curve.")
    print("wrote", args.loss_png)


if __name__ == "__main__":
  main()
