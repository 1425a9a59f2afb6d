#!/bin/sh
# The streaming replica: on first start it copies the primary (pg_basebackup, with standby.signal and the
# connection written by -R), then runs as a hot standby that follows the primary's WAL and serves the hubs' public
# reads (hot_standby_feedback: the primary keeps the rows those reads need, so vacuum does not cancel them).
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db -U "$POSTGRES_USER"; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h db -U replicator -D "$PGDATA" -R -X stream -S replica_1 -C
  chmod 0700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on
