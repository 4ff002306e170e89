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

# copy_db FROM TO [TABLE…]: every table of FROM, structure and rows, into the existing database TO, but
# the TABLEs named, which are copied empty; stops the script if one fails
copy_db() {
  local from=$1 to=$2 t; shift 2
  for t in $($MYSQL -N -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$from' AND table_type='BASE TABLE'"); do
    $MYSQL -e "CREATE TABLE $to.$t LIKE $from.$t" || { say "copying $from.$t failed"; exit 1; }
    case " $* " in *" $t "*) continue ;; esac
    $MYSQL -e "INSERT INTO $to.$t SELECT * FROM $from.$t" || { say "copying $from.$t failed"; exit 1; }
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

# Waits until InnoDB has written back the dirty pages of the previous phase (at most 120 s), so that a
# timed phase does not pay for the flushing of the one before it: the buffer pool (128 MB here) is
# much smaller than what an import writes, and without this the phase that ran second was up to 50 %
# slower (LOAD DATA of assignments.csv: 8.9 s quiet, 13.1 s right after the project's import).
quiesce() { # until the dirty pages stop falling (MariaDB leaves a few at idle) or 120 s
  local i dirty last=-1 still=0
  for i in $(seq 1 240); do
    dirty=$($MYSQL -N -e "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'" | awk '{print $2}')
    if [ "${dirty:-0}" -lt 200 ]; then return 0; fi
    if [ "$dirty" -ge "$last" ] && [ "$last" -ge 0 ]; then still=$((still + 1)); else still=0; fi
    [ "$still" -ge 4 ] && return 0
    last=$dirty
    sleep 0.5
  done
}

# dump_rows DB TABLE FILE: every row of TABLE in LOAD DATA's default format (tab-separated, backslash
# escapes, \N for NULL); the client's batch mode writes NULL as the word, so a field that is exactly
# "NULL" becomes \N (the demo data has no such text)
dump_rows() {
  $MYSQL -N --batch "$1" -e "SELECT * FROM $2" | awk -F'\t' -v OFS='\t' '{ for (i = 1; i <= NF; i++) if ($i == "NULL") $i = "\\N"; print }' > "$3"
}

# load_rows DB TABLE FILE: LOAD DATA LOCAL INFILE of a dump_rows file, all columns
load_rows() { $MYSQL "$1" -e "LOAD DATA LOCAL INFILE '$3' INTO TABLE $2"; }
