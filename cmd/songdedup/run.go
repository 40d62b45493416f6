package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errHelp is returned when the user asked for help: the usage was printed
// and the exit status is 0.
var errHelp = errors.New("help requested")

// usageError is bad usage: unknown subcommand, unknown flag, bad flag value.
// It maps to exit status 2.
type usageError struct {
	err     error
	printed bool // the flag package already printed the message
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...)}
}

const topUsage = `usage: songdedup <command> [flags]

commands:
  serve       run the HTTP service
  migrate     schema migrations: up | down N | version
  backfill    dedup a catalogue file into the database
  normalize   normalize titles: JSON lines on stdin -> JSON lines on stdout
  match       score pairs of titles: JSON lines on stdin -> JSON lines on stdout
  eval        precision/recall/F1 of the merge decision on labeled pairs

Run 'songdedup <command> -h' for the flags of a command. Every flag can also
be set from the environment as SONGDEDUP_<FLAG> (--mysql-dsn = SONGDEDUP_MYSQL_DSN).
`

// run is the whole program with the operating system passed in, so tests can
// run it in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage)
		return &usageError{err: errors.New("no command given")}
	}
	cmd, rest := args[0], args[1:]
	env := environment{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	switch cmd {
	case "serve":
		return runServe(ctx, rest, env)
	case "migrate":
		return runMigrate(ctx, rest, env)
	case "backfill":
		return runBackfill(ctx, rest, env)
	case "normalize":
		return runNormalize(ctx, rest, env)
	case "match":
		return runMatch(ctx, rest, env)
	case "eval":
		return runEval(ctx, rest, env)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, topUsage)
		return nil
	default:
		fmt.Fprint(stderr, topUsage)
		return &usageError{err: fmt.Errorf("unknown command %q", cmd)}
	}
}

// environment is the operating system as seen by one command.
type environment struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// parseFlags parses args into fs, then fills every flag not given on the
// command line from SONGDEDUP_<NAME> in the environment. It maps parse errors
// to usageError and -h to errHelp.
func parseFlags(fs *flag.FlagSet, args []string, env environment) error {
	fs.SetOutput(env.stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return &usageError{err: err, printed: true}
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] || envErr != nil {
			return
		}
		name := envName(f.Name)
		v := env.getenv(name)
		if v == "" {
			return
		}
		if err := fs.Set(f.Name, v); err != nil {
			envErr = usagef("invalid value %q for %s: %v", v, name, err)
		}
	})
	return envErr
}

// envName maps a flag name to its environment variable: mysql-dsn ->
// SONGDEDUP_MYSQL_DSN.
func envName(flagName string) string {
	return "SONGDEDUP_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}
