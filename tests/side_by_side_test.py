"""benchmarks/side_by_side_report.py: the issue's targets judged from records, and the point
parsers of side_by_side.py and official_step.py (no program is compiled here)."""

import json
import os
import tempfile

from absl.testing import absltest

from tests import benchmarks_test

GIB = 2 ** 30


def _ours(variant, frames, peak_gib, ms, **extra):
  return {"impl": "ours", "variant": variant, "frames": frames, "peak_bytes": peak_gib * GIB,
          "time_ms": ms, "total_bytes": peak_gib * GIB, **extra}


def _official(arch, mode, frames, peak_gib, ms):
  return {"impl": "official", "arch": arch, "mode": mode, "frames": frames,
          "peak_bytes": peak_gib * GIB, "time_ms": ms}


class TargetsTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    self.report = benchmarks_test.load_report("side_by_side_report")

  def test_half_the_memory_at_their_speed(self):
    records = [_official("bi-s4d", "grad", 150, 12.4, 102.0),
               _official("bi-s4d", "grad", 1024, 82.4, 518.0),
               _ours("ssm/fft/blocks/c8", 150, 6.2, 102.0),  # exactly half, equal time
               _ours("ssm/fft/blocks/c8", 1024, 41.3, 400.0)]  # just over half
    lines = "\n".join(self.report.targets(records))
    self.assertIn("T=150: peak <= half the authors', time <= theirs | 6.20 vs 12.40 GiB "
                  "(0.50x), 102.0 vs 102.0 ms (1.00x) | yes", lines)
    self.assertIn("(0.50x), 400.0 vs 518.0 ms (0.77x) | no", lines)

  def test_slower_fails_and_failed_points_are_not_used(self):
    records = [_official("bi-s4d", "grad", 150, 12.4, 102.0),
               _ours("ssm/fft/blocks/c8", 150, 2.0, 103.0),
               _ours("ssm/fft/blocks/c8", 150, 1.0, 50.0, status="out of memory")]
    self.assertIn("(1.01x) | no", "\n".join(self.report.targets(records)))

  def test_bf16_ratio_and_largest_fit(self):
    records = [_ours("ssm/fft", 150, 10.0, 60.0), _ours("ssm/fft/bf16", 150, 5.5, 40.0),
               _ours("ssm/fft/blocks/c8", 4096, 50.0, 900.0),
               _ours("ssm/fft/blocks/c8", 6144, 79.0, 1400.0),
               {"impl": "ours", "variant": "ssm/fft/blocks/c8", "frames": 8192,
                "total_bytes": 97 * GIB, "memory_only": True}]
    lines = "\n".join(self.report.targets(records))
    self.assertIn("fp32 (ssm/fft) | 0.55x | yes", lines)
    self.assertIn("| 6144 measured (peak 79.00 GiB) | yes |", lines)

  def test_write_makes_markdown_and_plot(self):
    records = [_official("bi-s4d", "grad", 150, 12.4, 102.0),
               _official("bi-s4d", "adam", 150, 12.9, 110.0),
               _ours("ssm/fft/blocks/c8", 150, 2.6, 90.0)]
    out = tempfile.mkdtemp()
    path = os.path.join(out, "side_by_side.json")
    with open(path, "w") as f:
      json.dump({"records": records, "machine": {"device_kind": "test"}}, f)
    self.report.write(path, out)
    with open(os.path.join(out, "side_by_side.md")) as f:
      text = f.read()
    # ours 2.6 GiB / 90 ms against grad 12.4 / 102 and adam 12.9 / 110
    self.assertIn("| 150 | ssm/fft/blocks/c8 | 90.0 | 2.60 | 102.0 / 12.40 | 110.0 / 12.90 |"
                  " 0.21 | 0.88 | 0.20 | 0.82 |", text)
    self.assertTrue(os.path.getsize(os.path.join(out, "side_by_side.png")) > 1000)


class ParsePointsTest(absltest.TestCase):

  def test_points(self):
    side_by_side = benchmarks_test.load_report("side_by_side")
    official = benchmarks_test.load_report("official_step")
    self.assertEqual(side_by_side.parse_points("ssm/fft/blocks/c8@150,attention@16"),
                     [("ssm/fft/blocks/c8", 150), ("attention", 16)])
    self.assertEqual(official.parse_points("bi-s4d@150,attn@512"),
                     [("bi-s4d", 150), ("attn", 512)])
    for bad in ("ssm/fft/blocks/c8", "ssm/fft@x"):
      with self.assertRaises(SystemExit):
        side_by_side.parse_points(bad)
    with self.assertRaisesRegex(ValueError, "Unknown tag"):
      side_by_side.parse_points("ssm/fft/fast@16")
    with self.assertRaisesRegex(SystemExit, "ARCH bi-s4d or attn"):
      official.parse_points("s4d@16")


if __name__ == "__main__":
  absltest.main()
