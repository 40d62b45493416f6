// Package store is the MySQL implementation of the storage songdedup's
// domain declares (package dedup): songs, videos, the merge log, reviews,
// never-merge pairs, term statistics, candidate retrieval and backfill
// jobs. SQL is plain text with placeholders; transactions are private to
// this package; driver errors are translated into dedup's errors here and
// only here (see translate). It runs on MariaDB 10.11 and MySQL 8 alike:
// utf8mb4 with utf8mb4_unicode_ci, no engine-specific SQL, and each
// difference between the two asked of the server at Open.
//
// # One file per concern
//
// codec.go is how a song is stored; lookups.go the reads of the submission
// path; submit.go the writes of a batch of submissions; aliases.go the
// upgrade of a song's source; termstats.go the term statistics; merge.go,
// nevermerge.go, split.go, reviews.go and reconcile.go the curation and
// reconciliation writes; reads.go the documents curators read;
// retrieval.go the candidates of a title; replicas.go the read replicas;
// backfill.go the backfill jobs; sqlrows.go the few ways statements are
// built; migrate.go the schema.
//
// # Retrieval and the posting budget
//
// A natural-language MATCH over every word of a title scores every row that
// holds any of the words, so a single common word costs a query hundreds of
// milliseconds at a million songs. The FULLTEXT column holds instead a
// search key of plain ASCII terms (see package searchkey), much rarer than
// words, and a query is boolean over the rarest terms of the title, by the
// document frequencies in term_stats. InnoDB reads every row a boolean query
// matches before it ranks them, so the summed document frequency of the
// terms a query uses, its posting budget, is its cost; every term costs a
// lookup of its own besides, which bounds the terms of a query; and when
// even the rarest term is too common, the query is left to the exact
// lookup on the hash of (track, artists), which comes first anyway. When
// the terms a query uses match more songs than it keeps, their hits rank
// alike and the LIMIT cuts among them by ID: a second SELECT then asks for
// the songs holding an artist term and a track term of the title at once
// (searchkey.Pairs), which are few, so that it costs the reading of those
// terms' postings rather than the rows of their hits.
//
// # Deleted FULLTEXT documents and key aliases
//
// InnoDB marks a FULLTEXT document deleted whenever an indexed column
// changes, and every FULLTEXT query reads the whole list of deleted
// documents until the index is rebuilt or optimized: a catalogue whose keys
// keep changing makes every search slower. So the store never rewrites an
// indexed key, but for RewriteKeys (songdedup rekey), run once after a
// release changes the key format and followed by a rebuild. A song merged away keeps its key, and a hit on it stands for
// its canonical song. A source upgrade that names other artists brings its
// terms in a key alias: a row merged into the song, listed in key_aliases
// and counted in the song's term statistics, which the index only gains.
// So does an upload merged into the song that names its track or its
// artists otherwise (dedup.SubmissionWrite.Spelling: another script, a
// translation, a romanization), with only the terms the song lacks, until
// its aliases add dedup.MaxSpellingTerms terms to its key. A hit on such a
// row brings its source with the canonical song as another of its forms
// (dedup.Song.Forms), which the scorer compares a submission with.
// An alias is no song: alias_rows lists every one for good, and reading its
// ID finds nothing.
// The index also fragments as InnoDB's FULLTEXT cache is flushed, each flush
// writing a new node for each of its words: a catalogue that takes large
// backfills gains from a rebuild (ALTER TABLE songs FORCE, which blocks
// writes while it runs) or from OPTIMIZE TABLE songs with
// innodb_optimize_fulltext_only on, in a quiet hour.
//
// # New facts about songs go in tables of their own
//
// Adding a column to songs rebuilds the table on MariaDB and on MySQL 8:
// its FULLTEXT index rules out an instant ADD COLUMN, and the rebuild of a
// large catalogue outlasts any deployment window. So a new per-song fact
// goes in a table of its own, keyed by the song (as key_aliases is).
//
// # Multi-row inserts and auto-increment lock modes
//
// A batch inserts its new songs, and its reviews, in one multi-row INSERT
// each when the server promises the rows consecutive auto-increment IDs:
// innodb_autoinc_lock_mode 0 or 1 (MariaDB's default), spaced by
// auto_increment_increment. Mode 2, MySQL 8's default, promises nothing,
// and the rows are then inserted one statement each (the same result, a few
// more round trips). Open reads both settings.
//
// # Term statistics
//
// term_stats counts, for every search term, the canonical songs that hold
// it, and under the empty term the canonical songs; it is written in the
// same transaction as the songs, so it is never behind what retrieval can
// see. A common term spreads over shards so that concurrent writers do not
// queue on one row, while a rare one keeps one row, since reading a term
// reads all of its rows (see TermShard). INSERT ... ON DUPLICATE KEY UPDATE
// df = df + VALUES(df) is deprecated on MySQL 8, which prefers a row alias
// that MariaDB lacks, and works on both.
//
// A process reads term statistics, and the artist lexicon, through caches
// that expire in seconds; what it commits itself it adds to its cached
// counts at once (see txEffects). So a lone writer, a one-worker backfill,
// decides by the counts of the rows before, as a process started after a
// crash reads them, and not by how long ago it read them.
//
// # Review counts
//
// review_counts holds the number of reviews of each status and reason,
// spread over shards: every transaction that queues, decides or
// supersedes reviews adds its changes to the rows of one shard, in one
// statement before its commit (see writeReviewCounts). A page of the queue
// and the stats sum those rows instead of counting the reviews, and since
// the counts commit with the reviews, a replica's counts are those of its
// reviews. Counts that a writer which does not keep them made wrong are
// rewritten from the reviews by RecountReviews, exactly while others write
// (its comment says how).
//
// # Read replicas
//
// With read replicas (Options.Replicas), the reads that tolerate lag go to
// a healthy replica, in turn: song, video and review documents, the review
// list, the catalogue stats and the FULLTEXT search of a submission's
// candidates. Everything a decision's correctness rests on reads the
// primary: the exact lookup on the hash of (track, artists), the videos
// already known, term statistics, the quick searches of reconciliation,
// never-merge pairs, and every read inside a write's transaction; so does
// a read made with dedup.Current (a split's plan, the answer to a decision
// or an engagement increment). A decision against a lagging replica is
// still correct: the song it creates for lack of a duplicate the replica
// did not have yet is merged into it by reconciliation, on the primary, at
// the cost of one more song row and one merge; and since the primary's
// term statistics may count songs the search did not see, every new song
// is then searched again (dedup.LaggingReader).
//
// Each replica's status is read every second (SHOW REPLICA STATUS): one
// that does not answer, does not replicate, or is more than the maximum
// lag behind (Seconds_Behind_Master) is skipped until a check finds it
// healthy again. A read that fails on a replica between two checks runs
// again on the primary and takes the replica out of use at once, so a
// replica going down costs no request; a document the replica does not
// have yet (a client reading what it was just told exists) is read from
// the primary too.
//
// # Isolation
//
// Every transaction runs READ COMMITTED: each statement sees the latest
// committed rows, as FULLTEXT does anyway, and InnoDB takes no gap locks,
// which keeps concurrent writers from deadlocking each other. The session
// variable is tx_isolation on MariaDB and transaction_isolation on MySQL 8,
// so Open asks the server which it is.
package store
