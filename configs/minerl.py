r"""MineRL Navigate at 32x32, 64 frames (the paper's setting); `:frames150` for long videos.

    python -m ssm_vdm.main --config=configs/minerl.py --workdir=workdir/minerl64_ssm
    python -m ssm_vdm.main --config=configs/minerl.py:frames150 --workdir=workdir/minerl150
    python -m ssm_vdm.main --config=configs/minerl.py:model.temporal=attention --workdir=...

Needs the TFDS `minerl_navigate` dataset prepared (see README, "Datasets").
"""

from configs import default
from configs import overrides
from configs import ucf101


def frames150(c):
  """The paper's long-video setting: 150 frames, 129k steps."""
  c.data.frames = 150
  c.num_train_steps = 129_000


def get_config(config_string: str = ""):
  c = default.get_config()
  c.unlock()
  ucf101.paper_model(c)
  c.data.update(dataset="minerl_navigate", frames=64, resolution=32, batch_size=8)
  c.optim.learning_rate = 3e-4
  c.num_train_steps = 174_000  # the paper's 64-frame run; :frames150 sets 129k
  c.diffusion.steps = 256
  return overrides.apply(c, config_string, presets={"frames150": frames150})
