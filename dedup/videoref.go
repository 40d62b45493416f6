package dedup

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// videoIDLen is the length of every YouTube video ID.
const videoIDLen = 11

// Errors of ParseVideoRef, so callers can tell a wrong host from a wrong ID
// with errors.Is.
var (
	// ErrNotYouTube means the reference is a URL of another site.
	ErrNotYouTube = errors.New("not a YouTube host")
	// ErrBadVideoID means the reference names no valid video ID.
	ErrBadVideoID = errors.New("video id must be 11 characters of A-Z a-z 0-9 _ -")
)

// youTubeHosts are the hosts that serve YouTube videos, once a leading
// "www.", "m." or "music." is removed.
var youTubeHosts = map[string]bool{
	"youtube.com":          true,
	"youtu.be":             true,
	"youtube-nocookie.com": true,
}

// pathIDPrefixes are the path forms that carry the video ID as their second
// segment: /shorts/ID, /embed/ID, /live/ID, /v/ID.
var pathIDPrefixes = map[string]bool{
	"shorts": true,
	"embed":  true,
	"live":   true,
	"v":      true,
	"e":      true,
}

// ParseVideoRef returns the 11-character video ID named by s: a bare ID or
// any common YouTube URL (watch?v=, youtu.be/, /shorts/, /embed/, /live/,
// /v/, on www., m., music. or youtube-nocookie.com, with or without a scheme
// and with any extra query parameters). Surrounding spaces are ignored. The
// error says what was wrong and wraps ErrNotYouTube or ErrBadVideoID when one
// of them applies.
func ParseVideoRef(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("empty video reference: %w", ErrBadVideoID)
	}
	if isVideoID(s) {
		return s, nil
	}
	if !strings.ContainsAny(s, "./") {
		return "", fmt.Errorf("%q is neither a URL nor a video id: %w", s, ErrBadVideoID)
	}
	ref := s
	if !strings.Contains(ref, "://") {
		// "youtu.be/ID" and "www.youtube.com/watch?v=ID" are common without a
		// scheme; url.Parse would read the host as a path.
		ref = "https://" + strings.TrimPrefix(ref, "//")
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("not a URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("unsupported URL scheme %q: %w", u.Scheme, ErrNotYouTube)
	}
	host := strings.ToLower(u.Hostname())
	for _, prefix := range []string{"www.", "m.", "music."} {
		host = strings.TrimPrefix(host, prefix)
	}
	if !youTubeHosts[host] {
		return "", fmt.Errorf("%q: %w", u.Hostname(), ErrNotYouTube)
	}
	id, err := videoIDFromURL(host, u)
	if err != nil {
		return "", err
	}
	if !isVideoID(id) {
		return "", fmt.Errorf("%q: %w", id, ErrBadVideoID)
	}
	return id, nil
}

// videoIDFromURL finds the video ID in the path or query of a YouTube URL.
func videoIDFromURL(host string, u *url.URL) (string, error) {
	segs := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	if host == "youtu.be" {
		if segs[0] == "" {
			return "", fmt.Errorf("youtu.be URL without a video id: %w", ErrBadVideoID)
		}
		return segs[0], nil
	}
	switch {
	case segs[0] == "watch" && len(segs) == 1:
		v := u.Query()["v"]
		if len(v) == 0 || v[0] == "" {
			return "", fmt.Errorf("watch URL without a v= parameter: %w", ErrBadVideoID)
		}
		return v[0], nil
	case pathIDPrefixes[segs[0]] && len(segs) >= 2 && segs[1] != "":
		return segs[1], nil
	default:
		return "", fmt.Errorf("URL path %q names no video: %w", u.Path, ErrBadVideoID)
	}
}

// isVideoID reports whether s has the shape of a video ID:
// 11 characters of [A-Za-z0-9_-].
func isVideoID(s string) bool {
	if len(s) != videoIDLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
