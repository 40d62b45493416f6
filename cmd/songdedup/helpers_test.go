package main

import "github.com/songdedup/songdedup/store"

func storeLatest() uint { return store.LatestVersion() }
