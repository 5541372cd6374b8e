"""Tables, ratios, the issue's targets and a plot from side_by_side.py's JSON."""

import json
import os

GIB = 2.0 ** 30
DEFAULT = "ssm/fft/blocks/c8"  # configs/ucf101.py:paper_model's remat and chunks
FIT_GIB = 80.0


def _gib(value) -> str:
  return "-" if value is None else f"{value / GIB:.2f}"


def _ms(value) -> str:
  return "-" if value is None else f"{value:.1f}"


def _ratio(a, b) -> str:
  return "-" if a is None or not b else f"{a / b:.2f}"


def ours(records, variant: str, frames: int) -> dict | None:
  return next((r for r in records if r.get("impl") == "ours" and r["variant"] == variant
               and r["frames"] == frames and "status" not in r), None)


def official(records, arch: str, mode: str, frames: int) -> dict | None:
  return next((r for r in records if r.get("impl") == "official" and r["arch"] == arch
               and r["mode"] == mode and r["frames"] == frames and "status" not in r), None)


def ours_table(records) -> list[str]:
  lines = ["| variant | T | ms per step | peak GiB (allocator) | XLA temp GiB | XLA total GiB |"
           " compile s | note |", "|---|---:|---:|---:|---:|---:|---:|---|"]
  for r in (r for r in records if r.get("impl") == "ours"):
    note = r.get("status", "memory analysis only" if r.get("memory_only") else "")
    lines.append(f"| {r['variant']} | {r['frames']} | {_ms(r.get('time_ms'))} | "
                 f"{_gib(r.get('peak_bytes'))} | {_gib(r.get('temp_bytes'))} | "
                 f"{_gib(r.get('total_bytes'))} | {_ms(r.get('compile_s'))} | {note[:120]} |")
  return lines


def official_table(records) -> list[str]:
  lines = ["| temporal | mode | T | ms per step | peak GiB | note |",
           "|---|---|---:|---:|---:|---|"]
  for r in (r for r in records if r.get("impl") == "official"):
    lines.append(f"| {r['arch']} | {r['mode']} | {r['frames']} | {_ms(r.get('time_ms'))} | "
                 f"{_gib(r.get('peak_bytes'))} | {r.get('status', '')[:120]} |")
  return lines


def ratio_table(records) -> list[str]:
  """Each of our SSM points against the authors' SSM step at the same T (grad and adam)."""
  lines = ["| T | ours | ours ms | ours peak GiB | authors grad ms / GiB | authors adam ms / GiB |"
           " peak / authors grad | time / authors grad | peak / authors adam |"
           " time / authors adam |", "|---:|---|---:|---:|---|---|---:|---:|---:|---:|"]
  for r in (r for r in records if r.get("impl") == "ours" and "time_ms" in r):
    arch = "bi-s4d" if r["variant"].startswith("ssm") else "attn"
    g = official(records, arch, "grad", r["frames"]) or {}
    a = official(records, arch, "adam", r["frames"]) or {}
    if not g and not a:
      continue
    lines.append(
        f"| {r['frames']} | {r['variant']} | {_ms(r['time_ms'])} | {_gib(r.get('peak_bytes'))} |"
        f" {_ms(g.get('time_ms'))} / {_gib(g.get('peak_bytes'))} |"
        f" {_ms(a.get('time_ms'))} / {_gib(a.get('peak_bytes'))} |"
        f" {_ratio(r.get('peak_bytes'), g.get('peak_bytes'))} |"
        f" {_ratio(r['time_ms'], g.get('time_ms'))} |"
        f" {_ratio(r.get('peak_bytes'), a.get('peak_bytes'))} |"
        f" {_ratio(r['time_ms'], a.get('time_ms'))} |")
  return lines


def targets(records) -> list[str]:
  lines = ["| target | measured | met |", "|---|---|---|"]
  for frames in (150, 1024):
    o, g = ours(records, DEFAULT, frames), official(records, "bi-s4d", "grad", frames)
    if o and g and o.get("peak_bytes") and g.get("peak_bytes"):
      met = o["peak_bytes"] <= 0.5 * g["peak_bytes"] and o["time_ms"] <= g["time_ms"]
      lines.append(f"| T={frames}: peak <= half the authors', time <= theirs | "
                   f"{_gib(o['peak_bytes'])} vs {_gib(g['peak_bytes'])} GiB "
                   f"({_ratio(o['peak_bytes'], g['peak_bytes'])}x), {_ms(o['time_ms'])} vs "
                   f"{_ms(g['time_ms'])} ms ({_ratio(o['time_ms'], g['time_ms'])}x) | "
                   f"{'yes' if met else 'no'} |")
  for base in (DEFAULT, "ssm/fft", "ssm/fft/blocks"):
    f32, b16 = ours(records, base, 150), ours(records, base + "/bf16", 150)
    if f32 and b16 and f32.get("peak_bytes") and b16.get("peak_bytes"):
      r = b16["peak_bytes"] / f32["peak_bytes"]
      lines.append(f"| bf16 peak at 150 frames <= 0.6x fp32 ({base}) | {r:.2f}x | "
                   f"{'yes' if r <= 0.6 else 'no'} |")
  fits = [r for r in records if r.get("impl") == "ours" and r["variant"] == DEFAULT
          and (r.get("peak_bytes") or r.get("total_bytes") or 1e99) <= FIT_GIB * GIB]
  if fits:
    best = max(fits, key=lambda r: r["frames"])
    how = "peak" if best.get("peak_bytes") else "XLA total"
    lines.append(f"| largest T within {FIT_GIB:.0f} GiB ({DEFAULT}) >= 4096 | "
                 f"{best['frames']} measured "
                 f"({how} {_gib(best.get('peak_bytes') or best.get('total_bytes'))} GiB) | "
                 f"{'yes' if best['frames'] >= 4096 else 'not shown'} |")
  return lines


def plot(records, path: str) -> None:
  import matplotlib  # pylint: disable=g-import-not-at-top
  matplotlib.use("Agg")
  import matplotlib.pyplot as plt  # pylint: disable=g-import-not-at-top
  series = {}
  for r in records:
    if "status" in r or r.get("time_ms") is None:
      continue
    name = (f"ours {r['variant']}" if r.get("impl") == "ours" else
            f"authors {r['arch']} ({r['mode']})")
    series.setdefault(name, []).append((r["frames"], r.get("peak_bytes"), r["time_ms"]))
  fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
  for name, points in sorted(series.items()):
    points.sort()
    style = "-o" if name.startswith("ours") else "--s"
    frames = [p[0] for p in points]
    if all(p[1] for p in points):
      axes[0].plot(frames, [p[1] / GIB for p in points], style, label=name)
    axes[1].plot(frames, [p[2] for p in points], style, label=name)
  for ax, label in zip(axes, ("peak memory (GiB)", "ms per training step")):
    ax.set(xscale="log", yscale="log", xlabel="frames (32x32, batch 1)", ylabel=label)
    ax.grid(True, which="both", alpha=0.3)
  for ax in axes:
    if ax.get_legend_handles_labels()[0]:
      ax.legend(fontsize=7)
  fig.tight_layout()
  fig.savefig(path, dpi=110)
  plt.close(fig)


def write(json_path: str, out: str) -> None:
  with open(json_path) as f:
    data = json.load(f)
  records, machine = data["records"], data.get("machine", {})
  devices = {r.get("device") for r in records if r.get("device")}
  torch_versions = {r.get("torch") for r in records if r.get("torch")}
  lines = [
      "# Ours vs the authors' training step (benchmarks/side_by_side.py)", "",
      f"{data.get('date', '')}; {machine.get('device_kind')} ({machine.get('jax_backend')}), "
      f"jax {machine.get('jax')}; authors' code on torch {', '.join(sorted(torch_versions))} "
      f"({', '.join(sorted(devices))}); commit {data.get('source', {}).get('commit')}; "
      f"{data.get('wall_s', 0):.0f} s in all.", "",
      "## Targets", "", *targets(records), "",
      "## Ours vs the authors' at the same T", "", *ratio_table(records), "",
      "## Ours, every point", "", *ours_table(records), "",
      "## The authors' step", "", *official_table(records), ""]
  with open(os.path.join(out, "side_by_side.md"), "w") as f:
    f.write("\n".join(lines))
  try:
    plot(records, os.path.join(out, "side_by_side.png"))
  except ImportError:
    pass
