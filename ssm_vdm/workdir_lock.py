"""One training run per workdir: `workdir/train.lock`, holding who writes there.

The lock file is JSON (host, pid, start time, command). Locally it is held with
`fcntl.flock`, which the kernel releases when the process ends however it ends, so a run
killed with -9 leaves the file but not the lock: the next run takes it over and warns,
naming the dead holder. A second run while the first lives fails at once with
WorkdirLockedError naming the holder.

Where flock is unavailable (some network filesystems) and on gs:// workdirs, the file
itself is the lock: a holder on this host whose pid is gone (or was reused by another
program) is stale and taken over with a warning; a holder on another host cannot be
checked, and the error says to delete the file if that run is gone. On gs:// this is
best-effort (no atomic create).

Several hosts of one job share the workdir: only process 0 takes the lock (Orbax writes
checkpoints from process 0, and only it writes metrics); the lock stands for the whole job.
`hold` tells the other processes whether process 0 got it, so that a second job fails on
every host at once instead of waiting in its first collective.
"""

import contextlib
import errno
import json
import os
import socket
import sys
import time
from typing import Any, Iterator

from absl import logging

from ssm_vdm import errors
from ssm_vdm import files

LOCK_NAME = "train.lock"


class WorkdirLockedError(errors.UserError, RuntimeError):
  """Another run holds the workdir; the message (one line) names it."""


def _proc_start(pid: int) -> str | None:
  """The process's start time in clock ticks since boot (Linux), to tell a reused pid."""
  try:
    with open(f"/proc/{pid}/stat") as f:
      return f.read().rsplit(")", 1)[1].split()[19]
  except (OSError, IndexError):
    return None


def _alive(holder: dict) -> bool:
  """Whether the holder (on this host) still runs: its pid exists and started when it said."""
  try:
    pid = int(holder["pid"])
    os.kill(pid, 0)
  except ProcessLookupError:
    return False
  except PermissionError:  # exists, owned by someone else
    pass
  except (KeyError, TypeError, ValueError):
    return False
  recorded = holder.get("proc_start")
  return recorded is None or _proc_start(pid) in (None, recorded)


def describe(holder: dict) -> str:
  return (f"pid {holder.get('pid', '?')} on host {holder.get('host', '?')}, started "
          f"{holder.get('started', '?')}")


class WorkdirLock:
  """`with WorkdirLock(workdir):` holds workdir/train.lock for the block."""

  def __init__(self, workdir: str):
    self.path = os.path.join(workdir, LOCK_NAME) if not files.is_remote(workdir) else (
        f"{workdir.rstrip('/')}/{LOCK_NAME}")
    self._fd: int | None = None
    self._held = False

  def _record(self) -> dict[str, Any]:
    return {"host": socket.gethostname(), "pid": os.getpid(),
            "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
            "proc_start": _proc_start(os.getpid()), "command": " ".join(sys.argv)}

  def _locked_error(self, holder: dict) -> WorkdirLockedError:
    remote = holder.get("host") != socket.gethostname()
    gone = f", or delete {self.path} if that run is gone" if remote else ""
    return WorkdirLockedError(
        f"Another run is training in {os.path.dirname(self.path)} ({describe(holder)}); wait "
        f"for it to finish or stop it, or use another --workdir{gone}.")

  def _took_over(self, holder: dict) -> None:
    if holder:
      logging.warning("Took over %s, left by a run that is no longer running (%s).",
                      self.path, describe(holder))

  def acquire(self) -> None:
    """Takes the lock or raises WorkdirLockedError; creates the workdir if needed."""
    if files.is_remote(self.path):
      self._acquire_by_record()
      return
    os.makedirs(os.path.dirname(self.path), exist_ok=True)
    while True:
      fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
      try:
        import fcntl  # pylint: disable=g-import-not-at-top
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
      except BlockingIOError:
        holder = _read(fd)
        os.close(fd)
        raise self._locked_error(holder) from None
      except (ImportError, OSError) as e:  # no flock here (non-Linux/NFS without locks)
        os.close(fd)
        if isinstance(e, OSError) and e.errno not in (errno.ENOLCK, errno.EOPNOTSUPP,
                                                        errno.ENOSYS, errno.EINVAL):
          raise
        self._acquire_by_record()
        return
      try:  # the file we locked may have been released and deleted meanwhile: retry
        same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
      except FileNotFoundError:
        same = False
      if same:
        break
      os.close(fd)
    self._took_over(_read(fd))
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(self._record()).encode(), 0)
    os.fsync(fd)
    self._fd, self._held = fd, True

  def _acquire_by_record(self) -> None:
    """The file is the lock: stale if its holder on this host is gone."""
    holder = {}
    if files.exists(self.path):
      holder = _parse(files.read_text(self.path))
      if holder.get("host") != socket.gethostname() or _alive(holder):
        raise self._locked_error(holder)
    files.write_text(self.path, json.dumps(self._record()))
    self._took_over(holder)
    self._held = True

  def release(self) -> None:
    """Deletes the lock file (while still holding it, so no one takes a file being removed)."""
    if not self._held:
      return
    try:
      files.remove(self.path)
    except FileNotFoundError:
      pass
    if self._fd is not None:
      os.close(self._fd)
    self._fd, self._held = None, False

  def __enter__(self) -> "WorkdirLock":
    self.acquire()
    return self

  def __exit__(self, *exc) -> None:
    self.release()


@contextlib.contextmanager
def hold(workdir: str, process_index: int = 0, process_count: int = 1) -> Iterator[None]:
  """Holds the workdir's lock for the block: process 0 takes it, every process learns
  whether it did (jax.experimental.multihost_utils.broadcast_one_to_all).

  Raises:
    WorkdirLockedError on every process if another run holds the workdir.
  """
  lock = WorkdirLock(workdir)
  error = None
  if process_index == 0:
    try:
      lock.acquire()
    except WorkdirLockedError as e:
      error = e
  if process_count > 1:
    import numpy as np  # pylint: disable=g-import-not-at-top
    from jax.experimental import multihost_utils  # pylint: disable=g-import-not-at-top
    held = bool(multihost_utils.broadcast_one_to_all(np.int32(error is None)))
    if not held and error is None:
      error = WorkdirLockedError(f"Another run is training in {workdir}; process 0's message "
                                 "names it.")
  if error is not None:
    raise error
  try:
    yield
  finally:
    lock.release()


def _read(fd: int) -> dict:
  return _parse(os.pread(fd, 1 << 16, 0).decode(errors="replace"))


def _parse(text: str) -> dict:
  try:
    holder = json.loads(text)
  except ValueError:
    return {}
  return holder if isinstance(holder, dict) else {}
