"""What benchmarks/scaling.py reports: the attention/SSM ratios, the issue's checks, the
markdown tables and the plot, all from the measured points (`measure.Point`)."""

from typing import Any

import numpy as np

from benchmarks.measure import GIB, MIB, Point, parse_variant, variant_name


# ----------------------------------------------------------------------------- analysis

# The targets for the paper-width UNet train step (32x32, batch 1), on XLA temp bytes.
PAPER_TEMP_TARGETS_GIB = {150: 6.0, 1024: 40.0}
BF16_MEMORY_TARGET = 0.6  # bfloat16 temp at T=150 / float32's
REMAT_TIME_TARGET = 1.3  # time at T=64 / remat none's, same dtype
DEFAULT_GROUP = ("none", "float32", 1)  # remat, dtype, chunks


def lookup(points, part, variant, frames) -> Point | None:
  for p in points:
    if (p.part, p.variant, p.frames) == (part, variant, frames) and p.status == "ok":
      return p
  return None


def ratio(a, b):
  return None if a is None or b is None or b == 0 else a / b


def groups(points: list[Point], part: str) -> list[tuple[str, str, int]]:
  """The (remat, dtype, chunks) measured in `part`, in order of appearance."""
  return list(dict.fromkeys((p.remat, p.dtype, p.chunks) for p in points if p.part == part))


def group_label(part: str, group: tuple[str, str, int]) -> str:
  """`part`, with remat/chunks/dtype unless none/1/float32: "unet [blocks/c8/bf16]"."""
  suffix = variant_name("x", *group)[2:]
  return f"{part} [{suffix}]" if suffix else part


def ratios(points: list[Point], frames: list[int], parts: list[str]) -> list[dict[str, Any]]:
  """attention / SSM memory (temp) and time ratios per part, remat/dtype/chunks and T."""
  rows = []
  for part in parts:
    for group in groups(points, part):
      for t in frames:
        attn = lookup(points, part, variant_name("attention", *group), t)
        row = {"part": part, "remat": group[0], "dtype": group[1], "chunks": group[2],
               "frames": t}
        for base in ("ssm/fft", "ssm/scan"):
          ssm = lookup(points, part, variant_name(base, *group), t)
          tag = base.split("/")[1]
          row[f"memory_attention_over_{tag}"] = ratio(attn and attn.temp_bytes,
                                                      ssm and ssm.temp_bytes)
          row[f"time_attention_over_{tag}"] = ratio(attn and attn.time_ms,
                                                    ssm and ssm.time_ms)
        rows.append(row)
  return rows


def checks(points: list[Point], parts: list[str], paper: bool = False) -> dict[str, Any]:
  """The issue's targets, each with the numbers it was judged on.

  Per part and remat/dtype: SSM memory linear in T, below attention's from T=150 with a gap
  that widens, fft not slower than scan. UNet part: remat/bf16 time and memory against
  remat none / float32 and (paper widths) the temp targets at T=150 and 1024.
  """
  out = {}
  present = {(p.part, p.variant) for p in points}
  for part in parts:
    for group in groups(points, part):
      label = group_label(part, group)
      fft, scan, attn = (variant_name(b, *group) for b in ("ssm/fft", "ssm/scan", "attention"))
      for variant in (fft, scan):
        if (part, variant) not in present:
          continue
        lo, hi = lookup(points, part, variant, 64), lookup(points, part, variant, 1024)
        r = ratio(hi and hi.temp_bytes, lo and lo.temp_bytes)
        out[f"{part} {variant}: temp(1024)/temp(64) within 20% of 16"] = {
            "value": r, "pass": None if r is None else abs(r / 16 - 1) <= 0.2}
      if {(part, fft), (part, attn)} <= present:
        ssm_fft_vs_attention = []
        for t in (150, 256, 512, 1024):
          r = ratio(getattr(lookup(points, part, attn, t), "temp_bytes", None),
                    getattr(lookup(points, part, fft, t), "temp_bytes", None))
          if r is not None:
            ssm_fft_vs_attention.append((t, r))
        rs = [r for _, r in ssm_fft_vs_attention]
        out[f"{label}: SSM (fft) below attention at T=150, gap widening with T"] = {
            "value": dict(ssm_fft_vs_attention),
            "pass": (None if not rs or ssm_fft_vs_attention[0][0] != 150 else
                     rs[0] > 1 and all(b > a for a, b in zip(rs, rs[1:])))}
      if {(part, fft), (part, scan)} <= present:
        slower = {}
        for p in points:
          if p.part == part and p.variant == fft and p.frames >= 64 and p.time_ms:
            other = lookup(points, part, scan, p.frames)
            if other is not None and other.time_ms:
              slower[p.frames] = p.time_ms / other.time_ms
        out[f"{label}: fft time / scan time <= 1 at T >= 64"] = {
            "value": slower,
            "pass": None if not slower else all(v <= 1 for v in slower.values())}
  if "unet" in parts:
    out.update(unet_checks(points, paper))
  return out


def unet_checks(points: list[Point], paper: bool) -> dict[str, Any]:
  """remat/chunks/dtype against none/1/float32 (time at T=64, bfloat16 memory at T=150)
  and, at the paper's widths, the SSM train step's temp at T=150 and 1024."""
  out = {}
  for variant in dict.fromkeys(p.variant for p in points if p.part == "unet"):
    base, remat, dtype, chunks = parse_variant(variant)
    if paper and base.startswith("ssm"):
      for t, limit in PAPER_TEMP_TARGETS_GIB.items():
        p = lookup(points, "unet", variant, t)
        if p is not None:
          out[f"unet {variant}: temp({t}) <= {limit:g} GiB"] = {
              "value": p.temp_bytes / GIB, "pass": p.temp_bytes <= limit * GIB}
    if dtype != "float32":
      fp32 = variant_name(base, remat, "float32", chunks)
      p, q = lookup(points, "unet", variant, 150), lookup(points, "unet", fp32, 150)
      if p is not None and q is not None:
        r = ratio(p.temp_bytes, q.temp_bytes)
        out[f"unet {variant}: temp(150) <= {BF16_MEMORY_TARGET:g} x {fp32}'s"] = {
            "value": r, "pass": r <= BF16_MEMORY_TARGET}
    if remat != "none" or chunks != 1:
      plain = variant_name(base, "none", dtype)
      p, q = lookup(points, "unet", variant, 64), lookup(points, "unet", plain, 64)
      if p is not None and q is not None and p.time_ms and q.time_ms:
        r = ratio(p.time_ms, q.time_ms)
        out[f"unet {variant}: time(64) <= {REMAT_TIME_TARGET:g} x {plain}'s"] = {
            "value": r, "pass": r <= REMAT_TIME_TARGET}
  return out


def fits(points: list[Point], fit_gib: float) -> list[dict[str, Any]]:
  """Per UNet variant, the largest measured T whose temp + arguments + outputs fit `fit_gib`,
  the smallest that does not, and T where the total reaches `fit_gib` by linear
  interpolation between them (extrapolation from the last two when all fit)."""
  rows = []
  for variant in dict.fromkeys(p.variant for p in points if p.part == "unet"):
    measured = sorted((p for p in points if p.part == "unet" and p.variant == variant
                       and p.status == "ok" and p.total_bytes), key=lambda p: p.frames)
    if not measured:
      continue
    limit = fit_gib * GIB
    inside = [p for p in measured if p.total_bytes <= limit]
    outside = [p for p in measured if p.total_bytes > limit]
    row = {"variant": variant, "fit_gib": fit_gib,
           "largest_fitting": inside[-1].frames if inside else None,
           "largest_fitting_total_gib": inside[-1].total_bytes / GIB if inside else None,
           "smallest_not_fitting": outside[0].frames if outside else None,
           "smallest_not_fitting_total_gib": outside[0].total_bytes / GIB if outside else None,
           "linear_estimate": None}
    pair = ((inside[-1], outside[0]) if inside and outside else
            tuple(measured[-2:]) if len(measured) > 1 and not outside else None)
    if pair is not None and pair[1].total_bytes != pair[0].total_bytes:
      a, b = pair
      slope = (b.total_bytes - a.total_bytes) / (b.frames - a.frames)
      row["linear_estimate"] = round(a.frames + (limit - a.total_bytes) / slope)
    rows.append(row)
  return rows

# ----------------------------------------------------------------------------- outputs


def fmt(value, spec=".1f", none="-"):
  return none if value is None else format(value, spec)


def settings_text(settings: dict[str, Any]) -> str:
  return ", ".join(f"{k}={tuple(v) if isinstance(v, list) else v}" for k, v in settings.items())


DERIVED = ("kind", "mode", "remat", "dtype", "chunks")  # Point fields that follow from the variant


def write_markdown(path, report) -> None:
  points = [Point(**{k: v for k, v in p.items() if k not in DERIVED})
            for p in report["points"]]
  m, s = report["machine"], report["settings"]
  lines = [
      "# Temporal layer scaling: SSM vs attention", "",
      f"Command: `{report['command']}`  ",
      f"Source: commit {report.get('source', {}).get('commit')}"
      + (f", modified: {', '.join(report['source']['modified'])}"
         if report.get("source", {}).get("modified") else "") + f"; {report['date']}.  ",
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
    # remat/dtype columns where the part has any other than none/float32.
    extra = groups(points, part) != [DEFAULT_GROUP]
    head, rule = ("remat | chunks | dtype | ", "---|---:|---|") if extra else ("", "")
    lines += [f"## {title}", "",
              f"| T | kind | mode | {head}temp MiB | args MiB | out MiB | ms | note |",
              f"|---:|---|---|{rule}---:|---:|---:|---:|---|"]
    for p in points:
      if p.part != part:
        continue
      note = p.status if p.status != "ok" else p.time_note
      cells = f"{p.remat} | {p.chunks} | {p.dtype} | " if extra else ""
      lines.append(
          f"| {p.frames} | {p.kind} | {p.mode} | {cells}"
          f"{fmt(p.temp_bytes and p.temp_bytes / MIB)} | "
          f"{fmt(p.argument_bytes and p.argument_bytes / MIB)} | "
          f"{fmt(p.output_bytes and p.output_bytes / MIB)} | {fmt(p.time_ms)} | {note} |")
    rows = [r for r in report["ratios"] if r["part"] == part and any(
        v is not None for k, v in r.items() if k.startswith(("memory_", "time_")))]
    if rows:  # some attention / SSM pair measured
      lines += ["", "attention / SSM ratios (memory: temp bytes; time: median ms):", "",
                f"| T | {head}memory attn/fft | memory attn/scan | time attn/fft | "
                "time attn/scan |", f"|---:|{rule}---:|---:|---:|---:|"]
    for r in rows:
      cells = f"{r['remat']} | {r.get('chunks', 1)} | {r['dtype']} | " if extra else ""
      lines.append(
          f"| {r['frames']} | {cells}{fmt(r['memory_attention_over_fft'], '.2f')} | "
          f"{fmt(r['memory_attention_over_scan'], '.3f')} | "
          f"{fmt(r['time_attention_over_fft'], '.2f')} | "
          f"{fmt(r['time_attention_over_scan'], '.2f')} |")
    lines.append("")
    if part == "unet" and extra:
      lines += remat_dtype_table(points)
  fit_rows = report.get("fits") or []
  if fit_rows:
    gib = fit_rows[0]["fit_gib"]
    lines += [f"## Largest T within {gib:g} GiB (UNet train step, temp + args + out - "
              "donated)", "",
              "Measured T only; the estimate interpolates the total linearly in T between "
              "the measured T around the limit (or extrapolates from the last two).", "",
              "| variant | largest T that fits | its GiB | smallest T that does not | its GiB "
              "| linear estimate of T |", "|---|---:|---:|---:|---:|---:|"]
    for r in fit_rows:
      lines.append(
          f"| {r['variant']} | {fmt(r['largest_fitting'], 'd')} | "
          f"{fmt(r['largest_fitting_total_gib'], '.1f')} | "
          f"{fmt(r['smallest_not_fitting'], 'd')} | "
          f"{fmt(r['smallest_not_fitting_total_gib'], '.1f')} | "
          f"{fmt(r['linear_estimate'], 'd')} |")
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


def remat_dtype_table(points: list[Point]) -> list[str]:
  """UNet variants side by side with remat none / float32 of the same kind and mode."""
  lines = ["UNet remat, chunks and dtype against remat none, chunks 1, float32 (temp: XLA "
           "temporaries; total: temp + args + out - donated):", "",
           "| variant | T | temp GiB | total GiB | temp / none,fp32 | ms | time / none,fp32 |",
           "|---|---:|---:|---:|---:|---:|---:|"]
  for p in points:
    if p.part != "unet":
      continue
    base = lookup(points, "unet", variant_name(parse_variant(p.variant)[0]), p.frames)
    lines.append(
        f"| {p.variant} | {p.frames} | {fmt(p.temp_bytes and p.temp_bytes / GIB, '.2f')} | "
        f"{fmt(p.total_bytes and p.total_bytes / GIB, '.2f')} | "
        f"{fmt(ratio(p.temp_bytes, base and base.temp_bytes), '.2f')} | {fmt(p.time_ms)} | "
        f"{fmt(ratio(p.time_ms, base and base.time_ms), '.2f')} |")
  return lines + [""]


def write_plot(path, report) -> None:
  import matplotlib  # pylint: disable=g-import-not-at-top
  matplotlib.use("Agg")
  import matplotlib.ticker  # pylint: disable=g-import-not-at-top
  import matplotlib.pyplot as plt  # pylint: disable=g-import-not-at-top

  parts = report["parts"]
  many = any(len({p["variant"] for p in report["points"] if p["part"] == part}) > 4
             for part in parts)
  fig, axes = plt.subplots(len(parts), 2, figsize=(15 if many else 11, 4.2 * len(parts)),
                           squeeze=False)
  colors = {"ssm/fft": "tab:blue", "ssm/scan": "tab:green", "attention": "tab:red"}
  markers = {"ssm/fft": "o", "ssm/scan": "s", "attention": "^"}
  lines = {"none": "-", "temporal": "-.", "blocks": (0, (5, 1))}
  for row, part in enumerate(parts):
    for col, (key, label) in enumerate((("temp_bytes", "XLA temp memory (MiB)"),
                                        ("time_ms", "median time per call (ms)"))):
      ax = axes[row, col]
      variants = sorted(dict.fromkeys(p["variant"] for p in report["points"]
                                      if p["part"] == part),
                        key=lambda v: (list(colors).index(parse_variant(v)[0]), v))
      guided = False
      for variant in variants:
        base, remat, dtype, chunks = parse_variant(variant)
        pts = [p for p in report["points"] if p["part"] == part and p["variant"] == variant
               and p[key]]
        if not pts:
          continue
        xs = np.array([p["frames"] for p in pts], float)
        ys = np.array([p[key] for p in pts], float) / (MIB if key == "temp_bytes" else 1.0)
        ax.plot(xs, ys, marker="D" if chunks != 1 else markers[base], color=colors[base],
                label=variant,
                linestyle=lines[remat],
                markerfacecolor="none" if dtype != "float32" else colors[base])
        if base == "ssm/fft" and len(xs) > 1 and not guided:  # slopes through the first point
          guided = True
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
      if ax.lines and len(variants) > 4:  # many lines: the legend beside the axes
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
      elif ax.lines:
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
    group = group_label(r["part"], (r["remat"], r["dtype"], r.get("chunks", 1)))
    print(f"  {group:5s} T={r['frames']:5d}  memory attn/fft "
          f"{fmt(r['memory_attention_over_fft'], '7.2f')}  attn/scan "
          f"{fmt(r['memory_attention_over_scan'], '7.3f')}  time attn/fft "
          f"{fmt(r['time_attention_over_fft'], '6.2f')}  attn/scan "
          f"{fmt(r['time_attention_over_scan'], '6.2f')}")
  for r in report.get("fits") or []:
    print(f"  {r['variant']}: largest measured T within {r['fit_gib']:g} GiB "
          f"{r['largest_fitting']} ({fmt(r['largest_fitting_total_gib'], '.1f')} GiB), "
          f"linear estimate {r['linear_estimate']}")
  print("checks:")
  for name, c in report["checks"].items():
    print(f"  {name}: {c['pass']} ({c['value']})")
