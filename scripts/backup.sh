#!/usr/bin/env bash
# Backs up Attune's database into one file: pg_dump's custom format, compressed, restorable with scripts/restore.sh.
# The connection comes from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD).
# Usage: scripts/backup.sh DATABASE [FILE]      (FILE defaults to attune-<UTC time>.dump)
set -euo pipefail
db="${1:?Usage: scripts/backup.sh DATABASE [FILE]}"
file="${2:-attune-$(date -u +%Y%m%dT%H%M%SZ).dump}"
# The dump holds health records: only its owner may read it.
umask 077
pg_dump --format=custom --compress=6 --no-owner --file="$file" "$db"
echo "Backed up $db to $file ($(du -h "$file" | cut -f1))"
