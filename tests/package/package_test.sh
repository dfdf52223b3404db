#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The package test: builds the .deb packages with CPack into a temporary folder, checks their
# contents and metadata, extracts them with `dpkg-deb -x` into a temporary root, runs the installed
# programs from there and, with the installed fairstart-node and fairstart-cli, runs a federated
# fit over two local nodes. Needs no root; removes its temporary folder and stops its nodes.
#
#   package_test.sh CPACK BUILD_DIR VERSION APP_ID [HARDENING]
#
# HARDENING (ON/OFF, default ON): the build's FAIRSTART_HARDENING; when ON, the installed programs
# must carry it (harden_elf_check.sh).
#
# Exit: 0 all checks passed, 1 a check failed (the output names which). A missing tool or a
# program that cannot yet do what the test needs is a failure, never a skip.
set -u

CPACK=$1
BUILD_DIR=$2
VERSION=$3
APP_ID=$4
HARDENING=${5:-ON}

failures=0
missing=()
node_pids=()

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fairstart-package.XXXXXX")
cleanup() {
    for pid in "${node_pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${node_pids[@]}"; do
        # A node that ignores SIGTERM for 10 s is killed.
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
note() { echo "note: $*"; }

# Every tool a check needs is installed by scripts/install-deps (which `make test` runs): a check
# that cannot run is a failure, never a skip. Only lintian is not (see section 4).
for tool in dpkg-deb:dpkg-dev dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils \
        appstreamcli:appstream systemd-analyze:systemd update-mime-database:shared-mime-info \
        update-desktop-database:desktop-file-utils gio:libglib2.0-bin; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "FAIL: ${tool%%:*} is not installed (Debian package ${tool#*:}; run" \
            "scripts/install-deps)"
        exit 1
    fi
done

# --- 1. Build the packages -------------------------------------------------------------------
echo "== cpack -G DEB (output: $tmp/cpack)"
# Like every test, this one packages what `make build` built. CPACK_CMAKE_GENERATOR=Ninja only
# stops cpack from first running the Makefile "preinstall" target, i.e. rebuilding the whole tree
# from inside a test; the install rules and the package are the same.
if ! "$CPACK" -G DEB -B "$tmp/cpack" --config "$BUILD_DIR/CPackConfig.cmake" \
        -D CPACK_CMAKE_GENERATOR=Ninja >"$tmp/cpack.log" 2>&1
then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack could not build the .deb packages (log above)"
    exit 1
fi
deb_desktop=$(ls "$tmp"/cpack/fairstart_"$VERSION"_*.deb 2>/dev/null)
deb_node=$(ls "$tmp"/cpack/fairstart-node_"$VERSION"_*.deb 2>/dev/null)
if [ -z "$deb_desktop" ] || [ -z "$deb_node" ]; then
    ls -l "$tmp/cpack"
    echo "FAIL: expected fairstart_${VERSION}_*.deb and fairstart-node_${VERSION}_*.deb"
    exit 1
fi
pass "built $(basename "$deb_desktop") and $(basename "$deb_node")"

# --- 2. Metadata and contents ----------------------------------------------------------------
check_field() { # deb field pattern what
    local value
    value=$(dpkg-deb -f "$1" "$2")
    if printf '%s\n' "$value" | grep -Eq "$3"; then
        pass "$(basename "$1"): $2 has $4"
    else
        fail "$(basename "$1"): $2 lacks $4: '$value'"
    fi
}
check_field "$deb_desktop" Depends 'libqt6widgets6' "the Qt libraries found by dpkg-shlibdeps"
check_field "$deb_desktop" Depends 'libqt6svg6' "the Qt SVG plugins"
check_field "$deb_desktop" Depends 'fonts-dejavu-core' "a font"
check_field "$deb_node" Depends 'libsqlcipher' "SQLCipher found by dpkg-shlibdeps"
check_field "$deb_node" Depends 'adduser' "adduser for the postinst"
if dpkg-deb -f "$deb_node" Depends | grep -q 'libqt6gui6\|libqt6widgets6'; then
    fail "fairstart-node depends on Qt GUI libraries; the node must not link them"
fi

check_files() { # deb path...
    local deb=$1 listing
    shift
    listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
    for path in "$@"; do
        if printf '%s\n' "$listing" | grep -qx "\\./$path"; then
            pass "$(basename "$deb") contains /$path"
        else
            fail "$(basename "$deb") lacks /$path"
        fi
    done
}
icons=()
for size in 16 22 24 32 48 64 128 256; do
    icons+=("usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
check_files "$deb_desktop" usr/bin/fairstart usr/bin/fairstart-cli usr/bin/fairstart-report \
    "usr/share/applications/$APP_ID.desktop" "usr/share/metainfo/$APP_ID.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "${icons[@]}" \
    "usr/share/mime/packages/$APP_ID.xml" \
    usr/share/icons/hicolor/scalable/mimetypes/application-x-fairstart-model.svg \
    usr/share/man/man1/fairstart.1.gz usr/share/man/man1/fairstart-cli.1.gz \
    usr/share/man/man1/fairstart-report.1.gz usr/share/doc/fairstart/copyright \
    usr/share/doc/fairstart/changelog.gz etc/fairstart/trusted-signers
check_files "$deb_node" usr/bin/fairstart-node usr/share/man/man1/fairstart-node.1.gz \
    usr/lib/systemd/system/fairstart-node.service usr/lib/sysusers.d/fairstart-node.conf \
    etc/fairstart-node/fairstart-node.env \
    usr/share/doc/fairstart-node/copyright usr/share/doc/fairstart-node/changelog.gz \
    usr/share/lintian/overrides/fairstart-node
if dpkg-deb -c "$deb_desktop" | grep -q 'fairstart-node'; then
    fail "the fairstart package contains node files"
fi
if dpkg-deb -c "$deb_node" | awk '{print $6}' | grep -q '^\./var/lib'; then
    fail "fairstart-node ships files under /var/lib (the data directory belongs to the site)"
fi

mkdir -p "$tmp/control"
dpkg-deb -e "$deb_node" "$tmp/control"
if grep -qx '/etc/fairstart-node/fairstart-node.env' "$tmp/control/conffiles" 2>/dev/null; then
    pass "fairstart-node marks its settings file as a conffile"
else
    fail "fairstart-node does not mark /etc/fairstart-node/fairstart-node.env as a conffile"
fi
# The organisation's list of trusted signers of model files (branch walk6): the administrator's
# edits survive an upgrade.
mkdir -p "$tmp/control-desktop"
dpkg-deb -e "$deb_desktop" "$tmp/control-desktop"
if grep -qx '/etc/fairstart/trusted-signers' "$tmp/control-desktop/conffiles" 2>/dev/null; then
    pass "fairstart marks /etc/fairstart/trusted-signers as a conffile"
else
    fail "fairstart does not mark /etc/fairstart/trusted-signers as a conffile"
fi
for script in postinst prerm postrm; do
    if [ -x "$tmp/control/$script" ] && sh -n "$tmp/control/$script"; then
        pass "fairstart-node $script is an executable, valid shell script"
    else
        fail "fairstart-node $script is missing, not executable or not valid shell"
    fi
done
if grep -Eq 'rm +-[a-z]*r[a-z]* .*(/var/lib|\$DATA)' "$tmp/control/postrm" "$tmp/control/prerm"
then
    fail "a maintainer script removes the data directory"
fi

# --- 3. Extract and run the installed programs -----------------------------------------------
root="$tmp/root"
dpkg-deb -x "$deb_desktop" "$root" && dpkg-deb -x "$deb_node" "$root" || {
    echo "FAIL: dpkg-deb -x could not extract the packages"
    exit 1
}
pass "extracted both packages into $root"

for program in fairstart fairstart-cli fairstart-node; do
    unresolved=$(ldd "$root/usr/bin/$program" 2>&1 | grep 'not found')
    if [ -n "$unresolved" ]; then
        fail "$program: libraries not found on this system: $unresolved"
    fi
done

# The hardening of the build (cmake/FairstartOptions.cmake) survives CPack's strip.
if [ "$HARDENING" = "OFF" ]; then
    note "built with FAIRSTART_HARDENING=OFF: the programs' hardening is not checked"
elif out=$("$(dirname "$0")/harden_elf_check.sh" "$root/usr/bin/fairstart" \
        "$root/usr/bin/fairstart-cli" "$root/usr/bin/fairstart-report" \
        "$root/usr/bin/fairstart-node" 2>&1); then
    pass "installed programs are hardened: $(printf '%s\n' "$out" | grep -c '^ok:') of 4"
else
    fail "installed programs lack hardening:
$out"
fi

run_version() { # program
    local out status
    # Generous: on a loaded CI machine a Qt program can take seconds to start.
    out=$(QT_QPA_PLATFORM=offscreen timeout 120 "$root/usr/bin/$1" --version 2>&1)
    status=$?
    if [ "$status" -eq 124 ]; then
        missing+=("'$1 --version' did not exit within 120 s (it does not handle --version yet)")
    elif [ "$status" -ne 0 ]; then
        fail "'$1 --version' exited with $status: $out"
    elif printf '%s' "$out" | grep -qF "$VERSION"; then
        pass "installed '$1 --version': $(printf '%s\n' "$out" | grep -F "$VERSION" | head -n 1)"
    else
        fail "'$1 --version' does not print the version $VERSION: $out"
    fi
}
for program in fairstart fairstart-cli fairstart-node; do
    run_version "$program"
done
# The shipped list of trusted signers is empty and has no error: the installed workbench checks it
# as an administrator would after editing it.
if out=$(FAIRSTART_TRUSTED_SIGNERS="$root/etc/fairstart/trusted-signers" QT_QPA_PLATFORM=offscreen \
        timeout 120 "$root/usr/bin/fairstart" --check-signers 2>&1) &&
        printf '%s' "$out" | grep -Eq ': 0 signer.*, no errors'; then
    pass "installed 'fairstart --check-signers' accepts the shipped trusted-signers: $out"
else
    fail "installed 'fairstart --check-signers' on the shipped trusted-signers: $out"
fi

# --- 4. Desktop integration and the service unit ---------------------------------------------
if out=$(desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" 2>&1) &&
        [ -z "$out" ]; then
    pass "desktop-file-validate accepts $APP_ID.desktop"
else
    # It exits 0 on hints and some warnings, but prints them.
    fail "desktop-file-validate: $out"
fi
if out=$(appstreamcli validate --no-net --no-color \
        "$root/usr/share/metainfo/$APP_ID.metainfo.xml" 2>&1); then
    pass "appstreamcli validate --no-net accepts the metainfo"
else
    fail "appstreamcli validate --no-net: $out"
fi
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    if [ -f "$png" ]; then
        # Width and height are the big-endian words at bytes 16..23 of a PNG.
        dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
        [ "$dims" = "${size}x${size}" ] || fail "icon ${size}x${size} is really $dims"
    fi
done
# A double-clicked model file opens with the workbench: the MIME type of *.fairstart-model in the
# packaged shared-mime-info XML, and the .desktop file that takes it (branch walk5). Asked of GIO,
# as a file manager (Nautilus, Thunar …) asks it; xdg-mime's generic backend sniffs the content
# with file(1) instead and says application/json. GIO lists an application only when its Exec is
# on PATH: the extracted usr/bin goes first.
mime_dir="$tmp/mime-check"
mkdir -p "$mime_dir/mime/packages" "$mime_dir/applications"
cp "$root/usr/share/mime/packages/$APP_ID.xml" "$mime_dir/mime/packages/"
cp "$root/usr/share/applications/$APP_ID.desktop" "$mime_dir/applications/"
model_file="$tmp/Risk of delay.fairstart-model"
printf '{}\n' >"$model_file"
update-mime-database "$mime_dir/mime" >/dev/null 2>&1
update-desktop-database "$mime_dir/applications" >/dev/null 2>&1
type=$(HOME="$tmp" XDG_DATA_HOME="$mime_dir" XDG_DATA_DIRS="$mime_dir:/usr/share" \
    gio info -a standard::content-type "$model_file" 2>/dev/null \
    | sed -n 's/.*standard::content-type: //p')
app=$(HOME="$tmp" XDG_DATA_HOME="$mime_dir" XDG_DATA_DIRS="$mime_dir:/usr/share" \
    XDG_CONFIG_HOME="$tmp/config" PATH="$root/usr/bin:$PATH" \
    gio mime application/x-fairstart-model 2>/dev/null | sed -n '1s/.*: //p')
if [ "$type" = "application/x-fairstart-model" ] && [ "$app" = "$APP_ID.desktop" ]; then
    pass "a .fairstart-model file is application/x-fairstart-model and opens with $APP_ID.desktop"
else
    fail "a .fairstart-model file is '$type', opened with '$app'" \
        "(want application/x-fairstart-model, $APP_ID.desktop)"
fi
if grep -qx 'Exec=fairstart %f' "$root/usr/share/applications/$APP_ID.desktop"; then
    pass "the .desktop file passes the double-clicked file to fairstart"
else
    fail "the .desktop file's Exec does not take a file (%f)"
fi
# A copy whose ExecStart names the extracted program, since verify checks that it exists.
unit="$tmp/unit/fairstart-node.service"
mkdir -p "$tmp/unit"
sed "s|/usr/bin/fairstart-node|$root/usr/bin/fairstart-node|" \
    "$root/usr/lib/systemd/system/fairstart-node.service" >"$unit"
# verify exits 0 on unknown keys and bad values, but prints them.
if out=$(systemd-analyze verify --man=no "$unit" 2>&1) && [ -z "$out" ]; then
    pass "systemd-analyze verify accepts fairstart-node.service"
else
    fail "systemd-analyze verify: $out"
fi
if out=$(systemd-analyze security --offline=yes --threshold=30 --no-pager "$unit" 2>&1); then
    pass "systemd-analyze security: $(printf '%s\n' "$out" | tail -n 1)"
else
    fail "systemd-analyze security rates the unit above 3.0:" \
        "$(printf '%s\n' "$out" | tail -n 1)"
fi
# lintian is not among `make test`'s dependencies: on Debian 12 it brings ~130 packages (a newer
# perl among them) and takes minutes of CPU on a CI machine. scripts/install-deps --package
# installs it; where it is installed, its errors and warnings fail this test (info notes do not).
if command -v lintian >/dev/null; then
    if out=$(lintian --no-cfg --fail-on error,warning \
            "$deb_desktop" "$deb_node" 2>&1); then
        pass "lintian reports no errors and no warnings"
    else
        fail "lintian reports errors or warnings:
$out"
    fi
else
    note "lintian not installed (scripts/install-deps --package): the packages are not" \
        "checked against Debian policy"
fi

# --- 5. A federated fit with the installed node and CLI --------------------------------------
node="$root/usr/bin/fairstart-node"
cli="$root/usr/bin/fairstart-cli"
node_help=$(timeout 120 "$node" --help 2>&1)
cli_help=$(timeout 120 "$cli" --help 2>&1)
for command in init demo-data import token keys peers serve; do
    printf '%s' "$node_help" | grep -qw -- "$command" ||
        missing+=("'fairstart-node --help' lists no '$command' command")
done
printf '%s' "$cli_help" | grep -qw -- fit ||
    missing+=("'fairstart-cli --help' lists no 'fit' command")

run_fit() {
    export FAIRSTART_NODE_PASSPHRASE="package-test-$$-passphrase"
    local sites="$tmp/sites.json" i dir port pin token profile
    local -a pins tokens
    local profiles=(youth-health-service hospital)
    printf '{"sites": [' >"$sites"
    for i in 1 2; do
        dir="$tmp/site$i"
        profile=${profiles[$((i - 1))]}
        "$node" init --data-dir "$dir" --name "Package test site $i" >"$tmp/init$i.log" 2>&1 ||
            { cat "$tmp/init$i.log"; fail "fairstart-node init failed (log above)"; return; }
        pin=$(grep -o 'sha256//[A-Za-z0-9+/=]*' "$tmp/init$i.log" | head -n 1)
        [ -n "$pin" ] || { fail "fairstart-node init printed no sha256// pin"; return; }
        "$node" demo-data --profile "$profile" --rows 1500 --seed "$i" --out "$tmp/site$i.csv" \
            >"$tmp/demo$i.log" 2>&1 ||
            { cat "$tmp/demo$i.log"; fail "fairstart-node demo-data failed (log above)"; return; }
        "$node" import --data-dir "$dir" --dataset cohort --csv "$tmp/site$i.csv" \
            >"$tmp/import$i.log" 2>&1 ||
            { cat "$tmp/import$i.log"; fail "fairstart-node import failed (log above)"; return; }
        token=$("$node" token create --data-dir "$dir" --user package-test --purpose research \
            2>"$tmp/token$i.log") ||
            {
                cat "$tmp/token$i.log"
                fail "fairstart-node token create failed (log above)"
                return
            }
        pins[$i]=$pin
        tokens[$i]=$token
        "$node" keys --data-dir "$dir" --json >"$tmp/keys$i.json" 2>"$tmp/keys$i.log" ||
            { cat "$tmp/keys$i.log"; fail "fairstart-node keys failed (log above)"; return; }
    done
    # The two administrators accept each other as peers: a node joins no study naming a site it
    # has not accepted (docs/node.md, "Peers").
    for i in 1 2; do
        local other=$((3 - i))
        "$node" peers add --data-dir "$tmp/site$i" --keys-file "$tmp/keys$other.json" \
            >"$tmp/peers$i.log" 2>&1 ||
            { cat "$tmp/peers$i.log"; fail "fairstart-node peers add failed (log above)"; return; }
    done
    # Each node binds a port the kernel chooses (port 0) and names it in its "listening on" line:
    # a port probed free first could be taken by a parallel test before the node binds it.
    for i in 1 2; do
        "$node" serve --data-dir "$tmp/site$i" --listen "127.0.0.1:0" >"$tmp/serve$i.log" 2>&1 &
        node_pids+=($!)
    done
    unset FAIRSTART_NODE_PASSPHRASE

    # Up to 300 s each (a key derivation and the datasets read first; on a loaded 2-core CI
    # machine that took more than the 30 s this waited before).
    for i in 1 2; do
        local deadline=$((SECONDS + 300))
        while [ "$SECONDS" -lt "$deadline" ]; do
            grep -q 'listening on' "$tmp/serve$i.log" && break
            kill -0 "${node_pids[$((i - 1))]}" 2>/dev/null || break
            sleep 0.1
        done
        port=$(grep -o 'listening on https://127\.0\.0\.1:[0-9]*' "$tmp/serve$i.log" |
            grep -o '[0-9]*$')
        [ -n "$port" ] ||
            { cat "$tmp/serve$i.log"; fail "node $i did not start listening (log above)"; return; }
        [ "$i" -gt 1 ] && printf ', ' >>"$sites"
        printf '{"name": "site%s", "url": "https://127.0.0.1:%s", "pin": "%s", "token": "%s"}' \
            "$i" "$port" "${pins[$i]}" "${tokens[$i]}" >>"$sites"
    done
    printf ']}\n' >>"$sites"
    pass "two installed nodes serve on loopback"

    local formula="dev_delay_2y ~ sex + birth_weight_g + gestational_age_weeks"
    if ! "$cli" fit --sites "$sites" --dataset cohort --formula "$formula" --family binomial \
            --purpose research --format json --out "$tmp/fit.json" >"$tmp/fit.log" 2>&1; then
        cat "$tmp/fit.log"
        fail "installed fairstart-cli fit failed (log above)"
        return
    fi
    local key
    for key in '"coefficients"' '"estimate"' '"std_error"' '"deviance"' '"iterations"' \
            '"(Intercept)"' '"birth_weight_g"'; do
        grep -qF -- "$key" "$tmp/fit.json" ||
            fail "the fit's JSON has no $key: $(head -c 400 "$tmp/fit.json")"
    done
    # The records the nodes may use: research consent and no missing model variable.
    local expected reported
    expected=$(awk -F, '
        FNR == 1 { for (c = 1; c <= NF; ++c) col[$c] = c; next }
        $col["consent_research"] == "1" && $col["dev_delay_2y"] != "" &&
        $col["dev_delay_2y"] != "NA" && $col["sex"] != "" && $col["sex"] != "NA" &&
        $col["birth_weight_g"] != "" && $col["birth_weight_g"] != "NA" &&
        $col["gestational_age_weeks"] != "" && $col["gestational_age_weeks"] != "NA" { ++n }
        END { print n + 0 }' "$tmp/site1.csv" "$tmp/site2.csv")
    reported=$(grep -o '"n" *: *[0-9]*' "$tmp/fit.json" | head -n 1 | grep -o '[0-9]*$')
    if [ -n "$reported" ] && [ "$reported" = "$expected" ]; then
        pass "federated fit over two installed nodes used all $expected consenting complete" \
            "records"
    else
        fail "the fit reports n = '${reported}'; the two CSV files hold $expected consenting" \
            "complete records"
    fi

    # The service stops the node with SIGTERM; it should end cleanly and soon (systemd's
    # unit gives it 30 s; 60 s here on a loaded machine).
    local pid status deadline
    for pid in "${node_pids[@]}"; do
        kill -TERM "$pid"
        deadline=$((SECONDS + 60))
        while [ "$SECONDS" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then
            fail "a node still runs 60 s after SIGTERM"
            continue
        fi
        wait "$pid"
        status=$?
        [ "$status" -eq 0 ] || fail "a node exited with status $status after SIGTERM"
    done
    node_pids=()
    pass "both nodes stopped on SIGTERM"
}

if [ ${#missing[@]} -eq 0 ]; then
    run_fit
else
    for m in "${missing[@]}"; do
        fail "$m: the federated fit with the installed node and CLI cannot run"
    done
fi

echo
if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) FAILED"
    exit 1
fi
echo "all package checks passed"
exit 0
