#!/usr/bin/env bash
# Start-up time of the toolkit command against a hello-world jar on the same machine (issue 15 §5).
#
#   toolkit-benchmarks/startup.sh [FILE]        # N=20 by default; N=50 toolkit-benchmarks/startup.sh
#
# Runs `toolkit-cli/target/toolkit/bin/toolkit validate FILE` and `java -jar hello.jar` N times
# each, interleaved (so a busy spell of the machine hits both alike), after one unmeasured run of
# each, and prints the median wall time of each, their spread (min–max) and the ratio of medians;
# then the same for CPU time (user + system), which a busy machine disturbs far less than wall
# time: when other processes hold the cores, both commands wait alike and the wall ratio shrinks.
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

# "wall cpu" of one run, in milliseconds (bash's time keyword; CPU is user + system, child
# processes included). Its output is thrown away, and a failure of the command stops the script,
# since its time would mean nothing.
measure() {
  local TIMEFORMAT='%R %U %S' times
  times=$( { time "$@" > /dev/null 2>&1 || echo "failed" >&2; } 2>&1 )
  case $times in
    *failed*) echo "startup.sh: failed: $*" >&2; exit 1 ;;
  esac
  awk -v t="$times" 'BEGIN { split(t, f, " "); printf "%d %d\n", f[1] * 1000, (f[2] + f[3]) * 1000 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }

measure "$launcher" validate "$file" > /dev/null
measure "${bin}java" -jar "$hello" > /dev/null
toolkit_times=()
hello_times=()
for ((i = 0; i < runs; i++)); do
  toolkit_times+=("$(measure "$launcher" validate "$file")")
  hello_times+=("$(measure "${bin}java" -jar "$hello")")
done

printf 'runs each: %d (interleaved, after one unmeasured run)\n' "$runs"
for column in 1 2; do
  if [ "$column" = 1 ]; then what=wall; else what=CPU; fi
  t=$(printf '%s\n' "${toolkit_times[@]}" | cut -d' ' -f"$column")
  h=$(printf '%s\n' "${hello_times[@]}" | cut -d' ' -f"$column")
  tm=$(median <<< "$t")
  hm=$(median <<< "$h")
  printf '%-4s bin/toolkit validate FILE: median %s ms (%s ms)\n' "$what" "$tm" "$(spread <<< "$t")"
  printf '%-4s java -jar hello.jar:       median %s ms (%s ms)\n' "$what" "$hm" "$(spread <<< "$h")"
  awk -v t="$tm" -v h="$hm" -v w="$what" \
    'BEGIN { printf "%-4s ratio of medians: %.1f× (goal: at most 4×)\n", w, t / h }'
done
