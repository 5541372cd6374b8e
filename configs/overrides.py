"""Config-string variants: `:smoke` and `key=value` pairs, applied to a declared config.

`apply(config, "smoke,temporal=attention,width_mults=(1,2)")` applies the smoke preset then
sets each key. Keys must already be declared (in configs/default.py); values are parsed as
Python literals, except for string keys, which take the text as is.
"""

import ast

import ml_collections

from ssm_vdm import errors


def smoke(c: ml_collections.ConfigDict) -> None:
  """A tiny setting that compiles and runs in seconds on one CPU core."""
  c.frames = 4
  c.resolution = 8
  c.batch_size = 2
  c.base_width = 8
  c.width_mults = (1, 2)
  c.num_groups = 4
  c.ssm_d_state = 8
  c.ssm_mlp_dim = 16
  c.attn_heads = 2
  c.attn_head_dim = 8
  c.spatial_heads = 2
  c.spatial_head_dim = 8
  c.diffusion_steps = 16
  c.learning_rate = 1e-3
  c.warmup_steps = 2
  c.ema_start = 2
  c.ema_every = 2
  c.num_train_steps = 6
  c.log_every = 2
  c.checkpoint_every = 3
  c.sample_every = 6
  c.sample_steps = 4
  c.num_samples = 2
  c.shuffle_buffer = 8
  c.fvd_num_samples = 2
  c.eval_num_samples = 2


PRESETS = {"smoke": smoke}


def _split_pairs(text: str) -> list[str]:
  """Splits on commas that are not inside brackets or parentheses."""
  parts, depth, current = [], 0, ""
  for ch in text:
    depth += ch in "([{"
    depth -= ch in ")]}"
    if ch == "," and depth == 0:
      parts.append(current)
      current = ""
    else:
      current += ch
  parts.append(current)
  return [p.strip() for p in parts if p.strip()]


def apply(c: ml_collections.ConfigDict, config_string: str,
          presets: dict | None = None) -> ml_collections.ConfigDict:
  """Applies presets and `key=value` overrides from `config_string`, then locks `c`.

  `presets` adds config-file specific presets (name -> function mutating the config) to
  the shared ones in PRESETS.
  """
  presets = {**PRESETS, **(presets or {})}
  c.lock()
  for item in _split_pairs(config_string or ""):
    if "=" not in item:
      if item not in presets:
        raise ValueError(f"Unknown config preset {item!r}; known presets: "
                         f"{', '.join(presets)}. Use key=value to set a key.")
      presets[item](c)
      continue
    key, text = (s.strip() for s in item.split("=", 1))
    if key not in c:
      raise errors.unknown_key(key, c.keys(), f" in {config_string!r}")
    if isinstance(c[key], str):
      value = text
    else:
      try:
        value = ast.literal_eval(text)
      except (ValueError, SyntaxError) as e:
        raise ValueError(f"Config override {item!r}: cannot parse {text!r} as a "
                         f"{type(c[key]).__name__}.") from e
    setattr(c, key, value)
  return c
