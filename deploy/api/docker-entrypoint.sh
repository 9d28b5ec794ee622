#!/bin/sh
# Reads secrets given as files (Docker/Kubernetes secrets): for NAME in the list below, when NAME_FILE
# is set, NAME is exported with the file's content (trailing newlines dropped). Then runs the command.
set -eu

for name in DATABASE_URL SESSION_SECRET MASTER_KEYS; do
  eval "file=\${${name}_FILE:-}"
  [ -n "$file" ] || continue
  eval "current=\${${name}:-}"
  if [ -n "$current" ]; then
    echo "opencpi-entrypoint: set ${name} or ${name}_FILE, not both" >&2
    exit 78
  fi
  if [ ! -r "$file" ]; then
    echo "opencpi-entrypoint: ${name}_FILE=${file} is missing or not readable by uid $(id -u)" >&2
    exit 78
  fi
  value=$(cat "$file")
  export "${name}=${value}"
  unset "${name}_FILE"
done

exec "$@"
