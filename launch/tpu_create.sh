#!/usr/bin/env bash
# Creates a Cloud TPU VM pod slice (v4, v5e, ...) for ssm_vdm.
#
#   launch/tpu_create.sh --project=my-project --zone=us-central2-b \
#       --accelerator-type=v4-32 --name=ssm-vdm [--spot] [--dry-run]
#   launch/tpu_create.sh --zone=us-west4-a --accelerator-type=v5litepod-16 --name=ssm-vdm-v5e
#
# The runtime version (--version) follows from the accelerator type unless given.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_args "$@"

flags=(--accelerator-type="$ACCELERATOR_TYPE" --version="$TPU_VERSION")
if ((SPOT)); then
  flags+=(--spot)
fi
run gcloud compute tpus tpu-vm create "$TPU_NAME" "${GCLOUD_FLAGS[@]}" "${flags[@]}"
