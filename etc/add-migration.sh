#!/usr/bin/env bash
# Adds a migration with the same name for both providers (SQLite and MySQL), each in its own folder.
set -euo pipefail
name=${1:?usage: etc/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
cd src/Humanitarian.Web
for provider in Sqlite MySql; do
  dotnet ef migrations add "$name" --context "${provider}HumanitarianDbContext" \
    --output-dir "Migrations/$provider" --namespace "Humanitarian.Web.Migrations.$provider"
done
