#!/usr/bin/env bash
# Deletes the TPU VM (all its workers and their disks; a gs:// workdir stays).
#
#   launch/tpu_delete.sh --project=my-project --zone=us-central2-b --name=ssm-vdm [--dry-run]
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parse_args "$@"

run gcloud compute tpus tpu-vm delete "$TPU_NAME" "${GCLOUD_FLAGS[@]}" --quiet
