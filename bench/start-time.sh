#!/usr/bin/env bash
# Time to the first answer of `java -jar` on the embedded PostgreSQL with existing data (issue 16: <= 10 s on a
# 2-core machine), with the JVM flags of the README's run command, in three ways:
#   jar       java $JVM_OPTIONS -jar target/crewdesk-*.jar                  (the README's run command)
#   extracted the same jar extracted by Spring Boot's jar tools (java -Djarmode=tools -jar ... extract)
#   cds       the extracted jar with a class data sharing archive (-XX:SharedArchiveFile), made by one training run
#             that starts the application and exits when its context is refreshed (-Dspring.context.exit=onRefresh)
#   aot       the extracted jar with Java 25's ahead-of-time cache (-XX:AOTCache, JEP 483/514: classes loaded and
#             linked, and method profiles), made by the same kind of training run (-XX:AOTCacheOutput) with the java
#             of $AOT_JAVA (a Java 25 or newer; the way is skipped when it is not set)
# Each start is timed from the launch of java until GET /login answers 200 (wall time), and the JVM's CPU time
# until then (user + system, from /proc) is printed next to it: on a shared machine the wall time mostly measures
# the other processes, the CPU time much less so. Each way is run RUNS times; the minimum and median of both are
# printed with the load average. Builds nothing: build the jar first (./mvnw -q package -DskipTests) and start the
# application once on the data dir so that it holds data. The training run's JVM exits without stopping the
# embedded PostgreSQL it started (Spring halts it at onRefresh), so the script stops that PostgreSQL itself.
#
#   bench/start-time.sh [DATA_DIR] [RUNS]
#
# DATA_DIR defaults to $CREWDESK_DATA_DIR, else ./data/postgres. These can be set in the environment: WAYS (default
# "jar extracted cds", and aot when AOT_JAVA is set), AOT_JAVA, JAR, PORT, WORK_DIR (where the extracted jar and the archive go, default
# /tmp/crewdesk-start-time) and JVM_OPTIONS (default: pom.xml's crewdesk.jvm.options). Needs curl and bc.
set -euo pipefail

cd "$(dirname "$0")/.."
DATA_DIR=$(realpath "${1:-${CREWDESK_DATA_DIR:-./data/postgres}}")
RUNS=${2:-3}
JAR=$(realpath "${JAR:-$(ls target/crewdesk-*.jar | grep -v -- '-plain' | head -n 1)}")
PORT=${PORT:-18490}
WORK_DIR=${WORK_DIR:-/tmp/crewdesk-start-time}
AOT_JAVA=${AOT_JAVA:-}
WAYS=${WAYS:-jar extracted cds${AOT_JAVA:+ aot}}
JVM_OPTIONS=${JVM_OPTIONS:-$(sed -n 's:.*<crewdesk.jvm.options>\(.*\)</crewdesk.jvm.options>.*:\1:p' pom.xml)}
APP_ARGS=(--server.port="$PORT" --crewdesk.embedded.data-dir="$DATA_DIR")

[ -f "$DATA_DIR/PG_VERSION" ] || { echo "$DATA_DIR holds no database: start the application on it once" >&2; exit 1; }
if curl -s -o /dev/null "http://localhost:$PORT/login"; then
	echo "something already answers on port $PORT" >&2
	exit 1
fi
if [ -f "$DATA_DIR/postmaster.pid" ]; then
	echo "a PostgreSQL runs on $DATA_DIR: stop the application first" >&2
	exit 1
fi

load() {
	cut -d' ' -f1-3 /proc/loadavg
}

# Starts java with the given arguments, waits for GET /login to answer 200, prints the wall seconds and the
# JVM's CPU seconds until then, stops it.
first_answer() {
	local log=$1
	shift
	local started pid code
	started=$(date +%s.%N)
	# shellcheck disable=SC2086
	"${JAVA_BIN:-java}" $JVM_OPTIONS "$@" "${APP_ARGS[@]}" > "$log" 2>&1 &
	pid=$!
	until code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login") && [ "$code" = 200 ]; do
		if ! kill -0 "$pid" 2> /dev/null; then
			echo "java stopped before answering, see $log" >&2
			exit 1
		fi
		sleep 0.1
	done
	local wall ticks
	wall=$(echo "$(date +%s.%N) - $started" | bc)
	ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
	echo "$wall $(echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc)"
	kill "$pid"
	wait "$pid" 2> /dev/null || true
	postgres_stopped
}

# The next start waits until the last one's PostgreSQL has let go of the data dir.
postgres_stopped() {
	local i
	for ((i = 0; i < 300; i++)); do
		[ -f "$DATA_DIR/postmaster.pid" ] || return 0
		sleep 0.1
	done
	echo "PostgreSQL still holds $DATA_DIR (postmaster.pid)" >&2
	exit 1
}

# The minimum and the median of the numbers on standard input.
min_median() {
	sort -n | awk '{v[NR] = $1} END {printf "min %5.1f s, median %5.1f s", v[1], v[int((NR + 1) / 2)]}'
}

# Runs one way RUNS times; prints each figure and the minimum and median.
measure() {
	local name=$1
	shift
	local walls=() cpus=() figures i before
	for ((i = 1; i <= RUNS; i++)); do
		before=$(load)
		read -r -a figures <<< "$(first_answer "$WORK_DIR/$name-$i.log" "$@")"
		walls+=("${figures[0]}")
		cpus+=("${figures[1]}")
		printf '%-9s run %d: first answer after %5.1f s, JVM CPU %5.1f s   (load average before: %s)\n' \
			"$name" "$i" "${figures[0]}" "${figures[1]}" "$before"
	done
	printf '%-9s wall %s; JVM CPU %s (%d runs)\n' "$name" "$(printf '%s\n' "${walls[@]}" | min_median)" \
		"$(printf '%s\n' "${cpus[@]}" | min_median)" "$RUNS"
}

mkdir -p "$WORK_DIR"
rm -rf "$WORK_DIR/application"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK_DIR/application" > /dev/null
EXTRACTED="$WORK_DIR/application/$(basename "$JAR")"

echo "jar: $JAR; data: $DATA_DIR; JVM options: $JVM_OPTIONS"
echo "$(nproc) cores; load average $(load)"

# A training run: starts the application with the given java and options, exits once its context is refreshed and
# writes the archive or cache (the file named last) on exit.
train() {
	local java_bin=$1 what=$2 file=$3
	shift 3
	local started
	started=$(date +%s.%N)
	# shellcheck disable=SC2086
	"$java_bin" $JVM_OPTIONS "$@" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" "${APP_ARGS[@]}" \
		> "$WORK_DIR/training-$what.log" 2>&1 || true
	# The JVM exits at onRefresh without stopping the embedded PostgreSQL it started: stop that one (fast shutdown).
	if [ -f "$DATA_DIR/postmaster.pid" ]; then
		kill -INT "$(head -n 1 "$DATA_DIR/postmaster.pid")"
	fi
	postgres_stopped
	[ -f "$file" ] || { echo "no $what written, see $WORK_DIR/training-$what.log" >&2; exit 1; }
	printf 'training run (writes the %s, %s MB): %.1f s\n' "$what" "$(du -m "$file" | cut -f1)" \
		"$(echo "$(date +%s.%N) - $started" | bc)"
}

case " $WAYS " in
	*" cds "*) train java "CDS archive" "$WORK_DIR/application.jsa" -XX:ArchiveClassesAtExit="$WORK_DIR/application.jsa" ;;
esac
case " $WAYS " in
	*" aot "*)
		[ -n "$AOT_JAVA" ] || { echo "the way aot needs AOT_JAVA (a Java 25 or newer)" >&2; exit 1; }
		rm -f "$WORK_DIR/application.aot"
		train "$AOT_JAVA" "AOT cache" "$WORK_DIR/application.aot" -XX:AOTCacheOutput="$WORK_DIR/application.aot"
		;;
esac

for way in $WAYS; do
	case $way in
		jar) measure jar -jar "$JAR" ;;
		extracted) measure extracted -jar "$EXTRACTED" ;;
		cds) measure cds -XX:SharedArchiveFile="$WORK_DIR/application.jsa" -jar "$EXTRACTED" ;;
		aot) JAVA_BIN=$AOT_JAVA measure aot -XX:AOTCache="$WORK_DIR/application.aot" -jar "$EXTRACTED" ;;
		*) echo "unknown way $way" >&2 && exit 1 ;;
	esac
done
echo "load average at the end: $(load)"
