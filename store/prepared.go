package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// The reads that every GET of a song or a video makes run as prepared
// statements of the server: each is parsed and resolved once a
// connection, not at each read, and its rows come back in the binary
// protocol (numbers and times as they are stored, not as text the server
// formats and the driver parses). Every other statement has its
// placeholders interpolated by the driver (see ParseDSN).

// preparedStmts holds the prepared statements of a store, by pool and
// query. database/sql prepares a statement again on each connection of
// the pool the first time it runs there, and closes it with the
// connection.
type preparedStmts struct {
	mu    sync.Mutex
	stmts map[preparedKey]*sql.Stmt
}

type preparedKey struct {
	db    *sql.DB
	query string
}

// get returns query prepared on db, preparing it the first time.
func (p *preparedStmts) get(ctx context.Context, db *sql.DB, query string) (*sql.Stmt, error) {
	key := preparedKey{db, query}
	p.mu.Lock()
	st, ok := p.stmts[key]
	p.mu.Unlock()
	if ok {
		return st, nil
	}
	st, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("preparing a read: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.stmts[key]; ok {
		// Another read prepared it meanwhile.
		st.Close()
		return old, nil
	}
	if p.stmts == nil {
		p.stmts = map[preparedKey]*sql.Stmt{}
	}
	p.stmts[key] = st
	return st, nil
}

// close closes every prepared statement.
func (p *preparedStmts) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k, st := range p.stmts {
		st.Close()
		delete(p.stmts, k)
	}
}

// preparedReader is a pool whose QueryContext runs prepared statements;
// its QueryRowContext, for the rare single-row reads beside them, runs
// its statement as any other.
type preparedReader struct {
	*sql.DB
	stmts *preparedStmts
}

func (r preparedReader) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := r.stmts.get(ctx, r.DB, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// prepared is db with its QueryContext statements prepared, when db is a
// pool; a transaction is read as it is.
func (s *DB) prepared(db reader) reader {
	if pool, ok := db.(*sql.DB); ok {
		return preparedReader{DB: pool, stmts: &s.stmts}
	}
	return db
}
