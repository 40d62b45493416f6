package main

import (
	"io"
	"log/slog"

	"github.com/songdedup/songdedup/store"
)

func storeLatest() uint { return store.LatestVersion() }

var discardLog = slog.New(slog.NewTextHandler(io.Discard, nil))
