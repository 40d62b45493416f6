package main

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// TestRekeyThroughBinary: the built binary rewrites the one outdated key of
// a catalogue, then finds nothing left to do; a bad flag is named.
func TestRekeyThroughBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	ctx := context.Background()
	db, err := store.Open(ctx, d.DSN, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	var writes []dedup.SubmissionWrite
	for i, raw := range []string{"Khruangbin - Maria También", "Men I Trust - Show Me How", "Alvvays - Archie, Marry Me"} {
		w := newSongWrite(raw, "REKEYxxxx0"+string(rune('1'+i)))
		if i == 1 {
			w.NewSong.SearchKey = strings.Join(strings.Fields(w.NewSong.SearchKey)[:2], " ") // an older, shorter key
		}
		writes = append(writes, w)
	}
	if _, err := db.SubmitBatch(ctx, writes); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"outdated key", []string{"--batch", "2"}, 0, "rekey: 3 songs read, 1 rewritten, 2 unchanged, 0 skipped"},
		{"second run", nil, 0, "every key is current"},
		{"resumed after the last song", []string{"--after", "1000000"}, 0, "rekey: 0 songs read"},
		{"batch of none", []string{"--batch", "0"}, 2, "--batch must be from 1 to"},
		{"negative after", []string{"--after", "-1"}, 2, "--after must be a song ID"},
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	if _, err := rekeyCatalogue(canceled, db, rekeyConfig{Batch: 2, After: 1}, quiet); err == nil || !strings.Contains(err.Error(), "resume with --after 1") {
		t.Errorf("rekey on a canceled context: %v, want it stopped before the first batch", err)
	}
	for _, tt := range tests {
		code, out := runBinary(t, d.DSN, "rekey", tt.args...)
		if code != tt.code || !strings.Contains(out, tt.want) {
			t.Errorf("%s: exit %d, want %d with %q:\n%s", tt.name, code, tt.code, tt.want, out)
		}
	}
}
