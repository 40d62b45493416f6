module github.com/songdedup/songdedup

go 1.26.0

require (
	filippo.io/edwards25519 v1.2.0 // indirect
	github.com/go-chi/chi/v5 v5.5.0 // indirect
	github.com/go-sql-driver/mysql v1.10.1 // indirect
	github.com/golang-migrate/migrate/v4 v4.20.1 // indirect
	github.com/prometheus/client_golang v1.25.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
