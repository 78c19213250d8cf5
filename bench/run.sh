#!/usr/bin/env bash
# The site's benchmark, in one run on loopback: the published app against nginx serving the app's own bytes,
# start-up against an empty ASP.NET Core app, memory, a 5,000-article scale run, load, soak and a burst
# against the search rate limit. Writes docs/benchmarks.md from its own output.
#
#   bench/run.sh                      full run (about 40 minutes, 10 of them the soak); rewrites docs/benchmarks.md
#   bench/run.sh --quick              smoke run (a few minutes): every step, short and small; writes the report
#                                     to the work folder only
#   bench/run.sh --soak-seconds 120   full run with a shorter soak
#   bench/run.sh --keep               keep the work folder (published apps, captured bytes, raw wrk output)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
ARGS="$*"

QUICK=0 KEEP=0 SOAK_SECONDS=600
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --keep) KEEP=1 ;;
    --soak-seconds) SOAK_SECONDS="$2"; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--soak-seconds N] [--keep]" >&2; exit 2 ;;
  esac
  shift
done

if [ "$QUICK" = 1 ]; then
  WARMUP=1 DURATION=1 RUNS=2 LOAD_SECONDS=5 SOAK_SECONDS=10 SCALE_ARTICLES=100 SEARCH_ITERATIONS=10 STARTS=1 BURST_SECONDS=4
else
  WARMUP=5 DURATION=10 RUNS=3 LOAD_SECONDS=60 SCALE_ARTICLES=5000 SEARCH_ITERATIONS=200 STARTS=3 BURST_SECONDS=10
fi
SCALE_VERSIONS=3
CONNECTIONS=64        # per wrk run of the side-by-side table
LOAD_CONNECTIONS=256  # the load test (issue 7)
APP_CORE=0 CLIENT_CORE=1
ARTICLE=/articles/is-kratom-an-opioid
QUERY="is kratom an opioid"
RAISED_LIMITS=(RateLimits__Search__Burst=1000000 RateLimits__Search__PerSecond=1000000)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK=$(mktemp -d /tmp/kratomfacts-bench.XXXXXX)
chmod 755 "$WORK"  # nginx's worker runs as an unprivileged user and must read the captured pages
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "$KEEP" = 1 ] && echo "work folder kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "bench/run.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
say() { printf '\n== %s\n' "$*"; }
# Loopback ports nothing else on the machine listens on.
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    ss -ltnH "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b == 0 ? 0 : a / b) }'; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------------------------------------- tools
say "tools"
need() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ -z "${APT_UPDATED:-}" ] && { apt-get update -qq; APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need nginx nginx-light
need wrk wrk
need curl curl
need jq jq
need taskset util-linux
need ss iproute2
[ -x /usr/bin/time ] || need /usr/bin/time time
command -v dotnet >/dev/null || { echo "dotnet SDK not found" >&2; exit 1; }
NGINX=$(command -v nginx)
APP_PORT=$(free_port) NGINX_PORT=$(free_port) EMPTY_PORT=$(free_port) BURST_PORT=$(free_port) SCALE_PORT=$(free_port)

CPU_MODEL=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
CORES=$(nproc)
RAM_GB=$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
KERNEL=$(uname -r)
OS=$(. /etc/os-release && echo "$PRETTY_NAME")
SDK=$(dotnet --version)
ASPNET=$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }')
NGINX_VERSION=$($NGINX -v 2>&1 | sed 's/.*nginx\///')
WRK_VERSION=$( (wrk -v 2>&1 || true) | awk 'NR == 1 { print $2 }')
LOAD_START=$(loadavg)
STARTED=$(date -u +"%Y-%m-%d %H:%M UTC")
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "$CPU_MODEL, $CORES cores, $RAM_GB GB, $OS, kernel $KERNEL, .NET SDK $SDK, ASP.NET Core $ASPNET, nginx $NGINX_VERSION, wrk $WRK_VERSION"
echo "load average at start: $LOAD_START"

# ---------------------------------------------------------------------------------------------- publish
say "publish (Release)"
T0=$(now_ms)
dotnet publish src/KratomFacts.Web -c Release -o "$WORK/app" -v quiet -nologo >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
PUBLISH_S=$(awk -v ms=$(( $(now_ms) - T0 )) 'BEGIN { printf "%.0f", ms / 1000 }')
dotnet publish src/KratomFacts.Cli -c Release -o "$WORK/cli" -v quiet -nologo >>"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
CLI=(dotnet "$WORK/cli/kratomfacts.dll")
echo "published in ${PUBLISH_S}s"

# An empty app published the same way (ReadyToRun, as the site's project asks for): the floor for start-up and memory.
mkdir -p "$WORK/empty-src"
(cd "$WORK/empty-src" && dotnet new web -n EmptyWeb -o . >/dev/null 2>&1 && dotnet publish -c Release -p:PublishReadyToRun=true -o "$WORK/empty" -v quiet -nologo >>"$WORK/publish.log" 2>&1) \
  || { cat "$WORK/publish.log"; exit 1; }

# ---------------------------------------------------------------------------------------------- servers
# start NAME PORT DLL [VAR=VALUE...]: runs a published app on the server core; its pid in SERVER_PID.
start() {
  local name=$1 port=$2 dll=$3; shift 3
  (cd "$(dirname "$dll")" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" "$@" taskset -c "$APP_CORE" dotnet "$dll" >"$WORK/$name.log" 2>&1) &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
}
# wait_ok URL: waits (up to 10 minutes) for a 2xx; prints milliseconds since START_MS.
wait_ok() {
  local deadline=$(( $(now_ms) + 600000 ))
  until curl -fs -o /dev/null --max-time 2 "$1"; do
    [ "$(now_ms)" -gt "$deadline" ] && { echo "no answer from $1" >&2; exit 1; }
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server for $1 exited" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - START_MS ))
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
# logged TEXT FILE: the console logger writes in the background, so give a line a few seconds to arrive.
logged() { for _ in $(seq 50); do grep -q "$1" "$2" && return 0; sleep 0.1; done; return 1; }

say "start-up: time to first successful response of / (median of $STARTS)"
APP_STARTS=() EMPTY_STARTS=()
for _ in $(seq "$STARTS"); do
  START_MS=$(now_ms); start app-start "$APP_PORT" "$WORK/app/KratomFacts.Web.dll"
  APP_STARTS+=("$(wait_ok "http://127.0.0.1:$APP_PORT/")"); stop "$SERVER_PID"
  START_MS=$(now_ms); start empty-start "$EMPTY_PORT" "$WORK/empty/EmptyWeb.dll"
  EMPTY_STARTS+=("$(wait_ok "http://127.0.0.1:$EMPTY_PORT/")"); stop "$SERVER_PID"
done
APP_START_MS=$(printf '%s\n' "${APP_STARTS[@]}" | median)
EMPTY_START_MS=$(printf '%s\n' "${EMPTY_STARTS[@]}" | median)
logged "Loaded prebuilt search index" "$WORK/app-start.log" || { echo "the app did not load its prebuilt index:" >&2; cat "$WORK/app-start.log" >&2; exit 1; }
echo "app ${APP_STARTS[*]} ms (median $APP_START_MS); empty app ${EMPTY_STARTS[*]} ms (median $EMPTY_START_MS)"

START_MS=$(now_ms); start empty "$EMPTY_PORT" "$WORK/empty/EmptyWeb.dll"; EMPTY_PID=$SERVER_PID
wait_ok "http://127.0.0.1:$EMPTY_PORT/" >/dev/null
START_MS=$(now_ms); start app "$APP_PORT" "$WORK/app/KratomFacts.Web.dll" "${RAISED_LIMITS[@]}"; APP_PID=$SERVER_PID
wait_ok "http://127.0.0.1:$APP_PORT/" >/dev/null
APP="http://127.0.0.1:$APP_PORT"

# ---------------------------------------------------------------------------------------------- capture
say "capture the app's bytes for nginx"
ENCODED_QUERY=$(jq -rn --arg q "$QUERY" '$q | @uri')
WWW="$WORK/www"
mkdir -p "$WWW/articles" "$WWW/api"
capture() { # path file
  curl -fsS -D "$WORK/headers.$(basename "$2")" -o "$WWW/$2" "$APP$1"
}
capture "$ARTICLE" "${ARTICLE#/}"
capture "/" index.html
capture "/search?q=$ENCODED_QUERY" search
capture "/api/search?q=$ENCODED_QUERY" api/search
APP_ETAG=$(awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }' "$WORK/headers.${ARTICLE##*/}")
# nginx sends the same security and caching headers the app does, so both put the same bytes on the wire.
SAME_HEADERS=$(awk -F': ' 'tolower($1) ~ /^(content-security-policy|x-content-type-options|x-frame-options|referrer-policy|permissions-policy|cross-origin-opener-policy|cache-control)$/ {
  sub(/\r$/, "", $2); gsub(/"/, "\\\"", $2); printf "    add_header %s \"%s\" always;\n", $1, $2 }' "$WORK/headers.${ARTICLE##*/}")
ARTICLE_BYTES=$(stat -c %s "$WWW/${ARTICLE#/}"); HOME_BYTES=$(stat -c %s "$WWW/index.html")
SEARCH_BYTES=$(stat -c %s "$WWW/search"); API_BYTES=$(stat -c %s "$WWW/api/search")
echo "article $ARTICLE_BYTES B, home $HOME_BYTES B, search page $SEARCH_BYTES B, search API $API_BYTES B; app ETag $APP_ETAG"

mkdir -p "$WORK/nginx-tmp"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 75s;
    keepalive_requests 100000000;
    open_file_cache max=1000 inactive=60s;
    open_file_cache_valid 60s;
    open_file_cache_errors on;
    server_tokens off;
    client_body_temp_path $WORK/nginx-tmp/body;
    proxy_temp_path $WORK/nginx-tmp/proxy;
    fastcgi_temp_path $WORK/nginx-tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx-tmp/uwsgi;
    scgi_temp_path $WORK/nginx-tmp/scgi;
    types { }
    default_type "text/html; charset=utf-8";
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WWW;
        index index.html;
$SAME_HEADERS
        location /api/ { default_type "application/json; charset=utf-8"; }
    }
}
NGINX
(exec taskset -c "$APP_CORE" "$NGINX" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log") &
NGINX_PID=$!; PIDS+=("$NGINX_PID")
NGX="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 100); do curl -fs -o /dev/null "$NGX/" && break; sleep 0.1; done
curl -fs -o /dev/null "$NGX/" || { echo "nginx does not serve the captured pages:" >&2; tail -n 5 "$WORK/nginx-error.log" >&2; exit 1; }
NGINX_ETAG=$(curl -fsS -D - -o /dev/null "$NGX$ARTICLE" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')
for check in "$APP$ARTICLE|$APP_ETAG" "$NGX$ARTICLE|$NGINX_ETAG"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: ${check#*|}" "${check%%|*}")
  [ "$status" = 304 ] || { echo "expected 304 from ${check%%|*} with If-None-Match ${check#*|}, got $status" >&2; exit 1; }
done
for path in "$ARTICLE" / "/api/search?q=$ENCODED_QUERY"; do
  cmp -s <(curl -fsS "$APP$path") <(curl -fsS "$NGX$path") || { echo "nginx does not serve the app's bytes for $path" >&2; exit 1; }
done
IDLE_RSS=$(rss_mb "$APP_PID"); EMPTY_IDLE_RSS=$(rss_mb "$EMPTY_PID")
echo "app answers 304 to $APP_ETAG, nginx to $NGINX_ETAG; resident memory idle: app $IDLE_RSS MB, empty app $EMPTY_IDLE_RSS MB"

# ---------------------------------------------------------------------------------------------- wrk
# wrk_run OUTFILE SECONDS CONNECTIONS URL [wrk options...]: one wrk run on the client core.
wrk_run() {
  local out=$1 seconds=$2 conns=$3 url=$4; shift 4
  taskset -c "$CLIENT_CORE" wrk -t1 -c"$conns" -d"${seconds}s" --latency "$@" "$url" >"$out" 2>&1
}
rps() { awk '/^Requests\/sec:/ { printf "%.0f\n", $2 }' "$1"; }
p_ms() { # percentile file, e.g. p_ms 99% file
  awk -v p="$1" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    printf "%.2f\n", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' "$2"
}
bad() { # non-2xx/3xx responses plus socket errors in a wrk output
  awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}
# side_by_side NAME APP_URL NGINX_URL [header for app] [header for nginx]: warm-up, then runs alternating app and nginx.
ROWS=()
side_by_side() {
  local name=$1 app_url=$2 ngx_url=$3 app_header=${4:-} ngx_header=${5:-}
  local app_args=() ngx_args=()
  [ -n "$app_header" ] && app_args=(-H "$app_header")
  [ -n "$ngx_header" ] && ngx_args=(-H "$ngx_header")
  wrk_run "$WORK/wrk.$name.warm.app" "$WARMUP" "$CONNECTIONS" "$app_url" "${app_args[@]}"
  wrk_run "$WORK/wrk.$name.warm.nginx" "$WARMUP" "$CONNECTIONS" "$ngx_url" "${ngx_args[@]}"
  for run in $(seq "$RUNS"); do
    wrk_run "$WORK/wrk.$name.$run.app" "$DURATION" "$CONNECTIONS" "$app_url" "${app_args[@]}"
    wrk_run "$WORK/wrk.$name.$run.nginx" "$DURATION" "$CONNECTIONS" "$ngx_url" "${ngx_args[@]}"
  done
  local a_rps a_p99 n_rps n_p99 errors=0
  a_rps=$(for r in $(seq "$RUNS"); do rps "$WORK/wrk.$name.$r.app"; done | median)
  a_p99=$(for r in $(seq "$RUNS"); do p_ms 99% "$WORK/wrk.$name.$r.app"; done | median)
  n_rps=$(for r in $(seq "$RUNS"); do rps "$WORK/wrk.$name.$r.nginx"; done | median)
  n_p99=$(for r in $(seq "$RUNS"); do p_ms 99% "$WORK/wrk.$name.$r.nginx"; done | median)
  for f in "$WORK"/wrk."$name".[0-9]*; do errors=$(( errors + $(bad "$f") )); done
  ROWS+=("$name|$a_rps|$a_p99|$n_rps|$n_p99|$(ratio "$a_rps" "$n_rps")|$(ratio "$a_p99" "$n_p99")|$errors")
  printf '%-22s app %7s req/s p99 %6s ms | nginx %7s req/s p99 %6s ms | ratio %s, p99 %s | non-2xx/3xx or errors: %s\n' \
    "$name" "$a_rps" "$a_p99" "$n_rps" "$n_p99" "$(ratio "$a_rps" "$n_rps")" "$(ratio "$a_p99" "$n_p99")" "$errors"
  eval "RPS_${name//[^a-z0-9]/_}=$a_rps P99_${name//[^a-z0-9]/_}=$a_p99 NRPS_${name//[^a-z0-9]/_}=$n_rps NP99_${name//[^a-z0-9]/_}=$n_p99"
}

say "side by side: wrk -t1 -c$CONNECTIONS, ${WARMUP}s warm-up, then $RUNS x ${DURATION}s each, app and nginx alternating"
LOAD_TABLE_START=$(loadavg)
side_by_side "article" "$APP$ARTICLE" "$NGX$ARTICLE"
side_by_side "article-304" "$APP$ARTICLE" "$NGX$ARTICLE" "If-None-Match: $APP_ETAG" "If-None-Match: $NGINX_ETAG"
side_by_side "search-api" "$APP/api/search?q=$ENCODED_QUERY" "$NGX/api/search?q=$ENCODED_QUERY"
side_by_side "search-page" "$APP/search?q=$ENCODED_QUERY" "$NGX/search?q=$ENCODED_QUERY"
side_by_side "home" "$APP/" "$NGX/"
LOADED_RSS=$(rss_mb "$APP_PID"); NGINX_RSS=$(( $(rss_mb "$NGINX_PID") + $(pgrep -P "$NGINX_PID" | while read -r p; do rss_mb "$p"; done | awk '{ s += $1 } END { print s + 0 }') ))
sleep 10; SETTLED_RSS=$(rss_mb "$APP_PID")
echo "resident memory: app idle $IDLE_RSS MB, right after load $LOADED_RSS MB, 10 s later $SETTLED_RSS MB; nginx $NGINX_RSS MB"

# ---------------------------------------------------------------------------------------------- load and soak
say "load: $LOAD_CONNECTIONS connections for ${LOAD_SECONDS}s on a mix of pages and searches"
# Every page of the served content: lists, each article's current, permanent and history pages, myths, compounds.
{
  printf '%s\n' / /articles /myths /alkaloids /references
  for dir in "$WORK"/app/content/articles/*/; do
    slug=$(basename "$dir"); printf '/articles/%s\n/articles/%s/history\n' "$slug" "$slug"
    for version in "$dir"v*.md; do version=$(basename "$version" .md); printf '/articles/%s/%s\n' "$slug" "$version"; done
  done
  for myth in "$WORK"/app/content/myths/*.md; do printf '/myths/%s\n' "$(basename "$myth" .md)"; done
  sed -n 's/^  - slug: *//p' "$WORK/app/content/alkaloids.yaml" | sed 's#^#/alkaloids/#'
} | while read -r path; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP$path")" = 200 ] && echo "$path" || echo "not a page, left out of the mix: $path" >&2
done >"$WORK/pages.txt"
grep -v -e '^#' -e '^$' tests/KratomFacts.Search.Tests/query-set.tsv | cut -f1 >"$WORK/queries.txt"
{
  cat "$WORK/pages.txt" "$WORK/pages.txt"  # pages twice: two reads for every search
  jq -R -r '"/api/search?q=" + @uri' "$WORK/queries.txt"
  head -n 20 "$WORK/queries.txt" | jq -R -r '"/search?q=" + @uri'
  head -n 20 "$WORK/queries.txt" | cut -c1-8 | jq -R -r '"/api/suggest?q=" + @uri'  # what type-ahead asks
} >"$WORK/mix.txt"
MIX_PAGES=$(wc -l <"$WORK/pages.txt"); MIX_TOTAL=$(wc -l <"$WORK/mix.txt")
KF_PATHS="$WORK/mix.txt" wrk_run "$WORK/wrk.load" "$LOAD_SECONDS" "$LOAD_CONNECTIONS" "$APP" -s bench/requests.lua --timeout 5s
LOAD_RPS=$(rps "$WORK/wrk.load"); LOAD_P99=$(p_ms 99% "$WORK/wrk.load"); LOAD_P50=$(p_ms 50% "$WORK/wrk.load")
LOAD_BAD=$(bad "$WORK/wrk.load"); LOAD_STATUSES=$(sed -n 's/^statuses: //p' "$WORK/wrk.load")
LOAD_REQUESTS=$(awk '/requests in/ { print $1 }' "$WORK/wrk.load")
echo "$LOAD_REQUESTS requests, $LOAD_RPS req/s, p50 $LOAD_P50 ms, p99 $LOAD_P99 ms; $LOAD_STATUSES; non-2xx/3xx or socket errors: $LOAD_BAD"

say "soak: ${SOAK_SECONDS}s of the same mix at $CONNECTIONS connections, resident memory every 10 s"
KF_PATHS="$WORK/mix.txt" wrk_run "$WORK/wrk.soak" "$SOAK_SECONDS" "$CONNECTIONS" "$APP" -s bench/requests.lua --timeout 5s &
SOAK_WRK=$!
: >"$WORK/soak-rss.txt"
while kill -0 "$SOAK_WRK" 2>/dev/null; do rss_mb "$APP_PID" >>"$WORK/soak-rss.txt"; sleep 10; done
wait "$SOAK_WRK" || true
SOAK_START=$(head -n1 "$WORK/soak-rss.txt"); SOAK_END=$(rss_mb "$APP_PID"); SOAK_PEAK=$( (cat "$WORK/soak-rss.txt"; echo "$SOAK_END") | sort -n | tail -n1)
SOAK_SAMPLES=$(paste -sd' ' "$WORK/soak-rss.txt")
SOAK_RPS=$(rps "$WORK/wrk.soak"); SOAK_P99=$(p_ms 99% "$WORK/wrk.soak"); SOAK_BAD=$(bad "$WORK/wrk.soak")
SOAK_REQUESTS=$(awk '/requests in/ { print $1 }' "$WORK/wrk.soak"); SOAK_STATUSES=$(sed -n 's/^statuses: //p' "$WORK/wrk.soak")
echo "$SOAK_REQUESTS requests, $SOAK_RPS req/s, p99 $SOAK_P99 ms; RSS start $SOAK_START MB, peak $SOAK_PEAK MB, end $SOAK_END MB; non-2xx/3xx or errors: $SOAK_BAD"
stop "$EMPTY_PID"

# ---------------------------------------------------------------------------------------------- burst
say "burst: the default search rate limit, search hammered while article pages are read"
START_MS=$(now_ms); start burst "$BURST_PORT" "$WORK/app/KratomFacts.Web.dll"; BURST_PID=$SERVER_PID
BURST="http://127.0.0.1:$BURST_PORT"
wait_ok "$BURST/" >/dev/null
echo "/api/search?q=$ENCODED_QUERY" >"$WORK/burst.txt"
wrk_run "$WORK/wrk.burst.warm" "$WARMUP" 4 "$BURST$ARTICLE"
wrk_run "$WORK/wrk.burst.before" "$BURST_SECONDS" 4 "$BURST$ARTICLE"
KF_PATHS="$WORK/burst.txt" wrk_run "$WORK/wrk.burst.search" "$BURST_SECONDS" 32 "$BURST" -s bench/requests.lua &
BURST_WRK=$!
sleep 1
wrk_run "$WORK/wrk.burst.pages" $(( BURST_SECONDS - 2 )) 4 "$BURST$ARTICLE"
wait "$BURST_WRK" || true
RETRY_AFTER=$(curl -s -D - -o /dev/null "$BURST/api/search?q=$ENCODED_QUERY" | awk -F': ' 'tolower($1) == "retry-after" { sub(/\r$/, "", $2); print $2 }')
BURST_STATUSES=$(sed -n 's/^statuses: //p' "$WORK/wrk.burst.search")
BURST_429=$(echo "$BURST_STATUSES" | sed -E 's/.* 429=([0-9]+).*/\1/'); BURST_429_RETRY=$(echo "$BURST_STATUSES" | sed -E 's/.*429_with_retry_after=([0-9]+).*/\1/')
BURST_5XX=$(echo "$BURST_STATUSES" | sed -E 's/.*5xx=([0-9]+).*/\1/'); BURST_SEARCH_RPS=$(rps "$WORK/wrk.burst.search")
BEFORE_P50=$(p_ms 50% "$WORK/wrk.burst.before"); BEFORE_P99=$(p_ms 99% "$WORK/wrk.burst.before"); BEFORE_RPS=$(rps "$WORK/wrk.burst.before")
DURING_P50=$(p_ms 50% "$WORK/wrk.burst.pages"); DURING_P99=$(p_ms 99% "$WORK/wrk.burst.pages"); DURING_RPS=$(rps "$WORK/wrk.burst.pages")
DURING_BAD=$(bad "$WORK/wrk.burst.pages")
echo "search: $BURST_SEARCH_RPS req/s, $BURST_STATUSES; Retry-After on a rejected request: ${RETRY_AFTER:-none}"
echo "article pages before: $BEFORE_RPS req/s p50 $BEFORE_P50 ms p99 $BEFORE_P99 ms; during: $DURING_RPS req/s p50 $DURING_P50 ms p99 $DURING_P99 ms, non-2xx/3xx: $DURING_BAD"
stop "$BURST_PID"

# ---------------------------------------------------------------------------------------------- hostile requests
say "hostile requests: the published app in Production, bench/hostile-requests.sh"
HOSTILE_OK=1
KF_APP_DIR="$WORK/app" KF_PORT=$(free_port) bash bench/hostile-requests.sh >"$WORK/hostile.out" 2>&1 || HOSTILE_OK=0
HOSTILE_SUMMARY=$(grep -E '^(requests|slowest|PASS|FAIL):' "$WORK/hostile.out" || true)
[ -n "$HOSTILE_SUMMARY" ] || { echo "bench/hostile-requests.sh printed no summary:" >&2; tail "$WORK/hostile.out" >&2; exit 1; }
echo "$HOSTILE_SUMMARY"

# ---------------------------------------------------------------------------------------------- search benchmark
say "search benchmark (in process) on the real content"
"${CLI[@]}" bench-search --content content --queries tests/KratomFacts.Search.Tests/query-set.tsv --iterations "$SEARCH_ITERATIONS" | tee "$WORK/bench-search.real"
search_row() { awk -v t="$2" '$1 == t && NF >= 8' "$1"; }
REAL_SEARCH_1=$(search_row "$WORK/bench-search.real" 1); REAL_SEARCH_2=$(search_row "$WORK/bench-search.real" 2)
REAL_P99=$(echo "$REAL_SEARCH_1" | awk '{ print $5 }'); REAL_P99_2=$(echo "$REAL_SEARCH_2" | awk '{ print $5 }')
REAL_INDEX_MS=$(awk '/^index build:/ { print $3 }' "$WORK/bench-search.real")
REAL_QUALITY=$(grep '^success@1' "$WORK/bench-search.real")
REAL_DOCS=$(sed -n 's/.*; \([0-9]*\) search documents/\1/p' "$WORK/bench-search.real")

# ---------------------------------------------------------------------------------------------- scale
say "scale: $SCALE_ARTICLES synthetic articles x $SCALE_VERSIONS versions against the real content"
timed() { # LABEL command...: wall seconds and peak RSS (MB) into TIMED_S / TIMED_MB
  /usr/bin/time -f '%e %M' -o "$WORK/time.$1" "${@:2}" >"$WORK/out.$1" 2>&1 || { cat "$WORK/out.$1" >&2; exit 1; }
  TIMED_S=$(awk '{ print $1 }' "$WORK/time.$1"); TIMED_MB=$(awk '{ printf "%.0f", $2 / 1024 }' "$WORK/time.$1")
}
timed generate "${CLI[@]}" generate-corpus --from content --articles "$SCALE_ARTICLES" --versions "$SCALE_VERSIONS" --output "$WORK/synthetic"
GENERATE_S=$TIMED_S; sed -n 1p "$WORK/out.generate"
timed check-real "${CLI[@]}" check --content content; REAL_CHECK_S=$TIMED_S REAL_CHECK_MB=$TIMED_MB
timed check-syn "${CLI[@]}" check --content "$WORK/synthetic"; SYN_CHECK_S=$TIMED_S SYN_CHECK_MB=$TIMED_MB
grep -q ' 0 errors, 0 warnings' "$WORK/out.check-syn" || { echo "the synthetic corpus does not pass check cleanly:" >&2; tail "$WORK/out.check-syn" >&2; exit 1; }
timed index-real "${CLI[@]}" build-index --content content --output "$WORK/index-real"; REAL_BUILD_S=$TIMED_S REAL_BUILD_MB=$TIMED_MB
timed index-syn "${CLI[@]}" build-index --content "$WORK/synthetic" --output "$WORK/index-syn"; SYN_BUILD_S=$TIMED_S SYN_BUILD_MB=$TIMED_MB
REAL_KB=$(du -sk content | cut -f1); SYN_KB=$(du -sk "$WORK/synthetic" | cut -f1)
REAL_VERSIONS=$(find content/articles -name 'v*.md' | wc -l); SYN_VERSIONS=$(find "$WORK/synthetic/articles" -name 'v*.md' | wc -l)
SYN_DOCS=$(sed -n 's/.*build-index: \([0-9]*\) documents.*/\1/p' "$WORK/out.index-syn")
echo "check: real ${REAL_CHECK_S}s, synthetic ${SYN_CHECK_S}s; build-index: real ${REAL_BUILD_S}s, synthetic ${SYN_BUILD_S}s ($SYN_DOCS documents)"

START_MS=$(now_ms); start scale "$SCALE_PORT" "$WORK/app/KratomFacts.Web.dll" Content__Path="$WORK/synthetic" Search__IndexPath="$WORK/index-syn"
SCALE_PID=$SERVER_PID; SCALE="http://127.0.0.1:$SCALE_PORT"
SYN_START_MS=$(wait_ok "$SCALE/")
logged "Loaded prebuilt search index" "$WORK/scale.log" || { echo "the scale app did not load its prebuilt index" >&2; cat "$WORK/scale.log" >&2; exit 1; }
sleep 5; SYN_IDLE_RSS=$(rss_mb "$SCALE_PID")
SYN_FOLDERS=("$WORK"/synthetic/articles/*/)  # sorted by the shell; no pipe for head to cut short
SYN_ARTICLE="/articles/$(basename "${SYN_FOLDERS[0]}")"
wrk_run "$WORK/wrk.scale.warm" "$WARMUP" "$CONNECTIONS" "$SCALE$SYN_ARTICLE"
for run in $(seq "$RUNS"); do wrk_run "$WORK/wrk.scale.$run" "$DURATION" "$CONNECTIONS" "$SCALE$SYN_ARTICLE"; done
SYN_PAGE_RPS=$(for r in $(seq "$RUNS"); do rps "$WORK/wrk.scale.$r"; done | median)
SYN_PAGE_P99=$(for r in $(seq "$RUNS"); do p_ms 99% "$WORK/wrk.scale.$r"; done | median)
SYN_LOADED_RSS=$(rss_mb "$SCALE_PID")
stop "$SCALE_PID"
echo "start-up ${SYN_START_MS} ms; RSS idle $SYN_IDLE_RSS MB, after load $SYN_LOADED_RSS MB; article page $SYN_PAGE_RPS req/s p99 $SYN_PAGE_P99 ms"
"${CLI[@]}" bench-search --content "$WORK/synthetic" --queries tests/KratomFacts.Search.Tests/query-set.tsv --iterations "$(( SEARCH_ITERATIONS / 4 + 1 ))" | tee "$WORK/bench-search.syn"
SYN_P99=$(search_row "$WORK/bench-search.syn" 1 | awk '{ print $5 }'); SYN_P99_2=$(search_row "$WORK/bench-search.syn" 2 | awk '{ print $5 }')
SYN_INDEX_MS=$(awk '/^index build:/ { print $3 }' "$WORK/bench-search.syn")
LOAD_END=$(loadavg)

# ---------------------------------------------------------------------------------------------- verdicts
pass() { awk "BEGIN { exit !($1) }" && echo PASS || echo MISS; }
T_ARTICLE_RPS=$(pass "$RPS_article >= 0.8 * $NRPS_article")
T_ARTICLE_P99=$(pass "$P99_article <= 2 * $NP99_article")
T_304=$(pass "$RPS_article_304 >= $RPS_article")
T_ERRORS=$(pass "$LOAD_BAD == 0 && $SOAK_BAD == 0")
T_START=$(pass "$APP_START_MS <= 1.5 * $EMPTY_START_MS")
T_MEMORY=$(pass "$LOADED_RSS <= 1.5 * $IDLE_RSS")
T_SCALE_SEARCH=$(pass "$SYN_P99 < 10")
T_SCALE_START=$(pass "$SYN_START_MS < 3000")
T_REAL_SEARCH=$(pass "$REAL_P99 < 5")
T_SOAK=$(pass "$SOAK_END <= 1.2 * $SOAK_START")
T_HOSTILE=$(pass "$HOSTILE_OK == 1")
T_BURST=$(pass "$BURST_429 > 0 && $BURST_429 == $BURST_429_RETRY && $BURST_5XX == 0 && $DURING_BAD == 0")
grows() { # label real synthetic: "N x" and how it compares with the content's growth
  awk -v r="$1" -v s="$2" -v c="$(ratio "$SYN_KB" "$REAL_KB")" 'BEGIN { g = (r == 0 ? 0 : s / r);
    how = g < 1.5 ? "flat" : g < c / 3 ? "well below the content" : g <= c * 1.5 ? "about in step with the content" : "faster than the content";
    printf "%.1fx (%s)", g, how }'
}

# ---------------------------------------------------------------------------------------------- report
REPORT="$WORK/benchmarks.md"
[ "$QUICK" = 0 ] && REPORT="$REPO/docs/benchmarks.md"
{
cat <<EOF
# Benchmarks

Written by \`bench/run.sh\` from its own output on $STARTED (commit \`$COMMIT\`)$([ "$QUICK" = 1 ] && echo ", quick mode: short runs, small corpus; not a measurement").
Do not edit by hand: run the script again.

## Machine

| | |
| --- | --- |
| CPU | $CPU_MODEL, $CORES cores |
| memory | $RAM_GB GB |
| system | $OS, Linux $KERNEL |
| .NET | SDK $SDK, ASP.NET Core $ASPNET |
| nginx, wrk | $NGINX_VERSION, $WRK_VERSION |
| load average (1, 5, 15 min) | $LOAD_START at the start, $LOAD_TABLE_START before the side-by-side runs, $LOAD_END at the end |

Servers run on core $APP_CORE and wrk on core $CLIENT_CORE (\`taskset\`). A load average well above 0 means other work shared
these two cores during the run, which lowers the app's and nginx's figures alike; the ratios, taken from alternating runs, are
the figures to compare.

## How it was run

\`\`\`
bench/run.sh $ARGS
\`\`\`

- \`dotnet publish src/KratomFacts.Web -c Release\` (content and a prebuilt index ship beside the app), started as
  \`taskset -c $APP_CORE dotnet KratomFacts.Web.dll\` with the search rate limit raised
  (\`RateLimits__Search__Burst=1000000 RateLimits__Search__PerSecond=1000000\`) except in the burst test.
- nginx $NGINX_VERSION: \`worker_processes 1\`, \`open_file_cache\`, \`access_log off\`, \`sendfile\`, serving the bytes of each page
  captured from the app with curl ($ARTICLE: $ARTICLE_BYTES bytes, /: $HOME_BYTES, /search?q=$ENCODED_QUERY: $SEARCH_BYTES,
  /api/search?q=$ENCODED_QUERY: $API_BYTES), with the app's security and Cache-Control headers, so both send the same body.
- Each row: \`taskset -c $CLIENT_CORE wrk -t1 -c$CONNECTIONS -d${DURATION}s --latency URL\` (no pipelining, no Accept-Encoding, so
  neither server compresses), ${WARMUP}s warm-up each, then $RUNS runs alternating app and nginx; the median of the runs.
  The 304 row sends \`If-None-Match\` with the app's ETag (\`$APP_ETAG\`) and nginx's (\`$NGINX_ETAG\`).

## The app against nginx serving the same bytes

| request | app req/s | app p99 ms | nginx req/s | nginx p99 ms | req/s app/nginx | p99 app/nginx | non-2xx/3xx or errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
for row in "${ROWS[@]}"; do IFS='|' read -r n a ap ng np r rp e <<<"$row"; echo "| $n | $a | $ap | $ng | $np | $r | $rp | $e |"; done
cat <<EOF

| start-up and memory | the app | empty \`dotnet new web\` app | app/empty |
| --- | ---: | ---: | ---: |
| first successful response of / after start, median of $STARTS (ms) | $APP_START_MS | $EMPTY_START_MS | $(ratio "$APP_START_MS" "$EMPTY_START_MS") |
| resident memory idle (MB) | $IDLE_RSS | $EMPTY_IDLE_RSS | $(ratio "$IDLE_RSS" "$EMPTY_IDLE_RSS") |

Resident memory of the app: $IDLE_RSS MB idle, $LOADED_RSS MB right after the side-by-side runs ($(ratio "$LOADED_RSS" "$IDLE_RSS")x idle),
$SETTLED_RSS MB ten seconds later. nginx (master and worker): $NGINX_RSS MB.

## Search, in process

\`dotnet run -c Release --project src/KratomFacts.Cli -- bench-search --content content --queries tests/KratomFacts.Search.Tests/query-set.tsv --iterations $SEARCH_ITERATIONS\`

\`\`\`
$(cat "$WORK/bench-search.real")
\`\`\`

## Load, soak and burst

- **Load**: \`wrk -t1 -c$LOAD_CONNECTIONS -d${LOAD_SECONDS}s --timeout 5s -s bench/requests.lua\` on a mix of $MIX_TOTAL URLs picked at random
  (every page of the content, $MIX_PAGES, twice; every query of the query set on /api/search; 20 on /search; 20 on /api/suggest):
  $LOAD_REQUESTS requests, $LOAD_RPS req/s, p50 $LOAD_P50 ms, p99 $LOAD_P99 ms. Statuses: $LOAD_STATUSES.
  Non-2xx/3xx responses and socket errors: **$LOAD_BAD**.
- **Soak**: the same mix at $CONNECTIONS connections for ${SOAK_SECONDS}s: $SOAK_REQUESTS requests, $SOAK_RPS req/s, p99 $SOAK_P99 ms,
  statuses $SOAK_STATUSES, non-2xx/3xx or errors **$SOAK_BAD**. Resident memory every 10 s (MB): start **$SOAK_START**, peak
  **$SOAK_PEAK**, end **$SOAK_END**. Samples: $SOAK_SAMPLES.
- **Burst**: a fresh app with the default search limit (60 at once, 10 more a second per client). 32 connections asked
  /api/search for ${BURST_SECONDS}s ($BURST_SEARCH_RPS req/s): $BURST_STATUSES; a rejected request carried \`Retry-After: ${RETRY_AFTER:-none}\`.
  Meanwhile 4 connections read $ARTICLE: $DURING_RPS req/s, p50 $DURING_P50 ms, p99 $DURING_P99 ms, non-2xx/3xx $DURING_BAD
  (before the burst: $BEFORE_RPS req/s, p50 $BEFORE_P50 ms, p99 $BEFORE_P99 ms).

## Hostile requests

\`KF_APP_DIR=<published app> bash bench/hostile-requests.sh\`: every request of
\`tests/KratomFacts.Web.Tests/Http/hostile-requests.tsv\` (traversal in every encoding, script in every parameter, query
syntax, huge and malformed input, odd methods and headers, other hosts) and a few only a real server can receive, sent to the
published app in Production with \`AllowedHosts=kratomfacts.example\`. A run fails on any 5xx, a missing security header or
markup from the request appearing in the answer; Kestrel's own empty refusals of a request line it cannot parse carry no headers
and are counted as refusals.

\`\`\`
$HOSTILE_SUMMARY
\`\`\`

## Scale: $SCALE_ARTICLES synthetic articles x $SCALE_VERSIONS versions

\`kratomfacts generate-corpus --from content --articles $SCALE_ARTICLES --versions $SCALE_VERSIONS --output DIR\` writes articles of the
shape the writing guide asks for (key points, 6-10 sections with pinned ids, 600-1,400 words in the current version, 4-8 works
cited from the real references), made of the real content's sentences and headings, with two myths and the real alkaloids.yaml.
It passes \`check\` with no errors or warnings.

| | real content | synthetic | grows |
| --- | ---: | ---: | --- |
| article versions | $REAL_VERSIONS | $SYN_VERSIONS | $(ratio "$SYN_VERSIONS" "$REAL_VERSIONS")x |
| content on disk (KB) | $REAL_KB | $SYN_KB | $(ratio "$SYN_KB" "$REAL_KB")x |
| search documents | $REAL_DOCS | $SYN_DOCS | $(ratio "$SYN_DOCS" "$REAL_DOCS")x |
| \`check\` (s, whole process) | $REAL_CHECK_S | $SYN_CHECK_S | $(grows "$REAL_CHECK_S" "$SYN_CHECK_S") |
| \`check\` peak memory (MB) | $REAL_CHECK_MB | $SYN_CHECK_MB | $(grows "$REAL_CHECK_MB" "$SYN_CHECK_MB") |
| \`build-index\` (s, whole process) | $REAL_BUILD_S | $SYN_BUILD_S | $(grows "$REAL_BUILD_S" "$SYN_BUILD_S") |
| index build in memory (ms, bench-search) | $REAL_INDEX_MS | $SYN_INDEX_MS | $(grows "$REAL_INDEX_MS" "$SYN_INDEX_MS") |
| start-up to first response of / (ms) | $APP_START_MS | $SYN_START_MS | $(grows "$APP_START_MS" "$SYN_START_MS") |
| resident memory idle (MB) | $IDLE_RSS | $SYN_IDLE_RSS | $(grows "$IDLE_RSS" "$SYN_IDLE_RSS") |
| resident memory after page load (MB) | $LOADED_RSS | $SYN_LOADED_RSS | $(grows "$LOADED_RSS" "$SYN_LOADED_RSS") |
| search p99, 1 thread (ms) | $REAL_P99 | $SYN_P99 | $(grows "$REAL_P99" "$SYN_P99") |
| search p99, 2 threads (ms) | $REAL_P99_2 | $SYN_P99_2 | $(grows "$REAL_P99_2" "$SYN_P99_2") |
| article page req/s | $RPS_article | $SYN_PAGE_RPS | $(ratio "$SYN_PAGE_RPS" "$RPS_article")x |
| article page p99 (ms) | $P99_article | $SYN_PAGE_P99 | $(grows "$P99_article" "$SYN_PAGE_P99") |

"Grows" compares each figure with the content's own growth ($(ratio "$SYN_KB" "$REAL_KB")x on disk).

\`\`\`
$(cat "$WORK/bench-search.syn")
\`\`\`

## Targets

| target (issue 9, issue 5, issue 7) | measured | |
| --- | --- | --- |
| cached article page at least 0.8x nginx's req/s | $(ratio "$RPS_article" "$NRPS_article")x | $T_ARTICLE_RPS |
| cached article page p99 no worse than 2x nginx's | $(ratio "$P99_article" "$NP99_article")x | $T_ARTICLE_P99 |
| 304 answers at least as fast as cached 200s | $RPS_article_304 vs $RPS_article req/s | $T_304 |
| zero non-2xx/3xx responses under load and soak | $LOAD_BAD and $SOAK_BAD | $T_ERRORS |
| start-up with the prebuilt index within 1.5x of the empty app | $(ratio "$APP_START_MS" "$EMPTY_START_MS")x ($APP_START_MS vs $EMPTY_START_MS ms) | $T_START |
| memory after load at most 1.5x idle | $(ratio "$LOADED_RSS" "$IDLE_RSS")x ($LOADED_RSS vs $IDLE_RSS MB) | $T_MEMORY |
| search p99 well under 5 ms in process, real content | $REAL_P99 ms | $T_REAL_SEARCH |
| at $SCALE_ARTICLES articles, search p99 under 10 ms in process | $SYN_P99 ms | $T_SCALE_SEARCH |
| at $SCALE_ARTICLES articles, start-up under 3 s | $SYN_START_MS ms | $T_SCALE_START |
| soak: resident memory flat (end within 1.2x of start) | $SOAK_START to $SOAK_END MB, peak $SOAK_PEAK | $T_SOAK |
| hostile requests: no 5xx, no reflected markup, every security header | $(echo "$HOSTILE_SUMMARY" | sed -n 's/^requests: \([0-9]*\).*/\1/p') requests | $T_HOSTILE |
| burst: 429 with Retry-After, no 5xx, pages still answered | $BURST_429 429s, $BURST_429_RETRY with Retry-After; pages p99 $DURING_P99 ms | $T_BURST |
EOF
echo
echo "## What limits the misses"
echo
MISSES=0
limit() { [ "$1" = MISS ] && { MISSES=1; echo "- $2"; }; return 0; }
limit "$T_ARTICLE_RPS" "**Cached article page req/s.** Both servers send the same bytes, so the gap is the app's cost per request and per byte. Per request: Kestrel's parsing, routing and the middleware (security headers, methods, rate limits, ETag, output cache, compression, status pages) against nginx's C event loop. Per byte: the output cache copies the stored body into Kestrel's pipe and the socket copies it again, while nginx hands the file to the kernel with sendfile. The ratio falls as pages grow: $(ratio "$RPS_home" "$NRPS_home")x for the home page ($HOME_BYTES bytes) against $(ratio "$RPS_article" "$NRPS_article")x for the article ($ARTICLE_BYTES bytes)." 
limit "$T_ARTICLE_P99" "**Cached article page p99.** The tail follows the throughput gap: with $CONNECTIONS connections on one core, each request waits behind the others, and the .NET garbage collector's pauses add to the tail."
limit "$T_304" "**304 speed.** A 304 skips the body but still runs the whole middleware pipeline; on this run it was not faster than serving the cached 200."
limit "$T_ERRORS" "**Errors under load.** See the statuses above: the non-2xx/3xx responses or socket errors counted by wrk."
limit "$T_START" "**Start-up.** Before it listens, the app reads, parses, validates and renders every version of every article (the content snapshot is built once, so no page renders on request), then copies the prebuilt index into memory; the empty app does none of this."
limit "$T_MEMORY" "**Memory after load.** The output cache keeps every page it has served (per encoding), and the server garbage collector grows its heaps under load and gives memory back only slowly; see the soak for whether it keeps growing."
limit "$T_REAL_SEARCH" "**Search latency.** The tail is long questions and typos (see the slowest queries above). A word with few exact matches is looked up with Lucene's fuzzy term enumeration on five fields, for the spelling suggestion and for the typo-tolerant fallback; its Levenshtein automata are built once per search and shared, but building them for a long word with two edits still costs milliseconds. Each result's snippet runs the highlighter over the section's text, about half a millisecond per result for ten results. The processor time per search (cpu_ms_per_search) against the latency shows how much of the rest is waiting for a core on a busy machine. On the site the output cache answers a repeated query without searching (the search rows above)." 
limit "$T_SCALE_SEARCH" "**Search at scale.** Search cost grows with the number of documents a query's words match; see the table above."
limit "$T_SCALE_START" "**Start-up at scale.** Start-up reads, validates and renders all $SYN_VERSIONS versions before listening, so it grows with the content (see the \`check\` row, which does the same work without rendering pages); the prebuilt index saves only the indexing."
limit "$T_SOAK" "**Soak memory.** Resident memory grew during the soak; see the samples."
limit "$T_BURST" "**Burst.** See the burst statuses above."
limit "$T_HOSTILE" "**Hostile requests.** See the FAIL rows of bench/hostile-requests.sh."
[ "$MISSES" = 0 ] && echo "Every target held in this run."
} >"$REPORT"

say "done: report written to $REPORT"
[ "$QUICK" = 1 ] && { cat "$REPORT"; exit 0; }
sed -n '/^## The app against nginx/,/^## Search, in process/p;/^## Targets/,$p' "$REPORT" | grep -v '^## Search'
