"""Config-string variants: `:smoke` and `key=value` pairs, applied to a declared config.

`apply(config, "smoke,model.temporal=attention,model.width_mults=(1,2)")` applies the smoke
preset then sets each key. Keys must already be declared (in configs/default.py); values are
parsed as Python literals, except for string keys, which take the text as is.
"""

import ast

import ml_collections

from ssm_vdm import config_keys


def smoke(c: ml_collections.ConfigDict) -> None:
  """A tiny setting that compiles and runs in seconds on one CPU core."""
  c.data.update(frames=4, resolution=8, batch_size=2, shuffle_buffer=8)
  c.model.update(base_width=8, width_mults=(1, 2), num_groups=4)
  c.model.ssm.update(d_state=8, mlp_dim=16)
  c.model.attn.update(heads=2, head_dim=8)
  c.model.spatial.update(heads=2, head_dim=8)
  c.diffusion.steps = 16
  c.optim.update(learning_rate=1e-3, warmup_steps=2)
  c.ema.update(start=2, every=2)
  c.update(num_train_steps=6, log_every=2, checkpoint_every=3, sample_every=6)
  c.sample.update(steps=4, num=2)
  c.eval.update(periodic_samples=2, num_samples=2)


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

  Keys are dotted paths into the config's sections (`data.frames=32`,
  `model.ssm.d_state=64`). `presets` adds config-file specific presets (name -> function
  mutating the config) to the shared ones in PRESETS.
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
    section, leaf = config_keys.parent(c, key, f" in {config_string!r}")
    current = section[leaf]
    if config_keys.is_section(current):
      leaf_key = next(k for k, v in current.items() if not config_keys.is_section(v))
      raise ValueError(f"Config override {item!r}: {key} is a section; set one of its keys, "
                       f"e.g. {key}.{leaf_key}=...")
    if isinstance(current, str):
      value = text
    else:
      try:
        value = ast.literal_eval(text)
      except (ValueError, SyntaxError) as e:
        raise ValueError(f"Config override {item!r}: cannot parse {text!r} as a "
                         f"{type(current).__name__}.") from e
    setattr(section, leaf, value)
  return c
