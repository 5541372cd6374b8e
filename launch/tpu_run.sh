#!/usr/bin/env bash
# One run from start to end: create the TPU VM, install, train (waiting for the end), fetch the
# results, delete the VM. The VM is deleted even if a step fails, unless --keep is given.
#
#   launch/tpu_run.sh --project=my-project --zone=us-central2-b --accelerator-type=v4-32 \
#       --name=ssm-vdm --config=configs/ucf101.py --workdir=gs://my-bucket/ucf101_ssm \
#       [--keep] [--spot] [--dry-run] [-- --config.data.data_dir=gs://my-bucket/tfds]
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$here/common.sh"
keep=0
args=()
for arg in "$@"; do
  if [[ $arg == --keep ]]; then keep=1; else args+=("$arg"); fi
done
parse_args "${args[@]}"  # checks the options before anything is created
[[ -n $WORKDIR ]] || die "needs --workdir=gs://BUCKET/PATH (or WORKDIR=...)"

"$here/tpu_create.sh" "${args[@]}"
if ((!keep)); then
  trap '"$here/tpu_delete.sh" "${args[@]}"' EXIT
fi
"$here/tpu_setup.sh" "${args[@]}"
"$here/tpu_train.sh" --wait "${args[@]}"
"$here/tpu_fetch.sh" "${args[@]}"
