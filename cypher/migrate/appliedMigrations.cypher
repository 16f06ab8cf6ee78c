// The schema migrations already applied, with the checksum of the file that was applied.
// @returns version: Integer, checksum: String
MATCH (m:__Migration)
RETURN m.version AS version, m.checksum AS checksum
