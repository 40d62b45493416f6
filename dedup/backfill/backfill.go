// Package backfill answers how a whole catalogue file is deduplicated into
// the catalogue: rows are routed to workers so that the variants of a song
// meet in one worker, in order; each worker decides and writes its rows in
// batches through the Service; every row's outcome is recorded with its
// writes, which is the checkpoint a job resumes from after a crash; and a
// dry run decides the same through an in-memory overlay and writes nothing.
//
// Reading the file, showing progress and writing the report are the
// caller's (cmd/songdedup); the jobs are stored behind Jobs.
package backfill

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/dryrun"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// Jobs is the storage of backfill jobs: which file a job runs and which of
// its rows are done. Package store implements it on MySQL.
type Jobs interface {
	// LockJob takes a lock only one process can hold for the job of this
	// fingerprint; release frees it. ErrConflict when another process
	// holds it.
	LockJob(ctx context.Context, fingerprint string) (release func(), err error)
	// StartJob returns the unfinished job of the file with this
	// fingerprint, or a new one.
	StartJob(ctx context.Context, fingerprint, input string, rows int) (Job, error)
	// DoneLines returns the lines of a job that have an outcome, with it.
	DoneLines(ctx context.Context, jobID int64) (map[int]dedup.Outcome, error)
	// FinishJob marks a job done.
	FinishJob(ctx context.Context, jobID int64) error
	// JobOutcomes calls fn with every recorded row of a job, in line
	// order.
	JobOutcomes(ctx context.Context, jobID int64, fn func(dedup.RowOutcome) error) error
	// FlushMarks writes the reconciled marks the store holds back (see
	// dedup.SubmitStore.MarkReconciled), so that a crash after it loses
	// none of the songs reconciled so far.
	FlushMarks(ctx context.Context) error
}

// Job is a backfill job: one input file, identified by its content.
type Job struct {
	ID int64
	// Resumed is true when an unfinished job of the same file was found.
	Resumed bool
}

// Store is what a backfill works on: the stores of submissions and of row
// outcomes, and the jobs. Package store's *DB is one.
type Store interface {
	dedup.SubmitStore
	dedup.OutcomeStore
	Jobs
}

// Input is the file a job runs.
type Input struct {
	// Fingerprint identifies the file's content: a job is one content,
	// whatever its name.
	Fingerprint string
	// Name is recorded with the job.
	Name string
	// Lines counts the file's lines, for the job's record and progress.
	Lines int
}

// Row is one input row: its line (the header of a CSV file is line 1) and
// the submission it holds, or why it could not be read.
type Row struct {
	Line int
	Sub  dedup.Submission
	Err  error
	// input and title are Sub's title input and its normalized title,
	// from routing.
	input *title.Input
	title *title.Title
	// done marks a line an earlier run of the job finished: it still
	// takes its place in its batch, so that a resumed job decides the
	// others in the batches an uninterrupted one does.
	done bool
	// written marks a done line whose outcome came with a write (a song
	// created, merged into or held for review): its batch was written.
	written bool
}

// Shard is the part of one file a process backfills when several share
// it: the rows whose routing key (see route) falls to Index of Count, so
// that the variants of a song still meet in one process, in order. Each
// shard is a job of its own, locked and resumed on its own. The zero value
// is the whole file.
type Shard struct{ Index, Count int }

// ParseShard reads a shard written i/n, 0 <= i < n.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("%q is not i/n (the shard i of n, from 0)", s)
	}
	if n < 1 || n > maxShards || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: need 0 <= i < n <= %d", s, maxShards)
	}
	return Shard{Index: i, Count: n}, nil
}

// maxShards bounds the processes sharing one file.
const maxShards = 1024

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// Whole reports whether the shard is the whole file.
func (s Shard) Whole() bool { return s.Count <= 1 }

func (s Shard) count() int { return max(s.Count, 1) }

// Config is what a run needs besides its input.
type Config struct {
	// Workers is how many batches are decided at once (default 1).
	Workers int
	// BatchSize is how many rows a worker decides and writes in one
	// transaction (default DefaultBatchSize). Batches are part of what a
	// decision sees, so a resumed job must take the size it started with
	// to finish as if never interrupted.
	BatchSize int
	// Shard is the part of the file this run decides (default all).
	Shard Shard
	// DryRun decides every row through an in-memory overlay of the store
	// and writes nothing, job records included.
	DryRun     bool
	Thresholds score.Thresholds
	Logger     *slog.Logger
}

// Run is one run of a backfill job.
type Run struct {
	cfg     Config
	log     *slog.Logger
	jobs    Jobs          // nil on a dry run
	dry     *dryrun.Store // nil on a real run
	svc     *dedup.Service
	job     Job
	done    map[int]dedup.Outcome // lines finished by an earlier run of the job
	release func()

	processed atomic.Int64
	counts    [len(dedup.Outcomes)]atomic.Int64
}

// Start prepares a run of in on st. A real run takes the job's lock (one
// process per job), and starts the job or resumes it after the rows its
// earlier runs recorded; Close releases the lock. A dry run records nothing.
func Start(ctx context.Context, st Store, in Input, cfg Config) (*Run, error) {
	if cfg.Workers < 1 {
		cfg.Workers = 1
	}
	if cfg.BatchSize < 1 {
		cfg.BatchSize = DefaultBatchSize
	}
	if !cfg.Shard.Whole() {
		// A shard is a job of its own: its own lock, its own checkpoint.
		sum := sha256.Sum256([]byte(in.Fingerprint + " shard " + cfg.Shard.String()))
		in.Fingerprint, in.Name = hex.EncodeToString(sum[:]), in.Name+" (shard "+cfg.Shard.String()+")"
	}
	r := &Run{cfg: cfg, log: cfg.Logger, release: func() {}}
	if r.log == nil {
		r.log = slog.Default()
	}
	opts := dedup.ServiceOptions{Thresholds: cfg.Thresholds, Logger: r.log}
	if cfg.DryRun {
		r.dry = dryrun.New(st)
		r.svc = dedup.NewService(dedup.Stores{Submit: r.dry, Outcomes: r.dry}, opts)
		return r, nil
	}
	release, err := st.LockJob(ctx, in.Fingerprint)
	if err != nil {
		return nil, err
	}
	r.jobs, r.release = st, release
	r.job, err = st.StartJob(ctx, in.Fingerprint, in.Name, in.Lines)
	if err == nil && r.job.Resumed {
		r.done, err = st.DoneLines(ctx, r.job.ID)
		r.log.Info("resuming backfill job", "job", r.job.ID, "rows_done", len(r.done), "rows", in.Lines)
	}
	if err != nil {
		release()
		return nil, err
	}
	r.svc = dedup.NewService(dedup.Stores{Submit: st, Outcomes: st}, opts)
	return r, nil
}

// Close releases the job's lock.
func (r *Run) Close() { r.release() }

// Resumed returns how many rows earlier runs of the job finished.
func (r *Run) Resumed() int { return len(r.done) }

// Processed returns how many rows this run has decided.
func (r *Run) Processed() int64 { return r.processed.Load() }

// Count returns how many rows of this run had outcome o.
func (r *Run) Count(o dedup.Outcome) int64 {
	return r.counts[indexOf(o)].Load()
}

// indexOf is the index of o in dedup.Outcomes.
func indexOf(o dedup.Outcome) int {
	for i, x := range dedup.Outcomes {
		if x == o {
			return i
		}
	}
	panic("backfill: unknown outcome " + string(o))
}

// DefaultBatchSize is the rows a worker decides and writes in one
// transaction unless told otherwise. A batch costs about twenty statements
// whatever its size (videos, term statistics, candidates, the write,
// reconciliation), so larger batches cost fewer statements a row.
const DefaultBatchSize = 128

// MaxBatchSize bounds Config.BatchSize.
const MaxBatchSize = 1024

// Process decides every row read yields, skipping the lines earlier runs of
// the job finished. Rows go to workers by a coarse key of their track (see
// route), so the variants of one song are decided one after the other by
// one worker, which sees the songs its earlier rows created; each worker
// decides and writes rows in batches. Row-level problems are recorded as
// error rows; only failures of the store itself stop the run.
//
// A resumed job first reconciles the songs its earlier run wrote and did
// not reconcile before it stopped, as that run would have right after
// writing them: against the catalogue as it was then, before any later row
// is decided, not at its end against a catalogue every later row grew.
func (r *Run) Process(ctx context.Context, read func(yield func(Row) bool) error) error {
	if r.job.Resumed && r.dry == nil {
		if err := r.reconcilePending(ctx); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := r.cfg.Workers
	queues := make([]chan Row, workers)
	var wg sync.WaitGroup
	errc := make(chan error, workers)
	for i := range queues {
		// A worker's queue holds a few batches: the reader, blocked on one
		// full queue, would otherwise leave the others' batches half empty.
		queues[i] = make(chan Row, 4*r.cfg.BatchSize)
		wg.Add(1)
		go func(q chan Row) {
			defer wg.Done()
			for row := range q {
				// A batch is the next BatchSize rows of the worker's
				// queue (fewer at the end of the input), however fast
				// they are read: its bounds depend on the input alone.
				// Lines an earlier run finished keep their places, so a
				// resumed job decides the rest in the very batches an
				// uninterrupted one does, even where a crash cut a batch
				// short (its rows known or in error are recorded before
				// its writes).
				batch := []Row{row}
				for len(batch) < r.cfg.BatchSize {
					next, ok := <-q
					if !ok {
						break
					}
					batch = append(batch, next)
				}
				if err := r.process(ctx, batch); err != nil {
					errc <- err
					cancel()
					for range q {
					}
					return
				}
			}
		}(queues[i])
	}
	readErr := read(func(row Row) bool {
		o, done := r.done[row.Line]
		row.done = done
		row.written = o == dedup.OutcomeCreated || o == dedup.OutcomeMerged || o == dedup.OutcomeReview
		shard, worker := route(&row, r.cfg.Shard.count(), workers)
		if shard != r.cfg.Shard.Index {
			return ctx.Err() == nil // another process's row
		}
		q := queues[worker]
		select {
		case q <- row:
			return true
		case <-ctx.Done():
			return false
		}
	})
	for _, q := range queues {
		close(q)
	}
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// route picks a row's shard and worker by the first letters of the longest
// word of its normalized track, read in Latin letters (see routeWords): the
// variants of a song agree on it whatever their artist credit, decoration,
// script or a typo late in a word, so they meet in one process and one
// worker, in order. An unreadable row goes by its line.
//
// The normalized title is kept in row, so that deciding it does not
// normalize it again.
func route(row *Row, shards, workers int) (shard, worker int) {
	var h uint32
	if row.Err != nil {
		h = uint32(row.Line)
	} else {
		in := row.Sub.TitleInput()
		t := title.Normalize(in)
		row.input, row.title = &in, &t
		key := t.Track
		first := true
		for _, tok := range t.TrackTokens {
			for _, w := range routeWords(t, tok) {
				if len(w) > len(key) || first {
					key, first = w, false
				}
			}
		}
		if len(key) > 4 {
			key = key[:4]
		}
		f := fnv.New32a()
		f.Write([]byte(key))
		h = f.Sum32()
	}
	// The shard takes the key modulo the shards, the worker what is left:
	// the rows of one shard are then spread over all of its workers.
	return int(h % uint32(shards)), int(h / uint32(shards) % uint32(workers))
}

// routeWords are a track word as routing reads it: a word in another
// script as the words of its Latin reading, so that Группа and Gruppa go to
// one worker (a Han word as its syllables, as fans write pinyin: 突然好想你
// Tu Ran Hao Xiang Ni); a Latin word as it is, so that Latin titles route
// as they always did.
func routeWords(t title.Title, tok string) []string {
	if r := t.Reading(tok); r != "" {
		return strings.Fields(r)
	}
	return []string{tok}
}

// process decides a batch of rows.
func (r *Run) process(ctx context.Context, rows []Row) error {
	decidedBy := fmt.Sprintf("backfill:%d", r.job.ID)
	if r.cfg.DryRun {
		decidedBy = "backfill:dry-run"
	}
	written := slices.ContainsFunc(rows, func(row Row) bool { return row.written })
	rows = slices.DeleteFunc(rows, func(row Row) bool { return row.done })
	if len(rows) == 0 {
		return nil
	}
	if written {
		return r.finishBatch(ctx, rows, decidedBy)
	}
	// A row that could not be read is recorded as an error with the
	// batch's other invalid rows, in one transaction.
	items := make([]dedup.BatchItem, len(rows))
	for i, row := range rows {
		items[i] = dedup.BatchItem{Sub: row.Sub, Rec: &dedup.RowOutcome{JobID: r.job.ID, Line: row.Line},
			Normalized: row.title, Input: row.input, Err: row.Err}
	}
	results, err := r.svc.SubmitBatch(ctx, items, decidedBy)
	if err != nil {
		return fmt.Errorf("lines %d-%d: %w", rows[0].Line, rows[len(rows)-1].Line, err)
	}
	if r.jobs != nil {
		// The batch's songs are reconciled: a crash from here on must not
		// have a resumed run reconcile them again, later and against
		// more songs.
		if err := r.jobs.FlushMarks(ctx); err != nil {
			r.log.WarnContext(ctx, "writing reconciled marks (a resumed run checks those songs again)", "err", err)
		}
	}
	for _, res := range results {
		if res.Err != nil {
			r.count(dedup.OutcomeError)
		} else {
			r.count(res.Answer.Decision)
		}
	}
	return nil
}

// finishBatch decides the rows a crash left of a batch whose writes were
// committed, as the batch would have gone on: they are the rows it decides
// one by one after its writes (see dedup.Service.SubmitBatch) and repeats
// of videos it wrote, which come out existing. (Its unreadable, invalid
// and known rows are recorded before its writes.)
func (r *Run) finishBatch(ctx context.Context, rows []Row, decidedBy string) error {
	for _, row := range rows {
		rec := &dedup.RowOutcome{JobID: r.job.ID, Line: row.Line}
		if row.Err != nil {
			// Recorded as the batch records it.
			if _, err := r.svc.SubmitBatch(ctx, []dedup.BatchItem{{Sub: row.Sub, Rec: rec, Err: row.Err}}, decidedBy); err != nil {
				return err
			}
			r.count(dedup.OutcomeError)
			continue
		}
		out, err := r.svc.SubmitRecorded(ctx, row.Sub, decidedBy, rec)
		var fe *dedup.FieldError
		switch {
		case errors.As(err, &fe):
			r.count(dedup.OutcomeError)
		case err != nil:
			return fmt.Errorf("line %d: %w", row.Line, err)
		default:
			r.count(out.Decision)
		}
	}
	if err := r.jobs.FlushMarks(ctx); err != nil {
		r.log.WarnContext(ctx, "writing reconciled marks (a resumed run checks those songs again)", "err", err)
	}
	return nil
}

func (r *Run) count(o dedup.Outcome) {
	r.counts[indexOf(o)].Add(1)
	r.processed.Add(1)
}

// Finish reconciles the songs whose reconciliation a crash cut short (of
// an earlier run, or of a live replica), and marks the job done. A dry run
// has nothing to finish.
func (r *Run) Finish(ctx context.Context) error {
	if r.cfg.DryRun {
		return nil
	}
	if err := r.reconcilePending(ctx); err != nil {
		return err
	}
	return r.jobs.FinishJob(ctx, r.job.ID)
}

// reconcilePending reconciles every song whose reconciliation a crash cut
// short.
func (r *Run) reconcilePending(ctx context.Context) error {
	const sweep = 500
	for {
		n, err := r.svc.ReconcilePending(ctx, 0, sweep)
		if err != nil {
			return fmt.Errorf("reconciling: %w", err)
		}
		if n < sweep {
			return nil
		}
	}
}

// Outcomes calls fn with the outcome of every row of the job, those of
// earlier runs included, in line order, each with the song the row was
// given when it was decided.
func (r *Run) Outcomes(ctx context.Context, fn func(dedup.RowOutcome) error) error {
	if r.dry != nil {
		for _, o := range r.dry.Outcomes() {
			if err := fn(o); err != nil {
				return err
			}
		}
		return nil
	}
	return r.jobs.JobOutcomes(ctx, r.job.ID, fn)
}
