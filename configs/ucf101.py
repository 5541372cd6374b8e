r"""UCF101 at 32x32, 16 frames (the paper's setting); `:res64` for 64x64.

    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=workdir/ucf101_ssm
    python -m ssm_vdm.main --config=configs/ucf101.py:model.temporal=attention --workdir=...
    python -m ssm_vdm.main --config=configs/ucf101.py:res64 --workdir=workdir/ucf101_64

Reads UCF101 as the paper did (torchvision's UCF101): the original 320x240 videos (TFDS
config ucf101_1), train and test splits together (13,320 videos), every 16-frame window at
stride 1 once an epoch, frames resized by the short side (bilinear, no antialiasing) and
centre-cropped, at 32x32 and 64x64 alike. The real clips for FVD: the first 16-frame clip of
every video of train and test. Needs the TFDS `ucf101/ucf101_1` dataset (see README,
"Datasets"), decoded once into prepared clips (window sampling reads them at random):

    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=workdir/ucf101_ssm --mode=prepare
"""

from configs import default
from configs import overrides


def paper_model(c):
  """The paper's UNet (base width 64, (1, 2, 4, 8), S4D d_state 512, attention 8 x 64) and
  the authors' optimization: Adam (0.9, 0.999) at a constant rate (no warmup), no gradient
  clipping, float32, EMA 0.995 every 10 steps, a plain copy before step 2000."""
  c.model.update(base_width=64, width_mults=(1, 2, 4, 8), dtype="float32")
  c.model.ssm.update(d_state=512, mlp_dim=512)
  c.model.attn.update(heads=8, head_dim=64)
  c.model.spatial.update(heads=8, head_dim=32)
  c.ema.update(decay=0.995, every=10, start=2000)
  c.optim.update(warmup_steps=0, grad_clip=0.0, b1=0.9, b2=0.999)
  # Same function, a fraction of the memory (XLA memory analysis of one train step, batch 1,
  # 32x32, this repo's CPU, docs/benchmarks.md): remat=blocks + chunks=8 keeps 1.84 GiB of
  # temporaries at 150 frames (12.44 none, 7.34 temporal, 3.31 blocks alone), 12.02 GiB at
  # 1024 (83.90 none, 49.31 temporal, 22.27 blocks alone), and fits 80 GiB up to 6144 frames
  # (blocks alone: 3072). A 64-frame CPU step: 19.8 s against 21.3 s with remat none (blocks
  # alone 17.1 s, temporal 16.5 s; median of 5 interleaved calls): less memory traffic. On
  # an H200 (XLA's GPU memory analysis): 2.62 GiB in all at 150 frames, 10.92 at 1024.
  c.model.update(remat="blocks", chunks=8)
  c.update(log_every=100, checkpoint_every=5000, sample_every=10000, eval_every=0)
  c.sample.sampler = "ddpm"


def res64(c):
  c.data.resolution = 64
  c.optim.learning_rate = 1e-4
  c.num_train_steps = 106_000
  c.diffusion.steps = 1000


def get_config(config_string: str = ""):
  c = default.get_config()
  c.unlock()
  paper_model(c)
  c.data.update(
      dataset="ucf101",
      tfds_config="ucf101_1",  # original frames (the TFDS default squashes them to 256x256)
      train_split="train+test", eval_split="train+test", frame_transform="resize_crop",
      clip_sampling="window", frames=16, resolution=32, batch_size=32)
  c.optim.learning_rate = 3e-4
  c.num_train_steps = 92_000
  c.diffusion.steps = 256
  return overrides.apply(c, config_string, presets={"res64": res64})
