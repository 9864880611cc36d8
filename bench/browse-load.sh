#!/bin/bash
# Median and p90 response time of the reader's pages, 21 requests each after two warm-ups, against a running app:
#   dotnet run -c Release --project src/PeaceTalksTracker -- --urls http://127.0.0.1:5055   (over a big store)
#   bench/browse-load.sh [base-url] [path...]
base=${1:-http://127.0.0.1:5055}
shift
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=("/" "/?stakeholder=united-states" "/?stakeholder=russia" "/?stakeholder=united-states&theme=economy-sanctions&sort=title"
         "/?stakeholder=united-states&page=300" "/stakeholders" "/stakeholders/united-states" "/themes/economy-sanctions"
         "/coverage?stakeholder=united-states")
fi
for path in "${paths[@]}"; do
  curl -s -o /dev/null "$base$path"; curl -s -o /dev/null "$base$path"
  for i in $(seq 1 21); do curl -s -o /dev/null -w '%{time_total}\n' "$base$path"; done | sort -n |
    awk -v p="$path" '{a[NR]=$1} END {printf "%-70s median %4.0f ms  p90 %4.0f ms\n", p, a[11]*1000, a[19]*1000}'
done
