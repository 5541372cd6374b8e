"""Tests for ssm_vdm.coherence: real bouncing-shapes videos score near 1, broken ones do not."""

import json
import os
import sys
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import numpy as np

from ssm_vdm import coherence
from ssm_vdm import shape_detection
from ssm_vdm import synthetic

RES, T = 32, 24


def render(centres: np.ndarray, colours: np.ndarray, radii: np.ndarray) -> np.ndarray:
  """Discs on black, later ones on top. centres [K, T, 2] and radii [K] in pixels, colours
  [K, T, 3] in [0, 1]. Returns [T, RES, RES, 3] float32 in [-1, 1]."""
  yy, xx = np.mgrid[:RES, :RES] + 0.5
  video = np.zeros((centres.shape[1], RES, RES, 3), np.float32)
  for centre, colour, radius in zip(centres, colours, radii):
    mask = ((yy - centre[:, 0, None, None]) ** 2
            + (xx - centre[:, 1, None, None]) ** 2) <= radius ** 2  # [T, H, W]
    video = np.where(mask[..., None], colour[:, None, None, :], video)
  return video * 2 - 1


def straight_scene():
  """Two discs moving in straight lines, apart, never reaching a wall in T frames."""
  t = np.arange(T)[:, None]
  centres = np.stack([[8.0, 6.0] + t * [0.0, 0.8], [24.0, 26.0] + t * [0.0, -0.8]])
  colours = np.broadcast_to(np.array([[[0.9, 0.3, 0.4]], [[0.4, 0.8, 0.9]]]), (2, T, 3))
  return centres, colours.copy(), np.array([4.5, 3.5])


class CoherenceTest(parameterized.TestCase):

  @parameterized.parameters(16, 32)
  def test_real_videos_score_near_one(self, resolution):
    videos = synthetic.synthetic_batch(np.arange(8), seed=0, frames=T, resolution=resolution)
    scores = coherence.coherence(videos)
    for name in coherence.METRICS:
      self.assertEqual(scores[name].shape, (8,))
      self.assertGreater(scores[name].mean(), 0.93, name)  # seen: >= 0.96 at 16, 0.998 at 32

  def test_noise_scores_near_zero(self):
    rng = np.random.default_rng(0)
    uniform = rng.uniform(-1, 1, (2, T, RES, RES, 3)).astype(np.float32)
    gauss = np.clip(rng.normal(0, 1, (2, T, RES, RES, 3)), -1, 1).astype(np.float32)
    for videos in (uniform, gauss):
      scores = coherence.coherence(videos)
      self.assertLess(scores["coherence"].max(), 0.01)
      self.assertLess(scores["presence"].max(), 0.05)

  def test_black_video_scores_zero(self):
    scores = coherence.coherence(-np.ones((1, T, RES, RES, 3), np.float32))
    for name in coherence.METRICS:
      self.assertEqual(scores[name][0], 0.0)

  def test_shuffled_frames_lose_motion(self):
    videos = synthetic.synthetic_batch(np.arange(4), seed=0, frames=T, resolution=RES)
    shuffled = videos[:, np.random.default_rng(0).permutation(T)]
    scores = coherence.coherence(shuffled)
    self.assertLess(scores["motion"].mean(), 0.2)
    self.assertLess(scores["coherence"].mean(), 0.2)
    self.assertGreater(scores["presence"].mean(), 0.9)  # every frame is still a real frame

  def test_straight_scene_is_perfect_and_tracked(self):
    centres, colours, radii = straight_scene()
    video = render(centres, colours, radii)
    scores = coherence.coherence(video[None])
    for name in coherence.METRICS:
      self.assertEqual(scores[name][0], 1.0, name)
    d = shape_detection.detect(coherence.to_unit(video))
    self.assertLen(d, 2 * T)
    index, _ = coherence._assign(d, T, RES, coherence.ShapePrior(), coherence.Tolerances())
    for k in range(2):  # each track follows one disc: centroids within 0.3 px of the truth
      found = np.stack([d.cy[index[k]], d.cx[index[k]]], -1)
      truth = centres[np.argmin([np.abs(c[0] - found[0]).sum() for c in centres])]
      np.testing.assert_allclose(found, truth, atol=0.3)

  def test_speed_tells_hovering_from_moving(self):
    centres, colours, radii = straight_scene()
    moving = coherence.coherence(render(centres, colours, radii)[None])
    # Each disc moves 0.8 px a frame along x and none along y: 0.4 per axis.
    self.assertAlmostEqual(moving["speed"][0], 0.4, delta=0.05)
    frozen = coherence.coherence(render(centres[:, :1].repeat(T, 1), colours, radii)[None])
    self.assertEqual(frozen["motion"][0], 1.0)  # a constant (zero) velocity passes motion
    self.assertEqual(frozen["speed"][0], 0.0)
    self.assertEqual(moving["hidden"][0], 0.0)
    one_blob = render(centres[:1].repeat(2, 0), colours[:1].repeat(2, 0), radii[:1].repeat(2))
    merged = coherence.coherence(one_blob[None], num_shapes=2)  # two shapes, one on the other
    self.assertEqual(merged["presence"][0], 1.0)  # what `hidden` is there to expose
    self.assertAlmostEqual(merged["hidden"][0], 0.5)
    self.assertEqual(coherence.coherence(-np.ones((1, T, RES, RES, 3), np.float32))["speed"][0],
                     0.0)
    real = synthetic.synthetic_batch(np.arange(16), seed=0, frames=T, resolution=RES)
    # Each axis' velocity is uniform in [-0.08, 0.08] of the frame: 0.04 * 32 px on average.
    self.assertAlmostEqual(coherence.coherence(real)["speed"].mean(), 0.04 * RES, delta=0.25)

  def test_detections_measure_each_component(self):
    t = 3
    centres = np.broadcast_to(np.array([[[8.0, 8.0]], [[8.0, 15.0]], [[24.0, 24.0]]]), (3, t, 2))
    colours = np.broadcast_to(np.array([[[0.9, 0.3, 0.4]], [[0.4, 0.8, 0.9]], [[0.5, 0.9, 0.3]]]),
                              (3, t, 3))
    video = coherence.to_unit(render(centres, colours, np.array([4.5, 3.5, 3.5])))
    d = shape_detection.detect(video)
    self.assertLen(d, 3 * t)
    np.testing.assert_array_equal(d.frame, np.repeat(np.arange(t), 3))
    alone = np.all(np.abs(d.centre - 24.0) < 1.0, -1)  # the third disc, clear of the others
    np.testing.assert_array_equal(np.bincount(d.frame[alone], minlength=t), np.ones(t))
    np.testing.assert_array_equal(d.touching, ~alone)  # the first two overlap
    np.testing.assert_allclose(d.centre[alone], np.full((t, 2), 24.0))  # symmetric disc
    np.testing.assert_array_equal(d.extent[alone], np.full((t, 2), 6.0))  # pixel centres
    np.testing.assert_array_equal(d.area[alone], np.full(t, 32))  # within 3.5 px of (24, 24)
    np.testing.assert_allclose(d.colour[alone], colours[2], atol=1e-6)
    np.testing.assert_array_equal(d.extent, np.stack([d.height, d.width], -1))
    self.assertEqual(d.extent.dtype, np.float64)

  def test_teleport_fails_the_steps_around_it(self):
    centres, colours, radii = straight_scene()
    centres[0, T // 2:] += [10.0, 0.0]  # jumps 10 px down, far from every wall
    scores = coherence.coherence(render(centres, colours, radii)[None])
    steps = 2 * (T - 2)
    self.assertAlmostEqual(scores["motion"][0], 1 - 2 / steps)  # the two triples across it
    self.assertEqual(scores["presence"][0], 1.0)
    self.assertEqual(scores["identity"][0], 1.0)

  def test_colour_change_breaks_identity(self):
    centres, colours, radii = straight_scene()
    colours[1, 2 * T // 3:] = [0.9, 0.9, 0.3]  # the second disc turns yellow for a third
    scores = coherence.coherence(render(centres, colours, radii)[None])
    self.assertAlmostEqual(scores["identity"][0], (1 + 2 / 3) / 2)
    self.assertEqual(scores["motion"][0], 1.0)

  def test_vanishing_and_growing_shapes_lose_presence(self):
    centres, colours, radii = straight_scene()
    gone = render(centres, colours, radii)
    gone[T - 6:] = render(centres[:1, T - 6:], colours[:1, T - 6:], radii[:1])  # 6 frames
    self.assertAlmostEqual(coherence.coherence(gone[None])["presence"][0], 1 - 6 / T)
    grown = render(centres, colours, radii)
    grown[:6] = render(centres[:, :6], colours[:, :6], radii * [1.0, 1.6])
    self.assertAlmostEqual(coherence.coherence(grown[None])["presence"][0], 1 - 6 / T)

  def test_uint8_matches_float(self):
    videos = synthetic.synthetic_batch(np.arange(2), seed=1, frames=T, resolution=16)
    as_uint8 = np.round((videos + 1) * 127.5).astype(np.uint8)
    by_float, by_uint8 = coherence.coherence(videos), coherence.coherence(as_uint8)
    for name in coherence.METRICS:
      np.testing.assert_array_equal(by_float[name], by_uint8[name])

  def test_mild_pixel_noise_keeps_scores(self):
    videos = synthetic.synthetic_batch(np.arange(4), seed=0, frames=T, resolution=RES)
    noisy = videos + np.random.default_rng(0).normal(0, 0.05, videos.shape)
    clean, scores = coherence.coherence(videos), coherence.coherence(noisy.astype(np.float32))
    self.assertGreater(scores["coherence"].mean(), clean["coherence"].mean() - 0.05)

  def test_bad_input_is_refused(self):
    with self.assertRaisesRegex(ValueError, r"\[N, T, H, W, C\]"):
      coherence.coherence(np.zeros((T, RES, RES, 3), np.float32))
    with self.assertRaisesRegex(ValueError, "square"):
      coherence.coherence(np.zeros((1, T, RES, RES + 1, 3), np.float32))
    with self.assertRaisesRegex(ValueError, "at least 3 frames"):
      coherence.coherence(np.zeros((1, 2, RES, RES, 3), np.float32))
    with self.assertRaisesRegex(ValueError, "uint8"):
      coherence.coherence(np.zeros((1, T, RES, RES, 3), np.int32))


class BenchmarkTest(absltest.TestCase):

  def test_benchmark_writes_every_kind_and_saved_samples(self):
    saved_env = dict(os.environ)  # benchmarks.measure sets XLA_FLAGS for its own runs
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
      from benchmarks import coherence as bench  # pylint: disable=g-import-not-at-top
    finally:
      os.environ.clear()
      os.environ.update(saved_env)
    out = tempfile.mkdtemp()
    samples = os.path.join(out, "samples.npy")
    np.save(samples, synthetic.synthetic_batch(np.arange(2), seed=3, frames=8, resolution=16))
    bench.main(["--resolutions=16", "--frames=8", "--videos=2", f"--samples={samples}",
                f"--out={out}"])
    with open(os.path.join(out, "coherence.json")) as f:
      rows = json.load(f)["rows"]
    self.assertEqual([r["name"] for r in rows], list(bench.KINDS) + ["samples.npy"])
    by_name = {r["name"]: r for r in rows}
    self.assertGreater(by_name["real"]["coherence"]["mean"], 0.9)
    self.assertEqual(by_name["noise"]["coherence"]["mean"], 0.0)
    self.assertTrue(os.path.exists(os.path.join(out, "coherence.md")))


if __name__ == "__main__":
  absltest.main()
