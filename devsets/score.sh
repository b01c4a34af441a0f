#!/usr/bin/env bash
# Score fazhi's extraction on the blind development sets with the independent scorer:
#   devsets/score.sh                 every set
#   devsets/score.sh devset7 -e      one set, with its errors (-e passes --show-errors)
set -euo pipefail
cd "$(dirname "$0")/.."
fazhi=${FAZHI:-.venv/bin/fazhi}
scorer=${SCORER:-../shared/score.py}
sets=() extra=()
for arg in "$@"; do
  case "$arg" in
    -e) extra+=(--show-errors) ;;
    *) sets+=("devsets/${arg#devsets/}") ;;
  esac
done
[ ${#sets[@]} -gt 0 ] || sets=(devsets/devset*/)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for set in "${sets[@]}"; do
  set=${set%/}
  "$fazhi" extract "$set/docs" --format jsonl > "$out" 2>/dev/null
  echo "== $(basename "$set")"
  python3 "$scorer" "$out" "$set/gold" "${extra[@]}"
done
