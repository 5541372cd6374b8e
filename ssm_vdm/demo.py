"""The demo: videos from the shipped checkpoint, scored for temporal coherence, on one page.

`run_demo(config, workdir)` loads the small pretrained model (ssm_vdm/assets/demo_ema.npz,
trained with configs/demo.py on 16-frame 16x16 bouncing shapes), samples videos of 16
frames (the training length) and 256 frames (all frames at once: the SSM layers take any
length), scores them and as many real videos with `coherence.coherence`, and writes into
workdir/demo/:

    index.html                 the videos and their scores, next to real data's
    samples_<T>f.gif/.mp4      grid of the sampled videos of T frames
    real_<T>f.gif              grid of real videos of T frames
    samples_<T>f.npy           the sampled videos, [N, T, H, W, C] float32 in [-1, 1]
    scores.json                every score, the checkpoint's JSON, the seconds each part took
    loss.png                   the checkpoint's training loss curve

With config.sample.window > 0 the long videos are also grown window by window
(ssm_vdm.continuation, config.sample.context frames of context) and scored beside them,
and at lengths one window covers the real videos are continued: their first
config.sample.context frames kept, the rest sampled in one call (continued_<T>f.*).
"""

import html
import json
import os
import time

from absl import logging
import jax
import ml_collections
import numpy as np

from ssm_vdm import coherence
from ssm_vdm import configuration
from ssm_vdm import demo_checkpoint
from ssm_vdm import diffusion
from ssm_vdm import errors
from ssm_vdm import files
from ssm_vdm import generate
from ssm_vdm import sharding
from ssm_vdm import synthetic
from ssm_vdm import train_step
from ssm_vdm import video_io

LENGTHS = (16, 256)
FRAME_BUDGET = 512  # videos of T frames: min(config.sample.num, FRAME_BUDGET // T), >= 2
UPSCALE = 4  # 16x16 frames are drawn at 64x64 in the GIFs


def num_videos(config: ml_collections.ConfigDict, frames: int,
               frame_budget: int = FRAME_BUDGET) -> int:
  """How many videos of `frames` frames the demo draws: config.sample.num, fewer when they
  are long (at most frame_budget frames in all, but at least 2 videos)."""
  return max(2, min(config.sample.num, frame_budget // frames))


def check_config(config: ml_collections.ConfigDict, meta: dict, path: str) -> None:
  """Raises errors.UserError for a config the demo checkpoint was not trained for."""
  if config.data.dataset != "synthetic":
    raise errors.UserError(f"The demo scores bouncing-shapes videos (dataset 'synthetic'), "
                           f"not {config.data.dataset!r}; run it with --config=configs/demo.py.")
  trained = demo_checkpoint.trained_with(meta)
  for key in ("data.resolution", "data.channels", "data.synthetic_num_shapes", "model.temporal",
              "diffusion.prediction", "diffusion.steps", "diffusion.noise_correlation",
              "model.self_condition"):
    value = config[key]
    if key in trained and trained[key] != value:
      raise errors.UserError(
          f"The demo checkpoint {path} was trained with {key}={trained[key]!r}, the config "
          f"says {value!r}; run it with --config={meta.get('config', 'configs/demo.py')}.")


def background_level(videos: np.ndarray) -> np.ndarray:
  """[N] median over pixels of the brightest channel, on [0, 1]: 0 for the generator's black
  background. Above ~0.15 (coherence.ShapePrior.min_colour / 2) the background itself reads
  as foreground and the coherence metric finds no shapes."""
  return np.median(coherence.to_unit(videos).max(-1).reshape(len(videos), -1), axis=1)


def real_videos(config: ml_collections.ConfigDict, frames: int, n: int) -> np.ndarray:
  """The `n` real videos [n, frames, H, W, C] the demo scores next to its samples: the
  generator's first `n` videos of seed config.seed + 1 (not the training stream's)."""
  return synthetic.synthetic_batch(np.arange(n), seed=config.seed + 1, frames=frames,
                                   resolution=config.data.resolution,
                                   num_shapes=config.data.synthetic_num_shapes,
                                   channels=config.data.channels)


def score(config: ml_collections.ConfigDict, videos: np.ndarray) -> dict[str, np.ndarray]:
  """{column: [N]} for each of COLUMNS: coherence.coherence's scores and background_level."""
  scores = coherence.coherence(videos, num_shapes=config.data.synthetic_num_shapes)
  scores["background"] = background_level(videos)
  return scores


def scores_row(scores: dict[str, np.ndarray]) -> dict:
  """{metric: {mean, std, per_video}} (rounded to 4 places) of {metric: [N] scores}."""
  return {m: {"mean": round(float(v.mean()), 4), "std": round(float(v.std()), 4),
              "per_video": [round(float(x), 4) for x in v]} for m, v in scores.items()}


def _timed(name: str, seconds: dict, fn, *args, **kwargs):
  start = time.perf_counter()
  out = fn(*args, **kwargs)
  seconds[name] = round(time.perf_counter() - start, 1)
  logging.info("demo: %s took %.1f s", name, seconds[name])
  return out


def plot_loss(meta: dict, path: str) -> bool:
  """The checkpoint's loss curve as a PNG; False when its JSON has none."""
  curve = np.asarray(meta.get("loss_curve") or [], np.float64)
  if curve.size == 0:
    return False
  import matplotlib  # pylint: disable=g-import-not-at-top
  matplotlib.use("Agg")
  from matplotlib import pyplot as plt  # pylint: disable=g-import-not-at-top
  fig, ax = plt.subplots(figsize=(5, 3), dpi=100)
  ax.plot(curve[:, 0], curve[:, 1], lw=1)
  # a continuation (demo_checkpoint.continued): where each later run began
  starts = [run.get("step") for run in demo_checkpoint.lineage(meta)[:-1]]
  for i, step in enumerate(s for s in starts if s):
    ax.axvline(step, color="grey", ls=":", lw=1,
               label="continued (fresh Adam)" if i == 0 else None)
  if any(starts):
    ax.legend(fontsize=8)
  prediction = demo_checkpoint.trained_with(meta).get("diffusion.prediction", "eps")
  ax.set(xlabel="training step", ylabel=f"loss ({prediction} MSE)", yscale="log",
         title=f"{meta.get('config', '')} training loss")
  ax.grid(alpha=0.3)
  fig.tight_layout()
  fig.savefig(path)
  plt.close(fig)
  return True


def load(config: ml_collections.ConfigDict, path: str, lengths) -> tuple:
  """Checks the config and lengths, and loads the checkpoint at `path`: (model, params,
  meta)."""
  configuration.validate(config, jax.device_count(), jax.process_count())
  if any(t < 3 for t in lengths):
    raise errors.UserError(f"Demo lengths {tuple(lengths)}: coherence needs >= 3 frames.")
  model = train_step.create_model(config)
  params, meta = demo_checkpoint.load(path, model, config.data.channels)
  check_config(config, meta, path)
  logging.info("demo: checkpoint %s (step %s, %s), %d parameters", path, meta.get("step"),
               meta.get("config"), sum(np.size(x) for x in jax.tree.leaves(params)))
  return model, params, meta


def drawer(config: ml_collections.ConfigDict, model, params, noise_step: int):
  """The demo's sampler: draw(cfg, frames, n) -> [n, frames, H, W, C] float32 in [-1, 1],
  sampled with config's sampler, steps, temperature and guidance (sample.guidance in one call,
  sample.window_guidance window by window) and cfg's sample.window and sample.context, its
  noise from config.seed, `noise_step` (run_demo: the checkpoint's step) and `frames`: the
  same arguments give the same noise whatever the weights."""
  mesh = sharding.create_mesh()
  sample_fn, window_sample_fn = generate.samplers_from_config(
      config, model, diffusion.cosine_schedule(config.diffusion.steps))
  rng = generate.sample_rng(config.seed, noise_step)

  def draw(cfg: ml_collections.ConfigDict, frames: int, n: int,
           initial: np.ndarray | None = None) -> np.ndarray:
    return generate.draw(cfg, sample_fn, params, jax.random.fold_in(rng, frames), num=n,
                         frames=frames, mesh=mesh, initial=initial,
                         window_sample_fn=window_sample_fn)

  return draw


def _runs(config: ml_collections.ConfigDict,
          frames: int) -> list[tuple[str, str, ml_collections.ConfigDict | None]]:
  """(name, kind, config to sample with; None for real videos) of each row of `frames`
  frames: real videos, samples of all frames at once (config with sample.window 0), with
  0 < config.sample.window < frames samples grown window by window (config itself), and
  with frames <= config.sample.window the real videos continued (config itself)."""
  full = config.copy_and_resolve_references()
  full.sample.window = 0
  kinds = [("real", None), ("full", full)]
  if 0 < config.sample.window < frames:
    kinds.append(("windows", config))
  if frames <= config.sample.window:
    kinds.append(("continued", config))
  names = {"real": "real", "full": "samples", "windows": "samples", "continued": "continued"}
  return [(f"{names[kind]}_{frames}f" + ("_windows" if kind == "windows" else ""), kind, cfg)
          for kind, cfg in kinds]


def row_label(kind: str, frames: int, cfg: ml_collections.ConfigDict | None) -> str:
  """What a row of videos is, in words: KIND_TEXT, for samples of more frames than
  model.ssm.kernel_length > 0 that their S4D kernels were cut at that many taps, the
  guidance of given frames, and a sample.temperature other than 1."""
  if cfg is None:
    return KIND_TEXT[kind]
  temperature = (f", temperature {cfg.sample.temperature:g}"
                 if cfg.sample.temperature != 1 else "")
  if kind == "continued":
    return (f"real videos continued: their first {generate.window_context(cfg)} frames kept, "
            f"the rest sampled ({guidance_text(cfg)}{temperature})")
  kernel_length = cfg.model.ssm.kernel_length
  cut = (f", S4D kernels cut at {kernel_length} taps"
         if kind == "full" and 0 < kernel_length < frames else "")
  given = f", {guidance_text(cfg, windows=True)}" if kind == "windows" else ""
  return KIND_TEXT[kind] + cut + given + temperature


def guidance_text(cfg: ml_collections.ConfigDict, windows: bool = False) -> str:
  """How given frames conditioned the sampler, in words: "replacement guidance" or
  "reconstruction guidance, w_r 4"."""
  how = generate.guidance(cfg, windows)
  weight = f", w_r {cfg.sample.guidance_weight:g}" if how == "reconstruction" else ""
  return f"{how} guidance{weight}"


def _length_rows(config: ml_collections.ConfigDict, frames: int, n: int, draw, out_dir: str,
                 seconds: dict, strips: list) -> list[dict]:
  """Samples, scores and writes `n` videos of `frames` frames; their rows of scores.json.
  Adds each part's seconds to `seconds`, and each row's first video as a frame strip
  (video_io.frame_strip) to `strips`."""
  real = real_videos(config, frames, n)
  rows = []
  for name, kind, cfg in _runs(config, frames):
    if cfg is None:
      videos = real
    else:
      logging.info("demo: sampling %d videos of %d frames (%s)", n, frames, kind)
      initial = real[:, :generate.window_context(cfg)] if kind == "continued" else None
      videos = _timed(f"sample {name}", seconds, draw, cfg, frames, n, initial)
      files.save_npy(os.path.join(out_dir, name + ".npy"), videos)
    scores = _timed(f"score {name}", seconds, score, config, videos)
    video_io.write_video_grid(os.path.join(out_dir, name), videos, fps=config.sample.fps,
                              upscale=UPSCALE)
    strip, index = video_io.frame_strip(videos[0], STRIP_FRAMES)
    strips.append(strip)
    rows.append({"name": name, "kind": kind, "label": row_label(kind, frames, cfg),
                 "frames": frames, "videos": n, "gif": name + ".gif", "strip_frames": index,
                 **scores_row(scores)})
    logging.info("demo: %s %s", name, ", ".join(f"{m} {rows[-1][m]['mean']:.3f}"
                                                 for m in COLUMNS))
  return rows


def _write_results(out_dir: str, result: dict, has_loss: bool) -> None:
  """Writes scores.json and index.html into out_dir."""
  with open(os.path.join(out_dir, "scores.json"), "w") as f:
    json.dump(result, f, indent=1)
  with open(os.path.join(out_dir, "index.html"), "w") as f:
    f.write(page(result, has_loss))
  logging.info("demo: wrote %s in %.0f s", os.path.join(out_dir, "index.html"),
               result["seconds"]["total"])


def run_demo(config: ml_collections.ConfigDict, workdir: str,
             checkpoint_path: str | None = None, lengths=LENGTHS,
             frame_budget: int = FRAME_BUDGET) -> dict:
  """Samples, scores and shows videos of each of `lengths` frames from the demo checkpoint.

  Args:
    config: the config the checkpoint was trained with (configs/demo.py); its sampler,
      sample.steps, sample.num, seed and sample.window/sample.context are used.
    workdir: the page and files go to workdir/demo/.
    checkpoint_path: a `demo_checkpoint.save` .npz; None = the shipped one.
    lengths: frame counts to sample (each >= 3, for the coherence metric).
    frame_budget: videos of T frames: min(config.sample.num, frame_budget // T), >= 2.

  Returns:
    What scores.json holds: {"checkpoint": meta, "rows": [...], "seconds": {...}}.
  """
  start = time.perf_counter()
  path = checkpoint_path or demo_checkpoint.DEFAULT_PATH
  model, params, meta = load(config, path, lengths)
  out_dir = os.path.join(workdir, "demo")
  os.makedirs(out_dir, exist_ok=True)
  draw = drawer(config, model, params, int(meta.get("step") or 0))
  rows, seconds, strips = [], {}, []
  for frames in lengths:
    rows += _length_rows(config, frames, num_videos(config, frames, frame_budget), draw,
                         out_dir, seconds, strips)
  video_io.write_frame_strips(os.path.join(out_dir, FRAMES_PNG), strips, upscale=UPSCALE)
  has_loss = plot_loss(meta, os.path.join(out_dir, "loss.png"))
  seconds["total"] = round(time.perf_counter() - start, 1)
  result = {"checkpoint": {k: v for k, v in meta.items()
                           if k not in ("loss_curve", "steps_per_sec")},
            "checkpoint_path": path, "sampler": config.sample.sampler,
            "sample_steps": config.sample.steps, "rows": rows, "seconds": seconds}
  _write_results(out_dir, result, has_loss)
  return result


STRIP_FRAMES = 16  # frames.png: this many evenly spaced frames of each row's first video
FRAMES_PNG = "frames.png"
COLUMNS = coherence.METRICS + ("background",) + coherence.DIAGNOSTICS  # score columns
KIND_TEXT = {"real": "real data (the generator)",
             "full": "sampled, all frames at once",
             "windows": "sampled window by window",
             "continued": "real videos continued"}


def page(result: dict, has_loss: bool) -> str:
  """The HTML page of `run_demo`'s result (GIFs and PNG by relative path)."""
  meta, e = result["checkpoint"], html.escape
  parts = [
      "<!doctype html><html><head><meta charset='utf-8'><title>ssm_vdm demo</title><style>",
      "body{font-family:sans-serif;max-width:70em;margin:1em auto}"
      "img.v{image-rendering:pixelated;border:1px solid #888}"
      "table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd}"
      ".row{display:flex;gap:2em;flex-wrap:wrap}</style></head><body>",
      "<h1>ssm_vdm demo: bouncing shapes from a small SSM video diffusion model</h1>",
      f"<p>Checkpoint <code>{e(result['checkpoint_path'])}</code>: config "
      f"<code>{e(str(meta.get('config')))}</code>, step {e(str(meta.get('step')))}, commit "
      f"<code>{e(str(meta.get('commit')))}</code>, {e(str(meta.get('num_params')))} "
      f"parameters, final loss {e(str(meta.get('final_loss')))}. Sampler "
      f"{e(result['sampler'])}, {result['sample_steps']} steps. Training command: "
      f"<code>{e(str(meta.get('command')))}</code></p>",
      "<p>Coherence (ssm_vdm/coherence.py, docs/coherence.md) is presence &times; motion "
      "&times; identity: every shape found at its size, moving at constant velocity "
      "between wall bounces, keeping its colour and size. Real videos score about 0.98. "
      "Background: the median pixel's brightest channel on [0, 1], 0 in real videos; above "
      "about 0.15 the background itself reads as foreground and no shape is found. Speed: "
      "the tracked shapes' mean displacement per axis and frame in pixels (real videos "
      "about 0.04 of the frame), which tells shapes hovering in place (that the motion "
      "score accepts) from moving ones. Hidden: the fraction of shape-frames in which a "
      "shape is hidden by another (0.04-0.11 in real videos); one blob that never splits "
      "passes presence as two shapes, one hidden.</p>"]
  label = lambda r: e(r.get("label", KIND_TEXT[r["kind"]]))  # older scores.json: no label
  for frames in sorted({r["frames"] for r in result["rows"]}):
    rows = [r for r in result["rows"] if r["frames"] == frames]
    parts.append(f"<h2>{frames} frames</h2><div class='row'>")
    for r in rows:
      parts.append(f"<figure><img class='v' src='{e(r['gif'])}'><figcaption>"
                   f"{label(r)}: coherence {r['coherence']['mean']:.3f}"
                   "</figcaption></figure>")
    parts.append("</div><table><tr><th>videos</th><th>n</th>" + "".join(
        f"<th>{m}</th>" for m in COLUMNS) + "<th>coherence per video</th></tr>")
    for r in rows:
      parts.append(f"<tr><td>{label(r)}</td><td>{r['videos']}</td>" + "".join(
          f"<td>{r[m]['mean']:.3f} &plusmn; {r[m]['std']:.3f}</td>" for m in COLUMNS)
          + "<td>" + " ".join(f"{x:.2f}" for x in r["coherence"]["per_video"]) + "</td></tr>")
    parts.append("</table>")
  parts.append(f"<h2>Frames</h2><p>The first video of each row, {STRIP_FRAMES} evenly "
               "spaced frames (first and last included), top to bottom:</p><ol>" + "".join(
                   f"<li>{label(r)}, {r['frames']} frames: frames "
                   f"{e(', '.join(map(str, r.get('strip_frames', []))))}</li>"
                   for r in result["rows"]) + f"</ol><img class='v' src='{FRAMES_PNG}'>")
  if has_loss:
    parts.append("<h2>Training</h2><img src='loss.png'>")
  seconds = ", ".join(f"{k} {v} s" for k, v in result["seconds"].items())
  parts.append(f"<p><small>Seconds: {e(seconds)}</small></p></body></html>\n")
  return "\n".join(parts)
