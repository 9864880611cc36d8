#!/usr/bin/env bash
# Load test, run by hand (not by CI): builds a store of ~100,000 articles from the Reuters-21578 corpus (imported five
# times under different folder names, through the app's own `import` command), serves it in Release mode on
# 127.0.0.1, and drives the list, article, search and compare pages with wrk, printing per page: requests/s,
# p50/p99 latency, non-2xx responses and socket errors. Loopback traffic only. Record the figures in docs/benchmarks.md.
#
# In the same run it measures the floor: a static file from the same server (wrk, same settings) and the search page's
# ranking-and-facets statement run directly in sqlite3 on the same store; each page is printed as a ratio to them.
# Requests carry `Accept-Encoding: br, gzip`, as a browser's do. Pages are cached by the app (PageCache:*), keyed by the
# store's version; --no-page-cache serves every request fresh, to see what the cache is worth. The search page's per-address
# rate limit (Search:RateLimit, 300 a minute) is lifted for the run: wrk is one address, and otherwise the search row
# would time the 429 page, not a search.
#
# Usage: bench/load.sh [--copies N] [--duration 30s] [--connections 64] [--threads 2] [--rebuild-store] [--no-page-cache]
#   --copies N        how many times the corpus is imported (1 = the 21,578 stories, the issue 14 targets; 5 ≈ 108,000)
#   --sample N        only the first N stories of each copy (a quick check of the script itself)
#   --rebuild-store   import again even if a finished store for N copies is already in the work folder
# Environment: PTT_LOAD_DIR (default /tmp/ptt-load) holds the extracted corpus, the store and the logs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${PTT_LOAD_DIR:-/tmp/ptt-load}"
COPIES=1
PAGE_CACHE=true
DURATION=30s
CONNECTIONS=64
THREADS=2
REBUILD=0
SAMPLE=0
IMPORT_TIMEOUT=5400   # seconds; the whole import of N copies must finish within this
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) COPIES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --sample) SAMPLE="$2"; shift 2 ;;
    --rebuild-store) REBUILD=1; shift ;;
    --no-page-cache) PAGE_CACHE=false; shift ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

CORPUS="$ROOT/../shared/corpora/reuters21578.tar.gz"
[ -f "$CORPUS" ] || { echo "The Reuters corpus is not at $CORPUS" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: sudo apt-get install curl" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: sudo apt-get install sqlite3" >&2; exit 1; }
mkdir -p "$WORK"

echo "== Machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu:     $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "memory:  $(free -g | awk '/^Mem:/ {print $2 " GB"}')"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min averages before the run)"

echo "== Building the app in Release"
dotnet build "$ROOT/src/PeaceTalksTracker" -c Release -nologo -v quiet -clp:ErrorsOnly
APP_DLL="$ROOT/src/PeaceTalksTracker/bin/Release/net10.0/PeaceTalksTracker.dll"

STORE_NAME="store-$COPIES$([ "$SAMPLE" -gt 0 ] && echo "-sample$SAMPLE" || true)"
DB="$WORK/$STORE_NAME.db"
IMPORT_NOTE="$WORK/$STORE_NAME.import"
if [ "$REBUILD" = 1 ] || [ ! -f "$IMPORT_NOTE" ]; then
  echo "== Building a store from $COPIES copies of the corpus"
  rm -f "$DB" "$DB-wal" "$DB-shm" "$IMPORT_NOTE"
  rm -rf "$WORK/corpus" "$WORK/extract"
  mkdir -p "$WORK/extract" "$WORK/corpus"
  tar xzf "$CORPUS" -C "$WORK/extract"
  if [ "$SAMPLE" -gt 0 ]; then
    find "$WORK/extract/articles" -name '*.txt' | sort | tail -n +"$((SAMPLE + 1))" | xargs rm -f
  fi
  for i in $(seq 1 "$COPIES"); do
    # Hard links: five names for the same files, no extra disk. Each folder name makes a distinct SourcePath.
    cp -al "$WORK/extract/articles" "$WORK/corpus/copy-$i"
  done
  files=$(find "$WORK/corpus" -name '*.txt' | wc -l)
  echo "importing $files files (through the app's import command, in batches)..."
  started=$(date +%s.%N)
  ( cd "$WORK" && timeout "$IMPORT_TIMEOUT" dotnet "$APP_DLL" import "$WORK/corpus" \
      --ConnectionStrings:PeaceTalks "Data Source=$DB" --Cleaning:DetectDuplicates false \
      --Serilog:MinimumLevel:Default Warning > "$WORK/import.log" 2>&1 ) || {
    echo "the import failed or ran over ${IMPORT_TIMEOUT}s; see $WORK/import.log" >&2; tail -5 "$WORK/import.log" >&2; exit 1; }
  ended=$(date +%s.%N)
  summary=$(grep -E '^[0-9]+ imported' "$WORK/import.log" | tail -1)
  imported=$(echo "$summary" | cut -d' ' -f1)
  seconds=$(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.1f", b - a}')
  rate=$(awk -v n="$imported" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')
  echo "files=$files imported=$imported seconds=$seconds rate=$rate summary=\"$summary\"" > "$IMPORT_NOTE"
fi
echo "import:  $(cat "$IMPORT_NOTE")"
echo "store:   $(du -h "$DB" | cut -f1) at $DB"

PORT=$(( 20000 + RANDOM % 20000 ))
BASE="http://127.0.0.1:$PORT"
echo "== Serving on $BASE (Release, request logging off, page cache $PAGE_CACHE)"
( cd "$WORK" && exec dotnet "$APP_DLL" --urls "$BASE" --ConnectionStrings:PeaceTalks "Data Source=$DB" \
    --Import:ImportSeedsOnStart false --PageCache:Enabled "$PAGE_CACHE" --Serilog:MinimumLevel:Default Warning \
    --Search:RateLimit:PermitLimit 1000000000 > "$WORK/app.log" 2>&1 ) &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null --max-time 2 "$BASE/favicon.svg"; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; see $WORK/app.log" >&2; tail -5 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

# Two article slugs from the filtered list (the list page, not the unpaged API, so this works at any size).
LIST_PATH="/?stakeholder=russia"
SLUGS=$(curl -s --max-time 120 "$BASE$LIST_PATH" | grep -o 'href="/articles/[^"#?]*"' | head -2 | sed 's|href="/articles/||; s|"$||' || true)
if [ "$(echo "$SLUGS" | grep -c .)" -lt 2 ]; then
  SLUGS=$(curl -s --max-time 120 "$BASE/" | grep -o 'href="/articles/[^"#?]*"' | head -2 | sed 's|href="/articles/||; s|"$||' || true)
fi
SLUG_A=$(echo "$SLUGS" | sed -n 1p)
SLUG_B=$(echo "$SLUGS" | sed -n 2p)

declare -a NAMES=("static file (floor)" "list (stakeholder filter)" "article" "search (two words)" "compare")
declare -a PATHS=("/css/site.css" "$LIST_PATH" "/articles/$SLUG_A" "/search?q=oil+prices" "/compare?a=$SLUG_A&b=$SLUG_B")
RESULTS="$WORK/results.md"
{
  echo "| page | path | requests/s | × static | p50 | p99 | time-outs | non-2xx | socket errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} > "$RESULTS"

STATIC_RPS=""
for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}"; path="${PATHS[$i]}"
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$BASE$path" || echo 000)
  if [ "$status" != 200 ]; then
    echo "== $name: $path answers $status; not yet measured"
    echo "| $name | \`$path\` | not yet measured (answers $status) | | | | | | |" >> "$RESULTS"
    continue
  fi
  echo "== $name: $path ($CONNECTIONS connections, $DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H 'Accept-Encoding: br, gzip' "$BASE$path" > /dev/null 2>&1 || true   # warm-up: JIT, caches
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H 'Accept-Encoding: br, gzip' "$BASE$path")
  echo "$out" | sed 's/^/    /'
  rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk -F': ' '/Non-2xx or 3xx responses/ {print $2}')
  sockets=$(echo "$out" | sed -n 's/.*Socket errors: //p')
  timeouts=$(echo "$out" | sed -n 's/.*timeout \([0-9]*\).*/\1/p')
  completed=$(echo "$out" | awk '/requests in/ {print $1}')
  [ -z "$STATIC_RPS" ] && STATIC_RPS="$rps"
  ratio=$(awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN {if (b > 0) printf "%.2f", a / b}')
  if [ "${completed:-0}" = 0 ]; then
    # wrk prints no latency when nothing completed; say so rather than print zeros.
    echo "| $name | \`$path\` | 0 (no request completed within wrk's 10 s timeout) | | | | | | ${sockets:-none} |" >> "$RESULTS"
    continue
  fi
  echo "| $name | \`$path\` | $rps | $ratio | $p50 | $p99 | ${timeouts:-0} | ${non2xx:-0} | ${sockets:-none} |" >> "$RESULTS"
done

# The floor for search: the page's ranking, totals and facets statement (Search/SearchService.cs, the page of 20 for
# "oil prices") run directly in sqlite3 on the same store, 20 times; the median wall time.
FLOOR_SQL="$WORK/search-floor.sql"
{
  echo ".timer on"
  echo "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;"
  for _ in $(seq 1 20); do cat <<'SQL'
WITH hits AS MATERIALIZED (
  SELECT p."ArticleId" AS ArticleId, s.Id AS ParagraphId, p."Index" AS ParagraphIndex, s.Score, s.BodyScore
  FROM (SELECT rowid AS Id, bm25(ParagraphSearch, 10.0, 4.0, 1.0) AS Score, bm25(ParagraphSearch, 0.0, 4.0, 1.0) AS BodyScore
        FROM ParagraphSearch WHERE ParagraphSearch MATCH '"oil" "prices"' ORDER BY rowid DESC LIMIT 20000) s
  CROSS JOIN "Paragraphs" p ON p."Id" = s.Id),
arts AS MATERIALIZED (
  SELECT g.ArticleId, g.ParagraphId, g.Score, g.Matches, a."PublishedOn" AS PublishedOn, a."Outlet" AS Outlet
  FROM (SELECT ArticleId, ParagraphId, min(Score) AS Score, count(*) AS Matches FROM hits GROUP BY ArticleId) g
  JOIN "Articles" a ON a."Id" = g.ArticleId),
page AS MATERIALIZED (SELECT ArticleId, ParagraphId, Matches FROM arts ORDER BY Score, ArticleId LIMIT 20)
SELECT count(*) FROM (
  SELECT 'h', ArticleId FROM page
  UNION ALL SELECT 'n', count(*) FROM arts
  UNION ALL SELECT x."StakeholderId", count(*) FROM arts CROSS JOIN "ArticleStakeholders" x ON x."ArticleId" = arts.ArticleId GROUP BY x."StakeholderId"
  UNION ALL SELECT x."ThemeId", count(*) FROM arts CROSS JOIN "ArticleThemes" x ON x."ArticleId" = arts.ArticleId GROUP BY x."ThemeId"
  UNION ALL SELECT Outlet, count(*) FROM arts WHERE Outlet IS NOT NULL GROUP BY Outlet
  UNION ALL SELECT 'x', h.ArticleId FROM hits h JOIN page ON page.ArticleId = h.ArticleId);
SQL
  done
} > "$FLOOR_SQL"
FLOOR_MS=$(sqlite3 "$DB" < "$FLOOR_SQL" | awk '/^Run Time/ && NR > 3 {print $4 * 1000}' | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)]}')
SEARCH_RPS=$(awk -F'|' '/search \(two words\)/ {gsub(/ /, "", $4); print $4}' "$RESULTS")
echo "" >> "$RESULTS"
echo "Search floor: the ranking and facets statement alone in sqlite3, median $FLOOR_MS ms (at most $(awk -v m="$FLOOR_MS" 'BEGIN {if (m > 0) printf "%.0f", 1000 / m}') per second on one core); the search page: $SEARCH_RPS requests/s at $CONNECTIONS connections, page cache $PAGE_CACHE." >> "$RESULTS"

echo "== App memory after the runs: $(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f MB", $1/1024}')"
echo "== Results (also in $RESULTS)"
cat "$RESULTS"
