r"""Paper-width UNet train step (configs/ucf101.py) with remat and chunks: memory (compile
only) at several T, or the step time at one T. One JSON line per point on stdout.

    .venv/bin/python benchmarks/chunks_paper.py memory 150,1024,4096 blocks:8:float32 \
        > benchmarks/results/paper_chunks/memory.jsonl
    .venv/bin/python benchmarks/chunks_paper.py time 64 none:1,blocks:8,none:1 \
        > benchmarks/results/paper_chunks/time_64.jsonl

Variants are remat:chunks[:dtype]. Memory: XLA temporaries (and temp + args + out - aliased)
of the compiled step, YNN fusion off so the CPU analysis is honest; time: 4 calls, the
median of the last 3.
"""
import os, sys, time, json, statistics
os.environ["XLA_FLAGS"] = "--xla_cpu_experimental_ynn_fusion_type="
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import jax, jax.numpy as jnp
from configs import ucf101
from ssm_vdm import diffusion, train

def program(frames, remat, chunks, dtype="float32"):
  c = ucf101.get_config(f"batch_size=1,remat={remat},chunks={chunks},dtype={dtype}")
  model = train.create_model(c); opt = train.create_optimizer(c)
  sched = diffusion.cosine_schedule(c.diffusion_steps)
  init_fn = train.create_init_fn(c, model, opt)
  shape = (1, frames, 32, 32, 3)
  abstract = (jax.eval_shape(init_fn, jax.random.PRNGKey(0)), {"video": jax.ShapeDtypeStruct(shape, jnp.float32)})
  step = jax.jit(train.create_train_step(c, model, sched, opt), donate_argnums=0)
  return step, abstract, init_fn, shape

mode = sys.argv[1]
if mode == "memory":
  for frames in [int(f) for f in sys.argv[2].split(",")]:
    for remat, chunks, dtype in [tuple(v.split(":")) for v in sys.argv[3].split(",")]:
      step, abstract, _, _ = program(frames, remat, int(chunks), dtype)
      t0 = time.time()
      comp = step.lower(*abstract).compile({"xla_backend_optimization_level": 0})
      m = comp.memory_analysis()
      print(json.dumps({"frames": frames, "remat": remat, "chunks": int(chunks), "dtype": dtype,
                        "temp_gib": m.temp_size_in_bytes / 2**30,
                        "total_gib": (m.temp_size_in_bytes + m.argument_size_in_bytes + m.output_size_in_bytes - m.alias_size_in_bytes) / 2**30,
                        "compile_s": time.time() - t0}), flush=True)
else:
  frames = int(sys.argv[2])
  for remat, chunks in [tuple(v.split(":")) for v in sys.argv[3].split(",")]:
    step, abstract, init_fn, shape = program(frames, remat, int(chunks))
    state = jax.device_get(jax.jit(init_fn)(jax.random.PRNGKey(0)))
    video = {"video": jax.random.uniform(jax.random.PRNGKey(1), shape, minval=-1, maxval=1)}
    comp = step.lower(*abstract).compile()
    times = []
    st = jax.device_put(state)
    for i in range(4):
      t0 = time.perf_counter(); st, met = comp(st, video); jax.block_until_ready(met); times.append(time.perf_counter() - t0)
    print(json.dumps({"frames": frames, "remat": remat, "chunks": int(chunks), "times": times,
                      "median_s": statistics.median(times[1:])}), flush=True)
