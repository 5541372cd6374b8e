"""Input pipelines: TFDS `ucf101` / `minerl_navigate`, a folder of video files, synthetic videos.

The one interface the trainer and the evaluator use; each source lives in `ssm_vdm.data`.
Every iterator yields host-local batches `{'video': float32 [B, T, H, W, C] in [-1, 1],
'label': int32 [B]}`: clips of `frames` frames taken every `frame_stride` frames, made square
at `resolution` by config.data.frame_transform (ssm_vdm.data.transform) and scaled to [-1, 1].

Videos are read from prepared clips (ssm_vdm.data.prepared_source, written once by
ssm_vdm.data.prepare.prepare) when config.data.prepared_dir holds them, and decoded on the fly
otherwise; the log says which.

Training streams are deterministic from config.seed and restart at any step with the batches
an uninterrupted run would have seen (ssm_vdm.data.streams says how); a host reads its own
shard of the videos. Evaluation reads each host's shard of the test split (video_folder: the
same folder) once, in order, taking every video's first clip.
"""

from collections.abc import Iterator

from absl import logging
import jax
import ml_collections
import numpy as np

from ssm_vdm.data import folder_source
from ssm_vdm.data import prepared_source
from ssm_vdm.data import sources
from ssm_vdm.data import streams
from ssm_vdm.data import synthetic_source
from ssm_vdm.data import tfds_source
from ssm_vdm.data import transform

DATASETS = sources.DATASETS
Batch = sources.Batch
VIDEO_EXTENSIONS = folder_source.VIDEO_EXTENSIONS
read_clip = folder_source.read_clip
scan_videos = folder_source.scan_videos
to_model_input = transform.to_model_input


def check_dataset_available(config: ml_collections.ConfigDict) -> None:
  """Raises FileNotFoundError / ValueError if the configured dataset can't be read.

  Cheap: finds prepared clips, or opens TFDS metadata, or reads a folder's frame counts up to
  its first usable video. Call it before compiling.
  """
  sources.check_config(config)
  if config.data.dataset == "synthetic":
    return
  if all(prepared_source.store_paths(config, split)
         for split in (config.data.train_split, config.data.eval_split)):
    return
  if config.data.clip_sampling == "window":
    raise FileNotFoundError(
        f"config.data.clip_sampling='window' needs prepared clips of {config.data.dataset} "
        f"({config.data.train_split}, {config.data.eval_split}) at {config.data.resolution}px-"
        f"{config.data.frame_transform} in config.data.prepared_dir="
        f"{config.data.prepared_dir!r}; prepare them once with --mode=prepare (same config), "
        "or use data.clip_sampling='video'.")
  if config.data.dataset == "video_folder":
    folder_source.check_available(config)
  else:
    tfds_source.check_available(config)


def create_train_iterator(config: ml_collections.ConfigDict, *, process_index: int = 0,
                          process_count: int = 1, start_step: int = 0) -> Iterator[Batch]:
  """Infinite iterator of host-local batches.

  Returns:
    Iterator of {'video': float32 [B_local, T, H, W, C] in [-1, 1], 'label': int32 [B_local]},
    B_local = config.data.batch_size // process_count. Deterministic from config.seed; the iterator
    for `start_step=s` yields what an uninterrupted one yields from its s-th batch on.
  """
  local_batch = sources.check_host_call(config, config.data.batch_size, process_index,
                                        process_count)
  if start_step < 0:
    raise ValueError(f"start_step={start_step} must be >= 0.")
  if config.data.dataset == "synthetic":
    return synthetic_source.train_iterator(config, process_index=process_index,
                                           local_batch=local_batch, start_step=start_step)
  if config.data.clip_sampling == "window":
    return prepared_source.window_iterator(
        config, split=config.data.train_split, process_index=process_index,
        process_count=process_count, local_batch=local_batch, start_step=start_step)
  source = _video_source(config, config.data.train_split, train=True, process_index=process_index,
                         process_count=process_count)
  return streams.train_stream(source, config, process_index=process_index,
                              local_batch=local_batch, start_step=start_step)


def create_eval_iterator(config: ml_collections.ConfigDict, *, num_examples: int,
                         batch_size: int, process_index: int = 0, process_count: int = 1,
                         split: str | None = None) -> Iterator[Batch]:
  """One deterministic pass over the eval split: the first clip of every video, in order.

  split: TFDS split(s) to read (default config.data.eval_split), e.g. 'train+test' for the
  paper's FVD reference set (the first 16-frame clip of all 13,320 UCF101 videos); video
  folders and synthetic videos have no splits and ignore it. Videos shorter than a clip are
  skipped (and counted in the log).

  `batch_size` is global like config.data.batch_size: batches hold batch_size // process_count
  examples (the last one may hold fewer). Host p takes the first
  num_examples // process_count (+1 for p < num_examples % process_count) usable clips of its
  shard, so at most num_examples in total. Clips start at the videos' first frame, independent of
  the seed, so FVD reference sets are comparable across runs.
  """
  local_batch = sources.check_host_call(config, batch_size, process_index, process_count)
  if num_examples < 0:
    raise ValueError(f"num_examples={num_examples} must be >= 0.")
  quota = num_examples // process_count + (process_index < num_examples % process_count)
  if config.data.dataset == "synthetic":
    return synthetic_source.eval_iterator(config, quota=quota, local_batch=local_batch,
                                          process_index=process_index,
                                          process_count=process_count)
  source = _video_source(config, split or config.data.eval_split, train=False,
                         process_index=process_index, process_count=process_count)
  return streams.eval_stream(source, config, quota=quota, local_batch=local_batch)


def global_batch_spec(config: ml_collections.ConfigDict) -> dict[str, jax.ShapeDtypeStruct]:
  """Shapes and dtypes of a global training batch (all processes' host-local batches of
  `create_train_iterator`, stacked): {'video': float32 [B, T, H, W, C], 'label': int32 [B]},
  B = config.data.batch_size. What the train step is compiled for before data arrives."""
  d = config.data
  return {"video": jax.ShapeDtypeStruct(
              (d.batch_size, d.frames, d.resolution, d.resolution, d.channels), np.float32),
          "label": jax.ShapeDtypeStruct((d.batch_size,), np.int32)}


def _video_source(config, split: str, *, train: bool, process_index: int,
                  process_count: int) -> sources.Source:
  prepared = prepared_source.create_source(config, split=split, train=train,
                                           process_index=process_index,
                                           process_count=process_count)
  if prepared is not None:
    return prepared
  if config.data.prepared_dir:
    logging.info("No prepared clips of %s %s at %dpx-%s in %s: decoding videos as they are "
                 "read (prepare them once with --mode=prepare for faster input).",
                 config.data.dataset, split, config.data.resolution, config.data.frame_transform,
                 config.data.prepared_dir)
  if config.data.dataset == "video_folder":
    return folder_source.create_source(config, process_index=process_index,
                                       process_count=process_count)
  return tfds_source.create_source(config, split=split, train=train,
                                   process_index=process_index, process_count=process_count)


def uses_prepared_clips(config: ml_collections.ConfigDict) -> bool:
  """Whether the training iterator reads prepared clips (rather than decoding videos)."""
  return prepared_source.store_paths(config, config.data.train_split) is not None  # synthetic: None
