"""benchmarks/kernel_reach.py: S4D kernel mass beyond a lag, against the geometric series."""

import json
import os
import shutil
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import numpy as np

from benchmarks import kernel_reach


def _layer(rates, c=(1.0,)):
  """One-mode S4D layers whose kernels are c_k * const * r_k^l: a real (a_im = 0), dt = 1,
  so r_k = exp(a_k) with a_k = log(rates_k) < 0."""
  a = np.log(np.asarray(rates, np.float64))[:, None]  # [C, 1], negative
  return {"log_dt": np.zeros(len(rates), np.float32),
          "a_re_log": np.log(-a).astype(np.float32), "a_im": np.zeros_like(a, np.float32),
          "c_re": np.broadcast_to(np.asarray(c, np.float32)[:, None], a.shape).copy(),
          "c_im": np.zeros_like(a, np.float32), "d": np.ones(len(rates), np.float32)}


class ReachTest(parameterized.TestCase):

  @parameterized.parameters((4, 32), (16, 256), (1, 5))
  def test_matches_the_geometric_series(self, lag, length):
    rates = np.array([0.5, 0.9, 0.99, 0.999])
    expected = rates**lag * (1 - rates**(length - lag)) / (1 - rates**lag)
    np.testing.assert_allclose(kernel_reach.reach(_layer(rates, c=(1.0, -2.0, 0.5, 3.0)),
                                                  lag, length), expected, rtol=2e-4)

  def test_rejects_lags_outside_the_video(self):
    for lag, length in ((0, 8), (8, 8), (9, 8)):
      with self.assertRaisesRegex(ValueError, "0 < lag < length"):
        kernel_reach.reach(_layer([0.5]), lag, length)

  def test_finds_nested_layers_and_summarizes(self):
    params = {"up": {"ssm_fwd": {"S4D_0": _layer([0.5, 0.99])}},
              "down": {"S4D_0": _layer([0.999]), "dense": {"kernel": np.ones((2, 2))}}}
    self.assertEqual(sorted(kernel_reach.s4d_layers(params)),
                     ["/down/S4D_0", "/up/ssm_fwd/S4D_0"])
    rows = kernel_reach.summarize(params, lag=4, length=64)
    self.assertEqual(rows["all"]["channels"], 3)
    self.assertAlmostEqual(rows["all"]["above_1"], 2 / 3)  # r = 0.99 and 0.999 reach past 4
    with self.assertRaisesRegex(ValueError, "no S4D layer"):
      kernel_reach.summarize({"dense": {"kernel": np.ones(2)}}, 4, 64)

  def test_main_on_the_shipped_checkpoint(self):
    out = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, out, ignore_errors=True)
    kernel_reach.main(["--lag=16", "--length=64", f"--out={out}"])
    with open(os.path.join(out, "kernel_reach.json")) as f:
      record = json.load(f)
    self.assertEqual((record["lag"], record["length"]), (16, 64))
    layers = record["layers"]
    self.assertGreater(len(layers), 2)
    self.assertEqual(layers["all"]["channels"],
                     sum(r["channels"] for k, r in layers.items() if k != "all"))
    self.assertTrue(os.path.exists(os.path.join(out, "kernel_reach.md")))


if __name__ == "__main__":
  absltest.main()
