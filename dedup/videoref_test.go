package dedup

import (
	"errors"
	"strings"
	"testing"
)

func TestParseVideoRef(t *testing.T) {
	const id = "dQw4w9WgXcQ"
	tests := []struct {
		in      string
		want    string
		wantErr error // nil when the reference is valid
	}{
		{in: id, want: id},
		{in: "  " + id + "\n", want: id},
		{in: "a-b_c-D_e12", want: "a-b_c-D_e12"},
		{in: "https://www.youtube.com/watch?v=" + id, want: id},
		{in: "http://youtube.com/watch?v=" + id, want: id},
		{in: "https://www.youtube.com/watch?v=" + id + "&t=42s", want: id},
		{in: "https://www.youtube.com/watch?list=PL123&index=2&v=" + id, want: id},
		{in: "https://www.youtube.com/watch?app=desktop&v=" + id + "&feature=share&si=abc", want: id},
		{in: "https://www.youtube.com/watch?v=" + id + "#t=30", want: id},
		{in: "www.youtube.com/watch?v=" + id, want: id},
		{in: "youtube.com/watch?v=" + id, want: id},
		{in: "//www.youtube.com/watch?v=" + id, want: id},
		{in: "https://m.youtube.com/watch?v=" + id, want: id},
		{in: "https://music.youtube.com/watch?v=" + id + "&list=RDAMVM" + id, want: id},
		{in: "https://WWW.YouTube.COM/watch?v=" + id, want: id},
		{in: "https://youtu.be/" + id, want: id},
		{in: "https://youtu.be/" + id + "?t=10", want: id},
		{in: "https://youtu.be/" + id + "?si=AbCdEf", want: id},
		{in: "youtu.be/" + id, want: id},
		{in: "https://www.youtube.com/shorts/" + id, want: id},
		{in: "https://youtube.com/shorts/" + id + "?feature=share", want: id},
		{in: "https://www.youtube.com/embed/" + id, want: id},
		{in: "https://www.youtube.com/embed/" + id + "?autoplay=1", want: id},
		{in: "https://www.youtube-nocookie.com/embed/" + id, want: id},
		{in: "https://www.youtube.com/live/" + id + "?feature=share", want: id},
		{in: "https://www.youtube.com/v/" + id, want: id},
		{in: "https://www.youtube.com:443/watch?v=" + id, want: id},

		{in: "", wantErr: ErrBadVideoID},
		{in: "   ", wantErr: ErrBadVideoID},
		{in: "dQw4w9WgXc", wantErr: ErrBadVideoID},   // 10 characters
		{in: "dQw4w9WgXcQQ", wantErr: ErrBadVideoID}, // 12 characters
		{in: "dQw4w9WgXc!", wantErr: ErrBadVideoID},  // bad character
		{in: "hello world", wantErr: ErrBadVideoID},  // not a reference at all
		{in: "https://vimeo.com/123456", wantErr: ErrNotYouTube},
		{in: "https://www.youtube.com.evil.com/watch?v=" + id, wantErr: ErrNotYouTube},
		{in: "https://youtube.com@evil.com/watch?v=" + id, wantErr: ErrNotYouTube},
		{in: "ftp://youtube.com/watch?v=" + id, wantErr: ErrNotYouTube},
		{in: "https://notyoutube.com/watch?v=" + id, wantErr: ErrNotYouTube},
		{in: "https://www.youtube.com/watch?v=short", wantErr: ErrBadVideoID},
		{in: "https://www.youtube.com/watch?list=PL123", wantErr: ErrBadVideoID},
		{in: "https://www.youtube.com/watch?v=", wantErr: ErrBadVideoID},
		{in: "https://www.youtube.com/@Adele", wantErr: ErrBadVideoID},
		{in: "https://www.youtube.com/channel/UC123", wantErr: ErrBadVideoID},
		{in: "https://www.youtube.com/", wantErr: ErrBadVideoID},
		{in: "https://youtu.be/", wantErr: ErrBadVideoID},
		{in: "https://www.youtube.com/shorts/", wantErr: ErrBadVideoID},
		{in: "https://www.youtube.com/embed/" + id + "x", wantErr: ErrBadVideoID},
	}
	for _, tt := range tests {
		got, err := ParseVideoRef(tt.in)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("ParseVideoRef(%q) = %q, %v; want error %v", tt.in, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseVideoRef(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseVideoRefErrorSaysWhat(t *testing.T) {
	_, err := ParseVideoRef("https://vimeo.com/1")
	if err == nil || !strings.Contains(err.Error(), "not a YouTube host") || !strings.Contains(err.Error(), "vimeo.com") {
		t.Errorf("error %v should say the host is not YouTube and name it", err)
	}
	_, err = ParseVideoRef("abc")
	if err == nil || !strings.Contains(err.Error(), "11 characters") {
		t.Errorf("error %v should say what a video id looks like", err)
	}
}

func FuzzParseVideoRef(f *testing.F) {
	for _, s := range []string{
		"dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1", "youtu.be/dQw4w9WgXcQ",
		"https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://vimeo.com/1", "%zz", "://", "https://[::1]/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseVideoRef(s)
		if err != nil {
			if id != "" {
				t.Fatalf("ParseVideoRef(%q) returned %q with error %v", s, id, err)
			}
			return
		}
		if !isVideoID(id) {
			t.Fatalf("ParseVideoRef(%q) = %q, not a valid video id", s, id)
		}
		if !strings.Contains(s, id) && !strings.Contains(strings.ToLower(s), "%") {
			t.Fatalf("ParseVideoRef(%q) = %q, which the input does not contain", s, id)
		}
	})
}
