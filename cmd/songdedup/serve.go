package main

import (
	"context"
	"errors"
)

func runServe(ctx context.Context, args []string, env environment) error {
	return errors.New("serve: not built yet")
}

func runMigrate(ctx context.Context, args []string, env environment) error {
	return errors.New("migrate: not built yet")
}

func runBackfill(ctx context.Context, args []string, env environment) error {
	return errors.New("backfill: not built yet")
}
