package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
)

const recountUsage = `usage: songdedup recount [flags]

Counts the reviews of each status and reason and makes the totals of the
review queue and the stats (review_counts) hold those counts where any is
off, as after a process older than migration 46 wrote reviews. Exact while
serve and backfills run: a writer of reviews waits while the reviews are
counted. Each count that was off, then a summary line, on stdout. Then
lists in logged_songs the songs of merge log entries that a process older
than migration 47 wrote without listing them (until then their documents
show no merge history, and a canonical song's document not the videos of
the songs such a process merged into it), and says how many. Then sets
the canonical song of the into song of the merge log entries that a
process older than migration 48 wrote, on a server not in strict SQL
mode, without it (until then songs' documents list merge histories
wrong), and says how many. --check reports without rewriting, and exits
with status 1 when it found anything to fix (0 when everything is right),
so that a script or a monitor can run it as a check.
`

// recountConfig is every setting of 'songdedup recount'.
type recountConfig struct {
	DB    dbConfig
	Log   logConfig
	Check bool
}

// recountCommand is 'songdedup recount'.
func recountCommand(fs *flag.FlagSet) action {
	var c recountConfig
	c.DB.register(fs, false)
	c.Log.register(fs)
	fs.BoolVar(&c.Check, "check", false, "report what is off without rewriting it; exit status 1 when anything is")
	return func(ctx context.Context, _ []string, env environment) error {
		return runRecount(ctx, c, env)
	}
}

// errCheckFound is the error of a check that found something to fix: the
// report is printed already, and the exit status is 1.
var errCheckFound = errors.New("found entries to fix (run without --check to fix them)")

// runRecount recounts the reviews and reports the counts that were off.
// With --check, anything off is errCheckFound.
func runRecount(ctx context.Context, c recountConfig, env environment) error {
	if err := c.DB.validate(); err != nil {
		return err
	}
	db, _, err := openCurrent(ctx, c.DB, c.Log, env, "a recount")
	if err != nil {
		return err
	}
	defer db.Close()
	counts, err := db.RecountReviews(ctx, !c.Check)
	if err != nil {
		return err
	}
	var reviews int64
	off := 0
	for _, n := range counts {
		reviews += n.Counted
		if n.Kept != n.Counted {
			off++
			fmt.Fprintf(env.stdout, "recount: %s reviews of reason %q: kept %d, counted %d\n", n.Status, n.Reason, n.Kept, n.Counted)
		}
	}
	fmt.Fprintf(env.stdout, "recount: %d reviews in %d counts; %s\n", reviews, len(counts),
		outcome(off, c.Check, "every count is right", "%d off (run without --check to rewrite them)", "%d off, rewritten"))
	found := off
	unlisted, err := db.ListUnloggedSongs(ctx, !c.Check)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "recount: %s\n", outcome(unlisted, c.Check, "every song of the merge log is listed",
		"%d songs of the merge log unlisted (run without --check to list them)", "%d songs of the merge log unlisted, listed"))
	off, err = db.SetIntoCanonical(ctx, !c.Check)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "recount: %s\n", outcome(off, c.Check, "every merge log entry names the canonical song of its into song",
		"%d merge log entries name another canonical song (run without --check to set them)", "%d merge log entries named another canonical song, set"))
	found += unlisted + off
	if c.Check && found > 0 {
		return fmt.Errorf("recount --check: %w", errCheckFound)
	}
	return nil
}

// outcome says what a recount found of n things off: none, how many it
// found with --check (checked, a format of n), or how many it set right
// (fixed, a format of n).
func outcome(n int, check bool, none, checked, fixed string) string {
	switch {
	case n == 0:
		return none
	case check:
		return fmt.Sprintf(checked, n)
	default:
		return fmt.Sprintf(fixed, n)
	}
}
