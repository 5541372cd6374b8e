"""TFDS video datasets (`ucf101`, `minerl_navigate`) as a Source, and what to do if missing.

Frames stay encoded (JPEG/PNG strings) until a window is chosen: skipping and shuffling never
decode, and a clip decodes `frames` images, not the whole video.
"""

import dataclasses
import importlib
import importlib.util

from ssm_vdm.data import sources
from ssm_vdm.data import transform


@dataclasses.dataclass(frozen=True)
class TfdsSpec:
  """How a TFDS video dataset is read and prepared."""
  name: str
  has_label: bool
  module: str | None  # module whose import registers the builder with TFDS
  manual_file: str | None  # big download that TFDS takes from manual_dir instead, if there
  size: str  # what preparing downloads


SPECS = {
    "ucf101": TfdsSpec(name="ucf101", has_label=True, module=None,
                       manual_file="UCF101_videos.zip", size="~6.5 GiB"),
    "minerl_navigate": TfdsSpec(name="minerl_navigate", has_label=False,
                                module="minerl_navigate", manual_file=None,
                                size="minerl_navigate.zip"),
}


def _tfds():
  import tensorflow_datasets as tfds  # pylint: disable=g-import-not-at-top
  return tfds


def check_available(config) -> None:
  """Opens the train and eval splits' metadata (decodes nothing); raises with the command
  that prepares the dataset."""
  for split in (config.data.train_split, config.data.eval_split):
    _records(config, split)


def builder_name(config) -> str:
  """'ucf101' or 'ucf101/ucf101_1': the dataset and config.data.tfds_config."""
  name = SPECS[config.data.dataset].name
  return f"{name}/{config.data.tfds_config}" if config.data.tfds_config else name


def create_source(config, *, split: str, train: bool, process_index: int,
                  process_count: int) -> sources.Source:
  """The host's shard of `split` (TFDS split string, e.g. 'train+test'): records
  {'frames', 'length', 'label'}. train: keep only videos a clip fits in, and count them."""
  tf = sources.tf()
  records = encoded_videos(config, _tfds().even_splits(split, n=process_count)[process_index])
  span = sources.clip_span(config)
  description = f"{builder_name(config)} {split} (host {process_index}/{process_count})"
  num_usable = None
  if train:  # the resume arithmetic needs the number of usable videos
    num_usable, num_short = _count(records, span)
    sources.log_usable(description, num_usable, num_short, span, config)
    records = records.filter(lambda r: r["length"] >= span)

  def decode(record, offset):
    index = offset + config.data.frame_stride * tf.range(config.data.frames, dtype=tf.int64)  # [T]
    frames = decode_frames(tf.gather(record["frames"], index))  # [T, h, w, 3]
    return tf.constant(True), frames

  return sources.Source(records, num_usable, decode, description,
                        transform.for_config(config))


def host_ranges(split: str, sizes: dict[str, int], *, process_index: int,
                process_count: int) -> list[tuple[str, int, int]]:
  """Host `process_index`'s part of TFDS split string `split` as (named split, start, stop)
  ranges of videos, the part tfds.even_splits gives create_source; sizes: videos in each
  named split `split` uses."""
  tfds = _tfds()
  infos = {name: tfds.core.SplitInfo(name=name, shard_lengths=[n], num_bytes=0,
                                     filename_template=None) for name, n in sizes.items()}
  part = tfds.even_splits(split, n=process_count)[process_index]
  return [(a.splitname, a.from_ or 0, sizes[a.splitname] if a.to is None else a.to)
          for a in part.to_absolute(infos)]


def encoded_videos(config, split):
  """tf.data.Dataset of {'frames': [L] encoded images, 'length': L, 'label': int32} of a
  TFDS split (string or tfds.even_splits part), in the split's order; label 0 if none."""
  tf = sources.tf()
  has_label = SPECS[config.data.dataset].has_label

  def to_record(ex):
    label = tf.cast(ex["label"], tf.int32) if has_label else tf.constant(0, tf.int32)
    return {"frames": ex["video"], "length": tf.shape(ex["video"], out_type=tf.int64)[0],
            "label": label}

  return _records(config, split).map(to_record, num_parallel_calls=tf.data.AUTOTUNE)


def decode_frames(encoded):
  """[n] encoded images -> uint8 [n, h, w, 3]."""
  tf = sources.tf()
  return tf.map_fn(lambda b: tf.io.decode_image(b, channels=3, expand_animations=False),
                   encoded, fn_output_signature=tf.TensorSpec([None, None, 3], tf.uint8))


def split_sizes(config) -> dict[str, int]:
  """Videos in each named split of the prepared TFDS dataset (reads metadata only)."""
  return {name: info.num_examples for name, info in _builder(config).info.splits.items()}


def variant(config) -> str:
  """The builder's full name, e.g. 'ucf101/ucf101_1/2.0.0'."""
  return _builder(config).info.full_name


def _count(records, span: int) -> tuple[int, int]:
  """(videos with length >= span, shorter ones): one pass over the undecoded records."""
  tf = sources.tf()
  zero = tf.constant(0, tf.int64)
  usable, short = records.map(lambda r: r["length"]).reduce(
      (zero, zero), lambda acc, n: (acc[0] + tf.cast(n >= span, tf.int64),
                                    acc[1] + tf.cast(n < span, tf.int64)))
  return int(usable), int(short)


def _builder(config):
  spec = SPECS[config.data.dataset]
  if spec.module:
    try:
      importlib.import_module(spec.module)  # registers the builder with TFDS
    except ImportError as e:
      raise ImportError(f"data.dataset={spec.name!r} needs the `{spec.module}` package: "
                        "pip install --no-deps minerl-navigate==1.1.0") from e
  try:
    return _tfds().builder(builder_name(config), data_dir=config.data.data_dir or None)
  except ValueError as e:  # e.g. an unknown builder config
    raise ValueError(f"TFDS can't make a builder for {builder_name(config)!r} "
                     f"(config.data.tfds_config={config.data.tfds_config!r}): {e}") from e


def _records(config, split):
  """The (host's) split with frames left encoded, or a clear error if it can't be read."""
  tfds = _tfds()
  spec = SPECS[config.data.dataset]
  builder = _builder(config)
  try:
    return builder.as_dataset(split=split, shuffle_files=False,
                              decoders={"video": tfds.decode.SkipDecoding()})
  except (AssertionError, FileNotFoundError) as e:  # TFDS: "could not find data in ..."
    raise FileNotFoundError(_not_prepared_message(spec, builder, config)) from e
  except ValueError as e:  # e.g. "Unknown split": prepared, but not as this code expects
    raise ValueError(f"Dataset {builder.info.full_name} in data_dir="
                     f"{_data_dir_text(builder, config)} can't read split {split}: {e}") from e


def _data_dir_text(builder, config) -> str:
  root = getattr(builder, "data_dir_root", None)
  return str(root or config.data.data_dir or "~/tensorflow_datasets")


def _prepare_command(spec: TfdsSpec, name: str, data_dir: str, manual_dir: str = "") -> str:
  """A shell command that downloads and prepares `spec`'s dataset into `data_dir`.

  Python rather than the `tfds build` CLI, which in TFDS 4.9.10 also needs apache-beam.
  """
  imports = f"import {spec.module}; " if spec.module else ""
  config = (f"download_config=tfds.download.DownloadConfig(manual_dir={manual_dir!r})"
            if manual_dir else "")
  return (f"python -c \"{imports}import tensorflow_datasets as tfds; "
          f"tfds.builder({name!r}, data_dir={data_dir!r}).download_and_prepare({config})\"")


def _not_prepared_message(spec: TfdsSpec, builder, config) -> str:
  data_dir = _data_dir_text(builder, config)
  variant = builder.info.full_name
  needs = ["an `ffmpeg` binary on PATH (imageio-ffmpeg ships one: ln -s \"$(python -c "
           "'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())')\" "
           "~/.local/bin/ffmpeg)"]
  if importlib.util.find_spec("importlib_resources") is None:
    needs.append("`pip install importlib_resources` (TFDS 4.9.10 imports it while preparing)")
  lines = [
      f"TFDS dataset {spec.name!r} ({variant}) is not prepared in data_dir={data_dir} "
      "(config.data.data_dir; '' means the TFDS default).",
      f"Prepare it once (downloads {spec.size}) with",
      "    " + _prepare_command(spec, builder_name(config), data_dir),
      f"(or `tfds build {builder_name(config)} --data_dir={data_dir}"
      + (f" --imports={spec.module}" if spec.module else "") + "` with apache-beam installed).",
      f"Preparing needs {' and '.join(needs)}.",
  ]
  if spec.manual_file:
    manual = config.data.manual_dir or "MANUAL_DIR"
    lines += [f"To skip the big download, put {spec.manual_file} in {manual} "
              "(config.data.manual_dir) and run",
              "    " + _prepare_command(spec, builder_name(config), data_dir, manual)]
  lines.append(f"Offline: copy a data_dir holding a prepared {variant} from a machine with "
               "internet and point --config.data.data_dir at it.")
  return "\n".join(lines)
