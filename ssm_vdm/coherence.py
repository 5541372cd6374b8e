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

Two diagnostics ride along (DIAGNOSTICS, not in the product), for what the three scores let
through. `speed`: the tracked shapes' mean displacement per axis and frame in pixels, over
steps between two frames where the shape is fully found (0 when there is none). The
generator draws each axis' velocity uniformly in [-max_speed, max_speed], so real videos
average about max_speed / 2 of the frame (0.64 px at 16x16); `motion` cannot tell a shape
hovering in place from a moving one (both keep a constant velocity), `speed` can.
`hidden`: the fraction of (shape, frame) pairs in which the shape is hidden by another
(0.04-0.11 in real 16-256-frame videos): one blob that never splits reads as two shapes,
one hiding the other, and passes `presence` with a high `hidden`.

Detection (ssm_vdm.shape_detection): the connected single-colour components of every frame.
Tracking: `num_shapes` tracks follow the components frame by frame by the minimum-cost
assignment of distance to a constant-velocity prediction, colour change and size change; a
track not seen while its prediction lies inside another shape is hidden (occluded), not
missing.

Known limits: two shapes whose colours differ by less than 3/4 of `Tolerances.colour` in
every channel (about 1.5 % of the generator's videos) merge into one component where they
overlap (such frames count as hidden, and the tracker may swap them); blurred edges make
components smaller than the shape (a 2x2 box blur at 16x16 scores about 0.6).
"""

import dataclasses

import numpy as np
from scipy import optimize

from ssm_vdm import shape_detection

# From ssm_vdm.shape_detection: the generator's ranges and the tolerances (arguments of
# `coherence`), and the detections tracked here.
ShapePrior = shape_detection.ShapePrior
Tolerances = shape_detection.Tolerances
Detections = shape_detection.Detections

METRICS = ("presence", "motion", "identity", "coherence")
DIAGNOSTICS = ("speed", "hidden")
MISSING, FULL, HIDDEN, WRONG = 0, 1, 2, 3  # a track's state in a frame


def to_unit(videos: np.ndarray) -> np.ndarray:
  """uint8 [0, 255] or float [-1, 1] videos -> float32 in [0, 1], same shape."""
  videos = np.asarray(videos)
  if videos.dtype == np.uint8:
    return videos.astype(np.float32) / 255.0
  if not np.issubdtype(videos.dtype, np.floating):
    raise ValueError(f"videos must be uint8 in [0, 255] or float in [-1, 1], got dtype "
                     f"{videos.dtype}.")
  return np.clip((videos.astype(np.float32) + 1.0) / 2.0, 0.0, 1.0)


@dataclasses.dataclass(frozen=True)
class _Tracks:
  """The tracker's state of K tracks after a frame; colour and size as last seen clear of
  other shapes, NaN before a track's first sighting."""

  pos: np.ndarray  # [K, 2] centroid (y, x), or the prediction where the track had none
  vel: np.ndarray  # [K, 2] per frame
  colour: np.ndarray  # [K, C]
  size: np.ndarray  # [K, 2] bounding-box (height, width)
  unclear: np.ndarray  # [K] frames since each track was last seen clear of other shapes


def _start(k: int, channels: int) -> _Tracks:
  """K tracks with no position, at rest."""
  return _Tracks(pos=np.full((k, 2), np.nan), vel=np.zeros((k, 2)),
                 colour=np.full((k, channels), np.nan), size=np.full((k, 2), np.nan),
                 unclear=np.zeros(k))


def _cost(tracks: _Tracks, d: Detections, cand: np.ndarray, step: float,
          tol: Tolerances) -> np.ndarray:
  """[K, N] cost of giving each track each of a frame's N detections `cand` (indices in `d`):
  distance to the constant-velocity prediction in `step`s, divided by 1 + the track's unclear
  frames, plus colour change in tolerances, plus half the size change; a track with no
  position yet prefers large components."""
  moved = np.linalg.norm(d.centre[cand][None] - (tracks.pos + tracks.vel)[:, None],
                         axis=-1) / step
  moved /= 1.0 + tracks.unclear[:, None]
  recolour = np.abs(d.colour[cand][None] - tracks.colour[:, None]).max(-1) / tol.colour
  resize = np.abs(d.extent[cand][None] - tracks.size[:, None]).max(-1) / (tol.size + 1.0)
  cost = np.nan_to_num(moved) + np.nan_to_num(recolour) + 0.5 * np.nan_to_num(resize)
  fresh = np.isnan(tracks.pos[:, 0])
  cost[fresh] -= d.area[cand][None] / d.area[cand].max()
  return cost


def _step(tracks: _Tracks, d: Detections, now: np.ndarray, prev: np.ndarray) -> _Tracks:
  """The tracks after a frame in which track k took detection now[k] (-1: none; prev [K] the
  previous frame's). A track takes its detection's centroid, or keeps moving at its last
  velocity; colour and size follow a detection clear of other shapes (or the first one), and
  the velocity only steps between two clear ones (centroids of hidden shapes are off)."""
  seen = now >= 0
  pos = tracks.pos + tracks.vel
  pos[seen] = d.centre[now[seen]]
  restyle = seen.copy()
  restyle[seen] = ~d.touching[now[seen]] | np.isnan(tracks.size[seen, 0])
  colour, size = tracks.colour.copy(), tracks.size.copy()
  colour[restyle], size[restyle] = d.colour[now[restyle]], d.extent[now[restyle]]
  clear = lambda j: (j >= 0) & ~d.touching[j]
  vel = np.where((clear(now) & clear(prev))[:, None], pos - tracks.pos, tracks.vel)
  unclear = np.where(clear(now), 0.0, tracks.unclear + 1.0)
  return _Tracks(pos=pos, vel=vel, colour=colour, size=size, unclear=unclear)


def _coast(tracks: _Tracks) -> _Tracks:
  """The tracks after a frame with no detections: each keeps moving at its velocity."""
  return dataclasses.replace(tracks, pos=tracks.pos + tracks.vel,
                             unclear=tracks.unclear + 1.0)


def _backfill(index: np.ndarray, position: np.ndarray) -> np.ndarray:
  """position [K, T, 2] with each track, before its first sighting in index [K, T], moving
  back from it at its first velocity."""
  position = position.copy()
  for r in range(len(index)):
    seen = np.flatnonzero(index[r] >= 0)
    if len(seen) and seen[0] > 0:
      first = seen[0]
      later = seen[1] if len(seen) > 1 else first
      v = (position[r, later] - position[r, first]) / max(later - first, 1)
      position[r, :first] = position[r, first] - v * (first - np.arange(first))[:, None]
  return position


def _assign(d: Detections, t_len: int, resolution: int, prior: ShapePrior,
            tol: Tolerances) -> tuple[np.ndarray, np.ndarray]:
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
  tracks = _start(k, d.colour.shape[1])
  index = np.full((k, t_len), -1, np.int64)
  position = np.full((k, t_len, 2), np.nan)
  bounds = np.searchsorted(d.frame, np.arange(t_len + 1))
  for t in range(t_len):
    cand = np.arange(bounds[t], bounds[t + 1])
    if len(cand) == 0:
      tracks = _coast(tracks)
    else:
      rows, cols = optimize.linear_sum_assignment(_cost(tracks, d, cand, step, tol))
      index[rows, t] = cand[cols]
      tracks = _step(tracks, d, index[:, t], index[:, t - 1] if t else np.full(k, -1))
    position[:, t] = tracks.pos
  return index, _backfill(index, position)


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
  d = shape_detection.detect(video, prior, tol)
  if len(d) == 0:
    return dict.fromkeys(METRICS + DIAGNOSTICS, 0.0)
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
  scores["speed"] = _speed(d, index, status)
  scores["hidden"] = float(np.mean(status == HIDDEN))
  return scores


def _speed(d: Detections, index: np.ndarray, status: np.ndarray) -> float:
  """Mean |displacement| per axis and frame (pixels) of the tracks [K, T] between frames
  where the shape is fully found; 0 when no such pair of frames exists."""
  i = np.maximum(index, 0)
  pos = np.stack([d.cy[i], d.cx[i]], -1)  # [K, T, 2]
  full = status == FULL  # only ever where the track has a detection
  pair = full[:, 1:] & full[:, :-1]  # [K, T-1]
  if not pair.any():
    return 0.0
  step = np.abs(pos[:, 1:] - pos[:, :-1]).mean(-1)  # [K, T-1]
  return float(step[pair].mean())


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
    {name: [N] float64} for each of METRICS, in [0, 1], and of DIAGNOSTICS (speed in
    pixels per frame, hidden in [0, 1]).
  """
  videos = np.asarray(videos)
  if videos.ndim != 5:
    raise ValueError(f"videos must be [N, T, H, W, C], got shape {videos.shape}.")
  prior = ShapePrior(num_shapes=num_shapes) if prior is None else prior
  scores = [score_video(v, prior, tol) for v in to_unit(videos)]
  return {m: np.array([s[m] for s in scores]) for m in METRICS + DIAGNOSTICS}
