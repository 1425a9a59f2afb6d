#!/usr/bin/env bash
# `npm run test:dates`: the jest suite again under libfaketime (Debian package faketime), so that no test depends
# on the day it runs: once five years ahead, once from 23:58 on 31 December in China, across the new year.
# Test hubs run on a fixed clock of their own; what could still read the wall clock is caught here.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v faketime >/dev/null; then
  echo "test:dates needs libfaketime: apt-get install -y faketime" >&2
  exit 1
fi
# The embedded PostgreSQL needs a real monotonic clock for its timeouts.
export FAKETIME_DONT_FAKE_MONOTONIC=1
ahead=$(date -u -d '+5 years' '+%Y-%m-%d %H:%M:%S')
echo "test:dates: the suite at $ahead UTC"
TZ=UTC faketime -f "@$ahead" npx jest --ci
new_year="$(TZ=Asia/Shanghai date '+%Y')-12-31 23:58:00"
echo "test:dates: the suite from $new_year Asia/Shanghai"
TZ=Asia/Shanghai faketime -f "@$new_year" npx jest --ci
