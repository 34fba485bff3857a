#!/usr/bin/env bash
# Records this fixture from a running stack of the version being left behind (see README.md):
#   git worktree add ../old <commit> && cd ../old && ./samspil up    (in another terminal)
#   ./samspil demo --only 0336,0259,0101,0851
#   bash <this repository>/infra/local/src/test/resources/previous-version/record.sh ../old
# Needs curl and psql (any client version: it only runs COPY).
set -euo pipefail
old=$(readlink -f "$1")
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
cd "$here"
export PGPASSWORD=postgres

mkdir -p answers
grep -v '^#' requests.tsv | while IFS=$'\t' read -r organisation path; do
  token=$(cd "$old" && SAMSPIL_SKIP_BUILD=1 ./samspil token --organisation "$organisation" 2>/dev/null)
  file=answers/$(echo "$path" | sed 's|^/api/||; s|[/?=]|_|g').json
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:8080$path" > "$file"
  echo "$path -> $file"
done

for database in municipality district_council national_association local_council; do
  mkdir -p "event-stores/$database"
  # Payload and metadata as the text of their JSON, so that a reader sees what the previous version stored.
  psql -h 127.0.0.1 -p 15432 -U postgres -d "$database" -c "\copy (select globalindex, aggregateidentifier,
      sequencenumber, type, eventidentifier, convert_from(metadata, 'UTF8') as metadata,
      convert_from(payload, 'UTF8') as payload, payloadrevision, payloadtype, timestamp
      from domainevententry order by globalindex) to 'event-stores/$database/domainevententry.csv'
      with (format csv, header true)"
  if [[ $(psql -h 127.0.0.1 -p 15432 -U postgres -d "$database" -Atc "select count(*) from personal_data_key") != 0 ]]; then
    for table in personal_data_subject personal_data_key; do
      psql -h 127.0.0.1 -p 15432 -U postgres -d "$database" \
        -c "\copy (select * from $table order by 1) to 'event-stores/$database/$table.csv' with (format csv, header true)"
    done
  fi
done
