package main

import (
	"io"
	"log/slog"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

func storeVersions() []uint { return store.Versions() }

var discardLog = slog.New(slog.NewTextHandler(io.Discard, nil))

// newSongWrite is the write of a submission of raw as video id that
// creates its song, as the service would.
func newSongWrite(raw, id string) dedup.SubmissionWrite {
	in := title.Input{Title: raw}
	norm := title.Normalize(in)
	song := dedup.SongFromTitle(in, norm, 0)
	song.SearchKey = searchkey.Key(norm)
	return dedup.SubmissionWrite{Video: dedup.Video{ID: id, Title: raw}, NewSong: &song, DecidedBy: "test"}
}
