r"""Entry point: the only place that reads flags.

    python -m ssm_vdm.main --config=configs/default.py --workdir=workdir/demo
    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=... --mode=sample \
        --config.sample.frames=64
    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=... --mode=eval
    python -m ssm_vdm.main --config=configs/ucf101.py --mode=prepare   # decode clips once
    python -m ssm_vdm.main --config=configs/demo.py --workdir=... --mode=demo  # make demo
    python -m ssm_vdm.convert --checkpoint=model-92.pt --config=configs/ucf101.py \
        --workdir=...                        # the authors' weights (= --mode=convert)

Several hosts run the same command, each with its share of the devices and the data:

    python -m ssm_vdm.main ... --distributed=auto       # Cloud TPU pod slice, SLURM, Open MPI
    python -m ssm_vdm.main ... --coordinator_address=10.0.0.1:1234 --num_processes=2 \
        --process_id=0                                   # (1 on the other host)

`ssm-vdm ...` (the console script `pip install` puts on PATH) is the same command. A mistake
the user can fix (an unknown config key or a bad value, a missing dataset, an unreadable
checkpoint, a workdir that cannot be written) is found before anything compiles and printed
as one line saying what to change, with exit status 2; `--verbose` (or SSM_VDM_VERBOSE=1)
adds the traceback.
"""

import gc
import os
import sys
import tempfile
import threading
import time
import traceback
from typing import NoReturn

from absl import app
from absl import flags
from absl import logging
import jax
from ml_collections import config_flags

import ml_collections
import numpy as np

from ssm_vdm import config_keys
from ssm_vdm import configuration
from ssm_vdm import distributed
from ssm_vdm import errors
from ssm_vdm import files
from ssm_vdm import generate
from ssm_vdm import input_pipeline
from ssm_vdm import official

VERBOSE_ENV = "SSM_VDM_VERBOSE"
PROGRAM = "ssm-vdm"
# What the user can fix, printed as one line with exit status 2: errors.UserError (config,
# checkpoint, workdir lock, ...), the authors' weights that do not fit, and FileNotFoundError /
# FileExistsError, which name a path the user gave (no checkpoint to sample from, a workdir
# that already holds checkpoints) until their raisers use errors.UserError.
USER_ERRORS = (errors.UserError, official.ConversionError, FileNotFoundError, FileExistsError)
USAGE_EXIT = 2

FLAGS = flags.FLAGS
config_flags.DEFINE_config_file("config", None, "Config file (see configs/).",
                                lock_config=True)
flags.DEFINE_string("workdir", None, "Directory for checkpoints, metrics and samples.")
MODES = ("train", "sample", "eval", "convert", "prepare", "demo")
flags.DEFINE_enum("mode", "train", list(MODES),
                  "train: train (resuming from workdir); sample: write videos from the "
                  "newest checkpoint; eval: FVD of the newest checkpoint; convert: write "
                  "the authors' --checkpoint as a checkpoint of the workdir; prepare: decode "
                  "the config's dataset once into training-resolution clips in "
                  "config.data.prepared_dir (no workdir needed; every host runs it); demo: videos "
                  "from the shipped demo checkpoint (or --checkpoint=PATH.npz), scored, on "
                  "workdir/demo/index.html (with configs/demo.py; `make demo`).")
flags.DEFINE_string("checkpoint", None,
                    "--mode=convert: the authors' training checkpoint (model-N.pt, needs "
                    "torch) or a .npz of params/<name> entries. --mode=demo: a demo "
                    "checkpoint .npz (default: the shipped one).")
flags.DEFINE_enum("distributed", "none", list(distributed.MODES),
                  "none: one process, unless the three flags below are given. auto: "
                  "jax.distributed.initialize() detects the cluster (Cloud TPU pod slice, "
                  "SLURM, Open MPI).")
flags.DEFINE_string("coordinator_address", None,
                    "host:port of process 0, for a multi-process run without --distributed=auto.")
flags.DEFINE_integer("num_processes", None, "Number of processes (multi-process run).")
flags.DEFINE_integer("process_id", None, "This process's index in [0, num_processes).")
flags.DEFINE_bool("verbose", False, "With a user error (unknown config key, bad value, "
                  "missing dataset, ...), print its traceback before the one-line message. "
                  f"Also {VERBOSE_ENV}=1.")
flags.mark_flags_as_required(["config"])  # and --workdir, except for --mode=prepare


class _QuietLibraries:
  """Drops INFO records from Orbax/TensorStore internals (dozens per checkpoint)."""

  def filter(self, record) -> bool:
    path = record.pathname.replace("\\", "/")
    return record.levelno > 20 or not any(p in path for p in ("/orbax/", "/tensorstore/"))


def _verbose(argv: list[str]) -> bool:
  """--verbose from the command line (parsed or not yet), or the environment variable."""
  if FLAGS.is_parsed():
    if FLAGS.verbose:
      return True
  else:
    for arg in argv[1:]:
      if arg in ("--verbose", "-verbose") or arg.lower() in ("--verbose=true", "--verbose=1"):
        return True
  return os.environ.get(VERBOSE_ENV, "").lower() in ("1", "true", "yes")


def _fail(error: BaseException | str, verbose: bool,
          raised: BaseException | None = None) -> NoReturn:
  """Prints a user error as `ssm-vdm: error: <message>`, and if verbose first the traceback
  of `raised` (the exception caught, when `error` was made from it) or of `error`."""
  raised = raised or error
  if verbose and isinstance(raised, BaseException):
    traceback.print_exception(raised)
  message = error if isinstance(error, str) else errors.describe(error)
  print(f"{PROGRAM}: error: {message}", file=sys.stderr)
  if not verbose:
    print(f"{PROGRAM}: (--verbose or {VERBOSE_ENV}=1 shows the traceback)", file=sys.stderr)
  sys.stderr.flush()
  _join_background_threads()
  sys.exit(USAGE_EXIT)


def _join_background_threads(timeout_s: float = 30.0) -> None:
  """Waits for library threads still at work, e.g. the temporary-directory cleanup that an
  Orbax CheckpointManager starts when created: once the interpreter shuts down it fails
  with a traceback ("cannot schedule new futures after interpreter shutdown")."""
  deadline = time.monotonic() + timeout_s
  for thread in threading.enumerate():
    if thread is not threading.current_thread() and not thread.daemon:
      thread.join(max(0.0, deadline - time.monotonic()))


def _unknown_override(argv: list[str]) -> errors.UnknownKeyError | None:
  """The first --config.KEY override that the config does not declare, or None."""
  overrides = [a.split("=", 1)[0].lstrip("-")[len("config."):] for a in argv[1:]
               if a.startswith(("--config.", "-config."))]
  files_given = [a.split("=", 1)[1] for a in argv[1:] if a.startswith(("--config=", "-config="))]
  if not overrides or not files_given:
    return None
  try:  # the config file as the --config flag loads it, without the overrides
    config = FLAGS["config"].parser.parse(files_given[-1])
  except Exception:  # pylint: disable=broad-except  # the file's own error is reported instead
    return None
  for path in overrides:
    error = config_keys.unknown(config, path, f" in --config.{path}")
    if error is not None:
      return error
  return None


def parse_flags(argv: list[str]) -> list[str]:
  """absl's flag parsing, with every error as one line and exit status 2."""
  try:
    rest = FLAGS(argv)
  except Exception as e:  # pylint: disable=broad-except
    # An undeclared --config.KEY surfaces from ml_collections as AttributeError/KeyError.
    error = _unknown_override(argv)
    if error is None and not isinstance(e, (flags.Error, errors.UserError, ValueError,
                                            KeyError, AttributeError, SyntaxError)):
      raise  # not the user's input: a bug, with its traceback
    _fail(error or e, _verbose(argv), raised=e)
  if not isinstance(FLAGS.config, ml_collections.ConfigDict):
    # ml_collections defers a config file it could not load to the first use of the config.
    try:
      FLAGS.config.keys()
    except Exception as e:  # pylint: disable=broad-except
      reason = [line.strip() for line in str(e).splitlines() if line.strip()][-1]
      _fail(f"--config={FLAGS['config'].config_filename}: cannot load the config file "
            f"({reason}).", _verbose(argv), raised=e)
  return rest


GC_THRESHOLDS = (50_000, 20, 20)  # gc.set_threshold for this process, see _main


def main(argv):
  try:
    _main(argv)
  except USER_ERRORS as e:
    _fail(e, _verbose(argv))


def _main(argv):
  if len(argv) > 1:
    raise errors.UserError(f"Unexpected arguments {argv[1:]}: every option is --name=value.")
  # Before anything touches devices: afterwards jax.devices() spans every process.
  try:
    distributed.initialize(FLAGS.distributed, coordinator_address=FLAGS.coordinator_address,
                           num_processes=FLAGS.num_processes, process_id=FLAGS.process_id)
  except ValueError as e:
    raise errors.UserError(str(e)) from e
  logging.set_verbosity(distributed.log_level(jax.process_index()))
  logging.get_absl_handler().addFilter(_QuietLibraries())
  # Tracing the UNet allocates millions of short-lived Python objects; at Python's default
  # thresholds (700, 10, 10) the cyclic collector then spends seconds re-scanning the large,
  # long-lived heap of TensorFlow, JAX and Flax (a third of the warm start-up's tracing
  # time, docs/benchmarks.md). Collect the young generation 70x less often.
  gc.set_threshold(*GC_THRESHOLDS)
  config = FLAGS.config
  logging.info("JAX process %d/%d, %d local / %d global devices (%s).", jax.process_index(),
               jax.process_count(), jax.local_device_count(), jax.device_count(),
               jax.devices()[0].platform)
  if FLAGS.mode == "prepare":
    _prepare(config)
    return
  if not FLAGS.workdir:
    raise errors.UserError(f"--mode={FLAGS.mode} needs --workdir=DIR (where checkpoints, "
                           "metrics and samples go).")
  initial = check_before_compiling(config, FLAGS.workdir, FLAGS.mode)
  # Imported here: they bring TensorFlow (clu's metric writers), seconds that a mistyped
  # flag need not wait for.
  from ssm_vdm import convert_checkpoint  # pylint: disable=g-import-not-at-top
  from ssm_vdm import train  # pylint: disable=g-import-not-at-top
  if FLAGS.mode == "train":
    train.train_and_evaluate(config, FLAGS.workdir)
  elif FLAGS.mode == "sample":
    frames = config.sample.frames or config.data.frames
    trainer = train.Trainer(config, FLAGS.workdir)
    try:
      params, step = trainer.restore_params(ema=True)
      kind = "sample" if initial is None else "continued"
      trainer.sample(params, step, frames=frames, name=f"{kind}_step{step}_{frames}f",
                     initial=initial, save_array=True)
    finally:  # Orbax's background threads end before the interpreter does
      trainer.checkpointer.close()
  elif FLAGS.mode == "eval":
    train.evaluate_checkpoint(config, FLAGS.workdir)
  elif FLAGS.mode == "demo":
    from ssm_vdm import demo  # pylint: disable=g-import-not-at-top
    demo.run_demo(config, FLAGS.workdir, FLAGS.checkpoint)
  else:
    if not FLAGS.checkpoint:
      raise errors.UserError("--mode=convert needs --checkpoint=PATH (the authors' model-N.pt "
                             "or a .npz).")
    convert_checkpoint.convert_checkpoint(config, FLAGS.workdir, FLAGS.checkpoint)


def _prepare(config) -> None:
  """--mode=prepare: the raw dataset must be readable; then every clip is decoded once."""
  from ssm_vdm.data import prepare  # pylint: disable=g-import-not-at-top
  configuration.validate(config, jax.device_count(), jax.process_count())
  raw = config.copy_and_resolve_references()
  raw.data.clip_sampling, raw.data.prepared_dir = "video", ""  # what prepare reads: the videos
  _check_dataset(raw)
  try:
    paths = prepare.prepare(config)
  except (FileNotFoundError, ValueError, ImportError) as e:
    raise errors.UserError(str(e)) from e
  logging.info("Prepared clips ready: %s", ", ".join(paths))


def _check_dataset(config) -> None:
  """input_pipeline.check_dataset_available, with what it raises as a UserError."""
  try:
    input_pipeline.check_dataset_available(config)
  except (FileNotFoundError, ValueError, ImportError) as e:
    raise errors.UserError(str(e)) from e


def check_before_compiling(config, workdir: str, mode: str) -> np.ndarray | None:
  """The user's inputs that would otherwise fail after minutes of compiling.

  Returns:
    For --mode=sample with sample.initial, the videos to continue ([N, k, H, W, C] in
    [-1, 1], `generate.read_initial`, read once here); else None.

  Raises:
    errors.UserError (or configuration.ConfigError): a config value that cannot work, a
      workdir that cannot be written, a dataset that cannot be read (train and eval),
      videos to continue (sample.initial) that cannot be read or continued (sample).
  """
  configuration.validate(config, jax.device_count(), jax.process_count())
  if mode in ("train", "eval"):
    _check_dataset(config)
  initial = None
  if mode == "sample" and config.sample.initial:
    initial = generate.read_initial(config, config.sample.frames or config.data.frames)
  check_writable(workdir)  # last: it creates the workdir
  return initial


def check_writable(workdir: str) -> None:
  """Creates a local `workdir` and writes a file in it; remote (gs://) ones are not probed."""
  if files.is_remote(workdir):
    return
  try:
    os.makedirs(workdir, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=workdir, prefix=".write_test_"):
      pass
  except OSError as e:
    reason = e.strerror or str(e)
    raise errors.UserError(
        f"--workdir={workdir} cannot be written ({reason}: {e.filename or workdir}); choose a "
        "directory you can write to, or fix its permissions.") from e


def run() -> None:
  """The `ssm-vdm` console script: `python -m ssm_vdm.main` under another name."""
  if "" not in sys.path and os.getcwd() not in sys.path:
    # As `python -m` does: config files import `configs` from the current directory.
    sys.path.insert(0, os.getcwd())
  app.run(main, flags_parser=parse_flags)


if __name__ == "__main__":
  run()
