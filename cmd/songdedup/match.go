package main

import (
	"context"
	"errors"
)

// runMatch is the 'match' command. Placeholder until its issue lands.
func runMatch(ctx context.Context, args []string, env environment) error {
	return errors.New("match: not built yet")
}
