package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// The few ways this package builds SQL around its plain-text statements:
// IN lists, multi-row INSERTs, one-column and two-column reads, each
// written once.

// querier is a pool or a transaction, for reads that run in either.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// execer is a pool or a transaction, for writes that run in either.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// placeholders returns n comma-separated placeholders.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// inList returns the placeholders of an IN list of values, and the values
// as statement arguments.
func inList[T any](values []T) (string, []any) {
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = v
	}
	return placeholders(len(values)), args
}

// maxInList bounds the values of one IN list that may grow with the input
// (a batch's videos, a job's marks): the server plans a long list value by
// value, and a statement has a size limit.
const maxInList = 1000

// inChunks calls fn once for each run of at most size values, with the IN
// list of that run.
func inChunks[T any](values []T, size int, fn func(in string, args []any) error) error {
	for start := 0; start < len(values); start += size {
		in, args := inList(values[start:min(start+size, len(values))])
		if err := fn(in, args); err != nil {
			return err
		}
	}
	return nil
}

// queryColumn runs a query whose rows are one value each and returns them.
func queryColumn[T any](ctx context.Context, q querier, query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, translate(err)
		}
		out = append(out, v)
	}
	return out, translate(rows.Err())
}

// queryPairs runs a query whose rows are (key, value) pairs and adds them
// to out.
func queryPairs[K comparable, V any](ctx context.Context, q querier, out map[K]V, query string, args ...any) error {
	return scanPairs(ctx, q, func(k K, v V) { out[k] = v }, query, args...)
}

// scanPairs calls fn with the two columns of each row of query.
func scanPairs[K, V any](ctx context.Context, q querier, fn func(K, V), query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		var k K
		var v V
		if err := rows.Scan(&k, &v); err != nil {
			return translate(err)
		}
		fn(k, v)
	}
	return translate(rows.Err())
}

// rowsInsert is one multi-row INSERT: a statement head up to VALUES, a row
// of width placeholders for each added row, and a tail (an ON DUPLICATE KEY
// clause, or nothing).
type rowsInsert struct {
	head, tail string
	// rowEnd, when set, follows the placeholders in every row: the SQL of
	// the values the server gives each row (", UTC_TIMESTAMP(6)").
	rowEnd string
	width  int
	rows   int
	args   []any
}

// newRowsInsert starts an INSERT whose head ends with VALUES; capacity is
// the number of rows expected.
func newRowsInsert(head string, width int, tail string, capacity int) *rowsInsert {
	return &rowsInsert{head: head, tail: tail, width: width, args: make([]any, 0, width*capacity)}
}

// add appends a row of exactly width values.
func (r *rowsInsert) add(values ...any) {
	if len(values) != r.width {
		panic(fmt.Sprintf("store: a row of %d values for an INSERT of %d columns", len(values), r.width))
	}
	r.args = append(r.args, values...)
	r.rows++
}

// statement returns the INSERT of n rows.
func (r *rowsInsert) statement(n int) string {
	row := "(" + placeholders(r.width) + r.rowEnd + ")"
	var b strings.Builder
	b.Grow(len(r.head) + n*(len(row)+1) + len(r.tail))
	b.WriteString(r.head)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	b.WriteString(r.tail)
	return b.String()
}

// exec runs the INSERT with every row added; with none it does nothing.
func (r *rowsInsert) exec(ctx context.Context, e execer) error {
	if r.rows == 0 {
		return nil
	}
	_, err := e.ExecContext(ctx, r.statement(r.rows), r.args...)
	return translate(err)
}

// insertWithIDs runs the INSERT and returns the auto-increment ID of each
// row: from one statement when the server gives a multi-row INSERT
// consecutive IDs (see DB.idStep), else from one statement a row.
func (s *DB) insertWithIDs(ctx context.Context, tx *sql.Tx, r *rowsInsert) ([]int64, error) {
	ids := make([]int64, r.rows)
	if r.rows < 2 || s.idStep == 0 {
		one := r.statement(1)
		for i := range ids {
			res, err := tx.ExecContext(ctx, one, r.args[i*r.width:(i+1)*r.width]...)
			if err != nil {
				return nil, translate(err)
			}
			if ids[i], err = res.LastInsertId(); err != nil {
				return nil, translate(err)
			}
		}
		return ids, nil
	}
	res, err := tx.ExecContext(ctx, r.statement(r.rows), r.args...)
	if err != nil {
		return nil, translate(err)
	}
	first, err := res.LastInsertId()
	if err != nil {
		return nil, translate(err)
	}
	if n, err := res.RowsAffected(); err != nil || n != int64(r.rows) {
		return nil, fmt.Errorf("%d rows inserted for %d (%v)", n, r.rows, err)
	}
	// LAST_INSERT_ID() is the first row's; the others follow it.
	for i := range ids {
		ids[i] = first + int64(i)*s.idStep
	}
	return ids, nil
}

// nullString is s, or NULL when it is empty.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullBytes is b as text, or NULL when it is empty.
func nullBytes(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return string(b)
}

// nullInt is n, or NULL when it is 0.
func nullInt(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}

// truncate cuts s to at most n bytes, for columns of bounded length.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
