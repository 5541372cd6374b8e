"""Several hosts, one program: start JAX's distributed runtime and quiet the other hosts' logs.

JAX's own runtime (`jax.distributed.initialize`) connects the processes; after it,
`jax.devices()` spans every host, so the ('data',) mesh, the global batch and Orbax's
collective checkpoints need nothing else. Two ways in:

  auto      `jax.distributed.initialize()` with no arguments: JAX reads the cluster's
            environment (Cloud TPU pod slices, SLURM, Open MPI).
  explicit  a coordinator address (host:port of process 0), the number of processes and
            this process's id, e.g. two processes on one machine:
            `initialize(coordinator_address="127.0.0.1:1234", num_processes=2, process_id=0)`.

Both must run before anything touches devices (jax.devices(), a jit call, ...).

What a job of several processes shares: the workdir lock is taken by process 0 alone (the
only writer of checkpoints and metrics) and stands for the whole job; the others learn from
it whether they may start (workdir_lock.hold). A SIGTERM to any process reaches all of them
through the runtime's preemption service, and all save the same step and stop
(preemption.PreemptionWatcher).
"""

from absl import logging
import jax

MODES = ("none", "auto")


def initialize(mode: str = "none", coordinator_address: str | None = None,
               num_processes: int | None = None, process_id: int | None = None) -> bool:
  """Starts the distributed runtime if asked to; returns whether it did.

  Args:
    mode: "none": one process, unless the explicit arguments below are given. "auto": let JAX
      detect the cluster; any explicit argument given overrides what it detects.
    coordinator_address: "host:port" of process 0 (explicit start).
    num_processes: how many processes take part (explicit start).
    process_id: this process's index in [0, num_processes) (explicit start).

  Raises:
    ValueError: an unknown mode, an explicit start missing one of its three arguments, or
      "auto" outside a cluster that JAX recognises.
  """
  if mode not in MODES:
    raise ValueError(f"Unknown distributed mode {mode!r}; use one of {', '.join(MODES)}.")
  explicit = {"coordinator_address": coordinator_address, "num_processes": num_processes,
              "process_id": process_id}
  given = {k: v for k, v in explicit.items() if v is not None}
  if mode == "none" and not given:
    return False
  if mode == "none" and len(given) < len(explicit):
    missing = ", ".join(f"--{k}" for k in explicit if k not in given)
    raise ValueError(f"A multi-process start needs --coordinator_address, --num_processes and "
                     f"--process_id; missing {missing}. Or use --distributed=auto on a "
                     "Cloud TPU pod slice or under SLURM.")
  try:
    jax.distributed.initialize(**given)
  except ValueError as e:  # JAX: "coordinator_address should be defined." and the like
    if mode != "auto":
      raise
    raise ValueError(
        f"--distributed=auto found no cluster that JAX recognises (Cloud TPU pod slice, "
        f"SLURM, Open MPI): {e} Start each process with --coordinator_address, "
        "--num_processes and --process_id instead.") from e
  return True


def log_level(process_index: int) -> int:
  """absl verbosity: INFO on process 0, WARNING elsewhere (one copy of every progress line)."""
  return logging.INFO if process_index == 0 else logging.WARNING
