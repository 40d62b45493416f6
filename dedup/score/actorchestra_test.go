package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestActOrchestraPipeTail: "| Percy Faith & His Orchestra" after a track
// names the act, as "Percy Faith & His Orchestra - Track" does, not an
// orchestral version: the upload meets the act's other uploads, and
// another act's orchestra, another song or another recording stays apart
// (act_orchestra; the layout probe's track_pipe_artist).
func TestActOrchestraPipeTail(t *testing.T) {
	checkInputs(t, []inputCase{
		{title.Input{Title: "Yesterday | Percy Faith & His Orchestra"}, title.Input{Title: "Percy Faith - Yesterday"}, DecisionMerge},
		{title.Input{Title: "La Paloma | Billy Vaughn & His Orchestra"}, title.Input{Title: "La Paloma", Channel: "Billy Vaughn - Topic"}, DecisionMerge},
		{title.Input{Title: "So Long | Ella Fitzgerald & Her Famous Orchestra"}, title.Input{Title: "Ella Fitzgerald - So Long"}, DecisionMerge},
		{title.Input{Title: "My Melancholy Baby | The Dorsey Brothers & Their Orchestra"}, title.Input{Title: "The Dorsey Brothers - My Melancholy Baby"}, DecisionMerge},
		{title.Input{Title: "Yesterday | Percy Faith & His Orchestra"}, title.Input{Title: "The Beatles - Yesterday"}, DecisionDistinct},
		{title.Input{Title: "Yesterday | Percy Faith & His Orchestra"}, title.Input{Title: "Yesterday (Orchestral Version)"}, DecisionDistinct},
		{title.Input{Title: "Yesterday | Percy Faith & His Orchestra"}, title.Input{Title: "Percy Faith - Yesterday (Live)"}, DecisionDistinct},
		{title.Input{Title: "Yesterday | Percy Faith & His Orchestra"}, title.Input{Title: "Yesterday | Percy Faith Orchestra"}, DecisionDistinct},
		{title.Input{Title: "So Long | Ella Fitzgerald & Her Famous Orchestra"}, title.Input{Title: "Ella Fitzgerald - So Long (Instrumental)"}, DecisionDistinct},
		{title.Input{Title: "Moonlight Serenade | Glenn Miller & His Orchestra"}, title.Input{Title: "In the Mood | Glenn Miller & His Orchestra"}, DecisionDistinct},
	})
}
