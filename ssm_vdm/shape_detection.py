"""Finding the shapes of a bouncing-shapes video (ssm_vdm.synthetic): what the generator draws
(`ShapePrior`), how far a detection may stray from it (`Tolerances`), and the connected
single-colour components of every frame (`detect`, giving `Detections`), in numpy on CPU.

Pixels brighter than the background are clustered by colour over the whole video (greedy
mode seeking on a subsample; the colour tolerance widens with the video's estimated pixel
noise, and the noisy tail of a known colour never opens a new one), each colour's pixels are
split into connected components per frame, and components are measured (area, bounding box,
centroid, whether they touch another colour). ssm_vdm.coherence tracks and scores them.
"""

import dataclasses
import functools

import numpy as np
from scipy import ndimage

@dataclasses.dataclass(frozen=True)
class ShapePrior:
  """What ssm_vdm.synthetic.bouncing_shapes draws (its defaults), in units of the frame size.

  radius: range of a shape's radius r (discs have diameter 2r, squares side 2 * square * r).
  min_colour: smallest colour value per channel, in [0, 1] (the background is 0).
  max_speed: largest |velocity| per axis and frame.
  square: a square's half side over its radius (it bounces at r from the wall).
  """

  num_shapes: int = 2
  radius: tuple[float, float] = (0.12, 0.22)
  min_colour: float = 0.3
  max_speed: float = 0.08
  square: float = 0.85


@dataclasses.dataclass(frozen=True)
class Tolerances:
  """How far a detection may stray from the ideal (pixels, or [0, 1] colour units)."""

  colour: float = 0.12  # max |channel difference| within one shape's colour
  size: float = 1.0  # bounding-box height/width difference for "the same size", + 10 % of it
  acceleration: float = 0.75  # |change of velocity| per axis still called constant, + 2 % res
  min_fill: float = 0.45  # a shape covers at least this much of its bounding box
  min_area: int = 3  # smallest component kept, in pixels


@dataclasses.dataclass
class Detections:
  """Connected components of one video, flat over all frames: every field is [D] (colour
  [D, C]); box edges are inclusive pixel indices, cy/cx the centroid in pixels."""

  frame: np.ndarray
  area: np.ndarray
  top: np.ndarray
  bottom: np.ndarray
  left: np.ndarray
  right: np.ndarray
  cy: np.ndarray
  cx: np.ndarray
  colour: np.ndarray
  touching: np.ndarray  # borders a component of another colour (may be partly hidden)

  @property
  def height(self) -> np.ndarray:
    return self.bottom - self.top + 1

  @property
  def width(self) -> np.ndarray:
    return self.right - self.left + 1

  @functools.cached_property
  def centre(self) -> np.ndarray:
    """[D, 2] centroid (cy, cx) in pixels (computed once)."""
    return np.stack([self.cy, self.cx], -1)

  @functools.cached_property
  def extent(self) -> np.ndarray:
    """[D, 2] float64 bounding-box (height, width) in pixels (computed once)."""
    return np.stack([self.height, self.width], -1).astype(np.float64)

  def __len__(self) -> int:
    return len(self.frame)


def pixel_noise(video: np.ndarray, foreground: np.ndarray) -> float:
  """Robust per-channel noise std of a video [T, H, W, C]: from the median absolute
  difference of horizontally adjacent foreground pixels (flat inside a shape, so 0 for the
  generator's videos; edges are a minority and leave the median alone)."""
  both = foreground[:, :, 1:] & foreground[:, :, :-1]  # [T, H, W-1]
  if not both.any():
    return 0.0
  diff = np.abs(video[:, :, 1:] - video[:, :, :-1])[both]  # [P, C]
  return float(1.4826 * np.median(diff) / np.sqrt(2.0))


def colour_labels(video: np.ndarray, prior: ShapePrior, tol: Tolerances,
                  max_colours: int) -> tuple[np.ndarray, np.ndarray]:
  """Clusters the foreground pixels of a whole video by colour.

  Centres are modes found one at a time (mean shift in a box of half the colour tolerance);
  a mode closer than 3/4 of the tolerance to a known centre is that colour's noisy tail, not
  a new colour. The tolerance grows with the video's pixel noise (4 std).

  Args:
    video: [T, H, W, C] in [0, 1].

  Returns:
    labels [T, H, W] int (-1: background or no cluster) and centres [K, C].
  """
  foreground = video.max(-1) > prior.min_colour / 2  # [T, H, W]
  labels = np.full(foreground.shape, -1, np.int32)
  index = np.flatnonzero(foreground)
  colours = video.reshape(-1, video.shape[-1])[index]  # [P, C]
  colour_tol = max(tol.colour, 4.0 * pixel_noise(video, foreground))
  stride = max(1, len(index) // 50_000)  # centres are found on a subsample
  sample = colours[::stride]  # [P', C]
  min_support = tol.min_area / stride
  centres = []
  for _ in range(4 * max_colours):
    if len(sample) < min_support or len(centres) == max_colours:
      break
    keys = np.floor(sample / (colour_tol / 4)).astype(np.int64) @ (1024 ** np.arange(
        sample.shape[1]))  # [P'] one key per colour bin, fine enough to split near colours
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    centre = sample[inverse == counts.argmax()].mean(0)
    for _ in range(3):  # mean shift in half the tolerance: near colours stay apart
      centre = sample[np.abs(sample - centre).max(-1) <= colour_tol / 2].mean(0)
    member = np.abs(sample - centre).max(-1) <= colour_tol / 2
    if member.sum() < min_support:
      break
    if not centres or np.abs(np.asarray(centres) - centre).max(-1).min() > 0.75 * colour_tol:
      centres.append(centre)
    sample = sample[~member]
  if centres:  # every pixel joins its nearest centre within the tolerance
    gap = np.abs(colours[:, None] - np.asarray(centres)[None]).max(-1)  # [P, K]
    nearest = gap.argmin(-1)
    near = gap[np.arange(len(nearest)), nearest] <= colour_tol
    labels.reshape(-1)[index[near]] = nearest[near]
  return labels, np.asarray(centres, np.float32).reshape(-1, video.shape[-1])


def detect(video: np.ndarray, prior: ShapePrior = ShapePrior(),
           tol: Tolerances = Tolerances()) -> Detections:
  """Connected single-colour components of every frame. video: [T, H, W, C] in [0, 1]."""
  _, height, width, channels = video.shape
  labels, _ = colour_labels(video, prior, tol, max_colours=2 * prior.num_shapes + 6)
  structure = np.zeros((3, 3, 3), bool)
  structure[1] = ndimage.generate_binary_structure(2, 1)  # 4-connected, never across frames
  components = np.zeros(labels.shape, np.int32)  # [T, H, W], 0 = none
  count = 0
  for k in range(labels.max() + 1):
    comp, n = ndimage.label(labels == k, structure=structure)
    components += np.where(comp > 0, comp + count, 0)
    count += n
  area = np.bincount(components.ravel(), minlength=count + 1)[1:]
  slices = ndimage.find_objects(components)
  box = np.array([(s[0].start, s[1].start, s[1].stop - 1, s[2].start, s[2].stop - 1)
                  for s in slices], np.int64).reshape(-1, 5)
  yy, xx = np.mgrid[:height, :width]
  weights = lambda v: np.bincount(components.ravel(), weights=np.broadcast_to(
      v, components.shape).ravel(), minlength=count + 1)[1:]
  cy = weights(yy + 0.5) / np.maximum(area, 1)
  cx = weights(xx + 0.5) / np.maximum(area, 1)
  colour = np.stack([weights(video[..., c]) for c in range(channels)], -1) / np.maximum(
      area, 1)[:, None]
  touching = np.zeros(count + 1, bool)
  loose = (labels < 0) & (video.max(-1) > prior.min_colour / 2)  # [T, H, W] unclustered
  for axis in (1, 2):  # neighbours, or 2 apart across an unclustered (blurry) pixel
    n = components.shape[axis]
    take = lambda a, lo, hi: np.take(a, np.arange(lo, n - hi), axis=axis)
    for a, b, gap in ((take(components, 1, 0), take(components, 0, 1), None),
                      (take(components, 2, 0), take(components, 0, 2), take(loose, 1, 1))):
      pair = (a > 0) & (b > 0) & (a != b)
      if gap is not None:
        pair &= gap
      touching[a[pair]] = True
      touching[b[pair]] = True
  keep = area >= tol.min_area
  keep = np.flatnonzero(keep)[np.argsort(box[keep, 0], kind="stable")]  # by frame
  return Detections(frame=box[keep, 0], area=area[keep], top=box[keep, 1],
                    bottom=box[keep, 2], left=box[keep, 3], right=box[keep, 4],
                    cy=cy[keep], cx=cx[keep], colour=colour[keep],
                    touching=touching[1:][keep])
