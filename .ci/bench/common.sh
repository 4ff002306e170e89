# The shell helpers of .ci/bench/run and .ci/bench/scale, sourced by both from the project folder
# (. .ci/bench/common.sh). They use the caller's MYSQL (the mysql command line), APP (the layout of
# jobs/package-app) and app_env (below).

say() { printf '%s\n' "$*" >&2; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# fresh_db DB…: each database dropped if it exists and created empty
fresh_db() {
  local db
  for db in "$@"; do $MYSQL -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"; done
}

# copy_db FROM TO: every table of FROM, structure and rows, into the existing database TO; stops the script if one fails
copy_db() {
  local t
  for t in $($MYSQL -N -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$1' AND table_type='BASE TABLE'"); do
    $MYSQL -e "CREATE TABLE $2.$t LIKE $1.$t; INSERT INTO $2.$t SELECT * FROM $1.$t" || { say "copying $1.$t failed"; exit 1; }
  done
}

# run_app DB ARGS…: jobs/aob ARGS against database DB of the local MariaDB, with the settings the caller's
# `app_env DB` puts in the array APP_ENV (NAME=VALUE: reports and log folders, AOB_JAVA_OPTS, …).
# exec: run it in a subshell, so that $! is the JVM.
run_app() {
  local db=$1; shift
  app_env "$db"
  AOB_DB_URL="jdbc:mysql://127.0.0.1:3306/$db" AOB_DB_USER=root AOB_DB_PASSWORD= AOB_APP_DIR="$APP" \
    exec env "${APP_ENV[@]}" jobs/aob "$@"
}
