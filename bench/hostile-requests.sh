#!/usr/bin/env bash
# Sends the hostile requests of tests/KratomFacts.Web.Tests/Http/hostile-requests.tsv (and a few only a real server
# can receive) to the app as it ships: published in Release, run in Production on a loopback port behind nothing.
# Prints one row per request (status, security headers present, payload reflected, time) and exits 1 if any answer
# is a 5xx, lacks a security header or reflects markup. A status other than the one the tests expect is shown
# but does not fail the run: a real server normalises some targets the test server does not.
#
#   bash bench/hostile-requests.sh
#
# Environment: KF_PORT (default 5391), KF_APP_DIR to use an app already published there, KF_KEEP=1 to keep the
# work folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${KF_PORT:-5391}
BASE="http://127.0.0.1:$PORT"
LIST="$ROOT/tests/KratomFacts.Web.Tests/Http/hostile-requests.tsv"
WORK=$(mktemp -d /tmp/kratomfacts-hostile.XXXXXX)
APP_PID=""

cleanup() {
    if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    if [[ "${KF_KEEP:-}" != 1 ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

APP_DIR=${KF_APP_DIR:-$WORK/app}
if [[ -z ${KF_APP_DIR:-} ]]; then
    echo "== publishing (Release) to $APP_DIR"
    dotnet publish "$ROOT/src/KratomFacts.Web" -c Release -o "$APP_DIR" --nologo -v quiet > "$WORK/publish.log" 2>&1 \
        || { cat "$WORK/publish.log"; exit 1; }
fi

echo "== starting in Production on $BASE (AllowedHosts=kratomfacts.example; loopback is always answered)"
# Search limits are raised so the burst of searches below meets the answers under test, not 429.
(cd "$APP_DIR" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" AllowedHosts=kratomfacts.example \
    RateLimits__Search__Burst=10000 RateLimits__Search__PerSecond=1000 \
    exec dotnet KratomFacts.Web.dll) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$BASE/healthz" && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.5
done
curl -fs -o /dev/null "$BASE/healthz" || { echo "the app did not answer /healthz"; cat "$WORK/app.log"; exit 1; }

# {x*N} -> x repeated N times (the list's shorthand for huge input).
expand() {
    local text=$1
    while [[ $text =~ \{([^{}*]+)\*([0-9]+)\} ]]; do
        local unit=${BASH_REMATCH[1]} count=${BASH_REMATCH[2]} repeated=""
        local piece=$unit
        while ((count > 0)); do
            if ((count & 1)); then repeated+=$piece; fi
            piece+=$piece
            count=$((count >> 1))
        done
        text=${text/"${BASH_REMATCH[0]}"/$repeated}
    done
    printf '%s' "$text"
}

# raw_get METHOD TARGET_FILE BODY HEADERS: one HTTP/1.1 request on a socket; prints "status seconds" like curl -w.
raw_get() {
    python3 - "$PORT" "$@" <<'PY'
import socket, sys, time
port, method, target_path, body_path, heads_path = int(sys.argv[1]), *sys.argv[2:]
target = open(target_path).read()
start = time.monotonic()
with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
    data = b""
    try:
        s.sendall(f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        while chunk := s.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass  # the server may answer and close before it has read the whole request
head, _, body = data.partition(b"\r\n\r\n")
lines = head.decode("latin-1").split("\r\n")
open(heads_path, "w").write("\n".join(lines[1:]) + "\n")
open(body_path, "wb").write(body)
print(lines[0].split()[1], f"{time.monotonic() - start:.6f}")
PY
}

PAYLOADS=('<script>alert(1)</script>' '<svg onload=alert(1)>' '"><svg' '<img src=x onerror=alert(1)>')
REQUIRED=(content-security-policy x-content-type-options referrer-policy permissions-policy)
failures=0 count=0 slowest=0 slowest_name=""
declare -A by_status=()

printf '%-7s %-58s %-9s %-6s %-7s %-9s %-9s %s\n' method target expected status headers reflected time verdict
probe() {
    local method=$1 target=$2 expected=$3 header=$4
    local url="$BASE$(expand "$target")" body="$WORK/body" heads="$WORK/headers"
    local args=(-s --path-as-is -o "$body" -D "$heads" -w '%{http_code} %{time_total}' --max-time 30)
    if [[ $method == HEAD ]]; then args+=(--head); else args+=(-X "$method"); fi
    if [[ -n $header ]]; then args+=(-H "$(expand "$header")"); fi
    local result status time
    : > "$body"; : > "$heads"
    if ((${#url} > 100000)); then
        # Longer than one command-line argument (or a curl config line) may be: sent over a raw socket instead.
        expand "$target" > "$WORK/target"
        result=$(raw_get "$method" "$WORK/target" "$body" "$heads" || echo "000 0")
    else
        result=$(curl "${args[@]}" "$url" || echo "000 0")
    fi
    status=${result%% *} time=${result##* }

    local missing=() reflected=no verdict=ok
    for name in "${REQUIRED[@]}"; do grep -qi "^$name:" "$heads" 2>/dev/null || missing+=("$name"); done
    grep -qi '^server:' "$heads" 2>/dev/null && missing+=("(Server sent)")
    for payload in "${PAYLOADS[@]}"; do grep -qiF -- "$payload" "$body" 2>/dev/null && reflected=yes; done
    grep -qi '^set-cookie:' "$heads" 2>/dev/null && reflected="$reflected,cookie"

    if [[ $status == 000 || $status == 5* ]]; then verdict=FAIL; fi
    # Kestrel refuses a request line it cannot parse (a NUL, a target over its 128 KB limit) before any middleware
    # runs: an empty 400 or 414 with no headers to add, and nothing that a browser could render.
    if ((${#missing[@]} > 0)) && [[ ($status == 400 || $status == 414) && ! -s $body ]] && ! grep -qi "^server:" "$heads"; then
        missing=() verdict="ok (Kestrel's empty refusal)"
    fi
    if ((${#missing[@]} > 0)); then verdict=FAIL; fi
    if [[ $reflected != no ]]; then verdict=FAIL; fi
    if [[ $verdict == ok && " $expected " != *" $status "* ]]; then verdict="ok (tests expect $expected)"; fi
    [[ $verdict == FAIL ]] && failures=$((failures + 1))
    count=$((count + 1))
    by_status[$status]=$((${by_status[$status]:-0} + 1))
    if awk -v a="$time" -v b="$slowest" 'BEGIN { exit !(a > b) }'; then slowest=$time slowest_name="$method $target"; fi

    local shown=$target
    ((${#shown} > 58)) && shown="${shown:0:55}..."
    printf '%-7s %-58s %-9s %-6s %-7s %-9s %-9s %s\n' "$method" "$shown" "${expected// //}" "$status" \
        "$( ((${#missing[@]} == 0)) && echo all || echo "${missing[*]}")" "$reflected" "${time}s" "$verdict"
}

while IFS=$'\t' read -r method target expected header _; do
    [[ -z $method || $method == \#* ]] && continue
    probe "$method" "$target" "$expected" "$header"
done < "$LIST"

# Only a real server receives these: the test server refuses to build them.
probe GET '/articles/alpha-article%00.md' '400 404' ''
probe GET '/appsettings.json%00' '400 404' ''
probe GET '/%00' '400 404' ''
# The configured host list: another host is refused, the listed one served.
probe GET '/articles/what-is-kratom' '400' 'Host: evil.example'
probe GET '/articles/what-is-kratom' '200' 'Host: kratomfacts.example'

echo
summary=""
for status in $(printf '%s\n' "${!by_status[@]}" | sort); do summary+="$status x${by_status[$status]}  "; done
echo "requests: $count   statuses: $summary"
echo "slowest: ${slowest}s ($slowest_name)"
if ((failures > 0)); then
    echo "FAIL: $failures of $count answers were a 5xx, lacked a security header or reflected markup"
    exit 1
fi
echo "PASS: no 5xx, every security header on every answer, nothing reflected"
