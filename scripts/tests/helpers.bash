# Shared by the .bats files in this folder (run them with `make test-scripts`).
# shellcheck shell=bash

bats_require_minimum_version 1.5.0

ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
ENSURE="$ROOT/scripts/ensure-postgres.sh"
load "$ROOT/frontend/node_modules/bats-support/load.bash"
load "$ROOT/frontend/node_modules/bats-assert/load.bash"

# A TCP port nothing listens on right now (the kernel picks it).
free_port() {
    node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

# Writes an executable stand-in for command $1 with body $2 into folder $FAKES (replacing a
# link there, never writing through it).
fake() {
    rm -f "$FAKES/$1"
    printf '#!/usr/bin/env bash\n%s\n' "$2" >"$FAKES/$1"
    chmod 755 "$FAKES/$1"
}

# Passes when each extended regular expression matches a line of $output, each on a later line
# than the one before it.
assert_lines_in_order() {
    local pattern from=0 i found
    for pattern in "$@"; do
        found=""
        for ((i = from; i < ${#lines[@]}; i++)); do
            if [[ "${lines[i]}" =~ $pattern ]]; then
                found=$i
                break
            fi
        done
        if [[ -z "$found" ]]; then
            batslib_print_kv_single_or_multi 8 "expected, in order" "$pattern" "output" "$output" |
                batslib_decorate "no line matches the pattern after line $from" | fail
            return 1
        fi
        from=$((found + 1))
    done
}
