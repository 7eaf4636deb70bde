#!/usr/bin/env bash
# Starts the standalone emulator on a free port, runs smoke.mjs with jsforce against it, stops it.
# Needs: java 21+, node 18+, `npm install` done here, and the standalone jar built (./mvnw -pl testkit package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$(ls "$here"/../../target/crosswalk-testkit-*-standalone.jar | head -1)"
port="${PORT:-18393}"
log="$(mktemp)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx512m -jar "$jar" --port "$port" --contacts 2500 --accounts 50 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "refresh token" "$log" && break; sleep 0.1; done
field() { grep "$1" "$log" | head -1 | awk '{print $NF}'; }
SF_LOGIN_URL="http://127.0.0.1:$port" SF_CLIENT_ID="$(field 'client id')" SF_CLIENT_SECRET="$(field 'client secret')" \
  SF_REFRESH_TOKEN="$(field 'refresh token')" SF_USERNAME="$(field 'username')" \
  SF_PASSWORD="$(grep 'password:' "$log" | head -1 | awk '{print $2}')" node "$here/smoke.mjs"
