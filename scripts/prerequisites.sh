#!/usr/bin/env bash
# Checks what `make run` needs before anything is built, one line for each missing tool with how
# to get it: Java 17+ (a JDK: the backend is compiled here), Node 20.19+ with npm, and curl.
# With --browser (`make test`) Chromium too. Silent when all is there. PostgreSQL and Docker are
# not needed: scripts/ensure-postgres.sh finds, starts or downloads a PostgreSQL.
#
#   scripts/prerequisites.sh [--browser]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JAVA_MIN=17
NODE_MIN=20.19 # frontend/package.json "engines" (Vite 8)

browser=0
case "${1:-}" in
    --browser) browser=1 ;;
    "") ;;
    *) die "unknown option $1" ;;
esac

if [[ "$(uname -s)" == Darwin ]]; then
    java_hint="brew install openjdk@17, or a JDK from https://adoptium.net"
    node_hint="brew install node"
    chromium_hint="brew install --cask chromium"
else
    java_hint="apt-get install openjdk-17-jdk-headless (Debian/Ubuntu), dnf install java-17-openjdk-devel (Fedora), or a JDK from https://adoptium.net"
    node_hint="apt-get install nodejs npm where the distribution has 20.19+ (Debian 13, Ubuntu 24.04), else https://nodejs.org"
    chromium_hint="apt-get install chromium (Debian), dnf install chromium (Fedora)"
fi

missing=0
need() {
    say "$*"
    missing=1
}

# The feature version of the java binary $1 (17 for 17.0.15, 1 for 1.8): from the release file
# of its installation when there is one (no JVM start), else from `java -version`.
java_version() {
    local home
    home="$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")"
    if [[ -f "$home/release" ]] && grep -q '^JAVA_VERSION=' "$home/release"; then
        sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
    else
        "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
    fi
}

# Passes when dotted version $1 is at least $2.
at_least() {
    [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -t. -k1,1n -k2,2n -k3,3n | head -n 1)" == "$2" ]]
}

check_java() {
    local java version=""
    if java="$(command -v java)"; then
        version="$(java_version "$java" || true)"
    fi
    if [[ -z "$version" ]]; then
        need "Java $JAVA_MIN or newer is missing (a JDK): $java_hint"
        return
    fi
    if ((version < JAVA_MIN)); then
        need "Java $JAVA_MIN or newer is needed, $java is Java $version: $java_hint"
    elif ! command -v javac >/dev/null 2>&1; then
        need "javac is missing: Java $version is installed without its JDK; $java_hint"
    fi
    # The Maven wrapper builds with JAVA_HOME's Java when it is set.
    if [[ -n "${JAVA_HOME:-}" ]]; then
        version="$(java_version "$JAVA_HOME/bin/java" 2>/dev/null || true)"
        if [[ -z "$version" ]] || ((version < JAVA_MIN)); then
            need "JAVA_HOME=$JAVA_HOME is not a Java $JAVA_MIN+ installation (Maven builds with it): point it at one, or unset it"
        fi
    fi
}

check_node() {
    local version
    if ! command -v node >/dev/null 2>&1; then
        need "Node.js $NODE_MIN or newer is missing: $node_hint"
        return
    fi
    version="$(node --version)"
    version="${version#v}"
    if ! at_least "$version" "$NODE_MIN"; then
        need "Node.js $NODE_MIN or newer is needed, $(command -v node) is $version: $node_hint"
    fi
    command -v npm >/dev/null 2>&1 || need "npm is missing (it comes with Node.js; Debian/Ubuntu: apt-get install npm)"
}

check_chromium() {
    find_chromium >/dev/null && return 0
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "Chromium is missing: the browser tests will install it (apt-get install chromium)"
    else
        need "Chromium is missing for the browser tests: $chromium_hint, or set CHROMIUM_PATH to a Chromium or Chrome binary"
    fi
}

check_java
check_node
command -v curl >/dev/null 2>&1 || need "curl is missing (the scripts wait for the server with it): apt-get install curl"
((browser == 0)) || check_chromium

if ((missing)); then
    die "install what is listed above, then run make again (PostgreSQL and Docker are optional)"
fi
