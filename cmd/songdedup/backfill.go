package main

import (
	"context"
	"errors"
)

// runBackfill is the 'backfill' command. Placeholder until its issue lands.
func runBackfill(ctx context.Context, args []string, env environment) error {
	return errors.New("backfill: not built yet")
}
