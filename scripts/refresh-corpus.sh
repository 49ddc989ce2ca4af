#!/usr/bin/env bash
# Refreshes corpus/ (the evaluation sets that ship with the code) from the annotators' copy.
#   scripts/refresh-corpus.sh [SOURCE_DIR]     SOURCE_DIR defaults to ../shared/corpus beside the repository
# Copies FORMAT.md, seed/, dev/en/ and dev/ru/ over corpus/, removing cases the source no longer has;
# corpus/floors.json (the accuracy floors) is left alone. Run `npm test` afterwards: the floors test says whether
# the new gold moved any score below its floor.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="${1:-$root/../shared/corpus}"
if [[ ! -f "$source_dir/FORMAT.md" ]]; then
  echo "refresh-corpus: $source_dir: no FORMAT.md there (pass the corpus directory)" >&2
  exit 1
fi
for set in seed dev/en dev/ru; do
  if [[ ! -d "$source_dir/$set" ]]; then
    echo "refresh-corpus: $source_dir/$set: no such directory" >&2
    exit 1
  fi
  rm -rf "${root:?}/corpus/$set"
  mkdir -p "$root/corpus/$set"
  cp "$source_dir/$set"/*.txt "$source_dir/$set"/*.gold.json "$root/corpus/$set/"
  chmod u+w "$root/corpus/$set"/*
done
cp "$source_dir/FORMAT.md" "$root/corpus/FORMAT.md"
chmod u+w "$root/corpus/FORMAT.md"
echo "refresh-corpus: corpus/ now holds $(ls "$root"/corpus/{seed,dev/en,dev/ru}/*.gold.json | wc -l) cases from $source_dir"
