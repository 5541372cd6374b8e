r"""The authors' PyTorch training step: its wall time and peak memory, for side_by_side.py.

    python benchmarks/official_step.py --official=DIR --points=bi-s4d@150,attn@512 \
        --out=results.jsonl

DIR holds the authors' package `video_diffusion_pytorch/` (the `past_repo/` folder of
github.com/shim0114/SSM-Meets-Video-Diffusion-Models, the paper version; not part of this
repository). Its model file imports `wandb` for logging only: a stand-in module is put in
its place when wandb is not installed. Needs torch, torchvision, einops, einops-exts and
rotary-embedding-torch.

The model is the paper's, as the authors' README trains it: `Unet3D(dim=64,
dim_mults=(1,2,4,8), timeemb_linears=2, attn_heads=8, attn_dim_head=64,
temporal_arch=ARCH, s4d_version=8)` in `GaussianDiffusion(image_size=32, timesteps=256,
loss_type='l2')`, batch 1, float32 with TF32 matrix products allowed (PyTorch's cuDNN
default; matmuls switched on here, as JAX does on a GPU). `--small` is a CPU check of this
script: dim 16, mults (1, 2), 2 heads x 8, 16x16.

Each point is measured in two modes, each on a fresh model (and optimizer):
  grad  `diffusion(x).backward()`: q_sample, UNet, MSE, backward (gradients kept).
  adam  grad + `Adam.step()` + `zero_grad()`: the authors' Trainer step without AMP or
        accumulation, what our train step does (ours adds an EMA update).
Time: median wall time of --repeats steps after --warmup steps, CUDA synchronized. Memory:
`torch.cuda.max_memory_allocated()` over the timed steps (parameters, gradients, optimizer
state and activations; PyTorch's caching allocator may reserve more). Each point appends one
JSON line per mode to --out.
"""

import argparse
import json
import os
import statistics
import sys
import time
import types


def parse_points(text: str) -> list[tuple[str, int]]:
  points = []
  for item in filter(None, text.split(",")):
    arch, _, frames = item.partition("@")
    if arch not in ("bi-s4d", "attn") or not frames.isdigit():
      raise SystemExit(f"--points: {item!r} is not ARCH@FRAMES with ARCH bi-s4d or attn.")
    points.append((arch, int(frames)))
  return points


def import_official(folder: str):
  """The authors' model module, from DIR/video_diffusion_pytorch."""
  if not os.path.isdir(os.path.join(folder, "video_diffusion_pytorch")):
    raise SystemExit(f"--official={folder}: no video_diffusion_pytorch/ in it. Point it at "
                     "the past_repo/ folder of shim0114/SSM-Meets-Video-Diffusion-Models.")
  try:
    import wandb  # pylint: disable=g-import-not-at-top,unused-import
  except ImportError:  # imported at the top of the model file, used only by its Trainer
    sys.modules["wandb"] = types.ModuleType("wandb")
  sys.path.insert(0, folder)
  # pylint: disable-next=g-import-not-at-top
  from video_diffusion_pytorch import wip_video_diffusion_pytorch
  return wip_video_diffusion_pytorch


def build(vdp, arch: str, frames: int, small: bool, device):
  widths = (dict(dim=16, dim_mults=(1, 2), attn_heads=2, attn_dim_head=8) if small else
            dict(dim=64, dim_mults=(1, 2, 4, 8), attn_heads=8, attn_dim_head=64))
  unet = vdp.Unet3D(channels=3, timeemb_linears=2, temporal_arch=arch,
                    s4d_version=8 if arch == "bi-s4d" else None, **widths)
  size = 16 if small else 32
  model = vdp.GaussianDiffusion(unet, image_size=size, num_frames=frames, channels=3,
                                timesteps=256, loss_type="l2").to(device)
  return model, (1, 3, frames, size, size)  # x: [B, C, T, H, W] in [0, 1]


def measure(vdp, arch, frames, mode, args, torch, device) -> dict:
  torch.manual_seed(0)
  model, shape = build(vdp, arch, frames, args.small, device)
  optimizer = torch.optim.Adam(model.parameters(), lr=3e-4) if mode == "adam" else None
  x = torch.rand(shape, device=device)
  sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)

  def step():
    loss = model(x)
    loss.backward()
    if optimizer is not None:
      optimizer.step()
      optimizer.zero_grad()
    return loss

  for _ in range(args.warmup):
    loss = step()
  sync()
  if device.type == "cuda":
    torch.cuda.reset_peak_memory_stats()
  times = []
  for _ in range(args.repeats):
    start = time.perf_counter()
    loss = step()
    sync()
    times.append(time.perf_counter() - start)
  peak = torch.cuda.max_memory_allocated() if device.type == "cuda" else None
  result = {"impl": "official", "arch": arch, "frames": frames, "mode": mode,
            "time_ms": 1e3 * statistics.median(times), "times_ms": [1e3 * t for t in times],
            "peak_bytes": peak, "loss": float(loss.detach()),
            "params": sum(p.numel() for p in model.parameters())}
  del model, optimizer, x, loss
  if device.type == "cuda":
    torch.cuda.empty_cache()
  return result


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--official", required=True, help="folder holding video_diffusion_pytorch/")
  parser.add_argument("--points", default="bi-s4d@150,bi-s4d@1024,attn@150,attn@512")
  parser.add_argument("--modes", default="grad,adam")
  parser.add_argument("--warmup", type=int, default=2)
  parser.add_argument("--repeats", type=int, default=7)
  parser.add_argument("--small", action="store_true", help="tiny widths at 16x16 (CPU check)")
  parser.add_argument("--out", required=True, help="JSON lines are appended here")
  args = parser.parse_args()
  points = parse_points(args.points)
  vdp = import_official(args.official)
  import torch  # pylint: disable=g-import-not-at-top
  torch.backends.cuda.matmul.allow_tf32 = True
  torch.backends.cudnn.allow_tf32 = True
  device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
  for arch, frames in points:
    for mode in args.modes.split(","):
      try:
        result = measure(vdp, arch, frames, mode, args, torch, device)
      except torch.cuda.OutOfMemoryError as error:
        result = {"impl": "official", "arch": arch, "frames": frames, "mode": mode,
                  "status": f"out of memory: {str(error).splitlines()[0]}"}
        torch.cuda.empty_cache()
      result.update(torch=torch.__version__, device=(
          torch.cuda.get_device_name() if device.type == "cuda" else "cpu"))
      print(json.dumps({k: v for k, v in result.items() if k != "times_ms"}), flush=True)
      with open(args.out, "a") as f:
        f.write(json.dumps(result) + "\n")


if __name__ == "__main__":
  main()
