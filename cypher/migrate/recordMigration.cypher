// Records one applied schema migration.
// @param version: Integer — the V<n> of the file
// @param checksum: String — sha256 of the file
// @param description: String — from the file name
// example params: {version: 1, checksum: "abc", description: "node keys"}
MERGE (m:__Migration {version: $version})
SET m.checksum = $checksum, m.description = $description, m.appliedAt = datetime()
