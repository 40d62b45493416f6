package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestArtistReadInTitle: a label's "Track | Film | Cast | Singer |
// Composer" names no artist the normalizer reads, but writes the singer of
// a title in another script by its reading; the artist is then confirmed
// and the tracks compare by their readings (artist_read_in_title). The
// duplicates are scripts dev pairs; the others are hand-made hard
// negatives: the singer's other songs, another singer of the song, takes
// and covers that name the singer, a near reading of the track. A version
// word the split did not read holds a pair for review (unparsed_version).
func TestArtistReadInTitle(t *testing.T) {
	const (
		channa  = "चन्ना मेरेया - अरिजीत सिंह | ऐ दिल है मुश्किल"
		raataan = "रातां लंबियां - जुबिन नौटियाल, असीस कौर | शेरशाह"
		kabira  = "कबीरा - तोची रैना, रेखा भारद्वाज | ये जवानी है दीवानी"
		agar    = "अगर तुम साथ हो - अलका याग्निक, अरिजीत सिंह | तमाशा"
		lagJaa  = "लग जा गले - लता मंगेशकर | वो कौन थी"
		joota   = "मेरा जूता है जापानी - मुकेश | श्री 420"
		kabhi   = "कभी कभी मेरे दिल में - मुकेश | कभी कभी"
		kajra   = "कजरा रे - शंकर महादेवन, अलीशा चिनॉय, जावेद अली | बंटी और बबली"
		tumHi   = "तुम ही हो - अरिजीत सिंह | आशिकी 2"
		dil     = "दिल जलता है - मुकेश | पहचान"
	)
	label := func(t string) title.Input { return title.Input{Title: t, Channel: "Sony Music India"} }
	native := func(t string) title.Input { return title.Input{Title: t, Channel: "हिंदी गाने"} }
	tests := []struct {
		name string
		a, b title.Input
		want DecisionKind
	}{
		{"one singer", label("Channa Mereya | Ae Dil Hai Mushkil | Ranbir Kapoor, Anushka Sharma | Arijit Singh | Pritam"), native(channa), DecisionMerge},
		{"two singers", label("Raataan Lambiyan | Shershaah | Sidharth Malhotra, Kiara Advani | Jubin Nautiyal, Asees Kaur | Tanishk Bagchi"), native(raataan), DecisionMerge},
		{"a long name with a typo of its reading", label("Kabira | Yeh Jawaani Hai Deewani | Ranbir Kapoor, Deepika Padukone | Tochi Raina, Rekha Bhardwaj | Pritam"), native(kabira), DecisionMerge},
		{"the duet", label("Agar Tum Saath Ho | Tamasha | Ranbir Kapoor, Deepika Padukone | Alka Yagnik, Arijit Singh | A.R. Rahman"), native(agar), DecisionMerge},
		{"an old film's song", label("Lag Jaa Gale | Woh Kaun Thi | Sadhana, Manoj Kumar | Lata Mangeshkar | Madan Mohan"), native(lagJaa), DecisionMerge},
		{"a number in the film", label("Mera Joota Hai Japani | Shree 420 | Raj Kapoor, Nargis | Mukesh | Shankar-Jaikishan"), native(joota), DecisionMerge},
		{"a label's channel read as the artist", title.Input{Title: "Tum Hi Ho | Aashiqui 2 | Aditya Roy Kapur, Shraddha Kapoor | Arijit Singh | Mithoon", Channel: "T-Series"}, native(tumHi), DecisionMerge},

		{"the singer's other song", label("Agar Tum Saath Ho | Tamasha | Ranbir Kapoor, Deepika Padukone | Alka Yagnik, Arijit Singh | A.R. Rahman"), native(channa), DecisionDistinct},
		{"the singer's other song, one word shared", label("Tum Kya Mile | Rocky Aur Rani | Arijit Singh, Shreya Ghoshal | Pritam"), native(tumHi), DecisionDistinct},
		{"the film's other song", label("Sun Raha Hai | Aashiqui 2 | Aditya Roy Kapur, Shraddha Kapoor | Ankit Tiwari | Mithoon"), native(tumHi), DecisionDistinct},
		{"a longer title by other singers", label("Tum Hi Ho Bandhu | Cocktail | Saif Ali Khan, Deepika Padukone | Neeraj Shridhar, Kavita Seth | Pritam"), native(tumHi), DecisionDistinct},
		{"the song by another singer", label("Dil Jalta Hai | Pehchan | Kishore Kumar | Shankar-Jaikishan"), native(dil), DecisionDistinct},
		{"a near reading of the track", label("Dil Jalti Hai | Pehchan | Mukesh | Shankar-Jaikishan"), native(dil), DecisionReview},
		{"the female version", label("Kabhi Kabhi Mere Dil Mein (Female) | Kabhi Kabhie | Lata Mangeshkar | Khayyam"), native(kabhi), DecisionDistinct},
		{"the encore by other singers", label("Kabira (Encore) | Yeh Jawaani Hai Deewani | Arijit Singh, Harshdeep Kaur | Pritam"), native(kabira), DecisionDistinct},
		{"a live take", label("Channa Mereya (Live) | Ae Dil Hai Mushkil | Arijit Singh | Pritam"), native(channa), DecisionDistinct},
		{"a live take in a part of its own", label("Lag Jaa Gale | Woh Kaun Thi | Lata Mangeshkar | Live in London 1984"), native(lagJaa), DecisionDistinct},
		{"a remix", label("Kajra Re (Remix) | Bunty Aur Babli | Shankar Mahadevan, Alisha Chinai, Javed Ali | Shankar-Ehsaan-Loy"), native(kajra), DecisionDistinct},
		{"a reprise", label("Tum Hi Ho (Reprise) | Aashiqui 2 | Arijit Singh | Mithoon"), native(tumHi), DecisionDistinct},
		{"a sad version", label("Tum Hi Ho (Sad Version) | Aashiqui 2 | Arijit Singh | Mithoon"), native(tumHi), DecisionDistinct},
		{"slowed and reverb", label("Kesariya (Slowed + Reverb) | Brahmastra | Arijit Singh | Pritam"), native("केसरिया - अरिजीत सिंह | ब्रह्मास्त्र"), DecisionDistinct},
		{"a cover that names the original singer", label("Lag Jaa Gale | Cover by Jonita Gandhi | Lata Mangeshkar | Madan Mohan"), native(lagJaa), DecisionDistinct},
		{"a tribute by another singer", label("Tribute to Lata Mangeshkar | Lag Jaa Gale | Shreya Ghoshal"), native(lagJaa), DecisionDistinct},
		{"a flute cover", label("Channa Mereya | Flute Cover | Arijit Singh | Pritam"), native(channa), DecisionDistinct},
		{"karaoke", label("Lag Jaa Gale | Woh Kaun Thi | Lata Mangeshkar | Karaoke with Lyrics"), native(lagJaa), DecisionReview},
		{"a mashup", label("Channa Mereya x Agar Tum Saath Ho Mashup | Arijit Singh"), native(channa), DecisionReview},
		// A list that names none of the film after the other's "|"
		// (tailReadIn): the song of one title in another film, a studio
		// session, a recreation.
		{"the singer's song of one title in another film", label("Tum Hi Ho | Tum Hi Ho Movie 2024 | Arijit Singh | Jeet Gannguli"), native(tumHi), DecisionDistinct},
		{"a studio session", title.Input{Title: "Kabira | Coke Studio | Tochi Raina, Rekha Bhardwaj", Channel: "Coke Studio India"}, native(kabira), DecisionDistinct},
		{"a recreation that names the original singer", label("Lag Jaa Gale (Recreated) | Lata Mangeshkar | Madan Mohan | Jonita Gandhi"), native(lagJaa), DecisionDistinct},
		{"a sequel's song of one title", label("Tum Hi Ho | Aashiqui 3 | Arijit Singh | Mithoon"), native(tumHi), DecisionDistinct},
		{"a remake in another film by the singers", label("Tip Tip Barsa Paani | Sooryavanshi | Akshay Kumar, Katrina Kaif | Alka Yagnik, Udit Narayan | Tanishk Bagchi"), native("टिप टिप बरसा पानी - अलका याग्निक, उदित नारायण | मोहरा"), DecisionDistinct},
		{"the singer's song of one title in an older film", title.Input{Title: "Tujhe Dekha To | Dilwale Dulhania Le Jayenge | Kumar Sanu, Lata Mangeshkar | Jatin-Lalit", Channel: "YRF"}, native("तुझे देखा तो - कुमार सानु | जानम समझा करो"), DecisionDistinct},
		// A list that names the singer beside another (listedAlone).
		{"the duet against the solo", label("Kabhi Kabhi Mere Dil Mein | Kabhi Kabhie | Amitabh Bachchan, Raakhee | Lata Mangeshkar, Mukesh | Khayyam"), native(kabhi), DecisionDistinct},
		{"the singer labeled, the cast with &", label("Channa Mereya | Ae Dil Hai Mushkil | Ranbir Kapoor & Anushka Sharma | Singer - Arijit Singh | Pritam"), native(channa), DecisionMerge},
		{"three singers with and", label("Kajra Re | Bunty Aur Babli | Shankar Mahadevan, Alisha Chinai and Javed Ali | Shankar-Ehsaan-Loy"), native(kajra), DecisionMerge},
		{"a list that names the film", label("Tum Hi Ho | Aashiqui 2 | Arijit Singh | Mithoon"), native(tumHi), DecisionMerge},
		{"cyrillic, another song of the band", title.Input{Title: "Zvezda po imeni Solntse | Kino | 1989"}, title.Input{Title: "Кино - Группа крови"}, DecisionDistinct},
		{"cyrillic, a live take", title.Input{Title: "Gruppa Krovi | Kino | Live 1990"}, title.Input{Title: "Кино - Группа крови"}, DecisionDistinct},
		// A title with no "|" names no film for the list to agree with
		// (tailReadIn): the list of a cover or of another film's take
		// names the original artist too.
		{"cyrillic, a cover's list that names the band", title.Input{Title: "Kukushka | Batalion | Polina Gagarina | Kino"}, title.Input{Title: "Кино - Кукушка"}, DecisionDistinct},
		{"cyrillic, the artist after the bar names no film", title.Input{Title: "Kukushka | Batalion | Polina Gagarina | Kino"}, title.Input{Title: "Кукушка | Кино"}, DecisionDistinct},
		{"the singer after the bar names no film", label("Tum Hi Ho | Tum Hi Ho Movie 2024 | Arijit Singh | Jeet Gannguli"), native("तुम ही हो | अरिजीत सिंह"), DecisionDistinct},
		{"cyrillic, a tribute's list", title.Input{Title: "Gruppa Krovi | KINOproby | Kino Tribute | Mumiy Troll"}, title.Input{Title: "Кино - Группа крови"}, DecisionDistinct},
		{"hangul, another singer", title.Input{Title: "Georieseo | Kim Kwang Seok"}, title.Input{Title: "성시경 - 거리에서"}, DecisionDistinct},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				d := decideInputs(tt.a, tt.b, swap)
				if d.Kind != tt.want {
					t.Errorf("Decide(%q, %q) swap %v = %s (score %.4f, rules %v), want %s", tt.a.Title, tt.b.Title, swap, d.Kind, d.Score, d.Explanation.Rules, tt.want)
				}
			}
		})
	}
}
