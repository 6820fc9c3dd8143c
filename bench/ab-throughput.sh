#!/usr/bin/env bash
# Throughput of two builds side by side (issue 16): both jars run at once against one PostgreSQL, each warmed up for
# 30 s, then wrk -t2 -c8 -d20s on each in turn, ROUNDS times, so that a change in the machine's load falls on both.
# The jars use the JVM flags of the README's run command and log in as the dispatcher.
#
#   bench/ab-throughput.sh BEFORE.jar AFTER.jar [URL_PATH]
#
# The database: SPRING_DATASOURCE_URL (default jdbc:postgresql://localhost:5498/postgres, user postgres), for example
# the million-job data dir kept by -Dcrewdesk.bench.data-dir, served by the embedded PostgreSQL's own binaries:
#   pg_ctl -D /tmp/bench-pg -o '-p 5498 -k /tmp -c shared_buffers=512MB -c synchronous_commit=off' start
# A before build that does not know the newer migrations still starts (Flyway ignores future ones).
# URL_PATH defaults to /jobs?status=Scheduled (the full page); set HX=1 for the results fragment. Needs wrk and curl.
set -euo pipefail

BEFORE=$1
AFTER=$2
URL_PATH=${3:-/jobs?status=Scheduled}
ROUNDS=${ROUNDS:-3}
DB_URL=${SPRING_DATASOURCE_URL:-jdbc:postgresql://localhost:5498/postgres}
JVM_OPTIONS=${JVM_OPTIONS:-$(sed -n 's:.*<crewdesk.jvm.options>\(.*\)</crewdesk.jvm.options>.*:\1:p' "$(dirname "$0")/../pom.xml")}
HEADERS=()
[ -n "${HX:-}" ] && HEADERS=(-H "HX-Request: true")

start() {
	# shellcheck disable=SC2086
	java $JVM_OPTIONS -jar "$1" --server.port="$2" --spring.datasource.url="$DB_URL" \
		--spring.datasource.username="${SPRING_DATASOURCE_USERNAME:-postgres}" \
		--spring.datasource.password="${SPRING_DATASOURCE_PASSWORD:-}" --crewdesk.demo.enabled=false \
		> "/tmp/crewdesk-ab-$2.log" 2>&1 &
	echo $!
}

login() {
	local jar=/tmp/crewdesk-ab-cookies-$1 token
	until curl -s -o /dev/null "http://localhost:$1/login"; do sleep 0.5; done
	rm -f "$jar"
	token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
	curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=dispatch@acme.test" \
		--data-urlencode "password=dispatch" --data-urlencode "_csrf=$token" "http://localhost:$1/login"
	awk '/SESSION/ {print $7}' "$jar"
}

rps() {
	wrk -t2 -c8 -d"$3" -H "Cookie: SESSION=$2" "${HEADERS[@]}" "http://localhost:$1$URL_PATH" | awk '/Requests\/sec/ {print $2}'
}

PID_BEFORE=$(start "$BEFORE" 18480)
PID_AFTER=$(start "$AFTER" 18481)
trap 'kill $PID_BEFORE $PID_AFTER 2> /dev/null || true' EXIT
SESSION_BEFORE=$(login 18480)
SESSION_AFTER=$(login 18481)
rps 18480 "$SESSION_BEFORE" 30s > /dev/null
rps 18481 "$SESSION_AFTER" 30s > /dev/null
for round in $(seq "$ROUNDS"); do
	before=$(rps 18480 "$SESSION_BEFORE" 20s)
	after=$(rps 18481 "$SESSION_AFTER" 20s)
	echo "round $round: before $before req/s, after $after req/s (load $(cut -d' ' -f1 /proc/loadavg))"
done
