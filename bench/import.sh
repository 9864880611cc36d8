#!/usr/bin/env bash
# Import benchmark, run by hand (not by CI). In one run: imports the Reuters-21578 corpus into an empty store through
# the app's own `import` command (Release), then copies exactly the rows it wrote into another empty store of the same
# schema with sqlite3 (`INSERT ... SELECT`, one transaction, the same indexes and full-text triggers), and prints both
# side by side with their ratio. Then it re-imports the unchanged corpus (nothing should be written) and prints that
# too, and last the same import with a ReadyToRun build of the app (compiled ahead, so the start and the first files
# do not wait for the JIT).
#
# Usage: bench/import.sh [--sample N] [--repeat R]
#   N: only the first N stories, to check the script itself
#   R: after the first pair, R-1 more imports and copies, alternating, each into a fresh store, and the median and range
#      of each and of their ratio pair by pair (this VM's speed drifts by up to ±20% over minutes: a pair run in the
#      same minute is the fairer ratio)
# Environment: PTT_IMPORT_DIR (default /tmp/ptt-import) holds the extracted corpus and the stores.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${PTT_IMPORT_DIR:-/tmp/ptt-import}"
SAMPLE=0
REPEAT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sample) SAMPLE="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

CORPUS="$ROOT/../shared/corpora/reuters21578.tar.gz"
if [ ! -f "$CORPUS" ]; then echo "skipped: the Reuters corpus is not at $CORPUS"; exit 0; fi
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }

echo "== Machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu:     $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min averages before the run)"

dotnet build "$ROOT/src/PeaceTalksTracker" -c Release -nologo -v quiet -clp:ErrorsOnly
APP_DLL="$ROOT/src/PeaceTalksTracker/bin/Release/net10.0/PeaceTalksTracker.dll"

rm -rf "$WORK"; mkdir -p "$WORK/extract"
tar xzf "$CORPUS" -C "$WORK/extract"
if [ "$SAMPLE" -gt 0 ]; then
  find "$WORK/extract/articles" -name '*.txt' | sort | tail -n +"$((SAMPLE + 1))" | xargs rm -f
fi
FILES=$(find "$WORK/extract/articles" -name '*.txt' | wc -l)
DB="$WORK/imported.db"
COPY="$WORK/copy.db"

now() { date +%s.%N; }
run_import() {
  ( cd "$WORK" && /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" dotnet "$APP_DLL" import "$WORK/extract/articles" \
      --ConnectionStrings:PeaceTalks "Data Source=$DB" --Serilog:MinimumLevel:Default Warning > "$WORK/import.log" 2>&1 ) \
    || { echo "the import failed; see $WORK/import.log" >&2; tail -5 "$WORK/import.log" >&2; exit 1; }
}

echo "== Importing $FILES files through the import command"
# The app's start (runtime, codebook) is timed separately, on an empty folder, so it can be told from the import itself.
mkdir -p "$WORK/empty"
( cd "$WORK" && /usr/bin/time -f "%e" -o "$WORK/start.txt" dotnet "$APP_DLL" import "$WORK/empty" \
    --ConnectionStrings:PeaceTalks "Data Source=$COPY" --Serilog:MinimumLevel:Default Warning > /dev/null 2>&1 )
# An empty store of the same schema, kept for the repeated copies.
sqlite3 "$COPY" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
cp "$COPY" "$WORK/empty-store.db"
run_import
read -r IMPORT_WALL IMPORT_USER IMPORT_SYS < "$WORK/time.txt"
START_WALL=$(cat "$WORK/start.txt")
SUMMARY=$(grep -E '^[0-9]+ imported' "$WORK/import.log" | tail -1)

echo "== Copying the same rows with sqlite3 (INSERT ... SELECT, one transaction)"
# $COPY was created by the app above with the same schema scripts (same columns in the same order, same triggers).
# Every table the import writes, duplicate-detection keys and remembered sources included.
TABLES="Articles Paragraphs Mentions ParagraphThemes Quotes ArticleStakeholders ArticleThemes CitedSources RemovedTexts ArticleFingerprints ArticleShingleBands ArticleSources"
SQL="ATTACH '$DB' AS src; BEGIN;"
for t in $TABLES; do SQL="$SQL INSERT INTO main.\"$t\" SELECT * FROM src.\"$t\";"; done
SQL="$SQL COMMIT;"
/usr/bin/time -f "%e %U %S" -o "$WORK/copy-time.txt" sqlite3 "$COPY" "PRAGMA journal_mode = WAL;" "$SQL" > /dev/null
read -r COPY_WALL COPY_USER COPY_SYS < "$WORK/copy-time.txt"
PAIRS="$IMPORT_WALL $COPY_WALL"
for ((r = 2; r <= REPEAT; r++)); do
  echo "== Pair $r of $REPEAT: the import into a fresh store, then the copy into a fresh store"
  rm -f "$WORK/again.db"*
  ( cd "$WORK" && /usr/bin/time -f "%e" -o "$WORK/again-time.txt" dotnet "$APP_DLL" import "$WORK/extract/articles" \
      --ConnectionStrings:PeaceTalks "Data Source=$WORK/again.db" --Serilog:MinimumLevel:Default Warning > "$WORK/again.log" 2>&1 ) \
    || { echo "the import failed; see $WORK/again.log" >&2; exit 1; }
  rm -f "$WORK/copy-again.db"*; cp "$WORK/empty-store.db" "$WORK/copy-again.db"
  /usr/bin/time -f "%e" -o "$WORK/copy-again-time.txt" sqlite3 "$WORK/copy-again.db" "PRAGMA journal_mode = WAL;" "$SQL" > /dev/null
  [ "$(sqlite3 "$WORK/copy-again.db" 'SELECT count(*) FROM ParagraphSearch')" = "$(sqlite3 "$WORK/again.db" 'SELECT count(*) FROM ParagraphSearch')" ] \
    || { echo "pair $r: the copy's full-text index does not match the import's" >&2; exit 1; }
  PAIRS="$PAIRS
$(cat "$WORK/again-time.txt") $(cat "$WORK/copy-again-time.txt")"
done
ROWS=0
for t in $TABLES; do ROWS=$((ROWS + $(sqlite3 "$DB" "SELECT count(*) FROM \"$t\""))); done
[ "$(sqlite3 "$COPY" 'SELECT count(*) FROM ParagraphSearch')" = "$(sqlite3 "$DB" 'SELECT count(*) FROM ParagraphSearch')" ] \
  || { echo "the copy's full-text index does not match the import's" >&2; exit 1; }

echo "== Re-importing the unchanged corpus"
run_import
read -r REIMPORT_WALL _ _ < "$WORK/time.txt"
RESUMMARY=$(grep -E '^[0-9]+ imported' "$WORK/import.log" | tail -1)

echo "== The same import with a ReadyToRun build (dotnet publish -p:PublishReadyToRun=true: no JIT at start)"
R2R_DIR="$WORK/r2r"
dotnet publish "$ROOT/src/PeaceTalksTracker" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$R2R_DIR" -nologo -v quiet -clp:ErrorsOnly > "$WORK/publish.log" 2>&1 || { echo "the ReadyToRun publish failed; see $WORK/publish.log" >&2; exit 1; }
rm -f "$WORK/r2r.db"*
( cd "$WORK" && /usr/bin/time -f "%e %U %S" -o "$WORK/r2r-time.txt" dotnet "$R2R_DIR/PeaceTalksTracker.dll" import "$WORK/extract/articles" \
    --ConnectionStrings:PeaceTalks "Data Source=$WORK/r2r.db" --Serilog:MinimumLevel:Default Warning > "$WORK/r2r.log" 2>&1 ) \
  || { echo "the ReadyToRun import failed; see $WORK/r2r.log" >&2; exit 1; }
read -r R2R_WALL R2R_USER R2R_SYS < "$WORK/r2r-time.txt"

echo "== Results"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (after the run)"
awk -v f="$FILES" -v rows="$ROWS" -v iw="$IMPORT_WALL" -v iu="$IMPORT_USER" -v is="$IMPORT_SYS" -v sw="$START_WALL" \
    -v cw="$COPY_WALL" -v cu="$COPY_USER" -v cs="$COPY_SYS" -v rw="$REIMPORT_WALL" -v s="$SUMMARY" -v rs="$RESUMMARY" \
    -v xw="$R2R_WALL" -v xu="$R2R_USER" -v xs="$R2R_SYS" 'BEGIN {
  net = iw - sw; if (net <= 0) net = iw
  printf "| what | wall s | files/s | note |\n| --- | ---: | ---: | --- |\n"
  printf "| import command, %d files | %.2f | %.0f | CPU user %.1f s + sys %.1f s; %s |\n", f, iw, f / iw, iu, is, s
  printf "| the same, less the app start on an empty folder (%.2f s) | %.2f | %.0f | |\n", sw, net, f / net
  printf "| sqlite3 INSERT...SELECT of the same %d rows | %.2f | %.0f | CPU user %.1f s + sys %.1f s; same schema, indexes and FTS triggers |\n", rows, cw, f / cw, cu, cs
  printf "| re-import, unchanged | %.2f | %.0f | %s |\n", rw, f / rw, rs
  printf "| import command, ReadyToRun build | %.2f | %.0f | CPU user %.1f s + sys %.1f s |\n", xw, f / xw, xu, xs
  printf "\nimport / sqlite3 copy: %.1fx wall (whole command), %.1fx wall (less start-up), %.1fx CPU (user + sys; the steadier figure on a loaded machine)\n", iw / cw, net / cw, (iu + is) / (cu + cs)
  printf "ReadyToRun build / sqlite3 copy: %.1fx wall, %.1fx CPU\n", xw / cw, (xu + xs) / (cu + cs)
}'
if [ "$REPEAT" -gt 1 ]; then
  echo
  echo "$PAIRS" | sort -n -k1 | awk -v n="$REPEAT" '{ imp[NR] = $1 } END { printf "%d imports (wall s), sorted: ", n; for (i = 1; i <= n; i++) printf "%s ", imp[i]; printf "; median %s\n", imp[int((n + 1) / 2)] }'
  echo "$PAIRS" | sort -n -k2 | awk -v n="$REPEAT" '{ cp[NR] = $2 } END { printf "%d copies (wall s), sorted: ", n; for (i = 1; i <= n; i++) printf "%s ", cp[i]; printf "; median %s\n", cp[int((n + 1) / 2)] }'
  echo "$PAIRS" | awk '{ printf "%.2f\n", $1 / $2 }' | sort -n | awk -v n="$REPEAT" '{ r[NR] = $1 } END { printf "import / copy, pair by pair, sorted: "; for (i = 1; i <= n; i++) printf "%sx ", r[i]; printf "; median %sx\n", r[int((n + 1) / 2)] }'
fi
