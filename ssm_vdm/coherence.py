"""Temporal coherence of bouncing-shapes videos (ssm_vdm.synthetic), measured on CPU in numpy.

A coherent video shows `num_shapes` flat-coloured discs/squares on a black background, each
of constant colour and size, moving at constant velocity and bouncing off the walls. The
metric finds the shapes in every frame, tracks them, and scores three properties per video,
each in [0, 1] (1 = the real generator's videos):

  presence  fraction of frames in which every shape is found at its size (a partly hidden
            shape counts when it is no larger than its size) and no extra shape is visible;
  motion    fraction of (shape, frame triple) steps whose velocity is constant, or changes
            only at a wall and away from it, and never exceeds the generator's top speed (a
            missing shape fails the step; steps with a partly hidden shape are not judged);
  identity  fraction of a shape's detections that keep its colour and size (the track's
            median colour and size), averaged over shapes.

`coherence` is their product: a video is coherent when all three hold.

Detection: pixels brighter than the background are clustered by colour over the whole video
(greedy mode seeking on a subsample; the colour tolerance widens with the video's estimated
pixel noise, and the noisy tail of a known colour never opens a new one), each colour's pixels
are split into connected components per frame, and components are measured (area, bounding
box, centroid, whether they touch another colour). Tracking: `num_shapes` tracks follow the
components frame by frame by the minimum-cost assignment of distance to a constant-velocity
prediction, colour change and size change; a track not seen while its prediction lies inside
another shape is hidden (occluded), not missing.

Known limits: two shapes whose colours differ by less than 3/4 of `Tolerances.colour` in
every channel (about 1.5 % of the generator's videos) merge into one component where they
overlap (such frames count as hidden, and the tracker may swap them); blurred edges make
components smaller than the shape (a 2x2 box blur at 16x16 scores about 0.6).
"""

import dataclasses

import numpy as np
from scipy import ndimage
from scipy import optimize

METRICS = ("presence", "motion", "identity", "coherence")
MISSING, FULL, HIDDEN, WRONG = 0, 1, 2, 3  # a track's state in a frame


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

  def __len__(self) -> int:
    return len(self.frame)


def to_unit(videos: np.ndarray) -> np.ndarray:
  """uint8 [0, 255] or float [-1, 1] videos -> float32 in [0, 1], same shape."""
  videos = np.asarray(videos)
  if videos.dtype == np.uint8:
    return videos.astype(np.float32) / 255.0
  if not np.issubdtype(videos.dtype, np.floating):
    raise ValueError(f"videos must be uint8 in [0, 255] or float in [-1, 1], got dtype "
                     f"{videos.dtype}.")
  return np.clip((videos.astype(np.float32) + 1.0) / 2.0, 0.0, 1.0)


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
  t_len, height, width, channels = video.shape
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



def _assign(d: Detections, t_len: int, resolution: int, prior: ShapePrior,
            tol: Tolerances) -> np.ndarray:
  """Tracks `prior.num_shapes` shapes through the detections of one video.

  Frame by frame, each track takes the detection that minimizes the total cost of distance to
  its constant-velocity prediction (in top-speed steps, divided by 1 + the frames since the
  track was last seen clear of other shapes: a prediction through an occlusion drifts), colour
  change (in tolerances) and size change (colour and size as last seen clear); a track left
  without a detection keeps moving at its last velocity. Before a track has a position it
  prefers large components.

  Returns:
    index [K, T] int: each track's detection in `d`, -1 where it has none; and
    position [K, T, 2]: its centroid (y, x), or the prediction where it has none.
  """
  k = prior.num_shapes
  step = max(prior.max_speed * resolution, 1.0)
  index = np.full((k, t_len), -1, np.int64)
  pos = np.full((k, 2), np.nan)
  vel = np.zeros((k, 2))
  colour = np.full((k, d.colour.shape[1]), np.nan)
  size = np.full((k, 2), np.nan)
  unclear = np.zeros(k)  # frames since each track was last seen clear of other shapes
  centres = np.stack([d.cy, d.cx], -1)
  extents = np.stack([d.height, d.width], -1).astype(np.float64)
  bounds = np.searchsorted(d.frame, np.arange(t_len + 1))
  position = np.full((k, t_len, 2), np.nan)
  for t in range(t_len):
    cand = np.arange(bounds[t], bounds[t + 1])
    if len(cand) == 0:
      pos += vel
      position[:, t] = pos
      unclear += 1.0
      continue
    moved = np.linalg.norm(centres[cand][None] - (pos + vel)[:, None], axis=-1) / step
    moved /= 1.0 + unclear[:, None]
    recolour = np.abs(d.colour[cand][None] - colour[:, None]).max(-1) / tol.colour
    resize = np.abs(extents[cand][None] - size[:, None]).max(-1) / (tol.size + 1.0)
    cost = np.nan_to_num(moved) + np.nan_to_num(recolour) + 0.5 * np.nan_to_num(resize)
    fresh = np.isnan(pos[:, 0])
    cost[fresh] -= d.area[cand][None] / d.area[cand].max()
    rows, cols = optimize.linear_sum_assignment(cost)
    new_pos = pos + vel
    for r, c in zip(rows, cols):
      i = cand[c]
      index[r, t] = i
      new_pos[r] = centres[i]
      if not d.touching[i] or np.isnan(size[r, 0]):
        colour[r], size[r] = d.colour[i], extents[i]
    clear = lambda j: (j >= 0) & ~d.touching[j]  # centroids of hidden shapes are off
    prev = index[:, t - 1] if t else np.full(k, -1)
    vel = np.where((clear(index[:, t]) & clear(prev))[:, None], new_pos - pos, vel)
    unclear = np.where(clear(index[:, t]), 0.0, unclear + 1.0)
    pos = position[:, t] = new_pos
  for r in range(k):  # before its first sighting a track moves back at its first velocity
    seen = np.flatnonzero(index[r] >= 0)
    if len(seen) and seen[0] > 0:
      first = seen[0]
      later = seen[1] if len(seen) > 1 else first
      v = (position[r, later] - position[r, first]) / max(later - first, 1)
      position[r, :first] = position[r, first] - v * (first - np.arange(first))[:, None]
  return index, position


def _extent_range(resolution: int, prior: ShapePrior, tol: Tolerances) -> tuple[float, float]:
  """(smallest, largest) bounding-box side in pixels of a shape the generator draws: the
  smallest square's side to the largest disc's diameter, widened by tol.size."""
  return (2 * prior.square * prior.radius[0] * resolution - tol.size,
          2 * prior.radius[1] * resolution + tol.size)


def _status(d: Detections, index: np.ndarray, position: np.ndarray, resolution: int,
            prior: ShapePrior, tol: Tolerances) -> tuple[np.ndarray, np.ndarray]:
  """Each track's detection against the track's own appearance (its median colour and, over
  unhidden frames, median size), which must be a size the generator draws.

  Returns:
    status [K, T] int: MISSING, FULL (at its size, and not losing area to a shape it
    touches), HIDDEN (touching another shape and no larger than its size, or not seen while
    its predicted centre lies inside another track's box) or WRONG; colour_ok [K, T] bool
    (colour within tolerance).
  """
  status = np.full(index.shape, MISSING, np.int8)
  colour_ok = np.zeros(index.shape, bool)
  sizes = np.full((len(index), 2), np.nan)  # each track's size, NaN: not a shape's size
  lo, hi = _extent_range(resolution, prior, tol)
  for k, row in enumerate(index):
    found = row >= 0
    if not found.any():
      continue
    i = row[found]
    extent = np.stack([d.height[i], d.width[i]], -1).astype(np.float64)  # [F, 2]
    clear = ~d.touching[i]
    ref = clear if clear.any() else np.ones_like(clear)
    ref_size, ref_area = np.median(extent[ref], 0), np.median(d.area[i][ref])
    ref_colour = np.median(d.colour[i], 0)
    slack = tol.size + 0.1 * ref_size
    valid = bool(np.all((ref_size >= lo) & (ref_size <= hi)))
    same = np.all(np.abs(extent - ref_size) <= slack, -1)
    smaller = np.all(extent <= ref_size + slack, -1)
    filled = d.area[i] >= tol.min_fill * extent.prod(-1)
    whole = clear | (d.area[i] >= 0.9 * ref_area - tol.size * np.sqrt(ref_area))
    full = valid & same & filled & whole
    hidden = valid & ~full & smaller & d.touching[i]
    status[k, found] = np.where(full, FULL, np.where(hidden, HIDDEN, WRONG))
    colour_ok[k, found] = np.abs(d.colour[i] - ref_colour).max(-1) <= tol.colour
    if valid:
      sizes[k] = ref_size
  # A shape not seen while its predicted centre lies in another track's box is hidden by it;
  # if that box is too big, but no bigger than both, the two (of one colour) have merged.
  missing = status == MISSING
  for k in range(len(index)):
    for j in range(len(index)):
      i = index[j]
      if j == k or np.isnan(sizes[k, 0]) or np.isnan(sizes[j, 0]):
        continue
      y, x, m = position[k, :, 0], position[k, :, 1], tol.size
      inside = missing[k] & (i >= 0) & (y >= d.top[i] - m) & (y <= d.bottom[i] + 1 + m) & (
          x >= d.left[i] - m) & (x <= d.right[i] + 1 + m)
      status[k][inside] = HIDDEN
      both = np.stack([d.height[i], d.width[i]], -1) <= sizes[k] + sizes[j] + 2 * m
      status[j][inside & (status[j] == WRONG) & np.all(both, -1)] = HIDDEN
  return status, colour_ok


def _extra_shapes(d: Detections, index: np.ndarray, t_len: int, resolution: int,
                  prior: ShapePrior, tol: Tolerances) -> np.ndarray:
  """[T] bool: a frame holds an untracked, unhidden component of a shape's size."""
  smallest, _ = _extent_range(resolution, prior, tol)
  big = (np.minimum(d.height, d.width) >= smallest) & ~d.touching
  big[index[index >= 0]] = False
  return np.bincount(d.frame[big], minlength=t_len) > 0


def _motion(d: Detections, index: np.ndarray, status: np.ndarray, resolution: int,
            prior: ShapePrior, tol: Tolerances) -> tuple[np.ndarray, np.ndarray]:
  """Judges each track's steps over frame triples (t, t+1, t+2).

  Returns:
    ok [K, T-2] bool: velocity constant, or changed away from a wall the middle frame is
    near, and never over the top speed; counted [K, T-2] bool: the step is judged (not with
    a hidden shape, whose centroid is off; a missing or wrong one counts as a failure).
  """
  speed = prior.max_speed * resolution
  accel_tol = tol.acceleration + 0.02 * resolution
  top_speed = speed + accel_tol
  margin = speed + (1 - prior.square) * prior.radius[1] * resolution + tol.size
  i = np.maximum(index, 0)
  pos = np.stack([d.cy[i], d.cx[i]], -1)  # [K, T, 2]
  near_low = np.stack([d.top[i], d.left[i]], -1) <= margin  # [K, T, 2]
  near_high = (resolution - 1 - np.stack([d.bottom[i], d.right[i]], -1)) <= margin
  v1 = pos[:, 1:-1] - pos[:, :-2]  # [K, T-2, 2]
  v2 = pos[:, 2:] - pos[:, 1:-1]
  a = v2 - v1
  slow = (np.abs(v1) <= top_speed) & (np.abs(v2) <= top_speed)
  bounce = ((near_low[:, 1:-1] & (a > 0)) | (near_high[:, 1:-1] & (a < 0))) & (
      np.abs(a) <= 2 * top_speed)
  ok = np.all(slow & ((np.abs(a) <= accel_tol) | bounce), -1)  # [K, T-2]
  window = lambda x: np.stack([x[:, :-2], x[:, 1:-1], x[:, 2:]], -1)  # [K, T-2, 3]
  bad = np.any(window((status == MISSING) | (status == WRONG)), -1)
  counted = bad | ~np.any(window(status == HIDDEN), -1)
  return ok & ~bad, counted


def score_video(video: np.ndarray, prior: ShapePrior = ShapePrior(),
                tol: Tolerances = Tolerances()) -> dict[str, float]:
  """METRICS of one video [T, H, W, C] in [0, 1] (see `to_unit`)."""
  t_len, height, width, _ = video.shape
  if height != width:
    raise ValueError(f"frames must be square (the generator's box), got {height}x{width}.")
  if t_len < 3:
    raise ValueError(f"motion needs at least 3 frames, got {t_len}.")
  d = detect(video, prior, tol)
  if len(d) == 0:
    return dict.fromkeys(METRICS, 0.0)
  index, position = _assign(d, t_len, height, prior, tol)
  status, colour_ok = _status(d, index, position, height, prior, tol)
  found = (status == FULL) | (status == HIDDEN)
  extra = _extra_shapes(d, index, t_len, height, prior, tol)
  presence = float(np.mean(np.all(found, 0) & ~extra))
  ok, counted = _motion(d, index, status, height, prior, tol)
  motion = float(np.sum(ok & counted) / max(counted.sum(), 1))
  seen = index >= 0
  kept = colour_ok & found & seen
  identity = float(np.mean(kept.sum(1) / np.maximum(seen.sum(1), 1)))
  scores = dict(presence=presence, motion=motion, identity=identity)
  scores["coherence"] = presence * motion * identity
  return scores


def coherence(videos: np.ndarray, *, num_shapes: int = 2, prior: ShapePrior | None = None,
              tol: Tolerances = Tolerances()) -> dict[str, np.ndarray]:
  """Coherence scores of bouncing-shapes videos.

  Args:
    videos: [N, T, H, W, C] float in [-1, 1] (the data and the samplers' range) or uint8 in
      [0, 255] (decoded GIF/MP4 frames); square frames, T >= 3.
    num_shapes: shapes per video (config.data.synthetic_num_shapes), used when `prior` is None.
    prior: the generator's parameters; default ShapePrior(num_shapes).
    tol: detection tolerances.

  Returns:
    {name: [N] float64} for each of METRICS, in [0, 1].
  """
  videos = np.asarray(videos)
  if videos.ndim != 5:
    raise ValueError(f"videos must be [N, T, H, W, C], got shape {videos.shape}.")
  prior = ShapePrior(num_shapes=num_shapes) if prior is None else prior
  scores = [score_video(v, prior, tol) for v in to_unit(videos)]
  return {m: np.array([s[m] for s in scores]) for m in METRICS}
