#!/usr/bin/env bash
# Where the test time goes, from the .trx files etc/test.sh leaves behind:
# wall time and summed test time per test project, then the slowest classes
# and the slowest tests.
#
#   etc/test-times.sh                      # .test-services/results, top 15
#   etc/test-times.sh DIR 30               # another results directory, top 30
#
# A class's time is the sum of its tests' durations (xunit runs a class's tests
# one after another); a project's wall time runs from its first test's start to
# its last test's end, so it includes the fixtures' start-up (app, database).
# Collections of one assembly run in parallel, so summed time can exceed wall time.
set -eu # no pipefail: "grep | head" ends grep early on purpose

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$REPO/.test-services/results}"
TOP="${2:-15}"

shopt -s nullglob
files=("$DIR"/*.trx)
if ((${#files[@]} == 0)); then
  echo "test-times.sh: no .trx files in $DIR (run etc/test.sh first)" >&2
  exit 1
fi

# The test assembly's name, from a test method's codeBase (storage paths are lower case).
project_of() { grep -o -m 1 'codeBase="[^"]*"' "$1" | head -n 1 | sed 's/.*\///; s/\.dll"$//'; }

# One line per test result: seconds <TAB> project <TAB> class <TAB> test (theory arguments kept).
results() {
  local f project
  for f in "${files[@]}"; do
    project="$(project_of "$f")"
    grep -o '<UnitTestResult [^>]*>' "$f" | awk -v project="$project" '
      function attr(name,   m) {
        if (match($0, " " name "=\"[^\"]*\"")) { m = substr($0, RSTART, RLENGTH); sub(/^[^"]*"/, "", m); sub(/"$/, "", m); return m }
        return ""
      }
      {
        name = attr("testName"); gsub(/&quot;/, "\"", name); gsub(/&amp;/, "\\&", name)
        split(attr("duration"), t, ":"); seconds = t[1] * 3600 + t[2] * 60 + t[3]
        method = name; args = ""
        if ((p = index(method, "(")) > 0) { args = substr(method, p); method = substr(method, 1, p - 1) }
        n = split(method, part, "."); class = part[n - 1]
        printf "%.3f\t%s\t%s\t%s%s\n", seconds, project, class, part[n], args
      }'
  done
}

ALL="$(results)"

to_epoch() { date -d "$1" +%s.%N; }

echo "== Test projects: wall time (first test start to last test end) and summed test time"
printf '%-40s %6s %9s %9s\n' project tests wall_s summed_s
for f in "${files[@]}"; do
  project="$(project_of "$f")"
  starts="$(grep -o ' startTime="[^"]*"' "$f" | sed 's/.*="\(.*\)"/\1/' | sort | head -n 1)"
  ends="$(grep -o ' endTime="[^"]*"' "$f" | sed 's/.*="\(.*\)"/\1/' | sort | tail -n 1)"
  wall="?"
  if [[ -n "$starts" && -n "$ends" ]]; then
    wall="$(awk -v a="$(to_epoch "$starts")" -v b="$(to_epoch "$ends")" 'BEGIN { printf "%.1f", b - a }')"
  fi
  awk -F'\t' -v p="$project" -v wall="$wall" '$2 == p { n++; s += $1 } END { printf "%-40s %6d %9s %9.1f\n", p, n, wall, s }' <<<"$ALL"
done
awk -F'\t' '{ n++; s += $1 } END { printf "%-40s %6d %9s %9.1f\n", "(all)", n, "", s }' <<<"$ALL"

echo
echo "== Slowest $TOP classes (summed test time)"
printf '%9s %5s  %s\n' seconds tests class
awk -F'\t' '{ s[$2 "\t" $3] += $1; n[$2 "\t" $3]++ } END { for (k in s) { split(k, x, "\t"); printf "%9.1f %5d  %s (%s)\n", s[k], n[k], x[2], x[1] } }' <<<"$ALL" \
  | sort -rn | head -n "$TOP"

echo
echo "== Slowest $TOP tests"
printf '%9s  %s\n' seconds test
awk -F'\t' '{ printf "%9.1f  %s.%s\n", $1, $3, $4 }' <<<"$ALL" | sort -rn | head -n "$TOP"
