"""benchmarks/scaling.py: a tiny end-to-end run (files, honest memory numbers) and its checks
(benchmarks/report.py)."""

import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

from absl.testing import absltest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(REPO, "benchmarks", "scaling.py")


def load_report(name="report"):
  """Imports benchmarks/report.py (or another benchmarks module) without letting it
  (through benchmarks/measure.py) change this process's XLA_FLAGS."""
  saved = dict(os.environ)
  if REPO not in sys.path:
    sys.path.insert(0, REPO)
  try:
    return importlib.import_module(f"benchmarks.{name}")
  finally:
    os.environ.clear()
    os.environ.update(saved)


class ChecksTest(absltest.TestCase):
  """The issue's targets are judged correctly on hand-made numbers."""

  def setUp(self):
    super().setUp()
    self.report = load_report()

  def points(self, ssm_memory, attention_memory, fft_ms=None, scan_ms=None):
    points = []
    for t in (64, 150, 256, 512, 1024):
      for variant, memory, ms in (("ssm/fft", ssm_memory, fft_ms),
                                  ("ssm/scan", ssm_memory, scan_ms),
                                  ("attention", attention_memory, None)):
        p = self.report.Point("layer", variant, t)
        p.temp_bytes = int(memory(t))
        p.time_ms = ms(t) if ms else None
        points.append(p)
    return points

  def test_linear_ssm_quadratic_attention_passes(self):
    got = self.report.checks(
        self.points(lambda t: 1000 * t + 50, lambda t: 10 * t * t,
                    fft_ms=lambda t: t, scan_ms=lambda t: 3 * t), ["layer"])
    self.assertEqual(got["layer ssm/fft: temp(1024)/temp(64) within 20% of 16"]["pass"], True)
    self.assertAlmostEqual(
        got["layer ssm/fft: temp(1024)/temp(64) within 20% of 16"]["value"],
        (1000 * 1024 + 50) / (1000 * 64 + 50))
    gap = got["layer: SSM (fft) below attention at T=150, gap widening with T"]
    self.assertEqual(gap["pass"], True)
    self.assertAlmostEqual(gap["value"][150], 10 * 150 * 150 / (1000 * 150 + 50))
    speed = got["layer: fft time / scan time <= 1 at T >= 64"]
    self.assertEqual(speed["pass"], True)
    self.assertAlmostEqual(speed["value"][256], 1 / 3)

  def test_quadratic_ssm_or_slow_fft_fails(self):
    got = self.report.checks(
        self.points(lambda t: t * t, lambda t: 10 * t * t,
                    fft_ms=lambda t: 2 * t, scan_ms=lambda t: t), ["layer"])
    self.assertEqual(got["layer ssm/fft: temp(1024)/temp(64) within 20% of 16"]["pass"], False)
    # attention/SSM memory is 10 at every T: below attention, but the gap does not widen.
    gap = got["layer: SSM (fft) below attention at T=150, gap widening with T"]
    self.assertEqual(gap["pass"], False)
    self.assertEqual(got["layer: fft time / scan time <= 1 at T >= 64"]["pass"], False)

  def test_unmeasured_is_not_a_pass(self):
    got = self.report.checks(self.points(lambda t: t, lambda t: t * t), ["layer"])
    self.assertIsNone(got["layer: fft time / scan time <= 1 at T >= 64"]["pass"])


class RematDtypeTest(absltest.TestCase):
  """Variant names with remat and dtype, their checks and the largest T that fits."""

  def setUp(self):
    super().setUp()
    self.report = load_report()

  def test_variant_names_round_trip(self):
    for name, parsed in (("ssm/fft", ("ssm/fft", "none", "float32", 1)),
                         ("attention/bf16", ("attention", "none", "bfloat16", 1)),
                         ("ssm/scan/temporal", ("ssm/scan", "temporal", "float32", 1)),
                         ("ssm/fft/blocks/bf16", ("ssm/fft", "blocks", "bfloat16", 1)),
                         ("ssm/fft/blocks/c8", ("ssm/fft", "blocks", "float32", 8)),
                         ("attention/c4/bf16", ("attention", "none", "bfloat16", 4))):
      self.assertEqual(self.report.parse_variant(name), parsed)
      self.assertEqual(self.report.variant_name(*parsed), name)
    point = self.report.Point("unet", "ssm/fft/blocks/c8/bf16", 8)
    self.assertEqual((point.kind, point.mode, point.remat, point.dtype, point.chunks),
                     ("ssm", "fft", "blocks", "bfloat16", 8))
    for bad in ("ssm/fft/bf16/blocks", "ssm/fft/none", "ssm/fft/fp16", "mamba", "ssm/fft/c1",
                "ssm/fft/c0", "ssm/fft/bf16/c8"):
      with self.assertRaises(ValueError, msg=bad):
        self.report.parse_variant(bad)

  def unet_points(self):
    gib = self.report.GIB
    # temp GiB per T: none/fp32 0.1 T, blocks 0.02 T, blocks/bf16 0.01 T; time at T=64.
    points = []
    for variant, per_frame, ms in (("ssm/fft", 0.1, 100.0), ("ssm/fft/blocks", 0.02, 125.0),
                                   ("ssm/fft/blocks/bf16", 0.01, 200.0),
                                   ("ssm/fft/blocks/c8", 0.01, 140.0)):
      for t in (64, 150, 1024, 2048, 4096):
        p = self.report.Point("unet", variant, t)
        p.temp_bytes = int(per_frame * t * gib)
        p.total_bytes = p.temp_bytes + int(gib)  # 1 GiB of state
        p.time_ms = ms if t == 64 else None
        points.append(p)
    return points

  def test_unet_checks(self):
    got = self.report.checks(self.unet_points(), ["unet"], paper=True)
    self.assertEqual(got["unet ssm/fft: temp(150) <= 6 GiB"]["pass"], False)
    self.assertEqual(got["unet ssm/fft/blocks: temp(150) <= 6 GiB"]["pass"], True)
    self.assertAlmostEqual(got["unet ssm/fft/blocks: temp(1024) <= 40 GiB"]["value"], 20.48,
                           places=3)
    self.assertEqual(got["unet ssm/fft/blocks: time(64) <= 1.3 x ssm/fft's"]["pass"], True)
    self.assertAlmostEqual(
        got["unet ssm/fft/blocks/bf16: temp(150) <= 0.6 x ssm/fft/blocks's"]["value"], 0.5,
        places=2)
    self.assertNotIn("unet ssm/fft/blocks/bf16: time(64) <= 1.3 x ssm/fft's", got)
    self.assertAlmostEqual(got["unet ssm/fft/blocks/c8: time(64) <= 1.3 x ssm/fft's"]["value"],
                           1.4)
    self.assertEqual(got["unet ssm/fft/blocks/c8: time(64) <= 1.3 x ssm/fft's"]["pass"], False)
    # Not the paper's widths: no GiB targets.
    small = self.report.checks(self.unet_points(), ["unet"])
    self.assertFalse([k for k in small if "GiB" in k])

  def test_fits(self):
    rows = {r["variant"]: r for r in self.report.fits(self.unet_points(), 80.0)}
    blocks = rows["ssm/fft/blocks"]  # 1 + 0.02 T GiB: 41.96 at 2048, 82.92 at 4096
    self.assertEqual((blocks["largest_fitting"], blocks["smallest_not_fitting"]), (2048, 4096))
    self.assertEqual(blocks["linear_estimate"], 3950)  # (80 - 1) / 0.02
    plain = rows["ssm/fft"]  # 1 + 0.1 T: 103.4 at 1024
    self.assertEqual((plain["largest_fitting"], plain["linear_estimate"]), (150, 790))
    bf16 = rows["ssm/fft/blocks/bf16"]  # everything fits: extrapolated
    self.assertEqual((bf16["largest_fitting"], bf16["smallest_not_fitting"],
                      bf16["linear_estimate"]), (4096, None, 7900))


class InterleaveTest(absltest.TestCase):
  """--interleave: points of one T timed round-robin, each after its own warm-up."""

  def test_round_robin(self):
    measure = load_report("measure")
    import jax  # pylint: disable=g-import-not-at-top
    import jax.numpy as jnp  # pylint: disable=g-import-not-at-top
    calls = []
    group = []
    for variant in ("ssm/fft", "ssm/fft/blocks"):
      fn = jax.jit(lambda x: x + 1.0)
      program = measure.Program(fn, (jax.ShapeDtypeStruct((3,), jnp.float32),),
                                lambda: (jnp.zeros(3),))
      compiled = fn.lower(*program.abstract_args).compile()
      counted = lambda *a, c=compiled, v=variant: (calls.append(v), c(*a))[1]
      group.append((measure.Point("unet", variant, 8), program, counted))
    args = type("Args", (), {"repeats": 3, "single_call_seconds": 60.0})()
    measure.time_interleaved(group, args)
    # One warm-up each, then rounds alternating between the two.
    self.assertEqual(calls, ["ssm/fft", "ssm/fft/blocks"] + ["ssm/fft", "ssm/fft/blocks"] * 3)
    for point, _, _ in group:
      self.assertLen(point.times_ms, 3)
      self.assertEqual(point.time_ms, sorted(point.times_ms)[1])
      self.assertIn("interleaved", point.time_note)


class OutputsTest(absltest.TestCase):
  """benchmarks/outputs.py writes a record and its table whole, or leaves the old ones."""

  def setUp(self):
    super().setUp()
    self.outputs = load_report("outputs")
    self.out = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, self.out)

  def test_writes_json_and_markdown(self):
    record = {"rows": [{"name": "ssm", "coherence": 0.25}], "num": 8}
    paths = self.outputs.write(os.path.join(self.out, "new"), "table", record, "| a |\n")
    self.assertEqual(paths, [os.path.join(self.out, "new", "table.json"),
                             os.path.join(self.out, "new", "table.md")])
    with open(paths[0]) as f:
      self.assertEqual(json.load(f), record)
    with open(paths[1]) as f:
      self.assertEqual(f.read(), "| a |\n")

  def test_unserializable_record_leaves_previous_results(self):
    paths = self.outputs.write(self.out, "table", {"num": 1}, "old\n")
    with self.assertRaises(TypeError):
      self.outputs.write(self.out, "table", {"num": object()}, "new\n")
    with open(paths[0]) as f:
      self.assertEqual(json.load(f), {"num": 1})
    with open(paths[1]) as f:
      self.assertEqual(f.read(), "old\n")
    self.assertCountEqual(os.listdir(self.out), ["table.json", "table.md"])


class ScalingRunTest(absltest.TestCase):
  """One tiny run of the script as `make bench` runs it, in a fresh process."""

  def test_tiny_run_writes_results_with_honest_memory(self):
    out = self.enter_context(tempfile.TemporaryDirectory())
    env = {k: v for k, v in os.environ.items()
           if k not in ("XLA_FLAGS", "JAX_COMPILATION_CACHE_DIR")}
    frames = (4, 8)
    result = subprocess.run(
        [sys.executable, SCRIPT, f"--out={out}", "--frames=4,8", "--parts=layer,unet",
         "--max_run_frames=4", "--unet_run_frames=", "--repeats=2"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=900, check=False)
    self.assertEqual(result.returncode, 0, result.stdout[-3000:] + result.stderr[-3000:])
    for name in ("scaling.json", "scaling.md", "scaling.png"):
      self.assertGreater(os.path.getsize(os.path.join(out, name)), 0, name)
    with open(os.path.join(out, "scaling.json")) as f:
      report = json.load(f)
    self.assertIn("--xla_cpu_experimental_ynn_fusion_type=", report["machine"]["xla_flags"])

    points = {(p["part"], p["variant"], p["frames"]): p for p in report["points"]}
    expected = {("layer", v, t) for v in ("ssm/fft", "ssm/scan", "attention") for t in frames}
    expected |= {("unet", v, t) for v in ("ssm/fft", "attention") for t in frames}
    self.assertEqual(set(points), expected)
    for key, p in points.items():
      self.assertEqual(p["status"], "ok", key)
      self.assertGreater(p["temp_bytes"], 0, key)
      # Timed exactly where asked: the layer at T <= 4, no UNet point.
      self.assertEqual(p["time_ms"] is not None, key[0] == "layer" and key[2] <= 4, key)

    # Independent lower bounds on what the backward pass must keep, from the settings:
    # attention's softmax probabilities [sequences, heads, T, T] and the scan's states
    # [sequences, T, C, N/2] complex64 (forward direction alone).
    layer = report["settings"]["layer"]
    sequences = layer["batch"] * layer["pixels"] ** 2
    for t in frames:
      probs = sequences * layer["num_heads"] * t * t * 4
      self.assertGreaterEqual(points[("layer", "attention", t)]["temp_bytes"], probs)
      states = sequences * t * layer["channels"] * (layer["d_state"] // 2) * 8
      self.assertGreaterEqual(points[("layer", "ssm/scan", t)]["temp_bytes"], states)
    for part, variant in {(k[0], k[1]) for k in points}:
      self.assertGreater(points[(part, variant, 8)]["temp_bytes"],
                         points[(part, variant, 4)]["temp_bytes"], (part, variant))
    with open(os.path.join(out, "scaling.md")) as f:
      markdown = f.read()
    self.assertIn("## Checks", markdown)
    self.assertIn("| 8 | attention |", markdown)


if __name__ == "__main__":
  absltest.main()
