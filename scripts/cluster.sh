#!/usr/bin/env bash
# Two Attune instances behind HAProxy on this machine, without Docker: Debian's haproxy package, two java processes
# and the local PostgreSQL (decision 019). The same set-up as docker-compose.cluster.yml.
#
#   scripts/cluster.sh start      build the jar if needed, start app1 and app2 (one after the other), then HAProxy
#   scripts/cluster.sh status     each instance's readiness, and HAProxy's view of them
#   scripts/cluster.sh roll       a rolling restart: drain, stop and start each instance in turn, nobody dropped
#   scripts/cluster.sh kill N     kill -9 instance N (app1 or app2), as a crash would
#   scripts/cluster.sh restart N  start instance N again after a kill
#   scripts/cluster.sh stop       stop HAProxy and both instances, gracefully
#
# Settings (environment): ATTUNE_CLUSTER_PORT (HAProxy, default 8080), ATTUNE_CLUSTER_DB (database on
# 127.0.0.1:5432, default attune_cluster, created if missing), SPRING_PROFILES_ACTIVE (default demo; for prod, export
# the datasource, Flyway and admin settings the README lists, and they reach both instances).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${ATTUNE_CLUSTER_PORT:-8080}
db=${ATTUNE_CLUSTER_DB:-attune_cluster}
run=target/cluster
jar=frontend/target/attune.jar
mkdir -p "$run"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

app_port() { echo $((port + ${1#app})); }

ready() { curl -fs -o /dev/null "http://127.0.0.1:$(app_port "$1")/actuator/health/readiness"; }

wait_until() { # wait_until SECONDS DESCRIPTION COMMAND...: a state, polled; gives up after SECONDS
  local limit=$1 what=$2; shift 2
  for _ in $(seq 1 "$limit"); do "$@" && return 0; sleep 1; done
  echo "cluster: $what did not happen within ${limit}s" >&2; return 1
}

start_app() {
  local name=$1
  if [ -f "$run/$name.pid" ] && kill -0 "$(cat "$run/$name.pid")" 2>/dev/null; then return 0; fi
  SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-demo} \
  SPRING_DATASOURCE_URL=${SPRING_DATASOURCE_URL:-jdbc:postgresql://127.0.0.1:5432/$db} \
  SPRING_DATASOURCE_USERNAME=${SPRING_DATASOURCE_USERNAME:-postgres} \
  ATTUNE_NETWORK_TRUSTED_PROXIES=127.0.0.1 \
  ATTUNE_PUBLIC_URL=${ATTUNE_PUBLIC_URL:-http://localhost:$port} \
  PORT=$(app_port "$name") \
    nohup "$java" -jar "$jar" >"$run/$name.log" 2>&1 &
  echo $! >"$run/$name.pid"
  # One at a time: the first instance migrates the database (and loads the demo), the second finds it done.
  wait_until 180 "$name becoming ready (see $run/$name.log)" ready "$name"
  echo "cluster: $name ready on port $(app_port "$name")"
}

stop_app() { # graceful: readiness goes down, HAProxy drains it, requests in flight finish (decision 019)
  local name=$1 pid
  [ -f "$run/$name.pid" ] || return 0
  pid=$(cat "$run/$name.pid")
  if kill -TERM "$pid" 2>/dev/null; then
    wait_until 60 "$name stopping" bash -c "! kill -0 $pid 2>/dev/null"
  fi
  rm -f "$run/$name.pid"
}

haproxy_cmd() { echo "$1" | socat stdio "UNIX-CONNECT:$run/haproxy.sock" 2>/dev/null || true; }

# Whether HAProxy itself sends to the instance again (operational state 2), after its checks have seen it ready.
haproxy_up() { haproxy_cmd "show servers state instances" | awk -v n="$1" '$4 == n && $6 == 2 { found = 1 } END { exit !found }'; }

start_haproxy() {
  if [ -f "$run/haproxy.pid" ] && kill -0 "$(cat "$run/haproxy.pid")" 2>/dev/null; then return 0; fi
  HAPROXY_BIND=":$port" ATTUNE_APP1="127.0.0.1:$(app_port app1)" ATTUNE_APP2="127.0.0.1:$(app_port app2)" \
  HAPROXY_SOCKET="$PWD/$run/haproxy.sock" \
    haproxy -D -p "$run/haproxy.pid" -f deploy/haproxy/haproxy.cfg 2>>"$run/haproxy.log"
  wait_until 30 "HAProxy answering on port $port" curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"
  echo "cluster: HAProxy on http://localhost:$port"
}

case "${1:-}" in
  start)
    command -v haproxy >/dev/null || { echo "cluster: needs HAProxy (apt-get install haproxy)" >&2; exit 1; }
    [ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
    if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
      psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 \
        || createdb -h 127.0.0.1 -U postgres "$db"
    fi
    start_app app1
    start_app app2
    start_haproxy
    ;;
  status)
    for name in app1 app2; do
      if ready "$name" 2>/dev/null; then echo "$name: ready"; else echo "$name: not ready"; fi
    done
    haproxy_cmd "show servers state instances" | awk '$1 !~ /^#/ && NF > 6 { print "haproxy: " $4 " operational state " $6 " (2 = up), admin state " $7 " (0 = ready)" }'
    ;;
  roll)
    # One instance at a time: HAProxy stops sending it new sessions (drain), then it shuts down gracefully and starts
    # again on the jar as it is now; the other instance serves everyone meanwhile.
    for name in app1 app2; do
      haproxy_cmd "set server instances/$name state drain"
      stop_app "$name"
      start_app "$name"
      haproxy_cmd "set server instances/$name state ready"
      # Only once HAProxy sends to it again may the other instance go, or for a moment nobody would be served.
      wait_until 60 "HAProxy sending to $name again" haproxy_up "$name"
    done
    ;;
  kill)
    name=${2:?which instance: app1 or app2}
    kill -9 "$(cat "$run/$name.pid")"
    rm -f "$run/$name.pid"
    echo "cluster: $name killed"
    ;;
  restart)
    start_app "${2:?which instance: app1 or app2}"
    ;;
  stop)
    [ -f "$run/haproxy.pid" ] && kill "$(cat "$run/haproxy.pid")" 2>/dev/null || true
    rm -f "$run/haproxy.pid"
    stop_app app1
    stop_app app2
    ;;
  *)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
