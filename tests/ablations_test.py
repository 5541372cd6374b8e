"""Tests for the ablation temporal layers (ssm_vdm.models.gated, ssm_vdm.models.mamba).

Every variant is checked for shapes at two lengths, for (non-)causality, for parameter
shapes and PyTorch-default initializers, and for a finite, non-zero gradient reaching every
parameter (that the official-version layers compute the authors' function is
official_layers_test.py).
XLA compilation dominates the run time on CPU, so shapes come from `jax.eval_shape`, every
other check is one program per variant (initialization included) compiled with cheap XLA
CPU options, and the UNet has a single level (it still holds four temporal layers).
"""

from absl.testing import absltest
from absl.testing import parameterized
import chex
import jax
import jax.numpy as jnp
import numpy as np

from ssm_vdm.models import mamba
from ssm_vdm.models import temporal

ABLATIONS = ("ssm_uni", "ssm_no_mlp", "ssm_concat", "gss", "bigs", "gss_wide", "bigs_wide",
             "mamba", "mamba_bi", "selective_mamba", "selective_mamba_bi")
CAUSAL = ("ssm_uni", "gss", "gss_wide", "mamba", "selective_mamba")
# Same results; XLA CPU compiles these programs about three times faster than by default.
FAST_COMPILE = {"xla_backend_optimization_level": 0, "xla_llvm_disable_expensive_passes": True,
                "xla_cpu_use_fusion_emitters": False, "xla_cpu_parallel_codegen_split_count": 1}


def _compile(fn, *args):
  return jax.jit(fn).lower(*args).compile(FAST_COMPILE)


def _layer(kind, dtype=jnp.float32):
  return temporal.create_temporal_layer(
      kind, d_state=8, ssm_mode="fft", mlp_dim=16, num_heads=2, head_dim=4, dtype=dtype,
      name=None)


def _init_and_apply(layer):
  """(key, x) -> (params, y): a fresh layer's parameters and its output on x."""
  return lambda key, x: (lambda p: (p, layer.apply(p, x)))(layer.init(key, x))


def _init_apply_and_grad(layer):
  """(key, x, r) -> (y, d sum(y * r) / d params) for a fresh layer."""

  def run(key, x, r):
    params = layer.init(key, x)
    y, vjp = jax.vjp(lambda p: layer.apply(p, x), params)
    return y, vjp(r)[0]

  return run


class LayerTest(parameterized.TestCase):

  @parameterized.product(kind=ABLATIONS, length=(1, 150))
  def test_shape(self, kind, length):
    x = jax.ShapeDtypeStruct((2, length, 3, 2, 8), jnp.float32)
    _, y = jax.eval_shape(_init_and_apply(_layer(kind)), jax.random.PRNGKey(0), x)
    chex.assert_shape(y, x.shape)

  @parameterized.parameters(*ABLATIONS)
  def test_direction_and_gradients(self, kind, length=9, t=4):
    """Bump frame t of x: [1, T, 2, 2, 8] and see which output frames move; in the same
    program, the gradient of a random projection of the output reaches every parameter."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(1, length, 2, 2, 8)).astype(np.float32)
    bumped = x.copy()
    # Not constant over channels, or the LayerNorm would remove it.
    bumped[:, t] += rng.normal(size=(2, 2, 8))
    both = np.concatenate([x, bumped], axis=0)  # [2, T, 2, 2, 8]
    r = rng.normal(size=both.shape).astype(np.float32)
    run = _init_apply_and_grad(_layer(kind))
    y, grads = _compile(run, jax.random.PRNGKey(0), both, r)(jax.random.PRNGKey(0), both, r)
    chex.assert_tree_all_finite((y, grads))
    for path, g in jax.tree_util.tree_leaves_with_path(grads):  # every parameter trains
      self.assertGreater(np.abs(np.asarray(g)).max(), 0.0, f"{kind}: no gradient reaches "
                         f"{jax.tree_util.keystr(path)}")
    delta = np.abs(np.asarray(y[1]) - np.asarray(y[0])).max(axis=(1, 2, 3))  # [T]
    self.assertGreater(delta[t:].min(), 1e-5, f"{kind} misses frame {t} at or after it")
    if kind in CAUSAL:
      # The FFT path leaks float32 round-off only.
      self.assertLess(delta[:t].max(), 1e-5, f"{kind} output before frame {t} moved")
    else:
      self.assertGreater(delta[:t].min(), 1e-5, f"{kind} ignores the future")

  def test_all_names_registered(self):
    for kind in ABLATIONS:
      self.assertIn(kind, temporal.TEMPORAL_LAYERS)

  @parameterized.parameters("ssm_concat", "bigs", "gss_wide", "mamba_bi", "selective_mamba_bi")
  def test_low_precision_compute_keeps_float32_params(self, kind):
    x = jax.ShapeDtypeStruct((1, 5, 2, 2, 8), jnp.bfloat16)
    params, y = jax.eval_shape(_init_and_apply(_layer(kind, jnp.bfloat16)),
                               jax.random.PRNGKey(0), x)
    self.assertEqual({p.dtype for p in jax.tree.leaves(params)}, {jnp.dtype(jnp.float32)})
    self.assertEqual(y.dtype, jnp.bfloat16)


def _selective_scan_f64(u, dt, a, b, c, d):
  """h_l = exp(dt_l A) h_{l-1} + dt_l B_l u_l, y_l = C_l . h_l + D u_l, one step at a time.

  u, dt: [B, L, E]; a: [E, N]; b, c: [B, L, N]; d: [E] -> y [B, L, E], float64.
  """
  u, dt, a, b, c, d = (np.asarray(v, np.float64) for v in (u, dt, a, b, c, d))
  batch, length, inner = u.shape
  y = np.zeros_like(u)
  for i in range(batch):
    h = np.zeros_like(a)  # [E, N]
    for l in range(length):
      h = np.exp(dt[i, l][:, None] * a) * h + (dt[i, l] * u[i, l])[:, None] * b[i, l][None]
      y[i, l] = h @ c[i, l] + d * u[i, l]
  return y


class MambaTest(parameterized.TestCase):

  @parameterized.parameters(1, 33)
  def test_selective_scan_matches_sequential_loop(self, length):
    rng = np.random.default_rng(0)
    batch, inner, states = 2, 3, 4
    normal = lambda *shape: rng.normal(size=shape).astype(np.float32)
    u = normal(batch, length, inner)
    dt = np.log1p(np.exp(normal(batch, length, inner) - 2.0))  # softplus: typical Mamba steps
    a = -np.exp(normal(inner, states))
    b, c = normal(batch, length, states), normal(batch, length, states)
    d = normal(inner)
    y = _compile(mamba.selective_scan, u, dt, a, b, c, d)(u, dt, a, b, c, d)
    expected = _selective_scan_f64(u, dt, a, b, c, d)
    chex.assert_type(y, jnp.float32)
    np.testing.assert_allclose(y, expected, atol=1e-5 * np.abs(expected).max(), rtol=0)

  def test_causal_conv_matches_loop(self):
    x = np.random.default_rng(0).normal(size=(2, 6, 3))
    kernel = np.random.default_rng(1).normal(size=(4, 3))
    bias = np.array([0.1, -0.2, 0.3])
    y = _compile(mamba.causal_depthwise_conv, x, kernel, bias)(x, kernel, bias)
    expected = np.tile(bias, (2, 6, 1))
    for l in range(6):
      for k in range(4):
        if l - 3 + k >= 0:
          expected[:, l] += kernel[k] * x[:, l - 3 + k]
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-5)

  def test_init(self):
    mixer = mamba.SelectiveMambaMixer(d_state=16)
    x = np.zeros((1, 3, 32), np.float32)
    params = _compile(mixer.init, jax.random.PRNGKey(0), x)(jax.random.PRNGKey(0), x)["params"]
    np.testing.assert_allclose(-np.exp(params["a_log"][5]), -np.arange(1, 17), rtol=1e-6)
    chex.assert_shape(params["a_log"], (64, 16))  # E = 2C inner channels
    chex.assert_shape(params["x_proj"]["kernel"], (64, 2 + 32))  # dt rank ceil(32/16) = 2
    dt = np.logaddexp(0.0, params["dt_proj"]["bias"])  # softplus
    self.assertTrue(np.all((dt >= 1e-3 * 0.999) & (dt <= 1e-1 * 1.001)))
    np.testing.assert_array_equal(params["d"], 1.0)


_SEQ16 = jax.ShapeDtypeStruct((1, 4, 2, 2, 16), jnp.float32)  # C = 16


def _params16(kind):
  """Parameter shapes of layer `kind` on C = 16 channels, d_state 8, mlp_dim 24."""
  layer = temporal.create_temporal_layer(
      kind, d_state=8, ssm_mode="fft", mlp_dim=24, num_heads=2, head_dim=4,
      dtype=jnp.float32, name=None)
  return jax.eval_shape(layer.init, jax.random.PRNGKey(0), _SEQ16)["params"]


class OfficialShapesTest(parameterized.TestCase):
  """Widths of the official versions (the golden tests fix the function, these the sizes)."""

  @parameterized.parameters(("gss", 48, False), ("bigs", 48, True),  # v17: gate 3C
                            ("gss_wide", 24, False), ("bigs_wide", 24, True))  # v21: mlp_dim
  def test_gated_widths(self, kind, width, bidirectional):
    params = _params16(kind)
    chex.assert_shape(params["gate_proj"]["kernel"], (16, width))
    chex.assert_shape(params["mix_proj"]["kernel"], (16, width))
    chex.assert_shape(params["out_proj"]["kernel"], (width, 16))
    chex.assert_shape(params["ssm_fwd"]["c_re"], (16, 4))  # S4D at C channels, 4 modes
    self.assertEqual("ssm_bwd" in params, bidirectional)
    self.assertEqual("ssm_in_bwd" in params, bidirectional)

  @parameterized.parameters(("mamba", False), ("mamba_bi", True))
  def test_s4d_mamba_widths(self, kind, bidirectional):
    params = _params16(kind)
    chex.assert_shape(params["in_proj"]["kernel"], (16, 64))  # x and gate, E = 2C each
    chex.assert_shape(params["conv_fwd"]["kernel"], (4, 32))
    chex.assert_shape(params["ssm_fwd"]["c_re"], (32, 4))  # time-invariant S4D on E channels
    chex.assert_shape(params["out_proj"]["kernel"], (32, 16))
    self.assertEqual({"conv_bwd", "ssm_bwd"} <= set(params), bidirectional)
    self.assertNotIn("a_log", params)  # no selective scan

  def test_concat_mlp_takes_both_directions(self):
    params = _params16("ssm_concat")
    chex.assert_shape(params["mlp_in"]["kernel"], (32, 24))  # 2C -> mlp_dim, no projection
    self.assertEqual(set(params), {"norm", "ssm_fwd", "ssm_bwd", "mlp_in", "mlp_out"})

  @parameterized.parameters("ssm_concat", "bigs_wide", "mamba_bi")
  def test_pytorch_default_init(self, kind):
    """Linear / Conv1d weights and biases ~ U(+-1/sqrt(fan_in)), fan_in of a depthwise conv = K."""
    layer = temporal.create_temporal_layer(
        kind, d_state=8, ssm_mode="fft", mlp_dim=24, num_heads=2, head_dim=4,
        dtype=jnp.float32, name=None)
    x = np.zeros(_SEQ16.shape, np.float32)
    params = jax.jit(layer.init)(jax.random.PRNGKey(0), x)["params"]
    checked = 0
    for path, leaf in jax.tree_util.tree_leaves_with_path(params):
      names = [p.key for p in path]
      if names[-1] not in ("kernel", "bias") or names[0] == "norm":
        continue
      module = params
      for name in names[:-1]:
        module = module[name]
      fan_in = 4 if names[-2].startswith("conv") else module["kernel"].shape[0]
      bound = 1.0 / np.sqrt(fan_in)
      leaf = np.asarray(leaf)
      self.assertLessEqual(np.abs(leaf).max(), bound, names)
      if leaf.size >= 64:  # uniform at that bound, not a narrower or normal init
        self.assertGreater(np.abs(leaf).max(), 0.8 * bound, names)
        self.assertAlmostEqual(leaf.std() * np.sqrt(3.0) / bound, 1.0, delta=0.25, msg=names)
      checked += 1
    self.assertGreaterEqual(checked, 8)


if __name__ == "__main__":
  absltest.main()
