package dedup

import (
	"context"
	"fmt"

	"github.com/songdedup/songdedup/dedup/searchkey"
)

// KeyStore reads the canonical songs page by page and rewrites their search
// keys; package store's *DB is one.
type KeyStore interface {
	// CanonicalSongs returns up to limit canonical songs with IDs above
	// after, in ID order, with their sources and search keys.
	CanonicalSongs(ctx context.Context, after int64, limit int) ([]Song, error)
	// RewriteKeys writes the keys of rs in one transaction, with the
	// changes of the term statistics, to the songs still canonical whose
	// source and key are still those read; it returns how many it wrote.
	RewriteKeys(ctx context.Context, rs []KeyRewrite) (int, error)
}

// KeyRewrite is a new search key for a song as it was read.
type KeyRewrite struct {
	Song Song
	Key  string
}

// RekeyPage counts what Rekey did to one page of songs.
type RekeyPage struct {
	// Read counts the songs read; Last is the highest ID among them (0
	// when none was: the catalogue is done).
	Read int
	Last int64
	// Rewritten songs got their current key; Unchanged had it already;
	// Skipped changed meanwhile (merged away, a new source or key) and are
	// left to the next run.
	Rewritten, Unchanged, Skipped int
}

// Rekey gives up to limit canonical songs with IDs above after the search
// key a submission of their source would get today (normalized with the
// artist lexicon and aliases, as a batch does), where theirs differs.
func (s *Service) Rekey(ctx context.Context, ks KeyStore, after int64, limit int) (RekeyPage, error) {
	songs, err := ks.CanonicalSongs(ctx, after, limit)
	if err != nil {
		return RekeyPage{}, fmt.Errorf("reading songs after %d: %w", after, err)
	}
	page := RekeyPage{Read: len(songs)}
	if len(songs) == 0 {
		return page, nil
	}
	page.Last = songs[len(songs)-1].ID
	items := make([]BatchItem, len(songs))
	todo := make([]int, len(songs))
	for i, song := range songs {
		in := song.Source
		items[i] = BatchItem{Sub: Submission{Title: in.Title, Channel: in.Channel, Artist: in.Artist}}
		todo[i] = i
	}
	titles, _, err := s.normalizeBatch(ctx, items, todo)
	if err != nil {
		return page, err
	}
	var rs []KeyRewrite
	for i, song := range songs {
		if key := searchkey.Key(titles[i]); key != song.SearchKey {
			rs = append(rs, KeyRewrite{Song: song, Key: key})
		}
	}
	page.Unchanged = len(songs) - len(rs)
	if len(rs) == 0 {
		return page, nil
	}
	n, err := ks.RewriteKeys(ctx, rs)
	if err != nil {
		return page, fmt.Errorf("rewriting the keys of songs %d to %d: %w", songs[0].ID, page.Last, err)
	}
	page.Rewritten, page.Skipped = n, len(rs)-n
	return page, nil
}
