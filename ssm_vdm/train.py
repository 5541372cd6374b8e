"""Training loop: sharded jit train step, EMA, checkpoints, metrics, periodic samples.

`train_and_evaluate(config, workdir)` resumes from the newest checkpoint in
`workdir/checkpoints` if there is one. The data position is the step: every input pipeline
can restart at any step and yield the batches an uninterrupted run would have seen.

Every entry point builds a `Trainer` first, which turns on JAX's persistent compilation cache
(config.compilation_cache_dir), so a second run of the same config loads its compiled
programs from disk instead of compiling them.
"""

import concurrent.futures
import os
from typing import Any

from absl import logging
from clu import metric_writers
from clu import parameter_overview
from clu import periodic_actions
import jax
import ml_collections
import numpy as np

from ssm_vdm import checkpointing
from ssm_vdm import config_keys
from ssm_vdm import configuration
from ssm_vdm import demo_checkpoint
from ssm_vdm import diffusion
from ssm_vdm import eval_run
from ssm_vdm import evaluation
from ssm_vdm import files
from ssm_vdm import event_files
from ssm_vdm import generate
from ssm_vdm import input_pipeline
from ssm_vdm import preemption
from ssm_vdm import progress as progress_lib
from ssm_vdm import sharding
from ssm_vdm import step_cache
from ssm_vdm import train_state as train_state_lib
from ssm_vdm import train_step as train_step_lib
from ssm_vdm import workdir_lock
from ssm_vdm.data import data_wait

TrainState = train_state_lib.TrainState


class NonFiniteLossError(FloatingPointError):
  """The loss or the gradients became NaN/Inf."""


def use_compilation_cache(cache_dir: str) -> str | None:
  """Turns on JAX's persistent compilation cache in `cache_dir` ("" = leave it off).

  Returns the folder in use, or None. A folder this process already has (the environment's
  JAX_COMPILATION_CACHE_DIR, a jax.config.update, an earlier call) is kept: JAX opens its
  cache once per process, and the environment's choice wins over the config's. Which
  programs are stored is JAX's choice: those that took over
  jax_persistent_cache_min_compile_time_secs (1 s) to compile.
  """
  current = jax.config.jax_compilation_cache_dir
  if current or not cache_dir:
    return current or None
  path = cache_dir if "://" in cache_dir else os.path.abspath(os.path.expanduser(cache_dir))
  jax.config.update("jax_compilation_cache_dir", path)
  return path


def _check_finite(pending: list[tuple[int, dict]], skip: bool) -> list[tuple[int, dict]]:
  """Fetches pending per-step metrics; raises on the first non-finite step unless skipping."""
  fetched = [(step, jax.device_get(m)) for step, m in pending]
  for step, m in fetched:
    if not m["finite"] and not skip:
      raise NonFiniteLossError(
          f"Non-finite loss or gradient at step {step} (loss={float(m['loss'])}). "
          "Training stopped; the last checkpoint before it is intact. Lower the learning "
          "rate, enable grad_clip, or set --config.skip_nonfinite=True to skip such steps.")
  return fetched


def _report(step: int, fetched: list[tuple[int, dict]], progress: progress_lib.Progress,
            writer, data_wait_fraction: float) -> None:
  """Writes the mean metrics of the steps since the last report and logs a progress line.

  data_wait_fraction: share of the loop's time since the last report spent waiting for
  input batches (warned about over data_wait.WARN_FRACTION).
  """
  losses = [float(m["loss"]) for _, m in fetched if m["finite"]]
  loss = float(np.mean(losses)) if losses else float("nan")
  progress.update(step, f"loss {loss:.4f}")
  writer.write_scalars(step, {
      "train/loss": loss,
      "train/grad_norm": float(np.mean([float(m["grad_norm"]) for _, m in fetched])),
      "train/skipped_steps": sum(not m["finite"] for _, m in fetched),
      "train/steps_per_sec": progress.rate,  # since the last report
      "train/lr": float(fetched[-1][1]["lr"]),  # the rate the last update applied
      "train/data_wait_fraction": data_wait_fraction,
  })


class Trainer:
  """Owns the compiled programs, the mesh and the checkpoint manager for one workdir."""

  def __init__(self, config: ml_collections.ConfigDict, workdir: str, devices=None):
    """devices: the devices to train on (default: all devices of all processes)."""
    devices = jax.devices() if devices is None else devices
    configuration.validate(config, len(devices), jax.process_count())
    self.cache_dir = use_compilation_cache(config.compilation_cache_dir)
    logging.info("Persistent compilation cache: %s", self.cache_dir or "off")
    self.config, self.workdir = config, workdir
    self.mesh = sharding.create_mesh(devices)
    self.model = train_step_lib.create_model(config)
    self.schedule = diffusion.cosine_schedule(config.diffusion.steps)
    self.optimizer = train_step_lib.create_optimizer(config)
    init = train_step_lib.create_init_fn(config, self.model, self.optimizer)
    self.rng = jax.random.PRNGKey(config.seed)
    # Traced once: its output shapes are the abstract state; it is lowered only if no
    # checkpoint is restored.
    replicated = sharding.replicated(self.mesh)
    self._init = jax.jit(init, out_shardings=replicated).trace(self.rng)
    self._init_compiled = None
    abstract = self._init.out_info
    self.state_shardings = jax.tree.map(lambda _: replicated, abstract)
    self.abstract_state = checkpointing.abstract_with_shardings(abstract, self.state_shardings)
    self.checkpointer = checkpointing.Checkpointer(os.path.join(workdir, "checkpoints"),
                                                   config.keep_checkpoints)

  def restore_or_init(self, move_aside: bool = False) -> tuple[TrainState, int]:
    """(state, data_position): the newest checkpoint, or a fresh state at position 0.

    data_position counts the batches consumed, the input pipeline's restart point.
    move_aside: with config.restore_fallback, rename unreadable newer checkpoints
    (`<step>.corrupt-<time>`) so training can save those steps again; only for the
    holder of the workdir lock."""
    restored = self.checkpointer.restore_latest(self.abstract_state,
                                                fallback=self.config.restore_fallback,
                                                move_aside=move_aside)
    if restored is None and self.config.init_from:
      return self._state_from(self.config.init_from), 0
    if restored is None:
      logging.info("No checkpoint in %s: starting from scratch.", self.checkpointer.directory)
      if self._init_compiled is None:
        self._init_compiled = self._init.lower().compile()
      return self._init_compiled(self.rng), 0
    state, meta = restored
    logging.info("Resumed from step %d (%s).", int(state.step), meta)
    return state, int(meta["data_position"])

  def _state_from(self, path: str) -> TrainState:
    """A step-0 state with the parameters (and EMA) of a demo_checkpoint .npz, a fresh Adam
    state and the state rng a random init would have; DemoCheckpointError if the file's
    parameters are not this model's."""
    params, meta = demo_checkpoint.load(os.path.expanduser(path), self.model,
                                        self.config.data.channels)
    logging.info("No checkpoint in %s: starting from the parameters in %s (trained %s steps).",
                 self.checkpointer.directory, path, meta.get("step", "an unknown number of"))
    _, state_rng = train_step_lib.init_rngs(self.rng)  # the key a random init would have
    make = lambda p: train_step_lib.new_state(p, self.optimizer, state_rng)
    return jax.jit(make, out_shardings=self.state_shardings)(params)

  def restore_params(self, ema: bool = True, step: int | None = None) -> tuple[Any, int]:
    """(EMA) parameters of the checkpoint at `step` (None = the newest), for sampling and
    evaluation, and its step."""
    if step is not None:
      steps = self.checkpointer.all_steps()
      if step not in steps:
        raise FileNotFoundError(f"No checkpoint of step {step} in "
                                f"{self.checkpointer.directory}; it has steps {steps}.")
      restored = self.checkpointer.restore(step, self.abstract_state)
    else:
      restored = self.checkpointer.restore_latest(self.abstract_state,
                                                  fallback=self.config.restore_fallback)
    if restored is None:
      raise FileNotFoundError(
          f"No checkpoint in {self.checkpointer.directory}; train first with "
          f"--mode=train --workdir={self.workdir}.")
    state, _ = restored
    return (state.ema_params if ema else state.params), int(state.step)

  def compile_train_step(self) -> step_cache.CompiledStep:
    """The train step, (state, global batch) -> (state, metrics), compiled ahead of time for
    this config's state and batch shapes (input_pipeline.global_batch_spec): it needs no
    data, so `_train` compiles (or loads from the persistent cache) while the state is
    initialized or restored. With the compilation cache on, a run of a config seen before
    also skips tracing (`step_cache`). A batch of other shapes raises a TypeError, not a
    recompile."""
    step = train_step_lib.create_train_step(self.config, self.model, self.schedule,
                                            self.optimizer)
    batch_sharding = sharding.batch_sharding(self.mesh)
    batch = jax.tree.map(
        lambda s: jax.ShapeDtypeStruct(s.shape, s.dtype, sharding=batch_sharding),
        input_pipeline.global_batch_spec(self.config))
    return step_cache.compile_step(
        step, self.abstract_state, batch, state_shardings=self.state_shardings,
        batch_sharding=batch_sharding, metric_sharding=sharding.replicated(self.mesh),
        config=self.config, mesh=self.mesh, cache_dir=self.cache_dir)

  def draw(self, params, step: int, num: int, frames: int | None = None,
           initial: np.ndarray | None = None) -> np.ndarray:
    """`num` videos [num, T, H, W, C] from `params`; the noise depends on (seed, step).
    initial: [num, k, H, W, C] videos to continue (generate.draw)."""
    sample_fn, window_sample_fn = generate.samplers_from_config(self.config, self.model,
                                                                self.schedule)
    return generate.draw(self.config, sample_fn, params,
                         generate.sample_rng(self.config.seed, step),
                         num=num, frames=frames or self.config.data.frames, mesh=self.mesh,
                         initial=initial, window_sample_fn=window_sample_fn)

  def sample(self, params, step: int, frames: int | None = None, name: str | None = None,
             initial: np.ndarray | None = None, save_array: bool = False):
    """Draws config.sample.num videos with `params` (or continues the len(initial) videos of
    `initial`, [N, k, H, W, C]) and writes them under workdir/samples as a GIF/MP4 grid,
    and with save_array as <name>.npy too ([N, T, H, W, C] in [-1, 1])."""
    num = self.config.sample.num if initial is None else len(initial)
    videos = self.draw(params, step, num, frames, initial=initial)
    directory, name = os.path.join(self.workdir, "samples"), name or f"step_{step:07d}"
    paths = generate.write(videos, directory, name, self.config.sample.fps)
    if save_array and jax.process_index() == 0:  # to score, or to continue further
      files.save_npy(os.path.join(directory, name + ".npy"), videos)
      paths.append(os.path.join(directory, name + ".npy"))
    logging.info("Wrote samples: %s", ", ".join(paths))
    return videos


def evaluate_checkpoint(config: ml_collections.ConfigDict, workdir: str) -> dict:
  """--mode=eval: FVD of the newest checkpoint under config.eval.protocol (ssm_vdm.eval_run);
  writes workdir/fvd.json and a grid of the first config.sample.num videos."""
  return eval_run.evaluate_checkpoint(config, workdir, Trainer(config, workdir))


def train_and_evaluate(config: ml_collections.ConfigDict, workdir: str) -> TrainState:
  """Trains until config.num_train_steps, resuming from workdir if possible.

  Holds workdir/train.lock while it runs: a second run on the same workdir raises
  workdir_lock.WorkdirLockedError before writing anything. On SIGTERM (a preemption) it
  saves a checkpoint after the current step and returns that step's state early; the same
  command resumes from it.
  """
  trainer = Trainer(config, workdir)
  input_pipeline.check_dataset_available(config)
  with workdir_lock.hold(workdir, jax.process_index(), jax.process_count()), \
       preemption.PreemptionWatcher(multiprocess=jax.process_count() > 1) as preempt:
    return _train(trainer, preempt)


def _log_start(workdir: str, state: TrainState, start_step: int) -> None:
  """Process 0: drops what a stopped run logged past this checkpoint; logs the parameters."""
  if jax.process_index() != 0:
    return
  event_files.drop_after(workdir, start_step if start_step > 0 else -1)
  parameter_overview.log_parameter_overview(
      state.params, include_stats=False, msg=f"Parameters at step {start_step}:")


def _create_writer(config: ml_collections.ConfigDict, workdir: str, start_step: int):
  """clu's default writer (process 0 writes workdir's TensorBoard files, the others only
  log), with the config as hparams on a fresh run."""
  writer = metric_writers.create_default_writer(workdir,
                                                just_logging=jax.process_index() > 0)
  if start_step == 0:
    writer.write_hparams({k: str(config[k]) for k in config_keys.dotted_keys(config)
                          if not config_keys.is_section(config[k])})  # one per key
  return writer


def _profile(config: ml_collections.ConfigDict, workdir: str,
             start_step: int) -> periodic_actions.Profile | None:
  """clu's Profile of the config.profile_steps steps after the first (compiled) one; the
  jax.profiler trace goes to workdir/plugins/profile, TensorBoard's profile tab. None: off."""
  if not config.profile_steps:
    return None
  logging.info("Profiling steps %d-%d into %s.", start_step + 2,
               start_step + 1 + config.profile_steps, workdir)
  return periodic_actions.Profile(logdir=workdir, num_profile_steps=config.profile_steps,
                                  profile_duration_ms=None, first_profile=start_step + 1,
                                  every_secs=None)


def _end_profile(profile: periodic_actions.Profile | None) -> None:
  """Stops a trace the loop's end cut short (Profile stops it only at a later step)."""
  if profile is None:
    return
  try:
    jax.profiler.stop_trace()
  except RuntimeError:  # no trace running: Profile stopped it
    pass


def _train(trainer: Trainer, preempt: preemption.PreemptionWatcher) -> TrainState:
  """The loop of train_and_evaluate, in a workdir this process holds."""
  config, workdir = trainer.config, trainer.workdir
  # The step compiles (or loads from the persistent cache) in a thread while this one
  # initializes or restores the state and starts the input pipeline: XLA's compilation and
  # executable loading run without the GIL, so the two overlap. An error here is raised at
  # once, not after the compilation (which the interpreter still waits for at exit).
  pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="compile")
  try:
    compiling = pool.submit(trainer.compile_train_step)
    state, data_position = trainer.restore_or_init(move_aside=True)
    start_step = int(state.step)
    _log_start(workdir, state, start_step)
    train_iter = data_wait.DataWaitIterator(input_pipeline.create_train_iterator(
        config, process_index=jax.process_index(), process_count=jax.process_count(),
        start_step=data_position))
    train_step = compiling.result()
  finally:
    pool.shutdown(wait=False)
  prepared = input_pipeline.uses_prepared_clips(config)
  writer = _create_writer(config, workdir, start_step)
  evaluator = (evaluation.FVDEvaluator(config, config.eval.periodic_samples)
               if config.eval_every else None)
  progress = progress_lib.Progress("train", total=config.num_train_steps, done=start_step)
  profile = _profile(config, workdir, start_step)
  pending: list[tuple[int, dict]] = []
  stopped_at = None

  train_iter.take_fraction()  # the first window starts with the first step, after compiling
  logging.info("Ready: training steps %d-%d.", start_step + 1, config.num_train_steps)
  try:
    for step in range(start_step + 1, config.num_train_steps + 1):
      batch = sharding.host_to_global(next(train_iter), trainer.mesh)
      state, metrics = train_step(state, batch)
      pending.append((step, metrics))
      if profile is not None:
        profile(step)
      is_last = step == config.num_train_steps
      stop = preempt.should_stop(step) and not is_last
      do_ckpt = step % config.checkpoint_every == 0 or is_last or stop
      do_sample = bool(config.sample_every) and (step % config.sample_every == 0 or is_last)
      # Metrics are fetched (and checked) before anything is saved or sampled.
      if step % config.log_every == 0 or is_last or do_ckpt or do_sample:
        fetched = _check_finite(pending, config.skip_nonfinite)
        waiting = train_iter.take_fraction()
        _report(step, fetched, progress, writer, waiting)
        data_wait.warn_if_waiting(waiting, step, prepared)
        pending = []
      if do_ckpt:
        trainer.checkpointer.save(step, state, {"step": step, "data_position": step})
      if stop:
        stopped_at = step
        break
      if do_sample:
        trainer.sample(state.ema_params, step)
      if evaluator is not None and (step % config.eval_every == 0 or is_last):
        score = evaluator(trainer.draw(state.ema_params, step, config.eval.periodic_samples))
        writer.write_scalars(step, {"eval/fvd": score})
        logging.info("step %d: FVD over %d samples %.2f", step, config.eval.periodic_samples,
                     score)
  finally:
    _end_profile(profile)
    # Whatever stopped the loop, the checkpoint being written (the last good one) finishes.
    trainer.checkpointer.wait()
    writer.flush()
  if stopped_at is not None:
    logging.warning("Preempted (SIGTERM): stopped after step %d/%d and saved it to %s; run "
                    "the same command to resume.", stopped_at, config.num_train_steps,
                    trainer.checkpointer.step_path(stopped_at))
  return state
