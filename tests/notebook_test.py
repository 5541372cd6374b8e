"""launch/demo.ipynb: its install helpers, and the whole notebook on a tiny setting (nbclient).

The notebook runs with this interpreter as its kernel (a kernelspec written to a temporary
JUPYTER_PATH; CI runs this file on Python 3.12, Colab's), on one CPU device as in a Colab
session, from a folder outside the checkout with REPO set to the checkout's path. Any cell that
fails fails the test.
"""

import ast
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from unittest import mock

from absl.testing import absltest
import nbclient
import nbformat

from tests import child_env

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOK = os.path.join(ROOT, "launch", "demo.ipynb")
KERNEL = "ssm_vdm_test"


def _tiny_parameters(workdir: str) -> str:
  return "\n".join([
      f"REPO = {ROOT!r}",
      'CONFIG_ARGS = "smoke"',
      f"WORKDIR = {workdir!r}",
      "SAMPLE_FRAMES = 0",
      "MEMORY_FRAMES = (16,)",  # one frame count: two layer compiles
      "MEMORY_SHAPE = (1, 2, 2, 8)",
  ])


def _write_kernelspec(jupyter_path: str) -> None:
  """A kernelspec named KERNEL that starts ipykernel with this Python."""
  directory = os.path.join(jupyter_path, "kernels", KERNEL)
  os.makedirs(directory)
  with open(os.path.join(directory, "kernel.json"), "w") as f:
    json.dump({"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
               "display_name": "ssm_vdm test", "language": "python"}, f)


def _install_helpers() -> dict:
  """The functions and constants the install cell defines, without running the cell."""
  nb = nbformat.read(NOTEBOOK, as_version=4)
  (cell,) = [c for c in nb.cells if "def find_repository" in c.source]
  tree = ast.parse(cell.source)
  constant = lambda node: isinstance(node, ast.Assign) and all(
      isinstance(t, ast.Name) and t.id.isupper() for t in node.targets)
  tree.body = [node for node in tree.body if constant(node) or isinstance(
      node, (ast.Import, ast.ImportFrom, ast.FunctionDef))]
  namespace = {}
  exec(compile(tree, NOTEBOOK, "exec"), namespace)  # pylint: disable=exec-used
  return namespace


def _fake_checkout(folder: str) -> str:
  os.makedirs(folder)
  with open(os.path.join(folder, "pyproject.toml"), "w") as f:
    f.write('[project]\nname = "ssm_vdm"\n')
  return folder


class InstallHelpersTest(absltest.TestCase):
  """Where the install cell finds the repository, and which runtime it reports."""

  def setUp(self):
    super().setUp()
    self.nb = _install_helpers()
    self.tmp = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, self.tmp)
    cwd = os.getcwd()
    self.addCleanup(os.chdir, cwd)
    os.chdir(self.tmp)

  def test_folder(self):
    checkout = _fake_checkout(os.path.join(self.tmp, "drive_copy"))
    self.assertEqual(self.nb["find_repository"](checkout), checkout)
    with self.assertRaisesRegex(ValueError, "without ssm_vdm's pyproject.toml"):
      self.nb["find_repository"](self.tmp)

  def test_archives(self):
    source = _fake_checkout(os.path.join(self.tmp, "src", "ssm_vdm-main"))
    # GitHub's zip: one top folder; git archive's tar.gz: the files at the top.
    zipped = shutil.make_archive(os.path.join(self.tmp, "upload"), "zip",
                                 os.path.dirname(source))
    tarred = shutil.make_archive(os.path.join(self.tmp, "repo"), "gztar", source)
    self.assertEqual(self.nb["find_repository"](zipped),
                     os.path.join(self.tmp, "upload", "ssm_vdm-main"))
    self.assertEqual(self.nb["find_repository"](tarred), os.path.join(self.tmp, "repo"))
    self.assertEqual(self.nb["find_repository"](tarred), os.path.join(self.tmp, "repo"))  # rerun

  def test_git_url(self):
    source = _fake_checkout(os.path.join(self.tmp, "remote", "project"))
    git = ["git", "-C", source, "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "init"]):
      subprocess.run(git + args, check=True, capture_output=True)
    clone = os.path.join(self.tmp, "project")  # cloned into the current directory
    self.assertEqual(self.nb["find_repository"](f"file://{source}"), clone)
    self.assertTrue(os.path.isdir(os.path.join(clone, ".git")))
    self.assertEqual(self.nb["find_repository"](f"file://{source}/.git"), clone)  # reused

  def test_placeholder_uses_the_checkout_around_or_asks(self):
    placeholder = "https://github.com/YOUR_ACCOUNT/ssm_vdm.git"
    with self.assertRaisesRegex(ValueError, "Set REPO"):
      self.nb["find_repository"](placeholder)
    os.chdir(os.path.join(ROOT, "launch"))  # Jupyter started next to the notebook
    self.assertEqual(self.nb["find_repository"](placeholder), ROOT)
    self.assertEqual(self.nb["find_repository"](""), ROOT)

  def test_runtime_and_extra(self):
    bin_dir = os.path.join(self.tmp, "bin")
    os.makedirs(bin_dir)
    smi = os.path.join(bin_dir, "nvidia-smi")
    exists = os.path.exists
    no_tpu = mock.patch("os.path.exists", lambda p: p != "/dev/accel0" and exists(p))
    with no_tpu, mock.patch.dict(os.environ, {"PATH": bin_dir}), \
         mock.patch("os.path.isdir", lambda p: False):
      self.assertEqual(self.nb["detect_runtime"](), "cpu")
      with open(smi, "w") as f:
        f.write("#!/bin/sh\necho 'GPU 0: NVIDIA H200'\n")
      os.chmod(smi, os.stat(smi).st_mode | stat.S_IXUSR)
      self.assertEqual(self.nb["detect_runtime"](), "gpu")
    with mock.patch("os.path.exists", lambda p: p == "/dev/accel0" or exists(p)):
      self.assertEqual(self.nb["detect_runtime"](), "tpu")
    self.assertEqual(self.nb["EXTRAS"], {"gpu": "cuda12", "tpu": "tpu", "cpu": ""})
    with open(os.path.join(ROOT, "pyproject.toml")) as f:
      pyproject = f.read()
    for extra in ("cuda12", "tpu"):
      self.assertRegex(pyproject, rf'\n{extra} = \["jax\[{extra}\]==')


class DemoNotebookTest(absltest.TestCase):

  def test_runs_on_the_tiny_setting(self):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    self.assertLen(params, 1, "the notebook needs one cell tagged 'parameters'")
    self.assertIn("REPO = ", params[0].source)
    self.assertTrue(all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"),
                    "commit the notebook without outputs")
    tmp = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, tmp)
    params[0].source = _tiny_parameters(os.path.join(tmp, "workdir"))
    _write_kernelspec(os.path.join(tmp, "jupyter"))
    # The kernel inherits the test's XLA options and compilation cache, less the 8 devices.
    env = {"JUPYTER_PATH": os.path.join(tmp, "jupyter"), "JAX_PLATFORMS": "cpu",
           "XLA_FLAGS": child_env.xla_flags()}
    # Started outside the checkout: the notebook finds it through REPO.
    client = nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=600,
                                     resources={"metadata": {"path": tmp}})
    with mock.patch.dict(os.environ, env):
      try:
        client.execute()
      except nbclient.exceptions.CellExecutionError as e:
        self.fail(f"A notebook cell failed:\n{e}")

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    self.assertIn(f"Repository: {ROOT}\n", text)
    self.assertIn("Runtime found: CPU (no GPU or TPU)", text)
    self.assertIn("nothing to install", text)
    self.assertRegex(text, r"Running on CPU: 1 x cpu")
    self.assertIn("trained to step 6", text)
    self.assertRegex(text, r"16 frames: ssm +[\d.]+ MiB +attention +[\d.]+ MiB")
    data = [o.get("data", {}) for o in outputs if o.output_type == "display_data"]
    self.assertTrue(any("data:image/gif;base64," in d.get("text/html", "") for d in data),
                    "no video shown")
    self.assertTrue(any("image/png" in d for d in data), "no memory plot shown")
    self.assertTrue(os.path.exists(os.path.join(tmp, "workdir", "samples",
                                                "notebook_step6_4f.gif")))


if __name__ == "__main__":
  absltest.main()
