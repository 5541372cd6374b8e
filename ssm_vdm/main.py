r"""Entry point: the only place that reads flags.

    python -m ssm_vdm.main --config=configs/default.py --workdir=workdir/demo
    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=... --mode=sample \
        --config.sample_frames=64
    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=... --mode=eval
    python -m ssm_vdm.convert --checkpoint=model-92.pt --config=configs/ucf101.py \
        --workdir=...                        # the authors' weights (= --mode=convert)

Several hosts run the same command, each with its share of the devices and the data:

    python -m ssm_vdm.main ... --distributed=auto       # Cloud TPU pod slice, SLURM, Open MPI
    python -m ssm_vdm.main ... --coordinator_address=10.0.0.1:1234 --num_processes=2 \
        --process_id=0                                   # (1 on the other host)
"""

from absl import app
from absl import flags
from absl import logging
import jax
from ml_collections import config_flags

from ssm_vdm import convert_checkpoint
from ssm_vdm import distributed
from ssm_vdm import train

FLAGS = flags.FLAGS
config_flags.DEFINE_config_file("config", None, "Config file (see configs/).",
                                lock_config=True)
flags.DEFINE_string("workdir", None, "Directory for checkpoints, metrics and samples.")
flags.DEFINE_enum("mode", "train", ["train", "sample", "eval", "convert"],
                  "train: train (resuming from workdir); sample: write videos from the "
                  "newest checkpoint; eval: FVD of the newest checkpoint; convert: write "
                  "the authors' --checkpoint as a checkpoint of the workdir.")
flags.DEFINE_string("checkpoint", None,
                    "--mode=convert: the authors' training checkpoint (model-N.pt, needs "
                    "torch) or a .npz of params/<name> entries.")
flags.DEFINE_enum("distributed", "none", list(distributed.MODES),
                  "none: one process, unless the three flags below are given. auto: "
                  "jax.distributed.initialize() detects the cluster (Cloud TPU pod slice, "
                  "SLURM, Open MPI).")
flags.DEFINE_string("coordinator_address", None,
                    "host:port of process 0, for a multi-process run without --distributed=auto.")
flags.DEFINE_integer("num_processes", None, "Number of processes (multi-process run).")
flags.DEFINE_integer("process_id", None, "This process's index in [0, num_processes).")
flags.mark_flags_as_required(["config", "workdir"])


class _QuietLibraries:
  """Drops INFO records from Orbax/TensorStore internals (dozens per checkpoint)."""

  def filter(self, record) -> bool:
    path = record.pathname.replace("\\", "/")
    return record.levelno > 20 or not any(p in path for p in ("/orbax/", "/tensorstore/"))


def main(argv):
  if len(argv) > 1:
    raise app.UsageError(f"Unexpected arguments: {argv[1:]}")
  # Before anything touches devices: afterwards jax.devices() spans every process.
  try:
    distributed.initialize(FLAGS.distributed, coordinator_address=FLAGS.coordinator_address,
                           num_processes=FLAGS.num_processes, process_id=FLAGS.process_id)
  except ValueError as e:
    raise app.UsageError(str(e)) from e
  logging.set_verbosity(distributed.log_level(jax.process_index()))
  logging.get_absl_handler().addFilter(_QuietLibraries())
  config = FLAGS.config
  logging.info("JAX process %d/%d, %d local / %d global devices (%s).", jax.process_index(),
               jax.process_count(), jax.local_device_count(), jax.device_count(),
               jax.devices()[0].platform)
  if FLAGS.mode == "train":
    train.train_and_evaluate(config, FLAGS.workdir)
  elif FLAGS.mode == "sample":
    trainer = train.Trainer(config, FLAGS.workdir)
    params, step = trainer.restore_params(ema=True)
    frames = config.sample_frames or config.frames
    trainer.sample(params, step, frames=frames, name=f"sample_step{step}_{frames}f")
  elif FLAGS.mode == "eval":
    train.evaluate_checkpoint(config, FLAGS.workdir)
  else:
    if not FLAGS.checkpoint:
      raise app.UsageError("--mode=convert needs --checkpoint=PATH (the authors' model-N.pt "
                           "or a .npz).")
    convert_checkpoint.convert_checkpoint(config, FLAGS.workdir, FLAGS.checkpoint)


if __name__ == "__main__":
  app.run(main)
