#!/usr/bin/env bash
# Start-up time of the toolkit command against a hello-world jar on the same machine (issue 15 §5).
#
#   toolkit-benchmarks/startup.sh [FILE]        # N=20 by default; N=50 toolkit-benchmarks/startup.sh
#
# Runs `toolkit-cli/target/toolkit/bin/toolkit validate FILE` and `java -jar hello.jar` N times
# each, interleaved (so a busy spell of the machine hits both alike), after one unmeasured run of
# each, and prints the median wall time of each, their spread (min–max) and the ratio of medians.
# FILE defaults to a small, valid intervention in JSON written to target/startup/. The hello-world
# jar is compiled there on first use, with the same java the launcher runs (JAVA_HOME, else PATH).
# Needs the distribution: ./mvnw -q -DskipTests package (or verify) first. Goal: ratio at most 4.
set -euo pipefail

here=$(cd -P -- "$(dirname -- "$0")" && pwd -P)
root=$(dirname -- "$here")
launcher=${LAUNCHER:-$root/toolkit-cli/target/toolkit/bin/toolkit}
runs=${N:-20}
work=$here/target/startup
mkdir -p "$work"

if [ ! -x "$launcher" ]; then
  echo "startup.sh: no launcher at $launcher; build it first: ./mvnw -q -DskipTests package" >&2
  exit 2
fi
if [ -n "${JAVA_HOME:-}" ]; then bin=$JAVA_HOME/bin/; else bin=; fi

hello=$work/hello.jar
if [ ! -f "$hello" ]; then
  mkdir -p "$work/hello"
  cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
JAVA
  "${bin}javac" -d "$work/hello" "$work/hello/Hello.java"
  "${bin}jar" --create --file "$hello" --main-class Hello -C "$work/hello" Hello.class
fi

file=${1:-$work/street-football.json}
if [ $# -eq 0 ]; then
  cat > "$file" <<'JSON'
{
  "formatVersion": 1,
  "id": "street-football",
  "title": "Street football",
  "summary": "Evening football sessions run by youth workers.",
  "impact": { "band": "moderate", "estimate": 12 },
  "evidence": 3,
  "cost": 2,
  "preventionTypes": ["secondary"],
  "settings": ["community"],
  "whatIsIt": "Youth workers run football sessions in the evening.",
  "effectiveness": "A made-up document, for timing only.",
  "evidenceSecurity": "A made-up document, for timing only."
}
JSON
fi

# Wall time of one run in milliseconds (GNU date's nanoseconds); its output is thrown away, and
# a failure of the command stops the script, since its time would mean nothing.
ms() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || { echo "startup.sh: failed: $*" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }

ms "$launcher" validate "$file" > /dev/null
ms "${bin}java" -jar "$hello" > /dev/null
toolkit_times=()
hello_times=()
for ((i = 0; i < runs; i++)); do
  toolkit_times+=("$(ms "$launcher" validate "$file")")
  hello_times+=("$(ms "${bin}java" -jar "$hello")")
done

toolkit_median=$(printf '%s\n' "${toolkit_times[@]}" | median)
hello_median=$(printf '%s\n' "${hello_times[@]}" | median)
printf 'runs each:                 %d (interleaved, after one unmeasured run)\n' "$runs"
printf 'bin/toolkit validate FILE: median %s ms (%s ms)\n' "$toolkit_median" \
  "$(printf '%s\n' "${toolkit_times[@]}" | spread)"
printf 'java -jar hello.jar:       median %s ms (%s ms)\n' "$hello_median" \
  "$(printf '%s\n' "${hello_times[@]}" | spread)"
awk -v t="$toolkit_median" -v h="$hello_median" \
  'BEGIN { printf "ratio of medians:          %.1f× (goal: at most 4×)\n", t / h }'
