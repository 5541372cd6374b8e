"""Where a benchmark's results go: `<out>/<stem>.json` (the full record) and `<out>/<stem>.md`
(its table), each written whole or not at all, so that a run that fails or is stopped
leaves the previous results as they were."""

import json
import os

from ssm_vdm import files


def write(out: str, stem: str, record: dict, markdown: str, *, indent: int = 1) -> list[str]:
  """Writes `record` as `<out>/<stem>.json` and `markdown` as `<out>/<stem>.md`.

  The record is serialized before anything is written: one that JSON cannot hold raises
  TypeError with both files untouched. Returns the two paths.
  """
  data = (json.dumps(record, indent=indent) + "\n").encode()
  json_path, md_path = (os.path.join(out, f"{stem}.{ext}") for ext in ("json", "md"))
  files.write_atomic(json_path, data)
  files.write_atomic(md_path, markdown.encode())
  return [json_path, md_path]
