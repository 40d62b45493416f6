// Package dedup is the domain of songdedup: what a song, a video, a
// submission and a review are, the errors every layer speaks, and the
// Service that runs submissions (decide, write, reconcile with songs
// created concurrently), backfill batches and curators' decisions.
//
// The questions the Service asks have packages of their own: how a title
// reads (title), which FULLTEXT terms stand for it (searchkey), and whether
// two titles name one recording (score). Storage is reached through small
// interfaces declared by role where they are used: SubmitStore,
// CurationStore and OutcomeStore, implemented by package store on MySQL
// and, for dry runs, by package dryrun. The backfill engine is package
// backfill.
//
// Nothing under dedup imports the store, the HTTP layer or anything
// outside the standard library, golang.org/x/text and the pinyin
// dictionary of package reading;
// TestDependenciesPointInward keeps it so.
package dedup
