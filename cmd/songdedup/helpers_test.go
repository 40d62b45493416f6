package main

import (
	"io"
	"log/slog"

	"github.com/songdedup/songdedup/store"
)

func storeVersions() []uint { return store.Versions() }

var discardLog = slog.New(slog.NewTextHandler(io.Discard, nil))
