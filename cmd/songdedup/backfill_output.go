package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
)

// What a backfill shows and writes: progress, the summary line and the
// report.

// startProgress shows the progress of run over todo rows on stderr until
// the returned function is called (stdout keeps the summary alone, for
// pipes): a bar on a terminal, a log line every few seconds otherwise.
func startProgress(mode string, env environment, log *slog.Logger, run *backfill.Run, todo int64) func() {
	if mode == "auto" {
		mode = "log"
		if f, ok := env.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	start := time.Now()
	switch mode {
	case "none":
		return func() {}
	case "bar":
		bar := progressbar.NewOptions64(todo,
			progressbar.OptionSetWriter(env.stderr),
			progressbar.OptionSetDescription("backfill"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(false),
			progressbar.OptionFullWidth(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionShowDescriptionAtLineEnd(),
		)
		describe := func() {
			done := run.Processed()
			bar.Set64(done)
			line := countsLine(run)
			if r := progressRate(done, todo, time.Since(start)); r != "" {
				line = r + "; " + line
			}
			bar.Describe(line)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					describe()
					bar.Finish()
					fmt.Fprintln(env.stderr)
					return
				case <-t.C:
					describe()
				}
			}
		}()
	default:
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(5 * time.Second)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					done := run.Processed()
					log.Info("backfill progress", "rows", done, "of", todo, "rate", progressRate(done, todo, time.Since(start)), "counts", countsLine(run))
				}
			}
		}()
	}
	return func() {
		close(stop)
		wg.Wait()
	}
}

// A rate is shown once it means something: after rateAfter and rateRows
// rows. Over the first moments of a run it is noise (a first batch done in
// a millisecond reads as millions of rows a second).
const (
	rateAfter = time.Second
	rateRows  = 100
)

// progressRate is the rate of a run that did done of todo rows in elapsed,
// with the time left at that rate, or "" while it would mean nothing.
func progressRate(done, todo int64, elapsed time.Duration) string {
	if elapsed < rateAfter || done < rateRows {
		return ""
	}
	rate := float64(done) / elapsed.Seconds()
	left := time.Duration(float64(max(todo-done, 0)) / rate * float64(time.Second)).Round(time.Second)
	return fmt.Sprintf("%.0f rows/s, %s left", rate, left)
}

// countsLine is the counts of each decision so far, in one line.
func countsLine(run *backfill.Run) string {
	parts := make([]string, len(dedup.Outcomes))
	for i, o := range dedup.Outcomes {
		parts[i] = fmt.Sprintf("%s %d", o, run.Count(o))
	}
	return strings.Join(parts, ", ")
}

// summary prints the line a backfill ends with.
func summary(w io.Writer, run *backfill.Run, dryRun bool, elapsed time.Duration) {
	done := run.Processed()
	rate := float64(done) / elapsed.Seconds()
	dry := ""
	if dryRun {
		dry = " (dry run: nothing written)"
	}
	resumed := ""
	if n := run.Resumed(); n > 0 {
		resumed = fmt.Sprintf(", %d rows done by an earlier run", n)
	}
	fmt.Fprintf(w, "backfill%s: %d rows in %s (%.0f rows/s)%s: %s\n",
		dry, done, elapsed.Round(time.Millisecond), rate, resumed, countsLine(run))
}

// maxListedFailures bounds the failed rows a backfill without --report
// lists on stderr; the rest are counted.
const maxListedFailures = 20

// listFailures writes each failed row of the job, its line and why, to w,
// up to limit rows and then how many more failed.
func listFailures(ctx context.Context, w io.Writer, run *backfill.Run, limit int) error {
	more := 0
	err := run.Outcomes(ctx, func(o dedup.RowOutcome) error {
		if o.Decision != dedup.OutcomeError {
			return nil
		}
		if limit == 0 {
			more++
			return nil
		}
		limit--
		_, err := fmt.Fprintf(w, "line %d: %s\n", o.Line, o.Error)
		return err
	})
	if err != nil {
		return fmt.Errorf("listing the failed rows: %w", err)
	}
	if more > 0 {
		fmt.Fprintf(w, "... and %d more failed rows (--report FILE lists every row with its reason)\n", more)
	}
	return nil
}

// reportLine is one line of --report.
type reportLine struct {
	Line     int           `json:"line"`
	VideoID  *string       `json:"video_id"`
	SongID   *string       `json:"song_id"`
	Decision dedup.Outcome `json:"decision"`
	Score    float64       `json:"score"`
	Error    string        `json:"error,omitempty"`
}

func newReportLine(o dedup.RowOutcome) reportLine {
	l := reportLine{Line: o.Line, Decision: o.Decision, Score: o.Score, Error: o.Error}
	if o.VideoID != "" {
		v := o.VideoID
		l.VideoID = &v
	}
	if o.SongID != 0 {
		var s string
		if o.SongID < 0 {
			s = fmt.Sprintf("new:%d", -o.SongID) // a song a dry run would create
		} else {
			s = strconv.FormatInt(o.SongID, 10)
		}
		l.SongID = &s
	}
	return l
}

// writeReport writes the report to path from the recorded outcomes, so
// that a resumed job reports every row, those of earlier runs included.
func writeReport(ctx context.Context, path string, run *backfill.Run) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("--report: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	err = run.Outcomes(ctx, func(o dedup.RowOutcome) error { return enc.Encode(newReportLine(o)) })
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing report: %w", err)
	}
	return os.Rename(tmp, path)
}
