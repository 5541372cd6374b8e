"""What benchmarks/scaling.py reports: the attention/SSM ratios, the issue's checks, the
markdown tables and the plot, all from the measured points (`measure.Point`)."""

from typing import Any

import numpy as np

from benchmarks.measure import GIB, MIB, Point  # pylint: disable=unused-import


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



def print_summary(report) -> None:
  """The ratios and the checks, on stdout."""
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
