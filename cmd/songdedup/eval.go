package main

import (
	"context"
	"errors"
)

// runEval is the 'eval' command. Placeholder until its issue lands.
func runEval(ctx context.Context, args []string, env environment) error {
	return errors.New("eval: not built yet")
}
