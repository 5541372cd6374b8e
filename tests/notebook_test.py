"""Runs launch/demo.ipynb end to end (nbclient) with its parameter cell set to a tiny setting.

The kernel is this interpreter (a kernelspec written to a temporary JUPYTER_PATH), on one CPU
device as in a Colab session; any cell that fails fails the test.
"""

import json
import os
import re
import shutil
import sys
import tempfile
from unittest import mock

from absl.testing import absltest
import nbclient
import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOK = os.path.join(ROOT, "launch", "demo.ipynb")
KERNEL = "ssm_vdm_test"


def _tiny_parameters(workdir: str) -> str:
  return "\n".join([
      'CONFIG_ARGS = "smoke"',
      f"WORKDIR = {workdir!r}",
      "SAMPLE_FRAMES = 0",
      "MEMORY_FRAMES = (4, 8, 16)",
      "MEMORY_SHAPE = (1, 2, 2, 8)",
  ])


def _write_kernelspec(jupyter_path: str) -> None:
  """A kernelspec named KERNEL that starts ipykernel with this Python."""
  directory = os.path.join(jupyter_path, "kernels", KERNEL)
  os.makedirs(directory)
  with open(os.path.join(directory, "kernel.json"), "w") as f:
    json.dump({"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
               "display_name": "ssm_vdm test", "language": "python"}, f)


class DemoNotebookTest(absltest.TestCase):

  def test_runs_on_the_tiny_setting(self):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    self.assertLen(params, 1, "the notebook needs one cell tagged 'parameters'")
    self.assertTrue(all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"),
                    "commit the notebook without outputs")
    tmp = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, tmp)
    params[0].source = _tiny_parameters(os.path.join(tmp, "workdir"))
    _write_kernelspec(os.path.join(tmp, "jupyter"))
    # The kernel inherits the test's XLA options and compilation cache, less the 8 devices.
    flags = re.sub(r"--xla_force_host_platform_device_count=\d+", "",
                   os.environ.get("XLA_FLAGS", ""))
    env = {"JUPYTER_PATH": os.path.join(tmp, "jupyter"), "JAX_PLATFORMS": "cpu",
           "XLA_FLAGS": flags.strip()}
    client = nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=600,
                                     resources={"metadata": {"path": ROOT}})
    with mock.patch.dict(os.environ, env):
      try:
        client.execute()
      except nbclient.exceptions.CellExecutionError as e:
        self.fail(f"A notebook cell failed:\n{e}")

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
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
