"""The command line as a user meets it: `python -m ssm_vdm.main` and the `ssm-vdm` script.

Each mistake a user can make is one line saying what is wrong (`ssm-vdm: error: ...`) plus a
line pointing at --verbose, exit status 2, no traceback, and nothing compiled: the checks run
before the model's init or train step is compiled (JAX_LOG_COMPILES shows what compiles). All
commands run at once as subprocesses when the class starts; each costs an import.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

from absl.testing import absltest
from absl.testing import parameterized
import imageio.v3 as iio
import numpy as np

from tests import child_env

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(os.path.dirname(sys.executable), "ssm-vdm")
DEFAULT = "--config=configs/default.py"
SMOKE = "--config=configs/default.py:smoke"
VERBOSE_ENV = "SSM_VDM_VERBOSE"
HINT = f"ssm-vdm: (--verbose or {VERBOSE_ENV}=1 shows the traceback)"
# Programs that would mean the run went past its checks: the parameter init, the train step.
MODEL_COMPILES = re.compile(r"Compiling jit\((init|train_step)\)")


def _child_env(**extra) -> dict[str, str]:
  """One CPU device, compiles logged, verbosity only where a case asks for it."""
  env = {k: v for k, v in os.environ.items() if k != VERBOSE_ENV}
  env["XLA_FLAGS"] = child_env.xla_flags()
  env.update(JAX_PLATFORMS="cpu", JAX_LOG_COMPILES="1", **extra)
  return env


def _unreadable_checkpoint(workdir: str) -> str:
  """A workdir whose newest (only) checkpoint step holds garbage, as after a bad copy."""
  state = os.path.join(workdir, "checkpoints", "5", "state")
  os.makedirs(state)
  with open(os.path.join(state, "data"), "w") as f:
    f.write("not a checkpoint")
  return workdir


def _two_videos(folder: str) -> str:
  """A folder with two short MP4s (for --mode=prepare)."""
  os.makedirs(folder)
  for i in range(2):
    frames = np.full((6, 16, 16, 3), 40 * i, np.uint8)
    iio.imwrite(os.path.join(folder, f"v{i}.mp4"), frames, plugin="FFMPEG", fps=10)
  return folder


class CommandLineTest(parameterized.TestCase):
  """Starts every command in setUpClass (in parallel); each test checks one result."""

  @classmethod
  def setUpClass(cls):
    super().setUpClass()
    cls.tmp = tempfile.mkdtemp()
    tmp = lambda *p: os.path.join(cls.tmp, *p)
    with open(tmp("a_file"), "w"):
      pass
    workdir = tmp("never_created")
    cls.never_created = workdir
    cls.commands = {
        "unknown_key": [DEFAULT, f"--workdir={workdir}", "--config.model.temporl=ssm"],
        "unknown_key_in_config_string": [f"{DEFAULT}:smoke,optim.learning_rte=1",
                                         f"--workdir={workdir}"],
        "bad_value": [DEFAULT, f"--workdir={workdir}", "--config.data.resolution=15"],
        "bad_literal": [DEFAULT, f"--workdir={workdir}", "--config.data.frames=abc"],
        "renamed_key": [DEFAULT, f"--workdir={workdir}", "--config.frames=5"],
        "missing_config_file": ["--config=configs/no_such_config.py", f"--workdir={workdir}"],
        "missing_dataset": [DEFAULT, f"--workdir={tmp('w_data')}",
                            "--config.data.dataset=video_folder",
                            f"--config.data.video_folder={tmp('no_videos')}"],
        "unreadable_checkpoint": [SMOKE, f"--workdir={_unreadable_checkpoint(tmp('w_ckpt'))}",
                                  "--mode=sample"],
        "unwritable_workdir": [DEFAULT, f"--workdir={tmp('a_file', 'run')}"],
        "missing_workdir": [DEFAULT],
        "missing_demo_checkpoint": ["--config=configs/demo.py", f"--workdir={tmp('w_demo')}",
                                    "--mode=demo", f"--checkpoint={tmp('none.npz')}"],
        "prepare_synthetic": [DEFAULT, "--mode=prepare"],
        "prepare_folder": [DEFAULT, "--mode=prepare", "--config.data.dataset=video_folder",
                           f"--config.data.video_folder={_two_videos(tmp('videos'))}",
                           f"--config.data.prepared_dir={tmp('clips')}", "--config.data.frames=4"],
        "verbose_flag": [DEFAULT, f"--workdir={workdir}", "--config.temporl=ssm", "--verbose"],
        "verbose_env": [DEFAULT, f"--workdir={workdir}", "--config.data.resolution=15"],
    }
    envs = {"verbose_env": _child_env(**{VERBOSE_ENV: "1"})}
    starts = {name: [sys.executable, "-m", "ssm_vdm.main", *args]
              for name, args in cls.commands.items()}
    if os.access(SCRIPT, os.X_OK):
      starts["console_script"] = [SCRIPT, *cls.commands["unknown_key"]]
    cls.results = _run_all(starts, envs)

  @classmethod
  def tearDownClass(cls):
    shutil.rmtree(cls.tmp)
    super().tearDownClass()

  def assert_user_error(self, name: str, message: str):
    """Exit status 2; stderr's `ssm-vdm:` lines are the message and the hint; no traceback."""
    code, err = self.results[name]
    self.assertEqual(code, 2, f"{self.commands.get(name)}:\n{err[-3000:]}")
    lines = [line for line in err.splitlines() if line.startswith("ssm-vdm:")]
    self.assertLen(lines, 2, err[-3000:])
    self.assertRegex(lines[0], "^ssm-vdm: error: " + message)
    self.assertEqual(lines[1], HINT)
    self.assertNotIn("Traceback", err)
    self.assertNotRegex(err, MODEL_COMPILES)

  @parameterized.named_parameters(
      ("unknown_key", "unknown_key",
       r"Unknown config key 'model\.temporl' in --config\.model\.temporl\. Did you mean "
       r"'model\.temporal'\? Every "
       r"key is declared, with a comment, in configs/default\.py\.$"),
      ("unknown_key_in_config_string", "unknown_key_in_config_string",
       r"Unknown config key 'optim\.learning_rte' in 'smoke,optim\.learning_rte=1'\. Did you "
       r"mean 'optim\.learning_rate'\?"),
      ("renamed_key", "renamed_key",
       r"Config key 'frames' in --config\.frames is now 'data\.frames' \(the config has "
       r"sections since 2026-12"),
      ("bad_value", "bad_value",
       r"config\.data\.resolution=15 must divide by 2, the UNet's spatial downsampling"),
      ("bad_literal", "bad_literal", r"flag --config\.data\.frames=abc: invalid literal for int"),
      ("missing_config_file", "missing_config_file",
       r"--config=configs/no_such_config\.py: cannot load the config file \(.*No such file"),
      ("missing_dataset", "missing_dataset",
       r"config\.data\.video_folder='.*no_videos' is not a directory"),
      ("unreadable_checkpoint", "unreadable_checkpoint",
       r"Checkpoint .*w_ckpt/checkpoints/5 is unreadable.* --config\.restore_fallback=True"),
      ("missing_workdir", "missing_workdir",
       r"--mode=train needs --workdir=DIR \(where checkpoints, metrics and samples go\)\.$"),
      ("missing_demo_checkpoint", "missing_demo_checkpoint",
       r"No demo checkpoint at .*none\.npz: restore it"),
      ("prepare_synthetic", "prepare_synthetic",
       r"data.dataset='synthetic' is generated on the fly; there is nothing to prepare\.$"),
      ("unwritable_workdir", "unwritable_workdir",
       r"--workdir=.*a_file/run cannot be written \(Not a directory.*\); choose a directory "
       "you can write to"),
  )
  def test_user_error(self, name, message):
    self.assert_user_error(name, message)

  def test_prepare_decodes_a_folder_once(self):
    code, err = self.results["prepare_folder"]
    self.assertEqual(code, 0, err[-3000:])
    self.assertIn("Prepared clips ready: ", err)
    stores = [d for d in os.listdir(os.path.join(self.tmp, "clips")) if not d.startswith(".")]
    self.assertNotEmpty(stores, err[-3000:])
    self.assertNotRegex(err, MODEL_COMPILES)

  def test_failed_checks_create_no_workdir(self):
    self.assertFalse(os.path.exists(self.never_created))
    self.assertFalse(os.path.exists(os.path.join(self.tmp, "w_data")))  # missing dataset

  @parameterized.parameters("verbose_flag", "verbose_env")
  def test_verbose_adds_the_traceback(self, name):
    code, err = self.results[name]
    self.assertEqual(code, 2, err[-3000:])
    self.assertIn("Traceback (most recent call last)", err)
    self.assertRegex(err.splitlines()[-1], "^ssm-vdm: error: ")
    self.assertNotIn(HINT, err)

  def test_console_script_is_main(self):
    self.assertTrue(os.access(SCRIPT, os.X_OK),
                    f"no {SCRIPT}: reinstall the package (make install) for the console script")
    ours = [self.results[name] for name in ("console_script", "unknown_key")]
    code, lines = zip(*[(c, [l for l in e.splitlines() if l.startswith("ssm-vdm:")])
                        for c, e in ours])
    self.assertEqual(code, (2, 2))
    self.assertEqual(lines[0], lines[1])
    self.assertLen(lines[0], 2)


def _run_all(commands: dict[str, list[str]], envs: dict[str, dict[str, str]],
             timeout: float = 300) -> dict[str, tuple[int, str]]:
  """Runs the commands concurrently from the repository root: name -> (exit status, stderr)."""
  procs = {name: subprocess.Popen(argv, cwd=ROOT, env=envs.get(name, _child_env()),
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
           for name, argv in commands.items()}
  results = {}
  for name, proc in procs.items():
    try:
      _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
      proc.kill()
      _, err = proc.communicate()
    results[name] = (proc.returncode, err)
  return results


if __name__ == "__main__":
  absltest.main()
