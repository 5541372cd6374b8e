r"""UCF101 at 32x32, 16 frames (the paper's setting); `:res64` for 64x64.

    python -m ssm_vdm.main --config=configs/ucf101.py --workdir=workdir/ucf101_ssm
    python -m ssm_vdm.main --config=configs/ucf101.py:temporal=attention --workdir=...
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
  c.base_width = 64
  c.width_mults = (1, 2, 4, 8)
  c.ssm_d_state = 512
  c.ssm_mlp_dim = 512
  c.attn_heads = 8
  c.attn_head_dim = 64
  c.spatial_heads = 8
  c.spatial_head_dim = 32
  c.ema_decay = 0.995
  c.ema_every = 10
  c.ema_start = 2000
  c.warmup_steps = 0
  c.grad_clip = 0.0
  c.adam_b1 = 0.9
  c.adam_b2 = 0.999
  c.dtype = "float32"
  # Same function, a fraction of the memory (XLA memory analysis of one train step, batch 1,
  # 32x32, this repo's CPU, docs/benchmarks.md): remat=blocks + chunks=8 keeps 1.84 GiB of
  # temporaries at 150 frames (12.44 none, 7.34 temporal, 3.31 blocks alone), 12.02 GiB at
  # 1024 (83.90 none, 49.31 temporal, 22.27 blocks alone), and fits 80 GiB up to 6144 frames
  # (blocks alone: 3072). A 64-frame CPU step: 19.8 s against 21.3 s with remat none (blocks
  # alone 17.1 s, temporal 16.5 s; median of 5 interleaved calls): less memory traffic.
  c.remat = "blocks"
  c.chunks = 8
  c.log_every = 100
  c.checkpoint_every = 5000
  c.sample_every = 10000
  c.sampler = "ddpm"
  c.fvd_every = 0


def res64(c):
  c.resolution = 64
  c.learning_rate = 1e-4
  c.num_train_steps = 106_000
  c.diffusion_steps = 1000


def get_config(config_string: str = ""):
  c = default.get_config()
  c.unlock()
  paper_model(c)
  c.dataset = "ucf101"
  c.tfds_config = "ucf101_1"  # original frames (the TFDS default squashes them to 256x256)
  c.train_split = "train+test"
  c.eval_split = "train+test"
  c.frame_transform = "resize_crop"
  c.clip_sampling = "window"
  c.frames = 16
  c.resolution = 32
  c.batch_size = 32
  c.learning_rate = 3e-4
  c.num_train_steps = 92_000
  c.diffusion_steps = 256
  return overrides.apply(c, config_string, presets={"res64": res64})
