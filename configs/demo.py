0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
T0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
S0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
S0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
M0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
U0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
N0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
x0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
#0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
70.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
,0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
z0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
C0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
P0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
U0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
\0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
#0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
\0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
#0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
70.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
M0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
80.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
M0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
B0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
30.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
E0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
M0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
A0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
M0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
B0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
M0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
C0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
P0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
U0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
~0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
80.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
,0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
40.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
40.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
90.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
,0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
D0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
D0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
I0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
M0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
~0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
~0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
S0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
`0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
`0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
/0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
T0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
,0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
,0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
z0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
80.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
30.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
#0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
90.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
40.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
C0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
P0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
U0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
70.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
40.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
90.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
90.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
#0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
~0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
90.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
90.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
90.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
k0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
30.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
00.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
"0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
20.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
50.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
x0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
=0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
80.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
#0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
b0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
:0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
h0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
10.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
60.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
-0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
m0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
w0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
x0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
u0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
v0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
d0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
e0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
.0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
a0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
p0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
l0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
y0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
(0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
,0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
 0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
c0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
o0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
f0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
_0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
s0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
t0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
r0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
i0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
n0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
g0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
)0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).

0.70M parameters (2.7 MB as a compressed float32 .npz: the EMA parameters shipped in
ssm_vdm/assets/demo_ema.npz, docs/demo.md). Trained here for 2600 steps in 74 minutes on the
shared 2-core CPU (0.9-4.5 s a step, depending on the other jobs); sampling 8 videos of 16
frames and 2 of 256 frames with 25 DDIM steps took 10 s and 31 s (`make demo`). Score samples
with `benchmarks/coherence.py --samples=...` (docs/coherence.md).
