#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a NEW database, which it creates; it never overwrites one.
# Triggers are held off while rows load, so signed notes and the audit chain come back exactly as they were
# (this needs the database owner or a superuser). Connection from PGHOST, PGPORT, PGUSER, PGPASSWORD.
# Usage: scripts/restore.sh FILE NEW_DATABASE
set -euo pipefail
file="${1:?Usage: scripts/restore.sh FILE NEW_DATABASE}"
db="${2:?Usage: scripts/restore.sh FILE NEW_DATABASE}"
createdb "$db"
pg_restore --dbname="$db" --disable-triggers --no-owner --exit-on-error "$file"
echo "Restored $file into $db. Point SPRING_DATASOURCE_URL at it to use it."
