// Package migrations holds the schema of songdedup as numbered up/down SQL
// files for golang-migrate, one DDL change per file (MySQL commits every DDL
// statement on its own, so a file with two could half-apply).
package migrations

import "embed"

// FS holds every migration file, embedded in the binary.
//
//go:embed *.sql
var FS embed.FS
