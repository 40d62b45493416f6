package main

import (
	"context"
	"errors"
)

// runNormalize is the 'normalize' command. Placeholder until its issue lands.
func runNormalize(ctx context.Context, args []string, env environment) error {
	return errors.New("normalize: not built yet")
}
