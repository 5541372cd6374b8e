"""Input pipelines: TFDS `ucf101` / `minerl_navigate`, a folder of video files, synthetic videos.

The one interface the trainer and the evaluator use; each source lives in `ssm_vdm.data`.
Every iterator yields host-local batches `{'video': float32 [B, T, H, W, C] in [-1, 1],
'label': int32 [B]}`: clips of `frames` frames taken every `frame_stride` frames, centre-cropped
to a square, resized to `resolution` (antialiased bilinear) and scaled to [-1, 1].

Training streams are deterministic from config.seed and restart at any step with the batches
an uninterrupted run would have seen (ssm_vdm.data.streams says how); a host reads its own
shard of the videos. Evaluation reads each host's shard of the test split (video_folder: the
same folder) once, in order, taking every video's first clip.
"""

from collections.abc import Iterator

import ml_collections

from ssm_vdm.data import folder_source
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

  Cheap: lists files or opens TFDS metadata, decodes nothing. Call it before compiling.
  """
  sources.check_config(config)
  if config.dataset == "video_folder":
    folder_source.check_available(config)
  elif config.dataset != "synthetic":
    tfds_source.check_available(config)


def create_train_iterator(config: ml_collections.ConfigDict, *, process_index: int = 0,
                          process_count: int = 1, start_step: int = 0) -> Iterator[Batch]:
  """Infinite iterator of host-local batches.

  Returns:
    Iterator of {'video': float32 [B_local, T, H, W, C] in [-1, 1], 'label': int32 [B_local]},
    B_local = config.batch_size // process_count. Deterministic from config.seed; the iterator
    for `start_step=s` yields what an uninterrupted one yields from its s-th batch on.
  """
  local_batch = sources.check_host_call(config, config.batch_size, process_index,
                                        process_count)
  if start_step < 0:
    raise ValueError(f"start_step={start_step} must be >= 0.")
  if config.dataset == "synthetic":
    return synthetic_source.train_iterator(config, process_index=process_index,
                                           local_batch=local_batch, start_step=start_step)
  source = _video_source(config, train=True, process_index=process_index,
                         process_count=process_count)
  return streams.train_stream(source, config, process_index=process_index,
                              local_batch=local_batch, start_step=start_step)


def create_eval_iterator(config: ml_collections.ConfigDict, *, num_examples: int,
                         batch_size: int, process_index: int = 0,
                         process_count: int = 1) -> Iterator[Batch]:
  """One deterministic pass over the eval/test split.

  `batch_size` is global like config.batch_size: batches hold batch_size // process_count
  examples (the last one may hold fewer). Host p takes the first
  num_examples // process_count (+1 for p < num_examples % process_count) usable clips of its
  shard, so at most num_examples in total. Clips start at the videos' first frame, independent of
  the seed, so FVD reference sets are comparable across runs.
  """
  local_batch = sources.check_host_call(config, batch_size, process_index, process_count)
  if num_examples < 0:
    raise ValueError(f"num_examples={num_examples} must be >= 0.")
  quota = num_examples // process_count + (process_index < num_examples % process_count)
  if config.dataset == "synthetic":
    return synthetic_source.eval_iterator(config, quota=quota, local_batch=local_batch,
                                          process_index=process_index,
                                          process_count=process_count)
  source = _video_source(config, train=False, process_index=process_index,
                         process_count=process_count)
  return streams.eval_stream(source, config, quota=quota, local_batch=local_batch)


def _video_source(config, *, train: bool, process_index: int,
                  process_count: int) -> sources.Source:
  if config.dataset == "video_folder":
    return folder_source.create_source(config, process_index=process_index,
                                       process_count=process_count)
  return tfds_source.create_source(config, train=train, process_index=process_index,
                                   process_count=process_count)
