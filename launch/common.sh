# shellcheck shell=bash disable=SC2034  # sourced; the scripts read these variables
# Shared by the launch/tpu_*.sh scripts: options, defaults and the --dry-run runner.
# Sourced, not run. Every option can also come from the environment variable in brackets;
# a command-line option wins.
#
#   --project=ID            [PROJECT]           GCP project (default: gcloud's configured one)
#   --zone=ZONE             [ZONE]              default us-central2-b (v4); v5e e.g. us-west4-a
#   --accelerator-type=T    [ACCELERATOR_TYPE]  pod slice, default v4-32; v5e e.g. v5litepod-16
#   --version=V             [TPU_VERSION]       TPU VM runtime (default: chosen from the type)
#   --name=NAME             [TPU_NAME]          TPU VM name, default ssm-vdm
#   --config=CONFIG         [CONFIG]            default configs/ucf101.py (presets after ':')
#   --workdir=DIR           [WORKDIR]           gs://bucket/path: checkpoints, metrics, samples
#   --dest=DIR              [DEST]              where fetch copies results, default results/NAME
#   --python=EXE            [REMOTE_PYTHON]     Python on the workers (3.11-3.13), default python3.11
#   --spot                  [SPOT=1]            create a Spot TPU VM
#   --dry-run               [DRY_RUN=1]         print the commands instead of running them
#   -- ARGS...                                  more flags for ssm_vdm.main (tpu_train.sh)

PROJECT=${PROJECT:-}
ZONE=${ZONE:-us-central2-b}
ACCELERATOR_TYPE=${ACCELERATOR_TYPE:-v4-32}
TPU_VERSION=${TPU_VERSION:-}
TPU_NAME=${TPU_NAME:-ssm-vdm}
CONFIG=${CONFIG:-configs/ucf101.py}
WORKDIR=${WORKDIR:-}
DEST=${DEST:-}
REMOTE_PYTHON=${REMOTE_PYTHON:-python3.11}
SPOT=${SPOT:-0}
DRY_RUN=${DRY_RUN:-0}
EXTRA_ARGS=()
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# On the workers, relative to the home directory where `gcloud ... ssh --command` starts.
REMOTE_DIR=ssm_vdm
REMOTE_LOG=ssm_vdm_train.log

die() {
  echo "$(basename "$0"): $*" >&2
  exit 2
}

usage() {
  # The calling script's header comment, then the shared options listed above.
  awk 'NR > 1 && !/^#/ { exit } NR > 1 && !/shellcheck/ { sub(/^# ?/, ""); print }' "$0"
  echo "Options (every launch/tpu_*.sh script; environment variables in brackets):"
  grep '^#   -' "${BASH_SOURCE[0]}" | sed 's/^#//'
}

parse_args() {
  local arg
  while (($#)); do
    arg=$1
    shift
    case $arg in
      --project=*) PROJECT=${arg#*=} ;;
      --zone=*) ZONE=${arg#*=} ;;
      --accelerator-type=*) ACCELERATOR_TYPE=${arg#*=} ;;
      --version=*) TPU_VERSION=${arg#*=} ;;
      --name=*) TPU_NAME=${arg#*=} ;;
      --config=*) CONFIG=${arg#*=} ;;
      --workdir=*) WORKDIR=${arg#*=} ;;
      --dest=*) DEST=${arg#*=} ;;
      --python=*) REMOTE_PYTHON=${arg#*=} ;;
      --spot) SPOT=1 ;;
      --dry-run) DRY_RUN=1 ;;
      -h | --help) usage; exit 0 ;;
      --) EXTRA_ARGS=("$@"); break ;;
      *) die "unknown argument '$arg' (options take --name=value; see --help)" ;;
    esac
  done
  if [[ -z $TPU_VERSION ]]; then
    case $ACCELERATOR_TYPE in
      v5litepod-*) TPU_VERSION=v2-alpha-tpuv5-lite ;;
      v5p-*) TPU_VERSION=v2-alpha-tpuv5 ;;
      v6e-*) TPU_VERSION=v2-alpha-tpuv6e ;;
      *) TPU_VERSION=tpu-ubuntu2204-base ;;
    esac
  fi
  DEST=${DEST:-results/$TPU_NAME}
  GCLOUD_FLAGS=(--zone="$ZONE")
  if [[ -n $PROJECT ]]; then
    GCLOUD_FLAGS+=(--project="$PROJECT")
  fi
}

# Prints a command so that it can be pasted into a shell: plain words as they are, others in
# single quotes.
show() {
  local words=() word
  for word in "$@"; do
    if [[ $word =~ ^[A-Za-z0-9_./:=@,+%-]+$ ]]; then
      words+=("$word")
    else
      words+=("'${word//\'/\'\\\'\'}'")
    fi
  done
  echo "${words[*]}"
}

# Runs a command, or with --dry-run prints it.
run() {
  if ((DRY_RUN)); then
    show "$@"
  else
    "$@"
  fi
}

# Runs a shell command line on TPU workers: remote WORKER COMMAND_LINE.
remote() {
  run gcloud compute tpus tpu-vm ssh "$TPU_NAME" "${GCLOUD_FLAGS[@]}" --worker="$1" \
    --command="$2"
}
