#!/bin/sh
# Runs once, on the database container's first start (docker-entrypoint-initdb.d), as the superuser: creates the
# owner that Flyway migrates as and the application's login, which owns nothing. See attune-roles.sql.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v db_name="$POSTGRES_DB" \
  -v owner_user="$ATTUNE_DB_OWNER_USER" -v owner_password="$ATTUNE_DB_OWNER_PASSWORD" \
  -v app_user="$ATTUNE_DB_APP_USER" -v app_password="$ATTUNE_DB_APP_PASSWORD" \
  -f /attune/attune-roles.sql
