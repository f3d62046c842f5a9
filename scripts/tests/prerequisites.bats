#!/usr/bin/env bats
# scripts/prerequisites.sh on a PATH that holds only basic tools and the stand-ins each test
# writes: what it accepts, and the one line it says for each thing missing.

setup() {
    load helpers
    FAKES="$BATS_TEST_TMPDIR/bin"
    mkdir -p "$FAKES"
    local tool
    for tool in bash env sed grep sort head dirname basename readlink uname cat; do
        ln -s "$(command -v "$tool")" "$FAKES/$tool"
    done
    # Not root, so Chromium is not installed on the fly.
    fake id 'echo 1000'
    unset JAVA_HOME CHROMIUM_PATH
}

# A JDK of version $1 (e.g. 17.0.15) in folder $2, its java and javac on the PATH.
fake_jdk() {
    mkdir -p "$2/bin"
    echo "JAVA_VERSION=\"$1\"" >"$2/release"
    printf '#!/usr/bin/env bash\necho "openjdk version \\"%s\\"" >&2\n' "$1" >"$2/bin/java"
    chmod 755 "$2/bin/java"
    ln -s "$2/bin/java" "$FAKES/java"
    fake javac 'exit 0'
}

all_there() {
    fake_jdk 17.0.15 "$BATS_TEST_TMPDIR/jdk17"
    fake node 'echo v20.19.0'
    fake npm 'exit 0'
    fake curl 'exit 0'
}

check() {
    PATH="$FAKES" run "$BATS_TEST_DIRNAME/../prerequisites.sh" "$@"
}

@test "says nothing when Java 17, Node 20.19 with npm, and curl are there" {
    all_there

    check

    assert_success
    assert_output ""
}

@test "names each missing tool on one line with how to get it" {
    check

    assert_failure 1
    assert_line --regexp "^prerequisites: Java 17 or newer is missing \(a JDK\): apt-get install openjdk-17-jdk-headless .*"
    assert_line --regexp "^prerequisites: Node.js 20.19 or newer is missing: .*https://nodejs.org\$"
    assert_line --regexp "^prerequisites: curl is missing .*: apt-get install curl\$"
    assert_line "prerequisites: install what is listed above, then run make again (PostgreSQL and Docker are optional)"
    assert_equal "${#lines[@]}" 4
}

@test "names the versions that are too old" {
    fake_jdk 11.0.22 "$BATS_TEST_TMPDIR/jdk11"
    fake node 'echo v20.18.3'
    fake npm 'exit 0'
    fake curl 'exit 0'

    check

    assert_failure 1
    assert_line --regexp "^prerequisites: Java 17 or newer is needed, $FAKES/java is Java 11: "
    assert_line --regexp "^prerequisites: Node.js 20.19 or newer is needed, $FAKES/node is 20.18.3: "
    assert_equal "${#lines[@]}" 3
}

@test "reads the version from java -version where there is no release file" {
    all_there
    rm "$FAKES/java"
    fake java 'echo "openjdk version \"21.0.4\" 2024-07-16" >&2'
    fake node 'echo v22.12.0'

    check

    assert_success
    assert_output ""
}

@test "wants javac, and a JAVA_HOME of Java 17+ when one is set" {
    all_there
    rm "$FAKES/javac"
    mkdir -p "$BATS_TEST_TMPDIR/jdk8/bin"
    echo 'JAVA_VERSION="1.8.0_402"' >"$BATS_TEST_TMPDIR/jdk8/release"

    JAVA_HOME="$BATS_TEST_TMPDIR/jdk8" check

    assert_failure 1
    assert_line --regexp "^prerequisites: javac is missing: Java 17 is installed without its JDK; "
    assert_line "prerequisites: JAVA_HOME=$BATS_TEST_TMPDIR/jdk8 is not a Java 17+ installation (Maven builds with it): point it at one, or unset it"
}

@test "--browser also wants Chromium, from the PATH or CHROMIUM_PATH" {
    all_there

    check --browser
    assert_failure 1
    assert_line --regexp "^prerequisites: Chromium is missing for the browser tests: .*, or set CHROMIUM_PATH to a Chromium or Chrome binary\$"

    fake chromium 'exit 0'
    check --browser
    assert_success

    rm "$FAKES/chromium"
    fake chrome 'exit 0'
    CHROMIUM_PATH="$FAKES/chrome" check --browser
    assert_success
}
