-- The roles Attune connects as, made once by the superuser on an empty database. docker-compose.yml runs this file
-- through 10-attune-roles.sh on the database container's first start; DatabaseRolesTest runs it the same way.
-- psql variables (psql -v name=value):
--   db_name                        the database
--   owner_user, owner_password     owns the database and its tables; Flyway migrates as this role
--   app_user, app_password         the application's login; a member of attune_app, it owns nothing
\set ON_ERROR_STOP on

-- Roles belong to the whole server: attune_app may exist already (Flyway's V009 also creates it when missing).
select 'create role attune_app nologin' where not exists (select 1 from pg_roles where rolname = 'attune_app')
\gexec
select format('create role %I login password %L', :'owner_user', :'owner_password')
\gexec
select format('create role %I login password %L in role attune_app', :'app_user', :'app_password')
\gexec

-- The owner owns the database (and so, from PostgreSQL 15, its public schema) and may create trusted extensions.
select format('alter database %I owner to %I', :'db_name', :'owner_user')
\gexec
select format('grant connect, temporary on database %I to attune_app', :'db_name')
\gexec
-- Nobody else creates tables in public (PostgreSQL before 15 lets everyone); what attune_app may do to the tables
-- is granted by the migrations (V009), table by table.
revoke create on schema public from public;
select format('alter schema public owner to %I', :'owner_user')
\gexec
