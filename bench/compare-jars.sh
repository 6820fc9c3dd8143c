#!/usr/bin/env bash
# Side-by-side load test of two builds of Crewdesk on one database (README "Benchmark", issue 16):
# for each jar, in one run: start it on the embedded PostgreSQL in DATA_DIR (existing data) with the JVM flags
# of the README's run command, time the first answer, log in as the dispatcher, warm up, then
#   wrk -t2 -c8 -d20s /jobs?status=Scheduled   (full page, logged in)
# and read the JVM's resident memory (VmRSS) after the warm-up and the run.
#
#   bench/compare-jars.sh BEFORE.jar AFTER.jar [DATA_DIR [AFTER_DATA_DIR]]
#
# Build BEFORE.jar from the commit to compare with, e.g.:
#   git archive 687b32a | tar -x -C /tmp/before && (cd /tmp/before && ./mvnw -q package -DskipTests)
# DATA_DIR defaults to /tmp/bench-pg (as kept by -Dcrewdesk.bench.data-dir; 1,000,000 jobs). When the after build
# has migrations the before build does not know (Flyway refuses to start on them), give the after build a copy of
# the same data as AFTER_DATA_DIR: it migrates its copy at its first start (not counted in the first answer then).
# Needs wrk (Debian package wrk) and curl.
set -euo pipefail

BEFORE=$1
AFTER=$2
DATA_DIR=${3:-/tmp/bench-pg}
AFTER_DATA_DIR=${4:-$DATA_DIR}
PORT=${PORT:-18480}
WARM_UP=${WARM_UP:-30s}
URL="http://localhost:$PORT/jobs?status=Scheduled"
# The JVM flags of ./mvnw spring-boot:run (pom.xml, crewdesk.jvm.options).
JVM_OPTIONS=${JVM_OPTIONS:-$(sed -n 's:.*<crewdesk.jvm.options>\(.*\)</crewdesk.jvm.options>.*:\1:p' "$(dirname "$0")/../pom.xml")}

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

rss_mb() {
	awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

login() {
	local jar=/tmp/crewdesk-compare-cookies
	rm -f "$jar"
	local token
	token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
	curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=dispatch@acme.test" \
		--data-urlencode "password=dispatch" --data-urlencode "_csrf=$token" "http://localhost:$PORT/login"
	awk '/SESSION/ {print $7}' "$jar"
}

measure() {
	local name=$1 jar=$2 data=$3
	local started pid first session rps
	started=$(date +%s.%N)
	# shellcheck disable=SC2086
	java $JVM_OPTIONS -jar "$jar" --server.port="$PORT" --crewdesk.embedded.data-dir="$data" \
		--crewdesk.demo.enabled=false > "/tmp/crewdesk-compare-$name.log" 2>&1 &
	pid=$!
	until curl -s -o /dev/null "http://localhost:$PORT/login"; do
		sleep 0.2
		kill -0 "$pid" 2> /dev/null || { echo "$name did not start, see /tmp/crewdesk-compare-$name.log" >&2; exit 1; }
	done
	first=$(echo "$(date +%s.%N) - $started" | bc)
	session=$(login)
	wrk -t2 -c8 -d"$WARM_UP" -H "Cookie: SESSION=$session" "$URL" > /dev/null
	local rss_warm
	rss_warm=$(rss_mb "$pid")
	rps=$(wrk -t2 -c8 -d20s -H "Cookie: SESSION=$session" "$URL" | tee "/tmp/crewdesk-compare-$name.wrk" \
		| awk '/Requests\/sec/ {print $2}')
	printf '%-8s first answer %6.1f s   wrk -t2 -c8 -d20s: %8s req/s   RSS after warm-up %4s MB, after the run %4s MB\n' \
		"$name" "$first" "$rps" "$rss_warm" "$(rss_mb "$pid")"
	kill "$pid"
	wait "$pid" || true
}

echo "JVM options: $JVM_OPTIONS; data: $DATA_DIR, $AFTER_DATA_DIR; load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure before "$BEFORE" "$DATA_DIR"
measure after "$AFTER" "$AFTER_DATA_DIR"
