#!/usr/bin/env bash
# Builds the real Dockerfile and checks the image the way a self-hoster runs it, on a machine without a Docker
# engine: podman builds it (chroot isolation), and the image is started as its configured user with a read-only root
# and only /tmp writable, in a network namespace of its own. Prints PASS or FAIL per check and exits 1 if any failed.
#
# The base images the Dockerfile names are used as they are when present. Where they are missing (a machine that
# cannot reach their registry) local stand-ins are made once, offline, and kept: a minimal Debian from debootstrap
# with this machine's .NET, certificate trust and NuGet settings, tagged with the official names.
#
#   bash scripts/docker-smoke.sh
#
# Environment: KF_SMOKE_IMAGE (the tag to build, default localhost/kratomfacts:smoke),
# KF_SMOKE_CACHE (work folder for the stand-in base images, default /var/cache/kratomfacts-smoke).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
IMAGE=${KF_SMOKE_IMAGE:-localhost/kratomfacts:smoke}
CACHE=${KF_SMOKE_CACHE:-/var/cache/kratomfacts-smoke}
SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0
STAND_IN_LABEL=kratomfacts.smoke.stand-in
PORT=8080
START_SECONDS=90
CONTAINER=kratomfacts-smoke-$$

WORK=$(mktemp -d /tmp/kratomfacts-smoke.XXXXXX)
MOUNTS=()            # mount points to undo, in order of mounting
IMAGE_MOUNTED=false
APP_PID=""
MODE=""              # podman or chroot: how the image is started
APP_ROOT=""          # the image's root, mounted read-only
BAKED_CONTENT=""     # the content fingerprint the image serves
MEMORY_LIMIT_MB=""   # compose.yaml's memory limit for the site
CONTAINER_LOGS=""    # podman mode: where the container's output is saved when it stops
PASSED=0
FAILED=0
STARTED_AT=$SECONDS

say() { printf '%s\n' "$*"; }
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - STARTED_AT)); }

pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$1"; [[ -z ${2:-} ]] || printf '      %s\n' "$2"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL  %s\n' "$1"; [[ -z ${2:-} ]] || printf '      %s\n' "$2"; }

# ---------------------------------------------------------------------------------------------------- clean-up

stop_app() {
    local pid=$APP_PID
    APP_PID=""
    if [[ $MODE == podman ]]; then
        local stopped=0
        timeout 30 podman stop --time 15 "$CONTAINER" >/dev/null 2>&1 || stopped=1
        timeout 30 podman logs "$CONTAINER" >"$CONTAINER_LOGS.out" 2>"$CONTAINER_LOGS.err" || true
        timeout 30 podman rm --force "$CONTAINER" >/dev/null 2>&1 || true
        return $stopped
    fi
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -KILL "$pid" 2>/dev/null || true
    return 1
}

unmount_all() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount --lazy "${MOUNTS[i]}" 2>/dev/null || say "could not unmount ${MOUNTS[i]}"
    done
    MOUNTS=()
    if $IMAGE_MOUNTED; then
        timeout 60 podman image unmount "$IMAGE" >/dev/null 2>&1 || say "could not unmount image $IMAGE"
        IMAGE_MOUNTED=false
    fi
}

# Runs however the script ends: stops what it started, unmounts what it mounted, then gives the tally.
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    ((status == 0)) || fail "smoke run went on to the end" "it stopped early with status $status; the lines above say where"
    stop_app >/dev/null 2>&1 || true
    unmount_all
    rm -rf "$WORK"
    step "done"
    say "smoke: $PASSED passed, $FAILED failed ($((SECONDS - STARTED_AT))s)"
    ((status == 0 && FAILED == 0)) || exit 1
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_at() { # mount_at TARGET MOUNT-ARGS...: mounts and remembers it for clean-up
    local target=$1
    shift
    mount "$@" "$target"
    MOUNTS+=("$target")
}

# ---------------------------------------------------------------------------------------------------- tools

ensure_tools() {
    local missing=() tool
    for tool in podman:podman debootstrap:debootstrap curl:curl jq:jq ip:iproute2 nsenter:util-linux ss:iproute2 \
        docker-compose:docker-compose; do
        command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
    done
    ((${#missing[@]} == 0)) && return 0
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    say "installing ${missing[*]}"
    timeout 600 apt-get update -q >"$WORK/apt.log" 2>&1
    # docker-compose only reads compose.yaml here: without --no-install-recommends a Docker engine would come along.
    local package recommends
    for package in "${missing[@]}"; do
        recommends=()
        [[ $package == docker-compose ]] && recommends=(--no-install-recommends)
        DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q "${recommends[@]}" "$package" \
            >>"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log"; return 1; }
    done
}

# ---------------------------------------------------------------------------------------------------- stand-in base images

host_runtime_version() { dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { print $2 }' | sort -V | tail -1; }

# The image is usable as it is when it is a real one, or a stand-in made from this machine's current .NET.
base_image_is_current() {
    local label
    label=$(podman image inspect --format "{{ index .Labels \"$STAND_IN_LABEL\" }}" "$1" 2>/dev/null) || return 1
    [[ $label == "<no value>" || -z $label || $label == "$2" ]]
}

ensure_base_images() {
    local want
    want="runtime $(host_runtime_version) sdk $(dotnet --version)"
    if base_image_is_current "$RUNTIME_IMAGE" "$want" && base_image_is_current "$SDK_IMAGE" "$want"; then
        say "base images present: $RUNTIME_IMAGE, $SDK_IMAGE"
        return 0
    fi
    say "making stand-in base images ($want)"
    make_stand_in_root "$CACHE/rootfs"
    import_stand_ins "$CACHE/rootfs" "$want"
    rm -rf "$CACHE/rootfs"
}

make_stand_in_root() {
    local rootfs=$1 started=$SECONDS
    rm -rf "$rootfs"
    mkdir -p "$rootfs"
    timeout 900 debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log"; return 1; }
    say "debootstrap: $((SECONDS - started))s"

    # This machine's package sources and trust, so that what runs inside reaches the registries this machine does.
    rm -f "$rootfs/etc/apt/sources.list"
    cp -a /etc/apt/sources.list.d/. "$rootfs/etc/apt/sources.list.d/"
    rm -f "$rootfs"/etc/apt/sources.list.d/*.disabled*
    cp -a /etc/apt/apt.conf.d/. "$rootfs/etc/apt/apt.conf.d/"
    cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
    chroot "$rootfs" timeout 300 apt-get update -q >"$WORK/stand-in-apt.log" 2>&1
    DEBIAN_FRONTEND=noninteractive chroot "$rootfs" timeout 600 apt-get install -y -q --no-install-recommends \
        libicu72 libssl3 ca-certificates libgssapi-krb5-2 zlib1g libstdc++6 tzdata >>"$WORK/stand-in-apt.log" 2>&1 \
        || { tail -20 "$WORK/stand-in-apt.log"; return 1; }
    cp -a /usr/local/share/ca-certificates/. "$rootfs/usr/local/share/ca-certificates/"
    chroot "$rootfs" update-ca-certificates >/dev/null 2>&1
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/*

    # As the official images: the user app with UID 1654, and dotnet on the PATH.
    chroot "$rootfs" groupadd --gid=1654 app
    chroot "$rootfs" useradd --no-log-init --uid=1654 --gid=1654 --create-home app
    mkdir -p "$rootfs/usr/share/dotnet"
    cp -a /usr/share/dotnet/. "$rootfs/usr/share/dotnet/"
    ln -sf ../share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
    if [[ -f $HOME/.nuget/NuGet/NuGet.Config ]]; then
        mkdir -p "$rootfs/root/.nuget/NuGet"
        cp "$HOME/.nuget/NuGet/NuGet.Config" "$rootfs/root/.nuget/NuGet/NuGet.Config"
    fi
    say "stand-in root: $((SECONDS - started))s"
}

import_stand_ins() {
    local rootfs=$1 label=$2 runtime sdk path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    runtime=$(host_runtime_version)
    sdk=$(dotnet --version)
    local common=(--change "ENV PATH=$path" --change "ENV APP_UID=1654" --change "ENV ASPNETCORE_HTTP_PORTS=$PORT"
        --change "ENV DOTNET_RUNNING_IN_CONTAINER=true" --change "ENV DOTNET_VERSION=$runtime"
        --change "ENV ASPNET_VERSION=$runtime" --change "LABEL $STAND_IN_LABEL=\"$label\"")

    tar -C "$rootfs" -cf - --exclude=./usr/share/dotnet/sdk --exclude=./usr/share/dotnet/sdk-manifests \
        --exclude=./usr/share/dotnet/packs --exclude=./usr/share/dotnet/templates --exclude=./root/.nuget . \
        | timeout 600 podman import "${common[@]}" - "$RUNTIME_IMAGE" >/dev/null

    local sdk_env=(--change "ENV DOTNET_SDK_VERSION=$sdk" --change "ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false"
        --change "ENV DOTNET_NOLOGO=true" --change "ENV DOTNET_USE_POLLING_FILE_WATCHER=true"
        --change "ENV NUGET_XMLDOC_MODE=skip")
    [[ -z ${NUGET_CERT_REVOCATION_MODE:-} ]] || sdk_env+=(--change "ENV NUGET_CERT_REVOCATION_MODE=$NUGET_CERT_REVOCATION_MODE")
    tar -C "$rootfs" -cf - . | timeout 900 podman import "${common[@]}" "${sdk_env[@]}" - "$SDK_IMAGE" >/dev/null
    say "imported $RUNTIME_IMAGE and $SDK_IMAGE"
}

# ---------------------------------------------------------------------------------------------------- the image

build_image() {
    local started=$SECONDS
    if timeout 1800 podman build --isolation chroot --format docker --pull=never -t "$IMAGE" -f "$ROOT/Dockerfile" "$ROOT" \
        >"$WORK/build.log" 2>&1; then
        pass "image builds from the Dockerfile" "$((SECONDS - started))s"
    else
        fail "image builds from the Dockerfile" "$(tail -30 "$WORK/build.log")"
        exit 1
    fi
}

image_config() { podman image inspect --format "{{ json .Config }}" "$IMAGE"; }

# Docker's health check survives only in the docker image format; podman keeps it at the top level.
image_healthcheck() {
    podman image inspect --format '{{ json .HealthCheck }}' "$IMAGE" 2>/dev/null | jq -c 'select(. != null) | .Test // empty'
}

image_env() { image_config | jq -r '.Env // [] | .[]'; }

image_env_value() { image_env | sed -n "s/^$1=//p" | tail -1; }

check_image_settings() {
    local config user exposed test
    config=$(image_config)
    user=$(jq -r '.User // ""' <<<"$config")
    if [[ -n $user && $user != 0 && $user != root && $user != 0:* ]]; then
        pass "image runs as a non-root user" "User=$user"
    else
        fail "image runs as a non-root user" "User='$user'"
    fi

    exposed=$(jq -r '.ExposedPorts // {} | keys | join(" ")' <<<"$config")
    if [[ $(image_env_value ASPNETCORE_HTTP_PORTS) == "$PORT" && $exposed == *"$PORT/tcp"* && -z $(image_env_value ASPNETCORE_URLS) ]]; then
        pass "image is set to listen on $PORT" "ASPNETCORE_HTTP_PORTS=$PORT, exposes $exposed"
    else
        fail "image is set to listen on $PORT" "ASPNETCORE_HTTP_PORTS=$(image_env_value ASPNETCORE_HTTP_PORTS) ASPNETCORE_URLS=$(image_env_value ASPNETCORE_URLS) exposes '$exposed'"
    fi

    test=$(image_healthcheck)
    if [[ $test == '["CMD",'* && $test != *curl* && $test != *wget* ]]; then
        pass "image has a HEALTHCHECK that needs no extra tool" "$test"
    else
        fail "image has a HEALTHCHECK that needs no extra tool" "Healthcheck: '${test:-none}'"
    fi
}

mount_image() {
    local merged
    merged=$(timeout 60 podman image mount "$IMAGE")
    IMAGE_MOUNTED=true
    APP_ROOT=$WORK/root
    mkdir -p "$APP_ROOT"
    # A read-only view of the image, as `--read-only` gives a container; the image's own mount stays as podman made it.
    mount_at "$APP_ROOT" --bind "$merged"
    mount --make-private "$APP_ROOT"
    mount -o remount,bind,ro "$APP_ROOT"
    mount_at "$APP_ROOT/proc" -t proc proc
    mount_at "$APP_ROOT/dev" --bind /dev
    mount_at "$APP_ROOT/tmp" -t tmpfs -o mode=1777,size=64m tmpfs
}

check_image_contents() {
    local strays
    strays=$(cd "$APP_ROOT" && find app -maxdepth 3 \( -name '*.Tests.dll' -o -name '*.csproj' -o -name '*.cs' -o -name .git -o -name obj \) | head -5)
    if [[ -z $strays && -f $APP_ROOT/app/KratomFacts.Web.dll && -d $APP_ROOT/app/content/articles ]]; then
        pass "image holds the published app and its content, no sources or tests" "$(du -sh "$APP_ROOT/app" | cut -f1) in /app"
    else
        fail "image holds the published app and its content, no sources or tests" "found: ${strays:-app or content missing}"
    fi
    if [[ -f $APP_ROOT/app/wwwroot/css/site.css ]]; then
        pass "static assets are published into the image" "/app/wwwroot/css/site.css"
    else
        fail "static assets are published into the image" "no /app/wwwroot/css/site.css (the web root link was not followed)"
    fi
}

# compose_service [OVERLAY...]: compose.yaml's site service, with overlays applied, as JSON (the compose tool resolves
# the file the way `docker compose up` reads it; no engine is needed for that).
compose_service() {
    local files=(-f "$ROOT/compose.yaml") overlay
    for overlay in "$@"; do files+=(-f "$ROOT/$overlay"); done
    timeout 60 docker-compose "${files[@]}" config 2>"$WORK/compose.err" \
        | python3 -c 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin)["services"]["site"], sys.stdout)'
}

check_compose() {
    local site local_content memory problems=()
    if ! site=$(compose_service); then
        fail "compose.yaml runs the image as checked here" "$(cat "$WORK/compose.err")"
        return
    fi
    jq -e '.read_only == true' <<<"$site" >/dev/null || problems+=("root not read-only")
    jq -e '[.tmpfs[]? | select(startswith("/tmp"))] | length == 1' <<<"$site" >/dev/null || problems+=("no tmpfs on /tmp")
    jq -e --arg port "$PORT" '[.ports[]? | select((.target | tostring) == $port)] | length == 1' <<<"$site" >/dev/null \
        || problems+=("port $PORT not published")
    jq -e --argjson test "$(image_healthcheck)" '.healthcheck.test == $test' <<<"$site" >/dev/null \
        || problems+=("health check differs from the image's")
    memory=$(jq -r '.deploy.resources.limits.memory // empty' <<<"$site")
    case $memory in
        *[Mm]) MEMORY_LIMIT_MB=${memory%?} ;;
        *[Gg]) MEMORY_LIMIT_MB=$((${memory%?} * 1024)) ;;
        *) problems+=("no memory limit in M or G: '$memory'") ;;
    esac
    jq -e '.deploy.resources.limits.cpus' <<<"$site" >/dev/null || problems+=("no CPU limit")
    local_content=$(compose_service compose.local-content.yaml | jq -r '.volumes[]? | select(type == "string" and endswith(":/app/content:ro"))')
    [[ -n $local_content ]] || problems+=("compose.local-content.yaml does not mount content read-only at /app/content")
    if ((${#problems[@]} == 0)); then
        pass "compose.yaml runs the image as checked here" "read-only root, tmpfs /tmp, port $PORT, the image's health check, limits $memory and $(jq -r '.deploy.resources.limits.cpus' <<<"$site") CPU; overlay mounts $local_content"
    else
        fail "compose.yaml runs the image as checked here" "$(IFS=';'; echo "${problems[*]}")"
    fi
}

check_memory_within_limit() {
    local peak_kb
    peak_kb=$(awk '/^VmHWM:/ { print $2 }' /proc/"$APP_PID"/status 2>/dev/null || true)
    if [[ -z $MEMORY_LIMIT_MB || -z $peak_kb ]]; then
        fail "site stays within compose.yaml's memory limit" "limit '${MEMORY_LIMIT_MB}' MB, peak '${peak_kb}' kB"
    elif ((peak_kb / 1024 < MEMORY_LIMIT_MB)); then
        pass "site stays within compose.yaml's memory limit" "peak resident $((peak_kb / 1024)) MB of ${MEMORY_LIMIT_MB} MB"
    else
        fail "site stays within compose.yaml's memory limit" "peak resident $((peak_kb / 1024)) MB, limit ${MEMORY_LIMIT_MB} MB"
    fi
}

# ---------------------------------------------------------------------------------------------------- running it

# The image's user as uid:gid, resolved in the image's own /etc/passwd when it is a name.
image_user_ids() {
    local user uid gid
    user=$(image_config | jq -r '.User // "0"')
    uid=${user%%:*}
    if [[ ! $uid =~ ^[0-9]+$ ]]; then
        uid=$(awk -F: -v n="$uid" '$1 == n { print $3 }' "$APP_ROOT/etc/passwd")
    fi
    gid=$(awk -F: -v u="$uid" '$3 == u { print $4 }' "$APP_ROOT/etc/passwd")
    [[ $user == *:* ]] && gid=${user#*:}
    echo "$uid:${gid:-$uid}"
}

# The environment a container engine gives the entrypoint: the image's Env, plus HOME and HOSTNAME.
container_env() {
    local ids=$1 home
    home=$(awk -F: -v u="${ids%%:*}" '$3 == u { print $6 }' "$APP_ROOT/etc/passwd")
    image_env
    echo "HOME=${home:-/}"
    echo "HOSTNAME=kratomfacts-smoke"
}

# in_image USER -- CMD...: runs a command in the running site's root, network and environment, as `docker exec`
# does; USER is uid:gid, or empty for the image's user.
in_image() {
    local ids=$1 env workdir
    shift 2
    if [[ $MODE == podman ]]; then
        timeout 30 podman exec ${ids:+--user "$ids"} "$CONTAINER" "$@"
        return
    fi
    ids=${ids:-$(image_user_ids)}
    mapfile -t env < <(container_env "$ids")
    workdir=$(image_config | jq -r '.WorkingDir // "/"')
    timeout 30 nsenter --net=/proc/"$APP_PID"/ns/net -- env -i "${env[@]}" \
        /usr/sbin/chroot --userspec="$ids" "$APP_ROOT" /usr/bin/env --chdir="${workdir:-/}" "$@"
}

# start_app LOG-NAME [CONTENT-DIR]: starts the image's entrypoint as a container engine would, with a read-only root,
# a tmpfs on /tmp and no network but loopback; CONTENT-DIR is mounted read-only over /app/content.
start_app() {
    if [[ $MODE != chroot ]] && start_with_podman "$@"; then
        MODE=podman
        return 0
    fi
    [[ $MODE == chroot ]] || say "podman run does not work here ($(tail -1 "$WORK/podman-run.log")); starting the image with chroot"
    MODE=chroot
    start_with_chroot "$@"
}

start_with_podman() {
    local volume=()
    [[ -z ${2:-} ]] || volume=(--volume "$2:/app/content:ro")
    timeout 120 podman run --detach --name "$CONTAINER" --network none --read-only --tmpfs /tmp \
        "${volume[@]}" "$IMAGE" >"$WORK/podman-run.log" 2>&1 || { timeout 30 podman rm -f "$CONTAINER" >/dev/null 2>&1; return 1; }
    APP_PID=$(podman inspect --format '{{ .State.Pid }}' "$CONTAINER")
    CONTAINER_LOGS=$WORK/$1
}

start_with_chroot() {
    local log=$WORK/$1 ids env workdir entry
    if [[ -n ${2:-} ]]; then
        mount_at "$APP_ROOT/app/content" --bind "$2"
        mount -o remount,bind,ro "$APP_ROOT/app/content"
    fi
    ids=$(image_user_ids)
    mapfile -t env < <(container_env "$ids")
    workdir=$(image_config | jq -r '.WorkingDir // "/"')
    mapfile -t entry < <(image_config | jq -r '(.Entrypoint // []) + (.Cmd // []) | .[]')
    # A fresh network namespace with only loopback, as `--network none`: nothing else on this machine can take the
    # port, and the app reaches nothing outside.
    unshare --net -- /bin/sh -c 'ip link set lo up && exec "$@"' sh \
        env -i "${env[@]}" /usr/sbin/chroot --userspec="$ids" "$APP_ROOT" /usr/bin/env --chdir="${workdir:-/}" "${entry[@]}" \
        >"$log.out" 2>"$log.err" &
    APP_PID=$!
}

# probe PATH [CURL-ARGS...]: a GET from inside the app's network namespace; prints the status, body to $WORK/body.
probe() {
    local path=$1
    shift
    nsenter --net=/proc/"$APP_PID"/ns/net -- curl -sS --max-time 10 -o "$WORK/body" -D "$WORK/headers" \
        -w '%{http_code}' "$@" "http://127.0.0.1:$PORT$path" 2>"$WORK/curl.err" || true
}

wait_until_serving() { # wait_until_serving LOG-NAME
    local deadline=$((SECONDS + START_SECONDS))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            fail "site starts from the image" "the app exited: $(tail -20 "$WORK/$1.err" "$WORK/$1.out" 2>/dev/null)"
            return 1
        fi
        [[ $(probe /healthz) == 200 ]] && { pass "site starts from the image" "serving after $((SECONDS - deadline + START_SECONDS))s"; return 0; }
        sleep 0.5
    done
    fail "site starts from the image" "no 200 from /healthz within ${START_SECONDS}s: $(tail -20 "$WORK/$1.err" "$WORK/$1.out")"
    return 1
}

check_page() { # check_page NAME PATH EXPECTED-TEXT
    local status
    status=$(probe "$2")
    if [[ $status == 200 ]] && grep -q "$3" "$WORK/body"; then
        pass "$1" "GET $2 -> 200"
    else
        fail "$1" "GET $2 -> ${status:-no answer} $(head -c 300 "$WORK/body" 2>/dev/null) $(cat "$WORK/curl.err")"
    fi
}

check_search_api() {
    local status type
    status=$(probe '/api/search?q=opioid')
    type=$(grep -i '^content-type:' "$WORK/headers" | tr -d '\r' | cut -d' ' -f2- || true)
    if [[ $status == 200 && $type == application/json* ]] && jq -e '.results | type == "array"' "$WORK/body" >/dev/null 2>&1; then
        pass "search API answers JSON" "GET /api/search?q=opioid -> 200, $(jq '.total' "$WORK/body") results"
    elif [[ $status == 404 ]]; then
        fail "search API answers JSON" "GET /api/search?q=opioid -> 404: the app has no search API yet"
    else
        fail "search API answers JSON" "GET /api/search?q=opioid -> ${status:-no answer}, Content-Type '$type': $(head -c 300 "$WORK/body")"
    fi
}

health_content() { # prints the content fingerprint the site reports on /healthz
    [[ $(probe /healthz) == 200 ]] && jq -r '.content // empty' "$WORK/body"
}

check_process_user() {
    local ids uids caps
    ids=$(image_user_ids)
    uids=$(awk '/^Uid:/ { print $2, $3, $4, $5 }' /proc/"$APP_PID"/status 2>/dev/null || true)
    caps=$(awk '/^CapEff:/ { print $2 }' /proc/"$APP_PID"/status 2>/dev/null || true)
    if [[ $uids == "${ids%%:*} ${ids%%:*} ${ids%%:*} ${ids%%:*}" && ${ids%%:*} != 0 && $caps =~ ^0+$ ]]; then
        pass "site process runs as the image's user, not root, with no capabilities" "uid ${ids%%:*} (real, effective, saved, filesystem), CapEff $caps"
    else
        fail "site process runs as the image's user, not root, with no capabilities" "expected uid ${ids%%:*}, process has '$uids', CapEff '$caps'"
    fi
}

check_listening_port() {
    local ports
    ports=$(nsenter --net=/proc/"$APP_PID"/ns/net -- ss -Hltn | awk '{ n = split($4, a, ":"); print a[n] }' | sort -u | tr '\n' ' ' || true)
    if [[ $ports == "$PORT " ]]; then
        pass "site listens on $PORT and nothing else" "listening: $ports"
    else
        fail "site listens on $PORT and nothing else" "listening: '${ports}'"
    fi
}

run_healthcheck() { # runs the image's HEALTHCHECK command as the engine would, inside the app's root and network
    local test
    mapfile -t test < <(image_healthcheck | jq -r '.[1:][]')
    ((${#test[@]} > 0)) || return 2
    in_image "" -- "${test[@]}" >"$WORK/healthcheck.out" 2>&1
}

check_healthcheck_passes() {
    if run_healthcheck; then
        pass "HEALTHCHECK command passes while the site serves" "$(image_healthcheck)"
    else
        fail "HEALTHCHECK command passes while the site serves" "exit $?: $(head -c 300 "$WORK/healthcheck.out")"
    fi
}

check_read_only_root() {
    local as_root as_user
    as_root=$(in_image 0:0 -- /usr/bin/touch /app/.written /.written 2>&1 && echo "root wrote to /app and /" || true)
    as_user=$(in_image "" -- /usr/bin/touch /tmp/.written 2>&1 && echo ok || true)
    if [[ $as_root == *"Read-only file system"* && $as_user == ok ]]; then
        pass "site serves from a read-only root with only /tmp writable" "even root cannot write to / or /app; /tmp takes writes"
    else
        fail "site serves from a read-only root with only /tmp writable" "writing / as root: ${as_root:-no error}; /tmp as the site's user: ${as_user}"
    fi
}

check_logs() { # check_logs LOG-NAME: every line on stdout is a JSON log entry, and none is a warning or worse
    local out=$WORK/$1.out lines bad warnings
    lines=$(grep -c . "$out" || true)
    bad=$(grep . "$out" | while IFS= read -r line; do jq -e . >/dev/null 2>&1 <<<"$line" || echo "$line"; done | head -3 || true)
    if ((lines > 0)) && [[ -z $bad ]]; then
        pass "logs go to stdout as JSON" "$lines entries, e.g. $(head -1 "$out" | jq -c '{LogLevel, Category, Message}')"
    else
        fail "logs go to stdout as JSON" "${lines} lines; not JSON: ${bad:-none on stdout}"
    fi
    warnings=$(grep . "$out" | jq -rc 'select(.LogLevel == "Warning" or .LogLevel == "Error" or .LogLevel == "Critical") | "\(.LogLevel) \(.Category): \(.Message)"' 2>/dev/null | head -3 || true)
    if [[ -z $warnings && ! -s $WORK/$1.err ]]; then
        pass "site starts without warnings or errors" "nothing on stderr, no Warning entries"
    else
        fail "site starts without warnings or errors" "$warnings $(head -c 300 "$WORK/$1.err")"
    fi
}

check_index_matches_content() { # check_index_matches_content FINGERPRINT-FROM-HEALTHZ
    local manifest=$APP_ROOT/app/index/manifest.json baked
    if [[ ! -f $manifest ]]; then
        if grep -q "search is not available yet" "$WORK/build.log"; then
            fail "index in the image matches its content" "no /app/index/manifest.json: build-index said 'search is not available yet' during the build"
        else
            fail "index in the image matches its content" "no /app/index/manifest.json in the image"
        fi
        return
    fi
    baked=$(jq -r '.fingerprint // empty' "$manifest")
    if [[ -n $baked && $baked == "$1" ]]; then
        pass "index in the image matches its content" "manifest fingerprint $baked, $(jq -r '.documents' "$manifest") documents, built $(jq -r '.builtAt' "$manifest")"
    else
        fail "index in the image matches its content" "manifest fingerprint '${baked}', the app serves content '$1'"
    fi
}

stop_and_check() {
    local stopped_at=$SECONDS
    if stop_app; then
        pass "site stops on SIGTERM" "in $((SECONDS - stopped_at))s"
    else
        fail "site stops on SIGTERM" "still running after 15s; killed"
    fi
}

run_healthcheck_after_stop() {
    # With nothing listening the same command must fail, or its passing proves nothing. The site's network namespace
    # went with it, so the command gets a new one with only loopback.
    local test status=0
    mapfile -t test < <(image_healthcheck | jq -r '.[1:][]')
    if [[ $MODE == podman ]]; then
        timeout 60 podman run --rm --network none --read-only --entrypoint "${test[0]}" "$IMAGE" "${test[@]:1}" \
            >"$WORK/healthcheck.out" 2>&1 || status=$?
    else
        unshare --net -- /bin/sh -c 'ip link set lo up && exec sleep 60' &
        APP_PID=$!
        sleep 0.5
        run_healthcheck || status=$?
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
    if ((status == 1)); then
        pass "HEALTHCHECK command fails when the site is down" "exit 1: $(head -c 200 "$WORK/healthcheck.out")"
    else
        fail "HEALTHCHECK command fails when the site is down" "exit $status: $(head -c 200 "$WORK/healthcheck.out")"
    fi
}

# ---------------------------------------------------------------------------------------------------- main

serve_and_check_baked_image() {
    local baked article
    start_app site
    if wait_until_serving site; then
        baked=$(health_content || true)
        if [[ -n $baked ]]; then
            pass "/healthz answers 200 with the content fingerprint" "content $baked, $(jq -r '.articles' "$WORK/body") articles"
        else
            fail "/healthz answers 200 with the content fingerprint" "$(head -c 300 "$WORK/body")"
        fi
        check_page "home page answers 200" / "KratomFacts"
        article=$(find "$APP_ROOT/app/content/articles" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | head -1)
        check_page "an article page answers 200" "/articles/$article" "<h1"
        check_page "stylesheet is served" /css/site.css "[a-z]"
        check_search_api
        check_process_user
        check_listening_port
        check_healthcheck_passes
        check_read_only_root
        check_index_matches_content "$baked"
        check_memory_within_limit
        BAKED_CONTENT=$baked
    fi
    stop_and_check
    check_logs site
    run_healthcheck_after_stop
}

serve_and_check_mounted_content() {
    local served
    start_app mounted "$ROOT/tests/fixtures/content"
    if wait_until_serving mounted; then
        served=$(health_content || true)
        if [[ -n $served && $served != "${BAKED_CONTENT:-}" ]]; then
            pass "mounted content replaces the baked content" "content $served (baked: ${BAKED_CONTENT:-unknown})"
        else
            fail "mounted content replaces the baked content" "content '$served' (baked: '${BAKED_CONTENT:-unknown}')"
        fi
        check_page "an article of the mounted content answers 200" /articles/alpha-article "Alpha article"
        check_search_api
    fi
    stop_app || true
}

main() {
    step "tools"
    ensure_tools
    step "base images"
    ensure_base_images
    step "build"
    build_image
    check_image_settings
    check_compose
    mount_image
    check_image_contents
    step "run as compose.yaml does: read-only root, only /tmp writable, as the image's user, port $PORT"
    serve_and_check_baked_image
    step "run with a local content folder mounted read-only over /app/content"
    serve_and_check_mounted_content
}

main
