// Package dedup is the domain of songdedup: what a song, a video and a
// submission are, how titles are normalized and compared, and how a
// submission is decided (merge, review or a new song).
//
// The package is pure: it imports only the standard library and
// golang.org/x/text. Storage is reached through the Store interface declared
// here, by its user, and implemented by package store.
package dedup
