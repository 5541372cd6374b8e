r"""Default configuration: declares every key. Trains on built-in synthetic videos on CPU.

Small enough for `make demo` to finish in minutes on 2 CPU cores (8 frames of 16x16); the
paper's sizes are in configs/ucf101.py and configs/minerl.py.

    python -m ssm_vdm.main --config=configs/default.py --workdir=workdir/demo

Variants through the config argument, as `key=value` pairs after a colon:

    --config=configs/default.py:smoke                 # tiny, for tests and a quick look
    --config=configs/default.py:model.temporal=attention,data.frames=32

and single keys with `--config.optim.learning_rate=1e-4`. Sections: data, model (with ssm,
attn, spatial), diffusion, optim, ema, sample, eval; the loop's keys are at the top.
"""

import ml_collections

from configs import overrides


def get_config(config_string: str = "") -> ml_collections.ConfigDict:
  c = ml_collections.ConfigDict()
  c.seed = 0  # root PRNG seed: parameters, diffusion noise, data order

  # Data (ssm_vdm.input_pipeline, ssm_vdm.data).
  c.data = d = ml_collections.ConfigDict()
  d.dataset = "synthetic"  # synthetic | ucf101 | minerl_navigate | video_folder
  d.data_dir = ""  # TFDS data_dir ("" = TFDS default, ~/tensorflow_datasets)
  d.manual_dir = ""  # TFDS manual_dir for offline copies of the raw files
  d.video_folder = ""  # directory of .mp4/.gif/.webm files, for dataset=video_folder
  d.frames = 8  # frames per training clip (T)
  d.resolution = 16  # frame height and width after resize + centre crop
  d.channels = 3  # colour channels
  d.frame_stride = 1  # take every k-th frame when cutting clips
  d.batch_size = 8  # global batch size, split over all devices
  d.shuffle_buffer = 1000  # examples in the tf.data shuffle buffer
  d.tfds_config = ""  # TFDS builder config ("" = the builder's default; ucf101: ucf101_1 keeps
  # the original 320x240 frames, the default ucf101_1_256 squashes them to 256x256)
  d.train_split = "train"  # TFDS split(s) to train on, e.g. "train+test" (the paper's UCF101)
  d.eval_split = "test"  # TFDS split(s) whose videos' first clips are the real eval/FVD clips
  # crop_antialias: centre square crop, then antialiased bilinear resize | resize_crop: short
  # side to `resolution` by bilinear without antialiasing, then centre crop (torchvision
  # Resize + CenterCrop, as the paper read UCF101)
  d.frame_transform = "crop_antialias"
  # video: each epoch takes every video once at a random window | window: each epoch takes
  # every window (start frame) of every video once, in random order, as the paper's
  # torchvision UCF101 did (needs prepared clips, --mode=prepare)
  d.clip_sampling = "video"
  d.prepared_dir = "~/.cache/ssm_vdm/clips"  # decoded training-resolution clips written by
  # --mode=prepare, read instead of the videos when there ("" = never)
  d.synthetic_num_shapes = 2  # moving shapes per synthetic video
  d.synthetic_num_videos = 0  # distinct synthetic videos (0 = unlimited, one per index)

  # Model: the UNet is `ssm_vdm.models.unet.UNet(**config.model)` (out_channels =
  # data.channels).
  c.model = m = ml_collections.ConfigDict()
  m.base_width = 16  # channels at the first level (64 in the paper)
  m.width_mults = (1, 2)  # per-level width multipliers ((1, 2, 4, 8) in the paper)
  m.time_dim_mult = 32  # time-embedding width in units of base_width (32 in the authors' code)
  m.num_groups = 8  # GroupNorm groups
  # Temporal layer: ssm | attention | ablations (docs/ablations.md): ssm_uni ssm_no_mlp
  # ssm_concat gss bigs gss_wide bigs_wide (gate width ssm.mlp_dim) mamba mamba_bi
  # selective_mamba selective_mamba_bi
  m.temporal = "ssm"  # ssm: the paper's bi-S4D + MLP
  m.ssm = ml_collections.ConfigDict()  # the S4D temporal layers
  m.ssm.d_state = 32  # S4D state size (512 in the paper): d_state // 2 complex modes
  m.ssm.mode = "fft"  # fft | scan: how S4D runs (same function)
  m.ssm.mlp_dim = 64  # hidden width of the temporal MLP (512 in the paper)
  # Kernel taps of each S4D convolution: 0 = the sequence's length (the paper); M > 0 keeps
  # lags < M only, e.g. the training length for sampling longer videos (docs/demo.md).
  m.ssm.kernel_length = 0
  m.attn = ml_collections.ConfigDict()  # the temporal attention baseline
  m.attn.heads = 4  # temporal attention heads (8 in the paper)
  m.attn.head_dim = 16  # temporal attention head width (64 in the paper)
  m.spatial = ml_collections.ConfigDict()  # spatial attention, every level
  m.spatial.heads = 4  # spatial attention heads (8 in the paper)
  m.spatial.head_dim = 16  # spatial attention head width (32 in the paper)
  m.dtype = "float32"  # compute dtype: float32 | bfloat16 (SSM math stays float32)
  m.remat = "none"  # backward recomputes instead of keeping: none | temporal | blocks
  m.chunks = 1  # temporal layers / spatial attention run over this many pixel / frame groups
  # beyond the paper: self-conditioning (Chen et al. 2022): the network also sees its
  # previous x0 estimate (ssm_vdm.diffusion, ssm_vdm.sampling)
  m.self_condition = False

  # Diffusion (ssm_vdm.diffusion).
  c.diffusion = ml_collections.ConfigDict()
  c.diffusion.steps = 256  # number of diffusion steps (1000 for UCF101 64x64)
  c.diffusion.prediction = "eps"  # eps | v: what the network predicts
  # Beyond the paper: correlation in [0, 1) of the noise across a video's frames, a shared
  # part plus a per-frame part (a mixed noise prior; ssm_vdm.diffusion.draw_noise). Sampling
  # must use the value the model was trained with. 0 = independent noise, the paper.
  c.diffusion.noise_correlation = 0.0
  # Beyond the paper: a timestep's loss weight. none: the plain MSE (the paper); min_snr:
  # Min-SNR-gamma (Hang et al. 2023), the x0 error weighted by min(SNR_t, gamma), so low-noise
  # steps, whose x0 error is small anyway, stop dominating the gradient
  c.diffusion.loss_weighting = "none"  # none | min_snr
  c.diffusion.min_snr_gamma = 5.0

  # Optimizer (ssm_vdm.optimizer.create(**config.optim)).
  c.optim = o = ml_collections.ConfigDict()
  o.learning_rate = 1e-3  # Adam peak learning rate (3e-4 in the paper)
  o.warmup_steps = 20  # linear warmup steps from lr 0 (0 = constant lr, as in the paper)
  o.decay_steps = 0  # cosine decay over this many steps after warmup (0 = none, the paper)
  o.end_learning_rate = 0.0  # the rate decay ends at, kept after it
  o.b1 = 0.9  # Adam beta1
  o.b2 = 0.999  # Adam beta2
  o.grad_clip = 1.0  # clip gradients to this global norm (0 = off, as in the paper)
  o.lr_mults = ()  # ((regex over parameter path, multiplier), ...), first match wins

  # EMA of the parameters (ssm_vdm.ema.update(..., **config.ema)).
  c.ema = ml_collections.ConfigDict()
  c.ema.decay = 0.95  # EMA decay (0.995 in the paper)
  c.ema.every = 1  # EMA changes only after 0-based steps s % every == 0 (10 in the paper)
  c.ema.start = 100  # at those steps it copies params while s < start (2000 in the paper)

  # Loop.
  c.num_train_steps = 300  # total optimizer steps
  c.log_every = 25  # steps between metric writes and progress lines
  c.checkpoint_every = 100  # steps between checkpoints
  c.keep_checkpoints = 3  # how many checkpoints to keep
  c.sample_every = 300  # steps between sample videos (0 = off)
  c.eval_every = 0  # steps between FVD evaluations during training (0 = off)
  c.skip_nonfinite = False  # skip updates with non-finite loss instead of stopping
  c.restore_fallback = False  # bad checkpoint: rename to <step>.corrupt-*, resume from previous
  c.init_from = ""  # a run with no checkpoint yet starts from these parameters (EMA too; fresh
  # Adam state, step 0) instead of random ones: a .npz of demo_checkpoint.save/export, e.g.
  # ssm_vdm/assets/demo_ema.npz to train the shipped demo model further ("" = random init)
  c.compilation_cache_dir = "~/.cache/ssm_vdm/jax"  # compiled-program cache for reruns ("" = off)
  c.profile_steps = 0  # steps after the first (compiled) one traced by jax.profiler into the
  # workdir, TensorBoard's profile tab (clu periodic_actions.Profile; 0 = off)

  # Sampling (ssm_vdm.sampling, ssm_vdm.generate).
  c.sample = s = ml_collections.ConfigDict()
  s.sampler = "ddim"  # ddpm | ddim
  s.steps = 50  # DDIM steps (DDPM always uses diffusion.steps)
  s.num = 8  # videos drawn for periodic samples and --mode=sample
  s.frames = 0  # frames to sample in --mode=sample (0 = data.frames)
  # Long videos window by window (ssm_vdm.continuation): with 0 < window < the frames drawn,
  # each sampler call makes `window` frames, its first `context` of them conditioned on the
  # last frames of the video so far.
  s.window = 0  # frames per sampler call (0 = every frame in one call)
  s.context = 0  # frames each window takes from the video so far (0 = half the window)
  s.guidance = "replacement"  # replacement | reconstruction (Ho et al. 2022)
  s.guidance_weight = 0.0  # w_r of reconstruction guidance (> 0 when either guidance uses it)
  # guidance of the sampler calls of window by window sampling: "" = sample.guidance, or
  # replacement | reconstruction (its w_r sample.guidance_weight). Continuing given frames in
  # one call and window by window are different trades: reconstruction guidance costs an
  # extra backward pass per step, 3x the time, in every window (docs/demo.md)
  s.window_guidance = ""
  # std of the starting noise x_T and of each step's fresh noise (beyond the paper: 1 = as
  # trained; < 1 trades diversity for more typical videos, ssm_vdm.sampling)
  s.temperature = 1.0
  # DDIM's eta (Song et al. 2021): 0 = the deterministic update; 1 = each step draws fresh
  # noise of the DDPM posterior's std between DDIM's steps. DDPM ignores it (must stay 0)
  s.eta = 0.0
  s.fps = 8  # frames per second of written GIF/MP4
  # --mode=sample continues these videos instead of starting from noise: a .npy of
  # [N, k, H, W, C] in [-1, 1] (e.g. a demo's samples_16f.npy); N videos of sample.frames
  # frames, each keeping its k given frames ("" = sample from scratch).
  s.initial = ""

  # Evaluation: FVD (ssm_vdm.evaluation, ssm_vdm.eval_run).
  c.eval = e = ml_collections.ConfigDict()
  e.periodic_samples = 16  # samples for the FVD every `eval_every` steps during training
  # standard: I3D sees [-1, 1] frames resized by jax.image.resize, as the FVD authors' code |
  # paper: [0, 1] frames resized by TF1 resize_bilinear, 10,000 samples against every video's
  # first clip, as the paper's table was computed (README "Evaluation")
  e.protocol = "standard"
  e.num_samples = 0  # videos generated by --mode=eval (0 = 256 standard, 10,000 paper)
  e.num_real = 0  # real clips for --mode=eval (0 = as many as generated for standard,
  # every video's first clip for paper)
  e.batch_size = 16  # videos per I3D forward pass, split over the host's devices
  e.features = "logits"  # logits (paper) | pooled: which I3D output FVD uses

  return overrides.apply(c, config_string)
