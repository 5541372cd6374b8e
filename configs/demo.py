r"""The demo model: a small SSM UNet on 16-frame 16x16 bouncing shapes (issue #17), sized so
that sampling 16- and 256-frame videos takes minutes on 2 CPU cores.

    python -m ssm_vdm.main --config=configs/demo.py --workdir=workdir/demo_model
    python -m ssm_vdm.main --config=configs/demo.py --workdir=workdir/demo_model \
        --mode=sample --config.sample.frames=256                  # all 256 frames at once
    python -m ssm_vdm.main --config=configs/demo.py --workdir=workdir/demo_model \
        --mode=sample --config.sample.frames=256 --config.sample.window=16   # window by window

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"""

from configs import default
from configs import overrides


def get_config(config_string: str = ""):
  c = default.get_config()
  c.data.update(frames=16, resolution=16, batch_size=8)
  c.model.update(base_width=16, width_mults=(1, 2))
  c.optim.update(learning_rate=1e-3, warmup_steps=50)
  c.num_train_steps = 2600  # 0.9-4.5 s a step on the shared 2-core CPU: 74 minutes here
  # decay 0.995 averages the last ~200 steps: a short run cannot wait for 0.999
  c.ema.update(decay=0.995, start=200)
  c.update(log_every=20, checkpoint_every=100, sample_every=300)
  c.sample.update(sampler="ddim", steps=25,
                  context=8)  # window by window: half of each 16-frame window is context
  return overrides.apply(c, config_string)
