"""Paths that may be local or remote (gs://...): TensorFlow's gfile handles the remote ones.

TensorFlow is imported only when a remote path is used.
"""

import io
import os
import shutil

import numpy as np


def is_remote(path: str) -> bool:
  return "://" in path


def absolute(path: str) -> str:
  """os.path.abspath for local paths; remote URLs unchanged."""
  return path if is_remote(path) else os.path.abspath(path)


def save_npy(path: str, array: np.ndarray) -> None:
  """np.save of `array` to `path` (a .npy), whole or not at all (`write_atomic`)."""
  buffer = io.BytesIO()
  np.save(buffer, array, allow_pickle=False)
  write_atomic(path, buffer.getvalue())


def write_text(path: str, text: str) -> None:
  if is_remote(path):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    with tf.io.gfile.GFile(path, "w") as f:
      f.write(text)
  else:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
      f.write(text)


def write_atomic(path: str, data: bytes) -> None:
  """Writes `path` whole or not at all.

  Local files go to a temporary name in the same folder, flushed to disk, then `os.replace`
  (a reader sees the old file or the new one, never half of one; a failed write leaves no
  temporary file); remote (gs://...) objects are written whole.
  """
  if is_remote(path):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    with tf.io.gfile.GFile(path, "wb") as f:
      f.write(data)
    return
  os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
  tmp = f"{path}.tmp-{os.getpid()}"
  try:
    with open(tmp, "wb") as f:
      f.write(data)
      f.flush()
      os.fsync(f.fileno())
    os.replace(tmp, path)
  except BaseException:
    if os.path.exists(tmp):
      os.remove(tmp)
    raise


def read_text(path: str) -> str:
  if is_remote(path):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    with tf.io.gfile.GFile(path, "r") as f:
      return f.read()
  with open(path) as f:
    return f.read()


def read_bytes(path: str) -> bytes:
  if is_remote(path):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    with tf.io.gfile.GFile(path, "rb") as f:
      return f.read()
  with open(path, "rb") as f:
    return f.read()


def remove(path: str) -> None:
  """Deletes a file; FileNotFoundError if there is none."""
  if is_remote(path):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    if not tf.io.gfile.exists(path):
      raise FileNotFoundError(path)
    tf.io.gfile.remove(path)
  else:
    os.remove(path)


def copy(local_path: str, destination: str) -> None:
  """Copies a local file to a local or remote destination, overwriting it."""
  if is_remote(destination):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    tf.io.gfile.makedirs(destination.rsplit("/", 1)[0])
    tf.io.gfile.copy(local_path, destination, overwrite=True)
  else:
    os.makedirs(os.path.dirname(os.path.abspath(destination)), exist_ok=True)
    shutil.copyfile(local_path, destination)


def exists(path: str) -> bool:
  if is_remote(path):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    return tf.io.gfile.exists(path)
  return os.path.exists(path)


def rename(source: str, target: str) -> None:
  """Renames a file or directory; fails if `target` exists. Atomic on local filesystems;
  on gs:// a copy-and-delete of every object."""
  if is_remote(source):
    import tensorflow as tf  # pylint: disable=g-import-not-at-top
    tf.io.gfile.rename(source, target, overwrite=False)
  else:
    if os.path.exists(target):
      raise FileExistsError(f"Cannot rename {source}: {target} exists.")
    os.rename(source, target)
