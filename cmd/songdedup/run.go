package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
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

// action is a command once its flags are registered: it runs with the
// arguments the flags left.
type action func(ctx context.Context, args []string, env environment) error

// command is one subcommand of songdedup.
type command struct {
	name    string
	summary string // its line in the top usage
	usage   string // printed above its flags by -h and on bad usage
	// args says that it takes arguments besides its flags (migrate's
	// action); the others refuse any.
	args bool
	// setup registers the command's flags on fs and returns what runs
	// once they are parsed.
	setup func(fs *flag.FlagSet) action
}

// commands is the one table of songdedup's subcommands, in the order the
// usage lists them.
var commands = []command{
	{name: "serve", summary: "run the HTTP service", usage: serveUsage, setup: serveCommand},
	{name: "migrate", summary: "schema migrations: up | down N | version", usage: migrateUsage, args: true, setup: migrateCommand},
	{name: "backfill", summary: "dedup a catalogue file into the database", usage: backfillUsage, setup: backfillCommand},
	{name: "rekey", summary: "give existing songs the current search key", usage: rekeyUsage, setup: rekeyCommand},
	{name: "recount", summary: "recount the review queue's totals from the reviews", usage: recountUsage, setup: recountCommand},
	{name: "normalize", summary: "normalize titles: JSON lines on stdin -> JSON lines on stdout", usage: normalizeUsage, setup: normalizeCommand},
	{name: "match", summary: "score pairs of titles: JSON lines on stdin -> JSON lines on stdout", usage: matchUsage, setup: matchCommand},
	{name: "eval", summary: "precision/recall/F1 of the merge decision on labeled pairs", usage: evalUsage, setup: evalCommand},
}

// topUsage lists the commands.
func topUsage() string {
	var b strings.Builder
	b.WriteString("usage: songdedup <command> [flags]\n\ncommands:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-10s  %s\n", c.name, c.summary)
	}
	b.WriteString(`
Run 'songdedup <command> -h' for the flags of a command. Every flag can also
be set from the environment as SONGDEDUP_<FLAG> (--mysql-dsn = SONGDEDUP_MYSQL_DSN).
`)
	return b.String()
}

// run is the whole program with the operating system passed in, so tests can
// run it in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage())
		return &usageError{err: errors.New("no command given")}
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, topUsage())
		return nil
	}
	i := slices.IndexFunc(commands, func(c command) bool { return c.name == name })
	if i < 0 {
		fmt.Fprint(stderr, topUsage())
		return &usageError{err: fmt.Errorf("unknown command %q", name)}
	}
	c := commands[i]
	env := environment{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	fs := flag.NewFlagSet("songdedup "+c.name, flag.ContinueOnError)
	act := c.setup(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), c.usage)
		if hasFlags(fs) {
			fmt.Fprint(fs.Output(), "\nflags (each also from SONGDEDUP_<FLAG>):\n")
			fs.PrintDefaults()
		}
	}
	words, err := parseFlags(fs, rest, env)
	if err != nil {
		return err
	}
	if !c.args && len(words) > 0 {
		return usagef("%s takes no arguments, got %q", c.name, words)
	}
	return act(ctx, words, env)
}

// hasFlags reports whether fs defines any flag.
func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// environment is the operating system as seen by one command.
type environment struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// parseFlags parses args into fs, flags before, between and after the
// command's words (migrate up --mysql-dsn X), and returns the words; after
// "--" every argument is a word. Then it fills every flag not given on the
// command line from SONGDEDUP_<NAME> in the environment. It maps parse
// errors to usageError and -h to errHelp.
func parseFlags(fs *flag.FlagSet, args []string, env environment) ([]string, error) {
	fs.SetOutput(env.stderr)
	var words []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, &usageError{err: err, printed: true}
		}
		left := fs.Args()
		if len(left) == 0 {
			break
		}
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			words = append(words, left...) // the flag package stopped at "--"
			break
		}
		words = append(words, left[0])
		args = left[1:]
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
	return words, envErr
}

// envName maps a flag name to its environment variable: mysql-dsn ->
// SONGDEDUP_MYSQL_DSN.
func envName(flagName string) string {
	return "SONGDEDUP_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}
